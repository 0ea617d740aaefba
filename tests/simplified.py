"""What the reading-fix test files share: one Simplifier per mode, built once for all of them, and
the text it makes of a source."""

from __future__ import annotations

import plainspeak

_ENGINES: dict[str, plainspeak.Simplifier] = {}


def simplified(text: str, mode: str) -> str:
    if mode not in _ENGINES:
        _ENGINES[mode] = plainspeak.Simplifier(mode=mode)
    return _ENGINES[mode].simplify(text).text
