"""Splitter rules for shapes that kept unseen patient handouts long: a semicolon before a clause
with a long subject, a closed "or" list after a negation, a bare subject after "at which point", a
participle that tells a result, and "X is a condition in which ...". Each test pins the exact text,
and the cases a rule must leave alone."""

from __future__ import annotations

import pytest

from plainspeak.document import Document
from plainspeak.rewrite.guard import check

from splitter_helpers import SPLITTER, shorten

SPLITS = [
    # a semicolon joins two sentences: a long subject after it ("laboratory analysis of ...", "walking and ...")
    ("Rest your arm on a pillow for the first evening and keep the sling on when you walk outside; gentle "
     "movement of the fingers and wrist helps the swelling go down.",
     "Rest your arm on a pillow for the first evening and keep the sling on when you walk outside. Gentle "
     "movement of the fingers and wrist helps the swelling go down."),
    # a linking word after the semicolon stays at the start of the new sentence
    ("A little blood on the gauze is normal during the first day after the tooth comes out; however, bleeding "
     "that soaks through several pads in an hour should be checked.",
     "A little blood on the gauze is normal during the first day after the tooth comes out. However, bleeding "
     "that soaks through several pads in an hour should be checked."),
    # a condition before a semicolon, another after it: each keeps its own order
    ("If you miss a dose and remember it before lunch, take it right away; if you remember only in the evening, "
     "skip that dose and take the next one as usual.",
     "If you miss a dose and remember it before lunch, take it right away. If you remember only in the evening, "
     "skip that dose and take the next one as usual."),
    # a dose after the semicolon keeps its medicine
    ("Do not take ibuprofen or naproxen for 5 days because they raise the risk of bleeding from the biopsy site; "
     "acetaminophen, up to 3,000 mg a day, may be used for pain.",
     "Do not take ibuprofen or naproxen for 5 days because they raise the risk of bleeding from the biopsy site. "
     "Acetaminophen, up to 3,000 mg a day, may be used for pain."),
    # a negation's "or" list has closed: the order after ", and" is a new one, not one more thing forbidden
    ("Do not take the zinc tablet within 2 hours of milk, yogurt, cheese, or antacids, and keep it at least "
     "4 hours apart from your thyroid pill.",
     "Do not take the zinc tablet within 2 hours of milk, yogurt, cheese, or antacids. Keep it at least "
     "4 hours apart from your thyroid pill."),
    # "at which point" + a bare noun and its verb
    ("Your blood count will be checked again after about 6 weeks, at which point ferritin is expected to be "
     "back in the normal range.",
     "Your blood count will be checked again after about 6 weeks. At that point, ferritin is expected to be "
     "back in the normal range."),
    # a participle that tells a result: "This causes", and "This can lead to" when the clause only may happen
    ("The valve in the vein does not close properly after the clot, causing blood to pool in the lower leg "
     "by the end of the day.",
     "The valve in the vein does not close properly after the clot. This causes blood to pool in the lower leg "
     "by the end of the day."),
    ("A small piece of plaque may break away from the artery wall and travel to the brain, leading to a stroke "
     "that needs treatment right away.",
     "A small piece of plaque may break away from the artery wall and travel to the brain. This can lead to a "
     "stroke that needs treatment right away."),
    # ", as these" + a verb no list knows: "these" points back, so it is a reason
    ("Do not use a heating pad or a hot water bottle on the leg for 3 days, as these sources dry the skin and "
     "slow the healing of the wound.",
     "Do not use a heating pad or a hot water bottle on the leg for 3 days. This is because these sources dry the "
     "skin and slow the healing of the wound."),
    # "until" + a noun phrase is a time for its own verb: it does not reach over ", and"
    ("Do not drive, cook, or sign any papers until the next morning, and a family member should stay in the house "
     "with you tonight.",
     "Do not drive, cook, or sign any papers until the next morning. A family member should stay in the house "
     "with you tonight."),
    ("Keep a pillow under your ankles while lying on your back in bed, and you should not sleep on your belly "
     "for the first month.",
     "Keep a pillow under your ankles while lying on your back in bed. You should not sleep on your belly "
     "for the first month."),
    # a "which is" aside after the subject: "which" says it is a thing, whatever the subject is
    ("Plantar fasciitis, which is the most common cause of heel pain, develops slowly over weeks in people who "
     "stand for many hours.",
     "Plantar fasciitis is the most common cause of heel pain. It develops slowly over weeks in people who "
     "stand for many hours."),
    # "; if ..., " opens a clause whose main clause follows its comma, whatever its verb
    ("Lift the old tape away from the skin slowly; if it sticks to the hairs, soften it with a little baby oil "
     "before you pull.",
     "Lift the old tape away from the skin slowly. If it sticks to the hairs, soften it with a little baby oil "
     "before you pull."),
    # "no more than" caps a number: it negates no order after ", and"
    ("Limit the salt you eat to no more than 1,500 mg each day, and drink no more than 6 cups of fluid each day "
     "unless your nurse says otherwise.",
     "Limit the salt you eat to no more than 1,500 mg each day. Drink no more than 6 cups of fluid each day "
     "unless your nurse says otherwise."),
    # ", in which case" -> ". In that case,"
    ("Take the missed tablet as soon as you remember it unless the next one is due within 4 hours, in which case "
     "you should skip the missed tablet.",
     "Take the missed tablet as soon as you remember it unless the next one is due within 4 hours. In that case, "
     "you should skip the missed tablet."),
    # ", all of which" / ", both of which" + a verb: a clause that adds to the list before it
    ("Ask your nurse about the shingles vaccine and the yearly flu shot at your next visit, both of which lower "
     "the chance of getting sick this winter.",
     "Ask your nurse about the shingles vaccine and the yearly flu shot at your next visit. Both of these lower "
     "the chance of getting sick this winter."),
    # ", who" + a modal after a person: "They" stands for whoever it is
    ("Bring the list of every medicine you take to your visit with the pharmacist, who will check that none of "
     "them mix badly.",
     "Bring the list of every medicine you take to your visit with the pharmacist. They will check that none of "
     "them mix badly."),
    # " so that" after an order, with no comma: a purpose, as after ", so that"
    ("Fold the top of the diaper down under the belly button every time you change it so that the stump can dry "
     "in the air.",
     "Fold the top of the diaper down under the belly button every time you change it. That way, the stump can dry "
     "in the air."),
    # "X is a condition in which ...": what X is, then what happens in it
    ("Gout is a painful condition in which crystals of uric acid collect inside a joint and make it hot and "
     "swollen for several days.",
     "Gout is a painful condition. In this condition, crystals of uric acid collect inside a joint and make it "
     "hot and swollen for several days."),
]

KEPT = [
    # a list of items separated by semicolons: no part but the first has a verb
    "Bring these to your visit next week if you can find them at home: your insurance card; a list of every medicine "
    "you take; your glasses.",
    "The team that will look after you includes the surgeon who operates on your knee; the nurse on the ward; the "
    "physical therapist.",
    # a fragment after a semicolon leans on the clause before it
    "Take one tablet of the pain medicine every 6 hours with a full glass of water after meals; not more than 4 in a day.",
    # a negation whose list did not close with "or": what follows ", and" may be forbidden too
    "Do not lift the baby by the arms or the legs after the bath in the evening, and carry the baby with both hands.",
    # a participle after an order tells how to do it
    "Stand up slowly from the bed or the chair in the morning, causing no strain on the stitches in your belly.",
    # a participle phrase that closes an aside, with the main clause going on after it
    "The swelling in the leg, causing pain when you walk, usually goes down within a few days of starting the medicine.",
    # "in which" after "is a" with a comma before it: the subject does not open the sentence
    "In adults, a flare is a short period in which the symptoms of the disease come back and then settle again.",
    # "until" + a clause may reach over ", and" as a condition does
    "Do not drive until your doctor says that it is safe again, and a family member should stay in the house with you.",
    # ", who" after a thing, or without a modal: "They" might point at the wrong noun or lose the tense
    "Bring the list of every medicine you take to your visit next week with the pharmacist, who checks that none of "
    "them mix badly.",
    # " so that" after a negation forbids a way of doing it
    "Do not sit in a low soft chair or on the sofa so that your hips are lower than your knees for six weeks.",
    # a pronoun subject: "This is a condition." would say nothing
    "This is a condition in which the tissues at the back of the throat fall shut again and again during the night.",
]


@pytest.mark.parametrize("before, after", SPLITS)
def test_handout_shapes_are_cut(before, after):
    assert shorten(before) == after
    assert not check(before, after, trusted=True)
    assert SPLITTER.propose(Document(after)) == []


@pytest.mark.parametrize("text", KEPT)
def test_handout_shapes_left_alone(text):
    assert shorten(text) == text


def test_a_listed_passive_order_is_said_as_an_order_in_the_same_run():
    # the list's head would be a sentence of its own the next run turns into an order: made now, the
    # first run's output is final
    text = ("Recovery at home\n\nYour doctor should be contacted right away if the wound bleeds through the dressing, "
            "if the leg becomes cold or pale, or if you cannot move your toes, since these may be signs of a problem.\n")
    after = shorten(text)
    assert after == ("Recovery at home\n\nContact your doctor right away if:\n- the wound bleeds through the dressing\n"
                     "- the leg becomes cold or pale\n- you cannot move your toes\n\n"
                     "This is because these may be signs of a problem.\n")
    assert SPLITTER.propose(Document(after)) == []


def test_warning_signs_written_as_whole_phrases_become_a_list():
    # each item is a phrase of its own and an earlier one has its own modifier: "of the lips" is the last one's
    text = ("Call 911 right away if you have growing shortness of breath while resting, chest pain that gets worse "
            "when you cough, new confusion, or a blue colour of the lips.")
    assert shorten(text) == ("Call 911 right away if you have any of these:\n- growing shortness of breath while "
                             "resting\n- chest pain that gets worse when you cough\n- new confusion\n"
                             "- a blue colour of the lips")


@pytest.mark.parametrize("text", [
    # a single word may share the last item's modifier ("pain ... in the calf")
    "Call the clinic if you notice pain, swelling, or redness in the calf of the leg that had surgery.",
    # no item before the last has a modifier of its own: "of the skin" may be every item's
    "Call the clinic if you notice chest pain, leg swelling, or redness of the skin around the cut on your leg.",
])
def test_warning_signs_that_may_share_a_modifier_stay_a_sentence(text):
    assert shorten(text) == text


def test_a_bracket_the_glossary_wrote_in_the_order_does_not_keep_the_conditions_in_one_sentence():
    text = ("Go to the nearest emergency department (emergency room) if your baby is breathing very fast, if the "
            "baby will not feed at all, or if the baby is hard to wake up.")
    assert shorten(text) == ("Go to the nearest emergency department (emergency room) if:\n- your baby is breathing "
                             "very fast\n- the baby will not feed at all\n- the baby is hard to wake up")


@pytest.mark.parametrize("before, after", [
    ("We suggest that you finish every tablet of the antibiotic, even if you feel better after a day or two.",
     "Finish every tablet of the antibiotic, even if you feel better after a day or two."),
    ("I recommend that you walk for 10 minutes after each meal.", "Walk for 10 minutes after each meal."),
    # a negation in the subjunctive is the order's own: "Do not"
    ("We suggest that you not drive for a full day after the procedure.", "Do not drive for a full day after the procedure."),
])
def test_advice_to_you_is_said_as_the_order(before, after):
    assert shorten(before) == after


@pytest.mark.parametrize("text", [
    # no base verb after "that you": the imperative would not read
    "We recommend that you are seen by your doctor within a week of leaving the hospital.",
])
def test_advice_that_is_not_an_order_in_disguise_stays(text):
    assert shorten(text) == text
