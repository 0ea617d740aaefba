"""A unified diff of the original and the simplified text."""

from __future__ import annotations

import difflib

from ..model import Simplification


def render_diff(s: Simplification, name: str = "text") -> str:
    lines = difflib.unified_diff(
        s.original.splitlines(keepends=True), s.text.splitlines(keepends=True),
        fromfile=f"a/{name}", tofile=f"b/{name} (plain)",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
