"""The terms a text keeps coming back to, and the "Words to know" of define mode: what the glossary
rewriter reads over all of a text's findings at once."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..model import Finding

# A term the text keeps coming back to, whose plain words are a long phrase, is explained once and then
# used as written: "stoma (opening made by surgery)", then "stoma". The reader will hear it and read it
# on their supplies, and a five-word phrase at every mention makes the text longer and harder to read.
KEY_TERM_MENTIONS = 3
KEY_TERM_EXTRA_SYLLABLES = 3
_VOWELS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=4096)
def rough_syllables(words: str) -> int:
    """A rough syllable count (vowel groups; a silent final e): enough to compare a term with its plain words.
    Cached: a key term's words are counted at each of its mentions, in every pass."""
    n = 0
    for w in re.findall(r"[a-z]+", words.lower()):
        k = len(_VOWELS.findall(w))
        if w.endswith("e") and not w.endswith(("le", "ee")) and k > 1:
            k -= 1
        n += max(1, k)
    return n


def key_terms(findings: Sequence[Finding]) -> frozenset[str]:
    """Terms met KEY_TERM_MENTIONS times or more whose plain words are KEY_TERM_EXTRA_SYLLABLES
    syllables longer than the term: explained once, then kept."""
    counts: dict[str, int] = {}
    for f in findings:
        if f.kind == "term" and f.plain and f.render in ("replace", "bracket") and not f.ambiguous:
            key = (f.term or f.text).lower()
            counts[key] = counts.get(key, 0) + 1
    if not counts or max(counts.values()) < KEY_TERM_MENTIONS:
        return frozenset()  # most texts name no term that often: no need to read every finding again
    keys = set()
    for f in findings:
        key = (f.term or f.text).lower()
        if counts.get(key, 0) >= KEY_TERM_MENTIONS and rough_syllables(f.plain or "") >= rough_syllables(f.term or f.text) + KEY_TERM_EXTRA_SYLLABLES:
            keys.add(key)
    return frozenset(keys)


def words_to_know(findings: Sequence[Finding]) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    for f in findings:
        if f.kind in ("term", "abbreviation") and f.definition and not f.ambiguous:
            name = f.text if f.kind == "abbreviation" else (f.term or f.text)
            out.setdefault(name, f.definition)
    return list(out.items())
