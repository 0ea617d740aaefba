"""Formal words that kept new handouts (benchmarks/handouts_dev2) at a high grade after the glossary
and the splitter: each is swapped for its plain word, keeps every fact, and stays put on a second run.
(Kept beside the splitter's tests: the two together are what lowers a handout's grade.)"""

from __future__ import annotations

import pytest

from plainspeak.rewrite.guard import check

SWAPS = [
    ("Warfarin substantially increases the likelihood of bleeding.", "Warfarin greatly raises the chance of bleeding."),
    ("Rinse the tubing thoroughly and let it dry.", "Rinse the tubing well and let it dry."),
    ("Call us about a headache that becomes progressively worse.", "Call us about a headache that becomes steadily worse."),
    ("It takes time to become accustomed to the mask.", "It takes time to become used to the mask."),
    ("Do not stop the antibiotic prematurely.", "Do not stop the antibiotic too early."),
    ("Ask the school about the postponement of tests.", "Ask the school about the delay of tests."),
    ("Talk to your surgeon beforehand.", "Talk to your surgeon ahead of time."),
    ("Each pause in breathing briefly awakens you.", "Each pause in breathing briefly wakes you."),
    ("Minerals in tap water accumulate inside the machine.", "Minerals in tap water build up inside the machine."),
    # a past form that "go back to" cannot make: "will be gone back to"
    ("Warfarin will be resumed on the evening of surgery.", "Warfarin will be restarted on the evening of surgery."),
    ("You may resume walking after 2 days.", "You may go back to walking after 2 days."),
    # a passive that "get" cannot make: "will be gotten"
    ("A blood sample will be obtained before breakfast.", "A blood sample will be taken before breakfast."),
    ("Two blood samples were obtained in the clinic.", "Two blood samples were taken in the clinic."),
    # what you observe on yourself you notice; "watch" would make it an order to keep looking
    ("Call us if you observe increasing redness around the cut.", "Call us if you notice more redness around the cut."),
    ("Most patients observe less pain after 2 days.", "Most patients notice less pain after 2 days."),
    # a person who indicates tells; "shows" would misread
    ("Do not drive until your surgeon indicates that it is safe.", "Do not drive until your surgeon tells you that it is safe."),
    # "initial" and "follow-up visit" one by one made "first next visit"
    ("Bring your list to the initial follow-up visit.", "Bring your list to the first check-up visit."),
    ("This is consistent with thin, weak bones.", "This fits with thin, weak bones."),
    # "alternatively" alone is "or": after "or" it made "or or"
    ("Take it 30 minutes before breakfast, or alternatively at bedtime.", "Take it 30 minutes before breakfast, or at bedtime."),
    # "proceed" alone is "go ahead": "go ahead to the emergency room" misreads
    ("Proceed to the emergency room if you vomit blood.", "Go to the emergency room if you vomit blood."),
    # "constitute" alone is "make up": "makes up a medical emergency" misreads
    ("A fever in a baby younger than 2 months constitutes a medical emergency.", "A fever in a baby younger than 2 months is a medical emergency."),
]


@pytest.mark.parametrize("text, expected", SWAPS)
def test_formal_words_of_new_handouts_are_swapped(engine, text, expected):
    out = engine.simplify(text, mode="replace").text
    assert out == expected
    assert check(text, out, trusted=True) == []
    assert engine.simplify(out, mode="replace").text == out
