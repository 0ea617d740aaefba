"""A condition put in the inverted form of formal writing, said with "if": "Should the headache continue
beyond 24 hours, ..." -> "If the headache continues beyond 24 hours, ...", "Should a dose be missed, ..."
-> "If a dose is missed, ...". Plain-language guides write conditions with "if"; the inverted "should"
reads as an order at first sight. Only at the start of a sentence, with a short subject whose number the
words tell (a pronoun, or a determiner and a few plain words), and the verb right after it (a "not"
allowed); a second one joined by ", or should" / ", and should" in the same opening clause goes the
same way. The cuts are looked for afterwards, on the sentence as it then reads."""

from __future__ import annotations

import re

from ..grammar import inflect
from .words import _Change

INVERTED_REASON = "inverted-condition"

_LEAD = re.compile(r"Should[ \t]+|(?<=,)[ \t]+(?P<conj>or|and)[ \t]+should[ \t]+")
_PRONOUNS = frozenset("it he she they you we".split())
_DETERMINERS = frozenset("the your a an this these those any their his her its".split())
_PLURAL_WORDS = frozenset("children people feet teeth men women".split())
# verbs such a condition takes: the word after the subject must be one ("Should the pain level rise" reads
# "the pain level" as the subject because "level" is no verb of the list)
_VERBS = frozenset("""be have continue persist worsen occur develop return recur happen fail become get last start begin
    stop appear increase rise fall drop change feel notice experience need miss forget remain spread keep limit
    come go reach exceed show turn bleed swell hurt leak improve work help heal wish want require""".split())
_SUBJECT_WORDS = 6
_PREPOSITIONS = frozenset("of in on for with from to at".split())


def _plural(words: list[str]) -> bool | None:
    """Whether a subject is plural; None when its head noun does not tell ("the illness", "diabetes")."""
    if words[0] in ("they", "you", "we", "these", "those"):
        return True
    if words[0] in ("it", "he", "she", "this"):
        return False
    # the head noun comes before a preposition: "a dose of the eye drops" is one dose
    head = next((words[k - 1] for k in range(1, len(words)) if words[k] in _PREPOSITIONS), words[-1])
    if head in _PLURAL_WORDS:
        return True
    if head.endswith(("ss", "us", "is", "ics")) or not head.isalpha():
        return None
    return head.endswith("s")


def _said(words: list[str], negated: bool, adverb: str, verb: str) -> str | None:
    """The verb as it reads after "if" and the subject `words`: "continues", "is", "does not stop"."""
    plural = _plural(words)
    if plural is None:
        return None
    if verb == "be":
        said = ("are" if plural else "is") + (" not" if negated else "")
        return said + (" " + adverb if adverb else "")
    if negated:
        return ("do not " if plural else "does not ") + (adverb + " " if adverb else "") + verb
    return (adverb + " " if adverb else "") + (verb if plural else inflect(verb, "s"))  # the glossary's verb forms


def _one(text: str, start: int) -> tuple[int, str] | None:
    """The end of the inverted condition's subject and verb from `start`, and how they read with "if"."""
    tokens = list(re.finditer(r"[A-Za-z][A-Za-z'’-]*|\S", text[start:start + 200]))
    low = [t.group(0).lower() for t in tokens]
    if not low:
        return None
    sizes = [1] if low[0] in _PRONOUNS else range(2, _SUBJECT_WORDS + 1) if low[0] in _DETERMINERS else []
    for n in sizes:
        if n >= len(low) or not all(w.isalpha() for w in low[:n]) or any(w in _VERBS for w in low[1:n]):
            return None
        k = n
        negated = low[k] == "not"
        k += negated
        adverb = low[k] if k < len(low) and len(low[k]) > 4 and low[k].endswith("ly") else ""
        k += bool(adverb)
        if k < len(low) and low[k] in _VERBS:
            said = _said(low[:n], negated, adverb, low[k])
            if said is None:
                return None
            subject = text[start:start + tokens[n - 1].end()]
            return start + tokens[k].end(), subject + " " + said
    return None


# "If a dose is missed, take it as soon as it is remembered": a missed dose is the reader's, who is named ("If you
# miss a dose, take it as soon as you remember"); only a dose, only with no doer named ("missed by"), and the
# remembering only in such a sentence, where the reader is its subject
_MISSED_DOSE = re.compile(r"If[ \t]+(?P<dose>(?:a|an|one|your)[ \t]+(?:[a-z]+[ \t]+){0,2}?dose(?:[ \t]+of[ \t]+[A-Za-z-]+)?|doses)[ \t]+"
                          r"(?P<be>is|are|has[ \t]+been|have[ \t]+been)[ \t]+(?P<verb>missed|forgotten)\b(?![ \t]+by\b)")
_REMEMBERED = re.compile(r"\bas[ \t]+soon[ \t]+as[ \t]+it[ \t]+is[ \t]+remembered\b")


def _missed_dose(text: str) -> list[_Change]:
    """"If a dose is missed, ... as soon as it is remembered" -> "If you miss a dose, ... as soon as you remember"."""
    m = _MISSED_DOSE.match(text)
    if m is None:
        return []
    have = m.group("be").startswith("ha")
    verb = {"missed": "miss", "forgotten": "forget"}[m.group("verb")] if not have else "have " + m.group("verb")
    dose = m.group("dose")
    changes = [(0, m.end(), f"If you {verb} {dose[0].lower() + dose[1:]}", INVERTED_REASON)]
    for remembered in _REMEMBERED.finditer(text, m.end()):
        changes.append((remembered.start(), remembered.end(), "as soon as you remember", INVERTED_REASON))
    return changes


def _inverted_condition(text: str) -> list[_Change]:
    """The sentence's inverted conditions said with "if", or nothing (see the module's words); a missed dose
    said as the reader's ("If you miss a dose")."""
    if text.startswith("If "):
        return _missed_dose(text)
    if not text.startswith("Should ") or text.rstrip().endswith("?") or "," not in text:
        return []  # "Should you take it with food?" asks; a condition is closed by a comma before its main clause
    changes: list[_Change] = []
    pos = 0
    while True:
        m = _LEAD.match(text, pos)
        if m is None or (pos and not m.group("conj")):
            break
        found = _one(text, m.end())
        if found is None:
            return changes
        end, words = found
        lead = "If " if not m.group("conj") else m.group(0)[:m.start("conj") - m.start()] + m.group("conj") + " if "
        changes.append((m.start(), end, lead + (words if m.group("conj") else words[0].lower() + words[1:]), INVERTED_REASON))
        comma = text.find(",", end)
        if comma < 0:
            break
        pos = comma + 1
    if len(changes) == 1:
        # "Should a dose be missed" -> "If a dose is missed" -> "If you miss a dose": said at once (idempotence)
        start, end, new, why = changes[0]
        missed = _missed_dose(new + text[end:])
        if missed and missed[0][1] >= len(new):
            shift = end - len(new)  # a position after the condition in the rewritten text -> in `text`
            changes = [(start, missed[0][1] + shift, missed[0][2], why)]
            changes += [(a + shift, b + shift, after, reason) for a, b, after, reason in missed[1:]]
    return changes
