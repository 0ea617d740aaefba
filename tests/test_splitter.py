"""The sentence splitter: long sentences cut only at safe clause boundaries, empty openers dropped,
every fact kept, every untouched character kept, and a second run proposes nothing."""

from __future__ import annotations

import pytest

from plainspeak.document import Document
from plainspeak.rewrite.apply import apply_edits
from plainspeak.rewrite.guard import check
from plainspeak.rewrite.splitter import SentenceSplitter

from splitter_helpers import SPLITTER, assert_cut, shorten



SPLITS = [
    # a semicolon between two clauses
    ("Carvedilol may cause tiredness or dizziness during the first few weeks of treatment; you should stand up slowly until your body adjusts.",
     "Carvedilol may cause tiredness or dizziness during the first few weeks of treatment. You should stand up slowly until your body adjusts."),
    # ", and" + a new subject: "and" goes
    ("Your medicines work together to lower the strain on your heart, and you should take every one of them each day at the same time.",
     "Your medicines work together to lower the strain on your heart. You should take every one of them each day at the same time."),
    ("The left leg may swell more than the right one after surgery, and you should keep it raised on two pillows whenever you sit down.",
     "The left leg may swell more than the right one after surgery. You should keep it raised on two pillows whenever you sit down."),
    # ", but" and ", so" stay, with a capital
    ("After 48 hours you may take a shower with warm water and mild soap, but you should not soak the wound in a bath or a pool.",
     "After 48 hours you may take a shower with warm water and mild soap. But you should not soak the wound in a bath or a pool."),
    ("Opioid pain medicines often cause hard stools in the first days after surgery, so you should drink more water and eat more fruit and fiber.",
     "Opioid pain medicines often cause hard stools in the first days after surgery. So you should drink more water and eat more fruit and fiber."),
    # ", which" + a verb of doing -> ". This"
    ("Drink enough water to make at least 2 liters of urine every day, which helps to flush the stone out of your body.",
     "Drink enough water to make at least 2 liters of urine every day. This helps to flush the stone out of your body."),
    # a cut that is safe only once a later one is made: ", which" needs the clause to end
    ("Warfarin raises the chance of bleeding from small cuts, which may happen on its own or after a minor injury, so you must be careful when you shave.",
     "Warfarin raises the chance of bleeding from small cuts. This may happen on its own or after a minor injury. So you must be careful when you shave."),
    ("Limit the salt in your food, because a diet high in salt raises the calcium in your urine, and eat less red meat, chicken and fish.",
     "Limit the salt in your food. This is because a diet high in salt raises the calcium in your urine. Eat less red meat, chicken and fish."),
    # a reason keeps its link
    ("Rise slowly from a chair or from your bed in the first weeks of treatment, as these medicines may cause a drop in blood pressure.",
     "Rise slowly from a chair or from your bed in the first weeks of treatment. This is because these medicines may cause a drop in blood pressure."),
    # one spaced dash before a clause
    ("An exacerbation is a period during which your symptoms become much worse than usual - it is often started by a cold or by air pollution.",
     "An exacerbation is a period during which your symptoms become much worse than usual. It is often started by a cold or by air pollution."),
    # two instructions: the second one stands alone
    ("Wash the area gently with mild soap and warm water every day, and pat it dry with a clean towel rather than rubbing it.",
     "Wash the area gently with mild soap and warm water every day. Pat it dry with a clean towel rather than rubbing it."),
    ("Take warfarin exactly as prescribed, at the same time each evening, and never take a double dose to make up for a dose that you missed.",
     "Take warfarin exactly as prescribed, at the same time each evening. Never take a double dose to make up for a dose that you missed."),
    ("Weigh yourself every morning after you pass urine and before you eat breakfast, using the same scale; record the result in your log.",
     "Weigh yourself every morning after you pass urine and before you eat breakfast, using the same scale. Record the result in your log."),
    # a list item written as a full sentence
    ("- Take your water pill in the morning so that you do not have to get up at night, and you should weigh yourself before breakfast.",
     "- Take your water pill in the morning. That way, you do not have to get up at night. You should weigh yourself before breakfast."),
    # a concession keeps its meaning as "But"; a negation stays in its own sentence
    ("Do not eat, drink, or chew gum for at least 4 hours before your appointment, although you may take small sips of water with your morning pills.",
     "Do not eat, drink, or chew gum for at least 4 hours before your appointment. But you may take small sips of water with your morning pills."),
    ("Most people can go back to work within two weeks after the operation, though it may take a few months before your full strength returns.",
     "Most people can go back to work within two weeks after the operation. But it may take a few months before your full strength returns."),
    # "while" that sets a contrast (a quantifier after it), never one that tells a time (see UNCHANGED)
    ("Most children feel better within two or three days of starting the medicine, while others may need a full week before the cough settles down.",
     "Most children feel better within two or three days of starting the medicine. But others may need a full week before the cough settles down."),
    ("Foods labeled low sodium have 140 milligrams or less in each serving, while foods labeled reduced sodium may still have a lot of salt.",
     "Foods labeled low sodium have 140 milligrams or less in each serving. But foods labeled reduced sodium may still have a lot of salt."),
    # a purpose after an instruction
    ("Wait at least 5 minutes between two different kinds of eye drops, so that the first drop is not washed out of your eye by the second one.",
     "Wait at least 5 minutes between two different kinds of eye drops. That way, the first drop is not washed out of your eye by the second one."),
    # steps in order: "then" stays
    ("Wash your hands well with soap and water before you touch the drops, and then tilt your head back and gently pull down your lower eyelid.",
     "Wash your hands well with soap and water before you touch the drops. Then tilt your head back and gently pull down your lower eyelid."),
    ("Mix the powder into a full glass of cold water or juice, then drink all of it within a few minutes before it starts to thicken.",
     "Mix the powder into a full glass of cold water or juice. Then drink all of it within a few minutes before it starts to thicken."),
    ("A technician will place small sticky pads on your chest and arms and then the machine will record the electrical signals of your heart for ten minutes.",
     "A technician will place small sticky pads on your chest and arms. Then the machine will record the electrical signals of your heart for ten minutes."),
    ("Your surgeon will look at the results of the scan during your next visit, and then the two of you will decide whether you need more treatment.",
     "Your surgeon will look at the results of the scan during your next visit. Then the two of you will decide whether you need more treatment."),
    # an empty opener after the cut goes with it
    ("Your doctor has ordered a full course of antibiotics for your bladder infection, and it is important to finish every tablet even if you feel better.",
     "Your doctor has ordered a full course of antibiotics for your bladder infection. Finish every tablet even if you feel better."),
    # a second order with its own negation
    ("Do not rub or press on the eye that had surgery, and do not swim or use a hot tub for at least two weeks after the operation.",
     "Do not rub or press on the eye that had surgery. Do not swim or use a hot tub for at least two weeks after the operation."),
    # a reason with a longer subject
    ("Fill the water chamber of the machine with distilled water only, since tap water left in the chamber can leave deposits that damage the machine.",
     "Fill the water chamber of the machine with distilled water only. This is because tap water left in the chamber can leave deposits that damage the machine."),
    ("Do not stop any of these medicines without talking to your doctor first, since stopping suddenly can raise your risk of another stroke.",
     "Do not stop any of these medicines without talking to your doctor first. This is because stopping suddenly can raise your risk of another stroke."),
    ("Wear the shield over your eye at night for the first week, as rubbing the eye in your sleep could move the new lens out of place.",
     "Wear the shield over your eye at night for the first week. This is because rubbing the eye in your sleep could move the new lens out of place."),
    ("Adjust the straps until the mask feels snug but not tight on your face, because a mask that is pulled too tight can cause sores on your nose.",
     "Adjust the straps until the mask feels snug but not tight on your face. This is because a mask that is pulled too tight can cause sores on your nose."),
    # a list of things to eat that closed itself with "and": the next ", and" joins two orders
    ("Eat plenty of fruits, vegetables, whole grains, and lean proteins, and limit foods that are high in salt, sugar, and saturated fat.",
     "Eat plenty of fruits, vegetables, whole grains, and lean proteins. Limit foods that are high in salt, sugar, and saturated fat."),
    ("Trouble swallowing shows up as coughing, choking, or food going the wrong way, and it is most often caused by a stroke or a nerve disease.",
     "Trouble swallowing shows up as coughing, choking, or food going the wrong way. It is most often caused by a stroke or a nerve disease."),
    # a sentence may end in a number and a sign
    ("The share of patients with chronic kidney disease seen by family doctors is about 30%, and its share in nursing homes is over 50%.",
     "The share of patients with chronic kidney disease seen by family doctors is about 30%. Its share in nursing homes is over 50%."),
    # a comma inside a number is not the end of a list; a bracket the glossary wrote is not in the way
    ("Your care team wants you to keep your sodium under 2,000 milligrams per day, and a dietitian (nutrition expert) can help you plan your meals.",
     "Your care team wants you to keep your sodium under 2,000 milligrams per day. A dietitian (nutrition expert) can help you plan your meals."),
    # an order drawn as a conclusion keeps its "So"; a reason whose subject points back at the order
    ("Restaurant meals are usually much higher in salt than meals made at home, so ask for sauces and dressings on the side when you eat out.",
     "Restaurant meals are usually much higher in salt than meals made at home. So ask for sauces and dressings on the side when you eat out."),
    ("Do not drive for the first two weeks after your operation, so ask a friend or a family member to take you to your visits.",
     "Do not drive for the first two weeks after your operation. So ask a friend or a family member to take you to your visits."),
    ("Pump your ankles up and down ten times every hour while you are awake, as this movement keeps blood flowing through the veins of your legs.",
     "Pump your ankles up and down ten times every hour while you are awake. This is because this movement keeps blood flowing through the veins of your legs."),
    # the people an instruction is for, named by a list of what they do
    ("Patients who are older, who live alone, or who have trouble with balance should arrange for someone to stay with them for the first night after surgery.",
     "Some patients are older, live alone, or have trouble with balance. These patients should arrange for someone to stay with them for the first night after surgery."),
    ("People who take blood thinners, insulin, or pills for diabetes must call the doctor who prescribed them at least one week before the procedure.",
     "Some people take blood thinners, insulin, or pills for diabetes. These people must call the doctor who prescribed them at least one week before the procedure."),
    ("Patients who had a rotator cuff repair, a labral repair, or a shoulder replacement should not do the wall climbing exercise until their therapist has checked their progress.",
     "Some patients had a rotator cuff repair, a labral repair, or a shoulder replacement. These patients should not do the wall climbing exercise until their therapist has checked their progress."),
    # a series of orders: one sentence each (never only the last, which would leave a comma splice)
    ("Do not bend your hip past a right angle, do not cross your legs, and do not turn your operated leg inward.",
     "Do not bend your hip past a right angle. Do not cross your legs. Do not turn your operated leg inward."),
    ("Wash the cut gently with soap and water, pat the skin dry with a clean towel, and then put on a fresh bandage.",
     "Wash the cut gently with soap and water. Pat the skin dry with a clean towel. Then put on a fresh bandage."),
    ("Rest in bed for the whole first day, keep the dressing dry and clean, and call the clinic if you have a fever.",
     "Rest in bed for the whole first day. Keep the dressing dry and clean. Call the clinic if you have a fever."),
    # a hard-wrapped line keeps its line break
    ("Your incision may look red and feel a little sore for the first week,\nand this is a normal part of healing that should slowly get better each day.",
     "Your incision may look red and feel a little sore for the first week.\nThis is a normal part of healing that should slowly get better each day."),
    # "because" + a clause whose verb is a plain present ("the symptoms often return")
    ("Do not stop the controller medicine without talking to your child's doctor, because the symptoms often return within several weeks of stopping.",
     "Do not stop the controller medicine without talking to your child's doctor. This is because the symptoms often return within several weeks of stopping."),
    ("Careful care of the line is essential, because a long tube into a vein gives germs a direct path into the bloodstream.",
     "Careful care of the line is essential. This is because a long tube into a vein gives germs a direct path into the bloodstream."),
    # a paired construction closed before the cut ("either sitting or standing") reaches no further
    ("Stay upright, either sitting or standing, for at least 30 minutes after the tablet, and do not lie down until you have eaten breakfast.",
     "Stay upright, either sitting or standing, for at least 30 minutes after the tablet. Do not lie down until you have eaten breakfast."),
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_splits_long_sentences_at_clause_boundaries(text, expected):
    assert shorten(text) == expected


UNCHANGED = [
    # negation scope, with its list
    "Do not lift, push, or pull anything heavier than 10 pounds, such as full laundry baskets or bags of groceries, for 6 weeks after surgery.",
    # ", or" after a negation: the "or" may sit inside its scope
    "Do not stop taking this medicine on your own without talking to us first, or your blood pressure may rise to a dangerous level.",
    # inside brackets and quotes
    "Your nurse will show you how to change the dressing (keep the old one in the bag, and you should wash your hands first) before you go home today.",
    'The label says "take with food, and you should not lie down for 30 minutes after the dose" on the side of the bottle.',
    # a sig line written as a fragment (no full stop)
    "- Take 1 tablet by mouth 2 times a day with food for 10 days; you must finish all of the tablets",
    # a number would be cut off from what it counts
    "Your dose of warfarin will go up from 5 mg each evening to 7.5, and you will need another blood test in one week.",
    # (a dose sentence is cut only where each dose keeps its medicine: tests/test_splitter_doses.py)
    # "and" joins two verbs of one subject: a cut would turn the second into an order
    "Your doctor will check the wound at your next visit in the clinic, and call you with the results of the tests in a few days.",
    # a negation or a time ("until") may reach over the "and"
    "Do not lift the baby or anything heavy for the first six weeks after the birth, and carry only light bags when you go shopping.",
    "Keep the dressing dry and in place until your visit next week, and change it only if it gets wet or dirty before then.",
    # the last item of a list that is the subject, even with a bracket the glossary wrote after it
    "Your doctor will check ferritin (iron stores), white blood cells (WBC), an inflammation marker (C-reactive protein, or CRP), and lactate dehydrogenase (LDH) may also be measured.",
    "Urine potassium, creatinine (kidney waste marker), and osmolarity (how concentrated the urine is) should be measured first to find the cause.",
    "Your heart, your lungs, and the muscles will all grow stronger when you walk for thirty minutes on most days of the week.",
    # a subordinate clause that opens the sentence is not closed by a semicolon
    "If the pain in your leg gets worse over the next few days or weeks; you should call the clinic right away.",
    # a list after a colon stays in its sentence
    "Bring these items to every visit: your list of medicines, your glucose log, your meter, and you should also bring your insurance card.",
    # an open subordinate clause, and a condition that reaches over the next clause
    "If you feel dizzy or weak when you stand up from the bed, and you also notice that your heartbeat is very fast, call the clinic right away.",
    "If your child needs albuterol more than 2 days per week, the asthma is not well controlled, and you should call the clinic to set up a visit.",
    # the end of a list, not a clause: no verb after "the bags"
    "Do not lift heavy things such as your young children, full laundry baskets, or the bags of groceries for the next six weeks after the operation.",
    # "so" of purpose: cut off it would be a fragment
    "Hold your breath for 10 seconds after each puff from the inhaler, so the medicine can settle deep inside your lungs before you breathe out.",
    # "as" of time
    "Breathe out slowly through pursed lips for a count of four, as you walk up the stairs or carry something heavy in your arms.",
    # the reason sits inside an order that goes on after it
    "Limit your salt (sodium), because a diet high in salt raises the calcium in your urine, and favor beans over red meat, chicken and fish.",
    # the main clause goes on after the aside
    "Your new blood pressure pill, which can make you dizzy at first, should be taken at night before you go to bed.",
    # ", which is" describes the noun: "This" would not point back to it
    "Good care of your cut lowers the chance of an infection, which is the most common problem in the first weeks after surgery.",
    # a paired construction whose second half comes after the cut
    "Either call the clinic during the day to speak with the nurse on duty, or you can go to the urgent care center near your home.",
    # a paired construction and a pair of dashes
    "Not only does this medicine lower your blood pressure over the long term, but it also protects your kidneys from damage.",
    "Call the clinic - or the nurse line after hours - if your weight goes up by more than 2 pounds in one day, and you should also write it down.",
    # "while", "so that" and "then" where a cut would change the meaning: a time, a result, a
    # condition or a negation that reaches over, what a study says
    "The speed of the treadmill will go up every three minutes during the test, while the staff watch your heart rhythm and blood pressure on a screen.",
    "Your eye may feel scratchy and may water for the first week after surgery, while the surface of the eye slowly heals.",
    "Some antibiotics can make birth control pills work less well, so that you should use a condom as well until your next period starts.",
    "The nurse will check on you often, so that your family knows how you are doing while you are in the recovery room.",
    "If you start to feel dizzy or short of breath on the treadmill, tell the staff right away, and then sit down until the feeling passes.",
    "Do not eat solid food for 8 hours before the procedure, and then drink only clear liquids until two hours before you arrive.",
    "You may feel a little tired for the rest of the day when you get home, and then you should rest and drink plenty of fluids.",
    "Studies show that most people heal within six weeks after this type of surgery, while others may need a few more months.",
    # "then" after a clause that opens the sentence: the clause would be left alone
    "After the nurse takes the drain out of your chest tomorrow morning, then you can take a shower with warm water.",
    # the aside sits between "and" and its clause; "as you may have heard" gives no reason
    "This treatment lowers pain in most patients and, while some people may still need surgery later, it can delay an operation for years.",
    "Stay in bed for the first few hours, as you may have heard from the nurse before the operation this morning at the clinic.",
    # a reason that is not a clause, with the sentence going on after it; a concession without a clause
    "Rest your arm on a pillow for the first few days, because of the swelling, for as long as the nurse tells you to keep doing it.",
    "Take it easy for the first two weeks after surgery, although not if your surgeon has asked you to walk every day from the start.",
    # the order after ", and" may end a series whose other verbs are not known as orders ("season"):
    # a cut would leave "Remove ..., season ...." joined by a comma alone
    "Remove the salt shaker from your table, season your food with herbs and lemon juice, and rinse canned beans under running water.",
    # "Avoid" may reach over the "and" after its list
    "Avoid foods with salt, sugar, and saturated fat, and limit alcohol to one drink a day on the days when you drink at all.",
    # a series of orders whose first one says "do not" for all of them; or with a condition over them
    "Do not lift the baby in your arms, carry the heavy bags of shopping, and push the vacuum cleaner for six weeks.",
    "Call us if the wound bleeds through the bandage, keep pressure on it with a clean cloth, and lie down with your leg raised up.",
    # a concession inside the subject, with its verb after it; "while" of time with a verb it knows
    "The new medicine that your heart doctor has started, although it may cause mild nausea at first, is usually easy to take.",
    "Keep your leg raised on two pillows for most of the day for the first few days after the operation, while the swelling in your leg goes down.",
    # "as this ..." that goes on after a comma tells a time
    "Keep walking a little farther every day as your strength returns over the next weeks, as this happens slowly, you will notice less pain.",
    # a reason that is no clause, with a time after it that belongs to the order
    "Keep the sling on at all times for six weeks, because of the risk of a fall, when the arm is weak.",
    # a relative clause that opens a clause of its own, or a short one
    "Patients who cannot walk, who may fall, or who live alone should ask for a home visit before they leave the hospital today.",
    "Children who have a fever, a rash, or a cough that will not go away must stay home from school until they have seen a doctor.",
    "Patients who smoke should stop at least two weeks before the operation to help the wound heal and lower the risk of a chest infection.",
    # short enough already
    "Take your pills with food, and you will have less stomach upset.",
    # a heading, a labelled field and a table row are never cut
    "## Your medicines work together to lower the strain on your heart, and you should take every one of them each day",
    "Activity: walk a little more every day for the first two weeks after you get home, and you should rest when you feel tired.",
    "| Carvedilol | may cause dizziness during the first few weeks of treatment; you should stand up slowly until your body adjusts |",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_never_cuts_where_meaning_or_layout_could_change(text):
    assert SPLITTER.propose(Document(text)) == []


FILLERS = [
    ("It is essential that you weigh yourself every morning before breakfast, after you empty your bladder, using the same scale.",
     "Weigh yourself every morning before breakfast, after you empty your bladder, using the same scale."),
    ("Please note that the clinic is closed on weekends and holidays.", "The clinic is closed on weekends and holidays."),
    ("It is very important that you do not skip any doses.", "Do not skip any doses."),
    ("You are encouraged to walk a little more each day.", "Try to walk a little more each day."),
    # the filler rule leaves "that you not" ("Not skip" is no sentence); the wish rule says it as an order not to
    # (splitting/orders.py, test_splitter_important_that.py)
    ("It is important that you not skip any doses of this medicine.", "Do not skip any doses of this medicine."),
    # left alone: "they" would lose the patients it points back to
    ("Patients are encouraged to walk a little more each day as they get stronger.",
     "Patients are encouraged to walk a little more each day as they get stronger."),
]


@pytest.mark.parametrize("text, expected", FILLERS)
def test_drops_empty_openers(text, expected):
    assert shorten(text) == expected


HANDOUT = """# After your knee surgery

You will probably have swelling and stiffness in your right knee for several weeks, and this is an expected part of healing.
Raise your leg on pillows for 30 minutes 3 times a day, and put an ice pack wrapped in a towel on the knee for 20 minutes at a time.
It is important to note that falls are a common cause of problems after surgery, so you should remove loose rugs from your walkways.

- Apixaban 2.5 mg by mouth 2 times a day for 14 days
- Call us if the wound gets red or warm; you may need antibiotics.

Seek emergency care right away if you have sudden shortness of breath or chest pain; these may be signs of a clot in the lungs.
"""

HANDOUT_SHORT = """# After your knee surgery

You will probably have swelling and stiffness in your right knee for several weeks. This is an expected part of healing.
Raise your leg on pillows for 30 minutes 3 times a day. Put an ice pack wrapped in a towel on the knee for 20 minutes at a time.
Falls are a common cause of problems after surgery. So you should remove loose rugs from your walkways.

- Apixaban 2.5 mg by mouth 2 times a day for 14 days
- Call us if the wound gets red or warm; you may need antibiotics.

Seek emergency care right away if you have sudden shortness of breath or chest pain. These may be signs of a clot in the lungs.
"""


def test_a_handout_keeps_its_layout_and_facts():
    edits = SPLITTER.propose(Document(HANDOUT))
    assert [(e.before, e.after, e.reason) for e in edits] == [
        (", and this", ". This", "split-sentence"),
        (", and put", ". Put", "split-sentence"),
        ("It is important to note that falls", "Falls", "filler"),
        (", so", ". So", "split-sentence"),
        ("; these", ". These", "split-sentence"),
    ]
    assert all(e.source == "splitter" and HANDOUT[e.start:e.end] == e.before for e in edits)
    out = apply_edits(HANDOUT, edits)
    assert out == HANDOUT_SHORT
    assert check(HANDOUT, out, trusted=True) == []
    assert check(HANDOUT, out, trusted=False) == []


def test_running_on_its_own_output_proposes_nothing():
    for text, expected in [*SPLITS, *FILLERS, (HANDOUT, HANDOUT_SHORT)]:
        assert SPLITTER.propose(Document(expected)) == []


def test_the_length_limit_is_a_setting():
    text = "Take your pills with food, and you will have less stomach upset."
    assert shorten(text, SentenceSplitter(long_sentence_words=10)) == "Take your pills with food. You will have less stomach upset."
    long = SPLITS[1][0]
    assert shorten(long, SentenceSplitter(long_sentence_words=30, sure_cut_words=30)) == long


def test_each_piece_keeps_enough_words():
    text = "Call us today about the swelling and the pain in your left leg and your left foot, and you rest."
    assert SentenceSplitter(long_sentence_words=10).propose(Document(text)) == []


def test_a_sentence_of_if_conditions_becomes_the_instruction_and_a_list():
    text = ("Call 911 or go to the nearest emergency room if your child is struggling to breathe, if the skin "
            "between the ribs pulls inward, if their lips turn blue or gray, or if albuterol gives no relief "
            "within 20 minutes. Do not wait to see whether it gets better.\n")
    assert shorten(text) == (
        "Call 911 or go to the nearest emergency room if:\n"
        "- your child is struggling to breathe\n"
        "- the skin between the ribs pulls inward\n"
        "- their lips turn blue or gray\n"
        "- albuterol gives no relief within 20 minutes\n"
        "\n"
        "Do not wait to see whether it gets better.\n"
    )
    assert shorten(shorten(text)) == shorten(text)


@pytest.mark.parametrize("text", [
    # two conditions only of a statement: an ordinary sentence (after an order they are listed: see
    # test_splitter_two_conditions.py)
    "Your surgeon may ask you to come back to the clinic earlier if your wound bleeds through the bandage, or if you have a fever.",
    # the last condition is joined by "and": all must hold, not any
    "Call your doctor or go to the nearest emergency room if you feel dizzy, if your vision blurs, and if you are short of breath.",
    # a condition with a condition of its own
    "Call your doctor or go to the nearest emergency room if the pain is severe, if it spreads when you move, or if you feel faint when you stand.",
])
def test_conditions_are_listed_only_when_the_pattern_is_exact(text):
    assert "\n- " not in shorten(text)


@pytest.mark.parametrize("prefix, newline", [("> ", "\n"), ("    ", "\n"), ("", "\r\n")])
def test_a_list_of_conditions_keeps_the_lines_quote_marks_indent_and_line_ending(prefix, newline):
    text = (f"{prefix}Call your care team or go to the nearest emergency room if you faint, if your heart races for "
            f"more than 10 minutes, or if you have new chest pain. Then rest.{newline}")
    p = prefix
    assert shorten(text) == (
        f"{p}Call your care team or go to the nearest emergency room if:{newline}{p}- you faint{newline}"
        f"{p}- your heart races for more than 10 minutes{newline}{p}- you have new chest pain{newline}"
        f"{p.rstrip()}{newline}{p}Then rest.{newline}"
    )


@pytest.mark.parametrize("text, expected", [
    # a thing named at the start, with an aside that says what it is
    ("The stent, a small mesh tube placed in the artery, keeps the artery open so that blood can flow freely to the "
     "heart muscle again.",
     "The stent is a small mesh tube placed in the artery. It keeps the artery open so that blood can flow freely to "
     "the heart muscle again."),
    # a closing aside about a term the glossary knows
    ("You have been diagnosed with pneumonia, an infection of the lung tissue that causes the small air sacs to fill "
     "with fluid.",
     "You have been diagnosed with pneumonia. This is an infection of the lung tissue that causes the small air sacs "
     "to fill with fluid."),
])
def test_an_aside_that_says_what_something_is_becomes_a_sentence(engine, text, expected):
    out = engine.simplify(text, mode="replace").text
    assert out == expected
    assert engine.simplify(out, mode="replace").text == out


@pytest.mark.parametrize("text", [
    # a person would become "It"
    "Your doctor, a specialist in kidney disease, will see you again in three months to check your blood tests and pressure.",
    "Maria, a nurse on our team, will call you in three days to check on how you are doing and answer any questions.",
    # not the subject: an opening phrase
    "In adults, a fever of 100.4 degrees is a sign of infection that should be checked by your doctor within a day or two.",
    # a list, not an aside
    "Warfarin, a statin, and a beta blocker are the medicines you will take every day after you leave the hospital today.",
])
def test_an_aside_is_made_a_sentence_only_for_a_thing_named_at_the_start(text):
    assert shorten(text) == text


def test_a_semicolon_before_a_linking_word_and_a_new_clause_is_cut():
    text = ("Most people feel better within a few days of starting the medicine; however, the cough can last "
            "for several weeks after the infection clears up.")
    assert shorten(text) == ("Most people feel better within a few days of starting the medicine. However, the cough "
                             "can last for several weeks after the infection clears up.")


@pytest.mark.parametrize("text", [
    # "This" would point at the water, not the medicine
    "Your doctor wants you to start taking lisinopril every morning with water, a medicine that lowers blood pressure.",
    # a list
    "Bring all of your medicines to the visit next week, including vitamins, a list of your allergies and your log.",
    "You will need to have a chest X-ray, a blood test to check your kidneys, and an ECG before the procedure next week.",
])
def test_a_closing_aside_is_cut_only_where_this_is_unambiguous(engine, text):
    assert ". This is " not in engine.simplify(text, mode="replace").text


def test_which_are_after_a_plural_noun_becomes_these_are():
    text = ("During your colonoscopy today, the doctor found and removed one or more polyps (small growths), which "
            "are growths on the lining of the colon that can develop into bowel cancer.")
    assert shorten(text) == ("During your colonoscopy today, the doctor found and removed one or more polyps (small "
                             "growths). These are growths on the lining of the colon that can develop into bowel cancer.")
    # after a singular noun "which are" has no plural to point back to: left as written
    text = "Take the tablets with food and plenty of water, which are both needed to protect your stomach from irritation."
    assert shorten(text) == text


@pytest.mark.parametrize("text, expected", [
    # a condition that opens the sentence: the order goes first, "any of these" says what ", or" said
    ("If your child has a fever over 102 degrees, a stiff neck, a new rash, or trouble waking up, call 911 or go to "
     "the emergency room right away. Do not drive them yourself.\n",
     "Call 911 or go to the emergency room right away if your child has any of these:\n"
     "- a fever over 102 degrees\n- a stiff neck\n- a new rash\n- trouble waking up\n\nDo not drive them yourself.\n"),
    # a condition at the end
    ("Stop the medicine and call 911 right away if you have a swollen face, a tight throat, a new rash, or trouble breathing.",
     "Stop the medicine and call 911 right away if you have any of these:\n"
     "- a swollen face\n- a tight throat\n- a new rash\n- trouble breathing"),
    # every item opens with its own determiner: what follows the last one is its own
    ("Call your doctor the same day if you notice a fever, a cough that brings up green mucus, or a rash that itches.",
     "Call your doctor the same day if you notice any of these:\n"
     "- a fever\n- a cough that brings up green mucus\n- a rash that itches"),
])
def test_a_condition_that_lists_what_you_have_becomes_a_list(text, expected):
    assert_cut(text, expected)


@pytest.mark.parametrize("text", [
    # "after the surgery" and "during the test" may reach over every item; "in the calf" and "sudden" too
    "If you notice increasing pain, a sudden decrease in your vision, flashes of light, or a curtain over part of your vision after the surgery, call the eye clinic right away.",
    "Tell the staff right away if you experience chest pain, shortness of breath, dizziness, or pain in your jaw or arm during the test.",
    "If you notice pain, swelling, warmth, or redness in the calf of one leg, call the clinic the same day or go to the emergency room.",
    "If you notice sudden pain, a cold foot, a pale toe, or numbness, call the clinic the same day or go to the emergency room right away.",
    # a list inside the list; "and" asks for all of them
    "If you develop hives, swelling of your lips, tongue, or throat, or trouble breathing after a dose, stop the medicine and call 911 right away.",
    "Call the clinic the same day if you notice dizziness, headaches, blurred vision, and a heartbeat that feels too fast or too slow.",
    # the order names the child before the condition would; not an order; an order with its own condition
    "If your child has a fever over 102 degrees, a stiff neck, a new rash, or trouble waking up, take them to the emergency room right away.",
    "If you have a fever, a cough, or a sore throat, you should stay home from work and call your doctor for advice today.",
    "If you have a fever, a cough, or a sore throat, call your doctor for advice today if the fever lasts more than two days.",
    # every item has its own determiner, but a time after the last one reaches over all of them
    "Call the clinic right away if your child has a fever, a rash, a swollen arm, or a hard lump after the vaccine.",
])
def test_a_condition_is_listed_only_when_the_list_reads_the_same(text):
    assert shorten(text) == text


@pytest.mark.parametrize("text, expected", [
    ("Avoid heavy chores for the first two weeks after surgery, such as vacuuming, mowing the lawn, carrying laundry, or moving furniture.\n\n## Driving\n",
     "Avoid heavy chores for the first two weeks after surgery, such as:\n"
     "- vacuuming\n- mowing the lawn\n- carrying laundry\n- moving furniture\n\n## Driving\n"),
    ("Aim for at least 30 minutes of moderate activity on most days of the week, such as brisk walking, swimming, cycling, or gardening.",
     "Aim for at least 30 minutes of moderate activity on most days of the week, such as:\n"
     "- brisk walking\n- swimming\n- cycling\n- gardening"),
    ("Be especially careful with foods that seem healthy but are often high in salt, such as canned vegetables, bread, cottage cheese, and salad dressing.",
     "Be especially careful with foods that seem healthy but are often high in salt, such as:\n"
     "- canned vegetables\n- bread\n- cottage cheese\n- salad dressing"),
    ("Do not take other medicines that thin the blood while you take warfarin, such as aspirin, ibuprofen, naproxen, or fish oil.",
     "Do not take other medicines that thin the blood while you take warfarin, such as:\n"
     "- aspirin\n- ibuprofen\n- naproxen\n- fish oil"),
])
def test_examples_that_end_an_instruction_and_its_paragraph_become_a_list(text, expected):
    assert_cut(text, expected)


@pytest.mark.parametrize("text", [
    # the paragraph goes on after the examples
    "Limit foods that are high in salt for the next few months, such as canned soup, deli meat, frozen dinners, potato chips, and pickles. Read food labels.",
    # what follows the last example may reach back over all of them
    "Avoid heavy chores for the first two weeks after surgery, such as vacuuming, mowing the lawn, carrying laundry, and moving furniture around the house.",
    "Drink only clear liquids on the day before the procedure, such as water, clear broth, apple juice, plain gelatin, and sports drinks that are not red.",
    # an example with an "and" of its own: "pasta and rice" might be one example or the end of the list
    "Eat fewer of the foods that raise your blood sugar very quickly, such as white bread, sweet drinks, pasta and rice, and candy.",
    # not an instruction; examples in the middle of the sentence
    "Most people eat foods that are high in salt every day of the week, such as canned soup, deli meat, frozen dinners, potato chips, and pickles.",
    "Avoid all caffeine, such as coffee, tea, cola, energy drinks, and chocolate, for a full day before the test on the treadmill.",
])
def test_examples_are_listed_only_at_the_end_of_an_instruction_and_its_paragraph(text):
    assert shorten(text) == text


NEW_RULES_HANDOUT = """# After your hip operation

Most people can walk with a walker on the day after surgery, although the pain and swelling may last for several weeks.
Patients who live alone, who have weak muscles, or who have fallen before should ask for a home visit before they go home.
Do not bend your hip past a right angle, do not cross your legs, and do not turn your operated leg inward.

Call your surgeon right away if you notice a swollen calf, a hot red area on your leg, a new pain in your calf, or a sudden shortness of breath.

Avoid sports that put heavy stress on the new joint for at least three months, such as running, jumping, skiing, or contact sports.
"""


def test_the_new_rules_are_idempotent_through_the_whole_engine(engine):
    once = engine.simplify(NEW_RULES_HANDOUT, mode="replace")
    assert once.text == """# After your hip operation

Most people can walk with a walker on the day after surgery. But the pain and swelling may last for several weeks.
Some patients live alone, have weak muscles, or have fallen before. These patients should ask for a home visit before they go home.
Do not bend your hip past a right angle. Do not cross your legs. Do not turn your operated leg inward.

Call your surgeon right away if you notice any of these:
- a swollen calf
- a hot red area on your leg
- a new pain in your calf
- a sudden shortness of breath

Avoid sports that put heavy stress on the new joint for at least three months, such as:
- running
- jumping
- skiing
- contact sports
"""
    assert check(NEW_RULES_HANDOUT, once.text, trusted=True) == []
    assert engine.simplify(once.text, mode="replace").text == once.text
