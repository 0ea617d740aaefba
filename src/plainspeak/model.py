"""The data model: the contract every layer speaks.

Every class is a frozen dataclass with `to_dict()`; the CLI's JSON output is exactly `to_dict()`, so
the library and the CLI can never disagree. Offsets are character offsets into the text the object
describes (end exclusive), so `text[f.start:f.end] == f.text` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

FINDING_KINDS = ("term", "abbreviation", "unsafe-abbreviation", "sig-code", "formal-word", "rare-word", "word-part")


# Values that `_plain` returns as they are (none has a `to_dict`): tested by exact type, the
# commonest case of all, before anything else is asked of a value.
_AS_IS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    if type(value) in _AS_IS:
        return value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [v if type(v) in _AS_IS else _plain(v) for v in value]
    if isinstance(value, dict):
        return {k: v if type(v) in _AS_IS else _plain(v) for k, v in value.items()}
    return value


# Each class's field names, worked out once: dataclasses.fields() builds a new tuple of Field
# objects on every call, which was a third of to_dict's cost on a checked handout.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


class _ToDict:
    def to_dict(self) -> dict[str, Any]:
        names = _FIELD_NAMES.get(type(self))
        if names is None:
            names = _FIELD_NAMES[type(self)] = tuple(f.name for f in fields(self))  # type: ignore[arg-type]
        d = {}
        for name in names:
            v = getattr(self, name)
            d[name] = v if type(v) in _AS_IS else _plain(v)
        return d


@dataclass(frozen=True)
class Sense(_ToDict):
    """One meaning of an ambiguous abbreviation."""

    expansion: str
    plain: str
    source: str


@dataclass(frozen=True)
class Finding(_ToDict):
    """A piece of text a patient may not understand, with what it means."""

    start: int
    end: int
    text: str
    kind: str
    term: str | None = None
    plain: str | None = None
    alternatives: tuple[str, ...] = ()
    definition: str | None = None
    category: str | None = None
    ambiguous: bool = False
    senses: tuple[Sense, ...] = ()
    source: str | None = None
    confidence: float = 1.0
    render: str | None = None


@dataclass(frozen=True)
class Edit(_ToDict):
    """Replace `text[start:end]` (which equals `before`) with `after`."""

    start: int
    end: int
    before: str
    after: str
    reason: str
    source: str | None = None


@dataclass(frozen=True)
class Rejection(_ToDict):
    """A proposed edit the guard refused, and why."""

    edit: Edit
    why: str


@dataclass(frozen=True)
class Scores(_ToDict):
    """Readability of a text (or of one sentence)."""

    flesch_kincaid_grade: float
    smog_index: float
    flesch_reading_ease: float
    gunning_fog: float
    coleman_liau_index: float
    automated_readability_index: float
    dale_chall_readability_score: float
    grade: float
    medical_grade: float
    words: int
    sentences: int
    long_sentences: int
    passive_sentences: int
    jargon: int
    jargon_per_100_words: float
    reliable: bool = True
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SentenceReport(_ToDict):
    """One sentence (or list item, table row, field) with its own scores and findings."""

    start: int
    end: int
    text: str
    block: str
    words: int
    grade: float
    medical_grade: float
    long: bool
    passive: bool
    jargon: int
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Analysis(_ToDict):
    """What `analyze()` returns."""

    text: str
    findings: tuple[Finding, ...]
    scores: Scores
    sentences: tuple[SentenceReport, ...]
    warnings: tuple[str, ...] = ()
    glossary_version: str = ""


@dataclass(frozen=True)
class Simplification(_ToDict):
    """What `simplify()` returns: the new text, every edit made, and what was refused."""

    original: str
    text: str
    edits: tuple[Edit, ...]
    before: Scores
    after: Scores
    remaining: tuple[Finding, ...]
    rejected: tuple[Rejection, ...] = ()
    warnings: tuple[str, ...] = ()
    mode: str = "replace"
    target_grade: float | None = None
    glossary_version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
