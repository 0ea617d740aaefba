"""An order with two conditions, each with its own "if" ("Contact the clinic if A, or if B"), becomes the order
and a bulleted list of the two, as three or more conditions already did; a statement with two conditions stays
a sentence. Sentences from the handout sets, reworded."""

from __future__ import annotations

import pytest

from splitter_helpers import shorten

LISTED = [
    ("Contact the wound clinic if you notice more redness, warmth or swelling around the cut, or if you get a "
     "temperature above 101°F.",
     "Contact the wound clinic if:\n- you notice more redness, warmth or swelling around the cut\n"
     "- you get a temperature above 101°F\n"),
    # the last condition may hold a list of its own
    ("Call your doctor if the swelling in your left leg gets worse despite treatment, or if you notice easy "
     "bruising, nosebleeds, or heavy periods.",
     "Call your doctor if:\n- the swelling in your left leg gets worse despite treatment\n"
     "- you notice easy bruising, nosebleeds, or heavy periods\n"),
    ("Call your doctor or go to the nearest emergency room right away if your wound bleeds through the bandage, "
     "or if you have a fever.",
     "Call your doctor or go to the nearest emergency room right away if:\n- your wound bleeds through the bandage\n"
     "- you have a fever\n"),
]

KEPT = [
    # a statement, not an order
    "Your surgeon may ask you to come back to the clinic earlier if your wound bleeds through the bandage, or if "
    "you have a fever.",
    # a condition with a condition of its own
    "Call your doctor or go to the nearest emergency room if the pain is severe and spreads, or if you feel faint "
    "when you stand up.",
    # no "if" before the second condition: one condition with its own "or"
    "Contact the wound clinic if you notice more redness, warmth or swelling around the cut or a temperature "
    "above 101°F that lasts more than a day.",
]


@pytest.mark.parametrize("text,expected", LISTED)
def test_an_order_with_two_conditions_becomes_a_list(text: str, expected: str) -> None:
    assert shorten(text + "\n") == expected
    assert shorten(expected) == expected


@pytest.mark.parametrize("text", KEPT)
def test_two_conditions_stay_a_sentence(text: str) -> None:
    assert "\n- " not in shorten(text)
