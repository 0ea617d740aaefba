"""Whether a word can only name or describe a thing, from WordNet's word lists in spacy-lookups-data.

plainspeak runs no tagger (a blank spaCy pipeline is all it needs, and a tagger would cost most of
its speed), so the rewriter asks these lists when it must know a word's class: a noun term directly
before a word that can only be a noun or an adjective there is modifying it ("apnea test", "stoma
powder"), and plain words with a phrase after their head cannot stand there ("pause in breathing
test", "opening made by surgery powder").
"""

from __future__ import annotations

import threading
from typing import Any

from ..document import word_key

# words that join, point or help a verb: never the noun a term describes, whatever WordNet lists
# ("outpatient or inpatient", "at" is a coin in WordNet)
FUNCTION_WORDS = frozenset("""
a an the this that these those it its at in on of to for by with from as or and but nor so yet if than then
is are was were be been being am can could may might must shall should will would do does did has have had
not no up out off over under about into onto upon per via who whom whose which what when where while why how
all any each every either neither both some such more most less least much many few own other only very too
also just even still i me my we us our you your he him his she her they them their one
because until after before during within without
""".split())

_lock = threading.Lock()
_classes: dict[str, frozenset[str]] | None = None


def _word_classes() -> dict[str, frozenset[str]]:
    """WordNet's base forms by class ("noun", "verb", "adj", "adv"), loaded once, on first use."""
    global _classes
    if _classes is None:
        with _lock:
            if _classes is None:
                from spacy.lookups import load_lookups

                table: Any = load_lookups("en", ["lemma_index"]).get_table("lemma_index")
                _classes = {pos: frozenset(table.get(pos, ())) for pos in ("noun", "verb", "adj", "adv")}
    return _classes


def warm_word_classes() -> None:
    _word_classes()


def names_or_describes(word: str, after_a_singular: bool) -> bool:
    """True for a word that here can only be a noun or an adjective: one that is never a verb
    ("activity", "cells", "respiratory"), or, after a singular noun, a noun in its base form that
    could be a verb only with a plural subject ("apnea test", "stoma powder"). Adverbs, verb forms
    ("occurs", "rose" of "rise") and words the lists do not know are False."""
    low = word.lower()
    if low in FUNCTION_WORDS:
        return False  # WordNet lists "at" (a coin), "can" and "will" as nouns
    base = word_key(low)
    if base != low and low not in (base + "s", base + "es"):
        return False  # "rose" (of "rise"), "remains": forms that can be verbs
    classes = _word_classes()
    if base not in classes["noun"] and base not in classes["adj"] or base in classes["adv"]:
        return False
    return base not in classes["verb"] or (after_a_singular and base == low and base in classes["noun"])


def may_be_noun(word: str) -> bool:
    """True for a word the lists know as a noun, whatever else it may be ("values", "results"): the
    caller's context must decide that it is one here."""
    low = word.lower()
    return low not in FUNCTION_WORDS and low not in ("there", "here") and word_key(low) in _word_classes()["noun"]
