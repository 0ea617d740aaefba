"""Passive orders with the verbs a reader does to a tube, a dressing, a bottle or a pill ("The tube should
be flushed" -> "Flush the tube"), a manner adverb after "be" ("should be gently patted dry" -> "Gently pat
... dry"), and a passive left whole when one of its later participles cannot be said as an order ("...,
rinsed well, and allowed to air dry", "and then removed"). Sentences from the handout sets, reworded."""

from __future__ import annotations

import pytest

from plainspeak.rewrite.guard import check

from splitter_helpers import assert_cut, shorten

CHANGED = [
    ("The feeding tube should be flushed with 30 mL of water after each meal.",
     "Flush the feeding tube with 30 mL of water after each meal."),
    ("The tablet should not be crushed or chewed.", "Do not crush or chew the tablet."),
    ("The insulin bottle must be shaken gently before each use.", "Shake the insulin bottle gently before each use."),
    ("Used needles must be placed in the sharps container.", "Place used needles in the sharps container."),
    ("The nozzle of the tube should not be allowed to touch the skin.", "Do not allow the nozzle of the tube to touch the skin."),
    ("A gap of 5 minutes should be allowed between the two sprays.", "Allow a gap of 5 minutes between the two sprays."),
    ("Injection sites should be rotated at least 1 inch from the last one.",
     "Rotate injection sites at least 1 inch from the last one."),
    ("Blisters should not be scratched or opened.", "Do not scratch or open blisters."),
    ("It should not be combined with other cold medicines.", "Do not combine it with other cold medicines."),
    ("Water should be sipped slowly through the day.", "Sip water slowly through the day."),
    ("When showering, the cast should be covered with a plastic bag.", "When showering, cover the cast with a plastic bag."),
    # a manner adverb after "be" opens the order
    ("The skin should be gently patted dry.", "Gently pat the skin dry."),
    ("The stoma should be carefully wiped with warm water.", "Carefully wipe the stoma with warm water."),
    # "allowed to" after "and" takes its object again: never "and allow to warm"
    ("Before each injection, the pen should be removed from the fridge and allowed to warm for 15 minutes.",
     "Before each injection, remove the pen from the fridge and allow it to warm for 15 minutes."),
]

KEPT = [
    # a later participle the order would not say: the passive stays whole (never "..., rinsed well, and allow to")
    "The cup and the lid should be washed in warm soapy water, rinsed well, and allowed to dry in the air.",
    "The pen must be held against the thigh for 10 seconds and then removed.",
    # a negation with a manner adverb: left as written
    "The wound should not be gently rubbed with a towel.",
    # the doer is named
    "The tube should be flushed by your nurse every week.",
    # a person is not the thing acted on (a child in the reader's care is, with a verb of its care: see
    # test_splitter_orders_s22.py)
    "The patient should be placed on his back to sleep.",
]


@pytest.mark.parametrize("text,expected", CHANGED)
def test_reader_verbs_said_as_orders(text: str, expected: str) -> None:
    assert_cut(text, expected)
    assert not check(text, expected, trusted=True)


@pytest.mark.parametrize("text", KEPT)
def test_passives_left_whole(text: str) -> None:
    assert shorten(text) == text


# a listed subject whose last item, after "and" / "or", is longer than the others but has no verb of its own
LONG_LAST_ITEM = [
    ("Heavy lifting, hard exercise, and bending over with the head below the waist should be avoided for 2 weeks.",
     "Avoid heavy lifting, hard exercise, and bending over with the head below the waist for 2 weeks."),
    ("Black stools, red urine, or vomiting of material looking like coffee grounds should be reported right away.",
     "Report black stools, red urine, or vomiting of material looking like coffee grounds right away."),
]

LONG_LAST_ITEM_KEPT = [
    # the last part has a verb of its own: no list
    "Heavy lifting, hard exercise, and anything that makes you strain should be avoided for 2 weeks.",
]


@pytest.mark.parametrize("text,expected", LONG_LAST_ITEM)
def test_a_long_last_item_keeps_the_list(text: str, expected: str) -> None:
    assert_cut(text, expected)
    assert not check(text, expected, trusted=True)


@pytest.mark.parametrize("text", LONG_LAST_ITEM_KEPT)
def test_a_last_item_with_a_verb_stays(text: str) -> None:
    assert shorten(text) == text
