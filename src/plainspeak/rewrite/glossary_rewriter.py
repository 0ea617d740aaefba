"""The default rewriter: plain wording from the glossary, with grammar repaired.

Modes:
- `replace`: plain words in place of the term ("high blood pressure"); entries marked `bracket`
  keep the term once in brackets, entries marked `explain` keep the term with the plain words after.
- `explain`: the term is kept once with the plain words beside it ("hypertension (high blood
  pressure)"); later mentions get the plain words.
- `define`: the text is kept; a "Words to know" list is added at the end.
In every mode, do-not-use abbreviations become their safe wording. Ambiguous abbreviations are never
guessed: they are left as written and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from ..document import Document
from ..lexicon import is_drug_name
from ..model import Edit, Finding
from .grammar import article_for, inflect, looks_plural, match_case, pluralize, verb_form

MODES = ("replace", "explain", "define")
WORDS_TO_KNOW = "Words to know"
REWRITABLE = frozenset({"term", "abbreviation", "sig-code", "unsafe-abbreviation", "formal-word"})
_PREV_WORD = re.compile(r"(?<![A-Za-z])([A-Za-z]+)([ \t]+)$")  # a whole word: never the "an" of "Brennan"


@dataclass(frozen=True)
class Proposal:
    edit: Edit
    finding: Finding | None


class GlossaryRewriter:
    name = "glossary"

    def __init__(self, pos_of: dict[str, tuple[str, str, tuple[str, ...]]] | None = None):
        # source id -> (pos, plain_plural, term forms); lets grammar repair know each entry's shape
        self.pos_of = pos_of or {}

    def propose(self, doc: Document, findings: Sequence[Finding], mode: str = "replace") -> tuple[list[Proposal], list[str]]:
        text = doc.text
        starts = {s.start for s in doc.sentences} | {b.content_start for b in doc.blocks}
        proposals: list[Proposal] = []
        warnings: list[str] = []
        seen: set[str] = set()
        protected = _explanations(text, findings)
        for f in findings:
            if any(a <= f.start and f.end <= b for a, b in protected):
                continue
            if f.ambiguous:
                senses = "; ".join(s.expansion for s in f.senses)
                warnings.append(f"{f.text!r} at {f.start} may mean {senses}: left as written")
                continue
            if f.kind not in REWRITABLE or not f.plain:
                continue
            if mode == "define" and f.kind != "unsafe-abbreviation":
                continue
            if _already_explained(text, f):
                seen.add((f.term or f.text).lower())  # explained once already: later mentions go plain
                continue
            if _is_name(text, f, starts):
                continue
            new = self._wording(doc, f, mode, seen, f.start in starts)
            if new is None or new == f.text:
                continue
            start, before, after = f.start, f.text, new
            # a/an before the replaced words
            m = _PREV_WORD.search(text, max(0, f.start - 40), f.start)
            if m and m.group(1).lower() in ("a", "an"):
                article = article_for(after)
                if article != m.group(1).lower():
                    art_start = m.start()
                    art = article.capitalize() if m.group(1)[0].isupper() else article
                    start, before, after = art_start, text[art_start:f.end], art + m.group(2) + after
            proposals.append(Proposal(Edit(start, f.end, before, after, f.kind, f.source), f))
        if mode == "define" and WORDS_TO_KNOW not in text:
            words = _words_to_know(findings)
            if words:
                body = text.rstrip("\n")
                tail = text[len(body):]
                block = f"\n\n{WORDS_TO_KNOW}\n" + "\n".join(f"- {t}: {d}" for t, d in words)
                proposals.append(Proposal(Edit(len(body), len(text), tail, block + (tail or ""), "define", "glossary"), None))
        return proposals, warnings

    def _wording(self, doc: Document, f: Finding, mode: str, seen: set[str], sentence_start: bool) -> str | None:
        plain = self._fit(doc, f)
        key = (f.term or f.text).lower()
        first = key not in seen
        seen.add(key)
        if f.kind in ("sig-code", "unsafe-abbreviation", "formal-word"):
            return match_case(plain, f.text, sentence_start)
        render = f.render or "replace"
        if render == "leave":
            return None
        if mode == "explain" or render == "explain":
            if first:
                return f"{f.text} ({plain})"
            return None if render == "explain" else match_case(plain, f.text, sentence_start)
        if render == "bracket" and first:
            term = f.text
            if sentence_start and term[:1].isupper() and term[1:] == term[1:].lower():
                term = term[0].lower() + term[1:]  # "Lesions" was capital only as the first word
            return f"{match_case(plain, f.text, sentence_start)} ({term})"
        return match_case(plain, f.text, sentence_start)

    def _fit(self, doc: Document, f: Finding) -> str:
        """The plain words in the grammatical form the text needs."""
        plain = f.plain or ""
        shape = self.pos_of.get(f.source or "")
        if f.kind == "sig-code" and plain == "if needed" and re.match(r"\s+[A-Za-z]", doc.text[f.end:f.end + 3]) and not re.match(r"\s+for\b", doc.text[f.end:f.end + 5]):
            return "if needed for"
        if shape is None:
            return plain
        pos, plain_plural, forms = shape
        if pos == "verb":
            prev = re.findall(r"[A-Za-z]+", doc.text[max(0, f.start - 20):f.start])
            return inflect(plain, verb_form(f.text, prev[-1] if prev else ""))
        if pos == "noun" and looks_plural(f.text, forms):
            return plain_plural or pluralize(plain)
        return plain


def _is_name(text: str, f: Finding, sentence_starts: set[int]) -> bool:
    """Never rewrite inside a drug name or a proper name ("Heart Failure Clinic", "Lasix")."""
    if is_drug_name(f.text):
        return True
    if f.kind in ("abbreviation", "sig-code", "unsafe-abbreviation") or f.start in sentence_starts:
        return False
    words = f.text.split()
    titled = all(w[:1].isupper() and not w.isupper() for w in words)
    if not titled:
        return False
    # a capitalised word touching it on either side makes it part of a name, unless that word is
    # capitalised only because it starts the sentence ("Hypertension Hypertension"): once that word
    # is rewritten in lower case the evidence would vanish, and simplifying twice would differ
    left = re.search(r"([A-Z][a-z]+)[ -]$", text[max(0, f.start - 30):f.start])
    if left and f.start - len(left.group(0)) in sentence_starts:
        left = None
    right = re.match(r"[ -]([A-Z][a-z]+)", text[f.end:f.end + 30])
    return bool(left or right or len(words) > 1)


_PAREN_AFTER = re.compile(r" ?\((?:[^()\n]|\([^()\n]{0,80}\)){1,160}\)")  # one level of nesting


def _already_explained(text: str, f: Finding) -> bool:
    """Words with a bracket right after them ("hypertension (high blood pressure)", "high blood
    pressure (hypertension)") or that fill a bracket by themselves are explained already: rewriting
    them again would stack brackets, and simplifying the output twice must change nothing."""
    if f.kind in ("sig-code", "unsafe-abbreviation"):
        return False
    if _PAREN_AFTER.match(text, f.end):
        return True
    return text[max(0, f.start - 1):f.start] == "(" and text[f.end:f.end + 1] == ")"


def _explanations(text: str, findings: Sequence[Finding]) -> list[tuple[int, int]]:
    """Brackets that explain the finding right before them ("stent (small mesh tube)"): their
    words are the glossary's own plain wording and are not rewritten again."""
    spans = []
    for f in findings:
        m = _PAREN_AFTER.match(text, f.end)
        if m:
            inner = m.group(0).strip()[1:-1].strip().lower()
            if inner in {x.lower() for x in (f.plain or "", f.term or "", f.text) if x}:
                spans.append((m.start(), m.end()))
    return spans


def _words_to_know(findings: Sequence[Finding]) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    for f in findings:
        if f.kind in ("term", "abbreviation") and f.definition and not f.ambiguous:
            name = f.text if f.kind == "abbreviation" else (f.term or f.text)
            out.setdefault(name, f.definition)
    return list(out.items())
