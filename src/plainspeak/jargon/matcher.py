"""Phrase matching over a Document's tokens: a trie keyed by lemma (terms, formal words; case-
insensitive) and one keyed by exact token text (abbreviations, sig codes, unsafe notations).

Glossary phrases are tokenised with the same tokenizer rules as documents, so "s/p", "A-fib" and
"community-acquired" match however spaCy splits them. Hyphens and possessive endings are transparent
on both sides ("community acquired" == "community-acquired"; "Parkinson disease" == "Parkinson's").
A Python dict trie was measured faster here than spaCy's PhraseMatcher on lemmas, because the keys
are computed once per token and most tokens fail at the first dict lookup.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, NamedTuple

from ..document import SKIP_TOKENS, Document, get_tokenizer_for_phrases, word_key

END = "\x00end"  # trie node key holding the payloads of phrases that end at this node


class Match(NamedTuple):
    """A phrase found at tokens [first, end). A named tuple: made for every candidate, and a frozen
    dataclass took longer to build than the match took to find."""

    first: int  # first token
    end: int  # one past the last token
    payloads: tuple[Any, ...]
    trim: int = 0  # characters of the last token that are not part of the phrase (a full stop)


class PhraseTrie:
    """Maps token sequences to payloads. `exact` tries compare token text as written."""

    def __init__(self, exact: bool):
        self.exact = exact
        self.root: dict[str, Any] = {}
        self.size = 0

    def add(self, tokens: Iterable[str], payload: Any) -> None:
        node = self.root
        count = 0
        for tok in tokens:
            if tok in SKIP_TOKENS or tok.isspace():
                continue
            key = tok if self.exact else word_key(tok)
            node = node.setdefault(key, {})
            count += 1
        if count:
            node.setdefault(END, []).append(payload)
            self.size += 1

    def longest_at(self, doc: Document, i: int, mode: str) -> Match | None:
        """The longest phrase starting at token i, skipping transparent tokens inside it. `mode` says
        what a token is compared by: "exact" (its text), "lower" (lower-cased) or "key" (its lemma)."""
        keys = doc.keys
        values = keys if mode == "key" else doc.tokens
        lower = mode == "lower"
        if keys[i] is None:
            return None
        node = self.root.get(values[i].lower() if lower else values[i])  # type: ignore[union-attr]
        if node is None:
            return None
        found = walk(node, values, keys, i + 1, lower)[0]
        return None if found is None else _new_tuple(Match, (i, found[0], tuple(found[1]), found[2]))


def walk(node: dict[str, Any], values: list, keys: list, j: int, lower: bool) -> tuple[tuple[int, list[Any], int] | None, int]:
    """The rest of a trie walk whose first token (the one before j) led to `node`: (end, payloads,
    trim) of the longest phrase, or None; and the last token read (len(keys): it ran to the end).
    `values` holds what each token is compared by (its text or its key), lower-cased first when
    `lower`."""
    best: tuple[int, list[Any], int] | None = None  # (end, payloads, trim) of the longest phrase so far
    n = len(keys)
    k = j
    while True:
        if END in node:
            best = (j, node[END], 0)
        # skip transparent tokens (hyphen, possessive) only when a phrase could continue
        k = j
        while k < n and keys[k] is None:
            k += 1
        if k >= n:
            break
        value = values[k]
        nxt = node.get(value.lower() if lower else value)
        if nxt is None:
            # spaCy keeps the full stop on a last lower-case letter ("f/u." is "f", "/", "u."):
            # the phrase ends before it, and the full stop stays the sentence's
            if value[-1:] == "." and len(value) > 1:
                stem = node.get(value[:-1].lower() if lower else value[:-1])
                if stem is not None and END in stem:
                    best = (k + 1, stem[END], 1)
            break
        node = nxt
        j = k + 1
    return best, k


class RunMemo:
    """What the match at a word came to, remembered per run of words its walks read (the word, the
    words they went through, and the one where the last walk stopped), in a tree of dicts with a
    level per word: a lookup follows the text's own words, where a dict keyed by tuples of them
    needed a new tuple, and its hash, for every length tried (measured with callgrind: detection
    on the abstracts 2% fewer instructions).

    No remembered run is the start of another: a walk reads a word only when the words before it
    let the walk go on, so a text that starts with a run reads the whole run and stops where it
    stopped. A lookup can therefore stop at the first value it meets, as the tuple lookups, tried
    shortest first, did."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        self.size = 0  # runs held (approximate under threads: it only bounds memory)

    def __len__(self) -> int:
        return self.size

    def find(self, tokens: list[str], keys: list[str | None], i: int, last: int) -> Any:
        """The value remembered for a run of tokens i..j (j < last, no transparent token after i),
        or None."""
        node = self.root.get(tokens[i])
        j = i + 1
        while node is not None and j < last and keys[j] is not None:
            node = node.get(tokens[j])
            if node.__class__ is not dict:
                return node  # a remembered value, or None: nothing remembered starts so
            j += 1
        return None

    def remember(self, run: list[str], value: Any, limit: int) -> None:
        """Remember `value` (a tuple) for a run of two words or more, emptying the memo first when
        it holds more than `limit` runs (bounded memory on endless streams of new words)."""
        if self.size > limit:
            self.root, self.size = {}, 0
        node = self.root
        for word in run[:-1]:
            node = node.setdefault(word, {})
            if node.__class__ is not dict:
                return  # a shorter run is remembered already (see above: cannot happen)
        node[run[-1]] = value
        self.size += 1


_new_tuple = tuple.__new__  # Match(...) through the named tuple's own __new__ cost a Python call per match


def tokenize_phrase(text: str, _cache: dict[str, list[str]] = {}) -> list[str]:
    """Tokens of a glossary phrase, with the document tokenizer's rules (cached per phrase)."""
    toks = _cache.get(text)
    if toks is None:
        words = text.split(" ")
        if all(w.isalpha() for w in words) and not _special_cases().intersection(words):
            # letters and single spaces only: spaCy would split at the spaces and nowhere else
            # (unless a word is one of its special cases, "cannot"); skipping it for these made
            # building a detector several times faster
            toks = words
        else:
            toks = [t.text for t in _phrase_nlp().make_doc(text)]
        _cache[text] = toks
    return toks


_special_holder: list[frozenset[str]] = []


def _special_cases() -> frozenset[str]:
    if not _special_holder:
        _special_holder.append(frozenset(_phrase_nlp().tokenizer.rules or ()))
    return _special_holder[0]


_phrase_nlp_holder: list[Any] = []


def _phrase_nlp() -> Any:
    if not _phrase_nlp_holder:
        _phrase_nlp_holder.append(get_tokenizer_for_phrases())
    return _phrase_nlp_holder[0]


def build_trie(items: Iterable[tuple[str, Any]], exact: bool, forms: Callable[[str], Iterable[str]] = lambda s: (s,)) -> PhraseTrie:
    trie = PhraseTrie(exact)
    for text, payload in items:
        for form in forms(text):
            trie.add(tokenize_phrase(form), payload)
    return trie


