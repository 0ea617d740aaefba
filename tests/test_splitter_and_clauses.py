"""Two clauses joined by ", and", the second with a long subject of its own and "has been" or a name
with a number in it ("vitamin B12"): cut into two sentences (issue 6); a fronted concession stays."""

from __future__ import annotations

import pytest

from splitter_helpers import assert_cut, shorten

CUT = [
    ("Metformin may need to be temporarily withheld before procedures involving iodinated contrast dye (CT dye), "
     "and periodic monitoring of kidney function and vitamin B12 levels will be done.",
     "Metformin may need to be temporarily withheld before procedures involving iodinated contrast dye (CT dye). "
     "Periodic monitoring of kidney function and vitamin B12 levels will be done."),
    ("Substance P has been implicated as a mediator of pain, and loss of this nerve signal chemical has been shown "
     "to reduce pain.",
     "Substance P has been implicated as a mediator of pain. Loss of this nerve signal chemical has been shown to "
     "reduce pain."),
]

KEPT = [
    # the concession opens a clause whose main part comes after its comma: nothing to cut off
    "But in the current status of lab medicine, although blood pressure measurement has been used for a long "
    "time, not many tests contribute well enough to the later diagnosis and treatment.",
]


@pytest.mark.parametrize("text, expected", CUT)
def test_a_second_clause_with_its_own_subject_is_cut(text, expected):
    assert_cut(text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_an_open_clause_is_not_cut(text):
    assert shorten(text) == text
