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
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

BLOCK_KINDS = ("heading", "list-item", "table-row", "field", "paragraph")

_lock = threading.Lock()
_nlp: Any = None
_lemmas: Any = None
_key_cache: dict[str, str] = {}
_KEY_CACHE_MAX = 200_000

# Tokens that are transparent for matching: a hyphen inside a compound ("community-acquired" ==
# "community acquired") and the possessive ending ("Parkinson's disease" == "Parkinson disease").
SKIP_TOKENS = frozenset({"-", "‐", "‑", "'s", "’s", "'", "’"})


def get_nlp() -> Any:
    """The shared spaCy pipeline: `spacy.blank("en")` + sentencizer, built once."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                nlp = spacy.blank("en")
                nlp.add_pipe("sentencizer")
                _nlp = nlp
    return _nlp


def get_tokenizer_for_phrases() -> Any:
    """A separate blank pipeline sharing the vocabulary, for tokenising glossary phrases: doing it
    with the document pipeline itself made later tokenisation about 3x slower (measured)."""
    import spacy

    return spacy.blank("en", vocab=get_nlp().vocab)


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


def _token_key(tok: str) -> str | None:
    """None marks a token that phrases may run across: a hyphen, a possessive ending, or a line
    break inside a wrapped line. A blank line stops every phrase (its key matches nothing)."""
    if tok in SKIP_TOKENS:
        return None
    if tok.isspace():
        return None if tok.count("\n") <= 1 else "\n\n"
    return word_key(tok)


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
        doc = get_nlp()(text)
        self._doc = doc
        self.tokens: list[str] = [t.text for t in doc]
        self.starts: list[int] = [t.idx for t in doc]
        self.spaces: list[bool] = [bool(t.whitespace_) for t in doc]
        self.sent_starts: list[bool] = [bool(t.is_sent_start) for t in doc]
        self.keys: list[str | None] = [_token_key(tok) for tok in self.tokens]
        self.blocks = find_blocks(text)
        self.sentences = self._split_sentences()

    @property
    def spacy_doc(self) -> Any:
        return self._doc

    def token_end(self, i: int) -> int:
        return self.starts[i] + len(self.tokens[i])

    def _split_sentences(self) -> list[Sentence]:
        """Sentencizer boundaries, also cut at every block boundary, so a bulleted list never reads
        as one long sentence and a heading never joins the paragraph under it."""
        sentences: list[Sentence] = []
        n = len(self.tokens)
        i = 0
        for block in self.blocks:
            while i < n and self.starts[i] < block.content_start:
                i += 1
            first = i
            while i < n and self.starts[i] < block.end:
                if i > first and self.sent_starts[i] and not self.tokens[i].isspace():
                    sentences.append(self._sentence(first, i, block.kind))
                    first = i
                i += 1
            if i > first:
                sentences.append(self._sentence(first, i, block.kind))
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


@lru_cache(maxsize=1)
def warm() -> None:
    """Build the pipeline and lemma table ahead of the first request (a web server calls this at start)."""
    get_nlp()
    _lemma_table()
