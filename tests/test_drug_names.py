"""Drug names are never jargon and never rewritten: patients know their medicines by name. Names are
recognised by a list of common ones and by the shared endings of generic names (the USAN stems)."""
from __future__ import annotations

import pytest

from plainspeak.lexicon import is_drug_name


@pytest.mark.parametrize("name", [
    "hydroxyzine", "promethazine", "chlorpromazine", "prochlorperazine", "perphenazine", "hydralazine",
    "buspirone", "pregabalin", "anastrozole", "letrozole", "levodopa", "carbidopa", "fexofenadine", "nintedanib",
    "amiodarone", "dronedarone", "clobazam", "terbinafine", "donepezil", "tamoxifen", "raloxifene",
    "hydrocortisone", "chlorpheniramine", "tamsulosin", "doxazosin",
])
def test_generic_names_are_drug_names_by_their_stem_or_the_list(name):
    assert is_drug_name(name)


@pytest.mark.parametrize("word", ["magazine", "cephalic", "dopamine", "hydrazine", "cortisol", "tension"])
def test_everyday_and_body_words_are_not_drug_names(word):
    assert not is_drug_name(word)


def test_drug_names_are_not_flagged_and_the_rewrite_leaves_them(engine):
    # "tartrate" and "insulin" are flag-only glossary entries (explained, never swapped); the names are not jargon
    text = "Continue metoprolol tartrate 25 mg, insulin glargine 10 units, and hydroxyzine 25 mg at night for itching."
    assert [(f.text, f.kind) for f in engine.analyze(text).findings] == [("tartrate", "term"), ("insulin", "term")]
    assert engine.simplify(text).text == text
