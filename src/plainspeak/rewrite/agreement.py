"""Plain words made to agree with the words around them, which the glossary cannot know:
"on its own" after a plural subject, "the start" where a noun needs its article, a passive
that an intransitive plain verb cannot take, a word that is part of a longer fixed phrase."""

from __future__ import annotations

import re

from ..lexicon import fold
from .word_classes import FUNCTION_WORDS

_WORDS = re.compile(r"[A-Za-z]+")
# everything up to the last mark that ends a clause: one match from the end, not a scan of every mark
_UP_TO_CLAUSE_END = re.compile(r".*[.!?;:,()\n]", re.DOTALL)
_MODALS = frozenset("may might can could will would should shall must do does did to".split())
_BE = frozenset("is are was were be been being get gets got".split())
_PLURAL_PRONOUNS = frozenset("they these those we people children both many most some".split())
_NOT_PLURAL_IN_S = ("ss", "us", "is", "ys")
_HELPERS = _MODALS | _BE | frozenset("has have had not".split())
_SINGULAR = frozenset("i it he she this that which who".split())
_ADVERBS = frozenset("often usually always never also still then now generally typically commonly rarely sometimes".split())


def is_adverb(word: str) -> bool:
    low = word.lower()
    return low in _ADVERBS or (low.endswith("ly") and len(low) > 4)


def words_before(text: str, at: int, reach: int = 80) -> list[str]:
    """The words of the clause before `at`, in order, without adverbs ("is usually performed":
    the verb form is read from "is")."""
    before = text[max(0, at - reach):at]
    cut = m.end() if (m := _UP_TO_CLAUSE_END.match(before)) else 0
    # is_adverb, written out: a call per word was half the cost (verb findings ask this in every pass)
    return [w for w in _WORDS.findall(before, cut) if (low := w.lower()) not in _ADVERBS and not (low.endswith("ly") and len(low) > 4)]


def _plural_noun(word: str) -> bool:
    low = word.lower()
    return low in _PLURAL_PRONOUNS or (low.endswith("s") and not low.endswith(_NOT_PLURAL_IN_S) and len(low) > 3)


def own_for_subject(plain: str, words: list[str]) -> str:
    """ "on its own" agrees with the subject of its verb: "Most cases resolve spontaneously" ->
    "go away on their own", "you may stop" -> "on your own". `words`: the clause before the
    finding (words_before), its last word the verb."""
    if " its own" not in plain or not words:
        return plain
    verb = words[-1].lower()
    if verb in FUNCTION_WORDS and verb not in _HELPERS:
        return plain  # "after surgery, nerve injury or spontaneously": no verb to agree with
    if verb.endswith("s") and not verb.endswith("ss") or verb in ("has", "was"):
        return plain  # "the bleeding stops on its own"
    k = len(words) - 2
    while k >= 0 and words[k].lower() in _HELPERS:
        k -= 1  # "may resolve", "have resolved": the subject stands before the helpers
    subject = words[k].lower() if k >= 0 else ""
    if subject == "you":
        return plain.replace(" its own", " your own")
    if subject in _SINGULAR or not subject:
        return plain
    helped = k < len(words) - 2
    present = not helped and verb not in _HELPERS and not verb.endswith(("ed", "ing"))
    # a present verb without -s ("stones smaller than 5 mm pass"): its subject is plural, however
    # far it stands
    return plain.replace(" its own", " their own") if present or _plural_noun(subject) else plain


# intransitive verbs: their plain phrase has no passive ("is often preceded by" is never "is
# often come before by"); the term is left as written there. "have" has one, but it never reads
# right ("Nothing should be consumed" is never "be had")
_NO_PASSIVE = frozenset("come go happen fall rise arrive occur have".split())


def passive_without_object(plain: str, words: list[str]) -> bool:
    """A verb term in the passive ("is preceded by") whose plain verb cannot be passive."""
    return bool(words) and words[-1].lower() in _BE and plain.split(" ", 1)[0].lower() in _NO_PASSIVE


# an order said in the passive ("should be started", "is to be kept"): a verb joined to it by "and"
# is a participle of the same passive ("should be started ... and performed 10 times" -> "done", never
# "did"); only a modal or "to" counts, since "He was tired and performed well" is a past
_MODAL_PASSIVE = re.compile(r"\b(?:should|must|will|can|may|might|could|would|to)\s+(?:not\s+)?be\s+(?:\w+ly\s+)?"
                            r"[a-z]+(?:ed|en|wn|ne|un)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?;:\n]")
_JOINED_BY_AND = re.compile(r"\b(?:and|or)\s+(?:\w+ly\s+)?$")


def joins_a_passive(text: str, at: int, reach: int = 160) -> bool:
    """Whether the verb at `at` follows "and"/"or" inside a sentence that gives an order in the passive."""
    before = text[max(0, at - reach):at]
    if not before.rstrip().endswith(("and", "or", "ly")) or not _JOINED_BY_AND.search(before):
        return False  # (the first test: what _JOINED_BY_AND needs at the end, without its search of the window)
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(before)), default=0)
    return _MODAL_PASSIVE.search(before, cut) is not None


def in_a_passive_question(text: str, start: int, end: int) -> bool:
    """Whether the verb from `start` to `end` ends a question that opens with "is"/"are"/"was"/"were"
    ("How are the ear drops administered?"): a participle, though no "be" stands right before it."""
    if not _QUESTION_MARK_NEXT.match(text, end):
        return False
    return _BE_QUESTION.match(text, sentence_opening(text, start)) is not None


def sentence_opening(text: str, at: int) -> int:
    """Where the sentence holding `at` opens, roughly: right after the last ".", "!", "?" or line
    break before it (a text's words, not its Document, which these callers do not have)."""
    return max(text.rfind(c, 0, at) for c in ".!?\n") + 1


_QUESTION_MARK_NEXT = re.compile(r"[ \t]*\?")
_BE_QUESTION = re.compile(r"[ \t*#>_-]*(?:(?:how|when|where|why|what|which|who)[ \t]+(?:\w+[ \t]+)?)?(?:is|are|was|were)\b",
                          re.IGNORECASE)


# words after which a noun keeps "the" of plain words that start with it ("at the start of")
_KEEPS_THE = frozenset("""of in at on to for from with by within after before during until since about
    into than as""".split())


def the_fits(plain: str, text: str, at: int) -> str:
    """Plain words that start with "the" ("the start" for "onset") keep it where the term stood
    alone: at the start of a sentence ("The start usually happens") or after a preposition
    ("within 4.5 hours of the start"); after a determiner or an adjective ("the onset", "sudden
    onset") the word alone fits."""
    if not plain.lower().startswith("the ") or plain.count(" ") != 1:
        return plain  # "the body's built-in defense": "the" belongs to the next word, not to the term
    before = text[max(0, at - 30):at]
    if _SENTENCE_OPENS.search(before):
        return plain
    words = _WORDS.findall(before)
    prev = words[-1].lower() if words else ""
    return plain if prev in _KEEPS_THE else plain[4:]


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:\n])[\s*#>\-\u2022\d.)]*$")


# fixed phrases whose inside a formal word would break: "as well as to", "so as to", "such as to"
_LONGER_BEFORE_AS = frozenset("well so such".split())
# "the precautions must be observed": "observed" means followed there, never seen
_RULE_SENSE = frozenset({"observed"})


def inside_a_fixed_phrase(term: str, words: list[str]) -> bool:
    """A formal word that is part of a longer phrase here, or in a sense its plain words lack.
    `words`: the clause before it (words_before)."""
    low = term.lower()
    prev = words[-1].lower() if words else ""
    if low.startswith("as ") and prev in _LONGER_BEFORE_AS:
        return True
    return low in _RULE_SENSE and prev == "be" and len(words) > 1 and words[-2].lower() in _MODALS


# "the", "your", "this" before a noun: it points back to one already named
_POINTING_BACK = re.compile(r"\b(?:the|your|this|that|my|his|her|their)[ \t]+$", re.IGNORECASE)


def refers_back(text: str, at: int, key: str, named: set[str]) -> bool:
    """A one-word term ("your fistula") after a longer one ending in it that the output keeps as
    the name ("arteriovenous fistula (dialysis access in the arm)"), with "the", "your" before it:
    the reader knows which one, and the general wording ("passage between two body parts") would
    mislead. Without them ("corticosteroids cause ...") it may be the general thing."""
    return " " not in key and bool(named) and any(n.endswith(" " + key) for n in named) \
        and _POINTING_BACK.search(text, max(0, at - 8), at) is not None


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def before_a_content_word(text: str, end: int) -> bool:
    """A word that is not a function word follows `end`: new words there describe it ("an edema
    score" -> "a swelling score", which keeps its article)."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() not in FUNCTION_WORDS


# verbs that are seldom nouns after a term ("Thin, weak bones (osteoporosis) raise the risk"): the plural drops the -s
_PRESENT_VERBS = ("raises lowers causes increases reduces affects makes happens occurs develops requires tends "
                  "worsens improves").split()
# the verb a plural subject takes in place of the singular one right after it
_FOR_A_PLURAL = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
                 "hasn't": "haven't", "doesn't": "don't", **{v: v[:-1] for v in _PRESENT_VERBS}}
_SINGULAR_VERB_AFTER = re.compile(r"([ \t]+)(" + "|".join(map(re.escape, _FOR_A_PLURAL)) + r")\b")
# the head of a plain phrase is the last word before what comes after it ("lining of the lungs": lining)
_AFTER_THE_HEAD = re.compile(r"[ \t](?:of|in|on|at|by|from|with|without|to|for|into|around|between|among|under|through|across|after|before|during|that|who|which|when|where)[ \t]")
# words that open a gerund's object ("eating fewer calories", "taking your medicines")
_OBJECT_OPENERS = frozenset("a an the your his her their my our fewer less more too enough some any no".split())
# plural in form, one thing in use
_ONE_THING_IN_S = frozenset("news series species means measles mumps diabetes herpes rabies scabies shingles lens gas".split())


# before a term that is the object of a preposition, not the verb's subject ("the cause of osteoporosis is")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|in|on|at|by|from|with|without|to|for|into|about|than|between|among)[ \t]+$", re.IGNORECASE)
# plain words that are a clause ("how well it works"), not a noun phrase with a head
_CLAUSE_WORDS = frozenset("how what when where why whether if it you they we he she".split())


def plural_verb_after(text: str, start: int, end: int, surface: str, plain: str) -> tuple[int, str] | None:
    """Where plain words with a plural head ("scans", "sleep habits", "thoughts of harming others")
    stand for a singular term ("imaging", "sleep hygiene", `surface`, from `start` to `end`) that is the
    subject (no preposition before it) of "is", "was", "has" or "does" right after it: the end of that
    verb in `text` and the verb a plural subject takes ("Imaging is needed" -> "Scans are needed", never
    "Scans is needed"). None otherwise."""
    verb = _SINGULAR_VERB_AFTER.match(text, end)
    if verb is None or _PREPOSITION_BEFORE.search(text, max(0, start - 12), start):
        return None
    last = surface.rsplit(None, 1)[-1].lower() if surface.split() else ""
    if _plural_noun(last) and last not in _ONE_THING_IN_S:
        return None  # the term was plural already, and so was its verb's agreement
    if _CLAUSE_WORDS.intersection(plain.lower().split()):
        return None
    head_phrase = _AFTER_THE_HEAD.split(plain, 1)[0].split()
    if len(head_phrase) > 2 and head_phrase[0].endswith("ing") and head_phrase[1].lower() in _OBJECT_OPENERS:
        return None  # "eating fewer calories" is one act, never a plural ("bleeding gums" is a plural)
    head = head_phrase[-1].lower() if head_phrase else ""
    if not head.endswith("s") or not _plural_noun(head) or head in _ONE_THING_IN_S:
        return None
    return verb.end(), verb.group(1) + _FOR_A_PLURAL[fold(verb.group(2))]
