"""A formal verb after "not" or "never" is a participle ("was not performed"): its plain verb takes the
participle form too, never the past ("was not did")."""

from __future__ import annotations

import pytest

import plainspeak
from plainspeak.rewrite.grammar import verb_form


@pytest.mark.parametrize("previous, form", [("not", "participle"), ("never", "participle"), ("was", "participle"),
                                            ("nurse", "past")])
def test_a_past_form_after_not_is_a_participle(previous, form):
    assert verb_form("performed", previous_word=previous) == form


def test_was_not_performed_reads_was_not_done():
    engine = plainspeak.Simplifier()
    assert engine.simplify("An x-ray was not performed because the knee moved well.").text == \
        "An x-ray was not done because the knee moved well."
