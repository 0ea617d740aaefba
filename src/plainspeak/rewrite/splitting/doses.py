"""Cuts in a sentence that holds a dose: a dose must stay in the sentence that names its medicine.

"You have been prescribed metoprolol 50 mg by mouth daily; do not stop this medicine all at once,
because ..." may be cut at the semicolon, since the dose keeps its medicine and its frequency (a cut
is made only before a new clause, so what follows the dose up to the cut stays with it). "Take
metformin 500 mg with breakfast, and take 500 mg with dinner" may not: the second dose would stand in
a sentence of its own with no medicine. A piece after a cut that holds a dose must name a medicine,
or open by pointing back at the only one the sentence names ("...; a second dose may be taken after
2 hours, up to 200 mg in 24 hours").
"""

from __future__ import annotations

import re

from ...lexicon import is_drug_name
from .words import DOSE, REASON, _Change, _WORD

# how a piece may point back at the one medicine of its sentence
_POINTS_BACK = re.compile(r"\s*(?:it|this medicine|this drug|the dose|the next dose|a second dose|each dose|a missed dose"
                          # a dose of the same medicine ("a reduced dose of 2.5 mg"), or its limit ("no more than 1.8
                          # mg should be taken", "do not exceed 1.8 mg")
                          r"|(?:a|the|your)[ \t]+(?:reduced|lower|higher|usual|maximum|starting|daily)[ \t]+dose"
                          r"|no[ \t]+more[ \t]+than|do[ \t]+not[ \t]+(?:exceed|take[ \t]+more[ \t]+than))\b",
                          re.IGNORECASE)


# an amount "of" something that is no medicine is a measure, not a dose: "more than 2 tablespoons of bright
# red blood", "240 mL (8 ounces) of salt water" pin no medicine to their sentence
_OF_WHAT = re.compile(r"[ \t]*(?:\([^()\n]*\)[ \t]*)?of[ \t]+((?:[A-Za-z'’-]+[ \t]*){1,4})")
_MEDICINE_WORDS = frozenset("""medicine medicines medication medications drug drugs dose doses solution syrup suspension
    liquid cream ointment gel lotion spray drops inhaler insulin tablet tablets capsule capsules pill pills patch
    mixture powder elixir vaccine injection antibiotic antibiotics it this that each your""".split())


def has_dose(text: str) -> bool:
    """Whether `text` holds a dose: an amount (`DOSE`) that is not a measure of something named as no medicine."""
    for m in DOSE.finditer(text):
        of = _OF_WHAT.match(text, m.end())
        if of is None:
            return True
        words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", of.group(1))]
        if any(w in _MEDICINE_WORDS or is_drug_name(w) for w in words):
            return True
    return False


# medicines joined by a slash, with a strength for each joined the same way, are one product
# ("budesonide/formoterol 160/4.5 mcg": one inhaler, one dose); "aspirin/clopidogrel" alone may be two pills
_COMBINATION = re.compile(r"[A-Za-z][A-Za-z-]*(?:/[A-Za-z][A-Za-z-]*)+(?=[ \t]+\d[\d.,]*(?:/\d[\d.,]*)+[ \t]*[a-zA-Zµ])")


def _medicines(text: str) -> set[str]:
    """The medicines a text names, lower case; a combination written with a slash counts once."""
    found = set()
    for m in _COMBINATION.finditer(text):
        if any(is_drug_name(w) for w in m.group(0).split("/")):
            found.add(m.group(0).lower())
    rest = _COMBINATION.sub(" ", text)
    # (a combination written with a hyphen is one product too: "Oxycodone-acetaminophen 5/325 mg")
    return found | {w.lower() for w in _WORD.findall(rest)
                    if is_drug_name(w) or ("-" in w and all(is_drug_name(part) for part in w.split("-")))}


class DoseCuts:
    """Whether a cut keeps each dose of one sentence with its medicine. Built once a sentence."""

    def __init__(self, sentence: str):
        self.medicines = _medicines(sentence)

    def allows(self, before: str, rest: str, first: bool) -> bool:
        """Whether cutting a piece into `before` and `rest` keeps every dose with its medicine; `first`
        when `before` opens the sentence (its doses may name their medicine in an earlier sentence,
        unless the medicine is named after the cut)."""
        if has_dose(before) and not _medicines(before) and (not first or _medicines(rest)) \
                and not self._points_back(before):
            return False
        return not (has_dose(rest) and not _medicines(rest) and not self._points_back(rest))

    def _points_back(self, piece: str) -> bool:
        """"it", "the dose", "a second dose" at the start of a piece name the medicine only when the
        sentence names one."""
        return len(self.medicines) == 1 and _POINTS_BACK.match(piece) is not None


# a limit at the end of a dose line: ", no more than 3,000 mg in 24 hours."
_LIMIT_AT_END = re.compile(r",(?P<ws>[ \t]+)(?=no[ \t]+more[ \t]+than[ \t]+(?P<limit>\d(?:[^,;:()\[\]\n]|,(?=\d))*?)[.!?]?\s*$)")
# the line before the limit must give advice (a helper of advice, "you", an order) or be a sig line with no verb
_ADVICE = re.compile(r"\b(?:may|can|should|you|take|use|give)\b", re.IGNORECASE)
_REPORT = re.compile(r"\b(?:was|were|had|did|received|patients|participants|study|trial)\b", re.IGNORECASE)
_ANY_VERB = re.compile(r"\b(?:is|are|be|been|will|would|must|has|have|(?!needed\b)[a-z]+ed)\b", re.IGNORECASE)
_GIVEN = re.compile(r"\b(?:give|given|giving)\b", re.IGNORECASE)
_USED = re.compile(r"\b(?:use|used|using)\b", re.IGNORECASE)


def limit_cut(piece: str, doses: "DoseCuts | None", min_words: int) -> list[_Change]:
    """"You may use acetaminophen 650 mg every 6 hours as needed, no more than 3,000 mg in 24 hours." -> "... as
    needed. Take no more than 3,000 mg in 24 hours.": the limit that ends a dose line becomes an order of its own
    ("Give" when the line says the medicine is given, "Use" when it is used). Only when the limit is a dose and
    belongs to one medicine: the sentence names one, or the limit names its own ("no more than 3,000 mg of
    acetaminophen per day"), which the line before the cut names with its dose."""
    if doses is None:
        return []
    m = _LIMIT_AT_END.search(piece)
    if m is None:
        return []
    before, limit = piece[:m.start()], m.group("limit")
    if not has_dose(limit) and not re.search(r"\bdoses\b", limit):
        return []
    named = _medicines(limit)
    owner = named if len(named) == 1 else (doses.medicines if not named and len(doses.medicines) == 1 else set())
    if not owner or not owner <= _medicines(before) or not has_dose(before):
        return []
    if len(_WORD.findall(before)) < min_words or len(_WORD.findall(limit)) < 3:
        return []
    if _REPORT.search(before) or not (_ADVICE.search(before) or not _ANY_VERB.search(before)):
        return []  # a report ("was given ..., no more than") or a statement is no advice an order may say again
    verb = "Give" if _GIVEN.search(before) else "Use" if _USED.search(before) else "Take"
    return [(m.start(), m.end(), "." + m.group("ws") + verb + " ", REASON)]
