"""Beyond the glossary: rare words (by wordfreq's bundled English frequencies), medical word parts
for a hedged explanation of unseen compounds, and the words that are never jargon (drug names,
names of people and places, numbers, units, web addresses)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..glossary import Glossary, WordPart
from ..lexicon import is_drug_name, zipf  # noqa: F401 (re-exported for the detector)

_URLISH = re.compile(r"(?:https?://|www\.|@|\.(?:com|org|gov|edu|net)\b)", re.I)


# Units of measure: written with a number, read as such, never jargon.
UNITS = frozenset(
    "mg mcg µg ug g gm kg lb lbs oz ml mL l dl dL µl ul mmol µmol umol nmol pmol mol meq mEq iu "
    "mm cm m km mmHg mmhg bpm hz kHz ms sec secs min mins hr hrs h kcal cal kj mosm mOsm ng pg "
    "µm um nm".split()
)


def is_never_jargon(word: str) -> bool:
    """Numbers, units, web and mail addresses, and words with digits are never jargon."""
    return not word or word in UNITS or any(c.isdigit() for c in word) or bool(_URLISH.search(word))


# A rare word built from a common one by a transparent affix ("reinfection", "untreated",
# "clinically") is read as that word: the reader knows "infection", "treated", "clinical".
_PREFIXES = ("non", "un", "re")
_ADVERB_ENDINGS = (("ically", "ical"), ("ily", "y"), ("ally", "al"), ("ly", ""), ("ly", "le"), ("ly", "e"))


def known_base_frequency(word: str) -> float:
    """Zipf frequency of the everyday word inside a derived one (0 when there is none)."""
    best = 0.0
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 5:
            base = word[len(prefix):].lstrip("-")
            best = max(best, zipf(base))
    for ending, replacement in _ADVERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            best = max(best, zipf(word[: -len(ending)] + replacement))
    return best


class WordParts:
    """Explains an unseen compound by its parts: "nephrolithiasis" -> kidney + stone + condition.

    The explanation is a guess from the word's parts, so findings built from it carry a lower
    confidence and say so in their definition."""

    def __init__(self, parts: tuple[WordPart, ...]):
        self.by_kind: dict[str, dict[str, WordPart]] = {"prefix": {}, "root": {}, "suffix": {}}
        for part in parts:
            for form in part.forms():
                if len(form) >= 2:
                    self.by_kind.setdefault(part.kind, {}).setdefault(form, part)
        self.max_len = max((len(f) for d in self.by_kind.values() for f in d), default=0)

    @lru_cache(maxsize=50_000)
    def split(self, word: str) -> tuple[tuple[str, WordPart], ...] | None:
        """The segmentation with the fewest parts that covers the whole word: prefixes, then at least
        one root (or a prefix and a suffix), then at most one suffix; a connecting vowel (o, i, a, e)
        may join parts. None when the word cannot be covered."""
        w = word.lower()
        n = len(w)
        if n < 6 or self.max_len == 0:
            return None
        # best[i][state]: fewest parts covering w[:i]; state 0 = only prefixes so far, 1 = has a root
        INF = (99, ())
        best: list[list[tuple[int, tuple]]] = [[INF, INF] for _ in range(n + 1)]
        best[0][0] = (0, ())
        for i in range(n):
            for state in (0, 1):
                count, path = best[i][state]
                if count == 99:
                    continue
                starts = [i]
                if i > 0 and w[i] in "oiae":
                    starts.append(i + 1)  # connecting vowel
                for s in starts:
                    for length in range(2, min(self.max_len, n - s) + 1):
                        piece = w[s:s + length]
                        j = s + length
                        for kind, table in self.by_kind.items():
                            part = table.get(piece)
                            if part is None:
                                continue
                            if kind == "prefix" and state == 1:
                                continue
                            if kind == "suffix" and j != n:
                                continue
                            new_state = 1 if kind in ("root", "suffix") else state
                            if kind == "suffix" and state == 0 and count == 0:
                                continue  # a bare suffix explains nothing
                            cand = (count + 1, path + ((piece, part),))
                            if cand[0] < best[j][new_state][0]:
                                best[j][new_state] = cand
        count, path = best[n][1]
        if count == 99 or count < 2:
            return None
        return path


def word_part_explanation(path: tuple[tuple[str, Any], ...]) -> tuple[str, str]:
    """(plain, definition) for a segmentation."""
    meanings = [p.meaning for _, p in path]
    plain = " + ".join(meanings)
    named = ", ".join(f"{p.part} ({p.meaning})" for _, p in path)
    return plain, f"A guess from its word parts: {named}."


def glossary_known_words(glossary: Glossary) -> frozenset[str]:
    """Lower-case words that appear in any plain wording: never flag those as rare."""
    words: set[str] = set()
    for t in (*glossary.terms, *glossary.formal_words):
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", t.plain))
    return frozenset(words)
