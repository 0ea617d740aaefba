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


@pytest.mark.parametrize("mode, source, expected", [
    # after a preposition, in a compound adjective, before "alone": a participle describing a noun
    ("replace", "We studied the pharmacokinetics of orally administered gabapentin (GBP).",
     "We studied the pharmacokinetics (how the body takes in and clears a drug) of by mouth given gabapentin (GBP)."),
    ("replace", "To investigate the effect of the self-administered superficial local hot and cold application.",
     "To look into the effect of the self-given shallow local hot and cold application."),
    ("replace", "The aim is to see if herbs administered alone or as a complementary therapy help.",
     "The aim is to see if herbs given alone or as a complementary therapy help."),
    ("explain", "The aim is to see if herbs administered alone or as a complementary therapy help.",
     "The aim is to see if herbs administered (given) alone or as a complementary therapy help."),
])
def test_participle_describing_a_noun(mode, source, expected):
    assert simplified(source, mode) == expected
    assert simplified(expected, mode) == expected


@pytest.mark.parametrize("source, expected", [
    # "prior to", "via", "through", "until" after the verb tell when or how, as "before" does: "with thiamine
    # administered prior to any dextrose" read "with thiamine gave before any dextrose" (eleventh set)
    ("IV fluids, with thiamine administered prior to any dextrose, may be needed.",
     "IV (into a vein) fluids, with thiamine given before any dextrose, may be needed."),
    ("The fluids administered through the line were warm.", "The fluids given through the line were warm."),
    # a person did it: a past
    ("We administered it prior to surgery.", "We gave it before surgery."),
])
def test_participle_before_a_word_of_time_or_way(source, expected):
    assert simplified(source, "replace") == expected
    assert simplified(expected, "replace") == expected
