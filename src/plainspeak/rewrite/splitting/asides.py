"""A sentence whose subject comes with an aside ("The stent, a small mesh tube, keeps ..."), or
whose people are named by what they do ("Patients who take A should ..."), as two sentences."""

from __future__ import annotations

import re

from ...lexicon import is_drug_name
from .words import (
    DETERMINER_SUBJECTS, FINITE_VERBS, MIN_WORDS, MODALS, NEGATIONS, REASON, SUBORDINATORS, _BRACKETED, _Change, _TOKEN)
from .clauses import _ends_in_plural, _finite_verb, _first_words, _outside_brackets_and_quotes, _plain_s, _words


# "Patients who take A, B, or C should ask ...": the people an instruction is for, named by what
# they do, and the instruction (only a helper verb of advice or need starts it)
_RELATIVE = re.compile(r"(?P<who>(?P<people>Patients|People|Adults|Children|Women|Men|Parents|Caregivers|Smokers)"
                       r"[ \t]+who[ \t]+)(?P<what>[^;:\n\"“”]+?)(?P<ws>[ \t]+)(?P<modal>should|must|need[ \t]+to)[ \t]")
_REPEATED_WHO = re.compile(r",[ \t]+(?:(?:and|or)[ \t]+)?(?P<who>who[ \t]+)")
# a relative clause with one of these inside is not a plain list of what the people do or have
_NOT_IN_A_RELATIVE = frozenset((MODALS | SUBORDINATORS | {"who", "whom", "whose", "which", "that"}) - {"cannot", "can't"})


def _relative(text: str, min_words: int = MIN_WORDS) -> list[_Change]:
    """"Patients who take A, B, or C should ask ..." -> "Some patients take A, B, or C. These patients
    should ask ...": what the people do becomes a sentence, and "These patients" carries them into
    the instruction, which keeps its whole scope (a negation, a time) in its own sentence. Only a
    plural noun for people at the start of the sentence, "who" + what they do (repeated "who"s of a
    list go), and "should", "must" or "need to" right after it; nothing in the relative clause that
    opens a clause or a condition of its own."""
    m = _RELATIVE.match(text)
    if m is None:
        return []
    what = m.group("what")
    inner = _REPEATED_WHO.sub(lambda r: r.group(0)[:r.start("who") - r.start()], what)
    words = [w.lower() for w in _TOKEN.findall(inner)]
    if any(w in _NOT_IN_A_RELATIVE for w in words) or not _outside_brackets_and_quotes(text, m.start("modal")):
        return []
    if words[:1] == ["not"] or _words(inner) + 2 < min_words or _words(text[m.start("modal"):]) < min_words:
        return []
    people = m.group("people").lower()
    after = f"Some {people} {inner}. These {people}{m.group('ws')}"
    return [(0, m.start("modal"), after, REASON)]


# "Warfarin, a blood thinner, can cause bleeding": a subject, what it is, and its verb
_APPOSITIVE = re.compile(r"(?P<subject>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}),[ \t]+"
                         # (a bracket the glossary wrote may be in the aside: "an oral anticoagulant (blood thinner)")
                         r"(?P<what>(?:an?|also[ \t]+called|also[ \t]+known[ \t]+as)[ \t](?:[^,;:()\[\]\n\"“”]|\([^()\n]*\)){2,120}?),"
                         r"(?P<ws>[ \t]+)(?=[a-z])")
# the verb after the aside must go with "It": singular, finite
_IT_VERBS = (FINITE_VERBS | {"happens", "results", "occurs", "develops", "affects", "comes", "contains", "includes"}) - frozenset(
    "are aren't were weren't have haven't do don't".split())
_NOT_A_SUBJECT_START = frozenset(
    """in on at after before during if when while although though because since for with without by from to as
    once unless until however also then today usually often sometimes if later first next finally""".split())
APPOSITIVE_REASON = "appositive"
_PERSONS = frozenset(
    """doctor nurse surgeon physician provider specialist therapist pharmacist dentist team staff child baby
    infant son daughter patient parent mother father partner caregiver family friend person man woman
    he she someone anyone everyone""".split()
)


def _is_person(word: str) -> bool:
    """A word for a person ("It" would not do for them): a list, and the -ist / -ian of professions."""
    return word in _PERSONS or word.endswith(("ist", "ists", "ian", "ians"))


def _appositive(text: str, known_words: frozenset[str] = frozenset()) -> list[_Change]:
    """"X, a Y, verb ..." -> "X is a Y. It verb ...": a sentence whose subject comes with an aside that
    says what it is, cut in two the way plain-language editors do ("X, also called Y, verb ..." -> "X is
    also called Y. It verb ..."). Only a short subject at the start
    of the sentence (never after "In adults," or "If ..."), an aside that starts with "a", "an",
    "also called" or "also known as", and
    a singular finite verb right after it ("Jaundice, a yellowing of the skin, happens in ...")."""
    m = _APPOSITIVE.match(text)
    if m is None:
        return _which_aside(text) or _which_are_aside(text) or _closing_appositive(text, known_words)  # an aside with "which", or one at the end?
    subject = m.group("subject").lower().split()
    if subject[0] in _NOT_A_SUBJECT_START or _is_person(subject[-1]):
        return []
    # a one-word subject must be a thing: a term the glossary knows or a medicine, or named in an aside
    # by one ("Shingles, also called herpes zoster, is ..."; never "Maria, also called Mia, is ...")
    other_name = m.group("what").startswith("also") and any(
        w in known_words or is_drug_name(w) for w in re.findall(r"[a-z]+", m.group("what").lower()))
    if subject[0] not in DETERMINER_SUBJECTS and not (len(subject) == 1 and (subject[0] in known_words or is_drug_name(subject[0])
                                                                              or other_name)):
        return []
    return _is_then_it(text, m)


def _is_then_it(text: str, m: re.Match[str]) -> list[_Change]:
    """"<subject>, <aside>, <verb> ..." -> "<subject> is <aside>. It <verb> ...": only before a singular
    finite verb (an adverb in -ly may come first), and when the new first sentence is long enough."""
    verb = _first_words(text[m.end():], 2)
    first = verb[0].lower() if verb else ""
    if first not in _IT_VERBS and not (len(verb) > 1 and first.endswith("ly") and verb[1].lower() in _IT_VERBS):
        return []
    if _words(m.group("subject") + " is " + m.group("what")) < MIN_WORDS:
        return []
    return [(m.end("subject"), m.start("what"), " is ", APPOSITIVE_REASON),
            (m.end("what"), m.end("ws"), "." + m.group("ws") + "It ", REASON)]


# "Iron-deficiency anemia, which is the most common form, develops when ...": the aside says what with "which is"
_WHICH_ASIDE = re.compile(r"(?P<subject>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}(?:[ \t]+\([^()\n]*\))?),[ \t]+which[ \t]+is[ \t]+"
                          r"(?P<what>(?:an?|the)[ \t][^,;:()\[\]\n\"“”]{2,120}?),(?P<ws>[ \t]+)(?=[a-z])")


# "The parathyroid glands (small glands near the thyroid), which are 4 small glands ..., may be affected": a
# plural subject (a bracket after it is its own) and what it is with "which are"
_WHICH_ARE_ASIDE = re.compile(r"(?P<subject>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}(?:[ \t]+\([^()\n]*\))?),[ \t]+which[ \t]+are[ \t]+"
                              r"(?P<what>[\w][^,;:()\[\]\n\"“”]{2,120}?),(?P<ws>[ \t]+)(?=[a-z])")
# the verb after a plural aside must go with "They": a helper or a plain present
_THEY_VERBS = MODALS | frozenset("are aren't were weren't have haven't had do don't".split())


def _which_are_aside(text: str) -> list[_Change]:
    """"The glands (...), which are 4 small glands next to the thyroid, may be affected" -> "The glands (...)
    are 4 small glands next to the thyroid. They may be affected": as `_which_aside`, for a plural subject
    (its head noun ends in a plain -s) and "which are", before a verb that goes with "They". What the aside
    says may not be a negation or open a clause of its own."""
    m = _WHICH_ARE_ASIDE.match(text)
    if m is None:
        return []
    subject = _BRACKET.sub("", m.group("subject")).lower().split()
    if (not subject or subject[0] in _NOT_A_SUBJECT_START or subject[0] in SUBORDINATORS
            or subject[0] in ("this", "that", "it", "there") or not _plain_plural(subject[-1]) or _is_person(subject[-1])
            or _is_person(subject[-1][:-1])):
        return []
    what = [w.lower() for w in _TOKEN.findall(m.group("what"))]
    if what[:1] and (what[0] in NEGATIONS or what[0] in SUBORDINATORS):
        return []
    verb = _first_words(text[m.end():], 2)
    first = verb[0].lower() if verb else ""
    if first not in _THEY_VERBS and not (len(verb) > 1 and first.endswith("ly") and verb[1].lower() in _THEY_VERBS):
        return []
    if _words(m.group("subject") + " are " + m.group("what")) < MIN_WORDS or _words(text[m.end():]) < MIN_WORDS:
        return []
    return [(m.end("subject"), m.start("what"), " are ", APPOSITIVE_REASON),
            (m.end("what"), m.end("ws"), "." + m.group("ws") + "They ", REASON)]


_BRACKET = re.compile(r"\s*\([^()\n]*\)")


def _which_aside(text: str) -> list[_Change]:
    """"X, which is the most common form, develops when ..." -> "X is the most common form. It develops
    when ...": as an aside with "a" (`_appositive`), but "which" already says the subject is a thing,
    so no glossary term or determiner need show it. Only a short subject at the start of the
    sentence, "which is" + "a", "an" or "the", and a singular finite verb right after the aside."""
    m = _WHICH_ASIDE.match(text)
    if m is None:
        return []
    subject = m.group("subject").lower().split()
    if subject[0] in _NOT_A_SUBJECT_START or subject[0] in SUBORDINATORS or subject[0] in ("this", "that", "it"):
        return []
    return _is_then_it(text, m)


# "..., an infection of the lung tissue that ...": an aside that says what the last noun is, up to the
# end of the sentence
# (a bracket inside it, "a synthetic form of thyroxine (T4)", is the aside's own)
_CLOSING_APPOSITIVE = re.compile(r",(?P<ws>[ \t]+)(?=an?[ \t]+(?P<what>(?:[^;:()\[\]\n\"“”]|\([^()\n]*\))+)$)")
_LIST_IN_ASIDE = re.compile(r",[ \t]+(?:and|or|an?)[ \t]|,[ \t]+[^,]{1,25},")


def _closing_appositive(text: str, known_words: frozenset[str]) -> list[_Change]:
    """"... with community-acquired pneumonia, an infection of the lung tissue that ..." -> "... with
    community-acquired pneumonia. This is an infection of the lung tissue that ...": the aside at
    the end says what the noun before it is, and "This is" carries it in a sentence of its own.
    Only after a word the glossary knows or a medicine (what an aside explains), so "This" cannot
    point at some other noun ("lisinopril every morning with water, a medicine"); never in a list
    ("an X-ray, a blood test, and an ECG"; "including vitamins, a list of ...")."""
    candidates = list(_CLOSING_APPOSITIVE.finditer(text))
    m = candidates[-1] if candidates else None  # the last: an aside runs to the end of the sentence
    if m is None or _LIST_IN_ASIDE.search(text[m.end():]):
        return []
    words = re.findall(r"[A-Za-z]+", text[:m.start()])
    # a term with its short form after it ("a mini-stroke (TIA)") is known by either
    named = re.findall(r"[A-Za-z]+", _BRACKETED.sub("", text[:m.start()]))
    last = words[-1].lower() if words else ""
    term = named[-1].lower() if named else ""
    if not any(w in known_words or is_drug_name(w) for w in (last, term)) or _is_person(last) or _is_person(term):
        return []
    segment = text[:m.start()].rsplit(",", 1)[-1].lower()
    if re.search(r"\b(?:including|such as|like|and|or|and/or)\b", segment):
        return []
    opener = _first_words(text, 1)[0].lower()
    if opener in SUBORDINATORS or opener in _NOT_A_SUBJECT_START:
        return []  # "If you have an oximeter, a level below 92 percent also calls for ...": the comma closes the condition
    if _finite_verb(_BRACKETED.sub("", text[:m.start()])) is None or _main_verb(m.group("what")):
        return []  # "To treat X, a test should be ordered": the comma ends an opening phrase, the aside is the subject
    if _words(text[:m.start()]) < MIN_WORDS or _words(m.group("what")) < MIN_WORDS:
        return []
    return [(m.start(), m.end(), "." + m.group("ws") + "This is ", REASON)]


def _main_verb(what: str) -> bool:
    """Whether an aside holds the verb of a main clause: a finite verb with no "that", "which", "who" or
    subordinating word before it ("a test should be ordered", "an inhibitor, might overcome"), not a relative clause's
    ("a form of T4 that is considered safe")."""
    for w in (x.lower() for x in _TOKEN.findall(_BRACKETED.sub("", what))):
        if w in ("that", "which", "who", "whose") or w in SUBORDINATORS:
            return False  # a verb after these is their clause's ("..., because your medicines have not ...")
        if w in FINITE_VERBS or w in MODALS:
            return True
    return False


_WHICH_IS = re.compile(r",(?P<ws>[ \t]+)which[ \t]+is[ \t]+(?=an?[ \t]+(?P<what>[^,;:\[\]\n\"“”]+)$)")


def _which_is(text: str, known_words: frozenset[str]) -> list[_Change]:
    """"... diagnosed with a concussion, which is a mild brain injury that ..." -> "... diagnosed with a
    concussion. This is a mild brain injury that ...": like a closing aside (`_closing_appositive`),
    what a term the glossary knows (or a medicine) is, up to the end of the sentence. Never after a
    list, where "This" could point at any of its items, and never "which is the ...", which may
    describe some other noun."""
    m = _WHICH_IS.search(text)
    if m is None or not _outside_brackets_and_quotes(text, m.start()):
        return []
    words = re.findall(r"[A-Za-z]+", _BRACKETED.sub("", text[:m.start()]))
    last = words[-1].lower() if words else ""
    if not (last in known_words or is_drug_name(last)) or _is_person(last):
        return []
    # the words that lead to the term, back to a comma: "A and B, which is" or "including A, which is"
    # would leave "This" two nouns to point at
    segment = " ".join(_BRACKETED.sub("", text[:m.start()]).rsplit(",", 1)[-1].lower().split()[-5:])
    if re.search(r"\b(?:including|such as|like|and|or|and/or)\b", segment):
        return []
    if _words(text[:m.start()]) < MIN_WORDS or _words(m.group("what")) < MIN_WORDS:
        return []
    return [(m.start(), m.end(), "." + m.group("ws") + "This is ", REASON)]


# "A DVT is a blood clot that forms in a deep vein": what the subject is, then what it does
_IS_A_THAT = re.compile(r"(?P<subject>[A-Z](?:[^,;:()\n\"“”]|\([^()\n]*\))*?)[ \t]is[ \t](?:an?)[ \t](?P<what>[^;:\n\"“”]+?)"
                        r"(?P<that>[ \t]that[ \t])(?P<verb>[a-z]+)\b")
IS_A_THAT_WORDS = 10  # the longest subject, and the longest noun phrase after "is a"
_NOT_IN_THE_NOUN = frozenset("and or but which who whom whose that if when because since although".split())


def _is_a_that(text: str, min_words: int = MIN_WORDS) -> list[_Change]:
    """"A deep vein clot (DVT) is a blood clot that forms within one of the deep veins, ..." -> "... is a
    blood clot. It forms within one of the deep veins, ...": the sentence that says what the subject is
    and, in a relative clause, what it does, as two sentences, "It" standing for the subject, which is
    what the noun before "that" names. Only when the subject opens the sentence (no condition or time
    before it, no comma), "is a" or "is an", a noun phrase of a few words with nothing in it that opens
    a clause or joins two nouns, and "that" + a singular verb ("forms", "has", "can"): "that the
    infection ..." says what something shows, and "that you take" has its own subject."""
    m = _IS_A_THAT.match(text)
    if m is None or not _outside_brackets_and_quotes(text, m.start("that")):
        return []
    subject = [w.lower() for w in _first_words(_BRACKETED.sub("", m.group("subject")), IS_A_THAT_WORDS + 1)]
    what = [w.lower() for w in _TOKEN.findall(_BRACKETED.sub("", m.group("what")))]
    if (not subject or subject[0] in _NOT_A_SUBJECT_START or subject[0] in SUBORDINATORS or len(subject) > IS_A_THAT_WORDS
            or _is_person(subject[-1]) or len(what) > IS_A_THAT_WORDS or any(w in _NOT_IN_THE_NOUN for w in what + subject)):
        return []
    # "of" + a singular noun might be what "that" points at ("a disease of the lining that becomes ..."): "It"
    # would then name the wrong thing
    if "of" in what and not _ends_in_plural(" ".join(what)):
        return []
    verb = m.group("verb")
    if verb not in _IT_VERBS and not _plain_s(verb, longer_than=3):
        return []
    if _words(text[:m.start("that")]) < min_words or _words(text[m.end("that"):]) < min_words:
        return []
    return [(m.start("that"), m.end("that"), ". It ", REASON)]


# "Anemia is a condition in which the blood ...": what the subject is, then what happens in it
_IN_WHICH = re.compile(r"(?P<head>[A-Z](?:[^,;:()\n\"“”]|\([^()\n]*\))*?[ \t]is[ \t]an?[ \t](?:[\w'’-]+[ \t]+){0,4}?"
                       r"(?P<noun>condition|disorder|disease|illness|infection|syndrome|problem|procedure|operation|surgery"
                       r"|test|treatment|process))(?P<which>[ \t]+in[ \t]+which[ \t]+)")
_POINTING = frozenset("this that these those it they there".split())
IN_WHICH_HEAD_WORDS = 4  # "Anemia is a condition." says all it has to


def _in_which(text: str, min_words: int = MIN_WORDS) -> list[_Change]:
    """"Anemia is a condition in which the blood has too few red cells" -> "Anemia is a condition. In
    this condition, the blood has too few red cells": the sentence that says what the subject is and,
    in a clause opened by "in which", what happens in it, as two sentences; "In this condition" names
    what "which" stood for. Only a subject that opens the sentence (no comma before "is"), "is a" or
    "is an", and a few words before a noun of the kind that such clauses describe."""
    m = _IN_WHICH.match(text)
    if m is None or not _outside_brackets_and_quotes(text, m.start("which")):
        return []
    first = _first_words(text, 1)[0].lower()
    # "This is a condition in which ..." (what another rule makes of "..., a condition in which"): the
    # pronoun's sentence would say nothing, and a second run would cut what the first one wrote
    if first in _NOT_A_SUBJECT_START or first in SUBORDINATORS or first in _POINTING:
        return []
    if _words(m.group("head")) < IN_WHICH_HEAD_WORDS or _words(text[m.end("which"):]) < min_words:
        return []
    return [(m.end("head"), m.end("which"), f". In this {m.group('noun')}, ", REASON)]


# "Digestive side effects, including nausea, cramping and diarrhea, are often experienced ...": a plural
# subject at the start, its examples in an aside, and a verb that agrees with "These"
_INCLUDING = re.compile(r"(?P<subject>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,4}(?:[ \t]+\([^()\n]*\))?),[ \t]+"
                        r"(?P<link>including|such[ \t]+as)[ \t]+(?P<items>(?:[^,;:()\[\]\n\"“”]|\([^()\n]*\)|,(?![ \t]+(?:are|may|can|should|must|need|will|have|often|usually)\b))+),"
                        r"(?P<ws>[ \t]+)(?=(?:are|may|can|could|should|must|need|will|have|often|usually|might)\b)")
_QUANTIFIERS = frozenset("many some most several certain few all any other these those".split())
_HEAD_ENDS = frozenset("of in on for from with after during to at by".split())


def _including_aside(text: str, min_words: int = MIN_WORDS) -> list[_Change]:
    """"Digestive side effects, including nausea, belly cramping and diarrhea, are often experienced ..." ->
    "Digestive side effects include nausea, belly cramping and diarrhea. These are often experienced ...":
    the examples become what the subject includes, and "These" carries the subject into its verb. Only a
    short plural subject that opens the sentence (no "of" or other preposition, never a person, never
    "Many ..." or "Some ...", where "These" could be read as the examples alone), one list of examples,
    and a verb that agrees with "These" right after the aside."""
    m = _INCLUDING.match(text)
    if m is None:
        return []
    words = [w.lower() for w in re.findall(r"[A-Za-z'’-]+", re.sub(r"\([^()]*\)", "", m.group("subject")))]
    if (words[0] in _QUANTIFIERS or words[0] in _NOT_A_SUBJECT_START or not _plain_plural(words[-1])
            or _is_person(words[-1]) or any(w in ("and", "or") or w in _HEAD_ENDS for w in words)):
        return []  # (after "of" the examples may be the nearer noun's: "Results of certain studies, such as")
    # one list: only its last item joined by "and" / "or" ("A, B and C, and D ..." goes on past the aside)
    parts = re.sub(r"\([^()]*\)", "", m.group("items")).split(",")
    if any(re.search(r"\b(?:and|or)\b", part) for part in parts[:-1]):
        return []
    if _words(m.group("subject") + " " + m.group("items")) < min_words or _words(text[m.end():]) < min_words:
        return []
    return [(m.end("subject"), m.start("items"), " include ", APPOSITIVE_REASON),
            (m.end("items"), m.end(), ". These" + m.group("ws"), REASON)]


def _plain_plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
