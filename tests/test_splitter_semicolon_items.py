"""A semicolon after an item with no verb, then a full clause ("NSAIDs, including ibuprofen ...; acetaminophen is
the preferred pain reliever"): the clause becomes a sentence of its own, the item stays the fragment it was. Never
when what follows is another item (a list parted by semicolons)."""

from __future__ import annotations

import pytest

from splitter_helpers import assert_cut, shorten

SPLITS = [
    ("- Swelling-reducing pain relievers (nonsteroidal anti-inflammatory drugs, or NSAIDs), including ibuprofen "
     "(Advil, Motrin), naproxen (Aleve) and high-dose aspirin; acetaminophen is the preferred pain reliever.\n",
     "- Swelling-reducing pain relievers (nonsteroidal anti-inflammatory drugs, or NSAIDs), including ibuprofen "
     "(Advil, Motrin), naproxen (Aleve) and high-dose aspirin. Acetaminophen is the preferred pain reliever.\n"),
    ("Pain relievers such as ibuprofen, naproxen and aspirin taken in high doses every day; these can harm the "
     "kidneys over time.",
     "Pain relievers such as ibuprofen, naproxen and aspirin taken in high doses every day. These can harm the "
     "kidneys over time."),
]

KEPT = [
    # items parted by semicolons: no clause after it
    "Bring your photo ID, your insurance card and the letter from the clinic; a list of all the medicines you take.",
    "Products to avoid include laxatives with magnesium, antacids and enemas; herbal supplements, unless approved.",
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_cut(text, expected):
    assert_cut(text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_kept_whole(text):
    assert shorten(text) == text
