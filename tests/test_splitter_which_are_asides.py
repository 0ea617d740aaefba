"""An aside in the middle that says what a plural subject is, with "which are" ("The parathyroid glands (...),
which are 4 small glands ..., may be affected" -> "... are 4 small glands .... They may be affected"), and a
subject with a bracket before a singular "which is a ..." aside."""

from __future__ import annotations

import pytest

from splitter_helpers import assert_cut, shorten

SPLITS = [
    ("The parathyroid glands (small glands near the thyroid), which are 4 small glands found next to the thyroid "
     "that regulate the level of calcium in the blood, may be temporarily affected during surgery.",
     "The parathyroid glands (small glands near the thyroid) are 4 small glands found next to the thyroid "
     "that regulate the level of calcium in the blood. They may be temporarily affected during surgery."),
    ("The tonsils, which are two pads of tissue at the back of the throat, can swell and become sore during an "
     "infection.",
     "The tonsils are two pads of tissue at the back of the throat. They can swell and become sore during an "
     "infection."),
    # a bracket after a singular subject is the subject's own
    ("Croup (laryngotracheobronchitis), which is a common viral infection of the voice box, usually gets better "
     "within three to five days at home.",
     "Croup (laryngotracheobronchitis) is a common viral infection of the voice box. It usually gets better "
     "within three to five days at home."),
    # the main clause goes on after the aside: never ". This is a ...", which would leave "may continue" behind
    ("Your bleeding (lochia), which is a normal part of healing after the birth, may continue for up to 6 weeks "
     "after your baby is born.",
     "Your bleeding (lochia) is a normal part of healing after the birth. It may continue for up to 6 weeks "
     "after your baby is born."),
]

KEPT = [
    # a negation in the aside: it says how the subject is, not what it is
    "Your kidneys, which are not working as well as they should, may need medicine changes over the coming months.",
    # people are no "They" of a "which"
    "The nurses, which are on the ward all night long, will check the drain every four hours until the morning.",
    # a verb in -s cannot follow a plural "They"
    "The stents, which are small mesh tubes placed in the artery, keeps the vessel open for a long time afterwards.",
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_cut(text, expected):
    assert_cut(text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_kept_whole(text):
    assert shorten(text) == text
