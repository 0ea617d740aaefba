"""Whether a formal word's plain words fit where the word stands (issue 6: what substitution breaks).

The glossary says what a formal word means; some words mean it only in some places, which the words
around them show: "provided" before a clause of its own is "if", never "gave"; "increased" is "more" only
before a noun it describes; "including" is "such as" only after a class of things a patient meets;
"expected" is "normal" only where no time or outcome follows; "the following" is "these" only before a
colon or a plural noun; "adherence to" is "following" only where a clause opens. Each test reads the
text around the finding; `formal_word_fits` is False where the swap would misread, and the word stays.
"""

from __future__ import annotations

import re

from ..model import Finding
from .agreement import is_adverb
from .word_classes import names_or_describes

PREV_WORD = re.compile(r"(?<![A-Za-z])([A-Za-z]+)([ \t]+)$")  # a whole word: never the "an" of "Brennan"


def formal_word_fits(text: str, f: Finding) -> bool:
    """Whether the formal-word finding `f` may take its plain words where it stands in `text`."""
    term = (f.term or "").lower()
    if f.text.lower() == "provided" and _PROVIDED_AS_IF.match(text, f.end):
        return False  # "allowed after 48 hours provided the dressing stays dry": "if", never "gave"
    if term in _MORE and not _more_fits(text, f.start, f.end):
        return False  # "- increased thirst" -> "more thirst"; "the dose will be increased slowly" stays
    if term == "including" and not _such_as_fits(text, f.start, f.end):
        return False  # "medicines, including metformin" -> "such as"; "the feet, including the toes" stays
    if term in _EXPECTED and _NOT_NORMAL_BEFORE.match(text, f.end):
        return False  # "this is an expected part of healing" -> "a normal part"; "expected to improve" stays
    if term == "the following" and not _these_fit(text, f.end):
        return False  # "the following steps" -> "these steps"; never "these happens", "these plan"
    if term in _GERUND_FOR_A_NOUN and not _gerund_fits(text, f.start):
        return False  # "aimed to explore adherence to a diet" never reads "explore following a diet"
    if (f.plain or "").startswith("more ") \
            and (prev := PREV_WORD.search(text, max(0, f.start - 40), f.start)) and is_adverb(prev.group(1)):
        return False  # "rapidly increasing swelling": the adverb would be left describing "more swelling"
    return True


# "increased"/"increasing" before a noun, as a list item or a clause opens or after a link, is "more"
_MORE = frozenset({"increased", "increasing"})
_MORE_AFTER = frozenset("notice notices have has".split())
_ITEM_OPENS = re.compile(r"^[ \t]*(?:[-*+\u2022]|\d+[.)])[ \t]+\Z", re.MULTILINE)
_NEXT_WORD_AFTER_SPACE = re.compile(r"[ \t]+([A-Za-z]+)")


def _more_fits(text: str, start: int, end: int) -> bool:
    nxt = _NEXT_WORD_AFTER_SPACE.match(text, end)
    if nxt is None or not names_or_describes(nxt.group(1), False):
        return False  # "increasing your movement", "increased by 2 cm", "increased slowly"
    before = text[max(0, start - 40):start]
    if _ITEM_OPENS.search(before):
        return True  # "- increased thirst": a list item of signs (a sentence's "Increasing the dose" may be a verb)
    prev = PREV_WORD.search(before)
    return prev is not None and prev.group(1).lower() in _MORE_AFTER


# "X, including Y" lists examples of a class ("such as") after a plural noun that names a class of
# things a patient meets (medicines, foods, activities); after anything else it counts a part in ("check
# the feet, including the toes"; "these patients, including some with ..."; "15 studies, including 13 ...")
_CLASSES_BEFORE_INCLUDING = re.compile(
    r"(?<![A-Za-z])(?:medicines|medications|drugs|pills|supplements|products|foods|drinks|fluids|liquids|"
    r"vegetables|fruits|activities|sports|exercises|effects|symptoms|signs|appliances|devices|habits|"
    r"infections|problems|conditions|diseases|illnesses|allergies|vaccines|antibiotics|painkillers|relievers|"
    r"things|items|places|tests|scans|changes)(?:[ \t]*\([^()\n]{1,80}\))?,[ \t]+\Z", re.IGNORECASE)
_NOT_AN_EXAMPLE = re.compile(r"[ \t]+(?:the|a|an|some|all|any|use|those|these|its|their|our|your|many|most|\d)", re.IGNORECASE)


def _such_as_fits(text: str, start: int, end: int) -> bool:
    return bool(_CLASSES_BEFORE_INCLUDING.search(text, max(0, start - 120), start)) and not _NOT_AN_EXAMPLE.match(text, end)


# "is expected" of a symptom after care reads "is normal"; what will happen, or when, keeps it
# ("is expected to improve", "is expected by 6 weeks", "it is expected that")
_EXPECTED = frozenset({"is expected", "are expected", "an expected", "not expected"})
_NOT_NORMAL_BEFORE = re.compile(r"[ \t]+(?:to|that|by|from|of|in|at|within|after|until)\b|-", re.IGNORECASE)


_AFTER_THE_FOLLOWING = re.compile(r"[ \t]*:|[ \t]+([A-Za-z]+[^sS\W][sS])\b(?:[ \t]+([a-z]+))?")
_PLURAL_SUBJECT_VERBS = frozenset("are were have should must may might can will would need include help apply".split())


def _these_fit(text: str, end: int) -> bool:
    """"the following" reads "these" before a colon or a plural noun: one that can only be a noun
    ("symptoms", "instructions") or one a plural verb follows ("steps should"), never a verb
    ("the following happens", "the following develops:")."""
    m = _AFTER_THE_FOLLOWING.match(text, end)
    if m is None:
        return False
    if m.group(1) is None:
        return True
    return names_or_describes(m.group(1), False) or (m.group(2) or "") in _PLURAL_SUBJECT_VERBS


# formal nouns whose plain words are a gerund ("adherence to this plan" -> "following this plan"): the gerund
# reads as the noun only where a clause opens or after a preposition; after a verb, an adjective or a
# determiner ("explore following a diet", "poor following", "their following") it reads as something else
_GERUND_FOR_A_NOUN = frozenset({"adherence to", "strict adherence to"})
_GERUND_AFTER = frozenset("of by through about on for in from with without and or because as while since if when that".split())
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;]|^[ \t]*(?:#{1,6}|[-*+\u2022]|\d+[.)])|\*\*)[ \t\"“(]*\Z", re.MULTILINE)


def _gerund_fits(text: str, at: int) -> bool:
    before = text[max(0, at - 60):at]
    if _CLAUSE_OPENS.search(before):
        return True
    prev = PREV_WORD.search(before)
    return prev is not None and prev.group(1).lower() in _GERUND_AFTER


# "provided" as a conjunction: a clause of its own follows (a subject, then its verb before any
# comma or relative word): "provided the dressing stays dry", "provided you can walk"
_PROVIDED_AS_IF = re.compile(
    r"[ \t]+(?:the|your|you|a|an|it|this|there|they|he|she|we|no)\b(?:(?!\b(?:that|which|who)\b)[^,.;:()]){0,60}?"
    r"\b(?:is|are|remains?|stays?|has|have|does|do|can|will|was|were|keeps?)\b", re.IGNORECASE)
