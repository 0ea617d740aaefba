"""Orders whose verb is rarely a noun at the start of a sentence ("Prime the pen", "Install grab bars", "Strain
your urine") are orders: a series of them, or two joined by ", and", is cut one order a sentence. Sentences
from the handout sets, reworded."""

from __future__ import annotations

import pytest

from plainspeak.rewrite.guard import check

from splitter_helpers import assert_cut

CHANGED = [
    ("Attach a new needle to the pen before every shot, and prime the pen with 2 units to make sure that insulin comes "
     "out of the needle.",
     "Attach a new needle to the pen before every shot. Prime the pen with 2 units to make sure that insulin comes "
     "out of the needle."),
    ("Take away loose mats and cords, install grab bars next to the toilet, keep a night light on in the hall, and "
     "wear shoes with nonslip soles.",
     "Take away loose mats and cords. Install grab bars next to the toilet. Keep a night light on in the hall. "
     "Wear shoes with nonslip soles."),
    ("Strain all of your urine through the strainer that the nurse gave you, and bring any stone that you find to "
     "your next visit.",
     "Strain all of your urine through the strainer that the nurse gave you. Bring any stone that you find to "
     "your next visit."),
]


@pytest.mark.parametrize("text,expected", CHANGED)
def test_more_orders_are_cut(text: str, expected: str) -> None:
    assert_cut(text, expected)
    assert not check(text, expected, trusted=True)
