"""The subject of a clause that follows a cut when the plain reading in `clauses._clause_verb` does not
find it: a clause that opens with its own subordinate clause or phrase, a listed or longer subject
("the mask, tubing and water chamber should"), and whether the clause before the cut is one main
clause that such a subject may follow."""

from __future__ import annotations

import re

from ...lexicon import is_drug_name
from .words import (
    BE_VERBS, CLAUSE_WORDS, DETERMINER_SUBJECTS, FINITE_VERBS, INSTRUCTIONS, LISTED_SUBJECT_WORDS,
    MODALS, NEGATIONS, NOT_AN_ORDER, NOT_A_VERB, NOT_IN_A_SUBJECT, OPENER_PHRASE_WORDS, OPENER_WORDS,
    OPENING_PREPOSITIONS, OPENING_SUBORDINATORS, PLURAL_VERBS, PRONOUN_SUBJECTS, RELATIVES, SUBJECT_PREPOSITIONS, SUBORDINATORS,
    _BRACKETED, _TOKEN)
from .clauses import (_clause_verb, _closes_with_verb, _first_words, _instruction, _main_clause, _negated, _negative_instruction, _series,
                      _words)


def _opener_verb(clause: str, before: str, after_semicolon: bool = False) -> str | None:
    """"(opener)" when `clause` is a main clause that opens with a subordinate clause closed by a comma
    ("because warfarin raises the risk of bleeding, it must be stopped", "if you feel dizzy, sit down")
    or with a short phrase of time or place ("during that period you should adhere ..."); else None.
    The opener is part of that clause, so the cut keeps it whole and gives it a capital."""
    words = _first_words(clause, 1)
    first = words[0].lower() if words else ""
    if first in OPENING_SUBORDINATORS:
        head, comma, tail = _BRACKETED.sub("", clause).partition(",")
        if comma and 3 <= _words(head) <= OPENER_WORDS and not re.search(r"[;:\"“”()\[\]]", head):
            if _clause_verb(tail) is not None:
                return "(opener)"
            # an order after it ("..., and when you cough, hold a pillow"), as after ", and" alone: not
            # where a negation or a series before might reach over it; neither reaches over a semicolon
            # ("...; if bleeding continues, call 911"), as with an order right after one
            if _instruction(tail) and (after_semicolon or (not _series(before) and (not _negated(_main_clause(before))
                                                                                      or _negative_instruction(tail)))):
                return "(opener)"
    if first in OPENING_PREPOSITIONS:
        tokens = list(_TOKEN.finditer(clause))
        for j in range(2, 2 + OPENER_PHRASE_WORDS):
            if j >= len(tokens):
                return None
            w = tokens[j - 1].group(0).lower()
            if not (w.isalpha() or w.isdigit()) or w in PRONOUN_SUBJECTS or w in FINITE_VERBS or w in CLAUSE_WORDS \
                    or w in SUBORDINATORS or w in ("and", "or", "but", "to", "which", "who", "what", "as", "than"):
                return None
            k = j + 1 if tokens[j].group(0) == "," else j
            if k < len(tokens) and tokens[k].group(0).lower() in PRONOUN_SUBJECTS | DETERMINER_SUBJECTS \
                    and _clause_verb(clause[tokens[k].start():]) is not None:
                return "(opener)"
    return None


def _one_clause(before: str) -> bool:
    """Whether `before` is one main clause, with its helper verb in its last comma-separated part and
    in no other ("Water, soap and shampoo should be kept out of the eye"), and no subordinate clause.
    A long subject after ", and" is then a new clause's; after a list with no helper verb ("The
    effective dose, the blood level, and the highest safe dose are not known") it is the list's
    last item, and after a series of clauses ("A was found, B was normal, and C was begun") or a
    reason ("because A, B, and C are ...") or an opening phrase ("In adults, A is ..., and B is ...") a cut
    would leave the others behind."""
    parts = _BRACKETED.sub("", before).split(",")
    words = [[w.lower() for w in _TOKEN.findall(p)] for p in parts]
    if any(w in SUBORDINATORS for p in words for w in p):
        return False
    if len(parts) > 1 and words[0] and (words[0][0] in NOT_AN_ORDER or words[0][0].endswith("ing")):
        return False  # an opening phrase ("After adjusting for age, A was ..., and B was ...") reaches over both
    if len(parts) == 1 and (any(w in FINITE_VERBS for w in words[0]) or _clause_verb(parts[0]) is not None
                            or (len(words[0]) > 1 and is_drug_name(words[0][0]) and words[0][1] in PLURAL_VERBS
                                and words[0][1].endswith("s"))):
        return True  # (or a plural noun and its verb, "Many medicines interact with", a medicine and its verb in
        # -s, "Warfarin interacts with")  # no comma: a finite verb that is nothing else ("increases", "helps") shows the clause
    with_verb = [k for k, p in enumerate(words) if any(w in MODALS or w in BE_VERBS or w in ("has", "have", "had") for w in p)]
    if not with_verb and len(parts) > 2 and _closes_with_verb(words):
        return True  # "Many drugs, including A, B and C, need dose changes": the verb right after the list
    return with_verb == [len(parts) - 1]



_QUANTIFIERS = frozenset("every any all both each".split())
_LINKS = frozenset("yet but so then still however also instead though".split())
_SUCH_AS = re.compile(r"(?<=[A-Za-z])[ \t]+such[ \t]+as[ \t]+(?=[A-Za-z])", re.IGNORECASE)


def _listed_subject_verb(clause: str, been: bool = False) -> str | None:
    """The helper verb after a subject that `_clause_verb` does not read, a list or a longer noun
    phrase: "the mask, tubing and water chamber should", "swimming pools, hot tubs and eye makeup
    should", "contact with newborn babies should", "anticoagulation therapy has been". Only nouns,
    determiners, commas, "and"/"or" and a few prepositions before a helper verb (which is finite and nothing
    else, or "has been" when `been`: after ", and", where no clause before it can still be open), never an
    order."""
    # "such as" names examples of the noun before it: "NSAIDs such as ibuprofen and naproxen should"
    words = [w.lower() for w in _first_words(_SUCH_AS.sub(" with ", _BRACKETED.sub("", clause)), LISTED_SUBJECT_WORDS + 1)]
    for k, w in enumerate(words):
        if w in MODALS or w in BE_VERBS or (been and w in ("has", "have") and words[k + 1:k + 2] == ["been"]):
            subject = words[:k]
            if k < 2 or subject[0] in INSTRUCTIONS or subject[0] in (",", "and", "or") or subject[-1] in (",", "and", "or"):
                return None
            if any(x == "," and subject[j + 1] in _LINKS for j, x in enumerate(subject[:-1])):
                return None  # "the symptoms, yet is": a second verb of the clause before, not a subject
            joins = [j for j, x in enumerate(subject) if x in ("and", "or")]
            if joins and "," in subject and max(j for j, x in enumerate(subject) if x == ",") > joins[-1]:
                return None  # "fatigue, or shortness of breath, a large share of people are": the list closed before
            for j, x in enumerate(subject):
                if x in (",", "and", "or") or x in SUBJECT_PREPOSITIONS or (x in DETERMINER_SUBJECTS and x != "there"):
                    continue
                if j == 0 and x in _QUANTIFIERS:
                    continue  # "every provider and pharmacist should": a determiner that counts
                if x == "than" and j > 1 and (subject[j - 1] in ("more", "less", "fewer") or (
                        subject[j - 1].endswith(("ier", "ger", "ter", "ler", "der")) and subject[j - 1] not in NOT_A_VERB)):
                    continue  # "objects heavier than a coffee cup should": a comparison inside the noun phrase
                # a name with a number in it ("vitamin B12", "SGLT2") is a word of the noun, a count is not
                if (not (x.replace("-", "").isalnum() and not x[:1].isdigit()) or x in CLAUSE_WORDS or x in RELATIVES or x in SUBORDINATORS
                        or x in NOT_IN_A_SUBJECT or x in PRONOUN_SUBJECTS or x in FINITE_VERBS or x in NOT_A_VERB
                        or x in NOT_AN_ORDER or x in NEGATIONS):
                    return None  # a preposition or a negation ("without") opens no subject
            return w
    return None
