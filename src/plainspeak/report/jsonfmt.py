"""JSON in the report's layout, faster: exactly `json.dumps(data, ensure_ascii=False, indent=2)`.

With an indent, the standard library's encoder runs in pure Python (its C encoder knows no indent
before Python 3.14): a generator per list and per dict, and a chain of isinstance tests per value.
Writing 1,000 handouts' JSON took about 1.1 ms a file that way, half again the cost of building
their dicts. This writer takes the same decisions in the same order for the values `to_dict()`
gives (str, int, float, bool, None, list, tuple, dict), with the C string escaper and a cached
indent string per level; any other value goes to `json.dumps`, which raises as it always did.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C escaper when _json is there, as json.dumps uses
from typing import Any

_INF = float("inf")
_NEWLINES = ["\n" + "  " * i for i in range(16)]


def _newline(level: int) -> str:
    while level >= len(_NEWLINES):
        _NEWLINES.append("\n" + "  " * len(_NEWLINES))
    return _NEWLINES[level]


def _float(o: float) -> str:
    if o != o:
        return "NaN"
    if o == _INF:
        return "Infinity"
    if o == -_INF:
        return "-Infinity"
    return float.__repr__(o)


def _key(k: Any) -> str:
    # json.dumps turns these keys into strings (and raises on any other), then escapes them
    if isinstance(k, str):
        return encode_basestring(k)
    if isinstance(k, float):
        return '"' + _float(k) + '"'
    if k is True:
        return '"true"'
    if k is False:
        return '"false"'
    if k is None:
        return '"null"'
    if isinstance(k, int):
        return '"' + int.__repr__(k) + '"'
    return json.dumps({k: None})  # raises the TypeError json.dumps would


def _value(o: Any, level: int) -> str:
    t = type(o)
    scalar = _SCALAR.get(t)
    if scalar is not None:
        return scalar(o)
    if t is list or t is tuple:
        return _array(o, level)
    if t is dict:
        return _object(o, level)
    # subclasses, in json's own order of tests
    if isinstance(o, str):
        return encode_basestring(o)
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _float(o)
    if isinstance(o, (list, tuple)):
        return _array(o, level)
    if isinstance(o, dict):
        return _object(o, level)
    return json.dumps(o)  # raises the TypeError json.dumps would


def _array(o: Any, level: int) -> str:
    if not o:
        return "[]"
    inner = _newline(level + 1)
    level += 1
    scalar = _SCALAR.get
    parts = []
    for v in o:
        f = scalar(type(v))
        parts.append(f(v) if f is not None else _value(v, level))
    return "[" + inner + ("," + inner).join(parts) + _newline(level - 1) + "]"


def _object(o: Any, level: int) -> str:
    if not o:
        return "{}"
    keys = tuple(o)
    layout = _LAYOUTS.get((keys, level))
    if layout is None:
        layout = _layout(keys, level)
    heads, close = layout
    level += 1
    scalar = _SCALAR.get
    parts = []
    for head, v in zip(heads, o.values()):
        f = scalar(type(v))
        parts.append(head)
        parts.append(f(v) if f is not None else _value(v, level))
    parts.append(close)
    return "".join(parts)


def _layout(keys: tuple, level: int) -> tuple[tuple[str, ...], str]:
    """What a dict with these keys at this level writes around its values: the opening brace or comma,
    the newline and indent, the key and ': ' before each one; the newline and brace after the last.
    The data model's dicts have a few sets of keys, written thousands of times."""
    inner = _newline(level + 1)
    heads = tuple(("{" if i == 0 else ",") + inner + _key(k) + ": " for i, k in enumerate(keys))
    layout = (heads, _newline(level) + "}")
    if len(_LAYOUTS) < 1024 and all(type(k) is str for k in keys):
        _LAYOUTS[(keys, level)] = layout
    return layout


# How each exact scalar type is written
_SCALAR = {str: encode_basestring, int: int.__repr__, float: _float, bool: lambda o: "true" if o else "false",
           type(None): lambda o: "null"}
_LAYOUTS: dict[tuple, tuple[tuple[str, ...], str]] = {}


def dumps(data: Any, level: int = 0) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, with every line after the first indented
    `level` steps more (JSON writes a newline inside a string as \\n, so each newline is the layout's)."""
    return _value(data, level)
