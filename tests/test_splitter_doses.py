"""The sentence splitter in sentences that hold a dose: cut only where each dose stays in the sentence
that names its medicine (with its frequency, which comes before the cut), and a second run proposes
nothing."""

from __future__ import annotations

import pytest


from splitter_helpers import assert_cut, shorten



SPLITS = [
    # the dose and its frequency stay before the cut; what follows names no dose
    ("Take 2 tablets of 500 mg every 6 hours as needed for pain; call us if the pain is not better after three days of treatment.",
     "Take 2 tablets of 500 mg every 6 hours as needed for pain. Call us if the pain is not better after three days of treatment."),
    ("You have been prescribed metoprolol 50 mg by mouth daily, which should be taken at about the same time each day; "
     "do not stop this medicine all at once.",
     # (the new sentence's passive order is said as an order: splitting/orders.py)
     "You have been prescribed metoprolol 50 mg by mouth daily. Take it at about the same time each day. "
     "Do not stop this medicine all at once."),
    # a later dose in a piece that points back at the only medicine named
    ("Sumatriptan 50 mg by mouth at the start of a headache; a second dose may be taken after 2 hours if the headache "
     "comes back, up to 200 mg in 24 hours.",
     "Sumatriptan 50 mg by mouth at the start of a headache. A second dose may be taken after 2 hours if the headache "
     "comes back, up to 200 mg in 24 hours."),
    # each dose with its own medicine
    ("Take aspirin 81 mg by mouth every morning with your breakfast; you should take clopidogrel 75 mg at the same time each day with water.",
     "Take aspirin 81 mg by mouth every morning with your breakfast. You should take clopidogrel 75 mg at the same time each day with water."),
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_dose_sentence_cut_where_each_dose_keeps_its_medicine(text, expected):
    assert_cut(text, expected, guarded=True)


UNCHANGED = [
    # the second dose would stand in a sentence with no medicine
    "Take metformin 500 mg by mouth with your breakfast every morning, and take 500 mg by mouth with your evening meal each day.",
    # "the dose" could be either medicine's
    "Take aspirin 81 mg and clopidogrel 75 mg by mouth every morning with food; the dose may be raised to 150 mg after your next blood test.",
    # the dose before the cut would lose the medicine named after it
    "Take 500 mg by mouth every morning with a full glass of water; metformin may upset your stomach when you take it without food.",
    # a series of orders is not cut in a dose sentence (its pieces are not read for doses)
    "Take 1 tablet of 5 mg with a full glass of water, sit upright for at least thirty minutes, and eat your breakfast only after that time.",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_dose_sentence_not_cut_where_a_dose_would_lose_its_medicine(text):
    assert shorten(text) == text
