"""What the text already says about a term: a bracket after it, its short form, an explanation in its
own words ("jaundice, a yellowing of the skin"), or plain words said just before. The glossary
rewriter asks these so that it never explains a term twice or rewrites an explanation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Callable, Sequence

from ..model import Finding

_LETTERS = re.compile(r"[A-Za-z]+")
_LOWER_WORDS = re.compile(r"[a-z]+")
_SENTENCE_MARK = re.compile(r"[.!?\n]")
_A_LETTER = re.compile(r"[A-Za-z]")
_PAREN_AFTER = re.compile(r" ?\((?:[^()\n]|\([^()\n]{0,80}\)){1,160}\)")  # one level of nesting


class BracketsAfter(dict):
    """_PAREN_AFTER matched at positions of one text (position -> match or None), each position
    once per propose: a finding's bracket is read by explanations, already_explained,
    explanation_end and bracket_to_join in turn, and a rewrite's second pass meets a bracket after
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


def bracket_to_join(text: str, at: int, brackets: BracketsAfter) -> int | None:
    """Where the words of a bracket right after `at` start, when the plain words may join it: a
    bracket already_explained can read (no bracket inside it)."""
    m = brackets[at]
    if m is None or "(" in m.group(0).strip()[1:]:
        return None
    return text.index("(", at) + 1


def _bracket_after(f: Finding, brackets: BracketsAfter) -> str | None:
    """The words of the bracket right after a finding, or None."""
    m = brackets[f.end]
    return _bracket_words(m) if m else None


_OR_SHORT_FORM = re.compile(r"\([^()\n]{1,160}, or $")


def already_explained(text: str, f: Finding, own_words: Callable[[Finding], frozenset[str]],
                       brackets: BracketsAfter) -> bool:
    """Words with a bracket right after them ("hypertension (high blood pressure)", "high blood
    pressure (hypertension)") or that fill a bracket by themselves are explained already: rewriting
    them again would stack brackets, and simplifying the output twice must change nothing."""
    if f.kind in ("sig-code", "unsafe-abbreviation"):
        return False
    opens = text.startswith((" (", "("), f.end)  # what a bracket after it needs (_PAREN_AFTER): most have none
    if opens:
        # a bracket opened with its plain words and a semicolon ("(heart failure; EF 35%)"), as
        # written when they joined a bracket that was there, however long the rest of it is
        first, semicolon, _ = text[text.index("(", f.end) + 1:f.end + 200].partition(";")
        if semicolon and first.strip().lower() in own_words(f):
            return True
    inner = _bracket_after(f, brackets) if opens else None
    if inner is not None:
        # "(since 2019)", "(BP 150/90)" say something else; a bracket of words, or of the glossary's
        # own wording ("(3-month blood sugar average)"), explains
        return not any(map(str.isdigit, inner)) or inner in own_words(f) or inner.split(";", 1)[0].rstrip() in own_words(f)
    if text[max(0, f.start - 1):f.start] == "(" and f.plain:
        # "long-term lung disease (chronic obstructive pulmonary disease, or COPD)"
        before = text[max(0, f.start - 2 - len(f.plain)):f.start - 1].rstrip().lower()
        if before.endswith(f.plain.lower()):
            return True
    if text[f.end:f.end + 1] == ")" and _OR_SHORT_FORM.search(text[max(0, f.start - 170):f.start]):
        return True  # the short form in "(idiopathic pulmonary fibrosis, or IPF)", as _with_short_form writes it
    # a bracket it fills, or opens before other notes ("(pulmonary infiltrates; n = 8)", as written
    # when the plain words join a bracket that was there)
    return text[max(0, f.start - 1):f.start] == "(" and text[f.end:f.end + 1] in (")", ";")


# What joins a term to words that explain it in the same sentence: "hypoglycemia, or low blood sugar",
# "low blood sugar, also called hypoglycemia", "hypertension is high blood pressure".
_JOIN = r"\s*(?:,|-|\u2013|\u2014)?\s*(?:or|also called|called|also known as|known as|(?:commonly |often )?referred to as|which means|meaning|that is|is|are|means)\s+(?:an?\s+|the\s+)?"


_JOIN_FIRST = re.compile(_JOIN)


_SHORT_FORM = re.compile(r" ?\(([A-Z][A-Za-z0-9/&-]{0,8}[A-Z0-9][a-z]?)\)")


def short_form_after(text: str, f: Finding, spelled_out: dict[int, str] | None = None) -> re.Match[str] | None:
    """The "(COPD)" right after a multi-letter term that it abbreviates (its letters, in order,
    start the term's words), or None. `spelled_out` (start -> what the abbreviation found there
    stands for) also names short forms whose letters are not the term's: "oxygen saturation
    (SpO2)", SpO2 being "peripheral oxygen saturation"."""
    if f.kind != "term" or not f.plain or f.render == "leave":
        return None
    m = _SHORT_FORM.match(text, f.end)
    if m is None:
        return None
    if spelled_out and (long_form := spelled_out.get(m.start(1))) and _stands_for_the_term(long_form, f, m.group(1)):
        return m
    letters = [c.lower() for c in m.group(1) if c.isalpha()]
    words = _LETTERS.findall(f.text.lower())
    initials = "".join(w[0] for w in words)
    # initials in order ("COPD"), or the letters in order from the first ("MI", "HTN" from hypertension)
    it = iter(f.text.lower())
    in_order = letters[:1] == [f.text[:1].lower()] and all(c in it for c in letters)
    return m if letters and (initials.startswith("".join(letters)) or in_order) else None


def _stands_for_the_term(long_form: str, f: Finding, short: str) -> bool:
    """An abbreviation's long form names the term, and the words it adds before it are not spelled
    by the short form: "(SpO2)" of "peripheral oxygen saturation" is the short form of "oxygen
    saturation", but "(CHF)", "congestive heart failure", also stands for the word before "heart
    failure" ("chronic", or what a rewrite made of it)."""
    low = long_form.lower()
    for name in {f.text.lower(), (f.term or f.text).lower()}:
        if low == name:
            return True
        if low.endswith(" " + name):
            return low[0] != short[0].lower()
    return False


def explanation_end(f: Finding, brackets: BracketsAfter) -> int:
    """Where the words explaining a finding end: after its bracket, or after the bracket it fills."""
    m = brackets[f.end]
    if m:
        return m.end()
    return f.end + 1 if brackets.text[f.end:f.end + 1] == ")" else f.end


def explained_in_words(text: str, f: Finding) -> bool:
    """The sentence explains the term itself, with the glossary's own plain words right beside it:
    rewriting would read "Low blood sugar, or low blood sugar". Left as written."""
    if f.kind not in ("term", "abbreviation") or not f.plain:
        return False
    low = f.plain.lower()
    after = text[f.end:f.end + 40 + len(f.plain)].lower()
    # each full pattern is tried only where its joining words, or the plain words, are there at all
    if low in after and _JOIN_FIRST.match(after) and _joined_after(low).match(after):
        return True
    before = text[max(0, f.start - 40 - len(f.plain)):f.start].lower()
    if low in before and _joined_before(low).search(before):
        return True
    # an explanation in other words, set off by commas: "Hypoglycemia, or low blood glucose, may ...";
    # its own words are simplified where they stand ("low blood sugar"), the term is kept
    return bool(_APPOSITIVE.match(text, f.end))


@lru_cache(maxsize=2048)
def _joined_after(low: str) -> re.Pattern[str]:
    """The joining words, then these plain words ("..., or low blood sugar"): compiled once per wording
    (building and looking up the pattern per finding was most of explained_in_words on a second pass)."""
    return re.compile(_JOIN + re.escape(low) + r"(?![a-z])")


@lru_cache(maxsize=2048)
def _joined_before(low: str) -> re.Pattern[str]:
    """These plain words, then the joining words, at the end ("low blood sugar, also called ")."""
    return re.compile(r"(?<![a-z])" + re.escape(low) + _JOIN + r"$")


# ", or low blood glucose," but not the list "hypertension, or diarrhea, or a fever"
_APPOSITIVE = re.compile(r",[ \t]+(?:or|also called|also known as|known as|called|meaning|which means)[ \t]+[^,.;:\n]{3,90},"
                         r"(?![ \t]+(?:or|and)\b)")


# ", a small mesh tube placed in the artery," right after a term: an aside that says what it is; and
# " is a ..." after a term that starts its sentence
A_APPOSITIVE = re.compile(r",[ \t]+an?[ \t]+[^,.;:()\n]{3,120}(?:,(?![ \t]+(?:or|and)\b)|[.!?](?:\s|$))"
                           r"|\.[ \t]+This is an?[ \t]")  # ... as the splitter writes it: "X. This is a ..."
IS_A = re.compile(r"[ \t]+(?:is|are)[ \t]+an?[ \t]")
_ARTICLE_BEFORE = re.compile(r"(?:A|An|The)[ \t]+$")


def opens_sentence(text: str, at: int, sentence_starts: set[int]) -> bool:
    """The term starts its sentence, alone or after an article: "Jaundice is ...", "A colostomy is ..."."""
    if at in sentence_starts:
        return True
    m = _ARTICLE_BEFORE.search(text, max(0, at - 5), at)
    return m is not None and m.start() in sentence_starts


# the aside after a term in quotes: 'the "bruit," a whooshing sound'
# (not an item of a list: "floaters, a dark curtain across your vision, or redness")
# ... or with "the" ("Ascites, the buildup of fluid in the belly, ..."), or after "is" ("An abscess is a
# collection of pus"): only words of our plain wording make any of them an explanation. A bracket inside
# is a later pass's own ("within the abdomen (belly)")
_QUOTED_APPOSITIVE = re.compile(r"(?:[\"”’']?,[\"”’']?|[ \t]+(?:is|are))[ \t]+(?:an?|the)[ \t]+(?P<words>(?:[^,.;:()\n]|\([^()\n]*\)){3,120})"
                                r"(?:,(?![ \t]+(?:or|and)\b)|[.!?;:](?:\s|$)|$)")
_NOT_CONTENT = frozenset("your their with from that this these those into over under about".split())


def says_our_words(text: str, f: Finding) -> bool:
    """An aside right after the term that says what it is in words of our plain wording ('the "bruit,"
    a whooshing sound'): the plain words in place of the term would say it twice ("the whooshing sound
    over an artery, a whooshing sound"), so the term stays, explained by the text."""
    if f.kind != "term" or not f.plain:
        return False
    m = _QUOTED_APPOSITIVE.match(text, f.end)
    if m is None:
        return False
    ours = {w for w in _LOWER_WORDS.findall(f.plain.lower()) if len(w) > 3 and w not in _NOT_CONTENT}
    theirs = set(_LOWER_WORDS.findall(m.group("words").lower()))
    return bool(ours) and len(ours & theirs) * 2 >= len(ours)


def same_words_just_said(text: str, f: Finding, said: list[tuple[int, str]]) -> bool:
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
    for end, words in reversed(said):  # or about to be, by an edit of this pass
        if words == plain:
            return _joinable(text[end:f.start])
        if words not in _JOINING_WORDS:
            break  # only a rewritten "referred to as" -> "called" (or "commonly") may stand between the two
    return False


# plain words of the formal phrases that join a term to its short form ("commonly referred to as COPD")
# ("commonly" -> "often" in "commonly called COPD")
_JOINING_WORDS = frozenset({"called", "also called", "known as", "also known as", "often"})


def _joinable(between: str) -> bool:
    """Short, in the same sentence, and with a word in it ("tab tab" is a list, not a term and its
    short form)."""
    return len(between) <= 40 and not _SENTENCE_MARK.search(between) and _A_LETTER.search(between) is not None


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


def explanations(text: str, findings: Sequence[Finding], own_words: Callable[[Finding], frozenset[str]],
                  brackets: BracketsAfter) -> _Spans:
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


def defined_before(text: str, f: Finding) -> bool:
    """The abbreviation stood alone in a bracket earlier in the text ("removal of the tonsils (T&A)"): the
    text has taught it, as the short form of the words before that bracket."""
    if text.find(f.text + ")", 0, f.start) < 0:
        return False  # what both forms end with: most abbreviations were never in a bracket before
    return text.find(f"({f.text})", 0, f.start) >= 0 or text.find(f"or {f.text})", 0, f.start) >= 0


def names_its_short_form(text: str, f: Finding) -> bool:
    """A short form that closes a bracket naming it after its long form: "(intravenous, or IV)",
    or "through a vein (IV)" after its own plain words."""
    if f.kind not in ("abbreviation", "sig-code") or not text.startswith(")", f.end):
        return False
    before = text[max(0, f.start - 80):f.start]
    if before.endswith(", or ") and inside_brackets(text, f.start):
        return True
    plain = (f.plain or "").lower()
    return before.endswith("(") and bool(plain) and before[:-1].rstrip().lower().endswith(plain)


def inside_brackets(text: str, at: int) -> bool:
    """An opening bracket before `at` on its line that is not closed yet."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    return line.count("(") > line.count(")")
