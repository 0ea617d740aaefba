"""Abbreviations: choosing the sense of an ambiguous one from context cues, abbreviations defined in
the text itself ("pulmonary embolism (PE)"), sig-code patterns and unsafe notations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..glossary import AbbreviationEntry, SigEntry, UnsafeEntry

CUE_WINDOW = 160  # characters each side of an abbreviation searched for its cues


class SenseChooser:
    """Picks the sense of an ambiguous abbreviation only when the cues near it are clear: the best
    sense has at least one cue and at least twice as many as any other. Otherwise: ambiguous."""

    def __init__(self, senses: Iterable[AbbreviationEntry]):
        self.cue_res: dict[str, re.Pattern[str] | None] = {}
        from ..lexicon import zipf

        for s in senses:
            # Everyday words ("for", "over", "past") and single letters appear near every sense,
            # so they are no evidence for any one of them.
            cues = [re.escape(c) for c in s.cues if len(c) >= 2 and zipf(c.lower()) < 5.0]
            self.cue_res[s.id] = re.compile(r"\b(?:" + "|".join(cues) + r")", re.I) if cues else None

    def choose(self, senses: tuple[AbbreviationEntry, ...], text: str, start: int, end: int) -> AbbreviationEntry | None:
        if len(senses) == 1:
            return senses[0]
        window = text[max(0, start - CUE_WINDOW):start] + " " + text[end:end + CUE_WINDOW]
        scored = []
        for s in senses:
            pattern = self.cue_res.get(s.id)
            scored.append((len(pattern.findall(window)) if pattern else 0, s))
        scored.sort(key=lambda x: -x[0])
        best, runner = scored[0][0], scored[1][0]
        if best >= 1 and best >= 2 * runner and best > runner:
            return scored[0][1]
        return None


_PAREN_ABBR = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9/&-]{1,9})\s*\)")
_WORD = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True)
class InTextDefinition:
    abbr: str
    long_form: str
    start: int  # of the long form
    end: int  # of the closing parenthesis


def find_definitions(text: str) -> list[InTextDefinition]:
    """Abbreviations defined in the text, "long form (ABBR)", by a simplified Schwartz-Hearst rule:
    the long form is the shortest run of words before the parenthesis whose word initials (or
    letters, in order) spell the abbreviation, starting with its first letter."""
    found: list[InTextDefinition] = []
    for m in _PAREN_ABBR.finditer(text):
        abbr = m.group(1)
        letters = [c.lower() for c in abbr if c.isalnum()]
        if not any(c.isupper() for c in abbr) or len(letters) < 2:
            continue
        before = text[max(0, m.start() - 200):m.start()]
        words = list(_WORD.finditer(before))
        limit = min(len(words), len(letters) + 5, 2 * len(letters))
        for take in range(1, limit + 1):
            cand = words[-take:]
            if cand[0].group(0)[0].lower() != letters[0]:
                continue
            long_form = before[cand[0].start():cand[-1].end()]
            if _spells(long_form.lower(), letters) and take >= min(len(letters), 2) - 1:
                found.append(InTextDefinition(abbr, long_form, m.start() - len(before) + cand[0].start(), m.end()))
                break
    return found


def _spells(long_form: str, letters: list[str]) -> bool:
    """The abbreviation's letters appear in order in the long form, the first at its start."""
    i = 0
    for c in long_form:
        if i < len(letters) and c == letters[i]:
            i += 1
    return i == len(letters) and long_form[:1] == letters[0]


# --- sig codes and unsafe notations ---------------------------------------------------------------

@dataclass(frozen=True)
class PatternHit:
    start: int
    end: int
    entry: SigEntry | UnsafeEntry
    plain: str


class PatternSet:
    """All regular-expression entries (sig families like q4h, unsafe notations like trailing zeros)
    compiled into one alternation, so the text is scanned once."""

    def __init__(self, sig: Iterable[SigEntry], unsafe: Iterable[UnsafeEntry]):
        self.entries: list[tuple[SigEntry | UnsafeEntry, int]] = []
        pieces = []
        group = 1
        for e in (*[s for s in sig if s.pattern], *[u for u in unsafe if u.pattern]):
            compiled = re.compile(e.pattern)
            pieces.append(f"(?P<p{len(self.entries)}>{_boundary(e.pattern)})")
            self.entries.append((e, group + 1))
            group += 1 + compiled.groups
        self.regex = re.compile("|".join(pieces), re.I) if pieces else None

    def scan(self, text: str) -> list[PatternHit]:
        if self.regex is None:
            return []
        hits = []
        for m in self.regex.finditer(text):
            idx = int(m.lastgroup[1:]) if m.lastgroup else -1
            if idx < 0:
                continue
            entry, first_group = self.entries[idx]
            groups = m.groups()[first_group - 1:]
            plain = entry.plain if isinstance(entry, SigEntry) else entry.safe
            for k, g in enumerate(groups[:9], start=1):
                plain = plain.replace("{" + str(k) + "}", g or "")
            if isinstance(entry, UnsafeEntry) and "{" not in entry.safe and "zero" in entry.id:
                plain = _fix_zero(m.group(0))
            hits.append(PatternHit(m.start(), m.end(), entry, plain))
        return hits


def _boundary(pattern: str) -> str:
    """Patterns match whole words: no letter or digit may touch either end."""
    return rf"(?<![A-Za-z0-9]){pattern}(?![A-Za-z0-9])"


def _fix_zero(number: str) -> str:
    """Trailing zero: "1.0" -> "1"; missing leading zero: ".5" -> "0.5"."""
    if number.startswith("."):
        return "0" + number
    if re.fullmatch(r"\d+\.0+", number):
        return number.split(".")[0]
    return number
