"""Cuts at ", and" / ", which" that the clause's shape had hidden: a short bare subject and its finite verb
after a full clause (", and aspirin increases ..." -> ". Aspirin increases ..."), "because of" read as a
phrase that opens no clause, a list that closed itself with "and" before the ", and" (no subject list
then), and a list at the end of a ", which" clause whose last item has no comma before its "and"."""

from __future__ import annotations

import pytest

from splitter_helpers import assert_cut, shorten

SPLITS = [
    # a short bare subject and a finite verb after a full clause
    ("The stitches will dissolve on their own within two weeks, and bathing is allowed after the first two days "
     "at home.",
     "The stitches will dissolve on their own within two weeks. Bathing is allowed after the first two days at home."),
    # "because of" is a phrase: no clause is open before the ", and"
    ("Ice packs are not advised on the first day because of the risk of skin damage, and the swelling usually goes "
     "down within a week.",
     "Ice packs are not advised on the first day because of the risk of skin damage. The swelling usually goes "
     "down within a week."),
    # both at once
    ("Codeine is not safe for young children because of the risk of slowed breathing, and aspirin raises the "
     "chance of bleeding after surgery.",
     "Codeine is not safe for young children because of the risk of slowed breathing. Aspirin raises the "
     "chance of bleeding after surgery."),
    # "including A, B, and C" closed its list: the ", and" after it joins a clause, not a last item
    ("Warfarin interacts with some foods, including kale, spinach, and broccoli, and the dose may need to change "
     "when your diet changes.",
     "Warfarin interacts with some foods, including kale, spinach, and broccoli. The dose may need to change "
     "when your diet changes."),
    # a condition of its own after the main clause of the first: the first reaches no further
    ("If breathing is hard, the person may sit up, and if vomiting starts, the person should be turned onto "
     "one side.",
     "If breathing is hard, the person may sit up. If vomiting starts, the person should be turned onto one side."),
    # a list with no comma before its last "and" ends the ", which" clause
    ("Limit salt to less than 2,000 mg a day, which means cutting back on canned soups, frozen meals, chips and "
     "deli meats.",
     "Limit salt to less than 2,000 mg a day. This means cutting back on canned soups, frozen meals, chips and "
     "deli meats."),
]

KEPT = [
    # two conditions of one main clause
    "If you are over 65 years old, and if you also take a blood thinner every day, ask your doctor before you use it.",
    # a series of clauses: whatever opened the first ("because") may reach the last
    "Healing may be slow because the skin is thin, the blood flow is weak, and older patients often are less active.",
    "The wound was cleaned with salt water, the stitches were taken out, and healing is expected within a week.",
    # the ", which" clause is an aside: the main clause goes on after its list
    "The cast, which covers the hand, the wrist and the lower arm, is taken off after six weeks at the clinic.",
    # a list of short things is the subject of the verb after the ", and"
    "Redness around the cut, mild swelling, and bruising are common in the first week after surgery at home.",
    # ... or of longer things, one with a verb of its own
    "The best dose, the link between how well it works and the blood level, and highest safe dose are not yet known.",
    # no subject after the ", but": an adverb, a preposition
    "This makes the scan quick and more reliable than the older test, but also needs close watching by a nurse throughout.",
    "No cure for this kind of arthritis is known yet, and without medicine options such as exercise are advised first.",
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_cut(text, expected):
    assert_cut(text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_kept_whole(text):
    assert shorten(text) == text
