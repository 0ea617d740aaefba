"""A bracket the glossary wrote with a link inside ("(deep vein thrombosis, or DVT)") is no part of a reason's
shape: its ", or" does not make the reason go back to the clause before the cut. Sentences from the handout
sets, reworded."""

from __future__ import annotations

import pytest

from plainspeak.rewrite.guard import check

from splitter_helpers import assert_cut, shorten

CHANGED = [
    ("Short walks are strongly advised on the day after surgery, as frequent walking lowers the risk of a deep vein "
     "blood clot (deep vein thrombosis, or DVT).",
     "Short walks are strongly advised on the day after surgery. This is because frequent walking lowers the risk of "
     "a deep vein blood clot (deep vein thrombosis, or DVT)."),
    ("Call 911 right away if you get sudden chest pain or shortness of breath, as these may show a blood clot in the "
     "lung (pulmonary embolism, or PE).",
     "Call 911 right away if you get sudden chest pain or shortness of breath. This is because these may show a blood "
     "clot in the lung (pulmonary embolism, or PE)."),
]

KEPT = [
    # a link outside the bracket still goes back to the order before the cut
    "Limit salt in your food, because it raises your blood pressure (hypertension, or HTN), and eat more fruit.",
]


@pytest.mark.parametrize("text,expected", CHANGED)
def test_a_bracketed_link_is_no_link_of_the_reason(text: str, expected: str) -> None:
    assert_cut(text, expected)
    assert not check(text, expected, trusted=True)


@pytest.mark.parametrize("text", KEPT)
def test_a_link_outside_the_bracket_still_goes_back(text: str) -> None:
    assert "This is because it raises" not in shorten(text)
