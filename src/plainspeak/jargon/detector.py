"""Text -> Findings. One pass over the tokens: at each token the longest match among unsafe
notations, sig codes, abbreviations, glossary terms and formal words wins; words no list knows are
checked for rarity and medical word parts, and a rare word takes its rare neighbours with it
("chorioretinal atrophy"), as experts mark whole noun phrases. Findings never overlap.

Speed: what a word is (could it start a list entry? is it rare? abbreviation-shaped?) depends only
on its text, so it is worked out once per distinct word and cached; the pass over a document is then
a dictionary lookup per token for the ordinary words that make up most of any text.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from itertools import compress
from operator import attrgetter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from ..document import SKIP_TOKENS, Document, token_key, word_key
from ..glossary import AbbreviationEntry, Glossary, SigEntry, TermEntry, UnsafeEntry
from ..model import Finding, Sense
from .abbreviations import PatternSet, SenseChooser, find_definitions
from .context import DocContext
from .phrases import finding_template, from_template, join_phrases, new_finding
from .matcher import END, Match, PhraseTrie, RunMemo, build_trie, tokenize_phrase, walk
from .rare import WordParts, glossary_known_words, is_drug_name, is_never_jargon, known_base_frequency, word_part_explanation, zipf

# Priority when two candidates cover the same characters: safety first.
PRIORITY = {"unsafe-abbreviation": 5, "sig-code": 4, "abbreviation": 3, "term": 2, "formal-word": 1}
# Findings below this confidence are familiar words or style notes (a formal word in everyday use,
# a glossary entry whose plain wording is the term itself, "cancer"): kept for rewriting and
# definitions, but not counted as jargon by the benchmark.
JARGON_CONFIDENCE = 0.5
FAMILIAR_CONFIDENCE = 0.3
_PROFILE_CACHE_MAX = 200_000
_LONGEST_WORD = 50  # longer runs of letters are junk (a pasted key, a broken page), not words


@dataclass(frozen=True)
class DetectorSettings:
    # Words rarer than this (Zipf, log10 of uses per billion words; and unknown to the glossary) are
    # flagged. Chosen on the whole development set (see benchmarks/eval_detection.py).
    rare_zipf: float = 3.7
    # A flagged rare word takes adjacent words rarer than this into one phrase ("macular degeneration").
    phrase_zipf: float = 4.5
    rare_min_length: int = 4
    unknown_abbreviations: bool = True
    # Formal words at least this common ("performed", "prior to") are style notes, not jargon.
    familiar_zipf: float = 4.0
    # Glossary terms made only of words at least this common ("follow-up", "positive") are everyday
    # words with a medical sense: found and explained, but with a low confidence.
    everyday_zipf: float = 9.0
    # Generic drug names are never flagged by default: patients know their medicines by name, and a
    # name has no plainer word. Readers of research abstracts meet names they were never prescribed
    # ("itraconazole"), and experts mark them: True flags a rare drug name as a rare word (left as written).
    drug_names: bool = False


class _Word(NamedTuple):
    """What a word is, independent of where it stands. kind: see the _K* constants."""

    starts: tuple  # (trie, mode, kind, node) of the lists with an entry that may start with this word
    single: bool  # some entry is this word alone
    kind: int
    freq: float
    cap: bool  # capitalised but not all capitals: a name, unless it starts the sentence
    parts: Any  # word-part segmentation, for rare words
    terms_only: bool = False  # every list that may start here is a term list (findings need no context)
    other: Any = None  # for an abbreviation-shaped or rare word: the fields of its finding (see _other)
    codeless: bool = False  # no sig code or unsafe notation starts here (their findings depend on the sentence)


_KNONE, _KABBR, _KRARE, _KMOD = 0, 1, 2, 3
_NO_NEXTS: dict[str, bool] = {}  # never written: the next words of a word not seen before
_new_match = tuple.__new__  # Match(...) through the named tuple's own __new__ cost a Python call per match
_NOTHING = _Word((), False, _KNONE, 9.0, False, None)


@dataclass
class _Compiled:
    terms: PhraseTrie
    terms_lower: PhraseTrie
    abbreviations: PhraseTrie
    codes: PhraseTrie
    patterns: PatternSet
    senses: SenseChooser
    parts: WordParts
    known_plain: frozenset[str]
    common_abbr: frozenset[str]
    familiar: frozenset[str]  # ids of terms whose plain wording is the term itself ("cancer")
    commonness: dict[str, float]  # entry id -> Zipf frequency of its rarest word
    sources: dict[str, str]  # entry id -> "file#id"


def _compile(glossary: Glossary) -> _Compiled:
    # A form that is its own lemma ("lesion") matches every inflection ("lesions"); an inflected
    # form ("indicated", "metastases") matches only itself, or "indicated" (recommended) would
    # also claim "indicates" (shows).
    by_lemma: list[tuple[str, Any]] = []
    by_lower: list[tuple[str, Any]] = []
    for t in (*glossary.terms, *glossary.formal_words):
        for form in (t.term, *t.variants):
            toks = [x for x in tokenize_phrase(form) if x not in SKIP_TOKENS and not x.isspace()]
            (by_lemma if all(word_key(x) == x.lower() for x in toks) else by_lower).append((form, t))
    terms = build_trie(by_lemma, exact=False)
    terms_lower = build_trie([(f.lower(), t) for f, t in by_lower], exact=True)

    abbr_groups: dict[str, list[AbbreviationEntry]] = {}
    for a in glossary.abbreviations:
        abbr_groups.setdefault(a.abbr, []).append(a)
    written = {f for abbr, senses in abbr_groups.items() for f in (abbr, *[v for s in senses for v in s.variants])}
    abbr_items: list[tuple[str, Any]] = []
    for abbr, senses in abbr_groups.items():
        group = tuple(senses)
        forms = {abbr, *[v for s in senses for v in s.variants]}
        for form in list(forms):
            if form[:1].islower():
                forms.add(form[0].upper() + form[1:])  # sentence-initial "F/u"
            if len(form) >= 2 and form.isalpha() and form.isupper() and form + "s" not in written:
                forms.add(form + "s")  # the plural: "UTIs", "PVCs" (never over a listed "AIDS")
        abbr_items.extend((f, group) for f in forms)
    abbreviations = build_trie(abbr_items, exact=True)

    code_items: list[tuple[str, Any]] = []
    for s in glossary.sig_codes:
        if s.pattern:
            continue
        forms = {s.code, *s.variants}
        if sum(c.isalpha() for c in s.code) >= 3:
            # case-insensitive for long codes ("bid", "Bid"), but never upper-cased: "CAP" is pneumonia
            forms |= {f.lower() for f in forms} | {f.capitalize() for f in forms}
        code_items.extend((f, s) for f in forms)
    for u in glossary.unsafe:
        if u.abbr:
            code_items.extend((f, u) for f in {u.abbr, *u.variants})
    codes = build_trie(code_items, exact=True)

    familiar = set()
    for t in glossary.terms:
        if t.plain.strip().lower() == t.term.strip().lower():
            familiar.add(t.id)  # "cancer" -> "cancer": explained on request, not jargon
    # how common the rarest word of each entry is: an entry made of everyday words ("follow-up",
    # "performed") is a style note, not jargon (the threshold is a setting)
    commonness = {t.id: _rarest(t.term) for t in (*glossary.terms, *glossary.formal_words)}
    sources = {t.id: f"{_file(t.origin)}#{t.id}" for t in (*glossary.terms, *glossary.formal_words)}

    common = frozenset(a for a in abbr_groups if zipf(a.lower()) >= 4.0)
    return _Compiled(
        terms=terms, terms_lower=terms_lower, abbreviations=abbreviations, codes=codes,
        patterns=PatternSet(glossary.sig_codes, glossary.unsafe), senses=SenseChooser(glossary.abbreviations),
        parts=WordParts(glossary.word_parts), known_plain=glossary_known_words(glossary), common_abbr=common,
        familiar=frozenset(familiar), commonness=commonness, sources=sources,
    )


def _rarest(phrase: str) -> float:
    words = re.findall(r"[A-Za-z]+", phrase)
    return min((max(zipf(w.lower()), zipf(word_key(w))) for w in words), default=0.0)


class Detector:
    """Finds jargon with one glossary. Safe to share between threads: its only mutable state is
    caches (word profiles, pairs of words, finding templates), where a race at worst computes the
    same value twice. A full profile cache is replaced, never emptied in place, so a detection in
    progress keeps the profiles of its own words."""

    def __init__(self, glossary: Glossary, settings: DetectorSettings | None = None):
        self.glossary = glossary
        self.settings = settings or DetectorSettings()
        self.c: _Compiled = glossary.compiled("detector", _compile)
        # word -> profile; words always worth a visit (an entry may be this word alone, abbreviations,
        # rare words); words worth a visit only before the right next word ("of", "the" start a few
        # long phrases)
        self._sets: tuple[dict[str, _Word], set[str], set[str]] = ({}, set(), set())
        self._profiles_lock = threading.Lock()
        # word -> {next word: _may_continue}: a dict per word rather than one keyed by pairs, because
        # hashing a new (word, next word) tuple at each "the", "of", "in" (a third of the tokens of
        # the abstracts) cost more than the lookups (measured: _visits 1.3x faster)
        self._pairs: dict[str, dict[str, bool]] = {}
        self._pairs_size = 0  # pairs held in _pairs (approximate under threads: only bounds memory)
        self._templates: dict[int, dict[str, Any]] = {}  # id(term, sig or unsafe entry) -> its finding's fields
        self._abbr_templates: dict[tuple[int, int], dict[str, Any]] = {}  # (id(senses), id(sense chosen))
        # (word, the words after it that a term match read) -> (tokens, characters trimmed, template)
        # of the match at the word (see _term_at)
        self._ends = RunMemo()
        # a walk reads at most this many tokens after its first (the deepest term entry, and the
        # token where it stops)
        self._reach: int = glossary.compiled("detector-reach", lambda g: 1 + max(
            _depth(self.c.terms.root), _depth(self.c.terms_lower.root), _depth(self.c.abbreviations.root)))
        # the same for words where an abbreviation may start too: (tokens, characters trimmed,
        # template, the short form when an abbreviation won) (see _listed_at)
        self._listed = RunMemo()

    def detect_text(self, text: str) -> list[Finding]:
        return self.detect(Document(text))

    # --- the pass over the tokens ----------------------------------------------------------------

    def detect(self, doc: Document) -> list[Finding]:
        text = doc.text
        c = self.c
        tokens, keys = doc.tokens, doc.keys
        ctx = DocContext(doc)
        definitions = find_definitions(text) if "(" in text else []
        defined: dict[str, tuple[int, str]] = {}
        for d in definitions:
            defined.setdefault(d.abbr, (d.end, d.long_form))
        definition_ends = [d.end for d in definitions]  # in text order (see _introduced_here)
        findings: list[Finding] = []
        # regex families (q4h, x7d, trailing zeros) claim their characters first
        claimed: set[int] = set()
        covered: set[int] = set()  # tokens of findings other than rare words (which phrases may not take)
        for h in c.patterns.scan(text, doc.starts, tokens):
            if h.entry.__class__ is SigEntry and text[h.start:h.end] in defined:
                continue  # "Acupuncture (AC) ... the AC group": the text's own meaning, never "before meals"
            f = self._pattern_finding(doc, ctx, h)
            if f is not None:
                findings.append(f)
                claimed.update(_token_range(doc, h.start, h.end))
                covered.update(_token_range(doc, f.start, f.end))

        rare_at: dict[int, Finding] = {}  # token -> single-word rare finding (for phrases)
        sets = self._sets
        profiles, interesting, conditional = sets
        for tok in set(tokens).difference(profiles):
            self._profile(tok, sets)
        visits = self._visits(tokens, keys, sets, defined)
        next_free = 0
        continues = self._continues
        starts_at = doc.starts
        n = len(tokens)
        reach = self._reach
        ends = self._ends
        listed = self._listed
        for i in visits:
            if i < next_free or i in claimed:
                continue
            tok = tokens[i]
            p = profiles[tok]
            best = None
            if p.terms_only:
                # _term_at's usual case, inline (most visits of the abstracts): a run of words
                # remembered, and the finding made from its template (see _remembered)
                known = ends.find(tokens, keys, i, min(n, i + reach)) if i + 1 < n and keys[i + 1] is not None else None
                if known is None:
                    best, best_end = self._term_at(doc, i, p)
                elif known[2] is not None:
                    best_end = i + known[0]
                    start = starts_at[i]
                    stop = starts_at[best_end - 1] + len(tokens[best_end - 1]) - known[1]
                    best = from_template(known[2], start, stop, text[start:stop])
            elif p.starts and (p.single or continues(tokens, keys, i, p.starts)):
                # _listed_at's remembered case, inline as for terms
                known = listed.find(tokens, keys, i, min(n, i + reach)) if p.codeless and i + 1 < n and keys[i + 1] is not None else None
                if known is None or (known[3] is not None and known[3] in defined):
                    best, best_end = self._listed_at(doc, ctx, i, p, defined, known is None)
                elif known[2] is not None:
                    best_end = i + known[0]
                    start = starts_at[i]
                    stop = starts_at[best_end - 1] + len(tokens[best_end - 1]) - known[1]
                    best = from_template(known[2], start, stop, text[start:stop])
                if best is not None:
                    best = _introduced_here(best, definitions, definition_ends)
            if best is not None:
                findings.append(best)
                covered.update(range(i, best_end))  # a list entry: never a rare word
                next_free = best_end
                continue
            kind = p.kind
            if kind == _KRARE and p.other is not None and tok not in defined:
                # the common case of _other, a rare word: a name unless it starts the sentence
                if not (p.cap and not doc.sent_starts[i]):
                    start = starts_at[i]
                    rare_at[i] = f = from_template(p.other, start, start + len(tok), tok)
                    findings.append(f)
                continue
            if kind == _KABBR or kind == _KRARE or tok in defined:
                f = self._other(doc, ctx, i, p, defined)
                if f is not None:
                    f = _introduced_here(f, definitions, definition_ends)
                    findings.append(f)
                    if f.kind in ("rare-word", "word-part"):
                        rare_at[i] = f
                    else:
                        covered.add(i)
        if rare_at:

            def joinable(j: int) -> bool:
                """A rare word, or an uncommon word that no other finding holds (and no name)."""
                if j in rare_at:
                    return True
                if j in covered or j in claimed:
                    return False
                q = profiles.get(tokens[j])
                return q is not None and q.kind == _KMOD and not (q.cap and not doc.sent_starts[j])

            findings = join_phrases(doc, findings, rare_at, joinable)
        # by start, then longest first (two stable sorts in C: a key function per finding cost more)
        findings.sort(key=_END, reverse=True)
        findings.sort(key=_START)
        return _drop_overlaps(findings)

    def _visits(self, tokens: list[str], keys: list[str | None], sets: tuple, defined: dict[str, tuple[int, str]]) -> list[int]:
        """The tokens worth a visit, in order: those that are something (an entry may be this word
        alone, an abbreviation, a rare word), those that start a longer entry when the next word may
        go on with it, and words defined in the text. Every other token would be visited for
        nothing: the pass does the same there with or without the visit."""
        profiles, interesting, conditional = sets
        n = len(tokens)
        visits = list(compress(range(n), map(interesting.__contains__, tokens)))
        ok = []
        nexts = self._pairs.get  # word -> its known next words
        continues = self._continues
        # the last token has no next word; a transparent next token (a hyphen) is never a known
        # next word (_continues looks past it): both go to _continues, as unknown pairs do
        padded = tokens + [None]
        for i in compress(range(n), map(conditional.__contains__, tokens)):
            known = nexts(tokens[i], _NO_NEXTS).get(padded[i + 1])
            if known is None:
                known = continues(tokens, keys, i, profiles[tokens[i]].starts)
            if known:
                ok.append(i)
        if defined:  # "(Pcr)" defined in the text is worth a visit (and may be visited already)
            ok.extend(compress(range(n), map(defined.__contains__, tokens)))
            return sorted(set(visits).union(ok))
        if ok:  # a word is either interesting or conditional (see _remember): no token twice
            visits += ok
            visits.sort()
        return visits

    def _continues(self, tokens: list[str], keys: list[str | None], i: int, starts: tuple) -> bool:
        """Whether an entry starting at token i may go on to the next word (skipping punctuation
        without a key): _may_continue, cached per pair of words (it depends on nothing else)."""
        k = i + 1
        n = len(keys)
        while k < n and keys[k] is None:
            k += 1
        if k >= n:
            return False
        after = self._pairs.get(tokens[i])
        known = None if after is None else after.get(tokens[k])
        if known is None:
            known = _may_continue(tokens[k], keys[k], starts)
            if self._pairs_size > _PROFILE_CACHE_MAX:
                self._pairs, self._pairs_size = {}, 0  # bounded memory on endless streams of new words
            if after is None:
                after = self._pairs.setdefault(tokens[i], {})
            after[tokens[k]] = known
            self._pairs_size += 1
        return known

    def _profile(self, tok: str, sets: tuple) -> _Word:
        key = token_key(tok)
        if key is None or key == "\n\n" or tok.isspace():
            return self._remember(tok, _NOTHING, sets)
        c = self.c
        low = tok.lower()
        starts = tuple(
            (trie, mode, kind, trie.root[value]) for trie, mode, kind, value in (
                (c.codes, "exact", "code", tok), (c.abbreviations, "exact", "abbreviation", tok),
                (c.terms, "key", "term", key), (c.terms_lower, "lower", "term", low))
            if value in trie.root
        )
        kind, freq, parts = _KNONE, 9.0, None
        s = self.settings
        if 2 <= len(tok) <= _LONGEST_WORD and tok[0].isalpha() and not is_never_jargon(tok) and low not in self.glossary.allow:
            if _looks_like_abbreviation(tok):
                kind = _KABBR
                freq = zipf(low)
            elif tok.isalpha():
                freq = max(zipf(low), zipf(key)) if key != low else zipf(low)
                if is_drug_name(low) and not s.drug_names:
                    pass  # patients know their medicines by name, and a name has no plainer word
                elif (freq < s.rare_zipf and len(tok) >= s.rare_min_length and low not in c.known_plain
                      and known_base_frequency(low) < s.rare_zipf):
                    kind = _KRARE
                    parts = c.parts.split(low)
                elif freq < s.phrase_zipf and len(tok) >= 3 and not low.endswith("ly"):
                    kind = _KMOD  # adverbs ("successfully") modify verbs, not the noun phrase
        cap = tok[:1].isupper() and not tok.isupper()
        single = any(END in node for _, _, _, node in starts)
        if not starts and kind == _KNONE:
            return self._remember(tok, _NOTHING, sets)
        terms_only = bool(starts) and all(k == "term" for _, _, k, _ in starts)
        codeless = all(k != "code" for _, _, k, _ in starts)
        p = _Word(starts, single, kind, freq, cap, parts, terms_only, self._other_template(tok, kind, freq, parts), codeless)
        return self._remember(tok, p, sets)

    def _remember(self, tok: str, p: _Word, sets: tuple) -> _Word:
        profiles, interesting, conditional = sets
        if len(profiles) > _PROFILE_CACHE_MAX:
            with self._profiles_lock:
                if self._sets is sets:
                    self._sets = ({}, set(), set())  # bounded memory on endless streams of new words
        if p.kind in (_KABBR, _KRARE) or (p.starts and p.single):
            interesting.add(tok)  # a modifier matters only beside a rare word: not visited
        elif p.starts:
            conditional.add(tok)
        profiles[tok] = p
        return p

    def _other_template(self, word: str, kind: int, freq: float, parts: Any) -> dict[str, Any] | None:
        """The fields of the finding _other makes for a word of this kind, but its offsets."""
        if kind == _KABBR:
            return finding_template(kind="abbreviation", term=word, plain=None,
                                    definition="A short form that is not explained.", confidence=0.5, render="leave")
        if kind != _KRARE:
            return None
        if parts is not None:
            plain, definition = word_part_explanation(parts)
            return finding_template(kind="word-part", term=None, plain=plain, definition=definition,
                                    category=None, source="word_parts.csv", confidence=0.5, render="leave")
        confidence = round(min(0.9, 0.5 + (self.settings.rare_zipf - freq) / 6), 2)
        return finding_template(kind="rare-word", confidence=confidence, render="leave")

    def _term_at(self, doc: Document, i: int, p: _Word) -> tuple[Finding | None, int]:
        """The best term list entry starting at token i (a word that starts term entries only),
        when no run of words starting there is remembered (detect looks first).
        The words a match read (this one, those the walks went through, and the one where the last
        walk stopped) alone decide it (how many tokens, a full stop trimmed or not, which entry):
        it is remembered per such run of words, when no transparent token lies inside it."""
        tokens, keys = doc.tokens, doc.keys
        n = len(keys)
        k = i + 1
        if not (p.single or self._continues(tokens, keys, i, p.starts)):
            return None, k
        template, end, stop, seen = self._best_term(doc, i, p.starts)
        if seen < n and None not in keys[k:seen + 1]:
            self._ends.remember(tokens[i:seen + 1], (0, 0, None) if template is None else
                                (end - i, doc.token_end(end - 1) - stop, template), _PROFILE_CACHE_MAX)
        if template is None:
            return None, k
        start = doc.starts[i]
        return from_template(template, start, stop, doc.text[start:stop]), end

    def _best_term(self, doc: Document, i: int, tries: tuple) -> tuple[dict[str, Any] | None, int, int, int]:
        """_best_match where every list is a term list: the winner depends only on the entries and
        how far they reach, so its finding is made from its entry's template. (template, end token,
        end character) of the winner, or (None, 0, 0); then the last token any walk read."""
        keys = doc.keys
        start = doc.starts[i]
        best = None
        best_key = (-1, -1, False)
        seen = i
        for _trie, mode, _kind, node in tries:
            lower = mode == "lower"
            found, stopped = walk(node, keys if mode == "key" else doc.tokens, keys, i + 1, lower)
            if stopped > seen:
                seen = stopped
            if found is None:
                continue
            end, payloads, trim = found
            entry = payloads[0]
            key = (doc.token_end(end - 1) - trim - start, PRIORITY.get(entry.kind, 0), lower)
            if key > best_key:
                best, best_key = (entry, end), key
        if best is None:
            return None, 0, 0, seen
        entry, end = best
        template = self._templates.get(id(entry))
        if template is None:
            template = self._templates[id(entry)] = self._term_template(entry)
        return template, end, start + best_key[0], seen

    def _term_template(self, entry: TermEntry) -> dict[str, Any]:
        c, s = self.c, self.settings
        limit = s.familiar_zipf if entry.kind == "formal-word" else s.everyday_zipf
        familiar = entry.id in c.familiar or c.commonness.get(entry.id, 0.0) >= limit
        return finding_template(
            kind=entry.kind, term=entry.term, plain=entry.plain,
            alternatives=entry.alternatives, definition=entry.definition or None, category=entry.category,
            source=c.sources.get(entry.id) or f"{_file(entry.origin)}#{entry.id}", render=entry.render,
            confidence=FAMILIAR_CONFIDENCE if familiar else 1.0,
        )

    def _listed_at(self, doc: Document, ctx: DocContext, i: int, p: _Word, defined: dict[str, tuple[int, str]],
                   looked: bool = False) -> tuple[Finding | None, int]:
        """_best_match, remembered per run of words read (as in _term_at) when the candidates'
        findings depend on nothing but the words: terms, and abbreviations with one sense that are
        not common words, sides or single letters. A remembered abbreviation defined in this text
        is worked out again (its finding may be the text's definition). `looked`: detect found
        nothing remembered already."""
        tokens, keys = doc.tokens, doc.keys
        n = len(keys)
        k = i + 1
        remember = p.codeless and k < n and keys[k] is not None
        if remember and not looked:
            known = self._listed.find(tokens, keys, i, min(n, i + self._reach))
            if known is not None and (known[3] is None or known[3] not in defined):
                return _remembered(doc, i, known[0], known[1], known[2], k)
        best, best_end, seen, free, abbr = self._best_match(doc, ctx, i, p.starts, defined)
        if remember and free and seen < n and None not in keys[k:seen + 1] and abbr not in defined:
            self._listed.remember(tokens[i:seen + 1], (0, 0, None, None) if best is None else
                                  (best_end - i, doc.token_end(best_end - 1) - best.end, dict(best.__dict__), abbr),
                                  _PROFILE_CACHE_MAX)
        return best, best_end

    def _best_match(self, doc: Document, ctx: DocContext, i: int, tries: tuple, defined: dict[str, tuple[int, str]]) -> tuple[Finding | None, int, int, bool, str | None]:
        """The longest (then safest) list entry starting at token i; then the last token a walk
        read, whether every candidate's finding depends on the words alone (see _listed_at), and
        the short form of the winner when it is an abbreviation."""
        start = doc.starts[i]
        keys = doc.keys
        cands: list[tuple[str, Match, bool]] = []
        seen = i
        free = True
        for _trie, mode, kind, node in tries:
            lower = mode == "lower"
            found, stopped = walk(node, keys if mode == "key" else doc.tokens, keys, i + 1, lower)
            if stopped > seen:
                seen = stopped
            if found is not None:
                m = _new_match(Match, (i, found[0], tuple(found[1]), found[2]))
                cands.append((kind, m, lower))
                if kind == "code":
                    free = False
                elif kind == "abbreviation":
                    senses = m.payloads[0]
                    short = senses[0].abbr
                    if len(senses) != 1 or short in self.c.common_abbr or short in _SIDE_LETTERS or len(short) == 1:
                        free = False
        best: Finding | None = None
        best_key = (-1, -1, False)
        best_end = i + 1
        abbr = None
        for kind, match, exact_form in cands:
            f = self._finding(doc, ctx, match, kind, defined)
            if f is None:
                continue
            # on a tie, an entry for this very form ("tracing", "elevated") beats its base form's ("trace")
            key = (doc.token_end(match.end - 1) - match.trim - start, PRIORITY.get(f.kind, 0), exact_form)
            if key > best_key:
                best, best_key, best_end = f, key, match.end
                abbr = match.payloads[0][0].abbr if kind == "abbreviation" else None
        return best, best_end, seen, free, abbr

    # --- candidates -> findings ------------------------------------------------------------------

    def _finding(self, doc: Document, ctx: DocContext, m: Match, kind: str, defined: dict[str, tuple[int, str]]) -> Finding | None:
        start, end = doc.starts[m.first], doc.token_end(m.end - 1) - m.trim
        text = doc.text[start:end]
        payload = m.payloads[0]
        if kind == "code":
            return self._code_finding(doc, ctx, m, start, end, text)
        if kind == "abbreviation":
            return self._abbreviation_finding(doc, ctx, m, start, end, text, payload, defined)
        entry: TermEntry = payload
        template = self._templates.get(id(entry))
        if template is None:
            template = self._templates[id(entry)] = self._term_template(entry)
        return from_template(template, start, end, text)

    def _cued_as_abbreviation(self, full: str, text: str, start: int, end: int) -> bool:
        """Whether a do-not-use notation is also listed as an abbreviation whose cues, around this
        occurrence, clearly name one of its senses (at least one cue, even for a lone sense): then
        it is that abbreviation. Without cues the notation stays unsafe."""
        node = self.c.abbreviations.root.get(text)
        if node is None or END not in node:
            return False
        return self.c.senses.choose(node[END][0], full, start, end, need_cue=True) is not None

    def _code_finding(self, doc: Document, ctx: DocContext, m: Match, start: int, end: int, text: str) -> Finding | None:
        entry = m.payloads[0]
        letters = sum(ch.isalpha() for ch in text)
        if isinstance(entry, UnsafeEntry):
            # A unit notation (U, IU, cc) is unsafe right beside a number ("10 U"), never inside a
            # slash form such as "f/u"; a symbol (<, +, &) only in a medication line ("P < .05" in a
            # study is fine); other short notations (QD, MS) only in a line with numbers or doses.
            if _in_slash_form(doc, m.first, m.end):
                return None
            if _is_unit_notation(entry):
                if not ctx.next_to_number(m.first, m.end):
                    return None
            elif letters == 0:
                if not ctx.in_dose_sentence(m.first):
                    return None
            elif letters <= 3 and not ctx.in_sig_sentence(m.first):
                return None
            if letters and self._cued_as_abbreviation(doc.text, text, start, end):
                return None  # "Severe AS, valve area 0.8 cm2": the cues say aortic stenosis, not "left ear"
            template = self._templates.get(id(entry))
            if template is None:
                template = self._templates[id(entry)] = _unsafe_finding(entry, 0, 0, "", entry.safe).__dict__
            return from_template(template, start, end, text)
        sig: SigEntry = entry
        if not ctx.in_sig_sentence(m.first):
            return None
        if text.lower() in _EVERYDAY_FORMS and not ctx.near_number(m.first, m.end, reach=3):
            return None  # "Remove the cap and shake the inhaler for 5 seconds": a cap, not a capsule
        template = self._templates.get(id(sig))
        if template is None:
            template = self._templates[id(sig)] = finding_template(
                kind="sig-code", term=sig.code, plain=sig.plain, definition=None, category=sig.kind,
                source=f"sig_codes.csv#{sig.id}", render="replace")
        return from_template(template, start, end, text)

    def _abbreviation_finding(self, doc: Document, ctx: DocContext, m: Match, start: int, end: int, text: str,
                              senses: tuple[AbbreviationEntry, ...], defined: dict[str, tuple[int, str]]) -> Finding | None:
        abbr = senses[0].abbr
        if abbr in self.c.common_abbr and ctx.in_upper_sentence(m.first):
            return None  # "OR", "US" in an all-capitals heading are words, not abbreviations
        if abbr in _SIDE_LETTERS:
            if not (_before_a_body_part(doc, m.end) or _in_side_comparison(doc, m.first, m.end)):
                return None  # "L" and "R" are sides only as in "L knee"; "2 L" is litres
        elif len(abbr) == 1 and not _single_letter_context(doc, ctx, m.first, m.end):
            return None  # "M", "F", "K" only as in "68 y/o M" or "K 3.1"
        if abbr in defined and start >= defined[abbr][0]:
            long_form = defined[abbr][1]
            match = [s for s in senses if s.expansion.lower() == long_form.lower()]
            if match:
                if len(match) < len(senses):  # else the same senses: keep the glossary's tuple (and its template)
                    senses = tuple(match)
            else:
                return _defined_finding(start, end, text, long_form)
        chosen = self.c.senses.choose(senses, doc.text, start, end)
        # the finding's fields but its offsets depend only on the senses (and the one chosen): a
        # template per senses object (the glossary's, or one narrowed by a definition: not kept)
        key = (id(senses), id(chosen))
        template = self._abbr_templates.get(key) if senses is m.payloads[0] else None
        if template is None:
            source = _file(senses[0].origin)
            if chosen is None:
                template = finding_template(
                    kind="abbreviation", term=abbr, plain=None, category=None,
                    ambiguous=True, senses=tuple(Sense(s.expansion, s.plain, f"{source}#{s.id}") for s in senses),
                    definition="This short form has more than one meaning here; ask what it means.",
                    source=f"{source}#{abbr}", confidence=0.5, render="leave",
                )
            else:
                template = finding_template(
                    kind="abbreviation", term=chosen.expansion, plain=chosen.plain,
                    definition=chosen.definition or None, category=chosen.category, source=f"{source}#{chosen.id}",
                    render=chosen.render, confidence=1.0 if len(senses) == 1 else 0.8,
                )
            if senses is m.payloads[0]:
                self._abbr_templates[key] = template
        return from_template(template, start, end, text)

    def _pattern_finding(self, doc: Document, ctx: DocContext, h: Any) -> Finding | None:
        e = h.entry
        text = doc.text
        if isinstance(e, UnsafeEntry):
            # a bare decimal (".05") is an unsafe dose only in a medication line, not "P < .05"
            if text[h.start:h.start + 1] == "." and not _dose_nearby(text, h.start, h.end):
                return None
            return _unsafe_finding(e, h.start, h.end, text[h.start:h.end], h.plain)
        end = h.end
        if text[end - 1] == "." and text[h.start:end - 1].count(".") == 0 and (end == len(text) or text[end].isspace()):
            end -= 1  # "q4h." at the end of a sentence: the full stop belongs to the sentence
        return new_finding(start=h.start, end=end, text=text[h.start:end], kind="sig-code", term=e.code, plain=h.plain,
                       category=e.kind, source=f"sig_codes.csv#{e.id}", render="replace")

    def _other(self, doc: Document, ctx: DocContext, i: int, p: _Word, defined: dict[str, tuple[int, str]]) -> Finding | None:
        """A word no list knows: an undefined abbreviation, a compound with known parts, or a rare word."""
        word = doc.tokens[i]
        start, end = doc.starts[i], doc.starts[i] + len(word)
        if word in defined and start >= defined[word][0]:
            return _defined_finding(start, end, word, defined[word][1])
        if p.kind == _KABBR:
            if (self.settings.unknown_abbreviations and p.freq < 4.5 and len(word) <= 6
                    and not ctx.in_upper_sentence(i) and not _credential_or_state(doc.tokens, i)):
                return new_finding(start=start, end=end, text=word, kind="abbreviation", term=word, plain=None,
                               definition="A short form that is not explained.", confidence=0.5, render="leave")
            return None
        if p.cap and not doc.sent_starts[i]:
            return None  # a name of a person, place or product
        if p.parts is not None:
            plain, definition = word_part_explanation(p.parts)
            return new_finding(start=start, end=end, text=word, kind="word-part", term=None, plain=plain, definition=definition,
                           category=None, source="word_parts.csv", confidence=0.5, render="leave")
        confidence = round(min(0.9, 0.5 + (self.settings.rare_zipf - p.freq) / 6), 2)
        return new_finding(start=start, end=end, text=word, kind="rare-word", confidence=confidence, render="leave")


def _depth(root: dict[str, Any]) -> int:
    """How many tokens the longest phrase of a trie has."""
    deepest, level, nodes = 0, 0, [root]
    while nodes:
        nodes = [child for node in nodes for key, child in node.items() if key != END]
        level += 1
        if nodes:
            deepest = level
    return deepest


def _remembered(doc: Document, i: int, size: int, trim: int, template: dict[str, Any] | None, k: int) -> tuple[Finding | None, int]:
    """A remembered match at token i (its tokens, the characters trimmed off its last one, its
    finding's template) as (finding, end token); (None, k) when the run was remembered to hold none."""
    if template is None:
        return None, k
    start = doc.starts[i]
    end = i + size
    stop = doc.starts[end - 1] + len(doc.tokens[end - 1]) - trim
    return from_template(template, start, stop, doc.text[start:stop]), end


def _value(tok: str, key: str | None, mode: str) -> str | None:
    return key if mode == "key" else tok.lower() if mode == "lower" else tok


def _may_continue(next_word: str, next_key: str | None, starts: tuple) -> bool:
    """Some multi-word entry starting at this word has `next_word` as its second word (a cheap
    test that spares a full match at "the", "in", "with", which start a few long phrases)."""
    return any(_value(next_word, next_key, mode) in node for _, mode, _, node in starts)


# --- helpers --------------------------------------------------------------------------------------

@lru_cache(maxsize=16384)  # one per glossary entry at most
def _file(origin: str) -> str:
    """The file name of an entry's origin ("glossary/abbreviations.csv:12" -> "abbreviations.csv")."""
    return origin.rsplit(":", 1)[0].rsplit("/", 1)[-1]


def _defined_finding(start: int, end: int, text: str, long_form: str) -> Finding:
    return new_finding(start=start, end=end, text=text, kind="abbreviation", term=text, plain=long_form,
                   definition=f"Short for {long_form}, as defined earlier in the text.", source="defined in text",
                   render="replace", confidence=0.9)


def _unsafe_finding(entry: UnsafeEntry, start: int, end: int, text: str, safe: str) -> Finding:
    """A do-not-use notation. When its safe wording depends on what was meant ("MS": morphine
    sulfate | magnesium sulfate), it is flagged with the choices and never replaced."""
    options = tuple(o.strip() for o in safe.split("|") if o.strip())
    single = len(options) == 1
    return new_finding(
        start=start, end=end, text=text, kind="unsafe-abbreviation", term=entry.abbr or entry.id,
        plain=options[0] if single else None, alternatives=() if single else options, definition=entry.problem,
        category="general", source=f"unsafe.csv#{entry.id}", render="replace" if single else "leave",
        ambiguous=not single,
    )


def _looks_like_abbreviation(word: str) -> bool:
    """Mostly capitals ("COPD", "IgE", "SpO2"), or a short mixed-case word no English word list
    knows ("Pcr", "eGFR"): names of people and places are in the word lists, these are not."""
    letters = [c for c in word if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if len(letters) >= 2 and upper >= 2 and upper >= len(letters) - 1:
        return True
    return (2 <= len(letters) <= 5 and word.isalnum() and upper >= 1 and not word.islower()
            and zipf(word.lower()) == 0.0)


_DOSE = re.compile(r"\b(?:mg|mcg|g|gm|kg|ml|l|units?|iu|meq|mmol|tabs?|tablets?|caps?|capsules?|puffs?|drops?|gtts?|doses?)\b", re.I)


def _dose_nearby(text: str, start: int, end: int) -> bool:
    """A dose unit right after a number (".5 mg")."""
    return bool(_DOSE.match(text, end + (1 if text[end:end + 1] == " " else 0)))


# "L knee", "R eye": a side written as one letter, only right before a part of the body (a side is a
# fact the guard protects, so the letter is read as a side nowhere else: "2 L" is litres, "R/O" a code).
_SIDE_LETTERS = frozenset({"L", "R"})
_BODY_PARTS = frozenset(
    """knee knees hip hips ankle ankles foot feet leg legs arm arms hand hands wrist wrists elbow elbows shoulder
    shoulders eye eyes ear ears breast breasts lung lungs kidney kidneys side flank chest groin thigh calf heel
    toe toes finger fingers thumb neck jaw face cheek temple ovary testicle testis hemithorax buttock forearm
    shin lower upper lateral medial sided""".split()
)


def _before_a_body_part(doc: Document, end: int) -> bool:
    k = end + 1 if end < len(doc.tokens) and doc.tokens[end] == "-" else end  # "L-sided"
    return k < len(doc.tokens) and doc.tokens[k].lower() in _BODY_PARTS


def _in_side_comparison(doc: Document, first: int, end: int) -> bool:
    """"R > L", "L<R", "R = L": one side compared with the other, so both letters are sides."""
    toks = doc.tokens
    after = end + 1 < len(toks) and toks[end] in _COMPARE and toks[end + 1] in _SIDE_LETTERS
    before = first >= 2 and toks[first - 1] in _COMPARE and toks[first - 2] in _SIDE_LETTERS
    return after or before


_COMPARE = frozenset({">", "<", "=", ">=", "<=", "≥", "≤"})
_AGE_SEX = re.compile(r"(?:y/?o|yo|year[- ]old|yr|yrs|years?)\s*$", re.I)


def _single_letter_context(doc: Document, ctx: DocContext, first: int, end: int) -> bool:
    """A one-letter abbreviation is one only right after an age ("68 y/o M") or beside a lab value
    ("K 3.1", "K of 2.9"); anywhere else it is a letter, an initial or a word."""
    if ctx.next_to_number(first, end) or (end + 1 < len(doc.tokens) and doc.tokens[end] in ("of", ":", "=")
                                          and ctx.next_to_number(end, end + 1)):
        return True
    before = doc.text[max(0, doc.starts[first] - 20):doc.starts[first]]
    return bool(_AGE_SEX.search(before))


_UNIT_WORDS = frozenset({"unit", "units", "international units", "ml", "milliliters", "millilitres", "mcg", "micrograms"})


def _is_unit_notation(entry: UnsafeEntry) -> bool:
    return entry.safe.lower() in _UNIT_WORDS or entry.abbr in ("U", "IU", "cc", "µg", "ug", "u")


# dose forms that are everyday words too: a form only with a number near ("1 cap PO", "2 mg cap")
_EVERYDAY_FORMS = frozenset({"cap", "caps"})


def _in_slash_form(doc: Document, first: int, end: int) -> bool:
    return (first > 0 and doc.tokens[first - 1] in ("/", "\\")) or (end < len(doc.tokens) and doc.tokens[end] in ("/", "\\"))


def _token_range(doc: Document, start: int, end: int) -> range:
    """Indices of the tokens that overlap characters [start, end)."""
    first = bisect_left(doc.starts, start)
    if first > 0 and doc.token_end(first - 1) > start:
        first -= 1
    return range(first, bisect_left(doc.starts, end))


def _introduced_here(f: Finding, definitions: list[Any], ends: list[int]) -> Finding:
    """The "(PE)" of "pulmonary embolism (PE)" is a short form the reader must now remember, so it is
    jargon, but it explains itself: reported with its long form, never rewritten. Definitions are in
    text order, so the one that could hold the finding is found by bisection of their ends."""
    if f.kind != "abbreviation" or not definitions:
        return f
    k = bisect_left(ends, f.end)
    if k == len(definitions):
        return f
    d = definitions[k]
    if not (d.end - len(d.abbr) - 2 <= f.start and f.end <= d.end):
        return f
    return new_finding(start=f.start, end=f.end, text=f.text, kind="abbreviation", term=f.text, plain=d.long_form,
                       definition=f"Short for {d.long_form}, as the text says right here.", source="defined in text",
                       render="leave", confidence=0.6)


# Two capital letters that end an address line before its ZIP code: "Springfield, IL 62704".
_US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split()
)
_ZIP = re.compile(r"\d{5}(?:-\d{4})?")
_CAPITALS = re.compile(r"[A-Z][A-Za-z]{0,5}")  # "MD", "PhD", "FACC": a credential after a name
_NAME = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*")  # "Okafor", "O'Neil", "Smith-Jones"


def _credential_or_state(tokens: list[str], i: int) -> bool:
    """A short form that is not jargon to explain: a credential after a person's name ("R. Okafor,
    MD"; "Dr. Lee, MD, FACC") or a state before a ZIP code ("Springfield, IL 62704")."""
    word = tokens[i]
    if word in _US_STATES and i + 1 < len(tokens) and _ZIP.fullmatch(tokens[i + 1]):
        return True
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    if after and after not in _AFTER_A_CREDENTIAL and not after.isspace() and not after[0].isdigit():
        return False  # "Started Lasix, QZX and ...": a name's credentials end its phrase
    j = i - 1
    while j >= 2 and tokens[j] == "," and _CAPITALS.fullmatch(tokens[j - 1]) and tokens[j - 2] == ",":
        j -= 2  # the credentials before it in a list: ", MD, FACC"
    return j >= 1 and tokens[j] == "," and _NAME.fullmatch(tokens[j - 1]) is not None and not is_drug_name(tokens[j - 1].lower())


_AFTER_A_CREDENTIAL = frozenset({",", ".", ";", ":", ")"})


_START, _END = attrgetter("start"), attrgetter("end")


def _drop_overlaps(findings: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    last_end = -1
    for f in findings:
        if f.start >= last_end:
            out.append(f)
            last_end = f.end
    return out
