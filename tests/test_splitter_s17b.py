"""Splitter rules of the second s17 round, through the whole simplifier: an order in the passive said as
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

KEPT = [
    # ", and never" + a place: what the order is not to be done in, with no verb of its own
    ("Spare batteries should be stored in a cool, dry drawer at room temperature, and never in a hot car or near "
     "the stove.",
     "Store spare batteries in a cool, dry drawer at room temperature, and never in a hot car or near the stove."),
    "Keep the spare batteries in a cool, dry drawer at room temperature, and never in a hot car or near the stove.",
    "Keep the spare batteries in a cool, dry drawer at room temperature, and do not in any case put them near a stove.",
]


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
