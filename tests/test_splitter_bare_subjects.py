"""One subject with two verbs, cut as two sentences ("X is A and may B" -> "X is A. It may B"), when the
subject has no determiner ("Throat pain", "Low blood sugar") or opens with "this" / "these"; and never
when the second verb belongs to a clause opened between the two ("is advised, as it improves X and
lowers Y": the reason's verbs, which a cut would part from their "as")."""

from __future__ import annotations

import pytest

from splitter_helpers import assert_cut, shorten

SPLITS = [
    ("Throat pain is often worst between days 3 and 7 after the operation and may come with ear pain, bad breath, "
     "and white patches at the back of the throat.",
     "Throat pain is often worst between days 3 and 7 after the operation. It may come with ear pain, bad breath, "
     "and white patches at the back of the throat."),
    ("Low blood sugar is defined as a reading below 70 mg/dL and may come with shaking, sweating, a racing heart, "
     "confusion or feeling cross.",
     "Low blood sugar is defined as a reading below 70 mg/dL. It may come with shaking, sweating, a racing heart, "
     "confusion or feeling cross."),
    ("Discomfort in the left shoulder is common for the first 2 to 3 days and is caused by the gas that was used "
     "to fill the belly during surgery.",
     "Discomfort in the left shoulder is common for the first 2 to 3 days. It is caused by the gas that was used "
     "to fill the belly during surgery."),
    # "the same ... as" compares: no clause opens at its "as"
    ("A healed wound may not have the same strength as normal skin for many months and may be prone to open again.",
     "A healed wound may not have the same strength as normal skin for many months. It may be prone to open again."),
    ("These support stockings are worn on both legs during the day for the first 6 weeks and should be taken off "
     "at night.",
     # (the passive order after the cut is then said as an order)
     "These support stockings are worn on both legs during the day for the first 6 weeks. Take them off at night."),
]

KEPT = [
    # the second verb is the reason's: "as it improves X and lowers Y"
    "Gentle walking is advised after the operation, as it improves blood flow and lowers the risk of clots in the legs.",
    "A short walk is advised each day after surgery, as it improves blood flow and lowers the risk of clots in the legs.",
    # an order, not a subject
    "Keep the bandage dry for two days after the operation and change it if it gets wet or dirty at any time.",
    # a person would become "It"
    "Nurses are trained to check the wound at every visit and will tell you when the stitches can come out.",
    # a preposition opens the sentence: no subject there
    "After surgery the wound is often sore for a few days and may feel tight when you bend your knee fully.",
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_bare_subject_with_two_verbs_is_cut(text, expected):
    assert_cut(text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_kept_whole(text):
    assert shorten(text) == text
