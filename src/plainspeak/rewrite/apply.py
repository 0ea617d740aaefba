"""Applying edits by offset, so every untouched character survives exactly."""

from __future__ import annotations

from typing import Sequence

from ..errors import PlainspeakError
from ..model import Edit


def _in_order(edits: Sequence[Edit]) -> list[Edit]:
    # by position; two insertions at the same point keep the order they were given in
    return sorted(edits, key=lambda e: (e.start, e.end))


def check_edits(text: str, edits: Sequence[Edit]) -> None:
    """Edits must point at what they say they replace, and never overlap."""
    last_end = -1
    for e in _in_order(edits):
        if not (0 <= e.start <= e.end <= len(text)) or text[e.start:e.end] != e.before:
            raise PlainspeakError(f"edit at {e.start}-{e.end} does not match the text ({e.before!r})")
        if e.start < last_end:
            raise PlainspeakError(f"edits overlap at {e.start}")
        last_end = max(last_end, e.end)


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """The text with every edit applied: the untouched runs between edits are copied as they are.
    Built in one join (not by slicing the whole text once per edit, which made a long document with
    tens of thousands of edits quadratic)."""
    check_edits(text, edits)
    pieces: list[str] = []
    pos = 0
    for e in _in_order(edits):
        pieces.append(text[pos:e.start])
        pieces.append(e.after)
        pos = e.end
    pieces.append(text[pos:])
    return "".join(pieces)
