"""Applying edits by offset, right to left, so every untouched character survives exactly."""

from __future__ import annotations

from typing import Sequence

from ..errors import PlainspeakError
from ..model import Edit


def check_edits(text: str, edits: Sequence[Edit]) -> None:
    """Edits must point at what they say they replace, and never overlap."""
    last_end = -1
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if not (0 <= e.start <= e.end <= len(text)) or text[e.start:e.end] != e.before:
            raise PlainspeakError(f"edit at {e.start}-{e.end} does not match the text ({e.before!r})")
        if e.start < last_end:
            raise PlainspeakError(f"edits overlap at {e.start}")
        last_end = max(last_end, e.end)


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    check_edits(text, edits)
    out = text
    for e in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        out = out[:e.start] + e.after + out[e.end:]
    return out
