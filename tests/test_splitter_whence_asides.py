""", during which / after which" with commas of its own in the clause, and ", at which time": cut when the
main clause before is whole and nothing after a comma in the clause can go back to it (a verb, an order, a
link to another clause, a condition, a clause of its own). Sentences from the handout sets, reworded."""

from __future__ import annotations

import pytest

from plainspeak.rewrite.guard import check

from splitter_helpers import assert_cut, shorten

CHANGED = [
    ("You have had a kidney biopsy in the radiology unit today, during which 2 small samples were taken from the "
     "kidney using ultrasound, usually from the lower part, to find out what is causing the protein in your urine.",
     "You have had a kidney biopsy in the radiology unit today. During this, 2 small samples were taken from the "
     "kidney using ultrasound, usually from the lower part, to find out what is causing the protein in your urine."),
    # adjectives of the clause's subject may have a comma between them
    ("This morning you had a camera test of the stomach and the upper bowel, during which a thin, flexible tube was "
     "passed through the mouth and small samples were taken.",
     "This morning you had a camera test of the stomach and the upper bowel. During this, a thin, flexible tube was "
     "passed through the mouth and small samples were taken."),
    ("Your next visit with the hand surgeon is planned for 10 days after the operation, at which time the stitches "
     "will be taken out and the wound will be checked.",
     "Your next visit with the hand surgeon is planned for 10 days after the operation. At that time, the stitches "
     "will be taken out and the wound will be checked."),
]

KEPT = [
    # a clause of its own after a comma in the aside (the main clause's, or a comma splice)
    "You had an angiogram of the legs this morning, during which a thin tube was passed up the groin artery, dye "
    "was injected to see any narrowing.",
    # a condition after a comma may reach back over the cut
    "The drain is expected to stay in place for about 7 days, after which it will be taken out at the clinic, "
    "unless the fluid has stopped before then.",
    # a link to another clause after a comma
    "You will need to rest at home for the first 2 weeks, during which heavy lifting is not allowed, then slowly go "
    "back to your usual activities.",
    # no whole main clause before the aside
    "The first 2 weeks after the operation, during which the wound heals, are the hardest part of the recovery.",
]


@pytest.mark.parametrize("text,expected", CHANGED)
def test_whence_asides_with_commas_are_cut(text: str, expected: str) -> None:
    assert_cut(text, expected)
    assert not check(text, expected, trusted=True)


@pytest.mark.parametrize("text", KEPT)
def test_whence_asides_that_may_go_back_stay(text: str) -> None:
    assert shorten(text) == text
