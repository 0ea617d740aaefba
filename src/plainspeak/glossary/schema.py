"""What a glossary row is: the tables, their columns, and the entry types they load into.

The columns are documented for people in `glossary/README.md`; keep the two in step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CATEGORIES = frozenset(
    "condition symptom finding anatomy procedure device test lab drug-class result care general".split()
)
RENDERS = frozenset({"replace", "bracket", "explain", "leave"})
TERM_POS = frozenset({"noun", "adj", "verb", "adv"})
FORMAL_POS = frozenset({"noun", "adj", "verb", "adv", "prep", "conj", "phrase"})
SIG_KINDS = frozenset({"route", "frequency", "timing", "form", "amount", "instruction"})
PART_KINDS = frozenset({"prefix", "root", "suffix"})

# table name -> (columns in order, required columns)
TABLES: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "terms": (
        ("id", "term", "variants", "category", "pos", "plain", "plain_plural", "alternatives", "definition", "render", "source"),
        frozenset({"id", "term", "category", "pos", "plain", "definition", "render", "source"}),
    ),
    "abbreviations": (
        ("id", "abbr", "variants", "expansion", "plain", "category", "definition", "cues", "render", "source"),
        frozenset({"id", "abbr", "expansion", "plain", "category", "definition", "render", "source"}),
    ),
    "sig_codes": (
        ("id", "code", "variants", "kind", "plain", "pattern", "source"),
        frozenset({"id", "code", "kind", "plain", "source"}),
    ),
    "unsafe": (
        ("id", "abbr", "variants", "pattern", "problem", "safe", "list", "source"),
        frozenset({"id", "problem", "safe", "list", "source"}),
    ),
    "word_parts": (
        ("id", "part", "variants", "kind", "meaning", "source"),
        frozenset({"id", "part", "kind", "meaning", "source"}),
    ),
    "formal_words": (
        ("id", "term", "variants", "pos", "plain", "alternatives", "source"),
        frozenset({"id", "term", "pos", "plain", "source"}),
    ),
}

ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*")


def split_values(cell: str) -> tuple[str, ...]:
    """`a|b| c` -> ('a', 'b', 'c'); empty cell -> ()."""
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "entry"


@dataclass(frozen=True)
class TermEntry:
    """A medical term or a formal word (kind `term` or `formal-word`)."""

    id: str
    term: str
    variants: tuple[str, ...]
    category: str
    pos: str
    plain: str
    plain_plural: str
    alternatives: tuple[str, ...]
    definition: str
    render: str
    source: str
    origin: str  # "file:line", to trace a result back to the row that made it
    kind: str = "term"


@dataclass(frozen=True)
class AbbreviationEntry:
    id: str
    abbr: str
    variants: tuple[str, ...]
    expansion: str
    plain: str
    category: str
    definition: str
    cues: tuple[str, ...]
    render: str
    source: str
    origin: str


@dataclass(frozen=True)
class SigEntry:
    id: str
    code: str
    variants: tuple[str, ...]
    kind: str
    plain: str
    pattern: str
    source: str
    origin: str


@dataclass(frozen=True)
class UnsafeEntry:
    id: str
    abbr: str
    variants: tuple[str, ...]
    pattern: str
    problem: str
    safe: str
    lists: tuple[str, ...]
    source: str
    origin: str


@dataclass(frozen=True)
class WordPart:
    id: str
    part: str
    variants: tuple[str, ...]
    kind: str
    meaning: str
    source: str
    origin: str

    def forms(self) -> tuple[str, ...]:
        """The bare letters of the part and its variants: `nephr-` -> `nephr`."""
        return tuple(dict.fromkeys(f.strip("-").lower() for f in (self.part, *self.variants) if f.strip("-")))
