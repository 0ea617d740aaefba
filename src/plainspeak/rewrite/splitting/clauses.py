"""What a piece of a sentence is: where its clause's verb is, whether it gives an order, holds a
negation, ends a list item or a number. Questions only; the cuts are made in `cuts`."""

from __future__ import annotations

import re

from ...lexicon import is_drug_name
from .words import (
    ADJECTIVE_ORDERS, AS_ASIDE_VERBS, CAUSING_PRESENTS, MANNER_VERBS, BARE_SUBJECT_WORDS, CLAUSE_WORDS, CONTRAST_SUBJECTS, DETERMINER_SUBJECTS,
    BE_VERBS, FINITE_VERBS, INSTRUCTIONS, LIST_ITEM_WORDS, MODALS, NEGATIONS, NOT_ADVERBS,
    NOT_AN_ORDER, NOT_A_VERB, NOT_IN_A_SUBJECT,
    OBJECT_STARTS, PARTICIPLES, PLURAL_VERBS, PRESENT_VERBS, PRONOUN_SUBJECTS, QUANTIFIER_SUBJECTS,
    REASON_SUBJECT_WORDS, RELATIVES, REPORTING, SUBJECT_SPAN, SUBORDINATORS,
    _BRACKETED, _NUMBER, _OPEN, _PASSIVE_ORDER, _QUOTES, _TOKEN, _WORD)


def _list_commas_only(rest: str) -> bool:
    """Whether every comma in `rest` belongs to one closing list of short items ("depending on the
    number, size, and type of polyps"): none of them can close an aside with the main clause going
    on after it."""
    parts = re.split(r",(?!\d)", rest)
    if len(parts) == 1:
        return True
    # the last item may come without a comma before its "and" ("processed foods, canned soups, deli meats and
    # restaurant meals"): then the last part is two short items and no verb
    last = parts[-1]
    closed = re.match(r"\s+(?:and|or)\s", last) is not None or (
        re.search(r"\s(?:and|or)\s", last) is not None and _words(last) <= 2 * LIST_ITEM_WORDS + 1
        and _finite_verb(_BRACKETED.sub("", last)) is None)
    return closed and len(parts) >= 3 and all(0 < _words(p) <= LIST_ITEM_WORDS for p in parts[1:-1])


def _s_verb(words: list[str]) -> bool:
    """"explains why", "places you", "allows the": after ", which" a word in -s is the verb of the
    clause (a noun there, "which tests may", would come before a verb of its own)."""
    w = words[0].lower()
    nxt = words[1].lower() if len(words) > 1 else ""
    return (w.isalpha() and _plain_s(w, longer_than=4)
            and nxt not in FINITE_VERBS and nxt not in MODALS and nxt not in PLURAL_VERBS)


def _passive_is(rest: str) -> bool:
    """"is generally continued for", "is not covered by": after ", which" a passive says what is done to
    the thing or the fact before it, as "This is continued" does ("which is the most common form"
    describes a noun instead, and stays)."""
    words = [w.lower() for w in _first_words(rest, 4)]
    if words[:1] != ["is"]:
        return False
    words = words[1:]
    if words[:1] == ["not"]:
        words = words[1:]
    if words and len(words[0]) > 4 and words[0].endswith("ly") and words[0] not in NOT_ADVERBS:
        words = words[1:]
    return bool(words) and words[0].isalpha() and (words[0] in PARTICIPLES or (len(words[0]) > 4 and words[0].endswith("ed")))


def _plural_present(clause: str, verb: str) -> bool:
    """"since these activities raise the pressure": a present verb after a plural noun gives a reason,
    like "since it raises" (a pronoun is left out: "since we last saw you" tells a time)."""
    first = _first_words(clause, 1)
    return verb in PLURAL_VERBS and bool(first) and first[0].lower() not in PRONOUN_SUBJECTS


def _passive_order(before: str) -> bool:
    """Whether `before` gives an order in the passive ("The shield is to be worn over the eye at
    night", "Hands should be washed"): a purpose can follow it as after an order, "so that the eye is
    not rubbed" -> "That way, the eye is not rubbed". Only "should", "must" or "is to" with "be" and a
    past participle: "Your kidneys must work harder, so that ..." tells a result."""
    m = _PASSIVE_ORDER.search(before)
    return m is not None and (m.group("part").lower().endswith("ed") or m.group("part").lower() in PARTICIPLES)


def _resumes(rest: str) -> bool:
    """Whether a clause that closes with a comma is followed by the verb of the clause it sat in
    ("..., while severe cases may need surgery, can give ...")."""
    return any(w.lower() in FINITE_VERBS or w.lower() in MODALS
               for w in re.findall(r",\s+([A-Za-z']+)", rest))


def _reported(before: str) -> bool:
    """Whether `before` reports what something says or shows ("there is evidence that", "studies show
    that", "make sure that"): a clause joined after it may belong to what is reported."""
    words = [w.lower() for w in _TOKEN.findall(before)]
    return any(w == "that" and words[k - 1] in REPORTING for k, w in enumerate(words) if k)


def _reason_verb(rest: str) -> str | None:
    """The helper verb of a reason whose subject is longer than `_clause_verb` reads: "flushing medicines
    down the toilet can harm", "a different mask or a heated humidifier may solve". Only a helper verb
    (which is finite and nothing else), after plain words that open no clause of their own."""
    words = [w.lower() for w in _first_words(rest, REASON_SUBJECT_WORDS + 1)]
    if len(words) > 1 and words[0] in ("this", "it") and words[1] in PRESENT_VERBS:
        return words[1]  # "since this places stress on ...": a present after "this" / "it" gives a reason
    for k, w in enumerate(words):
        if w in MODALS or (k > 0 and w in PRESENT_VERBS and not w.startswith(("is", "are", "does"))):
            # a helper verb, or a present ("since backflow of urine increases the chance"): a present
            # after "since" gives a reason, never a time
            subject = words[:k]
            if subject and subject[0] not in INSTRUCTIONS and all(
                    x.isalpha() and x not in CLAUSE_WORDS and x not in RELATIVES and x not in SUBORDINATORS
                    and x not in NOT_IN_A_SUBJECT and x not in PRONOUN_SUBJECTS for x in subject):
                return w
            return None
    return None


_REASON_SUBJECT_LIMIT = 16
_PLAIN_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")


def _long_reason_verb(clause: str) -> str | None:
    """The verb of a reason after ", as" whose subject is a long noun phrase, a list or holds a bracket the
    glossary wrote (", as a severe reaction with flushing, nausea and vomiting may happen", ", as ACE
    inhibitors (...), ARBs and metformin may need", ", as delay of treatment has been linked to", ", as
    frequent short walks lower the risk"): a helper verb, "has/have been", or a present that causes. Only
    plain words (and list commas) before it, never "as" / "than" / "so" (", as well as", "as long as",
    comparisons), a clause word (but "after" / "before" + a noun: "moving soon after surgery lowers"; a
    clause they open has a pronoun) or a pronoun (", as you walk" is `_clause_verb`'s), and never a verb of
    telling after the helper (", as the nurse may direct" tells a manner)."""
    plain = _BRACKETED.sub("", clause)
    tokens = _first_words(plain, _REASON_SUBJECT_LIMIT + 2)
    words = [t.lower() for t in tokens]
    for k, w in enumerate(words):
        helper = w in MODALS or (w in ("has", "have") and words[k + 1:k + 2] == ["been"])
        if not (helper or (w in CAUSING_PRESENTS and k > 1)):
            continue
        subject = [x for x in words[:k] if x != ","]
        after = [x.strip(".!?") for x in words[k + 1:] if x.strip(".!?").isalnum()]
        if (len(subject) < 2 or subject[0] in INSTRUCTIONS or subject[0] in PRONOUN_SUBJECTS or not after
                or after[0] in MANNER_VERBS
                or not all(_PLAIN_WORD.fullmatch(x) and (x not in CLAUSE_WORDS or x in ("after", "before")) and x not in RELATIVES and x not in SUBORDINATORS
                           and x not in NOT_IN_A_SUBJECT and x not in PRONOUN_SUBJECTS and x not in MODALS
                           and x not in ("is", "are", "was", "were", "has", "have", "had", "do", "does") for x in subject)):
            return None
        # a comma only between the items of a list ("flushing, nausea and vomiting"): a comma that closes an
        # aside would leave the main clause after it
        return w if "," not in words[:k] or re.search(r"\b(?:and|or)\b", " ".join(words[:k])) else None
    return None


def _any_verb(text: str, n: int = 12) -> str | None:
    """A word among the first `n` of `text` that may be its verb: finite, a plural's verb, or a plain
    word in -s ("because the symptoms often return", "because a long tube gives"). Only for a clause a
    "because" has already shown to be one: the -s words may be plural nouns."""
    return next((w for w in (x.lower() for x in _first_words(text, n))
                 if w in FINITE_VERBS or w in PLURAL_VERBS or (w.isalpha() and _plain_s(w, longer_than=4))), None)


def _points_back(clause: str) -> bool:
    """"as this movement keeps blood flowing": a subject that points back at what was just said gives
    the reason for it, whatever the verb (a clause that goes on after a comma may tell a time: "as
    this happens, you may feel ...")."""
    words = _first_words(clause, 1)
    return bool(words) and words[0].lower() in ("this", "these") and not re.search(r"[,;:]", clause)


def _aside_as(clause: str) -> bool:
    """"as you may know", "as it may have been said": a comment on the sentence, not a reason."""
    words = [w.lower() for w in _first_words(clause, 3)]
    return len(words) == 3 and words[2] in AS_ASIDE_VERBS


def _contrast_while(clause: str, verb: str) -> bool:
    """", while" sets a contrast (". But") only when what follows says so: a quantifier ("while others
    ...", "while most ...") or a possibility ("while full strength may take months", "while cultures can
    take weeks"). Elsewhere it tells a time ("while the staff watch your heart"), which "But" would lose."""
    first = _first_words(clause, 1)
    if first and verb in ("can", "could") and first[0].lower() not in PRONOUN_SUBJECTS:
        return True  # "while cultures can take weeks": a subject of its own that can do otherwise ("while you can" is a time)
    if first and verb in ("should", "must") and first[0].lower() not in PRONOUN_SUBJECTS:
        return True  # "is allowed, while heavy exercise should be avoided": what must be done differs; no time
    return (bool(first) and first[0].lower() in CONTRAST_SUBJECTS) or verb in ("may", "might")


def _clause_verb(rest: str) -> str | None:
    """The finite verb when `rest` starts with a subject and its verb (lower-cased), else None."""
    words = [w.lower() for w in _first_words(rest, SUBJECT_SPAN + 1)]
    if len(words) < 2:
        return None
    if words[0] in PRONOUN_SUBJECTS:
        ok = words[1] not in NOT_A_VERB and (words[1].isalpha() or words[1] in FINITE_VERBS)
        return words[1] if ok else None
    if words[0] in QUANTIFIER_SUBJECTS and (words[1] in FINITE_VERBS or words[1] in PLURAL_VERBS):
        return words[1]  # "most become", "others work": a quantifier that stands for its noun
    if words[0] in DETERMINER_SUBJECTS:
        for k, w in enumerate(words[1:], start=1):
            if w in FINITE_VERBS:
                return w
            if w in PLURAL_VERBS and k >= 2 and words[k - 1].endswith("s") and not words[k - 1].endswith("ss"):
                return w  # "these benefits depend", "the stones pass": a plural noun and its verb
            if _adverb_then_verb(words, k):
                return words[k + 1]
            if w in RELATIVES or not w.replace("'", "").replace("-", "").isalpha():
                return None
        return None
    if is_drug_name(words[0]):
        # a medicine and its dose, then a helper verb: "ibuprofen at 10 mg/kg per dose may be given" (the
        # dose's numbers and units are part of the subject, and nothing else may come between)
        for w in [t.lower() for t in _first_words(rest, 14)][1:]:
            if w in MODALS:
                return w
            if not (w in _DOSE_WORDS or w[:1].isdigit()):
                break
    # a bare noun phrase and a helper verb that can only be finite: "larger stones may need", "symptoms
    # can return" (never an instruction, "call if you can", nor a phrase with a preposition in it)
    for k, w in enumerate(words[1:BARE_SUBJECT_WORDS + 1], start=1):
        if w in MODALS or _adverb_then_verb(words, k):
            subject = words[:k]
            if (subject[0] not in INSTRUCTIONS and not any(x in NOT_A_VERB or x in CLAUSE_WORDS or x in PRONOUN_SUBJECTS
                                                           or not x.isalpha() or x.endswith("ly") for x in subject)):
                return w if w in MODALS else words[k + 1]  # the verb, not the adverb before it
            return None
    return None



# a share of people as a subject: "about 70 to 85 percent of patients", "1 in 4 people", "most of these children"
_SHARE_SUBJECT = re.compile(
    r"\s*(?:(?:about|around|roughly|nearly|almost|over|only|up[ \t]+to|more[ \t]+than|fewer[ \t]+than)[ \t]+)?"
    r"\d+(?:\.\d+)?(?:[ \t]*(?:to|-|–)[ \t]*\d+(?:\.\d+)?)?"
    r"(?:[ \t]*%|[ \t]+percent|[ \t]+in[ \t]+\d+(?:[ \t]+of)?)[ \t]+(?:of[ \t]+)?(?:(?:the|these|all|those)[ \t]+)?"
    r"(?P<noun>[A-Za-z]+)[ \t]+(?P<verb>[a-z]+)\b", re.IGNORECASE)
_PEOPLE = frozenset("people children women men adults patients babies infants".split())


def _share_subject_verb(clause: str) -> str | None:
    """The verb after a share of people that opens `clause` ("about 70 to 85 percent of patients reach full
    recovery", "1 in 4 people have no symptoms"): a count of a plural noun, the whole subject, and its
    verb right after it (any plain present verb: the plural noun before it is the only subject it can
    have). None when a word comes between the noun and a verb ("70 percent of patients with X"), or the
    word after the noun is no verb (a preposition, a participle, an adverb)."""
    m = _SHARE_SUBJECT.match(clause)
    if m is None:
        return None
    noun, verb = m.group("noun").lower(), m.group("verb").lower()
    if not (noun in _PEOPLE or (noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3)):
        return None
    if verb in FINITE_VERBS or verb in PLURAL_VERBS:
        return verb
    if (verb in NOT_A_VERB or verb in CLAUSE_WORDS or verb in RELATIVES or verb.endswith(("ed", "ing", "ly", "s"))
            or len(verb) < 3):
        return None
    return verb



_NOUN_PHRASE_WORDS = 16
_PHRASE_LINKS = frozenset("and or of with for from in on to between".split())
_COUNTING = frozenset("both all any every".split())  # determiners that count: "adherence to both the schedule and ..."


def _noun_phrase_verb(clause: str) -> str | None:
    """The helper verb after a subject of plain nouns joined by "and" / "or" and prepositions, no comma in it
    ("regular lab monitoring and careful adherence to these instructions are"): "to" only before a determiner
    ("to these instructions", never "to take"). Only a helper that is finite and nothing else ("are", "may"),
    never after a pronoun, a clause word, a verb or a negation; the subject opens with no order and no link."""
    tokens = _first_words(_BRACKETED.sub("", clause), _NOUN_PHRASE_WORDS + 1)
    words = [t.lower() for t in tokens]
    for k, w in enumerate(words):
        if w in MODALS or w in BE_VERBS:
            subject = words[:k]
            if (len(subject) < 3 or subject[0] in INSTRUCTIONS or subject[0] in NOT_AN_ORDER or subject[-1] in _PHRASE_LINKS
                    or "and" not in subject and "or" not in subject):
                return None
            return w if _plain_nouns(subject) else None
    return None


def _plain_nouns(subject: list[str]) -> bool:
    """Whether words (lower case) are nouns, adjectives and determiners joined by "and" / "or" and prepositions
    only: no pronoun, verb, clause word or negation ("to" only before a determiner)."""
    for j, x in enumerate(subject):
        if x == "to" and (j + 1 == len(subject) or subject[j + 1] not in DETERMINER_SUBJECTS | _COUNTING):
            return False
        if x in _PHRASE_LINKS or (x in DETERMINER_SUBJECTS and x != "there") or (x in _COUNTING and j > 0):
            continue
        if (not x.replace("-", "").isalnum() or x[:1].isdigit() or x in CLAUSE_WORDS or x in RELATIVES
                or x in SUBORDINATORS or x in PRONOUN_SUBJECTS or x in FINITE_VERBS or x in NOT_A_VERB or x in NOT_AN_ORDER
                or x in NEGATIONS or x in NOT_IN_A_SUBJECT):
            return False
    return True


_LISTED_NOUN_WORDS = 24
_SUCH_AS = re.compile(r"(?<=[A-Za-z])[ \t]+such[ \t]+as[ \t]+(?=[A-Za-z])", re.IGNORECASE)


def _listed_nouns_verb(clause: str) -> str | None:
    """The helper verb after a subject that is a list of three or more noun phrases, each with its examples ("NSAIDs
    (...) such as ibuprofen and naproxen, thiazide diuretics (...) such as hydrochlorothiazide, and ACE inhibitors
    (...) such as lisinopril should"), longer than `subjects._listed_subject_verb` reads: the list closes with ", and"
    / ", or" right before its last item, every item is a few plain nouns (`_plain_nouns`), and the verb is a helper
    that is finite and nothing else."""
    plain = _SUCH_AS.sub(" with ", _BRACKETED.sub("", clause))
    words = [t.lower() for t in _first_words(plain, _LISTED_NOUN_WORDS + 1)]
    k = next((k for k, w in enumerate(words) if w in MODALS or w in BE_VERBS), None)
    if k is None:
        return None
    items, item = [], []
    for w in words[:k]:
        if w == ",":
            items.append(item)
            item = []
        else:
            item.append(w)
    items.append(item)
    if len(items) < 3 or items[-1][:1] not in (["and"], ["or"]):
        return None
    items[-1] = items[-1][1:]
    if any(not 1 <= len(i) <= 6 or i[0] in INSTRUCTIONS or i[0] in NOT_AN_ORDER or i[-1] in _PHRASE_LINKS
           or not _plain_nouns(i) for i in items):
        return None
    return words[k]


_DOSE_WORDS = frozenset("at per dose doses of to / mg mcg g kg ml units unit tablet tablets puff puffs drop drops".split())


def _adverb_then_verb(words: list[str], k: int) -> bool:
    """An adverb after a noun phrase is followed by its verb: "these effects generally go", "careful
    management substantially reduces"."""
    return (k + 1 < len(words) and len(words[k]) > 4 and words[k].endswith("ly") and words[k] not in NOT_ADVERBS
            and words[k + 1].isalpha() and words[k + 1] not in NOT_A_VERB and words[k + 1] not in RELATIVES
            and words[k + 1] not in CLAUSE_WORDS)  # "pushed firmly until a click is heard": no subject, no verb


def _instruction(text: str) -> bool:
    """Whether `text` starts with an instruction: "Take", "Never take", "Do not take", "Please call"."""
    words = [w.lower() for w in _first_words(text, 7)]
    if words[:1] in (["please"], ["then"]):
        words = words[1:]
    if words[:1] == ["always"] or (words and len(words[0]) > 4 and words[0].endswith("ly") and words[0] not in NOT_ADVERBS):
        words = words[1:]  # "Gently pat", "Always wash"
    negation = 1 if words[:1] in (["never"], ["don't"]) else 2 if words[:2] == ["do", "not"] else 0
    if negation:
        # only with a verb after the negation: "never in the trunk of a car" (what ", and never" adds to
        # an order) has none, and cut off it would be a fragment
        return _verb_after_negation(words[negation:])
    if words[:1] and words[0] in ADJECTIVE_ORDERS:
        # "dry", "clean" are adjectives as often: "a cool, dry drawer" is no series of orders, "Dry skin"
        # no order; as orders they take an object or an adverb ("dry the skin", "clean it gently")
        return len(words) > 1 and (words[1] in OBJECT_STARTS or (len(words[1]) > 4 and words[1].endswith("ly")))
    return bool(words) and words[0] in INSTRUCTIONS


def _verb_after_negation(words: list[str]) -> bool:
    """Whether the words after "never" / "do not" start with a verb: an adverb in -ly may come first
    ("never directly touch"); a preposition, a determiner or a number ("never in", "not the", "not 2")
    is no verb."""
    if words and len(words[0]) > 4 and words[0].endswith("ly") and words[0] not in NOT_ADVERBS:
        words = words[1:]
    return bool(words) and words[0].isalpha() and not (
        words[0] in NOT_A_VERB or words[0] in NOT_AN_ORDER or words[0] in DETERMINER_SUBJECTS
        or words[0] in NEGATIONS or words[0] in ("more", "less", "than", "ever", "until"))


def _series(before: str) -> bool:
    """Whether `before` may end in a series of orders ("Do not bend your hip, do not cross your legs",
    "Remove the salt shaker, flavor your food with herbs"): the order after ", and" is then its last
    item, and a cut would leave the others joined by a comma alone. Only words that cannot be an
    order's verb after the comma rule it out ("Take it as prescribed, at the same time each day")."""
    if "," not in before:
        return False
    last = before.rsplit(",", 1)[1]
    words = _first_words(last, 1)
    first = words[0].lower() if words else ""
    return not (first in NOT_AN_ORDER or first in DETERMINER_SUBJECTS or first in PRONOUN_SUBJECTS
                or (first.endswith(("ly", "ing")) and not _instruction(last)) or not first.isalpha()  # "gently squeeze"
                or (first in ADJECTIVE_ORDERS and not _instruction(last)))  # "in a cool, dry drawer"


def _negative_instruction(text: str) -> bool:
    """Whether `text` starts with an order of its own not to: "do not swim", "never take"."""
    words = [w.lower() for w in _first_words(text, 5)]
    negation = 1 if words[:1] in (["never"], ["don't"]) else 2 if words[:2] == ["do", "not"] else 0
    return negation > 0 and _verb_after_negation(words[negation:])


def _ends_in_list_item(before: str) -> bool:
    """Whether the words after the last comma of `before` are short enough to be a list item (a comma
    inside a number, "2,000 milligrams", is no list's)."""
    # read without brackets: "creatinine (kidney waste marker)" is one short item, and a comma inside
    # "(brain peptide, or BNP)" is no comma of the list
    plain = _BRACKETED.sub("", before)
    commas = list(re.finditer(r",(?!\d)", plain))
    if not commas:
        return False
    last = plain[commas[-1].end():]
    if re.match(r"\s*(?:and|or)\s", last):
        return False  # "Eat fruits, vegetables, and lean proteins, and limit salt": the list closed itself
    if re.match(r"\s*\d", last) and _clause_verb(plain[:commas[0].start()]) is not None:
        return False  # "Your last dose will be taken on Friday, 6 days before surgery, and you": a clause with its verb, then a time
    return _words(last) <= LIST_ITEM_WORDS


def _short_subject_verb(clause: str) -> str | None:
    """The finite verb after a short bare subject ("hemoglobin is expected", "the swelling usually
    is"): a clause must follow "at which point" or "after which", so a noun and a finite verb read as
    its subject and verb. Only plain words before the verb, none of which opens a clause."""
    words = [w.lower() for w in _first_words(clause, BARE_SUBJECT_WORDS + 1)]
    for k, w in enumerate(words):
        if w in FINITE_VERBS:
            subject = words[:k]
            if subject and all(x.isalpha() and x not in CLAUSE_WORDS and x not in RELATIVES for x in subject):
                return w
            return None
    return None


def _ends_in_short_list(text: str) -> bool:
    """Whether `text` ends with a list of three or more short things, the first one at the end of a
    longer part ("it may come with neck stiffness, nausea, or muffled hearing")."""
    parts = re.split(r",(?!\d)", text)
    return (len(parts) >= 3 and re.match(r"\s+(?:and|or)\s", parts[-1]) is not None
            and _words(parts[-1]) - 1 <= LIST_ITEM_WORDS and 0 < _words(parts[-2]) <= LIST_ITEM_WORDS)


def _goes_back(rest: str) -> bool:
    """Whether `rest` goes back to what came before the cut: ", and" + a verb with no subject of its
    own ("Limit salt, because it ..., and reduce meat": "reduce" belongs to "Limit"). Not the last
    item of a list of short things that ends it ("because it raises the risk of clots, heart attack,
    and death"), unless that item is an order or has a verb. A bracket the glossary wrote ("(deep vein
    thrombosis, or DVT)") is no part of the clause's shape: its ", or" is no link."""
    rest = _BRACKETED.sub("", rest)
    for m in re.finditer(r",\s+(?:and|or|but)\s+", rest):
        after = rest[m.end():]
        if _clause_verb(after) is not None:
            continue
        if _ends_in_short_list(_BRACKETED.sub("", rest)) and not _instruction(after) and _finite_verb(after) is None:
            continue
        return True
    return False


def _main_clause(before: str) -> str:
    """The words of `before` up to the first word that opens a clause inside it ("so that germs do not
    spread", "that does not sting", "if it does not heal"): a negation there is that clause's own, and
    cannot reach over a later ", and"."""
    tokens = list(_TOKEN.finditer(before))
    for k, t in enumerate(tokens):
        w = t.group(0).lower()
        if k and (w in SUBORDINATORS or w in RELATIVES or (w == "so" and k + 1 < len(tokens)
                                                             and tokens[k + 1].group(0).lower() == "that")):
            return before[:t.start()]
    return before


def _finite_verb(text: str) -> str | None:
    """The first word of `text` that can only be a finite verb ("is", "may", "helps"), or a verb in -s
    of PLURAL_VERBS ("shows"); or "(you)" when `text` or one of its
    comma-separated parts is an order. None when it has none: a noun
    phrase, a list item."""
    if any(_instruction(part) for part in text.split(",")):
        return "(you)"  # "If you forget a dose, take it": an order after an opening clause
    for w in _TOKEN.findall(text):
        w = w.lower()
        if w in FINITE_VERBS or (w in PLURAL_VERBS and w.endswith("s")):
            return w
    return None


def _closes_or_list(before: str) -> bool:
    """Whether `before` ends with the last item of a list joined by "or" ("Do not take iron with
    antacids, tea, or coffee"): "or" is how a negation joins what it forbids, so a ", and" + an order
    after it is a new order, not one more thing forbidden ("..., and separate it from ...")."""
    plain = _BRACKETED.sub("", before)
    return "," in plain and re.match(r"\s*or\s", plain.rsplit(",", 1)[1]) is not None


def _negated(text: str) -> bool:
    return any(w.lower() in NEGATIONS or w.lower().endswith("n't") for w in _TOKEN.findall(text))


def _first_words(text: str, n: int) -> list[str]:
    """The first `n` tokens of `text`: words, numbers and punctuation marks."""
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        if len(out) == n:
            break
        out.append(m.group(0))
    return out


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _ends_in_link(before: str) -> bool:
    """A word that links to what follows ("and", "that", "the") cannot end a sentence: "lowers pain and,
    while some may need surgery, it can ..." has its aside between "and" and its clause."""
    tokens = _TOKEN.findall(before)  # the last token, number or sign included ("about 30%" ends in "%")
    if len(tokens) > 1 and tokens[-1].lower() in ("in", "on") and (tokens[-2].lower() in PARTICIPLES
                                                                   or tokens[-2].lower().endswith("ed")):
        return False  # a particle that ends its verb: "before the drops are put in", "once it is plugged in"
    return bool(tokens) and tokens[-1].lower() in NOT_A_VERB


def _ends_in_number(before: str) -> bool:
    """A number right before the cut would lose what it counts ("... limit it to 2, and you ...")."""
    tokens = _TOKEN.findall(before)
    return bool(tokens) and bool(_NUMBER.search(tokens[-1]))


def _outside_brackets_and_quotes(text: str, pos: int) -> bool:
    depth = 0
    for ch in text[:pos]:
        if ch in _OPEN:
            depth += 1
        elif ch in _OPEN.values():
            depth = max(0, depth - 1)
    quotes = sum(text[:pos].count(q) for q in _QUOTES)
    return depth == 0 and quotes % 2 == 0


def _ends_in_plural(before: str) -> bool:
    """The text ends with a plural noun (a bracket after it aside): "polyps (small growths)"."""
    words = re.findall(r"[A-Za-z]+", re.sub(r"\s*\([^()]*\)\s*$", "", before)[-40:])
    last = words[-1].lower() if words else ""
    return _plain_s(last, longer_than=3)


def _plain_s(word: str, longer_than: int) -> bool:
    """A lower-case word with a plain -s ending, as a plural noun or a verb after "it" has ("polyps",
    "explains"): never "-ss", "-us", "-is" or "-ous", nor a word listed in NOT_A_VERB."""
    return (len(word) > longer_than and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
            and word not in NOT_A_VERB)


def _short_items(before: str) -> bool:
    """Whether `before` is a list of short items with no verb ("Heavy exercise, heavy lifting of more than
    10 pounds"): the subject of a verb that comes after the ", and" / ", or" that closes the list."""
    parts = re.split(r",(?!\d)", _BRACKETED.sub("", before))
    if len(parts) > 2 and re.match(r"\s*(?:and|or)\s", parts[-1]):
        return False  # "interacts with A, B, and C, and a lower dose is needed": the list closed itself
    if _closes_with_verb([[w.lower() for w in _TOKEN.findall(p)] for p in parts]):
        return False  # "Many drugs, including A, B and C, need dose changes": the list's verb came before the cut
    return len(parts) > 1 and all(0 < _words(p) <= 8 and _finite_verb(p) is None
                                  and not re.search(r"\binclude[sd]?\b", p, re.IGNORECASE) for p in parts)


def _closes_with_verb(words: list[list[str]]) -> bool:
    """Whether comma-separated parts (their words, lower case) are a subject with an aside that names
    examples ("Many prescription drugs", "including metformin" or "such as metformin", "gabapentin and certain antibiotics") and
    a last part that opens with the subject's verb ("need dose adjustment"): a verb of FINITE_VERBS or
    PLURAL_VERBS, right after the comma that closes the aside, and no verb anywhere before it."""
    if len(words) < 3:
        return False
    first, last = words[0], words[-1]
    if not first or not last or first[0] not in DETERMINER_SUBJECTS | {"all", "several", "certain", "other"}:
        return False
    if not words[1] or (words[1][0] not in ("including", "especially", "like") and words[1][:2] != ["such", "as"]):
        return False
    if not (last[0] in FINITE_VERBS or last[0] in PLURAL_VERBS) or last[0] in BE_VERBS | MODALS:
        return False
    return not any(w in FINITE_VERBS or w in PLURAL_VERBS for p in words[:-1] for w in p)
