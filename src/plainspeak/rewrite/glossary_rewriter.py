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
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..document import Document
from ..lexicon import is_drug_name
from ..model import Edit, Finding
from .formal_fits import PREV_WORD as _PREV_WORD, formal_word_fits, this_fits
from .explained import (
    A_APPOSITIVE, IS_A, BracketsAfter, already_explained, bracket_to_join, defined_before, explained_in_words,
    explanation_end, explanations, inside_brackets, names_its_short_form, opens_sentence, same_words_just_said, says_our_words,
    short_form_after,
)
from .agreement import (
    before_a_content_word, in_a_passive_question, inside_a_fixed_phrase, joins_a_passive, own_for_subject,
    passive_without_object, plural_verb_after, refers_back, the_fits, words_before,
)
from .guard import facts
from .headings import heading_at, in_title_case_heading, title_case
from .key_terms import key_terms, words_to_know
from .grammar import CLAUSE_END, article_for, ends_in_a_clause, needs_an_article, inflect, takes_no_article, looks_plural, match_case, pluralize, verb_form
from .word_classes import FUNCTION_WORDS, may_be_noun, names_or_describes, warm_word_classes

MODES = ("replace", "explain", "define")
WORDS_TO_KNOW = "Words to know"
REWRITABLE = frozenset({"term", "abbreviation", "sig-code", "unsafe-abbreviation", "formal-word"})
_OWN_WORDS_CACHE_MAX = 20_000  # wordings of findings (a glossary entry as written in the text)


@dataclass(frozen=True)
class Proposal:
    edit: Edit
    finding: Finding | None


# "PRN pain" is "if needed for pain", but "PRN with food", "PRN and ..." and "PRN for pain" are not
_PRN_REASON = re.compile(r"\s+([A-Za-z]+)")
_NOT_A_REASON = frozenset(
    "for with and or but at before after in on to up max maximum not no do every each daily as until while when if "
    "then per by from may can only also take use give apply call please "
    # a verb after the code: "PRN is advised for discomfort" says what it is for later, or nothing
    "is are was were be been should must will would could might has have".split())


# what "PO" may stand before ("PO antibiotics"): it is "oral" there
_TAKEN_BY_MOUTH = frozenset("antibiotic antibiotics medication medications medicine medicines meds steroid steroids "
                            "contrast fluids fluid hydration challenge trial course dose doses tablets tablet".split())


class GlossaryRewriter:
    name = "glossary"

    def __init__(self, pos_of: dict[str, tuple[str, str, tuple[str, ...]]] | None = None):
        # source id -> (pos, plain_plural, term forms); lets grammar repair know each entry's shape
        self.pos_of = pos_of or {}
        self._own_words_cache: dict[tuple[str | None, ...], frozenset[str]] = {}
        self._may_describe: dict[tuple[str | None, ...], bool] = {}  # see _describes_the_next_noun
        self._entry_cache: dict[tuple[object, ...], tuple[bool | None, bool, bool, bool]] = {}  # see _entry_tests
        warm_word_classes()  # 0.2 s, at build time rather than in the first request

    def propose(self, doc: Document, findings: Sequence[Finding], mode: str = "replace") -> tuple[list[Proposal], list[str]]:
        text = doc.text
        starts = {s.start for s in doc.sentences} | {b.content_start for b in doc.blocks}
        # a bold or italic label opens its sentence too: "- **Maintenance inhaler:**" keeps its capital
        starts |= {i + len(m.group(0)) for i in starts if text.startswith(("*", "_"), i) and (m := _EMPHASIS.match(text, i))}
        headings = [b for b in doc.blocks if b.kind == "heading"]
        proposals: list[Proposal] = []
        warnings: list[str] = []
        seen: set[str] = set()
        brackets = BracketsAfter(text)
        protected = explanations(text, findings, self._own_words, brackets)
        said: list[tuple[int, str]] = []  # (end, plain words) of each finding rewritten so far
        named: set[str] = set()  # terms kept as the name the reader will meet again ("AV fistula (dialysis access ...)")
        taken_until = 0  # an edit that took the "(COPD)" after its term: nothing inside is rewritten again
        kept = key_terms(findings) if mode != "define" else frozenset()
        spelled_out = {g.start: g.term for g in findings if g.kind == "abbreviation" and g.term}
        for f in findings:
            if f.start < taken_until or protected.cover(f.start, f.end):
                continue
            if f.ambiguous:
                senses = "; ".join(s.expansion for s in f.senses)
                warnings.append(f"{f.text!r} at {f.start} may mean {senses}: left as written")
                continue
            if f.kind not in REWRITABLE or not f.plain:
                continue
            if (f.kind == "formal-word" or (f.kind == "term" and " " in f.text)) \
                    and f.start > 1 and text[f.start - 1] == "-" and text[f.start - 2] in _ASCII_WORD_CHARS:
                # "sugar-containing feeds", "caffeine-free fluids" (never "free fluid"): the second half
                # of a compound word (a one-word term there keeps its plain word: "extra-joint")
                continue
            if " or " in f.plain and text.startswith(("'s", "\u2019s"), f.end):
                continue  # "your provider's office" never reads "your doctor or nurse's office"
            if f.kind == "formal-word" and not formal_word_fits(text, f):
                continue  # "provided the dressing stays dry", "the feet, including the toes", "expected to improve"...
            if f.kind == "formal-word" and inside_a_fixed_phrase(f.term or f.text, words_before(text, f.start, 30)):
                continue  # "as well as to": "as to" -> "about" would break the phrase
            key = (f.term or f.text).lower()
            if f.kind == "term" and _AFTER_A_SHORT_FORM.search(text, max(0, f.start - 16), f.start):
                continue  # "enzyme (ACE) inhibitor": the short form and the term make one name ("ACE inhibitor")
            if f.kind == "term" and refers_back(text, f.start, key, named):
                seen.add(key)  # "your fistula" after "arteriovenous (AV) fistula (dialysis access ...)"
                continue
            if names_its_short_form(text, f):
                seen.add((f.term or f.text).lower())  # "through a vein (intravenous, or IV)": the
                continue  # bracket says what IV stands for, so later mentions go plain
            if mode == "define" and f.kind != "unsafe-abbreviation":
                continue
            heading = heading_at(headings, f.start) if headings else None
            short = short_form_after(text, f, spelled_out) if mode != "define" and heading is None else None
            if short is not None and not _is_name(text, f, starts):
                edit = self._with_short_form(doc, f, short, mode, seen, f.start in starts)
                if f.render == "explain" and (edit is None or f.text in edit.after):
                    named.add(key)
                if edit is None:  # the text explains the term in its own words: left as written
                    taken_until = short.end()
                    continue
                proposals.append(Proposal(edit, f))
                said.append((edit.end, (f.plain or "").lower()))
                taken_until = edit.end
                continue
            if (already_explained(text, f, self._own_words, brackets) or explained_in_words(text, f)
                    or ((mode == "explain" or f.render in ("explain", "bracket"))  # (the cheap test first)
                        and (A_APPOSITIVE.match(text, f.end) or (opens_sentence(text, f.start, starts) and IS_A.match(text, f.end))))
                    or says_our_words(text, f)):
                # "The stent, a small mesh tube, ...", "Jaundice is a yellowing of ...": the text says
                # what it is, and a bracket of plain words would say it twice
                seen.add(key)  # explained once already: later mentions go plain
                if f.render == "explain":
                    named.add(key)
                said.append((explanation_end(f, brackets), (f.plain or "").lower()))
                continue
            if same_words_just_said(text, f, said):
                continue
            name, as_verb, as_noun, moves = self._entry_tests(f)
            if (name or (name is None and _is_name(text, f, starts)
                         # a title-case heading capitalises every word: capitals there are no name
                         # ("Instructions Following Cataract Surgery" -> "Instructions After ...")
                         and not (heading is not None and _plain_in_a_title(text, f) and in_title_case_heading(doc, headings, f.start)))) \
                    or (as_verb and self._noun_used_as_verb(text, f)) \
                    or (as_noun and self._verb_used_as_noun(text, f)):
                continue
            if moves and heading is None and mode == "replace" and (moved := self._after_its_noun(text, f, findings)) is not None:
                # "the peristomal skin with" -> "the skin around the surgical opening with"
                proposals.append(Proposal(moved, f))
                taken_until = moved.end
                continue
            render = "explain" if key in kept else None
            if heading is not None:
                new = self._heading_wording(doc, f, mode, render)
            elif mode == "replace" and (render or f.render or "replace") in ("replace", "bracket") \
                    and self._describes_the_next_noun(doc, f):
                # the plain words first would not parse ("opening made by surgery (stoma) powder")
                new = self._before_a_noun(doc, f, seen)
            elif f.kind == "term" and _OF_NEXT.match(text, f.end) and ends_in_a_clause(f.plain or ""):
                # "tenderness of the breasts": "pain when pressed of the breasts" does not read; the term
                # stays, with its plain words once in brackets ("tenderness (pain when pressed) of ...")
                new = self._before_a_noun(doc, f, seen) if (render or f.render) != "leave" else None
            else:
                new = self._wording(doc, f, mode, seen, f.start in starts, render)
                if new is not None and f.kind == "abbreviation":
                    new = _counted(text, f, new)
            if new is None or new == f.text:
                continue
            adjective = None
            if heading is None and not new.startswith(f.text):
                if self._stands_bare(text, f, new):
                    # "treated for cellulitis" -> "treated for a skin infection (cellulitis)": the term was
                    # bare (a condition, which counts no items); its plain words name one thing that counts
                    new = f"{article_for(new)} {new}"
                else:
                    adjective = self._bare_after_an_adjective(text, f, new, findings)
            start, after = _with_article(text, f.start, new, f.end)
            if adjective is not None:
                # "treated for severe cellulitis" -> "treated for a severe skin infection (cellulitis)"
                start, after = adjective.start(), f"{article_for(adjective.group(1))} {text[adjective.start():f.start]}{after}"
            if after == "but" and (semicolon := _SEMICOLON_BEFORE.search(text, max(0, f.start - 4), f.start)):
                start, after = semicolon.start(), ". But"  # "X; however, Y" -> "X. But Y": two short sentences
            before = text[start:f.end]
            if f.text[:1].isupper() and "(" not in after and in_title_case_heading(doc, headings, f.start):
                after = title_case(after)  # "## Monitoring Your Symptoms" -> "## Keep Track of Your Symptoms"
            end = f.end
            if not after.startswith(f.text) and (repeated := _repeated_word_after(text, end, after)) is not None:
                # "cardiac rehabilitation program" -> "heart rehab program (cardiac rehabilitation)", never
                # "... program (cardiac rehabilitation) program": the next word was the plain words' own
                # (the edit takes it, so no other edit may start inside)
                end, before = repeated, text[start:repeated]
                taken_until = end
            if end == f.end and f.kind in ("term", "formal-word") and not after.startswith(f.text) \
                    and (agreed := plural_verb_after(text, f.start, end, f.text, f.plain or "")) is not None:
                # "Imaging is needed" -> "Scans are needed": the verb agrees with the plain words
                end, after = agreed[0], after + agreed[1]
                before = text[start:end]
                taken_until = end
            if after.endswith(")") and not f.text.endswith(")") and (opening := bracket_to_join(text, f.end, brackets)):
                # "CHF (EF 35%)": the plain words join the bracket that is there, "CHF (heart failure;
                # EF 35%)", rather than stand in a second one, "CHF (heart failure) (EF 35%)"
                end = opening
                before, after = text[start:end], after[:-1] + "; "
            proposals.append(Proposal(Edit(start, end, before, after, f.kind, f.source), f))
            said.append((f.end, (f.plain or "").lower()))
            if f.render == "explain" and f.text in after:
                named.add(key)
        if mode == "define" and WORDS_TO_KNOW not in text:
            words = words_to_know(findings)
            if words:
                body = text.rstrip("\n")
                tail = text[len(body):]
                block = f"\n\n{WORDS_TO_KNOW}\n" + "\n".join(f"- {t}: {d}" for t, d in words)
                proposals.append(Proposal(Edit(len(body), len(text), tail, block + (tail or ""), "define", "glossary"), None))
        return proposals, warnings

    def _wording(self, doc: Document, f: Finding, mode: str, seen: set[str], sentence_start: bool,
                 render: str | None = None) -> str | None:
        """The words in place of a finding, or None to leave it. `render` overrides the entry's
        (a key term of the text is explained once and then kept: see key_terms)."""
        plain = self._fit(doc, f)
        key = (f.term or f.text).lower()
        first = key not in seen
        seen.add(key)
        if f.kind in ("sig-code", "unsafe-abbreviation", "formal-word"):
            if "(" in plain and inside_brackets(doc.text, f.start):
                return None  # "(intravenous, or IV)": never "(intravenous, or IV (into a vein))"
            if f.kind == "sig-code" and _said_beside(doc.text, f):
                return None  # "four times a day (QID)": never "four times a day (4 times a day)"
            return match_case(plain, f.text, sentence_start)
        render = render or f.render or "replace"
        if render == "leave":
            return None
        if f.kind == "abbreviation" and defined_before(doc.text, f):
            return None  # "... tonsils and adenoids (T&A)" taught it: a later "T&A" needs no bracket again
        if (mode == "explain" or render in ("explain", "bracket")) and " " in plain and self._makes_a_compound_with_next_word(doc.text, f):
            # "cardiology (heart care) appointment", "hepatitis C (liver infection) virus": a bracket between
            # a word and the noun it makes a compound with breaks the phrase. The term stays (later
            # mentions then read as for a term explained once: a later explanation could land inside
            # other plain words we wrote).
            return None
        if (mode == "explain" or render in ("explain", "bracket")) and _in_compound(doc.text, f):
            # "focal-onset", "trimester-specific": a bracket cannot stand inside a hyphenated word;
            # one plain word can ("trimester-specific" stays, "focal-onset" -> "focal-start")
            return None if " " in plain or render == "explain" else match_case(plain, f.text, sentence_start)
        if (mode == "explain" or render in ("explain", "bracket")) and inside_brackets(doc.text, f.start):
            # a bracket inside a bracket reads badly ("(ejection fraction (heart pumping strength) 35%)"):
            # an aside gets the plain words alone, or stays as written when the term must be kept
            return None if render == "explain" else match_case(plain, f.text, sentence_start)
        if mode == "explain" and render != "explain" and f.text.rsplit(" ", 1)[-1].lower() in _OBJECT_STARTS:
            # "elevate the", "consult your": a verb taken with the word after it; a bracket would hold
            # that word too ("Elevating the (raising the) arm"), so the plain words stand in its place
            return match_case(plain, f.text, sentence_start)
        if mode == "explain" or render == "explain":
            if first and plain.lower().startswith("the ") and plain.count(" ") == 1:
                plain = plain[4:]  # "Onset (start) usually happens": the article belongs to the sentence, not the bracket
            if first:
                # "cardiac rehabilitation (heart rehab) program", never "(heart rehab program) program"
                shorter = _repeated_word_after(doc.text, f.end, plain, same_only=True)
                inside = plain.rsplit(' ', 1)[0] if shorter is not None and ' ' in plain else plain
                if inside.lower() == f.text.lower():
                    return None  # "PET scan": the plain words less the repeated one are the term ("PET (PET) scan")
                return f"{f.text} ({inside})"
            return None if render == "explain" else match_case(plain, f.text, sentence_start)
        if render == "bracket" and first:
            return f"{match_case(plain, f.text, sentence_start)} ({_in_brackets(f.text, sentence_start, f.term)})"
        return match_case(plain, f.text, sentence_start)

    def _stands_bare(self, text: str, f: Finding, new: str, end: int | None = None, at: int | None = None) -> bool:
        """Whether the term stands bare (right after a preposition or a verb that takes it as its object, with
        no determiner, possessive, number or adjective before it, and no noun after it that it describes),
        in the singular, where its new words need "a" (needs_an_article). A part of the body is "the" one
        the reader has ("in the outer layer of the brain"), and a lab value is a measure, not a thing:
        never "a" ("linked to serum creatinine" is no "kidney waste marker"). `end`: where the words the edit
        takes end (after a short form in brackets), when not at the end of the term; `at`: where the words
        before the term end, when an adjective stands between (see _bare_after_an_adjective)."""
        if f.kind not in ("term", "abbreviation") or f.category in _NO_ARTICLE_CATEGORIES or not needs_an_article(new):
            return False
        shape = self.pos_of.get(f.source or "")
        if f.kind == "term" and (shape is None or shape[0] != "noun" or looks_plural(f.text, shape[2])):
            return False
        if f.kind == "abbreviation" and (f.text[-1:] == "s" and f.text[:-1].isupper() or not f.text[:1].isupper()):
            return False  # "DVTs"; a lower-case short form ("f/u", "hx") may be any part of speech
        at = f.start if at is None else at
        prev = _PREV_WORD.search(text, max(0, at - 30), at)
        if prev is None or prev.group(1).lower() not in _BARE_AFTER:
            return False
        if prev.group(1).lower() == "of" and _KIND_OF.search(text, max(0, prev.start() - 12), prev.start()):
            return False  # "any kind of hernia sac": the kind is said, not one of them
        end = f.end if end is None else end
        if text[end:end + 1] in ("-", "/", "'", "\u2019"):
            return False  # "pneumonia-related", "cellulitis/abscess", a possessive
        following = _NEXT_WORD.match(text, end)
        if following is None:
            return True
        # a word after it that may be a noun it describes ("pneumonia risk", "replacement strategies"); a
        # verb form is none ("compared", "requiring")
        word = following.group(1)
        return word.lower() in _TIME_WORDS or not (
            names_or_describes(word, True) or (word.islower() and not word.endswith(("ed", "ing")) and may_be_noun(word)))

    def _bare_after_an_adjective(self, text: str, f: Finding, new: str, findings: Sequence[Finding]) -> re.Match[str] | None:
        """The adjective before a term that stands bare but for it ("treated for severe cellulitis"), when
        the plain words need "a" there ("for a severe skin infection"): a lower-case word that can only be
        an adjective ("severe", "recurrent"; never "acute", also a noun, nor a word a finding holds), or None."""
        if not needs_an_article(new):
            return None  # (the cheap test of _stands_bare's first)
        m = _ADJECTIVE_BEFORE.search(text, max(0, f.start - 30), f.start)
        if m is None:
            return None
        word = m.group(1)
        if word in FUNCTION_WORDS or word.endswith("ly") or not names_or_describes(word, False) or may_be_noun(word):
            return None
        if any(g.start < f.start and g.end > m.start() for g in findings):
            return None  # the adjective is a finding of its own ("chronic" -> "long-term")
        return m if self._stands_bare(text, f, new, at=m.start()) else None

    def _entry_tests(self, f: Finding) -> tuple[bool | None, bool, bool, bool]:
        """What the entry and the finding's words alone decide of four tests propose puts to most findings,
        worked out once per wording (the calls were a twentieth of propose): whether it is a name (True,
        False, or None when its place decides: _is_name), and whether _noun_used_as_verb,
        _verb_used_as_noun and _after_its_noun can be true at all."""
        key = (f.kind, f.text, f.plain, f.source, f.render, f.alternatives)
        tests = self._entry_cache.get(key)
        if tests is None:
            shape = self.pos_of.get(f.source or "")
            pos = shape[0] if shape else None
            words = f.text.split()
            if is_drug_name(f.text):
                name: bool | None = True
            elif f.kind in ("abbreviation", "sig-code", "unsafe-abbreviation") or (words and not words[0][:1].isupper()):
                name = False
            else:
                name = None
            low = f.text.lower()
            as_verb = pos == "noun" and low.endswith(("ing", "ed")) and low not in (x.lower() for x in shape[2])  # type: ignore[index]
            moves = f.kind == "term" and pos == "adj" and f.render in ("replace", None) and any(
                w.split(" ", 1)[0] in _PLACE_PREPOSITIONS and " " in w for w in (f.plain or "", *f.alternatives))
            tests = (name, as_verb, pos == "verb", moves)
            if len(self._entry_cache) > _OWN_WORDS_CACHE_MAX:
                self._entry_cache.clear()
            self._entry_cache[key] = tests
        return tests

    def _describes_the_next_noun(self, doc: Document, f: Finding, end: int | None = None) -> bool:
        """A term standing before a noun it describes ("apnea test", "supine position"), where its
        plain words have a phrase after their head: "pause in breathing test" and "lying on your back
        position" would not parse."""
        if f.kind not in ("term", "abbreviation"):
            return False
        key = (f.text, f.plain, f.source)
        shape = self.pos_of.get(f.source or "")
        may = self._may_describe.get(key)
        if may is None:
            # what the entry and the term's words decide, asked once per wording (two regex searches
            # over every finding of every pass were a twentieth of propose)
            may = not _ENDS_IN_A_PREPOSITION.search(f.text) \
                and (shape[0] if shape else "noun") in ("noun", "adj") and _POST_MODIFIED.search(f.plain or "") is not None
            if len(self._may_describe) > _OWN_WORDS_CACHE_MAX:
                self._may_describe.clear()
            self._may_describe[key] = may
        if not may:
            # "secondary to fatigue": the term leads a phrase, it does not describe a noun; or its plain
            # words have no phrase after their head
            return False
        end = f.end if end is None else end
        if _repeated_word_after(doc.text, end, f.plain or "") is not None:
            return False  # "statin therapy" -> "cholesterol medicine": the next word goes, nothing to describe
        following = _NEXT_WORD.match(doc.text, end)
        if following is None:
            return False
        singular = not (shape and shape[0] == "noun" and looks_plural(f.text, shape[2]))
        if names_or_describes(following.group(1), singular):
            return True
        # a word that may be a verb ("values", "levels", "results") is a noun when a helping verb comes
        # right after it: "toe pressure values were low" (a verb is never followed by "were")
        then = _NEXT_WORD.match(doc.text, following.end())
        word = following.group(1)
        return then is not None and then.group(1).lower() in _HELPING_VERBS and word.islower() and not word.endswith("ly") \
            and may_be_noun(word)

    def _before_a_noun(self, doc: Document, f: Finding, seen: set[str]) -> str | None:
        """The term stays where it describes the next word, with its plain words once in brackets
        ("apnea (pause in breathing) test"); later, or inside brackets already, it stays as written."""
        key = (f.term or f.text).lower()
        first = key not in seen
        seen.add(key)
        if not first or f.render == "leave" or inside_brackets(doc.text, f.start):
            return None
        return f"{f.text} ({self._fit(doc, f)})"

    def _heading_wording(self, doc: Document, f: Finding, mode: str, render: str | None) -> str | None:
        """A finding in a heading: a heading takes no bracket ("Recovery After Removal of the Tonsils",
        never "After removal of the tonsils (Tonsillectomy)"). A term the entry or the mode keeps
        (explain) stays as written, a bracketed abbreviation too ("COPD": the short form the reader
        will meet); others get their plain words. The heading does not count as the first mention: the
        text's first mention gets the bracket."""
        render = render or f.render or "replace"
        if f.kind in ("sig-code", "unsafe-abbreviation", "formal-word"):
            return match_case(self._fit(doc, f), f.text, True)
        if render in ("leave", "explain") or mode == "explain" or (render == "bracket" and f.kind == "abbreviation"):
            return None
        return match_case(self._fit(doc, f), f.text, True)

    def _with_short_form(self, doc: Document, f: Finding, short: re.Match[str], mode: str, seen: set[str],
                         sentence_start: bool) -> Edit | None:
        """A term followed by the short form it introduces ("chronic obstructive pulmonary disease
        (COPD)"): the bracket holds a short form, not an explanation, so the term is still rewritten,
        and the short form stays for the later mentions that use it. Replace mode: "long-term lung
        disease (COPD)" (the reader will hear the short form, so it is the one kept); explain mode, and
        an entry that keeps its term, keep the term too: "long-term lung disease (chronic obstructive
        pulmonary disease, or COPD)".

        When the text goes on to say what the term is (", also called a spinal tap"), our plain words
        would say it twice: if its words are ours, replace mode writes them once ("a spinal tap (LP)");
        otherwise, and in explain mode, the text is left as written (None)."""
        if self._describes_the_next_noun(doc, f, short.end()):
            # "prefrontal cortex (PFC) activity": the same, for plain words with a phrase after their
            # head; the term is not counted as explained, so a later mention still gets its words
            return None
        seen.add((f.term or f.text).lower())
        text = doc.text
        plain = match_case(self._fit(doc, f), f.text, sentence_start)
        abbr = short.group(1)
        end = short.end()
        shape = self.pos_of.get(f.source or "")
        if shape is not None and shape[0] == "adj" and (after := _NEXT_WORD.match(text, end)) is not None \
                and after.group(1).islower() and after.group(1) not in FUNCTION_WORDS:
            return None  # "intravenous (IV) catheters": plain words cannot stand between the short form's word and its noun
        told = _TOLD_AS.match(text, end)
        if told is not None:
            if mode == "explain" or told.group("words").lower() not in self._own_words(f):
                return None
            end = told.end()
            if text.startswith(",", end) and not _KEEPS_COMMA.match(text, end + 1):
                end += 1  # "A lumbar puncture (LP), also called a spinal tap, was done" -> "A spinal tap (LP) was done"
        if mode == "explain" or f.render == "explain" or (f.render == "bracket" and (f.category == "condition" or _is_eponym(f.term or ""))):
            # a disease keeps its name beside the short form: readers know and look up "rheumatoid
            # arthritis" or "Parkinson's disease", not "RA" or our description of it
            after = f"{plain} ({_in_brackets(f.text, sentence_start, f.term)}, or {abbr})"
        else:
            after = f"{plain} ({abbr})"
        if self._stands_bare(text, f, after, end):
            after = f"{article_for(after)} {after}"  # "the risk of a deep vein blood clot (DVT)"
        start, after = _with_article(text, f.start, after)
        if (repeated := _repeated_word_after(text, end, after)) is not None:
            end = repeated  # "low-density lipoprotein (LDL) cholesterol" -> "bad cholesterol (LDL)"
        return Edit(start, end, text[start:end], after, f.kind, f.source)

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
                if f.plain.lower().startswith("the "):
                    found.add(f.plain[4:].lower())  # "sudden onset (start)": the_fits took "the" off
            words = frozenset(found)
            if len(self._own_words_cache) > _OWN_WORDS_CACHE_MAX:
                self._own_words_cache.clear()  # bounded memory whatever the stream of texts
            self._own_words_cache[key] = words
        return words

    def _after_its_noun(self, text: str, f: Finding, findings: Sequence[Finding]) -> Edit | None:
        """An adjective whose plain words are a phrase that starts with a preposition ("peristomal":
        "around the surgical opening", "postoperative": "after surgery") goes after its noun, as English
        puts such a phrase: "the peristomal skin with" -> "the skin around the surgical opening with".
        Only before one noun that ends its phrase (a joining word or a stop follows), which no other
        finding touches; otherwise None."""
        shape = self.pos_of.get(f.source or "")
        if f.kind != "term" or shape is None or shape[0] != "adj" or f.render not in ("replace", None):
            return None
        phrase = next((w for w in (f.plain or "", *f.alternatives) if w.split(" ", 1)[0] in _PLACE_PREPOSITIONS
                       and " " in w), None)
        if phrase is None:
            return None  # most adjectives: no need for the noun's long pattern
        m = _NOUN_THEN_END.match(text, f.end)
        if m is None or m.group(1) in FUNCTION_WORDS or not m.group(1).islower() or m.group(1) in _ORDINALS:
            return None  # (an ordinal is no noun: "the postoperative third and sixth months")
        if any(f.end < g.end and g.start < m.end() for g in findings):
            return None  # the noun is a finding of its own ("postoperative edema")
        new = f"{text[f.end:m.end()].strip()} {phrase}"
        if f.text[:1].isupper():
            new = new[0].upper() + new[1:]  # "Postoperative bleeding is rare" -> "Bleeding after surgery is rare"
        return Edit(f.start, m.end(), text[f.start:m.end()], new, f.kind, f.source)

    def _makes_a_compound_with_next_word(self, text: str, f: Finding) -> bool:
        """A term right before a noun it makes a compound with ("hepatitis C virus", "epidural space"),
        or the name of a field of medicine before any noun ("cardiology appointment"). (Adjectives in
        general keep their bracket: measured on PLABA, whose human rewrites explain them in place.)"""
        if f.kind != "term":
            return False
        m = _NEXT_WORD.match(text, f.end)
        if m is None or not m.group(1).islower():
            return False
        if m.group(1) in _COMPOUND_HEADS:
            return True
        return f.text.lower().endswith("ology") and m.group(1) not in FUNCTION_WORDS

    def _verb_used_as_noun(self, text: str, f: Finding) -> bool:
        """A verb entry met as a noun or an adjective, after "your", "the", "an" or a preposition:
        - a formal verb ("your experience", "patients with experience"; but "for experiencing");
        - a participle whose plain words are a phrase, after a determiner or before a word that can
          only be a noun or an adjective ("your inhaled medicines", "and inhaled bronchodilators"
          never read "breathed in medicines").
        Other medical verbs keep their plain words, which serve as nouns too ("with sutures" ->
        "with stitches", "the fracture" -> "the break", "a sutured graft" -> "a stitched graft")."""
        shape = self.pos_of.get(f.source or "")
        if shape is None or shape[0] != "verb":
            return False
        prev = _PREV_WORD.search(text, max(0, f.start - 40), f.start)
        if prev is None:
            return False
        word, low = prev.group(1).lower(), f.text.lower()
        if low.endswith("ed") and " " in (f.plain or "") and (after := _NEXT_WORD.match(text, f.end)) is not None \
                and after.group(1).islower() and names_or_describes(after.group(1), False):
            return True  # "and inhaled bronchodilators": a participle describing its noun, never "breathed in bronchodilators"
        if f.kind == "formal-word" and low == (f.term or "").lower() and " " not in low and not low.endswith(("ed", "ing")) \
                and (word in _HAVE or word.endswith(_ADJECTIVE_ENDS)):
            return True  # "have experience", "clinical experience": a verb's plain form follows neither
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
        if "-" in plain and _PHRASAL_NOUN.fullmatch(plain) and _VERB_SLOT.search(doc.text[max(0, f.start - 12):f.start]):
            plain = plain.replace("-", " ")  # "will f/u" -> "will follow up"; the noun is "a follow-up"
        shape = self.pos_of.get(f.source or "")
        if f.kind == "sig-code" and plain == "if needed" and (reason := _PRN_REASON.match(doc.text, f.end)) \
                and reason.group(1).lower() not in _NOT_A_REASON:
            return "if needed for"  # "PRN pain": the word after it is what the dose is for
        if f.kind == "sig-code" and plain == "by mouth" and (thing := _PRN_REASON.match(doc.text, f.end)) \
                and (is_drug_name(thing.group(1)) or thing.group(1).lower() in _TAKEN_BY_MOUTH):
            return "oral"  # "started PO vancomycin": "by mouth" cannot stand before the thing it describes
        low = plain.lower()
        if low == "so" or low == "but":  # (the text before is read only for these, and for a possessive)
            before = doc.text[max(0, f.start - 30):f.start]
            if low == "so" and not _clause_opens(before):
                # "so" joins clauses; inside one it reads wrongly ("your child may so experience"):
                # another wording, or the word as written
                return f.alternatives[0] if f.alternatives else f.text
            if low == "but" and f.text.endswith(",") and not _CLAUSE_START.search(before):
                return f.text  # "However," opens a sentence as "But"; "The virus, however, can" keeps it
            if low == "but" and f.text[:1].isupper():
                return "But"  # capital even where the sentence start is not known ("... is common. However, ...")
        if low == "these" and (f.term or "").lower() == "the following" and this_fits(doc.text, f.end):
            return "this"  # "The following plan has been prescribed:" -> "This plan"
        first, _, rest = plain.partition(" ")
        if rest and first.endswith("'s") and _POSSESSIVE_BEFORE.search(doc.text[max(0, f.start - 30):f.start]):
            plain = rest  # "your child's children's doctor" reads "your child's doctor"
        if shape is None:
            if f.kind == "abbreviation" and f.text[-1:] == "s" and f.text[:-1].isupper() and len(f.text) > 2:
                return pluralize(plain)  # "NSAIDs", "UTIs": the plural of the short form
            return plain
        pos, plain_plural, forms = shape
        if pos == "verb":
            prev = words_before(doc.text, f.start, 40)  # without adverbs: "is usually performed" -> "done"
            if not prev and (bracket := _BRACKET_BEFORE.search(doc.text, max(0, f.start - 200), f.start)) is not None:
                # "cultures (lab tests to grow germs) obtained", as a first pass writes it: the words
                # before the bracket, as they were before it was written
                prev = words_before(doc.text, bracket.start(), 40)
            if passive_without_object(plain, prev) and not f.text.lower().endswith("ing"):
                return f.text  # "is often preceded by" never reads "is often come before by"
            following = _NEXT_WORD.match(doc.text, f.end)
            # a one-word plain verb ("give", "show") takes an object; a phrasal one ("go away") does not
            # "self-administered": a participle in a compound adjective ("self-given", never "self-gave")
            previous = "be" if joins_a_passive(doc.text, f.start) or in_a_passive_question(doc.text, f.start, f.end) \
                or doc.text[f.start - 1:f.start] == "-" else prev[-1] if prev else ""
            after = following.group(1) if following else CLAUSE_END if _CLAUSE_ENDS.match(doc.text, f.end) else ""
            if not following and (span := _SPAN_THEN_WHEN.match(doc.text, f.end)) is not None:
                after = span.group(1)  # "hydrocortisone administered 24 hr after infusion": given, never "gave"
            form = verb_form(f.text, previous, after, takes_object=" " not in plain)
            if form == "participle" and plain.partition(" ")[0].lower() in _PARTICIPLE_READS_WRONG \
                    and previous.lower() not in _HAVE:
                # "the tablets consumed was", "after cultures obtained": "had" and "gotten" say no passive;
                # the formal word stays ("was obtained" has rows of its own: "was taken")
                return f.text
            return inflect(plain, form)
        if pos == "noun" and looks_plural(f.text, forms):
            return plain_plural or pluralize(plain)
        if pos == "noun":
            return the_fits(plain, doc.text, f.start)
        return own_for_subject(plain, words_before(doc.text, f.start)) if pos == "adv" else plain


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth twelfth last next".split())
# words after which a word is a noun, never a verb ("your experience", "the encounter")
_DETERMINERS = frozenset("a an the your my his their our its every each".split())
_PREPOSITIONS_BEFORE_NOUN = frozenset("with of in from for about without by on at into through".split())
_HAVE = frozenset("have has had having".split())
# plain verbs whose participle never reads as a passive ("the tablets had was", "cultures gotten"). Not
# agreement's _NO_PASSIVE, whose intransitive verbs a participle test here would also catch in pasts
# it misreads ("ruptures occurred in aneurysms" is "happened in": measured, 18 sentences)
_PARTICIPLE_READS_WRONG = frozenset(("have", "get"))
_HELPING_VERBS = frozenset("is are was were has have had may might can could will would should must do does did".split())
# endings of adjectives before a noun ("clinical", "previous", "extensive", "specific"); never of a
# plural subject or an adverb, after which the word is the verb ("patients experience", "usually experience")
_ADJECTIVE_ENDS = ("al", "ous", "ive", "ic", "ful", "able", "ible", "ary")
# plain words that take no article before them ("enough", "more"): the text's "a"/"an" goes
_NO_ARTICLE_BEFORE = frozenset("enough some many much more less few several any no all".split())
# a noun written with a hyphen whose verb is two words ("follow-up" / "follow up", "check-up")
_PHRASAL_NOUN = re.compile(r"[a-z]+-(?:up|out|in|over|off)", re.IGNORECASE)
# the word before it says a verb comes next: "to", a modal, "please"
_VERB_SLOT = re.compile(r"\b(?:to|will|would|should|shall|must|can|could|may|might|please|and|then)[ \t]+$", re.IGNORECASE)
_EMPHASIS = re.compile(r"[*_]{1,3}")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
# a short form's plain words that are one lower-case word, alone or in the bracket after it ("wk (week)")
_ONE_WORD = re.compile(r"([a-z]+)")
# what a count before a short form counts: only these ("POD 2 s/p" is "after", never "afters")
_COUNTED = frozenset("hour minute second day week month year tablet capsule drop puff dose unit".split())
_ONE_WORD_BRACKET = re.compile(r" \(([a-z]+)\)")
# a count right before a short form, apart from it ("3 wk", "2-3 wk", "1.5 wk"; never "24-hr", which describes)
_COUNT_BEFORE = re.compile(r"(?<![\w.])(?:\d+(?:\.\d+)?[ \t]*(?:-|to|or)[ \t]*)?(\d+(?:\.\d+)?)[ \t]+$")
# words after which a noun stands bare, as the object of a preposition or a verb ("for", "has", "underwent")
_BARE_AFTER = frozenset("""for with of from to after without by in on about like into than as against despite among via using
    has have had having develop develops developed developing get gets got getting cause causes caused causing
    need needs needed undergo undergoes underwent undergoing suggest suggests suggested suggesting indicate
    indicates indicated indicating show shows showed showing is was be been become becomes became""".split())
_ADJECTIVE_BEFORE = re.compile(r"(?<![A-Za-z-])([a-z]+)[ \t]+$")
_NO_ARTICLE_CATEGORIES = frozenset({"anatomy", "lab", "result"})
# words of time after a noun, never a noun it describes ("for cellulitis last year")
_TIME_WORDS = frozenset("last next today yesterday tonight now again early late earlier later since".split())
_KIND_OF = re.compile(r"\b(?:kind|kinds|type|types|sort|sorts|form|forms)[ \t]+$", re.IGNORECASE)
_OF_NEXT = re.compile(r"[ \t]+of\b")
# a bracket of words (no stop inside) right before a word, after a word: "cultures (lab tests ...) obtained"
_BRACKET_BEFORE = re.compile(r"(?<=[A-Za-z])[ \t]+\([^()\n.;:]{1,160}\)[ \t]+$")
# a span of time and the word that says when, right after a verb: "administered 24 hr after infusion"
_SPAN_THEN_WHEN = re.compile(r"[ \t]+\d+(?:\.\d+)?[ \t]+[A-Za-z]+[ \t]+(after|before|prior)\b", re.IGNORECASE)
# the clause ends right after a word: a stop, a comma or semicolon, a closing bracket, the end of a line
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[.,;:!?)]|\n|$)")
_ASCII_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # a letter or digit before a hyphen
_BRACKET_NEXT = re.compile(r"[ \t]*\(([^()]{1,40})\)")


def _said_beside(text: str, f: Finding) -> bool:
    """Whether a frequency code has its meaning in words beside it: in the brackets after it ("TID
    (3 times a day)") or before the brackets it stands in ("four times a day (QID)"). Its plain words
    would say it twice, and the guard cannot let the code go (that would drop one of two frequencies)."""
    own = _frequencies(f.text)
    if not own:
        return False
    after = _BRACKET_NEXT.match(text, f.end)
    if after is not None:
        return bool(own & _frequencies(after.group(1)))
    if text[f.start - 1:f.start] == "(" and text.startswith(")", f.end):
        return bool(own & _frequencies(text[max(0, f.start - 40):f.start - 1]))
    return False


@lru_cache(maxsize=4096)
def _frequencies(text: str) -> Counter[str]:
    """The guard's frequencies of a short text, cached per text: a frequency code ("BID", "PO") is met
    in most notes, and working out its facts took 15 us (measured). Never changed by the callers (`&`
    makes a new Counter)."""
    return facts(text).frequencies


# a short form in brackets right before a term: "angiotensin-converting enzyme (ACE) inhibitor"
_AFTER_A_SHORT_FORM = re.compile(r"\([A-Z][A-Z0-9-]{1,8}\)[ \t]+$")
# plain words with a phrase after their head word, or a phrase led by a preposition ("through a vein"):
# they cannot stand before a noun they describe
_POST_MODIFIED = re.compile(r"(?:^|\S[ \t]+)(?:of|in|on|at|by|from|with|without|to|for|into|through|around|between|under|over|after|"
                            r"before|during|that|who|which|made|used|caused|given|when|where|while)[ \t]", re.IGNORECASE)
_ENDS_IN_A_PREPOSITION = re.compile(r"[ \t](?:to|for|of|with|by|in|on|from|at|into|as)$", re.IGNORECASE)
# an adjective's plain phrase that starts with one of these goes after its noun
_PLACE_PREPOSITIONS = frozenset("around after before under near inside between behind below above within".split())
# one lower-case noun, then a joining word or a stop (the noun ends its phrase)
# and the numbers it may carry ("postoperative days 3 and 7" -> "days 3 and 7 after surgery")
_NOUN_THEN_END = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+\d+(?:(?:[ \t]*[,–-][ \t]*|[ \t]+(?:and|or|to)[ \t]+)\d+)*(?![ \t]*(?:[,–-]|and|or|to)[ \t]*\d))?(?=[ \t]*[,.;:!?)](?!\d)|[ \t]+(?:with|and|or|in|on|at|for|from|to|is|are|was|were|may|can|will|should|must|that|which)\b)")
# nouns that make a compound with the term before them: a bracket between them splits it
_COMPOUND_HEADS = frozenset("""virus viruses infection clinic clinics office offices appointment appointments visit
    visits team unit department doctor doctors nurse nurses space""".split())
_OBJECT_STARTS = frozenset("the a an your my his her their our its this that these those them him it you".split())
_POSSESSIVE_BEFORE = re.compile(r"[A-Za-z]'s[ \t]+$")
_SEMICOLON_BEFORE = re.compile(r";[ \t]+$")
# the start of a sentence, a line, a bullet or a clause after ";": where "however," reads "but"
_CLAUSE_START = re.compile(r"(?:^|[.!?:;\n])[\s*#>\-\u2022\d.)]*$")
_CLAUSE_JOINER = re.compile(r"(?:^|[.!?;:,(\n*•–—-]|\b(?:and|but|or)\b)[ \t]*$", re.IGNORECASE)


def _clause_opens(before: str) -> bool:
    """Whether a clause starts after `before` (the text just before a word): at the start of the
    text, a sentence, a line or a bullet, or after a comma, semicolon, dash or "and"."""
    return _CLAUSE_JOINER.search(before) is not None


def _with_article(text: str, at: int, after: str, end: int | None = None) -> tuple[int, str]:
    """Where an edit at `at` starts and what it writes, with the "a"/"an" before it made to fit the
    new words: "an adequate fluid intake" -> "enough fluid intake", "an antiseizure medicine" -> "a
    seizure medicine"."""
    m = _PREV_WORD.search(text, max(0, at - 40), at) if _after_article(text, at) else None
    if m is None or m.group(1).lower() not in ("a", "an"):
        return at, after
    if after.split(" ", 1)[0].lower() in _NO_ARTICLE_BEFORE or (end is not None and takes_no_article(after)
                                                                 and not before_a_content_word(text, end)):
        return m.start(), after[0].upper() + after[1:] if m.group(1)[0].isupper() else after
    article = article_for(after)
    if article == m.group(1).lower():
        return at, after
    art = article.capitalize() if m.group(1)[0].isupper() else article
    return m.start(), art + m.group(2) + after


# ", also called a spinal tap" right after a term's short form: the text says what the term is
_TOLD_AS = re.compile(r",?[ \t]+(?:also[ \t]+|commonly[ \t]+|often[ \t]+|more[ \t]+)?(?:called|known[ \t]+as|referred[ \t]+to[ \t]+as)"
                      r"[ \t]+(?:an?[ \t]+|the[ \t]+)?(?P<words>[A-Za-z][A-Za-z' -]{1,60}?)(?=[,.;:)!?]|$)")
# a comma that keeps its place once an explanation before it goes: "(MI), which occurs"
_KEEPS_COMMA = re.compile(r"[ \t]+(?:which|who|whom|whose|where|when|and|but|or|so|although|though|while|because|since|as|if)\b",
                          re.IGNORECASE)
# plain words' last word and a next word that says the same again ("medicine therapy")
_SAME_AGAIN = {"medicine": {"therapy", "treatment", "medication", "medicine", "medicines"},
               "medicines": {"therapy", "treatment", "medications", "medicines"},
               "program": {"program", "programme"}}
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b(?![-'’])")


def _repeated_word_after(text: str, end: int, after: str, same_only: bool = False) -> int | None:
    """Where the word after `end` ends when the new words already end with it ("heart rehab program"
    before "program"), or None. A bracket of the term after the plain words does not count: the
    plain words' last word is what the reader would read twice."""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return None
    plain = after[:after.index(" (")] if after.endswith(")") and " (" in after else after
    last = plain.rsplit(" ", 1)[-1].lower()
    nxt = m.group(1).lower()
    if nxt != last and (same_only or nxt not in _SAME_AGAIN.get(last, ())):
        return None  # most words: not the same again (the cheap test first)
    # a three-letter content word counts too ("scan dye" before "dye"), but not in a bracket's
    # shortening (same_only), where "(CT)" alone would be left to explain the term
    if not last.isalpha() or len(last) < (4 if same_only else 3) or last in FUNCTION_WORDS:
        return None
    return m.end()


def _in_compound(text: str, f: Finding) -> bool:
    """The finding is the first part of a hyphenated word ("focal-onset", "trimester-specific")."""
    return text[f.end:f.end + 1] == "-" and text[f.end + 1:f.end + 2].isalpha()


def _in_brackets(term: str, sentence_start: bool, entry: str | None = None) -> str:
    """The term as it reads inside the bracket after its plain words: "Lesions" was capital only as
    the first word of the sentence; "Crohn's disease" (its glossary `entry` is a name) keeps its capital."""
    if sentence_start and term[:1].isupper() and term[1:] == term[1:].lower() and not _is_eponym(entry or ""):
        return term[0].lower() + term[1:]
    return term


def _after_article(text: str, at: int) -> bool:
    """Whether the text before `at` may end with "a" or "an" and a space: a quick test that spares
    most findings the search for the word before them (_PREV_WORD decides)."""
    before = text[max(0, at - 40):at]
    word_end = before.rstrip(" \t")
    # the last two characters decide: lower case never merges characters
    return len(word_end) < len(before) and word_end[-2:].lower().endswith(("a", "an"))


_CAPITALISED_BEFORE = re.compile(r"([A-Z][a-z]+)[ -]$")
_CAPITALISED_AFTER = re.compile(r"[ -]([A-Z][a-z]+)")


def _is_name(text: str, f: Finding, sentence_starts: set[int]) -> bool:
    """Never rewrite inside a drug name or a proper name ("Heart Failure Clinic", "Lasix")."""
    if is_drug_name(f.text):
        return True
    if f.kind in ("abbreviation", "sig-code", "unsafe-abbreviation") or f.start in sentence_starts:
        return False
    words = f.text.split()
    if words and not words[0][:1].isupper():
        return False  # most terms: lower case, so not titled (the quick part of the test below)
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


# words that make a capitalised phrase before them the name of a place or a service ("Heart Failure Clinic")
_INSTITUTION_AFTER = re.compile(
    r"[ \t]+(?:Clinic|Clinics|Center|Centre|Service|Services|Unit|Program|Programme|Hospital|Department|Team|"
    r"Society|Association|Foundation|Institute|Network|Trust|Line|Hotline|Office)\b")


def _plain_in_a_title(text: str, f: Finding) -> bool:
    """A title-case heading capitalises every word, so capitals there are no sign of a name: its formal
    words and the terms the glossary swaps ("Your Inhaled Medications", "Activity and Cardiac
    Rehabilitation") take their plain words, unless the words after them name a place or a service
    ("Heart Failure Clinic")."""
    if f.kind == "formal-word":
        return True
    # plain words with a phrase after their head read badly as a title ("Care of the Leg With the Problem",
    # "Walking and Putting Weight on It"): those terms stay as written there
    return f.kind == "term" and f.render in ("replace", "bracket") and not _INSTITUTION_AFTER.match(text, f.end) \
        and not any(w in FUNCTION_WORDS for w in (f.plain or "").lower().split())


def _counted(text: str, f: Finding, new: str) -> str:
    """A short form's plain words after a count: plural for more than one of a unit ("for 3 wk" reads "for
    3 weeks", explain "3 wk (weeks)"; never "3 week"), as they were for one ("1 wk") or for a word that
    counts nothing ("POD 2 s/p" is "after")."""
    unit = _ONE_WORD.fullmatch(new) or (new.startswith(f.text) and _ONE_WORD_BRACKET.fullmatch(new, len(f.text)))
    if not unit or unit.group(1) not in _COUNTED:
        return new
    count = _COUNT_BEFORE.search(text, max(0, f.start - 16), f.start)
    if count is None or count.group(1) == "1":
        return new
    return new[:unit.start(1)] + pluralize(unit.group(1)) + new[unit.end(1):]


def _is_eponym(term: str) -> bool:
    """Whether a glossary term is named after a person ("Parkinson's disease", "Crohn disease"): the
    glossary writes terms in lower case but for names."""
    return any(w[:1].isupper() and w[1:2].islower() for w in term.split())

