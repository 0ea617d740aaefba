"""A term that stands bare (a condition: "treated for cellulitis") and plain words whose head noun counts
("skin infection"): the plain words take "a" ("treated for a skin infection (cellulitis)"), before an adjective
that stands between ("for a severe skin infection"). Not after a determiner, a possessive or a number, not
in the plural, not before a noun the term describes, and never for a part of the body or a lab value."""

from __future__ import annotations

import pytest

from simplified import simplified
from plainspeak.rewrite.grammar import needs_an_article


def test_plain_words_whose_head_counts():
    assert [needs_an_article(p) for p in (
        "skin infection", "condition with extreme mood swings", "irregular heartbeat", "high blood pressure",
        "no germ growth", "a germ that causes lung infections", "heart disease", "blood clots in the lung",
    )] == [True, True, True, False, False, False, False, False]


@pytest.mark.parametrize("source, expected", [
    ("You have been diagnosed with cellulitis. Keep the leg raised.",
     "You have been diagnosed with a skin infection (cellulitis). Keep the leg raised."),
    ("Walking lowers the risk of deep vein thrombosis (DVT) and pneumonia.",
     "Walking lowers the risk of a deep vein blood clot (deep vein thrombosis, or DVT) and pneumonia (lung infection)."),
    ("Hx of DVT of the left leg, on apixaban.", "History of a deep vein blood clot (DVT) of the left leg, on apixaban."),
    ("Admitted with RVR.", "Admitted with a very fast heartbeat."),
    ("Aspirin in children is linked to Reye syndrome, a rare illness.",
     "Aspirin in children is linked to Reye syndrome, a rare illness."),
    ("He was treated for cellulitis last year.", "He was treated for a skin infection (cellulitis) last year."),
    # bare, but before a noun it describes, or in the plural: no article
    ("Pneumonia risk rises with age.", "Pneumonia (lung infection) risk rises with age."),
    ("She had two abscesses drained.", "She had two pockets of pus (abscesses) drained."),
    # a lab value is a measure: no "a"
    ("HS is linked to serum creatinine (SCr) in men.", "HS is linked to kidney waste marker (serum creatinine, or SCr) in men."),
])
def test_a_bare_term_gets_its_article(source, expected):
    assert simplified(source, "replace") == expected
    assert simplified(expected, "replace") == expected


def test_a_bare_term_in_explain_mode():
    # the term comes first: it stays bare; a later mention's plain words take the article
    source = "Walking lowers the risk of deep vein thrombosis (DVT)."
    assert simplified(source, "explain") == \
        "Walking lowers the risk of a deep vein blood clot (deep vein thrombosis, or DVT)."


@pytest.mark.parametrize("source, expected", [
    ("Use albuterol, 2 puffs via metered-dose inhaler with a spacer.",
     "Use albuterol, 2 puffs through a spray inhaler (metered-dose inhaler) with a holding tube for an inhaler (spacer)."),
    # "growth" is also cells multiplying: never "a growth"
    ("It slows the rate of proliferation.", "It slows the rate of growth."),
])
def test_after_via_and_not_for_growth(source, expected):
    assert simplified(source, "replace") == expected


@pytest.mark.parametrize("source, expected", [
    # an adjective between: the article goes before it
    ("He was treated for severe cellulitis.", "He was treated for a severe skin infection (cellulitis)."),
    ("There is a history of immediate hypersensitivity reaction to penicillin.",
     "There is a history of an immediate allergic reaction to penicillin."),
    # an adjective that may be a noun ("acute"), or that the glossary rewrites itself: left as it was
    ("He was treated for acute cellulitis.", "He was treated for sudden skin infection (cellulitis)."),
])
def test_the_article_goes_before_an_adjective(source, expected):
    assert simplified(source, "replace") == expected
    assert simplified(expected, "replace") == expected
