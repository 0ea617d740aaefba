"""", which is a / the ..." after a term named in a bracket says what the term is, to the end of the
sentence: ". This is ..." (issue 6). Never where "This" could point at another noun."""

from __future__ import annotations

import pytest

from splitter_helpers import assert_cut, shorten

CUT = [
    ("You were admitted to hospital with swelling of the pancreas (acute pancreatitis), which is an inflammation of "
     "the pancreas, the gland situated behind the stomach that produces digestive enzymes.",
     "You were admitted to hospital with swelling of the pancreas (acute pancreatitis). This is an inflammation of "
     "the pancreas, the gland situated behind the stomach that produces digestive enzymes."),
    ("You have had a keyhole appendix removal (appendectomy), which is the surgical removal of the appendix through "
     "three or four small cuts in the belly wall, using a camera (laparoscope) and specialized instruments.",
     "You have had a keyhole appendix removal (appendectomy). This is the surgical removal of the appendix through "
     "three or four small cuts in the belly wall, using a camera (laparoscope) and specialized instruments."),
]

KEPT = [
    # no bracket names the term: "This" may point at the treatment
    "Some patients have nausea that starts before a scheduled treatment, which is a conditioned response to "
    "previous episodes.",
    # a list before the term: "This" could be any of its items
    "You may be given water pills, ARBs and ACE inhibitors (blood pressure medicines), which is the usual plan for "
    "people with your kind of kidney disease.",
    # the main clause goes on after the aside (it is cut as a subject's aside instead: see
    # test_splitter_which_are_asides.py)
]


@pytest.mark.parametrize("text, expected", CUT)
def test_what_a_bracketed_term_is_becomes_a_sentence(text, expected):
    assert_cut(text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_which_is_that_may_describe_another_noun_stays(text):
    assert shorten(text) == text
