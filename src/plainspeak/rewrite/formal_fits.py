"""Whether a formal word's plain words fit where the word stands (issue 6: what substitution breaks).

The glossary says what a formal word means; some words mean it only in some places, which the words
around them show: "provided" before a clause of its own is "if", never "gave"; "increased" is "more" only
before a noun it describes; "including" is "such as" only after a class of things a patient meets;
"expected" is "normal" only where no time or outcome follows; "the following" is "these" only before a
colon or a plural noun; "adherence to" is "sticking with" only where a clause opens; "following" is
"after" only before an event. Each test reads the
text around the finding; `formal_word_fits` is False where the swap would misread, and the word stays.
"""

from __future__ import annotations

import re

from ..model import Finding
from .agreement import is_adverb, sentence_opening
from .word_classes import FUNCTION_WORDS, may_be_noun, names_or_describes

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
    if term == "the following" and not _these_fit(text, f.end) and not this_fits(text, f.end):
        return False  # "the following steps" -> "these steps"; never "these happens", "these plan"
    if term == "recommendations" and not _ENDS_A_HEADING.search(text, max(0, text.rfind("\n", 0, f.start) + 1), f.start) \
            or term == "recommendations" and not _LINE_ENDS.match(text, f.end):
        return False  # "## Lifestyle Recommendations" -> "Lifestyle Advice"; "these recommendations are" keeps its verb
    if term == "following" and not _after_fits(text, f.start, f.end):
        return False  # "following a head injury" -> "after"; "following this plan", "following state law" stay
    if term == "require" and _THAT_CLAUSE.match(text, f.end):
        return False  # "Seizures require that 911 be called": "need" takes no "that" clause
    if term == "remain" and (prev := PREV_WORD.search(text, max(0, f.start - 40), f.start)) \
            and prev.group(1).lower() in _TIME_UNITS:
        return False  # "unless fewer than 12 hours remain" are hours left, never "12 hours stay"
    if term in _GERUND_FOR_A_NOUN and not _gerund_fits(text, f.start):
        return False  # "aimed to explore adherence to a diet" never reads "explore sticking with a diet"
    if term == "permit" and f.text.lower() != "permitted" and (
            (prev := PREV_WORD.search(text, max(0, f.start - 40), f.start)) is None or prev.group(1).lower() not in _PERMIT_AFTER):
        return False  # "to permit your body to dissolve it" -> "allow"; "a parking permit", "work permits are" stay
    if term in _STAYS and not _COMPARISON_NEXT.match(text, f.end):
        return False  # "your pulse is consistently below 50" -> "stays below 50"; "is consistently linked to" stays
    if term == "significantly" and not _significantly_fits(text, f.start, f.end):
        return False  # "stopping significantly raises the risk" -> "greatly"; in a study it says a statistics test
    if term in _CONSIDERED and not _judged_next(text, f.end):
        return False  # "both are considered safe" -> "thought to be safe"; "was considered to have", "is considered a risk" stay
    if (f.plain or "").startswith("more ") \
            and (prev := PREV_WORD.search(text, max(0, f.start - 40), f.start)) and is_adverb(prev.group(1)):
        return False  # "rapidly increasing swelling": the adverb would be left describing "more swelling"
    return True


# "is consistently" reads "stays" only before a limit the reading keeps to
_STAYS = frozenset({"is consistently", "are consistently"})
_COMPARISON_NEXT = re.compile(
    r"[ \t]+(?:below|above|under|over|greater|less|lower|higher|more|fewer|between|within)\b", re.IGNORECASE)
# "significantly" is "greatly" before a verb of change in the present ("significantly raises the risk", "may
# significantly change"; never "lower" or "slow", which may be adjectives: "were significantly lower than"), or its
# participle after "is"/"are" ("is significantly increased after C-section"); a
# study reports in the past ("significantly decreased", "were significantly raised"), where it is a statistics word
_CHANGE_VERBS = frozenset("""
raise raises increase increases reduce reduces decrease decreases change changes elevate elevates improve improves
lowers worsen worsens alter alters affect affects boost boosts slows
""".split())
_CHANGE_PARTICIPLES = frozenset(
    "raised increased reduced decreased changed elevated improved lowered worsened altered affected".split())
_PRESENT_BE = frozenset({"is", "are"})


def _significantly_fits(text: str, start: int, end: int) -> bool:
    nxt = _NEXT_WORD_AFTER_SPACE.match(text, end)
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    if word not in _CHANGE_VERBS:
        prev = PREV_WORD.search(text, max(0, start - 40), start)
        if word not in _CHANGE_PARTICIPLES or prev is None or prev.group(1).lower() not in _PRESENT_BE:
            return False
    return not _STUDY_WORDS.search(_sentence_of(text, start, end))


# "is considered" is "is thought to be" before a word that judges ("safe", "normal", "harmful"); never before
# "significant" (a study's threshold), "to", an article or a noun
_CONSIDERED = frozenset({"is considered", "are considered", "be considered", "been considered", "was considered",
                         "were considered", "usually considered", "not considered"})
_JUDGED = frozenset("""
safe unsafe normal abnormal harmful harmless acceptable unacceptable essential proper appropriate inappropriate
dangerous important rare common stable serious minor mild severe detrimental adverse injurious compatible
beneficial effective sufficient adequate
""".split())


_PHRASE_ENDS = re.compile(r"[ \t]*(?:[.,;:!?)\n]|\Z)")


def _judged_next(text: str, end: int) -> bool:
    """The judging word comes next, and ends its phrase ("considered safe while", never "considered stable
    CHF patients", where "considered" is "thought of as")."""
    nxt = _NEXT_WORD_AFTER_SPACE.match(text, end)
    if nxt is None or nxt.group(1).lower() not in _JUDGED:
        return False
    after = _NEXT_WORD_AFTER_SPACE.match(text, nxt.end())
    if after is None:
        return _PHRASE_ENDS.match(text, nxt.end()) is not None
    word = after.group(1)
    return word.lower() in FUNCTION_WORDS or word.islower() and not may_be_noun(word)  # "safe throughout pregnancy"


# a sentence that reports a study: "significantly" there is a statistics word
_STUDY_WORDS = re.compile(
    r"\b[pP][ \t]*[<=>≤]|\b(?:CI|OR|HR|RR|(?i:odds|ratio|compared|versus|vs|groups?|participants|subjects|patients|"
    r"trials?|study|studies|cohort|placebo|statistically|analysis|results|conclusions?))\b|%")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence_of(text: str, start: int, end: int) -> str:
    close = _SENTENCE_END.search(text, end)
    return text[sentence_opening(text, start):close.start() if close else len(text)]


# "permit" is a verb (never the noun "a parking permit") after "to", a helping verb, a pronoun or a link word
_PERMIT_AFTER = frozenset("to may might can could will would should must not it this which that they or and also".split())
_THAT_CLAUSE = re.compile(r"[ \t]+that\b", re.IGNORECASE)
# time that "remains" is time left, which "stay" does not say ("left" is a side word to the guard)
_TIME_UNITS = frozenset("seconds minutes hours days weeks months years doses tablets pills refills".split())
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


_VERBS_AFTER_IT = frozenset("help need needs apply occur happen include".split())  # "the following help:" is a verb
# plurals without an -s ("The following data were gathered:" never reads "This data were")
_PLURALS_WITHOUT_S = frozenset("data criteria phenomena media bacteria people children men women feet teeth mice".split())
_SINGULAR_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")
_COLON_IN_SENTENCE = re.compile(r"[^.!?\n:]{0,120}:")


def this_fits(text: str, end: int) -> bool:
    """"the following" before a singular noun reads "this" where the sentence goes on to a colon, the
    list it announces ("The following plan has been prescribed:" -> "This plan ..."); elsewhere it may
    be the next one ("at the following visit") and stays."""
    m = _SINGULAR_AFTER.match(text, end)
    if m is None or m.group(1)[-1:].lower() == "s" or not may_be_noun(m.group(1)) or m.group(1).lower() in _VERBS_AFTER_IT \
            or m.group(1).lower() in _PLURALS_WITHOUT_S:
        return False
    return _COLON_IN_SENTENCE.match(text, m.end()) is not None


# formal nouns whose plain words are a gerund ("adherence to this plan" -> "sticking with this plan"): the gerund
# reads as the noun only where a clause opens or after a preposition; after a verb, an adjective or a
# determiner ("explore sticking with a diet", "poor sticking with") it reads as something else
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


# "recommendations" is "advice" only as the last word of a heading ("## Additional Recommendations"):
# elsewhere a plural verb or "these" goes with it ("these recommendations are meant to")
_ENDS_A_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t][^\n]*\Z", re.MULTILINE)
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|\Z)")


# "following" before an event ("following a head injury", "Instructions Following Cataract Surgery",
# "following antibiotic use") is "after". Before anything one follows (a plan, a schedule, state law, a
# diet) or after a word that makes it a verb ("despite following", "keep following", "is following") it
# stays. The event must end the noun phrase after it (within 5 words, before a function word, a number
# or a stop). Treatment and therapy are left out: "following treatment" may be a gerund ("Following
# treatment is key"), and "after treatment" there would change what it says.
_EVENTS = frozenset("""
surgery surgeries operation operations procedure procedures injury injuries injection injections infusion
infusions delivery birth childbirth discharge transplant transplantation removal repair replacement biopsy
biopsies use exposure concussion stroke fracture vaccination dialysis section placement insertion extraction
meal meals
""".split())
_EVENT_ENDINGS = ("ectomy", "ectomies", "otomy", "ostomy", "oscopy", "plasty", "pexy", "graphy")
_NOT_AFTER_THESE = frozenset("""
the a an is are was were be been being am keep keeps kept keeping by despite about of in on for from without
with at to start starting stop stopping continue continuing not while when you we they i he she who
""".split())
_DETERMINERS = frozenset("a an the your his her their this that each every any".split())
_PHRASE_WORD = re.compile(r"[ \t]+([A-Za-z]+(?:-[A-Za-z]+)*)")


def _after_fits(text: str, start: int, end: int) -> bool:
    prev = PREV_WORD.search(text, max(0, start - 40), start)
    if prev is not None and prev.group(1).lower() in _NOT_AFTER_THESE:
        return False
    words, at = [], end
    while len(words) < 5 and (m := _PHRASE_WORD.match(text, at)) is not None:
        low = m.group(1).lower()
        if low in FUNCTION_WORDS and not (not words and low in _DETERMINERS):
            break
        if words or low not in _DETERMINERS:
            words.append(low)
        at = m.end()
    # the event ends its noun phrase: the word after it (if any) is no noun ("an injection needs care"),
    # never "following surgery instructions", where the instructions are what is followed
    events = [i for i, w in enumerate(words) if w.rsplit("-", 1)[-1] in _EVENTS or w.endswith(_EVENT_ENDINGS)]
    return bool(events) and (events[-1] == len(words) - 1 or not names_or_describes(words[events[-1] + 1], False))
