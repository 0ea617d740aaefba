"""Applying edits by offset, so every untouched character survives exactly."""

from __future__ import annotations

from operator import attrgetter
from typing import Sequence

from ..errors import PlainspeakError
from ..model import Edit


def _in_order(edits: Sequence[Edit]) -> list[Edit]:
    # by position; two insertions at the same point keep the order they were given in (a stable
    # sort, keyed in C)
    return sorted(edits, key=_POSITION)


_POSITION = attrgetter("start", "end")


def check_edits(text: str, edits: Sequence[Edit]) -> None:
    """Edits must point at what they say they replace, and never overlap."""
    _check_in_order(text, _in_order(edits))


def _check_in_order(text: str, edits: list[Edit]) -> None:
    """check_edits of edits sorted by _in_order already."""
    last_end = -1
    for e in edits:
        if not (0 <= e.start <= e.end <= len(text)) or text[e.start:e.end] != e.before:
            raise PlainspeakError(f"edit at {e.start}-{e.end} does not match the text ({e.before!r})")
        if e.start < last_end:
            raise PlainspeakError(f"edits overlap at {e.start}")
        last_end = max(last_end, e.end)


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """The text with every edit applied: the untouched runs between edits are copied as they are.
    Built in one join (not by slicing the whole text once per edit, which made a long document with
    tens of thousands of edits quadratic)."""
    ordered = _in_order(edits)  # sorted once, for the check and the join
    _check_in_order(text, ordered)
    pieces: list[str] = []
    pos = 0
    for e in ordered:
        pieces.append(text[pos:e.start])
        pieces.append(e.after)
        pos = e.end
    pieces.append(text[pos:])
    return "".join(pieces)
