"""A formal verb met as a noun keeps its word (issue 6: verb forms of formal words). "experience" is
"have" only as a verb; after "have" or an adjective it is the noun, and "have" cannot stand there:
"clinical experience" read "clinical have", and "They have experience" read "They have have"."""

from __future__ import annotations

import pytest

import plainspeak


@pytest.mark.parametrize("text, expected", [
    ("We report clinical experience with this drug.", "We report clinical experience with this drug."),
    ("They have experience in surgery.", "They have experience in surgery."),
    ("Heat therapy is based on empirical experience.", "Heat therapy is based on empirical experience."),
    # the verb still reads plainly
    ("Patients may experience nausea.", "Patients may have nausea."),
    ("Many women commonly experience cramps.", "Many women often have cramps."),
    ("Some individuals experience dizziness.", "Some people have dizziness."),
    # and a formal phrase of its own after "has" is no noun
    ("Wait until the sample has been obtained.", "Wait until the sample has been taken."),
])
def test_a_formal_verb_after_have_or_an_adjective_is_a_noun(text, expected):
    assert plainspeak.simplify(text).text == expected
