"""Text -> Findings. One pass over the tokens: at each token the longest match among unsafe
notations, sig codes, abbreviations, glossary terms and formal words wins; words no list knows are
checked for rarity and medical word parts. Findings never overlap."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..document import Document
from ..glossary import AbbreviationEntry, Glossary, SigEntry, TermEntry, UnsafeEntry
from ..model import Finding, Sense
from .abbreviations import PatternSet, SenseChooser, find_definitions
from ..document import SKIP_TOKENS, word_key
from .matcher import Match, PhraseTrie, build_trie, exact_keys, tokenize_phrase
from .rare import WordParts, glossary_known_words, is_drug_name, is_never_jargon, word_part_explanation, zipf

# Priority when two candidates cover the same characters: safety first.
PRIORITY = {"unsafe-abbreviation": 5, "sig-code": 4, "abbreviation": 3, "term": 2, "formal-word": 1}
_NUMBER = re.compile(r"^[<>~≈]?\d[\d,.]*%?$")


@dataclass(frozen=True)
class DetectorSettings:
    rare_zipf: float = 2.8  # words rarer than this (and unknown to the glossary) are flagged
    rare_min_length: int = 5
    unknown_abbreviations: bool = True


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
    abbr_by_text: dict[str, tuple[AbbreviationEntry, ...]]
    common_abbr: frozenset[str]


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
    # Each written form maps to the senses that use it: "HR" may be heart rate or hour, but "hrs"
    # is only ever hours.
    by_form: dict[str, list[AbbreviationEntry]] = {}
    for senses in abbr_groups.values():
        for s in senses:
            for form in {s.abbr, *s.variants}:
                forms = {form, form[0].upper() + form[1:]} if form[:1].islower() else {form}  # sentence-initial "F/u"
                for f in forms:
                    if s not in by_form.setdefault(f, []):
                        by_form[f].append(s)
    by_text = {abbr: tuple(senses) for abbr, senses in abbr_groups.items()}
    abbreviations = build_trie([(f, tuple(senses)) for f, senses in by_form.items()], exact=True)

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

    common = frozenset(a for a in abbr_groups if zipf(a.lower()) >= 4.0)
    return _Compiled(
        terms=terms, terms_lower=terms_lower, abbreviations=abbreviations, codes=codes,
        patterns=PatternSet(glossary.sig_codes, glossary.unsafe), senses=SenseChooser(glossary.abbreviations),
        parts=WordParts(glossary.word_parts), known_plain=glossary_known_words(glossary), abbr_by_text=by_text,
        common_abbr=common,
    )


class Detector:
    """Finds jargon with one glossary. Immutable after construction; safe to share between threads."""

    def __init__(self, glossary: Glossary, settings: DetectorSettings | None = None):
        self.glossary = glossary
        self.settings = settings or DetectorSettings()
        self.c: _Compiled = glossary.compiled("detector", _compile)

    def detect_text(self, text: str) -> list[Finding]:
        return self.detect(Document(text))

    def detect(self, doc: Document) -> list[Finding]:
        text = doc.text
        c = self.c
        exact = exact_keys(doc)
        lower = [None if k is None else k.lower() for k in exact]
        keys = doc.keys
        n = len(keys)
        upper_sentence = _mostly_upper_tokens(doc)
        sig_context = _sig_context_tokens(doc)
        definitions = find_definitions(text) if "(" in text else []
        defined: dict[str, tuple[int, str]] = {}
        for d in definitions:
            defined.setdefault(d.abbr, (d.end, d.long_form))
        def_spans = [(d.start, d.end, d) for d in definitions]
        findings: list[Finding] = []
        # regex families (q4h, x7d, trailing zeros) claim their characters first
        pattern_hits = c.patterns.scan(text) if any(ch.isdigit() for ch in text) else []
        claimed: list[tuple[int, int]] = []
        for h in pattern_hits:
            findings.append(self._pattern_finding(text, h))
            claimed.append((h.start, h.end))
        claimed_tokens = _tokens_in(doc, claimed)

        i = 0
        while i < n:
            if keys[i] is None or i in claimed_tokens:
                i += 1
                continue
            start = doc.starts[i]
            cands: list[tuple[int, int, str, Any]] = []  # (chars, priority, kind, payload+match)
            for trie, kind in ((c.codes, "code"), (c.abbreviations, "abbreviation")):
                m = trie.longest_at(doc, i, exact)
                if m is not None:
                    cands.append((doc.token_end(m.end - 1) - start, 0, kind, m))
            for trie, ks in ((c.terms, keys), (c.terms_lower, lower)):
                m = trie.longest_at(doc, i, ks)
                if m is not None:
                    cands.append((doc.token_end(m.end - 1) - start, 0, "term", m))
            best: Finding | None = None
            best_key = (-1, -1)
            best_end = i + 1
            for length, _, kind, match in cands:
                f = self._finding(doc, match, kind, upper_sentence, sig_context, defined)
                if f is None:
                    continue
                key = (length, PRIORITY.get(f.kind, 0))
                if key > best_key:
                    best, best_key, best_end = f, key, match.end
            if best is None:
                best = self._other(doc, i, upper_sentence, defined)
                best_end = i + 1
            if best is not None and not _inside_definition(best, def_spans):
                findings.append(best)
            i = best_end
        findings.sort(key=lambda f: (f.start, -f.end))
        return _drop_overlaps(findings)

    # --- candidates -> findings ------------------------------------------------------------------

    def _finding(self, doc: Document, m: Match, kind: str, upper: set[int], sig_context: set[int], defined: dict[str, tuple[int, str]]) -> Finding | None:
        start, end = doc.starts[m.first], doc.token_end(m.end - 1)
        text = doc.text[start:end]
        payload = m.payloads[0]
        if kind == "code":
            return self._code_finding(doc, m, start, end, text, sig_context)
        if kind == "abbreviation":
            senses: tuple[AbbreviationEntry, ...] = payload
            return self._abbreviation_finding(doc, m, start, end, text, senses, upper, defined)
        entry: TermEntry = payload
        return Finding(
            start=start, end=end, text=text, kind=entry.kind, term=entry.term, plain=entry.plain,
            alternatives=entry.alternatives, definition=entry.definition or None, category=entry.category,
            source=f"{entry.origin.rsplit(':', 1)[0].rsplit('/', 1)[-1]}#{entry.id}", render=entry.render,
        )

    def _code_finding(self, doc: Document, m: Match, start: int, end: int, text: str, sig_context: set[int]) -> Finding | None:
        entry = m.payloads[0]
        letters = sum(ch.isalpha() for ch in text)
        if isinstance(entry, UnsafeEntry):
            # A unit notation (U, IU, cc) is unsafe right beside a number ("10 U"), never inside a
            # slash form such as "f/u"; other short notations (QD, MS) only in a medication line.
            if _in_slash_form(doc, m.first, m.end):
                return None
            if not any(ch.isalnum() for ch in text) and start > 0 and doc.text[start - 1].isdigit():
                return None  # a symbol glued to a number is a grade or range ("3+ edema"), not "and"
            if _is_unit_notation(entry):
                if not _next_to_number(doc, m.first, m.end):
                    return None
            elif letters <= 3 and m.first not in sig_context:
                return None
            return _unsafe_finding(entry, start, end, text, entry.safe)
        sig: SigEntry = entry
        if m.first not in sig_context:
            return None
        return Finding(
            start=start, end=end, text=text, kind="sig-code", term=sig.code, plain=sig.plain,
            definition=None, category=sig.kind, source=f"sig_codes.csv#{sig.id}", render="replace",
        )

    def _abbreviation_finding(self, doc: Document, m: Match, start: int, end: int, text: str,
                              senses: tuple[AbbreviationEntry, ...], upper: set[int], defined: dict[str, tuple[int, str]]) -> Finding | None:
        abbr = senses[0].abbr
        if abbr in self.c.common_abbr and m.first in upper:
            return None  # "OR", "US" in an all-capitals heading are words, not abbreviations
        if len(abbr) == 1 and not _near_number(doc, m.first, m.end):
            return None
        if abbr in defined and start >= defined[abbr][0]:
            long_form = defined[abbr][1]
            match = [s for s in senses if s.expansion.lower() == long_form.lower()]
            if match:
                senses = tuple(match)
            else:
                return Finding(start=start, end=end, text=text, kind="abbreviation", term=abbr, plain=long_form,
                               definition=f"Short for {long_form}, as defined earlier in the text.", source="defined in text",
                               render="replace", confidence=0.9)
        chosen = self.c.senses.choose(senses, doc.text, start, end)
        source = senses[0].origin.rsplit(":", 1)[0].rsplit("/", 1)[-1]
        if chosen is None:
            return Finding(
                start=start, end=end, text=text, kind="abbreviation", term=abbr, plain=None, category=None,
                ambiguous=True, senses=tuple(Sense(s.expansion, s.plain, f"{source}#{s.id}") for s in senses),
                definition="This short form has more than one meaning here; ask what it means.",
                source=f"{source}#{abbr}", confidence=0.5, render="leave",
            )
        return Finding(
            start=start, end=end, text=text, kind="abbreviation", term=chosen.expansion, plain=chosen.plain,
            definition=chosen.definition or None, category=chosen.category, source=f"{source}#{chosen.id}",
            render=chosen.render, confidence=1.0 if len(senses) == 1 else 0.8,
        )

    def _pattern_finding(self, text: str, h: Any) -> Finding:
        e = h.entry
        if isinstance(e, UnsafeEntry):
            return _unsafe_finding(e, h.start, h.end, text[h.start:h.end], h.plain)
        return Finding(start=h.start, end=h.end, text=text[h.start:h.end], kind="sig-code", term=e.code, plain=h.plain,
                       category=e.kind, source=f"sig_codes.csv#{e.id}", render="replace")

    def _other(self, doc: Document, i: int, upper: set[int], defined: dict[str, tuple[int, str]]) -> Finding | None:
        """A word no list knows: an undefined abbreviation, a compound with known parts, or a rare word."""
        word = doc.tokens[i]
        if len(word) < 2 or not word[0].isalpha() or is_never_jargon(word) or word.lower() in self.glossary.allow:
            return None
        start, end = doc.starts[i], doc.token_end(i)
        if word in defined and start >= defined[word][0]:
            long_form = defined[word][1]
            return Finding(start=start, end=end, text=word, kind="abbreviation", term=word, plain=long_form,
                           definition=f"Short for {long_form}, as defined earlier in the text.", source="defined in text",
                           render="replace", confidence=0.9)
        low = word.lower()
        if _looks_like_abbreviation(word):
            if (self.settings.unknown_abbreviations and i not in upper and zipf(low) < 3.5 and len(word) <= 6):
                return Finding(start=start, end=end, text=word, kind="abbreviation", term=word, plain=None,
                               definition="A short form that is not explained.", confidence=0.4, render="leave")
            return None
        if not word.isalpha() or len(word) < self.settings.rare_min_length:
            return None
        if word[0].isupper() and not doc.sent_starts[i] and not word.isupper():
            return None  # a name of a person, place or product
        if low in self.c.known_plain or is_drug_name(low):
            return None
        freq = zipf(low)
        if freq >= self.settings.rare_zipf:
            return None
        path = self.c.parts.split(low)
        if path is not None:
            plain, definition = word_part_explanation(path)
            return Finding(start=start, end=end, text=word, kind="word-part", term=None, plain=plain, definition=definition,
                           category=None, source="word_parts.csv", confidence=0.5, render="leave")
        return Finding(start=start, end=end, text=word, kind="rare-word", confidence=round(min(0.9, 0.5 + (self.settings.rare_zipf - freq) / 6), 2),
                       render="leave")


def _unsafe_finding(entry: UnsafeEntry, start: int, end: int, text: str, safe: str) -> Finding:
    """A do-not-use notation. When its safe wording depends on what was meant ("MS": morphine
    sulfate | magnesium sulfate), it is flagged with the choices and never replaced."""
    options = tuple(o.strip() for o in safe.split("|") if o.strip())
    single = len(options) == 1
    return Finding(
        start=start, end=end, text=text, kind="unsafe-abbreviation", term=entry.abbr or entry.id,
        plain=options[0] if single else None, alternatives=() if single else options, definition=entry.problem,
        category="general", source=f"unsafe.csv#{entry.id}", render="replace" if single else "leave",
        ambiguous=not single,
    )


# --- helpers --------------------------------------------------------------------------------------

def _looks_like_abbreviation(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2 and sum(c.isupper() for c in letters) >= len(letters) - 1


def _mostly_upper_tokens(doc: Document) -> set[int]:
    """Tokens in sentences written mostly in capitals (headings, warnings)."""
    out: set[int] = set()
    for s in doc.sentences:
        words = [t for t in doc.tokens[s.first_token:s.end_token] if t.isalpha() and len(t) >= 2]
        if len(words) >= 2 and sum(w.isupper() for w in words) > 0.6 * len(words) and sum(len(w) >= 4 and w.isupper() for w in words) >= 1:
            out.update(range(s.first_token, s.end_token))
    return out


_UNITS = frozenset("mg mcg g kg ml l units unit tab tabs tablet tablets cap caps capsule capsules puff puffs drop drops gtt gtts meq".split())


def _sig_context_tokens(doc: Document) -> set[int]:
    """Tokens in sentences that look like a prescription: a number, a dose unit or a sig word."""
    out: set[int] = set()
    for s in doc.sentences:
        toks = doc.tokens[s.first_token:s.end_token]
        if any(any(ch.isdigit() for ch in t) or t.lower() in _UNITS or t.lower() in ("prn", "po", "bid", "tid", "qid", "daily", "take") for t in toks):
            out.update(range(s.first_token, s.end_token))
    return out


def _near_number(doc: Document, first: int, end: int) -> bool:
    for j in (first - 1, first - 2, end, end + 1):
        if 0 <= j < len(doc.tokens) and _NUMBER.match(doc.tokens[j]):
            return True
    return False


_UNIT_WORDS = frozenset({"unit", "units", "international units", "ml", "milliliters", "millilitres", "mcg", "micrograms"})


def _is_unit_notation(entry: UnsafeEntry) -> bool:
    return entry.safe.lower() in _UNIT_WORDS or entry.abbr in ("U", "IU", "cc", "µg", "ug", "u")


def _next_to_number(doc: Document, first: int, end: int) -> bool:
    """The token right before (or right after) is a number, a space apart at most."""
    for j in (first - 1, end):
        if 0 <= j < len(doc.tokens) and _NUMBER.match(doc.tokens[j]):
            return True
    return False


def _in_slash_form(doc: Document, first: int, end: int) -> bool:
    return (first > 0 and doc.tokens[first - 1] in ("/", "\\")) or (end < len(doc.tokens) and doc.tokens[end] in ("/", "\\"))


def _tokens_in(doc: Document, spans: list[tuple[int, int]]) -> set[int]:
    if not spans:
        return set()
    out = set()
    for i, s in enumerate(doc.starts):
        e = s + len(doc.tokens[i])
        if any(s < b and e > a for a, b in spans):
            out.add(i)
    return out


def _inside_definition(f: Finding, spans: list[tuple[int, int, Any]]) -> bool:
    """The "(PE)" of "pulmonary embolism (PE)" explains itself: not a finding."""
    return any(f.kind == "abbreviation" and d.end - len(d.abbr) - 2 <= f.start and f.end <= d.end for _, _, d in spans)


def _drop_overlaps(findings: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    last_end = -1
    for f in findings:
        if f.start >= last_end:
            out.append(f)
            last_end = f.end
    return out
