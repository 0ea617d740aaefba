"""A term whose plain words have a phrase after their head stays, with those words in brackets, where
it describes the next word (issue 6: what substitution breaks). The next word was taken for a noun
only when it could never be a verb; "values", "rates", "positions" can be, and "Toe pressure values
were low" read "Blood pressure in the toes values were low". A helping verb right after the word
shows that it is a noun: a verb is never followed by "were"."""

from __future__ import annotations

import pytest

import plainspeak


@pytest.mark.parametrize("text, expected", [
    ("Toe pressure values were low.", "Toe pressure (blood pressure in the toes) values were low."),
    ("Standing balance parts were analyzed.", "Standing balance (steadiness when standing) parts were analyzed."),
    # the term alone before its verb is replaced as before
    ("Toe pressure was low.", "Blood pressure in the toes was low."),
    # a function word or an adverb after the term is no noun it describes
    ("The gestational diabetes usually is mild.", "The diabetes in pregnancy (gestational diabetes) usually is mild."),
])
def test_a_term_before_a_noun_with_a_helping_verb_after_it_stays(text, expected):
    assert plainspeak.simplify(text).text == expected
