"""Plain words whose head has a clause after it ("pain when pressed") cannot take the "of" phrase that
follows the term: the term stays, with its plain words once in brackets."""

from __future__ import annotations

import pytest

from simplified import simplified
from plainspeak.rewrite.grammar import ends_in_a_clause


def test_plain_words_with_a_clause():
    assert [ends_in_a_clause(p) for p in (
        "pain when pressed", "objects that do not belong in the body", "repair through a large cut",
        "main result measured", "ability to move around",
        "shortness of breath", "list of possible causes", "side effects", "single large dose",
    )] == [True, True, True, True, True, False, False, False, False]


@pytest.mark.parametrize("source, expected", [
    ("- [ ] Swelling or tenderness of the breasts (a known effect of spironolactone)",
     "- [ ] Swelling or tenderness (pain when pressed) of the breasts (a known effect of spironolactone)"),
    ("Pitting edema of both shins now 1+, down from 3+ on admission.",
     "Pitting edema (swelling that keeps a dent) of both shins now 1+, down from 3+ on admission."),
    ("Open surgical repair of AAA is still the gold standard.",
     "Open surgical repair (repair through a large cut) of AAA (bulge in the belly aorta) is still the gold standard."),
    ("The study sought the optimal incubation period of SARS-CoV-2.",
     "The study sought the best incubation period (time between catching a germ and getting sick) of "
     "COVID-19 virus (SARS-CoV-2)."),
    # later mentions keep the term; without "of" the plain words stand in its place
    ("She has tenderness of the breasts. The tenderness of the left breast is worse. There is no other tenderness.",
     "She has tenderness (pain when pressed) of the breasts. The tenderness of the left breast is worse. "
     "There is no other pain when pressed."),
])
def test_no_of_after_a_clause(source, expected):
    assert simplified(source, "replace") == expected
    assert simplified(expected, "replace") == expected
