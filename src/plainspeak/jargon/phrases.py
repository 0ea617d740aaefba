"""Rare words grow into the noun phrases experts mark as one term ("chorioretinal atrophy",
"scleral-buckling procedures"): a rare word takes the adjacent rare or uncommon words of its
sentence with it, and the phrase becomes one finding that keeps the rarest word's explanation."""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import Any, Callable

from ..document import Document
from ..model import Finding


_DEFAULTS = {f.name: f.default for f in fields(Finding) if f.default is not MISSING}
_REQUIRED = tuple(f.name for f in fields(Finding) if f.default is MISSING)
_FIELDS = len(_DEFAULTS) + len(_REQUIRED)
_new = object.__new__


def new_finding(**values: Any) -> Finding:
    """Finding(**values), built without the frozen dataclass's __init__, which sets each of its 14
    fields through object.__setattr__ and cost more than finding the word (about 5 µs a finding,
    measured; the detector makes thousands per second). The object is the same: the fields in the
    same order, each given value or its default, and frozen as before."""
    f = _new(Finding)
    d = f.__dict__
    for name in _REQUIRED:
        d[name] = values[name]
    d.update(_DEFAULTS)
    d.update(values)
    if len(d) != _FIELDS:
        raise TypeError(f"unknown Finding fields: {sorted(set(d) - set(_DEFAULTS) - set(_REQUIRED))}")
    return f


def finding_template(**values: Any) -> dict[str, Any]:
    """The fields of a Finding, in order, for findings that differ only in where they are (one per
    glossary entry, or per rare word): `from_template` then sets start, end and text."""
    return dict(new_finding(start=0, end=0, text="", **values).__dict__)


def from_template(template: dict[str, Any], start: int, end: int, text: str) -> Finding:
    """new_finding(**template, start=start, end=end, text=text), without building the values anew."""
    f = _new(Finding)
    d = f.__dict__
    d.update(template)
    d["start"] = start
    d["end"] = end
    d["text"] = text
    return f


def join_phrases(doc: Document, findings: list[Finding], rare_at: dict[int, Finding], joinable: Callable[[int], bool]) -> list[Finding]:
    """Grow each rare word over adjacent rare words and uncommon modifiers in the same sentence
    ("chorioretinal atrophy", "scleral-buckling procedures"): one finding per phrase, keeping the
    rarest word's explanation."""
    used: set[int] = set()
    replaced: dict[int, Finding | None] = {}  # id(finding) -> phrase finding (or None: absorbed)
    for i in sorted(rare_at):
        if i in used:
            continue
        first = last = i
        while (j := _neighbour(doc, first, -1)) is not None and j not in used and joinable(j):
            first = j
        while (j := _neighbour(doc, last, +1)) is not None and j not in used and joinable(j):
            last = j
        if first == last:  # a word alone (most)
            used.add(i)
            continue
        members = [k for k in range(first, last + 1) if k in rare_at]
        used.update(range(first, last + 1))
        core = min((rare_at[k] for k in members), key=lambda f: (f.kind != "word-part", f.confidence * -1))
        start, end = doc.starts[first], doc.token_end(last)
        phrase = doc.text[start:end]
        definition = core.definition
        if definition and core.kind == "word-part":
            definition = f"{core.text}: {definition[0].lower()}{definition[1:]}"
        merged = new_finding(**{**core.__dict__, "start": start, "end": end, "text": phrase, "term": None,
                                "plain": core.plain if len(members) == 1 else None, "definition": definition,
                                "confidence": max(f.confidence for f in (rare_at[k] for k in members))})
        for k in members:
            replaced[id(rare_at[k])] = None
        replaced[id(core)] = merged
    if not replaced:
        return findings
    # each finding, or its phrase, or nothing when a phrase took it (a Finding is never false), in C
    return list(filter(None, map(replaced.get, map(id, findings), findings)))


def _neighbour(doc: Document, i: int, step: int) -> int | None:
    """The word next to token i when only one space or a hyphen separates them, in one sentence.
    (A token's trailing space is that one space: tokens and their spaces spell the text.)"""
    toks, spaces = doc.tokens, doc.spaces
    j = i + step
    if not 0 <= j < len(toks):
        return None
    left, right = (i, j) if step > 0 else (j, i)
    if spaces[left]:
        return None if doc.sent_starts[right] else j
    if toks[j] in _HYPHENS:
        k = j + step
        if 0 <= k < len(toks) and not spaces[j if step > 0 else k]:
            return k
    return None


_HYPHENS = frozenset({"-", "‐", "‑"})
