"""Per-document facts the detector asks about only now and then (is this sentence a heading in
capitals? does it read like a prescription?), computed lazily per sentence, so the common path over
ordinary words costs nothing."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable

from ..document import Document, Sentence

# A sentence reads like a prescription when it has a number, a dose unit or a sig word.
_SIG_WORDS = "mg|mcg|g|kg|ml|l|units?|tabs?|tablets?|caps?|capsules?|puffs?|drops?|gtts?|meq|prn|po|bid|tid|qid|daily|take"
_SIG_SENTENCE = re.compile(r"\d|\b(?:" + _SIG_WORDS + r")\b", re.I)
# A medication line names a dose form or a sig word. Units alone are not enough: lab results
# ("bicarbonate <20 mmol/l", "P < .05") use them too, and a sign there is no dosing error.
_DOSE_WORDS = "tabs?|tablets?|caps?|capsules?|puffs?|drops?|gtts?|prn|po|bid|tid|qid|qhs|daily|take|give|dose|doses|inject|inhale"
_DOSE_SENTENCE = re.compile(r"\b(?:" + _DOSE_WORDS + r")\b", re.I)


def _ascii_search(words: str, digits: bool) -> re.Pattern[str]:
    """The pattern above (whole words of `words`, ignoring case, or with `digits` any digit) for a
    lower-cased ASCII text: each word's leading boundary is said after its first letter (no letter,
    digit or _ before it), so every alternative starts with a plain character and re skips in C the
    places where none starts. The plain patterns tried every character of a sentence (their leading
    boundary and ignoring case kept re from skipping): a sixth of the instructions the cue patterns
    of the abbreviations took, on the abstracts (callgrind)."""
    pieces = [*("0123456789" if digits else "")]
    pieces += [rf"{w[0]}(?<!\w{w[0]}){w[1:]}\b" for w in words.split("|")]
    return re.compile("|".join(pieces))


_SIG_ASCII = _ascii_search(_SIG_WORDS, digits=True)
_DOSE_ASCII = _ascii_search(_DOSE_WORDS, digits=False)


def _found(plain: re.Pattern[str], ascii_lower: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """plain.search(text, start, end) is not None, through `ascii_lower` when that part of the text
    is ASCII. The character before `start` is kept in front: a word boundary at `start` reads it."""
    lo = start - 1 if start else 0
    piece = text[lo:end]
    if piece.isascii():
        return ascii_lower.search(piece.lower(), start - lo) is not None
    return plain.search(text, start, end) is not None
_NUMBER = re.compile(r"^[<>~≈]?\d[\d,.]*%?$")


class DocContext:
    def __init__(self, doc: Document):
        self.doc = doc
        self._firsts: list[int] | None = None  # first token of each sentence, on first use
        self._upper: dict[int, bool] = {}
        self._sig: dict[int, bool] = {}
        self._dose: dict[int, bool] = {}

    def _sentence(self, i: int) -> int:
        if self._firsts is None:
            self._firsts = [s.first_token for s in self.doc.sentences]
        return bisect_right(self._firsts, i) - 1

    def _per_sentence(self, cache: dict[int, bool], i: int, compute: Callable[[Sentence], bool]) -> bool:
        """compute(sentence of token i), worked out once per sentence; False outside any sentence."""
        s = self._sentence(i)
        if s < 0:
            return False
        value = cache.get(s)
        if value is None:
            value = cache[s] = compute(self.doc.sentences[s])
        return value

    def in_upper_sentence(self, i: int) -> bool:
        """Token i is in a sentence written mostly in capitals (a heading, a warning)."""
        return self._per_sentence(self._upper, i, self._is_upper)

    def _is_upper(self, sent: Sentence) -> bool:
        """Of the words of two letters or more, over 60% are in capitals, and one of four or more."""
        alpha = list(filter(str.isalpha, self.doc.tokens[sent.first_token:sent.end_token]))
        upper = list(filter(str.isupper, alpha))
        if not any(len(w) >= 4 for w in upper):
            return False
        words = len(alpha) - list(map(len, alpha)).count(1)
        return words >= 2 and len(upper) - list(map(len, upper)).count(1) > 0.6 * words

    def in_sig_sentence(self, i: int) -> bool:
        """Token i is in a sentence that looks like a prescription line."""
        return self._per_sentence(self._sig, i, lambda sent: _found(_SIG_SENTENCE, _SIG_ASCII, self.doc.text, sent.start, sent.end))

    def in_dose_sentence(self, i: int) -> bool:
        """Token i is in a sentence that names a dose form or a sig word."""
        return self._per_sentence(self._dose, i, lambda sent: _found(_DOSE_SENTENCE, _DOSE_ASCII, self.doc.text, sent.start, sent.end))

    def near_number(self, first: int, end: int, reach: int = 2) -> bool:
        """A number within `reach` tokens before or after tokens [first, end) ("68 y/o M")."""
        toks = self.doc.tokens
        for j in (*range(first - reach, first), *range(end, end + reach)):
            if 0 <= j < len(toks) and _NUMBER.match(toks[j]):
                return True
        return False

    def next_to_number(self, first: int, end: int) -> bool:
        """The token right before or right after is a number ("10 U")."""
        return self.near_number(first, end, reach=1)
