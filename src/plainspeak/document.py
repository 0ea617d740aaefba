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
from functools import lru_cache, reduce
from itertools import accumulate, compress, count
from operator import add, getitem, iadd, itemgetter
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

# Everyday words that the lookup table files under a medical word they are not a form of: the
# table's "syringes" -> "syrinx" made "Do not share needles, syringes ..." read "fluid cysts in the
# spinal cord". Each of these is its own key.
_NOT_AN_INFLECTION = frozenset({"syringes", "watchmen", "cola", "colas", "slung", "hamstrung", "redrew"})


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
    key = low if low in _NOT_AN_INFLECTION else str(_lemma_table().get(low, low)).lower()
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


def _new_sentence(start: int, end: int, block: str, first_token: int, end_token: int) -> Sentence:
    """Sentence(...) without the frozen dataclass's __init__ (five object.__setattr__ calls, made for
    every sentence of every document): the same object, fields in the same order, still frozen."""
    s = object.__new__(Sentence)
    s.__dict__.update(start=start, end=end, block=block, first_token=first_token, end_token=end_token)
    return s


def _new_block(start: int, end: int, content_start: int, kind: str) -> Block:
    """Block(...) without the frozen dataclass's __init__, as _new_sentence (a portal message has a
    block every few words): the same object, fields in the same order, still frozen."""
    b = object.__new__(Block)
    b.__dict__.update(start=start, end=end, content_start=content_start, kind=kind)
    return b


_MD_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•▪◦·‣]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])[ \t]+(?=\S)")
_TABLE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*$")
_FIELD = re.compile(r"[ \t]*[A-Za-z][A-Za-z0-9 /&(),'-]{0,40}:[ \t]+\S")
# closers after the end mark include Markdown emphasis: "**What is warfarin and why is it given?**" is a
# whole line, not the first half of a wrapped paragraph
_SENTENCE_END = re.compile(r"[.!?:;][\"')\]*_]*[ \t]*$")


def _is_plain_heading(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    colon = stripped.endswith(":")
    # all its letters capitals (read in C, up to the first small letter: most lines stop at their
    # second character), tested before the words are counted: most lines fail it
    if not colon and not all(map(str.isupper, filter(str.isalpha, stripped))):
        return False
    if len(stripped.split(maxsplit=8)) > 8:  # nine words or more (a paragraph's line is not split whole)
        return False
    if colon:
        return True
    if sum(map(str.isalpha, stripped)) < 3:  # three letters at least
        return False
    return not _SENTENCE_END.search(stripped[:-1] if stripped.endswith(".") else stripped)


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
                blocks.append(_new_block(current[0], current[1], current[2], current_kind))
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
            blocks.append(_new_block(current[0], current[1], current[2], current_kind))
            current = None
        content = _skip_space(text, content, line_end)
        if kind in ("paragraph", "list-item", "field"):
            current, current_kind = [line_start, line_end, content], kind
        else:
            blocks.append(_new_block(line_start, line_end, content, kind))
        prev_line = body
    if current:
        blocks.append(_new_block(current[0], current[1], current[2], current_kind))
    return blocks


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i] in " \t":
        i += 1
    return i


class Document:
    """A text with its tokens (text, offset, trailing space, matching key) and sentences."""

    __slots__ = ("text", "tokens", "starts", "spaces", "keys", "sent_starts", "_blocks", "_sentences", "_doc")

    def __init__(self, text: str):
        self.text = text
        self._doc = None
        starts, lengths, spaces, punct, tokens, keys = _tokenize_full(text)
        if tokens is None:  # tokenised whole: no chunk holds the tokens' texts and keys
            tokens = [text[s:s + n] for s, n in zip(starts, lengths)]
            get = _token_key_cache.get
            keys = [k if (k := get(t, _MISSING)) is not _MISSING else token_key(t) for t in tokens]
        self.starts: list[int] = starts
        self.tokens: list[str] = tokens
        self.spaces: list[int] = spaces
        self.sent_starts: list[bool] = _sentence_starts(tokens, punct)
        self.keys: list[str | None] = keys  # type: ignore[assignment]
        self._blocks: list[Block] | None = None
        self._sentences: list[Sentence] | None = None

    # Blocks and sentences are found on first use: detection reads them only for the few words whose
    # finding depends on their sentence (a third of the abstracts have none), the rewriter and the
    # readability scores always. The same lists, whenever they are made.
    @property
    def blocks(self) -> list[Block]:
        if self._blocks is None:
            self._blocks = find_blocks(self.text)
        return self._blocks

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = self._split_sentences()
        return self._sentences

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
        cuts = [i for i in compress(range(len(tokens)), self.sent_starts) if not tokens[i].isspace()]
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
            return _new_sentence(0, 0, kind, first, first)
        return _new_sentence(self.starts[first], self.starts[last] + len(self.tokens[last]), kind, first, last + 1)


# spaCy's tokenizer takes time quadratic in the length of a run without whitespace when the run is
# full of prefixes and suffixes (60 KB of "<a<a<a" from a broken web page: minutes). Longer runs
# are cut into pieces tokenised one by one; ordinary text never has runs this long.
_LONG = 400
_LONG_RUN = re.compile(r"\S{%d,}" % _LONG)
_PIECE = 200
# (word, the single space after it, run of whitespace): a word or a run, never both
_CHUNK = re.compile(r"(\S+)( ?)|(\s+)")
_WORD, _SPACE_AFTER, _SPACE_RUN = itemgetter(0), itemgetter(1), itemgetter(2)

# Tokens of each whitespace-delimited chunk. spaCy tokenises each chunk on its own, but stops using
# its own cache for the rest of a call once it has met any special case ("Dr.", "I'd", even a line
# break), so a note with line breaks was tokenised about 25x slower than a one-paragraph abstract
# (measured). Per chunk: (length, trailing space, is punctuation, text, matching key) of each token
# in one flat tuple (all depend only on the chunk, so a document's columns are slices of the chunks'
# tuples joined), the same when a single space follows the chunk, and for _crosses_chunks the first
# and the last token's text and whether a special case may have changed its tokens.
_Chunk = tuple[tuple[Any, ...], tuple[Any, ...], str, str, bool]
_chunk_cache: dict[str, _Chunk] = {}
_CHUNK_CACHE_MAX = 200_000


def _tokenize(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """(start, length, followed by a space, is punctuation) per token: exactly spaCy's tokens of the
    whole text, assembled from cached tokens of its whitespace-delimited chunks. spaCy splits text at
    whitespace the same way (a single space after a chunk becomes its token's trailing space, other
    whitespace runs become tokens) and tokenises each chunk alone; the one exception, a special case
    matched across two chunks, is detected and handed to spaCy whole (see _crosses_chunks)."""
    return _tokenize_full(text)[:4]  # type: ignore[return-value]


def _tokenize_full(text: str) -> tuple[list[int], list[int], list[int], list[int], list[str] | None, list[str | None] | None]:
    """_tokenize's columns, then the tokens' texts and keys (None when the text was tokenised whole)."""
    chunks, spaced = _chunks(text)
    if not chunks:
        return [], [], [], [], [], []
    found = list(map(_chunk_cache.get, chunks))
    if not all(found):  # a chunk not seen before (a chunk's tuple is never empty; `None in` compared each)
        missing = {chunk for chunk, c in zip(chunks, found) if c is None}
        if max(map(len, missing)) >= _LONG and _LONG_RUN.search(text) is not None:
            return (*_tokenize_whole(text), None, None)  # never cached: always among the missing
        made = _tokenize_chunks(missing)
        found = [c or made[chunk] for c, chunk in zip(found, chunks)]
    special = list(compress(count(), map(_SPECIAL, found)))  # in C: numbers are special cases, so most texts have some
    if special:
        crossed = _crosses_chunks(chunks, spaced, special)
        if crossed is None:
            return (*_tokenize_whole(text), None, None)
        if crossed:
            chunks, spaced, found = _joined_at(chunks, spaced, found, crossed)
    # the chunks' tuples joined by `list += tuple` (each tuple copied whole, in C): chain() handed
    # the items over one at a time (measured on the abstracts: joining 3x faster, a Document 1.07x)
    if all(spaced[:-1]):  # single spaces only (prose): every chunk but the last is followed by one
        flat = reduce(iadd, map(_SPACED, found[:-1]), [])
        flat += found[-1][1 if spaced[-1] else 0]
    else:
        flat = reduce(iadd, map(getitem, found, spaced), [])  # c[True] is c[1]: each chunk's tuple picked in C
    lengths, spaces, punct, tokens, keys = flat[0::5], flat[1::5], flat[2::5], flat[3::5], flat[4::5]
    # spaCy's tokens and their trailing spaces spell the text exactly, so each token starts where
    # the one before it and its space end
    starts = list(accumulate(map(add, lengths, spaces), initial=0))
    starts.pop()
    return starts, lengths, spaces, punct, tokens, keys


_SPACED, _SPECIAL = itemgetter(1), itemgetter(4)


def _chunks(text: str) -> tuple[list[str], list[bool]]:
    """The chunks spaCy tokenises one by one (runs of non-space characters, and runs of whitespace
    less the single space that follows a chunk), in order, and whether each is followed by such a
    single space."""
    if text.isprintable():  # no whitespace but " " (tabs, line breaks, no-break spaces are not printable)
        parts = text.split(" ")
        if "" not in parts:  # single spaces between words, none at either end: most prose
            spaced = [True] * len(parts)
            spaced[-1] = False
            return parts, spaced
    # every chunk found by one pattern, in C: a word and the single space after it, or a run of
    # whitespace (less that space). A Python loop over the whitespace runs was a third of a portal
    # message's Document, whose lines break every few words (measured)
    found = _CHUNK.findall(text)
    return list(map(add, map(_WORD, found), map(_SPACE_RUN, found))), list(map(bool, map(_SPACE_AFTER, found)))


def _tokenize_chunks(chunks: set[str]) -> dict[str, _Chunk]:
    """spaCy's tokens of each chunk alone, cached. Non-space chunks go through one call, separated
    by line breaks (no special case spans a line break); whitespace chunks one by one."""
    if len(_chunk_cache) > _CHUNK_CACHE_MAX:
        _chunk_cache.clear()  # bounded memory on endless streams of new words
    nlp = get_nlp()
    out: dict[str, _Chunk] = {}
    words = [c for c in chunks if not c[0].isspace()]
    for c in chunks:
        if c[0].isspace():
            out[c] = _columns(nlp.make_doc(c), [(0, c)])[c]
    if words:
        joined = "\n".join(words)
        pos, placed = 0, []
        for w in words:
            placed.append((pos, w))
            pos += len(w) + 1
        out.update(_columns(nlp.make_doc(joined), placed))
    _chunk_cache.update(out)
    return out


def _columns(doc: Any, placed: list[tuple[int, str]]) -> dict[str, _Chunk]:
    """Split a tokenised doc's columns into the chunks placed at the given offsets in it."""
    starts, lengths, spaces, punct = doc.to_array(_attrs()).T.tolist() if len(doc) else ([], [], [], [])
    out: dict[str, _Chunk] = {}
    specials = _special_pairs()[3]
    t = 0
    for pos, chunk in placed:
        while starts[t] < pos:
            t += 1  # a line break between chunks
        first = t
        end = pos + len(chunk)
        while t < len(starts) and starts[t] < end:
            t += 1
        rel = [s - pos for s in starts[first:t]]
        texts = [chunk[r:r + n] for r, n in zip(rel, lengths[first:t])]
        flat = tuple(x for k, word in zip(range(first, t), texts) for x in (lengths[k], spaces[k], punct[k], word, token_key(word)))
        out[chunk] = (flat, flat[:-4] + (1, *flat[-3:]), chunk[:lengths[first]], chunk[rel[-1]:],
                      any(x in specials for x in texts))
    return out


def _crosses_chunks(chunks: list[str], spaced: list[bool], special: list[int]) -> list[int] | None:
    """spaCy's last step matches multi-token special cases (":)", "'s") over the whole text, and a
    match across a single space ("Note: )") changes nothing itself (no special case has a space) but
    can block a match inside a chunk. Such a place is rare (a chunk beside the space must hold a
    special case, and the tokens either side of the space must be adjacent tokens of one). Returns
    the indices k of the chunks followed by such a space, in order (the chunks either side are then
    tokenised together, see _joined_at), or None when a chunk left the cache meanwhile (the text is
    then tokenised whole: no risk taken). `special`: indices of the chunks that may hold a special case.

    The spaces at either end of a run of joined chunks are tested too, whatever the chunks beside
    them hold, and joined in when a special case may cross them: a match across such a space could
    block one inside the run (which could block another), so the run's tokens stand alone only when
    no special case can cross its ends."""
    pairs, tails_of, heads_of, _ = _special_pairs()
    cache = _chunk_cache
    last = len(chunks) - 1
    todo = [j for j in {j for i in special for j in (i - 1, i)} if j >= 0 and j < last and spaced[j]]
    tested = set(todo)
    crossed: list[int] = []
    while todo:
        k = todo.pop()
        left = cache.get(chunks[k])
        right = cache.get(chunks[k + 1])
        if left is None or right is None:
            return None
        # the last token of the one and the first of the other (or the tokens they may have been
        # before a special case rewrote them) are adjacent tokens of a special case
        tail, head = left[3], right[2]
        for a in tails_of.get(tail, (tail,)):
            following = pairs.get(a)
            if following is not None and any(b in following for b in heads_of.get(head, (head,))):
                crossed.append(k)
                for j in (k - 1, k + 1):  # the spaces at the ends of the run
                    if 0 <= j < last and spaced[j] and j not in tested:
                        tested.add(j)
                        todo.append(j)
                break
    crossed.sort()
    return crossed


# Chunks joined across a space where a special case may cross it ("Conclusions: 1", where ":1" is an
# emoticon), tokenised by spaCy as one piece: (tokens' columns as a chunk's). Whole abstracts were
# tokenised by spaCy for one such place, 2 to 3 ms each (4 of the 100 JEBS abstracts: a tenth of
# detection's time on them); the other spaces are safe to cut at, as for every other text.
_joined_cache: dict[str, _Chunk] = {}


def _joined_at(chunks: list[str], spaced: list[bool], found: list[_Chunk], crossed: list[int]) -> tuple[list[str], list[bool], list[_Chunk]]:
    """The chunks, with each chunk k in `crossed` joined to the next one (by the single space between
    them) into one piece tokenised by spaCy alone: its tokens are spaCy's tokens of the whole text
    there, since no special case can cross the spaces left between pieces (see _crosses_chunks)."""
    out_chunks: list[str] = []
    out_spaced: list[bool] = []
    out_found: list[_Chunk] = []
    joined_to_next = set(crossed)
    k = 0
    n = len(chunks)
    while k < n:
        if k not in joined_to_next:
            out_chunks.append(chunks[k])
            out_spaced.append(spaced[k])
            out_found.append(found[k])
            k += 1
            continue
        last = k
        while last in joined_to_next:
            last += 1  # a run of crossed spaces: one piece
        piece = " ".join(chunks[k:last + 1])
        made = _joined_cache.get(piece)
        if made is None:
            if len(_joined_cache) > _CHUNK_CACHE_MAX:
                _joined_cache.clear()  # bounded memory on endless streams of new texts
            made = _joined_cache[piece] = _columns(get_nlp().make_doc(piece), [(0, piece)])[piece]
        out_chunks.append(piece)
        out_spaced.append(spaced[last])
        out_found.append(made)
        k = last + 1
    return out_chunks, out_spaced, out_found


@lru_cache(maxsize=1)
def _special_pairs() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], frozenset[str]]:
    """The adjacent tokens (a -> every b) inside the special cases that spaCy matches over whole
    texts (those with characters its affix rules split), as its affix rules tokenise them. A match
    can rewrite a chunk's first or last token (its "10a.m", "." become "10", "a.m."), so for such a
    token the tokens it may have been before are listed too (tails_of, heads_of). Last, the first
    tokens of the special cases whose match changes the tokens: a chunk where spaCy made such a
    match has one of them among its tokens."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tok = get_nlp().tokenizer
    bare = Tokenizer(tok.vocab, rules={}, prefix_search=tok.prefix_search, suffix_search=tok.suffix_search,
                     infix_finditer=tok.infix_finditer, token_match=tok.token_match, url_match=tok.url_match)
    pairs: dict[str, set[str]] = {}
    matched: list[str] = []
    tails: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    for rule, substrings in tok.rules.items():
        if tok.find_prefix(rule) or tok.find_infix(rule) or tok.find_suffix(rule) or " " in rule:
            parts = [t.text for t in bare(rule)]
            if parts != [s[ORTH] for s in substrings]:
                matched.append(substrings[0][ORTH])  # a match that changes the tokens (others change nothing)
            for a, b in zip(parts, parts[1:]):
                pairs.setdefault(a, set()).add(b)
            orths = [s[ORTH] for s in substrings]
            tails.setdefault(orths[-1], {orths[-1]}).add(parts[-1])
            heads.setdefault(orths[0], {orths[0]}).add(parts[0])
    return ({a: frozenset(b) for a, b in pairs.items()}, {k: tuple(v) for k, v in tails.items()},
            {k: tuple(v) for k, v in heads.items()},
            frozenset(matched))


def _tokenize_whole(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """spaCy's tokenizer over the whole text (long runs cut into pieces)."""
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
    is not punctuation after a sentence-ending mark. Same rule and characters as spaCy's component,
    and one more: a capitalised word after a unit that keeps its full stop ("6 mg/dL. Limit",
    "0.5 g. One").
    Only the marks and such units are visited, each scanning ahead to the token that starts the
    next sentence; the tokens between marks cannot start one."""
    n = len(tokens)
    out = [False] * n
    if not tokens:
        return out
    out[0] = True
    punct_chars = _punct_chars()
    done = 0  # tokens before this one have been read
    for i in compress(range(n), map(_sentence_marks().__contains__, tokens)):
        if i < done:
            continue  # read while looking for the start after an earlier mark
        if tokens[i] not in punct_chars and not (
            i + 1 < n and tokens[i + 1][:1].isupper()
            and (tokens[i] not in _LETTER_UNITS or (i and any(map(str.isdigit, tokens[i - 1]))))
        ):
            # spaCy keeps the full stop on a unit written with a capital ("mg/dL.", "5 mL.") and on a
            # single letter ("0.5 g."), so its sentencizer would run "below 6 mg/dL. Limit salt." into
            # one sentence. A single letter ends one only after a number: "J. Smith" is a name
            continue
        j = i + 1
        while j < n and (tokens[j] in punct_chars or is_punct[j]):
            j += 1
        if j < n:
            out[j] = True
        done = j + 1
    return out


@lru_cache(maxsize=1)
def _sentence_marks() -> frozenset[str]:
    """Tokens after which a sentence may start: spaCy's sentence-ending characters, and the units
    with their full stop (see _sentence_starts)."""
    return _punct_chars() | {u + "." for u in _UNITS} | _LETTER_UNITS


# units whose full stop spaCy leaves on the token (a capital letter in them); a capitalised word after
# them starts a sentence
_UNITS = frozenset("mL dL L uL µL IU mEq mOsm kPa mmHg mcL".split())
# one-letter units, which spaCy's tokenizer keeps with their full stop like an initial ("0.5 g. One
# fingertip unit ..."): a sentence mark only right after a number
_LETTER_UNITS = frozenset("g. h. d. s. m.".split())


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
    _special_pairs()
