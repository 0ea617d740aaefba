""""It is (very) important that X be done" is the writer's wish about what the reader does, as "We suggest
that X be done" is: said as the order ("Complete the whole course"), with an opening "So" kept. Nothing when
the subject is a person or the doer is named. Sentences from the handout sets, reworded."""

from __future__ import annotations

import pytest

from plainspeak.rewrite.guard import check

from splitter_helpers import assert_cut, shorten

CHANGED = [
    ("It is very important that the full course of tablets be taken, even if you feel better.",
     "Take the full course of tablets, even if you feel better."),
    ("So it is very important that the pills listed below be taken exactly as prescribed.",
     "So take the pills listed below exactly as prescribed."),
    ("So it is essential that the fistula arm be protected from pressure and cuts.",
     "So protect the fistula arm from pressure and cuts."),
    # after an opening condition, the wish with "you" is the order too
    ("If you have been given a blood thinner, it is very important that you keep taking it every day.",
     "If you have been given a blood thinner, keep taking it every day."),
]

KEPT = [
    # a person is not the thing acted on (a child in the reader's care is, with a verb of its care: see
    # test_splitter_orders_s22.py)
    "It is very important that the patient be kept warm during the first few days at home.",
    # the doer is named
    "It is very important that your wound be checked by a nurse within 2 days.",
]


@pytest.mark.parametrize("text,expected", CHANGED)
def test_an_important_wish_is_said_as_an_order(text: str, expected: str) -> None:
    assert_cut(text, expected)
    assert not check(text, expected, trusted=True)


@pytest.mark.parametrize("text", KEPT)
def test_an_important_wish_about_someone_else_stays(text: str) -> None:
    assert shorten(text) == text
