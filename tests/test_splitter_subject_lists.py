"""Lists inside a subject: a ", and" that adds the last item of a subject list is no clause boundary (the
piece before it would have no verb), and a subject list closed by its verb ("Many drugs, including A, B and C,
need ...") is one main clause, so a new clause after its ", and" is cut off."""

from __future__ import annotations

import pytest

from splitter_helpers import assert_cut, shorten

SPLITS = [
    # the verb right after the comma that closes an "including" list shows the main clause
    ("Many prescription drugs, including metformin, gabapentin and certain antibiotics, need dose adjustment "
     "according to eGFR, and every provider and pharmacist should be told of your diagnosis before any new medicine.",
     "Many prescription drugs, including metformin, gabapentin and certain antibiotics, need dose adjustment "
     "according to eGFR. Tell every provider and pharmacist of your diagnosis before any new medicine."),
    # a verb no other list knows ("interact") after a plural noun, or in -s after a medicine, shows the main clause
    # before a listed subject
    ("Many medicines interact (mix badly) with DAAs, and a complete list of prescription drugs, over-the-counter "
     "products, and supplements should be reviewed with your pharmacist.",
     "Many medicines interact (mix badly) with DAAs. A complete list of prescription drugs, over-the-counter "
     "products, and supplements should be reviewed with your pharmacist."),
    ("Warfarin interacts with many common medicines, and a complete list of your prescription drugs and supplements "
     "should be checked by your pharmacist.",
     "Warfarin interacts with many common medicines. A complete list of your prescription drugs and supplements "
     "should be checked by your pharmacist."),
]

KEPT = [
    # items with no verb: the ", and" adds one more
    "Warfarin, aspirin and ibuprofen, and a complete list of your prescription drugs and supplements should be "
    "checked by your pharmacist today.",
    # the middle item of the subject list has a verb of its own, inside a clause its noun phrase holds
    "The best dose, the link between how well it works and the blood level, and the highest safe dose are not yet known.",
    "The right dose, the reason why it helps some people, and the exact cause of the side effects are not yet clear.",
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_cut(text, expected):
    assert_cut(text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_kept_whole(text):
    assert shorten(text) == text
