"""Splitter rules through the whole simplifier: an order in the passive said as
an order before the cuts are looked for (so a second run finds nothing more to cut), no fragment after
", and never" / ", and do not", and no series of orders read into adjectives ("a cool, dry drawer").
Each test pins the exact output of `Simplifier().simplify(text).text` on invented sentences, that a
second run leaves it as it is, and the sentences that must not be cut.
"""

from __future__ import annotations

import pytest

import plainspeak
from plainspeak.rewrite.guard import check

ENGINE = plainspeak.Simplifier()


def simplify(text: str) -> str:
    return ENGINE.simplify(text).text


SPLITS = [
    # the passive order is said as an order first, and the order then takes the cut a second run would make
    ("The bandage should be kept clean and dry for the first two days after your surgery, and change it if it gets "
     "wet or dirty.",
     "Keep the bandage clean and dry for the first two days after your surgery. Change it if it gets wet or dirty."),
    # ", and never" + a verb after an order is an order of its own
    ("Keep the spare batteries in a cool, dry drawer at room temperature, and never leave them in a hot car or near "
     "the stove.",
     "Keep the spare batteries in a cool, dry drawer at room temperature. Never leave them in a hot car or near the "
     "stove."),
    # a series of three orders, "dry" among them with its object
    ("Wash the skin around the tube with warm soapy water, dry it with a clean towel, and check the skin for redness "
     "every day.",
     "Wash the skin around the tube with warm soapy water. Dry it with a clean towel. Check the skin for redness every "
     "day."),
]

SPLITS += [
    # an inverted condition said with "if", each of its parts, the verb agreeing with the subject
    ("Should the swelling in your ankle continue past 3 days despite rest and ice, or should it spread up toward "
     "your knee, an ultrasound scan may be ordered by your doctor.",
     "If the swelling in your ankle continues past 3 days despite rest and ice, or if it spreads up toward your "
     "knee, an ultrasound scan may be ordered by your doctor."),
    # the head noun comes before "of"; ", in which case" names the condition, so an opening "if" reaches over it
    ("Should a dose of the eye drops be missed, use it as soon as you remember, unless the next dose is due within 2 "
     "hours, in which case you should skip the missed dose.",
     "If a dose of the eye drops is missed, use it as soon as you remember, unless the next dose is due within 2 "
     "hours. In that case, you should skip the missed dose."),
    ("Should your symptoms not improve within 2 days of starting the tablets, call the clinic and ask to speak with "
     "the nurse.",
     "If your symptoms do not improve within 2 days of starting the tablets, call the clinic and ask to speak with the "
     "nurse."),
    # a cause at the end of a long sentence: "This is due to" / "This is because of"
    ("Your follow-up visit has been moved from Monday morning to the following Thursday afternoon at the clinic, due "
     "to a problem with the scanner.",
     "Your check-up has been moved from Monday morning to the following Thursday afternoon at the clinic. This is due "
     "to a problem with the scanner."),
    ("Young children should not be given this cough syrup for a cold or the flu at any time, because of the risk of "
     "slowed breathing.",
     "Young children should not be given this cough syrup for a cold or the flu at any time. This is because of the "
     "risk of slowed breathing."),
    # a reason with no comma before it
    ("Your stitches will be taken out at the clinic on the tenth day after the surgery because they do not dissolve "
     "on their own.",
     "Your stitches will be taken out at the clinic on the tenth day after the surgery. This is because they do not "
     "dissolve on their own."),
    # ", as" + what something is: a reason
    ("Keep the pouch of cat treats on a high shelf in a closed cupboard away from the dog, as it is toxic to pets.",
     "Keep the pouch of cat treats on a high shelf in a closed cupboard away from the dog. This is because it is toxic "
     "to pets."),
    # ", when" after a time that ends in its number
    ("Throat pain after the surgery is often at its very worst for children between days 5 and 7, when the white "
     "scabs start to come off.",
     "Throat pain after the surgery is often at its very worst for children between days 5 and 7. This is when the "
     "white scabs start to come off."),
]

KEPT = [
    # ", and never" + a place: what the order is not to be done in, with no verb of its own
    ("Spare batteries should be stored in a cool, dry drawer at room temperature, and never in a hot car or near "
     "the stove.",
     "Store spare batteries in a cool, dry drawer at room temperature, and never in a hot car or near the stove."),
    "Keep the spare batteries in a cool, dry drawer at room temperature, and never in a hot car or near the stove.",
    "Keep the spare batteries in a cool, dry drawer at room temperature, and do not in any case put them near a stove.",
]


KEPT += [
    # a negation may deny the reason, not the verb
    "Do not stop taking the tablets on your own before the end of the course because you start to feel a lot better.",
    # a time clause before the reason: the reason may be the time clause's
    "Call the clinic on the day after the drain comes out because the skin around it may need to be checked again.",
    # ", as it is" + a participle tells a manner; "as you are able" a measure
    "Take the tablets with a full glass of water at the same time each morning and evening, as it is written on the box.",
    ("Walk a little further each day after the surgery and rest between the walks, as you are able to do it without pain.",
     "Walk a little further each day after the surgery and rest between the walks, as you can do it without pain."),
    # a condition before the cause: the cause may be the rash's
    "Stop the cream and call us if you get a rash on your arms or your legs, due to the chance of an allergy to the cream.",
    # the head noun does not tell whether the verb takes "-s"
    "Should the illness come back within 2 weeks of the last dose of the antibiotic, call the clinic so that a sample "
    "can be taken.",
    # a question, not a condition
    "Should you take the tablets with food, or should you take them on an empty stomach before breakfast each day?",
    # a list of what the child does whose last item may reach back over all of them
    "Call the clinic if your child coughs at night, wakes up short of breath, or wheezes after playing outside in the cold.",
    # "in" after a word in -s: a plural noun as often ("aches in the legs")
    "Call the clinic if your baby sleeps much more than usual, does not wet a diaper in 8 hours, or cries in a weak voice.",
]


def test_an_order_for_what_one_person_does_becomes_a_list():
    text = ("Call the clinic if your baby sleeps much more than usual, does not wet a diaper in 8 hours, or cries much "
            "more than usual.\n")
    assert simplify(text) == (
        "Call the clinic if your baby:\n"
        "- sleeps much more than usual\n"
        "- does not wet a diaper in 8 hours\n"
        "- cries much more than usual\n"
    )
    assert simplify(simplify(text)) == simplify(text)


@pytest.mark.parametrize("text, expected", SPLITS)
def test_splits(text, expected):
    assert simplify(text) == expected
    assert simplify(expected) == expected
    assert check(text, expected, trusted=True) == []


@pytest.mark.parametrize("case", KEPT)
def test_kept(case):
    text, expected = case if isinstance(case, tuple) else (case, case)
    assert simplify(text) == expected
    assert simplify(expected) == expected


def test_a_list_ends_its_paragraph_with_a_blank_line():
    # the paragraph went on on the next line, which Markdown read as more of the last item
    text = ("Your treatment may include a diuretic, a beta blocker, and an ACE inhibitor.\n"
            "Take every medicine exactly as your care team prescribed it.\n")
    assert plainspeak.Simplifier().simplify(text).text == (
        "Your treatment may include:\n- a diuretic (water pill)\n- a beta blocker (heart and blood pressure medicine)\n"
        "- an ACE inhibitor (blood pressure medicine)\n\nTake every medicine exactly as your care team prescribed it.\n")
