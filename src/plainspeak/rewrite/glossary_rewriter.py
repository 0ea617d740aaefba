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
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Callable, Sequence

from ..document import Block, Document
from ..lexicon import is_drug_name
from ..model import Edit, Finding
from .grammar import article_for, inflect, looks_plural, match_case, pluralize, verb_form
from .word_classes import names_or_describes, warm_word_classes

MODES = ("replace", "explain", "define")
WORDS_TO_KNOW = "Words to know"
REWRITABLE = frozenset({"term", "abbreviation", "sig-code", "unsafe-abbreviation", "formal-word"})
_OWN_WORDS_CACHE_MAX = 20_000  # wordings of findings (a glossary entry as written in the text)
_PREV_WORD = re.compile(r"(?<![A-Za-z])([A-Za-z]+)([ \t]+)$")  # a whole word: never the "an" of "Brennan"


@dataclass(frozen=True)
class Proposal:
    edit: Edit
    finding: Finding | None


# "PRN pain" is "if needed for pain", but "PRN with food", "PRN and ..." and "PRN for pain" are not
_PRN_REASON = re.compile(r"\s+([A-Za-z]+)")
_NOT_A_REASON = frozenset(
    "for with and or but at before after in on to up max maximum not no do every each daily as until while when if "
    "then per by from may can only also take use give apply call please".split())


class GlossaryRewriter:
    name = "glossary"

    def __init__(self, pos_of: dict[str, tuple[str, str, tuple[str, ...]]] | None = None):
        # source id -> (pos, plain_plural, term forms); lets grammar repair know each entry's shape
        self.pos_of = pos_of or {}
        self._own_words_cache: dict[tuple[str | None, ...], frozenset[str]] = {}
        warm_word_classes()  # 0.2 s, at build time rather than in the first request

    def propose(self, doc: Document, findings: Sequence[Finding], mode: str = "replace") -> tuple[list[Proposal], list[str]]:
        text = doc.text
        starts = {s.start for s in doc.sentences} | {b.content_start for b in doc.blocks}
        headings = [b for b in doc.blocks if b.kind == "heading"]
        proposals: list[Proposal] = []
        warnings: list[str] = []
        seen: set[str] = set()
        brackets = _BracketsAfter(text)
        protected = _explanations(text, findings, self._own_words, brackets)
        said: list[tuple[int, str]] = []  # (end, plain words) of each finding rewritten so far
        taken_until = 0  # an edit that took the "(COPD)" after its term: nothing inside is rewritten again
        for f in findings:
            if f.start < taken_until or protected.cover(f.start, f.end):
                continue
            if f.ambiguous:
                senses = "; ".join(s.expansion for s in f.senses)
                warnings.append(f"{f.text!r} at {f.start} may mean {senses}: left as written")
                continue
            if f.kind not in REWRITABLE or not f.plain:
                continue
            if _names_its_short_form(text, f):
                seen.add((f.term or f.text).lower())  # "through a vein (intravenous, or IV)": the
                continue  # bracket says what IV stands for, so later mentions go plain
            if mode == "define" and f.kind != "unsafe-abbreviation":
                continue
            short = _short_form_after(text, f) if mode != "define" else None
            if short is not None and self._modifies_the_next_word(doc, f, short.end()):
                continue  # "intravenous (IV) catheters": "through a vein (IV) catheters" would not parse
            if short is not None and not _is_name(text, f, starts):
                edit = self._with_short_form(doc, f, short, mode, seen, f.start in starts)
                proposals.append(Proposal(edit, f))
                said.append((edit.end, (f.plain or "").lower()))
                taken_until = edit.end
                continue
            if (_already_explained(text, f, self._own_words, brackets) or _explained_in_words(text, f)
                    or ((_A_APPOSITIVE.match(text, f.end) or (f.start in starts and _IS_A.match(text, f.end)))
                        and (mode == "explain" or f.render in ("explain", "bracket")))):
                # "The stent, a small mesh tube, ...", "Jaundice is a yellowing of ...": the text says
                # what it is, and a bracket of plain words would say it twice
                seen.add((f.term or f.text).lower())  # explained once already: later mentions go plain
                said.append((_explanation_end(f, brackets), (f.plain or "").lower()))
                continue
            if _same_words_just_said(text, f, said):
                continue
            if _is_name(text, f, starts) or self._noun_used_as_verb(text, f) or self._verb_used_as_noun(text, f):
                continue
            if self._modifies_the_next_word(doc, f):
                new = self._before_a_noun(doc, f, seen)
            else:
                new = self._wording(doc, f, mode, seen, f.start in starts)
            if new is None or new == f.text:
                continue
            start, before, after = f.start, f.text, new
            # a/an before the replaced words
            m = _PREV_WORD.search(text, max(0, f.start - 40), f.start) if _after_article(text, f.start) else None
            if m and m.group(1).lower() in ("a", "an") and after.split(" ", 1)[0].lower() in _NO_ARTICLE_BEFORE:
                # "an adequate fluid intake" -> "enough fluid intake", never "an enough"
                art_start = m.start()
                start, before = art_start, text[art_start:f.end]
                after = after[0].upper() + after[1:] if m.group(1)[0].isupper() else after
            elif m and m.group(1).lower() in ("a", "an"):
                article = article_for(after)
                if article != m.group(1).lower():
                    art_start = m.start()
                    art = article.capitalize() if m.group(1)[0].isupper() else article
                    start, before, after = art_start, text[art_start:f.end], art + m.group(2) + after
            if f.text[:1].isupper() and "(" not in after and _in_title_case_heading(doc, headings, f.start):
                after = _title_case(after)  # "## Monitoring Your Symptoms" -> "## Keep Track of Your Symptoms"
            end = f.end
            if after.endswith(")") and not f.text.endswith(")") and (opening := _bracket_to_join(text, f.end, brackets)):
                # "CHF (EF 35%)": the plain words join the bracket that is there, "CHF (heart failure;
                # EF 35%)", rather than stand in a second one, "CHF (heart failure) (EF 35%)"
                end = opening
                before, after = text[start:end], after[:-1] + "; "
            proposals.append(Proposal(Edit(start, end, before, after, f.kind, f.source), f))
            said.append((f.end, (f.plain or "").lower()))
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
            if plain.endswith(")") and _inside_brackets(doc.text, f.start):
                return None  # "(IV (into a vein))": a bracket inside a bracket reads badly
            return match_case(plain, f.text, sentence_start)
        render = f.render or "replace"
        if render == "leave":
            return None
        if (mode == "explain" or render in ("explain", "bracket")) and _inside_brackets(doc.text, f.start):
            # a bracket inside a bracket reads badly ("(ejection fraction (heart pumping strength) 35%)"):
            # an aside gets the plain words alone, or stays as written when the term must be kept
            return None if render == "explain" else match_case(plain, f.text, sentence_start)
        if mode == "explain" or render == "explain":
            if first:
                return f"{f.text} ({plain})"
            return None if render == "explain" else match_case(plain, f.text, sentence_start)
        if render == "bracket" and first:
            return f"{match_case(plain, f.text, sentence_start)} ({_in_brackets(f.text, sentence_start)})"
        return match_case(plain, f.text, sentence_start)

    def _modifies_the_next_word(self, doc: Document, f: Finding, end: int | None = None) -> bool:
        """A term standing before a noun it describes ("apnea test", "supine position"), where its
        plain words have a phrase after their head: "pause in breathing test" and "lying on your back
        position" would not parse."""
        if f.kind not in ("term", "abbreviation") or _ENDS_IN_A_PREPOSITION.search(f.text):
            return False  # "secondary to fatigue": the term leads a phrase, it does not describe a noun
        shape = self.pos_of.get(f.source or "")
        if (shape[0] if shape else "noun") not in ("noun", "adj") or not _POST_MODIFIED.search(f.plain or ""):
            return False
        following = _NEXT_WORD.match(doc.text, f.end if end is None else end)
        singular = not (shape and shape[0] == "noun" and looks_plural(f.text, shape[2]))
        return following is not None and names_or_describes(following.group(1), singular)

    def _before_a_noun(self, doc: Document, f: Finding, seen: set[str]) -> str | None:
        """The term stays where it describes the next word, with its plain words once in brackets
        ("apnea (pause in breathing) test"); later, or inside brackets already, it stays as written."""
        key = (f.term or f.text).lower()
        first = key not in seen
        seen.add(key)
        if not first or f.render == "leave" or _inside_brackets(doc.text, f.start):
            return None
        return f"{f.text} ({self._fit(doc, f)})"

    def _with_short_form(self, doc: Document, f: Finding, short: re.Match[str], mode: str, seen: set[str],
                         sentence_start: bool) -> Edit:
        """A term followed by the short form it introduces ("chronic obstructive pulmonary disease
        (COPD)"): the bracket holds a short form, not an explanation, so the term is still rewritten,
        and the short form stays for the later mentions that use it. Replace mode: "long-term lung
        disease (COPD)"; explain mode keeps the term too: "long-term lung disease (chronic obstructive
        pulmonary disease, or COPD)"."""
        seen.add((f.term or f.text).lower())
        plain = match_case(self._fit(doc, f), f.text, sentence_start)
        abbr = short.group(1)
        if mode == "explain" or f.render in ("explain", "bracket"):
            after = f"{plain} ({_in_brackets(f.text, sentence_start)}, or {abbr})"
        else:
            after = f"{plain} ({abbr})"
        return Edit(f.start, short.end(), doc.text[f.start:short.end()], after, f.kind, f.source)

    def _own_words(self, f: Finding) -> frozenset[str]:
        """The wordings of a finding that can stand in a bracket after it: its plain words (also in the
        plural, "ranks out of 100"), its term and its text, lower case. Cached per wording: it is
        asked for every finding with a bracket after it, which a rewrite gives most findings it
        explains, and making the plural took 5-11 us (measured)."""
        key = (f.plain, f.term, f.text, f.source)
        words = self._own_words_cache.get(key)
        if words is None:
            found = {x.lower() for x in (f.plain, f.term, f.text) if x}
            if f.plain:
                shape = self.pos_of.get(f.source or "")
                found.add((shape[1] if shape and shape[1] else pluralize(f.plain)).lower())
            words = frozenset(found)
            if len(self._own_words_cache) > _OWN_WORDS_CACHE_MAX:
                self._own_words_cache.clear()  # bounded memory whatever the stream of texts
            self._own_words_cache[key] = words
        return words

    def _verb_used_as_noun(self, text: str, f: Finding) -> bool:
        """A verb entry met as a noun or an adjective, after "your", "the", "an" or a preposition:
        - a formal verb ("your experience", "patients with experience"; but "for experiencing");
        - a participle whose plain words are a phrase ("your inhaled medicines" never reads "your
          breathed in medicines").
        Other medical verbs keep their plain words, which serve as nouns too ("with sutures" ->
        "with stitches", "the fracture" -> "the break", "a sutured graft" -> "a stitched graft")."""
        shape = self.pos_of.get(f.source or "")
        if shape is None or shape[0] != "verb":
            return False
        prev = _PREV_WORD.search(text, max(0, f.start - 40), f.start)
        if prev is None:
            return False
        word, low = prev.group(1).lower(), f.text.lower()
        if word not in _DETERMINERS and (word not in _PREPOSITIONS_BEFORE_NOUN or low.endswith("ing")):
            return False
        return f.kind == "formal-word" or (low.endswith("ed") and " " in (f.plain or ""))

    def _noun_used_as_verb(self, text: str, f: Finding) -> bool:
        """A noun entry met as a verb with its object ("without consulting the clinic" found as the
        noun "consult"): no noun wording fits there, so the words stay as written."""
        shape = self.pos_of.get(f.source or "")
        low = f.text.lower()
        if shape is None or shape[0] != "noun" or not low.endswith(("ing", "ed")) or low in (x.lower() for x in shape[2]):
            return False
        following = _NEXT_WORD.match(text, f.end)
        return following is not None and following.group(1).lower() in _OBJECT_STARTS

    def _fit(self, doc: Document, f: Finding) -> str:
        """The plain words in the grammatical form the text needs."""
        plain = f.plain or ""
        if _PHRASAL_NOUN.fullmatch(plain) and _VERB_SLOT.search(doc.text[max(0, f.start - 12):f.start]):
            plain = plain.replace("-", " ")  # "will f/u" -> "will follow up"; the noun is "a follow-up"
        shape = self.pos_of.get(f.source or "")
        if f.kind == "sig-code" and plain == "if needed" and (reason := _PRN_REASON.match(doc.text, f.end)) \
                and reason.group(1).lower() not in _NOT_A_REASON:
            return "if needed for"  # "PRN pain": the word after it is what the dose is for
        before = doc.text[max(0, f.start - 30):f.start]
        if plain.lower() == "so" and not _clause_opens(before):
            # "so" joins clauses; inside one it reads wrongly ("your child may so experience"):
            # another wording, or the word as written
            return f.alternatives[0] if f.alternatives else f.text
        first, _, rest = plain.partition(" ")
        if rest and first.endswith("'s") and _POSSESSIVE_BEFORE.search(before):
            plain = rest  # "your child's children's doctor" reads "your child's doctor"
        if shape is None:
            if f.kind == "abbreviation" and f.text[-1:] == "s" and f.text[:-1].isupper() and len(f.text) > 2:
                return pluralize(plain)  # "NSAIDs", "UTIs": the plural of the short form
            return plain
        pos, plain_plural, forms = shape
        if pos == "verb":
            prev = re.findall(r"[A-Za-z]+", doc.text[max(0, f.start - 20):f.start])
            following = _NEXT_WORD.match(doc.text, f.end)
            # a one-word plain verb ("give", "show") takes an object; a phrasal one ("go away") does not
            return inflect(plain, verb_form(f.text, prev[-1] if prev else "", following.group(1) if following else "",
                                            takes_object=" " not in plain))
        if pos == "noun" and looks_plural(f.text, forms):
            return plain_plural or pluralize(plain)
        return plain


# words after which a word is a noun, never a verb ("your experience", "the encounter")
_DETERMINERS = frozenset("a an the your my his their our its every each".split())
_PREPOSITIONS_BEFORE_NOUN = frozenset("with of in from for about without by on at into through".split())
# plain words that take no article before them ("enough", "more"): the text's "a"/"an" goes
_NO_ARTICLE_BEFORE = frozenset("enough some many much more less few several any no all".split())
# a noun written with a hyphen whose verb is two words ("follow-up" / "follow up", "check-up")
_PHRASAL_NOUN = re.compile(r"[a-z]+-(?:up|out|in|over|off)", re.IGNORECASE)
# the word before it says a verb comes next: "to", a modal, "please"
_VERB_SLOT = re.compile(r"\b(?:to|will|would|should|shall|must|can|could|may|might|please|and|then)[ \t]+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
# plain words with a phrase after their head word, or a phrase led by a preposition ("through a vein"):
# they cannot stand before a noun they describe
_POST_MODIFIED = re.compile(r"(?:^|\S[ \t]+)(?:of|in|on|at|by|from|with|without|to|for|into|through|around|between|under|over|after|"
                            r"before|during|that|who|which|made|used|caused|given|when|where|while)[ \t]", re.IGNORECASE)
_ENDS_IN_A_PREPOSITION = re.compile(r"[ \t](?:to|for|of|with|by|in|on|from|at|into|as)$", re.IGNORECASE)
_OBJECT_STARTS = frozenset("the a an your my his her their our its this that these those them him it you".split())
_POSSESSIVE_BEFORE = re.compile(r"[A-Za-z]'s[ \t]+$")
_CLAUSE_JOINER = re.compile(r"(?:^|[.!?;:,(\n*•–—-]|\b(?:and|but|or)\b)[ \t]*$", re.IGNORECASE)


def _clause_opens(before: str) -> bool:
    """Whether a clause starts after `before` (the text just before a word): at the start of the
    text, a sentence, a line or a bullet, or after a comma, semicolon, dash or "and"."""
    return _CLAUSE_JOINER.search(before) is not None


# words a title leaves in lower case unless they come first
_TITLE_SMALL = frozenset("a an the and but or nor for so yet as at by in of on to up per via".split())


def _in_title_case_heading(doc: Document, headings: list[Block], at: int) -> bool:
    """Whether `at` is in a heading written in title case ("Monitoring Your Symptoms"): at least two
    of its longer words, and all of them, start with a capital, and not all are in capitals.
    `headings`: the document's heading blocks, gathered once per text."""
    for block in headings:
        if block.start <= at < block.end:
            words = [w for w in re.findall(r"[A-Za-z]+", doc.text[block.content_start:block.end]) if len(w) > 3]
            return len(words) >= 2 and all(w[0].isupper() for w in words) and not all(w.isupper() for w in words)
    return False


def _title_case(words: str) -> str:
    """Plain words as a title-case heading spells them: "keep track of your" -> "Keep Track of Your"."""
    out = []
    for k, w in enumerate(words.split(" ")):
        out.append(w if (k and w in _TITLE_SMALL) or not w[:1].islower() else w[0].upper() + w[1:])
    return " ".join(out)


def _in_brackets(term: str, sentence_start: bool) -> str:
    """The term as it reads inside the bracket after its plain words: "Lesions" was capital only as
    the first word of the sentence."""
    if sentence_start and term[:1].isupper() and term[1:] == term[1:].lower():
        return term[0].lower() + term[1:]
    return term


def _after_article(text: str, at: int) -> bool:
    """Whether the text before `at` may end with "a" or "an" and a space: a quick test that spares
    most findings the search for the word before them (_PREV_WORD decides)."""
    before = text[max(0, at - 40):at]
    word_end = before.rstrip(" \t")
    return len(word_end) < len(before) and word_end.lower().endswith(("a", "an"))


def _names_its_short_form(text: str, f: Finding) -> bool:
    """A short form that closes a bracket naming it after its long form: "(intravenous, or IV)",
    or "through a vein (IV)" after its own plain words."""
    if f.kind not in ("abbreviation", "sig-code") or not text.startswith(")", f.end):
        return False
    before = text[max(0, f.start - 80):f.start]
    if before.endswith(", or ") and _inside_brackets(text, f.start):
        return True
    plain = (f.plain or "").lower()
    return before.endswith("(") and bool(plain) and before[:-1].rstrip().lower().endswith(plain)


def _inside_brackets(text: str, at: int) -> bool:
    """An opening bracket before `at` on its line that is not closed yet."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    return line.count("(") > line.count(")")


_CAPITALISED_BEFORE = re.compile(r"([A-Z][a-z]+)[ -]$")
_CAPITALISED_AFTER = re.compile(r"[ -]([A-Z][a-z]+)")


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
    left = _CAPITALISED_BEFORE.search(text[max(0, f.start - 30):f.start])
    if left and f.start - len(left.group(0)) in sentence_starts:
        left = None
    right = _CAPITALISED_AFTER.match(text[f.end:f.end + 30])
    return bool(left or right or len(words) > 1)


_PAREN_AFTER = re.compile(r" ?\((?:[^()\n]|\([^()\n]{0,80}\)){1,160}\)")  # one level of nesting


class _BracketsAfter(dict):
    """_PAREN_AFTER matched at positions of one text (position -> match or None), each position
    once per propose: a finding's bracket is read by _explanations, _already_explained,
    _explanation_end and _bracket_to_join in turn, and a rewrite's second pass meets a bracket after
    most of its findings."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def __missing__(self, at: int) -> re.Match[str] | None:
        m = self[at] = _PAREN_AFTER.match(self.text, at)
        return m


def _bracket_words(m: re.Match[str]) -> str:
    """What a bracket matched by _PAREN_AFTER says, lower case, without the brackets."""
    return m.group(0).strip()[1:-1].strip().lower()


def _bracket_to_join(text: str, at: int, brackets: _BracketsAfter) -> int | None:
    """Where the words of a bracket right after `at` start, when the plain words may join it: a
    bracket _already_explained can read (no bracket inside it)."""
    m = brackets[at]
    if m is None or "(" in m.group(0).strip()[1:]:
        return None
    return text.index("(", at) + 1


def _bracket_after(f: Finding, brackets: _BracketsAfter) -> str | None:
    """The words of the bracket right after a finding, or None."""
    m = brackets[f.end]
    return _bracket_words(m) if m else None


def _already_explained(text: str, f: Finding, own_words: Callable[[Finding], frozenset[str]],
                       brackets: _BracketsAfter) -> bool:
    """Words with a bracket right after them ("hypertension (high blood pressure)", "high blood
    pressure (hypertension)") or that fill a bracket by themselves are explained already: rewriting
    them again would stack brackets, and simplifying the output twice must change nothing."""
    if f.kind in ("sig-code", "unsafe-abbreviation"):
        return False
    if text.startswith((" (", "("), f.end):
        # a bracket opened with its plain words and a semicolon ("(heart failure; EF 35%)"), as
        # written when they joined a bracket that was there, however long the rest of it is
        first, semicolon, _ = text[text.index("(", f.end) + 1:f.end + 200].partition(";")
        if semicolon and first.strip().lower() in own_words(f):
            return True
    inner = _bracket_after(f, brackets)
    if inner is not None:
        # "(since 2019)", "(BP 150/90)" say something else; a bracket of words, or of the glossary's
        # own wording ("(3-month blood sugar average)"), explains
        return not any(map(str.isdigit, inner)) or inner in own_words(f) or inner.split(";", 1)[0].rstrip() in own_words(f)
    if text[max(0, f.start - 1):f.start] == "(" and f.plain:
        # "long-term lung disease (chronic obstructive pulmonary disease, or COPD)"
        before = text[max(0, f.start - 2 - len(f.plain)):f.start - 1].rstrip().lower()
        if before.endswith(f.plain.lower()):
            return True
    if text[f.end:f.end + 1] == ")" and re.search(r"\([^()\n]{1,160}, or $", text[max(0, f.start - 170):f.start]):
        return True  # the short form in "(idiopathic pulmonary fibrosis, or IPF)", as _with_short_form writes it
    # a bracket it fills, or opens before other notes ("(pulmonary infiltrates; n = 8)", as written
    # when the plain words join a bracket that was there)
    return text[max(0, f.start - 1):f.start] == "(" and text[f.end:f.end + 1] in (")", ";")


# What joins a term to words that explain it in the same sentence: "hypoglycemia, or low blood sugar",
# "low blood sugar, also called hypoglycemia", "hypertension is high blood pressure".
_JOIN = r"\s*(?:,|-|\u2013|\u2014)?\s*(?:or|also called|called|also known as|known as|(?:commonly |often )?referred to as|which means|meaning|that is|is|are|means)\s+(?:an?\s+|the\s+)?"


_JOIN_FIRST = re.compile(_JOIN)


_SHORT_FORM = re.compile(r" ?\(([A-Z][A-Za-z0-9/&-]{0,8}[A-Z0-9][a-z]?)\)")


def _short_form_after(text: str, f: Finding) -> re.Match[str] | None:
    """The "(COPD)" right after a multi-letter term that it abbreviates (its letters, in order,
    start the term's words), or None."""
    if f.kind != "term" or not f.plain or f.render == "leave":
        return None
    m = _SHORT_FORM.match(text, f.end)
    if m is None:
        return None
    letters = [c.lower() for c in m.group(1) if c.isalpha()]
    words = re.findall(r"[A-Za-z]+", f.text.lower())
    initials = "".join(w[0] for w in words)
    # initials in order ("COPD"), or the letters in order from the first ("MI", "HTN" from hypertension)
    it = iter(f.text.lower())
    in_order = letters[:1] == [f.text[:1].lower()] and all(c in it for c in letters)
    return m if letters and (initials.startswith("".join(letters)) or in_order) else None


def _explanation_end(f: Finding, brackets: _BracketsAfter) -> int:
    """Where the words explaining a finding end: after its bracket, or after the bracket it fills."""
    m = brackets[f.end]
    if m:
        return m.end()
    return f.end + 1 if brackets.text[f.end:f.end + 1] == ")" else f.end


def _explained_in_words(text: str, f: Finding) -> bool:
    """The sentence explains the term itself, with the glossary's own plain words right beside it:
    rewriting would read "Low blood sugar, or low blood sugar". Left as written."""
    if f.kind not in ("term", "abbreviation") or not f.plain:
        return False
    low = f.plain.lower()
    after = text[f.end:f.end + 40 + len(f.plain)].lower()
    # each full pattern is tried only where its joining words, or the plain words, are there at all
    if _JOIN_FIRST.match(after) and low in after and re.match(_JOIN + re.escape(low) + r"(?![a-z])", after):
        return True
    before = text[max(0, f.start - 40 - len(f.plain)):f.start].lower()
    if low in before and re.search(r"(?<![a-z])" + re.escape(low) + _JOIN + r"$", before):
        return True
    # an explanation in other words, set off by commas: "Hypoglycemia, or low blood glucose, may ...";
    # its own words are simplified where they stand ("low blood sugar"), the term is kept
    return bool(_APPOSITIVE.match(text, f.end))


# ", or low blood glucose," but not the list "hypertension, or diarrhea, or a fever"
_APPOSITIVE = re.compile(r",[ \t]+(?:or|also called|also known as|known as|called|meaning|which means)[ \t]+[^,.;:\n]{3,90},"
                         r"(?![ \t]+(?:or|and)\b)")


# ", a small mesh tube placed in the artery," right after a term: an aside that says what it is; and
# " is a ..." after a term that starts its sentence
_A_APPOSITIVE = re.compile(r",[ \t]+an?[ \t]+[^,.;:()\n]{3,120}(?:,(?![ \t]+(?:or|and)\b)|[.!?](?:\s|$))"
                           r"|\.[ \t]+This is an?[ \t]")  # ... as the splitter writes it: "X. This is a ..."
_IS_A = re.compile(r"[ \t]+(?:is|are)[ \t]+an?[ \t]")


def _same_words_just_said(text: str, f: Finding, said: list[tuple[int, str]]) -> bool:
    """A term and its short form side by side ("chronic obstructive pulmonary disease, commonly
    referred to as COPD") would both become the same plain words; the second is kept as written,
    so the reader learns the short form they will meet again."""
    if not f.plain or f.kind not in ("term", "abbreviation"):
        return False
    plain = f.plain.lower()
    # already in the text ("heart attack, commonly called MI": a second pass sees the first's output)
    window = text[max(0, f.start - 40 - len(plain)):f.start].lower()
    k = window.rfind(plain)
    if k >= 0 and _joinable(window[k + len(plain):]):
        return True
    if said and said[-1][1] == plain:  # or about to be, by an edit of this pass
        return _joinable(text[said[-1][0]:f.start])
    return False


def _joinable(between: str) -> bool:
    """Short, in the same sentence, and with a word in it ("tab tab" is a list, not a term and its
    short form)."""
    return len(between) <= 40 and not re.search(r"[.!?\n]", between) and re.search(r"[A-Za-z]", between) is not None


class _Spans:
    """Stretches of text, asked whether one of them covers a finding: a bisect per finding instead of
    a scan of every stretch (a note with many brackets made that scan a tenth of propose)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans.sort()
        self._starts = [a for a, _ in spans]
        self._reach = list(accumulate((b for _, b in spans), max))  # the furthest end of the spans so far

    def cover(self, start: int, end: int) -> bool:
        """Whether a span starts at or before `start` and ends at or after `end`."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end


def _explanations(text: str, findings: Sequence[Finding], own_words: Callable[[Finding], frozenset[str]],
                  brackets: _BracketsAfter) -> _Spans:
    """Brackets that explain the finding right before them ("stent (small mesh tube)"): their
    words are the glossary's own plain wording and are not rewritten again."""
    spans = []
    for f in findings:
        if not text.startswith((" (", "("), f.end):
            continue  # what _PAREN_AFTER needs: most findings have no bracket after them
        m = brackets[f.end]
        if m and _bracket_words(m) in own_words(f):
            spans.append((m.start(), m.end()))
    return _Spans(spans)


def _words_to_know(findings: Sequence[Finding]) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    for f in findings:
        if f.kind in ("term", "abbreviation") and f.definition and not f.ambiguous:
            name = f.text if f.kind == "abbreviation" else (f.term or f.text)
            out.setdefault(name, f.definition)
    return list(out.items())
