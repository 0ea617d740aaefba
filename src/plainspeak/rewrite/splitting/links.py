"""Cuts whose new sentence opens by pointing back at the clause before it: ", all of which" -> ". All
of these", ", who may" -> ". They may", ", causing" -> ". This causes", ", which is why" -> ". This is
why", ", a procedure in which" -> ". In this procedure,"; and a reason put first, "Because A, B" -> "A.
So B"."""

from __future__ import annotations

import re

from ...lexicon import fold
from .asides import _is_person
from .doses import DoseCuts
from .words import (BE_VERBS, CAUSES, DETERMINER_SUBJECTS, FINITE_VERBS, LIST_ITEM_WORDS, MODALS, NOT_A_VERB, OPENER_WORDS,
                    OPENING_SUBORDINATORS, PLURAL_VERBS, PRONOUN_SUBJECTS,
                    REASON, REASON_FIRST, RELATIVES, RESULTS, SO, SUBORDINATORS, THIS_LINKS, TIME_SPAN, TIME_WORDS,
                    _BRACKETED, _Change, _TOKEN)
from .subjects import _listed_subject_verb, _opener_verb
from .clauses import (_any_verb, _clause_verb, _finite_verb, _first_words, _instruction, _list_commas_only, _noun_phrase_verb,
                      _outside_brackets_and_quotes, _plain_s, _reason_verb, _short_subject_verb, _words)


def _relative_cut(m: re.Match[str], rest: str, before: str) -> _Change | None:
    """", all of which need prompt treatment" -> ". All of these need prompt treatment", and ", who may
    advise you" after a person -> ". They may advise you": a clause that only adds to what came before,
    as a sentence of its own. Only when the clause's verb comes right after the link (a modal after
    "who", which agrees with "They" whoever it is), and no comma in the clause could close an aside
    with the main clause going on after it."""
    verb = _first_words(rest, 1)
    verb = verb[0].lower() if verb else ""
    if "," in _BRACKETED.sub("", rest) or ";" in rest:
        return None
    if m.group("who"):
        words = re.findall(r"[A-Za-z]+", _BRACKETED.sub("", before))
        if verb not in MODALS or not words or not _is_person(words[-1].lower()):
            return None
        return m.start(), m.end(), "." + m.group("ws_who") + "They", REASON
    if not (verb in FINITE_VERBS or verb in PLURAL_VERBS or verb in MODALS):
        return None
    return m.start(), m.end(), "." + m.group("ws_quant") + m.group("q").capitalize() + " of these", REASON


def _result(m: re.Match[str], rest: str, before: str) -> _Change | None:
    """"..., causing swelling" -> ". This causes swelling": a participle that tells what the clause
    before it brings about, as a sentence whose "This" points back at that clause. "This can cause"
    when the clause only may happen ("a piece may break off, leading to" -> ". This can lead to"). Never
    after an order ("Stand up slowly, allowing ..." says how to do it), nor when the main clause goes
    on after the participle's phrase ("..., causing pain, can ...")."""
    if _instruction(before) or ";" in rest or _verb_after_comma(_BRACKETED.sub("", rest)):
        return None
    part = " ".join(m.group("part").lower().split())
    verb = RESULTS[part]
    if any(w.lower() in ("may", "might", "can", "could") for w in _TOKEN.findall(before)):
        said = "can " + verb
    else:
        head, _, tail = verb.partition(" ")
        said = head + "s" + (" " + tail if tail else "")
    return m.start(), m.end("part"), "." + m.group("ws_ing") + "This " + said, REASON


def _verb_after_comma(rest: str) -> bool:
    """Whether a comma in `rest` is followed by a verb, an adverb before it allowed: the main clause
    goes on after a phrase that closed there ("The swelling, causing pain, usually goes down")."""
    for comma in re.finditer(r",\s+", rest):
        words = [w.lower() for w in _first_words(rest[comma.end():], 2)]
        if len(words) == 2 and words[0].endswith("ly") and len(words[0]) > 4:
            words = words[1:]
        if words and (words[0] in FINITE_VERBS or _plain_s(words[0], longer_than=3)):
            return True
    return False


def _this_link(m: re.Match[str], rest: str) -> _Change | None:
    """", which is why tests are used" -> ". This is why tests are used", ", meaning that the virus is
    gone" -> ". This means that the virus is gone": the clause after the link follows from the whole
    clause before it, which "This" points back at. Only before a clause with a subject and a verb of
    its own (", meaning less pain" names a thing, which "This means" would state as a fact)."""
    clause = _BRACKETED.sub("", rest)
    if _clause_verb(clause) is None and _listed_subject_verb(clause) is None and _reason_verb(clause) is None:
        return None
    link = " ".join(m.group("link").lower().split())
    return m.start(), m.end(), "." + m.group("ws_this") + THIS_LINKS[link], REASON


# the link that opens a piece, and the word its main clause opens with once the link is a sentence of its own
_OPENING_LINK = re.compile(r"(?P<link>because|although|even[ \t]+though|though)[ \t]+(?=[A-Za-z0-9])", re.IGNORECASE)
_SAID_AFTER = {"because": SO, "although": "But", "even though": "But", "though": "But"}


def _reason_first(piece: str, min_words: int, doses: DoseCuts | None, first: bool) -> list[_Change]:
    """"Because a stent was placed, it is important that ..." -> "A stent was placed. So it is important
    that ...": a piece that opens with its reason, as the reason and then what follows from it, the
    way plain-language editors untangle a long opening clause; a concession the same way, "Although
    many people feel tired, most have no symptoms" -> "Many people feel tired. But most have no
    symptoms". Only a reason (or concession) with a verb of its own,
    closed by a comma (outside brackets) and followed by a main clause or an order (`_opener_verb`:
    "Because warfarin, a blood thinner, raises ..." has no main clause after its first comma); never
    "because of", and in a sentence with a dose only where each dose keeps its medicine."""
    lead = len(piece) - len(piece.lstrip())
    m = _OPENING_LINK.match(piece, lead)
    if m is None:
        return []
    comma = next((c.start() for c in re.finditer(",", piece) if _outside_brackets_and_quotes(piece, c.start())), None)
    if comma is None:
        return []
    reason, main = piece[m.end():comma], piece[comma + 1:]
    plain = _BRACKETED.sub("", main)
    if re.match(r"[^,]*,", plain) and _words(plain.split(",")[0]) <= LIST_ITEM_WORDS:
        return []  # "Although many have palpitations, fatigue, or ...": the first comma is one of a list
    if (_opener_verb(piece[lead:], "") is None and _listed_subject_verb(plain) is None and _short_subject_verb(plain) is None
            and _noun_phrase_verb(plain) is None):
        return []  # "attention has been directed": a bare subject and a finite verb are a main clause too
    if (_words(reason) < min_words or _words(main) < min_words or _words(reason) > OPENER_WORDS
            or re.search(r"[;:\"“”]", reason) or _any_verb(_BRACKETED.sub("", reason)) is None):
        return []
    if _first_words(reason, 1)[0].lower() == "of":
        return []
    if doses is not None and not doses.allows(piece[lead:comma], main, first):
        return []
    word = re.match(r"[A-Za-z0-9]+", piece[m.end():])
    ws = re.match(r"\s+", main)
    if ws is None or word is None:
        return []  # (no ASCII word after the link: "Because İ...", see lexicon.ASCII_LOOKALIKES)
    return [(lead, m.end() + word.end(), word.group(0)[0].upper() + word.group(0)[1:], REASON_FIRST),
            (comma, comma + 1 + ws.end(), "." + ws.group(0) + _SAID_AFTER[" ".join(fold(m.group("link")).split())] + " ",
             REASON)]


# "..., a procedure in which the tonsils are removed": an aside at the end of the sentence that says what
# kind of thing was just named, and what happens in it or during it
_KIND_IN_WHICH = re.compile(
    r",(?P<ws>[ \t]+)an?[ \t]+(?P<kind>(?:[a-z][\w'’-]*[ \t]+){0,3}?(?:procedure|operation|surgery|test|exam|examination|scan"
    r"|treatment|therapy|condition|disorder|disease|illness|infection|syndrome|episode|period))[ \t]+"
    r"(?P<prep>in|during)[ \t]+which[ \t]+(?=[a-z])")


def _kind_in_which(text: str, min_words: int) -> list[_Change]:
    """"Your child had the tonsils taken out (tonsillectomy), a procedure in which the tonsils are removed
    ..." -> "... (tonsillectomy). In this procedure, the tonsils are removed ...": the aside names the
    kind of thing the sentence spoke of, so "this procedure" points back at it, whichever noun it
    followed. Only when the sentence before the aside is a clause of its own (a verb, no opening
    condition or time) and the aside runs to the end of the sentence (no comma before a verb or an
    order of a main clause that goes on); the kind keeps its own words ("a brief episode" -> "this
    brief episode")."""
    m = next((x for x in _KIND_IN_WHICH.finditer(text) if _outside_brackets_and_quotes(text, x.start())), None)
    if m is None:
        return []
    before, rest = _BRACKETED.sub("", text[:m.start()]), text[m.end():]
    first = _first_words(before, 1)
    if not first or first[0].lower() in SUBORDINATORS or _finite_verb(before) is None:
        return []
    kind = m.group("kind").split()
    if any(w in NOT_A_VERB or w in DETERMINER_SUBJECTS for w in kind[:-1]):
        return []  # "a part of the test": "this part of the test" may not be what was named
    checked = _without_subject_aside(_BRACKETED.sub("", rest))
    if _verb_after_comma(checked) or any(_instruction(p) for p in checked.split(",")[1:]):
        return []
    if _words(before) < min_words or _words(rest) < min_words:
        return []
    return [(m.start(), m.end(), "." + m.group("ws") + m.group("prep").capitalize() + " this " + " ".join(kind) + ", ",
             REASON)]


def _without_subject_aside(clause: str) -> str:
    """`clause` (the words after "in which", brackets taken out) without a participle's aside between its subject
    and its verb ("a blood clot, usually originating in a leg vein, has travelled to the lungs" -> "a blood clot
    has travelled to the lungs"): with no verb before the first comma, the clause's verb is the one right after the
    aside, and no main clause goes on there. Else `clause` as it is."""
    parts = re.split(r",(?!\d)", clause)
    if len(parts) < 3 or _finite_verb(parts[0]) is not None or _words(parts[0]) < 2:
        return clause
    aside = [w.lower() for w in _first_words(parts[1], 2)]
    if aside and len(aside[0]) > 4 and aside[0].endswith("ly"):
        aside = aside[1:]
    after = [w.lower() for w in _first_words(parts[2], 1)]
    if (not aside or not aside[0].endswith(("ing", "ed")) or _finite_verb(parts[1]) is not None
            or not after or not (after[0] in FINITE_VERBS or after[0] in MODALS)):
        return clause
    return parts[0] + " " + ",".join(parts[2:]).lstrip()


# ", during which" after a stretch of time: ". During this time,"
_TIMES = frozenset("seconds minutes hours days nights weeks months years period time stay".split())


def _whence(m: re.Match[str], rest: str, before: str) -> _Change | None:
    """"..., after which a cane may be used" -> ". After that, a cane may be used" (", at which point" ->
    ". At that point,", ", during which" -> ". During this," or, after a stretch of time, ". During this
    time,"): a time that the clause after it starts from, up to the end of the sentence. A comma there
    might close the aside, unless it is one of a list that is the clause's subject ("during which
    throat pain, ear pain, and a slight fever are expected")."""
    plain = _BRACKETED.sub("", rest)
    if ";" in rest:
        return None
    if "," in plain:
        last = re.split(r",(?!\d)", plain)[-1]
        if not (_list_commas_only(plain) and _words(re.split(r",(?!\d)", plain)[0]) <= LIST_ITEM_WORDS
                and re.match(r"\s+(?:and|or)\s", last) and _clause_verb(re.sub(r"^\s+(?:and|or)\s+", "", last))) \
                and not _aside_to_the_end(plain, before):
            return None
    elif _clause_verb(plain) is None and _listed_subject_verb(rest) is None and _short_subject_verb(plain) is None:
        return None
    prep = m.group("prep").split()[0].lower()
    link = {"after": "After that,", "during": "During this,", "at": "At that point,", "in": "In that case,"}[prep]
    if m.group("prep").split()[-1].lower() == "time":
        link = "At that time,"
    words = re.findall(r"[A-Za-z]+", _BRACKETED.sub("", before))
    if prep == "during" and words and words[-1].lower() in _TIMES:
        link = "During this time,"
    return m.start(), m.end(), "." + m.group("ws_whence") + link, REASON


# what, after a comma in the clause of ", during which", may open a clause of its own or a condition that
# could reach back over the cut to the main clause
_CLAUSE_OPENERS = SUBORDINATORS | frozenset("and or but so then yet nor".split())


def _aside_to_the_end(plain: str, before: str) -> bool:
    """Whether the clause after ", during which" / ", after which" (`plain`, brackets taken out) runs to the
    end of the sentence although it has commas of its own ("during which a thin, lighted tube was passed
    ...", "during which cores were taken ..., usually at ..., to find out whether ..."): the main clause
    before it is whole (a finite verb, no opening condition or time), the clause itself has a subject and
    a verb, and no comma in it is followed by a verb, an order, a link to another clause or a condition
    ("..., and you may feel sore", "..., unless ..."), so nothing after a comma goes back to the main clause."""
    plain_before = _BRACKETED.sub("", before)
    first = _first_words(plain_before, 1)
    if not first or first[0].lower() in OPENING_SUBORDINATORS or _finite_verb(plain_before) is None:
        return False
    if not _subject_and_helper(plain.replace(",", " ")):
        return False
    parts = re.split(r",(?!\d)", plain)
    for k, part in enumerate(parts[1:], 1):
        words = [w.lower() for w in _first_words(part, 1)]
        if not words or words[0] in _CLAUSE_OPENERS or _instruction(part):
            return False
        if (_clause_verb(part) is not None or _subject_and_helper(part)) and not (k == 1 and _words(parts[0]) <= 2):
            # "..., scan dye was injected", "..., the results were normal": a clause of its own after the comma
            # (which may be the main clause's again); only adjectives of the subject before it ("a thin,
            # lighted tube was passed") let the comma be
            return False
    return not _verb_after_comma(plain)


_ASKING = frozenset("what how why where when whether".split())


def _subject_and_helper(clause: str) -> bool:
    """Whether `clause` opens with a subject of plain words (a count allowed: "about 12 small tissue cores")
    and a helper verb ("were", "was", "may", "will")."""
    words = [w.lower() for w in _first_words(clause, AND_SUBJECT_WORDS + 1)]
    for k, w in enumerate(words):
        if w in MODALS or w in BE_VERBS:
            return k > 0 and words[0] != "to" and all(
                x.replace("-", "").isalnum() and x not in RELATIVES and x not in SUBORDINATORS and x not in PRONOUN_SUBJECTS
                and x not in _ASKING for x in words[:k])  # never "to find out what is": no subject there
    return False


def _then_when(m: re.Match[str], rest: str, before: str) -> _Change | None:
    """"Pain often peaks between days 3 and 7, when the scabs come off" -> "... days 3 and 7. This is when the
    scabs come off": a clause that says what happens at the time just named. Only after a time (a word
    of TIME_WORDS among the last few), never after an order ("Take it at night, when you ..." says when
    to do it), and only before a clause with its own subject and verb that runs to the end of the
    sentence (a comma there belongs to a list of short things, or the sentence may go on after it)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", _BRACKETED.sub("", before))]
    if not any(w in TIME_WORDS for w in words[-TIME_SPAN:]) or _instruction(before) or ";" in rest:
        return None
    plain = _BRACKETED.sub("", rest)
    if _clause_verb(plain) is None and _listed_subject_verb(plain) is None:
        return None
    if not _list_commas_only(plain):
        return None  # "..., when she will check the wound, and then once a month": the time goes on after it
    return m.start(), m.end(), "." + m.group("ws_when") + "This is when", REASON


# the subject of "X is ... and stays ...": a determiner and a few plain words before the first verb
AND_SUBJECT_WORDS = 8
_AND_DETERMINERS = frozenset("the a an your our their its each this these".split())
# words that may open a sentence but never a bare noun subject ("Throat pain is ..."): pronouns, links,
# prepositions, and what asks or counts
_NOT_BARE = (PRONOUN_SUBJECTS | DETERMINER_SUBJECTS | RELATIVES | SUBORDINATORS | frozenset(
    """of in on for with from to at by after before during until within following about into over under
    through without as also so then but and or not no nor never always only both either neither all any one
    that what how why who where there here once like such other another""".split()))
_SINGULAR_VERBS = frozenset("is isn't was wasn't has hasn't does doesn't".split())
_PLURAL_FORMS = frozenset("are aren't were weren't have haven't do don't".split())
# a verb right after "and" that starts a second predicate: finite or a helper, or a common verb in -s
_SECOND_VERBS = (FINITE_VERBS | MODALS | frozenset(w for w in PLURAL_VERBS if w.endswith("s"))
                 | frozenset("stays remains looks seems tends".split()))
_SUBJECT_ENDS = frozenset("of in on for with from to at by".split())  # the head noun comes before these
# words between the two verbs that open a clause of their own, whose verb a second one after "and" may share
_CLAUSE_LINKS = frozenset("as because so but than since though although whereas where how what".split())


def _and_predicate(piece: str, min_words: int, doses: DoseCuts | None, first: bool) -> list[_Change]:
    """"The risk of a stroke is greatest in the first 2 days and stays high for about 90 days" -> "... in
    the first 2 days. It stays high for about 90 days": one subject with two verbs, as two sentences,
    "It" or "They" standing for the subject. Only a subject that opens the piece with a determiner, is
    a thing (never a person) and has no list, clause or bracket of its own; a finite verb or a helper
    verb right after "and" (an adverb in -ly may come first); nothing between the two verbs that opens
    a clause ("if the pain is worse and does not ..." has a subject of its own), no condition after the
    second verb and no time there unless the first verb has one of its own (either might reach back
    over both verbs), and a pronoun that agrees with both verbs."""
    # the cheap tests first (measured: this ran for most pieces of every sentence, and tokenised the
    # whole piece before its first test): every cut is made at a token "and", and the subject test
    # reads the first token only
    if "and" not in piece.lower():
        return []
    lead = len(piece) - len(piece.lstrip())
    first = _TOKEN.search(piece, lead)  # the first token finditer gives
    if first is None:
        return []
    first_word = first.group(0).lower()
    if first_word not in _AND_DETERMINERS and not _bare_subject(piece[lead:], first_word):
        return []
    tokens = list(_TOKEN.finditer(piece, lead))
    words = [t.group(0).lower() for t in tokens]
    verb = next((k for k, w in enumerate(words[:AND_SUBJECT_WORDS + 1]) if w in FINITE_VERBS or w in MODALS), None)
    if verb is None or verb < 2 or any(not w.replace("-", "").isalpha() or w in ("and", "or") or w in RELATIVES
                                       or w in SUBORDINATORS for w in words[1:verb]):
        return []
    head = next((k for k in range(1, verb) if words[k] in _SUBJECT_ENDS), verb) - 1
    if _is_person(words[head]):
        return []
    for j in range(verb + 1, len(words) - 1):
        w = words[j]
        if w in SUBORDINATORS or w in RELATIVES or w in (";", ":", "(", ")", "—", "–"):
            return []
        if w in _CLAUSE_LINKS and not (w == "as" and (words[j - 1].endswith(("ed", "en")) or words[j - 1] in ("such", "well")
                                                      or "same" in words[verb + 1:j])):
            # ("is defined as a ...", "known as", "such as", "the same strength as": "as" there takes a noun)
            return []  # "is advised, as it improves X and lowers Y": the second verb is the reason's
        if w != "and" or words[j - 1] == ",":
            continue
        second = j + 1
        if len(words[second]) > 4 and words[second].endswith("ly") and second + 1 < len(words):
            second += 1  # "and usually heals"
        if words[second] not in _SECOND_VERBS:
            continue
        pronoun = _pronoun(words[verb], words[second], words[head])
        start, end = tokens[j - 1].end(), tokens[j].end()
        before, rest = piece[lead:start], piece[end:]
        if pronoun is None or _words(before) < min_words or _words(rest) < min_words:
            return []
        # a condition or a time after the second verb may reach back over the first one ("may feel scratchy
        # and may water for the first week, while it heals"): only a time when the first verb has its own
        after = words[j + 1:]
        if any(w in SUBORDINATORS for w in after) or (_tells_time(after) and not _tells_time(words[verb:j])):
            return []
        if doses is not None and not doses.allows(before, rest, first):
            return []
        return [(start, end, ". " + pronoun, REASON)]
    return []


def _bare_subject(piece: str, first: str) -> bool:
    """Whether `piece` may open with a noun that has no determiner ("Throat pain is ...", "Colchicine
    interacts ..."): a capital first word that is no pronoun, link, preposition or adverb in -ly, and no
    order ("Take it ..."); the caller asks for plain words up to a finite verb."""
    return (piece[:1].isupper() and first.isalpha() and first not in _NOT_BARE and not first.endswith("ly")
            and not _instruction(piece))


_TIME_PREPOSITIONS = frozenset("during until within after before".split())


def _tells_time(words: list[str]) -> bool:
    return any(w in TIME_WORDS or w in _TIME_PREPOSITIONS or w.isdigit() for w in words)


def _pronoun(verb: str, second: str, head: str) -> str | None:
    """"It" or "They" for a subject whose verbs are `verb` and `second` and whose head noun is `head`; None
    when the verbs disagree or tell nothing and the noun does not either."""
    numbers = set()
    for v in (verb, second):
        if v in _SINGULAR_VERBS or (v in _SECOND_VERBS and v.endswith("s") and v not in MODALS):
            numbers.add("It")
        elif v in _PLURAL_FORMS:
            numbers.add("They")
    if not numbers:
        numbers.add("They" if _plain_s(head, longer_than=3) else "It")
    return numbers.pop() if len(numbers) == 1 else None


def _cause(m: re.Match[str], rest: str, before: str) -> _Change | None:
    """"Codeine is not safe for children under 12 years, due to the risk of slowed breathing" -> "... 12
    years. This is due to the risk of slowed breathing": a cause named after a comma at the end of the
    sentence is the cause of the whole clause before, which "This" points back at. Only after a main
    clause with a verb and nothing in it that opens a clause of its own ("Stop it if you get a rash, due
    to ..." may give the rash's cause), and up to the end of the sentence (a comma there belongs to a
    list of short things, or the sentence may go on after it)."""
    plain_before, plain = _BRACKETED.sub("", before), _BRACKETED.sub("", rest)
    words = [w.lower() for w in _TOKEN.findall(plain_before)]
    if any(w in SUBORDINATORS or w in RELATIVES or w in ("as", "so", "because") for w in words):
        return None
    if _finite_verb(plain_before) is None or ";" in rest or not _list_commas_only(plain):
        return None
    cause = " ".join(m.group("cause").lower().split())
    return m.start(), m.end(), "." + m.group("ws_due") + CAUSES[cause], REASON
