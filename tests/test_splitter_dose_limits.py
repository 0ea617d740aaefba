"""A piece after a cut may carry a dose when it opens by pointing back at the only medicine its sentence names:
besides "it" and "the dose", a dose of the same medicine ("a reduced dose of 2.5 mg") and a limit ("no more than
1.8 mg", "do not exceed 1.8 mg"). With two medicines named, the limit could be either one's: no cut."""

from __future__ import annotations

import pytest

from plainspeak.rewrite.guard import check

from splitter_helpers import shorten

SPLITS = [
    ("Colchicine 1.2 mg (two 0.6 mg tablets) should be taken at the first sign of a flare, followed by 0.6 mg one "
     "hour later; no more than 1.8 mg should be taken during the first hour.",
     "Colchicine 1.2 mg (two 0.6 mg tablets) should be taken at the first sign of a flare, followed by 0.6 mg one "
     "hour later. No more than 1.8 mg should be taken during the first hour."),
    ("Take colchicine 1.2 mg by mouth right away, followed by 0.6 mg one hour later; do not exceed 1.8 mg within the "
     "first 12 hours.",
     "Take colchicine 1.2 mg by mouth right away, followed by 0.6 mg one hour later. Do not exceed 1.8 mg within the "
     "first 12 hours."),
    ("Apixaban is a blood thinner pill that is usually taken at a dose of 5 mg 2 times a day, about 12 hours apart; "
     "a reduced dose of 2.5 mg 2 times a day is used in certain patients based on age, body weight, and kidney function.",
     "Apixaban is a blood thinner pill that is usually taken at a dose of 5 mg 2 times a day, about 12 hours apart. "
     "A reduced dose of 2.5 mg 2 times a day is used in certain patients based on age, body weight, and kidney function."),
]

KEPT = [
    # two medicines: the limit, the reduced dose could be either one's
    "Take aspirin 81 mg and clopidogrel 75 mg by mouth every morning with your food; no more than 150 mg should be "
    "taken in a single day.",
    "Take aspirin 81 mg and clopidogrel 75 mg by mouth every morning with your food; a reduced dose of 50 mg may be "
    "used in older patients.",
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_cut(text, expected):
    assert shorten(text) == expected
    assert not check(text, expected, trusted=True)
    assert shorten(expected) == expected  # a second run changes nothing


@pytest.mark.parametrize("text", KEPT)
def test_kept_whole(text):
    assert shorten(text) == text
