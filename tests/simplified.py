"""What the wording test files share: one Simplifier per mode, built once for all of them, and the
text it makes of a source; and an engine's output checked to stay as it is when simplified again."""

from __future__ import annotations

import plainspeak

_ENGINES: dict[str, plainspeak.Simplifier] = {}


def simplified(text: str, mode: str) -> str:
    if mode not in _ENGINES:
        _ENGINES[mode] = plainspeak.Simplifier(mode=mode)
    return _ENGINES[mode].simplify(text).text


def settled(engine: plainspeak.Simplifier, text: str, mode: str = "replace") -> str:
    """The engine's output for `text`, after checking that simplifying it again changes nothing."""
    out = engine.simplify(text, mode=mode).text
    assert engine.simplify(out, mode=mode).text == out  # simplifying the output changes nothing
    return out
