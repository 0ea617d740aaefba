"""A formal verb that takes an object, with a noun before it and the clause ending right after it, is a
participle after its noun (a passive without "was"): its plain verb takes the participle form, never the
past ("with the securement device provided," -> "given", never "gave"). Where that form would read as
no passive ("gotten"), the formal word stays ("after cultures obtained")."""

from __future__ import annotations

import pytest

from simplified import simplified
from plainspeak.rewrite.grammar import CLAUSE_END, verb_form


@pytest.mark.parametrize("previous, form", [("device", "participle"), ("we", "past"), ("and", "past"),
                                            ("as", "past")])
def test_an_object_verb_ending_its_clause_after_a_noun_is_a_participle(previous, form):
    assert verb_form("provided", previous, CLAUSE_END, takes_object=True) == form


@pytest.mark.parametrize("mode", ["replace", "explain"])
@pytest.mark.parametrize("source, expected", [
    ("Secure it to the upper thigh with the securement device provided, alternating sides each day.",
     "Secure it to the upper thigh with the securement device given, alternating sides each day."),
    ("Diagnosis was confirmed on CT scan, plication and mesh repair performed.",
     "Diagnosis was confirmed on CT scan, plication and mesh repair done."),
    # the second pass reads the noun before the bracket the first pass wrote
    ("Antibiotics were started after cultures obtained.",
     "Antibiotics were started after cultures (lab tests to grow germs) obtained."),
    # a person did it: a past
    ("Keep the tablets we provided.", "Keep the tablets we gave."),
])
def test_participle_after_its_noun(mode, source, expected):
    assert simplified(source, mode) == expected
    assert simplified(expected, mode) == expected
