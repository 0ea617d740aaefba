"""A reason after ", as" or ", since" whose subject is a thing ("it", "they") doing something to an object
("as they relax the throat muscles", "since they raise the risk of bleeding") is cut off as a reason; the
same verb with no object, or after "you", may tell a time or a manner and stays. Sentences from the handout
sets, reworded."""

from __future__ import annotations

import pytest

from plainspeak.rewrite.guard import check

from splitter_helpers import assert_cut, shorten

CHANGED = [
    ("Avoid alcohol and sleeping pills for 3 hours before bed and during the night, as they relax the muscles of the "
     "throat.",
     "Avoid alcohol and sleeping pills for 3 hours before bed and during the night. This is because they relax the "
     "muscles of the throat."),
    ("Avoid aspirin and ibuprofen for 5 days after the biopsy unless your doctor says otherwise, since they raise the "
     "risk of bleeding.",
     "Avoid aspirin and ibuprofen for 5 days after the biopsy unless your doctor says otherwise. This is because they "
     "raise the risk of bleeding."),
]

KEPT = [
    # no object: the clause may tell a time
    "Breathe out slowly and let your shoulders drop toward the floor, as your muscles relax and the pain fades.",
    "Keep the dressing on for the first two days after the operation, as it heals.",
    # "you" tells how
    "Hold on to the arms of the chair with both hands, as you lower yourself slowly into the seat.",
]


@pytest.mark.parametrize("text,expected", CHANGED)
def test_a_thing_acting_on_an_object_is_a_reason(text: str, expected: str) -> None:
    assert_cut(text, expected)
    assert not check(text, expected, trusted=True)


@pytest.mark.parametrize("text", KEPT)
def test_a_time_or_a_manner_stays(text: str) -> None:
    assert shorten(text) == text
