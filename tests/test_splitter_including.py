"""A plural subject with its examples in an aside ("X, including A, B and C, are ...") becomes "X include A, B
and C. These are ..." (issue 6); a passive order after it is said as an order ("Avoid these")."""

from __future__ import annotations

import pytest

from splitter_helpers import assert_cut, shorten

CHANGED = [
    ("Digestive side effects, including nausea, belly cramping and diarrhea, are often experienced during the first "
     "weeks and usually lessen with continued use.",
     "Digestive side effects include nausea, belly cramping and diarrhea. These are often experienced during the "
     "first weeks and usually lessen with continued use."),
    ("Known asthma triggers, including tobacco smoke, dust mites, pet dander and cold air, should be avoided at home "
     "and at school wherever possible.",
     "Known asthma triggers include tobacco smoke, dust mites, pet dander and cold air. Avoid these at home and at "
     "school wherever possible."),
]

KEPT = [
    # "Many ...": "These" could be read as the examples alone
    "Many prescription drugs, including metformin, gabapentin and certain antibiotics, need dose adjustment "
    "according to your kidney function.",
    # after "of" the examples may be the nearer noun's
    "Results of certain studies, such as cell counts, protein, and sugar, may be available within hours after the test.",
    # the subject goes on after the list of examples ("A, B and C, and D")
    "Whole-body medicines, including pain relievers, steroids and nerve pain medicines, and numbing medicines given "
    "at the site are the base of pain relief after a joint replacement.",
]


@pytest.mark.parametrize("text, expected", CHANGED)
def test_examples_of_a_plural_subject_become_what_it_includes(text, expected):
    assert_cut(text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_examples_that_may_belong_elsewhere_stay(text):
    assert shorten(text) == text
