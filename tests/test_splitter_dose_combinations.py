"""A dose after a cut may stand with "it" for its medicine only when the sentence names one medicine: a
combination written with a slash ("budesonide/formoterol 160/4.5 mcg") is one product, one inhaler, so "it"
points back to it; two medicines joined by "and" still leave "it" open."""

from __future__ import annotations

import pytest


from splitter_helpers import assert_cut, shorten

SPLITS = [
    ("The daily inhaler, budesonide/formoterol 160/4.5 mcg, is an inhaled corticosteroid (steroid inhaler) combined "
     "with a long-acting bronchodilator (airway-opening medicine), and it is to be taken as 2 puffs twice daily, every "
     "day, regardless of whether symptoms are present, because its benefit accrues slowly over several weeks.",
     "The daily inhaler, budesonide/formoterol 160/4.5 mcg, is an inhaled corticosteroid (steroid inhaler) combined "
     "with a long-acting bronchodilator (airway-opening medicine). Take it as 2 puffs twice daily, every "
     "day, regardless of whether symptoms are present, because its benefit accrues slowly over several weeks."),
]

KEPT = [
    # two medicines: "it" and its dose could be either one's
    "Aspirin 81 mg and clopidogrel 75 mg are taken together after the stent is placed, and it is to be taken as "
    "2 tablets twice daily with food for the first month.",
    "Your inhaler holds budesonide 160 mcg and formoterol 4.5 mcg in one puff, and it is to be taken as 2 puffs "
    "twice daily, every day, even when you feel well.",
    # a slash with no combined strength may join two pills
    "Dual therapy with aspirin/clopidogrel is advised for a year after the stent is placed, and it is to be taken as "
    "2 tablets each morning with food.",
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_cut(text, expected):
    assert_cut(text, expected, guarded=True)


@pytest.mark.parametrize("text", KEPT)
def test_kept_whole(text):
    assert shorten(text) == text
