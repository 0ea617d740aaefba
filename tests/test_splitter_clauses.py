"""The sentence splitter's rules for clauses that open with a subordinate clause or a phrase, long or
listed subjects, passive orders, and the ", which" / ", after which" links: each cut keeps every fact
and the meaning, and a second run proposes nothing."""

from __future__ import annotations

import pytest

from plainspeak.document import Document
from plainspeak.rewrite.guard import check

from splitter_helpers import SPLITTER, shorten



SPLITS = [
    # ", and" + a clause that opens with its own subordinate clause: the opener goes with its clause (and a
    # reason put first then comes before what follows from it, see test_splitter_reasons_links_lists.py)
    ("You are scheduled for surgery on Thursday, and because warfarin raises the risk of bleeding during an operation, "
     "it must be stopped several days before.",
     "You are scheduled for surgery on Thursday. Warfarin raises the risk of bleeding during an operation. "
     "So it must be stopped several days before."),
    # ", but" keeps its word; the condition stays over everything after it in its sentence
    ("The rash usually fades after a week or two, but if the skin around it becomes hot and swollen, your child may "
     "need an antibiotic, and you should call the clinic.",
     "The rash usually fades after a week or two. But if the skin around it becomes hot and swollen, your child may "
     "need an antibiotic, and you should call the clinic."),
    # an order after the opener, when no negation or series before reaches over it
    ("Walk a little farther every day for the first two weeks, and when you cough, hold a pillow firmly against your belly.",
     "Walk a little farther every day for the first two weeks. When you cough, hold a pillow firmly against your belly."),
    # after a semicolon, an order with its own condition: no series or negation before reaches over a semicolon
    ("If bleeding starts where the tube went in, apply firm, direct pressure with two fingers for 10 minutes; if the "
     "bleeding continues, call 911 while you keep pressing.",
     "If bleeding starts where the tube went in, apply firm, direct pressure with two fingers for 10 minutes. If the "
     "bleeding continues, call 911 while you keep pressing."),
    ("Do not lift anything heavier than a full bag of groceries; if you must lift something, bend your knees and keep "
     "your back straight.",
     "Do not lift anything heavier than a full bag of groceries. If you must lift something, bend your knees and keep "
     "your back straight."),
    # ", and" + a short phrase of time, then a subject and its verb
    ("The leads that connect the device to your heart need about 6 weeks to settle into place, and during that period "
     "you should not raise your arm above your shoulder.",
     "The leads that connect the device to your heart need about 6 weeks to settle into place. During that period "
     "you should not raise your arm above your shoulder."),
    # ", and" + a listed or longer subject before a helper verb
    ("The mask cushion should be wiped every day with a damp cloth, and the mask, tubing and water chamber should be "
     "washed once a week in warm soapy water.",
     # (the new sentence's passive order is said as an order: splitting/orders.py)
     "Wipe the mask cushion every day with a damp cloth. Wash the mask, tubing and water chamber "
     "once a week in warm soapy water."),
    ("Water and soap should be kept out of the eye for 1 week, and swimming pools, hot tubs and eye makeup should be "
     "avoided for 2 weeks.",
     "Keep water and soap out of the eye for 1 week. Avoid swimming pools, hot tubs and eye makeup for 2 weeks."),
    # a concession whose subject is a list, with "are"
    ("Your child should rest at home for the first day or two, although complete darkness and total quiet are not "
     "needed and may slow recovery.",
     "Your child should rest at home for the first day or two. But complete darkness and total quiet are not "
     "needed and may slow recovery."),
    # ", which" + a verb in -s
    ("Each pause in breathing lowers the oxygen in your blood and wakes you up briefly, which explains why you may "
     "feel tired during the day.",
     "Each pause in breathing lowers the oxygen in your blood and wakes you up briefly. This explains why you may "
     "feel tired during the day."),
    # ", since" + a plural subject and a present verb gives a reason
    ("Do not rub the eye or bend over with your head below your waist for the first week, since these activities raise "
     "the pressure inside the eye.",
     "Do not rub the eye or bend over with your head below your waist for the first week. This is because these "
     "activities raise the pressure inside the eye."),
    # ", so that" after an order given in the passive is a purpose
    ("The plastic shield is to be worn over the left eye every night for 1 week, so that the eye is not rubbed "
     "by mistake during sleep.",
     "Wear the plastic shield over the left eye every night for 1 week. That way, the eye is not rubbed "
     "by mistake during sleep."),
    # a particle that ends its verb ("put in") is no link to what follows
    ("Hands should be washed well before the drops are put in, and the tip of the bottle should not touch the eye "
     "or the eyelashes.",
     "Wash hands well before the drops are put in. The tip of the bottle should not touch the eye "
     "or the eyelashes."),
    # a time after a clause that has its verb is no item of a subject list
    ("Your last dose of warfarin will be taken on Friday evening, 6 days before surgery, and you should not take any "
     "warfarin after that.",
     "Your last dose of warfarin will be taken on Friday evening, 6 days before surgery. You should not take any "
     "warfarin after that."),
    # ", after which" / ", during which" + a clause
    ("A walker is to be used for about 4 weeks after the operation, after which a cane may be used if your therapist agrees.",
     "Use a walker for about 4 weeks after the operation. After that, a cane may be used if your therapist agrees."),
    ("Surgery was done today on your left eye, during which the cloudy lens was taken out and replaced with a clear one.",
     "Surgery was done today on your left eye. During this, the cloudy lens was taken out and replaced with a clear one."),
    ("Your blood counts will be checked again in about four weeks by your regular doctor, at which point the dose of "
     "your iron pills may be changed.",
     "Your blood counts will be checked again in about four weeks by your regular doctor. At that point, the dose of "
     "your iron pills may be changed."),
    # more verbs that start an order: "inject", "present"
    ("Inject the medicine into the fatty tissue of the belly at least 2 inches from the navel, and do not rub the "
     "site afterward.",
     "Inject the medicine into the fatty tissue of the belly at least 2 inches from the navel. Do not rub the "
     "site afterward."),
    ("Tell the security staff at the airport that you have a pacemaker before you walk through the scanner, and present "
     "your device card to the staff.",
     "Tell the security staff at the airport that you have a pacemaker before you walk through the scanner. Present "
     "your device card to the staff."),
    ("Treat low blood sugar quickly by eating 15 grams of fast sugar, such as half a cup of juice, and then recheck your "
     "sugar after 15 minutes.",
     "Treat low blood sugar quickly by eating 15 grams of fast sugar, such as half a cup of juice. Then recheck your "
     "sugar after 15 minutes."),
    # ", which" + a verb, with the only commas after it in a closing list of short items
    ("Your doctor will suggest when to have your next camera exam of the colon, which may range from 1 to 10 years "
     "depending on the number, size, and type of polyps found.",
     "Your doctor will suggest when to have your next camera exam of the colon. This may range from 1 to 10 years "
     "depending on the number, size, and type of polyps found."),
    # ", and so" draws a result, as ", so" does: a condition inside the clause before does not reach it
    ("You have a man-made heart valve, which raises the risk of a clot whenever warfarin is stopped, and so your heart "
     "doctor has ordered a short course of injections.",
     "You have a man-made heart valve. This raises the risk of a clot whenever warfarin is stopped. So your heart "
     "doctor has ordered a short course of injections."),
    # a semicolon ends the series before it: the order after it stands alone
    ("Keep the cord stump clean, let it dry in the air; get in touch with your baby's doctor whenever you are not sure "
     "that it is healing.",
     "Keep the cord stump clean, let it dry in the air. Get in touch with your baby's doctor whenever you are not sure "
     "that it is healing."),
    # a negation inside a "so that" clause is that clause's own: it does not reach the next order
    ("Fold the top of the diaper down below the stump so that it is not soaked by urine, and give your baby sponge "
     "baths until the stump falls off.",
     "Fold the top of the diaper down below the stump. That way, it is not soaked by urine. Give your baby sponge "
     "baths until the stump falls off."),
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_splits_at_the_new_clause_boundaries(text, expected):
    out = shorten(text)
    assert out == expected
    assert check(text, out, trusted=True) == []
    assert SPLITTER.propose(Document(out)) == []


UNCHANGED = [
    # a condition before ", and" reaches over the clause after it, opener or not
    "Call us if you have a fever or chills, and if the pain gets worse, go to the nearest emergency room right away.",
    # a negation before ", and" may reach over an order after an opener
    "Do not lift anything heavier than a gallon of milk, and when you cough, hold a pillow firmly against your belly.",
    # "so that" after a statement may tell a result, even with "must"
    "Your kidneys must work harder when you do not drink enough water, so that you may feel tired and thirsty during the day.",
    # "since" + a pronoun and a past tells a time
    "Your weight has gone down by about five pounds over the summer, since we last checked it at the clinic in May.",
    # ", after which" with a comma after it: the main clause may go on
    "The wait in the clinic, after which you will be seen by the nurse, can be long on Monday mornings after a holiday.",
    # ", which" + a verb with a list inside the aside: the main clause goes on after it
    "Your new blood pressure pill, which can make you dizzy, tired, or sick at first, should be taken at night before bed.",
    # "and so on" ends a list; "and so you can" tells a purpose
    "Bring your pills, your inhalers, your creams and so on, and so you can show them all to the pharmacist at the visit.",
    # a preposition ending a list of them is a link, not a particle
    "Do not put any cream or lotion on the incision or in, on, or near the wound until your surgeon says it is safe.",
    # "which" + a noun in -s followed by its own verb is no verb of the clause
    "Ask your pharmacist at the counter, which tests may be needed before you start taking the new medicine at home.",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_leaves_alone_where_a_cut_could_change_the_meaning(text):
    assert SPLITTER.propose(Document(text)) == [] or shorten(text) == text


def test_a_reason_after_the_last_condition_follows_the_list_as_a_sentence():
    # the reason is for every condition: in the last item it would be tied to that one only
    text = ("Call the office right away if sudden pain starts in the hip, if the leg looks shorter, or if you cannot stand "
            "on it, since these may be signs that the hip has come out of place. Lie down until help comes.")
    out = shorten(text)
    assert out == ("Call the office right away if:\n- sudden pain starts in the hip\n- the leg looks shorter\n"
                   "- you cannot stand on it\n\nThis is because these may be signs that the hip has come out of place. "
                   "Lie down until help comes.")
    assert check(text, out, trusted=True) == []
    assert SPLITTER.propose(Document(out)) == []
    # ", which may mean" is cut off as ". This may mean": the piece before it is the list's sentence, which a
    # second run would make a list, so the first run makes it with the cut
    text = ("Call the office right away if sudden pain starts in the hip, if the leg looks shorter, or if you cannot stand "
            "on it, which may mean that the hip has come out of place.")
    out = shorten(text)
    assert out == ("Call the office right away if:\n- sudden pain starts in the hip\n- the leg looks shorter\n"
                   "- you cannot stand on it\n\nThis may mean that the hip has come out of place.")
    assert shorten(out) == out


@pytest.mark.parametrize("text, expected", [
    # ", which is a ..." after a term the glossary knows says what the term is
    ("Your child was seen in the emergency room today after a fall and has been diagnosed with a concussion, which is a "
     "mild brain injury that for a short time changes the way the brain works.",
     "Your child was seen in the emergency room today after a fall and has been diagnosed with a concussion (mild brain "
     "injury). This is a mild brain injury that for a short time changes the way the brain works."),
    # "X, also called Y, ..." when the other name is a term the glossary knows
    ("Shingles, also called herpes zoster, is a painful rash that comes from the same virus as chickenpox in people who "
     "had it as children.",
     "Shingles is also called herpes zoster. It is a painful rash that comes from the same virus as chickenpox in people who "
     "had it as children."),
])
def test_what_a_term_is_becomes_a_sentence(engine, text, expected):
    out = engine.simplify(text, mode="replace").text
    assert out == expected
    assert check(text, out, trusted=True) == []
    assert engine.simplify(out, mode="replace").text == out


@pytest.mark.parametrize("text", [
    # "This" could point at either noun of a pair
    "Your child may have a headache and a concussion, which is a mild brain injury that for a short time changes how "
    "the brain works.",
    # a person would become "It"
    "Maria, also called Mia, is the nurse who will visit your home every week after you leave the hospital today.",
])
def test_what_a_term_is_is_cut_only_where_this_or_it_is_unambiguous(engine, text):
    out = engine.simplify(text, mode="replace").text
    assert ". This is " not in out and ". It is " not in out


def test_no_cut_between_a_term_the_glossary_explained_and_its_next_mention(engine):
    # the glossary explains a term once a sentence: cut off, the second mention would be rewritten by a
    # second run, and simplifying the output again would change it
    text = ("Heavy smoking over many years may lead to pneumothorax, and in cases of a first pneumothorax the doctor "
            "will look for small air pockets in the lungs.")
    out = engine.simplify(text, mode="replace").text
    assert out == ("Heavy smoking over many years may lead to collapsed lung (pneumothorax), and in cases of a first "
                   "pneumothorax the doctor will look for small air pockets in the lungs.")
    assert engine.simplify(out, mode="replace").text == out


@pytest.mark.parametrize("text", [
    # a long last item of a subject list, with no helper verb before it
    "Bleeding from the gums, a rash that spreads across the chest, and blood in the urine were seen in a few of the patients.",
    "Your thyroid level (TSH), your iron stores and vitamin levels (ferritin), and total and free calcium were checked today.",
    # a series of clauses: the last one would leave the others joined by a comma alone
    "The wound was cleaned with salt water, the stitches were taken out, and tape strips and a light dressing were put on.",
    # a reason reaches over every clause after it
    "Healing may be slow because the skin is thin, the blood flow is weak, and older patients often are less active.",
    # an opening phrase reaches over both clauses
    "After a fall in older adults, a hip fracture is common, and wrist and arm fractures are also seen quite often.",
])
def test_a_long_subject_after_and_is_cut_off_only_after_one_main_clause(text):
    assert shorten(text) == text


def test_a_second_participle_of_a_passive_after_and_is_no_clause_of_its_own():
    # "pushed firmly until": a participle, an adverb and "until" are no subject and verb; a cut had
    # left the fragment "Pushed firmly until a click is heard."
    text = ("The orange tip should be placed against the middle of the outer thigh, on either the right or left leg, "
            "and pushed firmly until a click is heard.")
    # (the passive is an order to the reader: "left" after "the right or" is the side, no verb of the passive)
    assert shorten(text) == ("Place the orange tip against the middle of the outer thigh, on either the right or left leg. "
                             "Push firmly until a click is heard.")
