"""Sentences of 15 to 20 words are cut too, but only at the surest boundaries: a full clause after "; " or
", and / but / so", a reason after ", as / since / because", a contrast after ", although"; never by an
aside, a ", which" or a list rule, and never when the sentence would also need another kind of cut.
Also: ", as this may" / ", since this can" -> ". This may" / ". This can" (not "This is because this")."""

from __future__ import annotations

import pytest

from plainspeak.rewrite.splitter import SentenceSplitter

from splitter_helpers import assert_cut, shorten

SPLITS = [
    ("Do not wait until the pain gets worse; early treatment can often keep you out of the hospital.",
     "Do not wait until the pain gets worse. Early treatment can often keep you out of the hospital."),
    ("Your first check-up is booked about 2 weeks after you go home, and later visits will be every 6 months.",
     "Your first check-up is booked about 2 weeks after you go home. Later visits will be every 6 months."),
    ("Avoid coffee and fizzy drinks until your symptoms have settled, since they may irritate the bladder.",
     "Avoid coffee and fizzy drinks until your symptoms have settled. This is because they may irritate the bladder."),
    ("Avoid rubbing hard over red skin on the bony spots, as this may hurt the thin skin further.",
     "Avoid rubbing hard over red skin on the bony spots. This may hurt the thin skin further."),
    # ", while" + a subject of its own and "should" / "must" sets a contrast: "But"
    ("Light walking may start again right away, while heavy exercise should be avoided until the stent is out.",
     "Light walking may start again right away. But heavy exercise should be avoided until the stent is out."),
    # "as it raises" gives a reason: a verb of causing tells no time ("as it heals" does)
    ("Avoid drinking too much alcohol, as it raises the risk of a rare but serious problem.",
     "Avoid drinking too much alcohol. This is because it raises the risk of a rare but serious problem."),
    # a long sentence takes the same "This may"
    ("Do not scratch or open the blisters on your chest and back while they heal, since this can lead to an "
     "infection and scars.",
     "Do not scratch or open the blisters on your chest and back while they heal. This can lead to an infection "
     "and scars."),
]

KEPT = [
    # ", which" is cut only in a long sentence
    "Warfarin raises the chance of bleeding, which may happen on its own or after a small injury.",
    # 14 words or fewer: left alone
    "Use a soft toothbrush, and wear gloves when you work in the garden.",
    # ", while" + "you should" may tell a time
    "Keep the leg raised on two pillows, while you should also move your toes every hour.",
    # "as it heals" tells a time
    "Keep the cut clean and dry for the first week, as it heals under the small strips of tape.",
    # a negation's "or" list: no sure cut
    "Do not lift the baby, push a cart, or carry heavy bags for the first 2 weeks.",
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_sure_cut(text, expected):
    assert_cut(text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_kept_whole(text):
    assert shorten(text) == text


def test_sure_cuts_follow_the_setting():
    text = SPLITS[1][0]
    assert shorten(text, SentenceSplitter(sure_cut_words=20)) == text
