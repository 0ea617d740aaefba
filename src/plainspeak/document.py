"""The document layer: spaCy tokens and sentences with character offsets into the original text,
and the block structure (headings, list items, table rows, labelled fields, paragraphs).

One blank English pipeline with the rule-based sentencizer is built once per process and shared.
Lemmas come from spaCy's lookup table (spacy-lookups-data), applied to the lower-cased word: the
table is case-sensitive ("Lesions" is not in it, "lesions" is), and looking words up directly avoids
running the lemmatizer component over every token, which halves tokenisation throughput.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

BLOCK_KINDS = ("heading", "list-item", "table-row", "field", "paragraph")

_lock = threading.Lock()
_nlp: Any = None
_lemmas: Any = None
_key_cache: dict[str, str] = {}
_token_key_cache: dict[str, str | None] = {}  # token text -> key (None: transparent)
_MISSING = object()
_KEY_CACHE_MAX = 200_000

# Tokens that are transparent for matching: a hyphen inside a compound ("community-acquired" ==
# "community acquired") and the possessive ending ("Parkinson's disease" == "Parkinson disease").
SKIP_TOKENS = frozenset({"-", "‐", "‑", "'s", "’s", "'", "’"})


def import_spacy() -> Any:
    """spaCy (through thinc) imports torch at import time whenever torch is installed: about 0.8 s
    and 230 MB that a blank pipeline never uses. torch is hidden while spaCy loads, unless it is
    loaded already; a model rewriter that needs torch later still imports it normally."""
    import sys

    if "spacy" in sys.modules or "torch" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` now raises ImportError
    try:
        import spacy
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]
    return spacy


def get_nlp() -> Any:
    """The shared spaCy pipeline: `spacy.blank("en")` + sentencizer, built once."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                spacy = import_spacy()
                nlp = spacy.blank("en")
                nlp.add_pipe("sentencizer")
                # spaCy's 1M-character limit guards its parser's memory; a tokenizer and sentencizer
                # are linear, and the engine enforces its own limit (engine.MAX_TEXT_CHARS).
                nlp.max_length = 100_000_000  # room for a rewrite longer than its input
                _nlp = nlp
    return _nlp


def get_tokenizer_for_phrases() -> Any:
    """A separate blank pipeline sharing the vocabulary, for tokenising glossary phrases: doing it
    with the document pipeline itself made later tokenisation about 3x slower (measured)."""
    return import_spacy().blank("en", vocab=get_nlp().vocab)


def _lemma_table() -> Any:
    """spaCy's English lemma lookup table (from spacy-lookups-data), loaded once."""
    global _lemmas
    if _lemmas is None:
        with _lock:
            if _lemmas is None:
                from spacy.lookups import load_lookups

                _lemmas = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    return _lemmas


def word_key(word: str) -> str:
    """The matching key of a word: its lower-cased lookup lemma ("Lesions" -> "lesion")."""
    key = _key_cache.get(word)
    if key is not None:
        return key
    low = word.lower()
    key = str(_lemma_table().get(low, low)).lower()
    if len(_key_cache) > _KEY_CACHE_MAX:
        _key_cache.clear()  # bounded memory on endless streams of new words
    _key_cache[word] = key
    return key


def token_key(tok: str) -> str | None:
    """None marks a token that phrases may run across: a hyphen, a possessive ending, or a line
    break inside a wrapped line. A blank line stops every phrase (its key matches nothing)."""
    if tok in SKIP_TOKENS:
        key = None
    elif tok.isspace():
        key = None if tok.count("\n") <= 1 else "\n\n"
    else:
        key = word_key(tok)
    if len(_token_key_cache) > _KEY_CACHE_MAX:
        _token_key_cache.clear()
    _token_key_cache[tok] = key
    return key


@dataclass(frozen=True)
class Block:
    """A unit of layout. `content_start` skips a list marker or heading hashes."""

    start: int
    end: int
    content_start: int
    kind: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: str
    first_token: int
    end_token: int


_MD_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•▪◦·‣]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])[ \t]+(?=\S)")
_TABLE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*$")
_FIELD = re.compile(r"[ \t]*[A-Za-z][A-Za-z0-9 /&(),'-]{0,40}:[ \t]+\S")
_SENTENCE_END = re.compile(r"[.!?:;][\"')\]]*[ \t]*$")


def _is_plain_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped.split()) > 8:
        return False
    if stripped.endswith(":"):
        return True
    letters = [c for c in stripped if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and not _SENTENCE_END.search(stripped[:-1] if stripped.endswith(".") else stripped)


def find_blocks(text: str) -> list[Block]:
    """Split plain text or Markdown into blocks, keeping exact offsets. Hard-wrapped paragraph lines
    (long lines without end punctuation) are joined; short unpunctuated lines stand alone, because in
    clinical notes they are labels, items and fields rather than wrapped prose."""
    blocks: list[Block] = []
    pos = 0
    current: list[int] | None = None  # [start, end, content_start] of an open paragraph or list item
    current_kind = ""
    prev_line = ""
    for line in text.splitlines(keepends=True):
        line_start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        line_end = line_start + len(body)
        if not body.strip():
            if current:
                blocks.append(Block(current[0], current[1], current[2], current_kind))
                current = None
            prev_line = ""
            continue
        m = _MD_HEADING.match(body)
        kind, content = "", line_start
        if m:
            kind, content = "heading", line_start + m.end()
        elif _TABLE_ROW.match(body):
            kind = "table-row"
        elif (m := _LIST_ITEM.match(body)) is not None:
            kind, content = "list-item", line_start + m.end()
        elif _is_plain_heading(body):
            kind = "heading"
        elif current and (
            (current_kind == "paragraph" and len(prev_line) >= 50 and not _SENTENCE_END.search(prev_line))
            or (current_kind == "list-item" and body[:1] in " \t")
        ):
            current[1] = line_end  # continuation of a wrapped paragraph or an indented list item
            prev_line = body
            continue
        elif _FIELD.match(body):
            kind = "field"
        else:
            kind = "paragraph"
        if current:
            blocks.append(Block(current[0], current[1], current[2], current_kind))
            current = None
        content = _skip_space(text, content, line_end)
        if kind in ("paragraph", "list-item", "field"):
            current, current_kind = [line_start, line_end, content], kind
        else:
            blocks.append(Block(line_start, line_end, content, kind))
        prev_line = body
    if current:
        blocks.append(Block(current[0], current[1], current[2], current_kind))
    return blocks


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i] in " \t":
        i += 1
    return i


class Document:
    """A text with its tokens (text, offset, trailing space, matching key) and sentences."""

    __slots__ = ("text", "tokens", "starts", "spaces", "keys", "sent_starts", "blocks", "sentences", "_doc")

    def __init__(self, text: str):
        self.text = text
        self._doc = None
        starts, lengths, spaces, punct = _tokenize(text)
        self.starts: list[int] = starts
        self.tokens: list[str] = [text[s:s + n] for s, n in zip(starts, lengths)]
        self.spaces: list[int] = spaces
        self.sent_starts: list[bool] = _sentence_starts(self.tokens, punct)
        get = _token_key_cache.get
        self.keys: list[str | None] = [k if (k := get(t, _MISSING)) is not _MISSING else token_key(t) for t in self.tokens]
        self.blocks = find_blocks(text)
        self.sentences = self._split_sentences()

    @property
    def spacy_doc(self) -> Any:
        """The text as a spaCy Doc (tokenised on first use)."""
        if self._doc is None:
            self._doc = get_nlp().make_doc(self.text)
        return self._doc

    def token_end(self, i: int) -> int:
        return self.starts[i] + len(self.tokens[i])

    def _split_sentences(self) -> list[Sentence]:
        """Sentencizer boundaries, also cut at every block boundary, so a bulleted list never reads
        as one long sentence and a heading never joins the paragraph under it."""
        sentences: list[Sentence] = []
        starts, tokens = self.starts, self.tokens
        cuts = [i for i, s in enumerate(self.sent_starts) if s and not tokens[i].isspace()]
        for block in self.blocks:
            first = bisect_left(starts, block.content_start)
            end = bisect_left(starts, block.end)
            for cut in cuts[bisect_right(cuts, first):bisect_left(cuts, end)]:
                sentences.append(self._sentence(first, cut, block.kind))
                first = cut
            if end > first:
                sentences.append(self._sentence(first, end, block.kind))
        return [s for s in sentences if s.end > s.start]

    def _sentence(self, first: int, end_tok: int, kind: str) -> Sentence:
        # trim whitespace tokens at both ends
        while first < end_tok and self.tokens[first].isspace():
            first += 1
        last = end_tok - 1
        while last >= first and self.tokens[last].isspace():
            last -= 1
        if last < first:
            return Sentence(0, 0, kind, first, first)
        return Sentence(self.starts[first], self.token_end(last), kind, first, last + 1)


# spaCy's tokenizer takes time quadratic in the length of a run without whitespace when the run is
# full of prefixes and suffixes (60 KB of "<a<a<a" from a broken web page: minutes). Longer runs
# are cut into pieces tokenised one by one; ordinary text never has runs this long.
_LONG_RUN = re.compile(r"\S{400,}")
_PIECE = 200


def _tokenize(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """(start, length, followed by a space, is punctuation) per token, from spaCy's tokenizer.
    One numpy export instead of a spaCy Token object per token and attribute: creating Token
    objects cost more than tokenising itself (measured)."""
    nlp = get_nlp()
    cuts = [0]
    for m in _LONG_RUN.finditer(text):
        cuts.extend(range(m.start() + _PIECE, m.end() - _PIECE // 2, _PIECE))
    cuts.append(len(text))
    columns: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])
    for a, b in zip(cuts, cuts[1:]):
        doc = nlp.make_doc(text[a:b] if (a, b) != (0, len(text)) else text)
        if not len(doc):
            continue
        starts, lengths, spaces, punct = doc.to_array(_attrs()).T.tolist()
        columns[0].extend([s + a for s in starts] if a else starts)
        columns[1].extend(lengths)
        columns[2].extend(spaces)
        columns[3].extend(punct)
    return columns


def _sentence_starts(tokens: list[str], is_punct: list[int]) -> list[bool]:
    """spaCy's rule-based sentencizer, run on plain lists: a sentence starts at the first token that
    is not punctuation after a sentence-ending mark. Same rule and characters as spaCy's component."""
    out = [False] * len(tokens)
    if not tokens:
        return out
    out[0] = True
    punct_chars = _punct_chars()
    seen_period = False
    for i, tok in enumerate(tokens):
        if tok in punct_chars:
            seen_period = True
        elif seen_period and not is_punct[i]:
            out[i] = True
            seen_period = False
    return out


@lru_cache(maxsize=1)
def _attrs() -> list[int]:
    from spacy.attrs import IDX, IS_PUNCT, LENGTH, SPACY

    return [IDX, LENGTH, SPACY, IS_PUNCT]


@lru_cache(maxsize=1)
def _punct_chars() -> frozenset[str]:
    from spacy.pipeline import Sentencizer

    return frozenset(Sentencizer.default_punct_chars)


@lru_cache(maxsize=1)
def warm() -> None:
    """Build the pipeline and lemma table ahead of the first request (a web server calls this at start)."""
    get_nlp()
    _lemma_table()
