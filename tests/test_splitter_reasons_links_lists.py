"""Splitter rules for long sentences of unseen handouts: a reason put first ("Because A, B" -> "A. So
B"), a link that points back at the whole clause (", which is why", ", meaning that"), "Call 911 if A,
if B, ..." with a number in its lead, and a list of signs after an order that offers another ("Go to
the emergency room, or call ..., if you notice A, B, C, or D"). Each test pins the exact text, and the
cases a rule must leave alone. Also: ", a procedure in which" at the end of a sentence -> ". In this
procedure,", and ", during which" + a listed subject after a stretch of time -> ". During this time,".
"""

from __future__ import annotations

import pytest

from plainspeak.document import Document
from plainspeak.rewrite.guard import check

from splitter_helpers import SPLITTER, assert_cut, shorten

SPLITS = [
    # a reason put first: the reason, then what follows from it
    ("Because the new knee joint needs time to settle into the bone, you should use a walker for the first two weeks at home.",
     "The new knee joint needs time to settle into the bone. So you should use a walker for the first two weeks at home."),
    # an order after the reason
    ("Because your blood sugar can drop while you sleep, check it before bed and keep a snack within reach of your bed.",
     "Your blood sugar can drop while you sleep. So check it before bed and keep a snack within reach of your bed."),
    ("Because the kidneys clear this medicine slowly in older adults, the dose is often lower and your levels will be "
     "checked each month.",
     "The kidneys clear this medicine slowly in older adults. So the dose is often lower and your levels will be "
     "checked each month."),
    # a bare subject and a finite verb are a main clause too
    ("Because pain in the left arm and jaw can come from the heart, attention has turned to the results of your heart tracing.",
     "Pain in the left arm and jaw can come from the heart. So attention has turned to the results of your heart tracing."),
    # the reason of a clause a cut made: both edits are one, so a second run changes nothing
    ("You are booked for a tooth extraction on Monday, and because aspirin makes the gums bleed more, you should stop "
     "it three days before.",
     "You are booked for a tooth extraction on Monday. Aspirin makes the gums bleed more. So you should stop it three "
     "days before."),
    # a reason after the main clause still ends in a list of three things: it is cut as before
    ("Because a clot filter was placed in your vein, it is important to keep every follow-up visit, since a filter left "
     "too long raises the risk of clots, leg swelling, and pain.",
     "A clot filter was placed in your vein. So it is important to keep every follow-up visit. This is because a filter "
     "left too long raises the risk of clots, leg swelling, and pain."),
    # ", meaning that" and ", meaning" + a clause: what follows from the whole clause before
    ("Your son had a throat swab that came back positive for strep, meaning that he needs to finish all 10 days of the "
     "antibiotic even if he feels better.",
     "Your son had a throat swab that came back positive for strep. This means that he needs to finish all 10 days of the "
     "antibiotic even if he feels better."),
    ("Your blood pressure was high at all three visits this month, meaning you will start a low dose of a water pill this week.",
     "Your blood pressure was high at all three visits this month. This means you will start a low dose of a water pill "
     "this week."),
    # ", which is why"
    ("The cast must stay dry at all times, which is why you should cover it with a plastic bag whenever you take a "
     "shower or a bath.",
     "The cast must stay dry at all times. This is why you should cover it with a plastic bag whenever you take a "
     "shower or a bath."),
]

SPLITS += [
    # an aside at the end that says what kind of thing was named, and what happens in it
    ("Tomorrow you will have a colonoscopy, a test in which a doctor uses a thin tube with a camera to look at the "
     "lining of your large bowel.",
     "Tomorrow you will have a colonoscopy. In this test, a doctor uses a thin tube with a camera to look at the "
     "lining of your large bowel."),
    ("Your surgeon will talk with you about a knee replacement, an operation in which the worn ends of the bones are "
     "replaced with metal and plastic parts.",
     "Your surgeon will talk with you about a knee replacement. In this operation, the worn ends of the bones are "
     "replaced with metal and plastic parts."),
    ("Your father was treated for an attack of gout in his left foot, a painful episode during which uric acid crystals "
     "build up in a joint.",
     "Your father was treated for an attack of gout in his left foot. During this painful episode, uric acid crystals "
     "build up in a joint."),
    # the aside in the subject: "X is a test", then what happens in it, then the rest
    ("A colonoscopy, a test in which a doctor uses a thin tube with a camera to look at the bowel, is usually done under "
     "light sedation.",
     "A colonoscopy is a test. In this test, a doctor uses a thin tube with a camera to look at the bowel. It is usually "
     "done under light sedation."),
    # ", during which" after a stretch of time, with a list as the subject of its clause
    ("Healing usually takes 2 to 3 weeks, during which soreness, mild swelling, and a little bruising are normal and go "
     "away on their own.",
     "Healing usually takes 2 to 3 weeks. During this time, soreness, mild swelling, and a little bruising are normal "
     "and go away on their own."),
    ("You will stay in the recovery room for about two hours, during which a nurse will check your pulse and blood "
     "pressure often.",
     "You will stay in the recovery room for about two hours. During this time, a nurse will check your pulse and blood "
     "pressure often."),
]

SPLITS += [
    # ", which is" + a passive says what is done to what came before: ". This is ..."
    ("Your cough may come back with a fever, chills, or green mucus, which is treated with a short course of "
     "antibiotics from your doctor.",
     "Your cough may come back with a fever, chills, or green mucus. This is treated with a short course of "
     "antibiotics from your doctor."),
    # ", and" + a subject with "such as" after one clause with a finite verb
    ("The new tablet increases the risk of bleeding from the gums, and pain relievers such as ibuprofen and naproxen "
     "should be avoided.",
     "The new tablet increases the risk of bleeding from the gums. Avoid pain relievers such as ibuprofen and "
     "naproxen."),
    # ", although" with a listed subject
    ("The pain usually settles within a week, although swelling, stiffness, and some bruising may last a little longer "
     "in older adults.",
     "The pain usually settles within a week. But swelling, stiffness, and some bruising may last a little longer in "
     "older adults."),
    # ", while" + a subject of its own that "can" do otherwise: a contrast
    ("Some test results, such as your blood count, will be ready the same day, while cultures and other special tests "
     "can take up to a week to come back.",
     "Some test results, such as your blood count, will be ready the same day. But cultures and other special tests "
     "can take up to a week to come back."),
    # ", when" after a time: what happens then
    ("Your sugar level tends to be lowest in the early hours of the morning, when you have not eaten anything for many hours.",
     "Your sugar level tends to be lowest in the early hours of the morning. This is when you have not eaten anything "
     "for many hours."),
    # a concession, then a clause joined by ", and" that ends in a list of short things
    ("The swelling usually goes down in a few days, although it may come back after a long walk, and it may come with "
     "stiffness, aching, or mild warmth.",
     "The swelling usually goes down in a few days. But it may come back after a long walk. It may come with "
     "stiffness, aching, or mild warmth."),
]

SPLITS += [
    # a listed subject with "to" in it, after a concession
    ("Most flare-ups of the skin come from dry winter air, although exposure to harsh soap, hot water, or wool "
     "clothing may also play a part.",
     "Most flare-ups of the skin come from dry winter air. But exposure to harsh soap, hot water, or wool clothing may "
     "also play a part."),
]

SPLITS += [
    # one subject, two verbs: the second gets the subject back as "It" or "They"
    ("The wound may look red and swollen for the first few days and usually heals within two weeks of the operation.",
     "The wound may look red and swollen for the first few days. It usually heals within two weeks of the operation."),
    ("The swelling in your ankles is often worst at the end of the day and goes down overnight with your legs up on pillows.",
     "The swelling in your ankles is often worst at the end of the day. It goes down overnight with your legs up on pillows."),
    ("The new inhalers are used twice a day with the spacer and do not need to be shaken before each puff is taken.",
     "The new inhalers are used twice a day with the spacer. They do not need to be shaken before each puff is taken."),
]

SPLITS += [
    # an aside at the end that says what a medicine is, with a bracket of its own
    ("The medicine most often used for an underactive thyroid is levothyroxine, a man-made form of thyroxine (T4) "
     "that is safe to take while breastfeeding.",
     "The medicine most often used for an underactive thyroid is levothyroxine. This is a man-made form of thyroxine "
     "(T4) that is safe to take while breastfeeding."),
]

SPLITS += [
    # a concession put first: the concession, then "But" and the main clause
    ("Although the cut on your knee looks closed after a week, the skin underneath takes several more weeks to become "
     "strong again.",
     "The cut on your knee looks closed after a week. But the skin underneath takes several more weeks to become "
     "strong again."),
    ("Even though you feel well after the first few days, you must finish every tablet of the antibiotic that you were given.",
     "You feel well after the first few days. But you must finish every tablet of the antibiotic that you were given."),
]

KEPT = [
    # "because of" takes a noun: there is no clause to stand on its own
    "Because of the risk of bleeding after the biopsy, you should not take aspirin or ibuprofen for at least five days.",
    # the first comma closes an aside, not the reason
    "Because warfarin, a medicine that thins the blood, raises the risk of bleeding, you should tell every dentist you "
    "see about it.",
    # a reason too short to stand alone
    "Because the pump is new, the nurse will stay with you and answer any questions you have about the pump.",
    # ", meaning" + a noun phrase names a thing; "This means less time" would state it as a fact of its own
    "Most children are back to normal play within a week of the operation, meaning less time away from school and "
    "sports for them.",
    # a condition reaches over the link: cut off, "it may be infected" would become a fact
    "If the wound stays red for more than two days after the stitches come out, meaning that it may be infected, call "
    "the clinic.",
    # a condition opens the sentence: the aside is inside it
    "If you need a colonoscopy, a test in which a doctor uses a thin tube with a camera to look inside, stop iron "
    "pills a week before.",
    # "a part of the test": "this part of the test" may not be what was named
    "Your child will have a hearing check, a part of the visit in which sounds are played through small ear phones.",
    # a comma in the clause after "during which" closes an aside of its own
    "The nurse will watch you for about two hours, during which your pulse, your blood pressure, and your breathing, "
    "which may slow down, are checked.",
    # ", which is the ..." describes a noun: "This" would not point back at it
    "Your diet plan was made by the dietitian with your family, which is the most common way to plan meals after this "
    "kind of surgery.",
    # a time goes on after the clause of ", when": cut off, "and then once a month" would tell when she checks
    "The nurse will visit you at home during the first two weeks, when she will check the wound and change the "
    "dressing, and then once a month.",
    # ", when" after an order says when to do it
    "Take the tablet at the same time each morning, when your stomach is empty and you have not yet had coffee or "
    "breakfast.",
    # ", while you can" tells a time
    "Try to walk for a few minutes every hour of the day, while you can still move around the house easily without help.",
    # one comma before "and": two clauses, not a list that is the subject of a passive order
    "Your new pills slow the heart, and pain relievers such as ibuprofen and naproxen should be taken only after you "
    "ask your doctor.",
    # a comma + "yet" goes on with the clause before: what comes after it is no subject
    "Many drugs are used for the shaking of the hands, although this one stays the first choice for the worst "
    "symptoms, yet is known to have major side effects.",
    # the "and" is inside a condition: its verb has the condition's subject
    "The clinic will call you if the test is positive and may ask you to come in for more tests the next week.",
    # a time after the second verb may reach back over the first one, which has none of its own
    "The drain may leak a little clear fluid onto the dressing and may smell slightly for the first 2 days after surgery.",
    # a person: "It" would not do, and "He" or "She" cannot be told
    "Your doctor checks your blood every week and will change the dose of the medicine if the level is too high.",
    # the verbs disagree on the number: no pronoun fits
    "The cream and the tablets are used together for two weeks and is stopped once the rash has gone away completely.",
    # the comma ends an opening phrase: "a quick swab test" is the subject of "should be done"
    "To check for strep throat (sore throat from germs), a quick swab test should be done in children with a fever "
    "and no cough.",
    # the aside sits in the middle: the main clause goes on after it
    "We looked into whether adding metformin, a diabetes medicine, might lower the weight gain seen with these "
    "mood medicines.",
    # the first comma is inside a list of the concession: no main clause follows it
    "Although many people have a racing heart, tiredness, or shortness of breath with activity, a large share of "
    "people feel nothing at all.",
    # the same with brackets the glossary might write: the list is still one list
    "Although many people have palpitations (a racing heart), tiredness, or breathlessness (shortness of breath), "
    "a large share of people feel nothing at all.",
    # a condition opens the sentence: the comma closes it, and what follows is the main clause, not an aside
    "If you have been given warfarin, a blood thinner that stops clots from forming, your gums may bleed a little more "
    "when you brush.",
    # no verb in the concession
    "Although rare, a serious allergic reaction to the dye can happen and needs treatment in the emergency room right away.",
    # the other choice is no order ("or your surgeon's office"): the list would not read the same
    "Go to the emergency room, or your surgeon's office, if you notice a fever above 101 degrees F, a red streak near "
    "the cut, pus from the wound, or new numbness in the foot.",
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_splits(text, expected):
    assert_cut(text, expected)
    assert check(text, expected, trusted=True) == []


@pytest.mark.parametrize("text", KEPT)
def test_kept(text):
    assert SPLITTER.propose(Document(text)) == []


def test_call_911_with_its_number_leads_a_list_of_conditions():
    text = ("Call 911 if your chest pain lasts longer than 10 minutes, if you faint or nearly faint, if your lips turn "
            "blue, or if you cannot catch your breath.\n")
    assert shorten(text) == (
        "Call 911 if:\n"
        "- your chest pain lasts longer than 10 minutes\n"
        "- you faint or nearly faint\n"
        "- your lips turn blue\n"
        "- you cannot catch your breath\n"
    )
    assert shorten(shorten(text)) == shorten(text)


def test_an_order_that_offers_another_leads_a_list_of_signs():
    text = ("Go to the emergency room, or call your surgeon, if you notice a fever above 101 degrees F, a red streak "
            "near the cut, pus from the wound, or new numbness in the foot.\n")
    assert shorten(text) == (
        "Go to the emergency room, or call your surgeon, if you notice any of these:\n"
        "- a fever above 101 degrees F\n"
        "- a red streak near the cut\n"
        "- pus from the wound\n"
        "- new numbness in the foot\n"
    )
    assert shorten(shorten(text)) == shorten(text)


def test_what_something_includes_becomes_a_list():
    text = ("Common side effects of this medicine may include a dry mouth, a mild headache, trouble sleeping at night, "
            "or an upset stomach. Most of them fade within two weeks.\n")
    assert shorten(text) == (
        "Common side effects of this medicine may include:\n"
        "- a dry mouth\n"
        "- a mild headache\n"
        "- trouble sleeping at night\n"
        "- an upset stomach\n"
        "\n"
        "Most of them fade within two weeks.\n"
    )
    assert shorten(shorten(text)) == shorten(text)


@pytest.mark.parametrize("text", [
    # "in the first week" may reach back over every item
    "Common side effects of this medicine may include headache, nausea, dizziness, and tiredness in the first week.",
    # "sudden" may reach over the items after it
    "Warning signs of a stroke include sudden weakness, numbness, confusion, and trouble speaking or seeing clearly.",
    # an item that says what the word before it is: not a sign of its own
    "Signs of liver trouble include jaundice, a yellowing of the skin and eyes, dark urine, and pale stools that float.",
    # "may cause": its items are as often an aside about the one before, or a verb of the sentence
    "This medicine may cause high potassium, a raised level of potassium in the blood, and may change how the kidneys work.",
    # "They include": what a cut writes; a list there would need a second run
    "They include a dry mouth, a mild headache, trouble sleeping at night, an upset stomach, and a rash on the arms.",
    # a condition in the head: the list would leave it behind
    "If you take it with food, side effects include a dry mouth, a mild headache, trouble sleeping, and an upset stomach.",
])
def test_an_includes_list_that_would_not_read_the_same_is_kept(text):
    assert SPLITTER.propose(Document(text)) == []


def test_a_symptom_list_may_hold_a_bracket_the_glossary_wrote():
    text = ("Call your doctor if you notice a rash (red spots), a swollen tongue, a tight feeling in the throat, or a "
            "fever that lasts more than two days.\n")
    assert shorten(text) == (
        "Call your doctor if you notice any of these:\n"
        "- a rash (red spots)\n"
        "- a swollen tongue\n"
        "- a tight feeling in the throat\n"
        "- a fever that lasts more than two days\n"
    )


def test_an_order_for_a_list_of_signs_becomes_a_list():
    text = ("Get in touch with the kidney clinic for black or bloody stools, new swelling of the feet, or a weight gain "
            "of more than 3 pounds in 2 days.\n")
    assert shorten(text) == (
        "Get in touch with the kidney clinic for any of these:\n"
        "- black or bloody stools\n"
        "- new swelling of the feet\n"
        "- a weight gain of more than 3 pounds in 2 days\n"
    )
    assert shorten(shorten(text)) == shorten(text)


@pytest.mark.parametrize("text", [
    # "around the cut on your knee" may reach back over every item
    "Take one tablet of the pain medicine every six hours for pain, fever, or swelling around the cut on your knee.",
    # how long, not what the order is for
    "Rest the arm in the sling and keep it raised on two pillows at night for a day, a week, or longer if it still hurts.",
])
def test_an_order_for_things_that_would_not_read_the_same_is_kept(text):
    assert SPLITTER.propose(Document(text)) == []
