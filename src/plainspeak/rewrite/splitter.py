"""Shorter sentences: split long sentences at safe clause boundaries, and drop empty openers.

The Flesch-Kincaid family weighs words per sentence heavily, and a plain-language editor's first
move is to cut a long sentence where a new clause starts. This rewriter does only that, and only
where the cut cannot change what the sentence says:

- a cut is made at "; ", ", and / but / so / or / because / since / as", ", although / though /
  whereas / while", ", so that", ", and then / , then / and then", a spaced dash or ", which", and
  only when what follows is a new clause: a subject ("you", "it", "the ...", "your ...") with a
  finite verb, or (after "; " or after ", and (then)" in a sentence that gave an instruction)
  another instruction;
- ", and" goes (", and you" -> ". You"); "but", "so", "or" stay (", but" -> ". But"); ", which can"
  becomes ". This can" (never ", which is": that describes a noun "This" would not point back to);
  a reason keeps its link (", because it" -> ". This is because it"); a concession or a contrast
  becomes "But" (", although you may" -> ". But you may"; "while" only before "others", "most"...
  or "may": elsewhere it tells a time); a purpose after an instruction becomes "That way," (", so
  that the drop is" -> ". That way, the drop is"); a next step keeps "Then" (", and then tilt" ->
  ". Then tilt"); an empty opener after ", and" goes with the cut (", and it is important to
  finish" -> ". Finish"); a series of three or more orders becomes one sentence per order, and
  never loses only its last one (a comma splice);
- both pieces keep at least `min_words` words, and only sentences over `long_sentence_words` words
  are cut: paragraphs, and list items written as full sentences; never headings, labelled fields,
  table rows, list items that are fragments, or sentences that hold a dose (a sig line);
- never inside brackets or quotes, after a colon (a list), right after a number, after the short
  item of a list ("Your heart, your lungs, and the muscles will ..."), while a subordinate clause is
  open or a condition reaches over the cut ("If X, A, and B": B is conditional too), inside a
  paired construction ("not only ..., but"), or at ", or" after a negation (the "or" may sit in its
  scope: "Do not lift, push, or pull ...").

A clause after ", and" / ", but" / ", so" / "; " may also open with a subordinate clause of its own
(", and because warfarin raises ..., it must" -> ". Because warfarin raises ..., it must") or a short
phrase ("..., and during that period you should" -> ". During that period you should"), or have a
longer or listed subject after one main clause ("..., and the mask, tubing and water chamber should be
washed"); ", and so" is a result like ", so"; ", which" + a verb in -s (". This explains"), ", after
which" / ", during which" (". After that," / ". During this,"), ", so that" after an order in the
passive ("is to be worn ..., so that" -> ". That way,"), and ", since" + a plural noun and a present
verb are cut too. No cut separates a term the glossary bracketed from its next mention (the glossary
explains once a sentence: a second run would rewrite the mention in a sentence of its own).

A subject with an aside that says what it is ("The stent, a small mesh tube, keeps ...") becomes "The
stent is a small mesh tube. It keeps ...": only a thing (never a person, who would become "It"), named
at the start of the sentence, with a singular verb after the aside; "X, also called Y, is ..." becomes
"X is also called Y. It is ..." when Y is a term the glossary knows; "..., which is a ..." after such a
term becomes ". This is a ...".

People named by a list of what they do, at the start of an instruction ("Patients who take A, B,
or C should ask ...") become a sentence of their own: "Some patients take A, B, or C. These patients
should ask ...".

A sentence that lists three or more conditions, each with its own "if" ("Call 911 if A, if B, or if
C"), becomes the instruction and a bulleted list of the conditions (a reason after the last one,
", since these may ...", is for all of them and follows the list as "This is because these may ..."). So does an order with a list of
things someone has or notices ("If you have A, B, or C, call ..." -> "Call ... if you have any of
these:"), and an order that ends its paragraph with examples ("..., such as:"), but only when the
list reads exactly as the sentence did (see `_symptom_list` and `_example_list`).

Openers that carry no fact ("Please note that", "It is important that you") are dropped at the start
of a sentence; what follows is then an instruction ("It is essential that you weigh yourself" ->
"Weigh yourself"), because the subjunctive after them is the same form as the imperative.

Every proposal must pass the guard (numbers, doses, negations, sides... kept). The rules look only at
the piece of sentence between cuts, so running the splitter on its own output proposes nothing.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Document, Sentence
from ..model import Edit
from ..lexicon import is_drug_name
from .guard import check

# The readability layer's default long-sentence limit (readability.LONG_SENTENCE_WORDS); repeated,
# not imported, because rewrite sits beside readability and never imports it.
LONG_SENTENCE_WORDS = 20
MIN_WORDS = 5
REASON = "split-sentence"
FILLER_REASON = "filler"

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")  # readability's word, so "long" means the same thing
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*|[^\sA-Za-z0-9]")
_NUMBER = re.compile(r"\d")

# --- what makes a new clause ----------------------------------------------------------------------

# A pronoun subject is followed by its verb straight away ("you feel", "it heals").
PRONOUN_SUBJECTS = frozenset("you we they it he she i".split())
# A determiner starts a noun phrase; it is a subject only when a finite verb from FINITE_VERBS
# follows within SUBJECT_SPAN words ("the stitches will dissolve", never "the groceries").
DETERMINER_SUBJECTS = frozenset("your our their its this these those the most some many a an each there".split())
SUBJECT_SPAN = 5
# After "A, B, and", the words between the last comma and the "and" are a list item when they are
# this few: "Your heart, your lungs, and the muscles will ..." is one subject, not two clauses.
LIST_ITEM_WORDS = 3
FINITE_VERBS = frozenset(
    """can cannot can't could couldn't may might must shall should shouldn't will won't would wouldn't
    is isn't are aren't was wasn't were weren't has hasn't have haven't had do does doesn't don't did didn't
    helps means needs causes keeps makes takes lowers raises feels gets goes comes works lasts heals starts
    stops becomes depends happens leads lets protects reduces prevents increases affects""".split()
)
# The same verbs as a plural subject uses them ("these benefits depend"), and a few more; taken as a
# verb only right after a plural noun, since most of them are nouns too ("the increase", "a cause").
PLURAL_VERBS = frozenset(
    """help mean need cause keep make take lower raise feel get go come work last heal start stop become
    depend happen lead let protect reduce prevent increase affect show improve return occur develop appear
    pass shows improves returns occurs develops appears passes notice find stretch recover""".split()
)
# ", which" becomes ". This" only before a verb that tells what something does or may do ("which
# can", "which helps"): "which is the most common problem" describes a noun, which "This" would not
# point back to.
WHICH_VERBS = FINITE_VERBS - frozenset(
    "is isn't are aren't was wasn't were weren't has hasn't have haven't had do does doesn't don't did didn't".split()
)
# Words that cannot be the verb right after a pronoun: "..., and you and your family" is a list.
NOT_A_VERB = frozenset(
    """and or but nor to of in on at for with by from about as than so too also the a an your our their my
    his her its this these that those who which what""".split()
)
# Words in -ly that are not adverbs: "family", "supply", "daily" (a noun or an adjective before a noun).
NOT_ADVERBS = frozenset("family supply reply apply rely ally belly jelly daily weekly monthly yearly early only "
                        "elderly likely unlikely lonely friendly holy ugly silly curly bully".split())
# Without a determiner, a subject is trusted only before one of these (they are finite verbs and
# nothing else) and only when it is this short: "larger stones may", "symptoms can".
MODALS = frozenset("can cannot can't could couldn't may might must shall should shouldn't will won't would wouldn't".split())
BARE_SUBJECT_WORDS = 3
# A quantifier may stand for its noun ("although most become used to it", "while others heal"): a
# subject then, when a verb follows straight away.
QUANTIFIER_SUBJECTS = frozenset("most many some others few both all".split())
CLAUSE_WORDS = frozenset("if when while because since unless until after before whether how why where us them him me".split())
# A noun phrase that has a relative clause before its verb is not a simple subject: "and the foods
# that are salty" ends a list.
RELATIVES = frozenset("that which who whom whose".split())
# Subordinating words: until a comma closes their clause, a cut would break it.
SUBORDINATORS = frozenset("if unless until when whenever while whether although though because since".split())
# A condition or a time also covers every clause joined after it: in "If your child needs albuterol
# often, the asthma is not controlled, and you should call", the call is conditional too, and a cut
# would make it an order. Only a semicolon, a writer's full stop, ends their reach.
SCOPE_SUBORDINATORS = frozenset("if unless until when whenever while whether once".split())
# The first half of a paired construction: its second half must stay in the same sentence.
PAIRED = re.compile(r"\b(?:not only|either|neither|whether)\b", re.IGNORECASE)
# "avoid" counts: "Avoid salt, sugar, or ..." forbids every item, like "Do not eat ...".
NEGATIONS = frozenset(
    """no not never none nor neither without cannot can't don't doesn't didn't won't isn't aren't
    shouldn't mustn't avoid""".split()
)
# ", so you can" is a purpose ("so that you can"): cut off it would be a fragment.
PURPOSE_VERBS = frozenset("can could will would may might".split())
# "as" gives a reason only before a modal ("as these may cause"); before other verbs it often tells
# a time or a manner ("as you walk", "as it is written"), which a cut would lose.
REASON_VERBS = PURPOSE_VERBS | {"should", "must"}
# "since" tells a time with a past ("since you left"), a reason with a present ("since it helps").
PRESENT_VERBS = frozenset("""is isn't are aren't does doesn't helps means needs causes keeps makes takes lowers
    raises feels gets works lasts heals stops becomes depends happens leads lets protects reduces prevents
    increases affects""".split())

# Words after a comma that open a phrase, never an order of a series: "..., at the same time each day"
NOT_AN_ORDER = frozenset("""at in on for with without by from to after before during until as about over under into
    through around near like including such even especially if when while unless because since so then or and
    but not only once every each all both than instead exactly just right""".split())
# Verbs that start an instruction. After ", and" an instruction is cut off only when the sentence
# started with one too, so both halves speak to the reader ("Your doctor will check it, and call
# you" has a subject, "your doctor", that a cut would lose). Only words that are rarely nouns at the
# start of a sentence.
INSTRUCTIONS = frozenset(
    """take call wash use keep avoid drink eat check weigh tell ask bring wear remove apply place put raise
    elevate rest walk record limit inspect schedule contact notify seek go return stop start continue pat
    rinse hold press wait shake exhale inhale breathe seal make write clean cover leave perform try
    remember choose cut sit stand lie get give let throw store dry empty fill follow note watch look plan
    read learn reduce change move lift tilt allow begin mix be lean bend squeeze relax repeat show aim
    inject present swallow chew stay carry wipe replace talk see monitor measure sip protect prepare
    ensure consult discuss inform soak turn fold attach insert twist recheck dispose treat remain""".split()
)
# A dose in a sentence makes it a dose instruction or a sig ("Take 1 tablet by mouth 2 times a
# day, with food"): such a sentence is never cut. A lab value ("130 mg/dL") is not a dose.
DOSE = re.compile(r"\d(?:[\d,.]*\d)?\s?(?:mg|mcg|µg|g|ml|mL|L|units?|tablets?|tabs?|capsules?|caps?|puffs?|drops?"
                  r"|teaspoons?|tablespoons?|sprays?|patch(?:es)?)\b(?!/d?[lL]\b)")

# a concession or a contrast: ", although it may" -> ". But it may"
CONCESSIONS = frozenset("although though whereas while".split())
# "that" after these opens what is said or shown ("evidence that", "sure that")
REPORTING = frozenset("""evidence show shows showed shown suggest suggests suggested sure mean means meant note know
    knows say says said think believe found find finds report reports reported likely possible true clear
    important seems appears confirm confirms confirmed indicate indicates indicated""".split())
# ", while" is a contrast before these ("while others heal faster"), not a time
CONTRAST_SUBJECTS = frozenset("some others other most many few".split())
# a reason's subject may be this long before its helper verb ("since flushing medicines down the toilet can")
REASON_SUBJECT_WORDS = 7
# words that end or start something else than a subject: "as soon as you can", "so that it can"
NOT_IN_A_SUBJECT = frozenset("as than so to that what".split())
# "as you may know": after these the "as" comments, it gives no reason
AS_ASIDE_VERBS = frozenset("know remember see expect recall have".split())

# A clause after ", and" / ", but" / ", so" / "; " may open with a subordinate clause of its own, closed by
# a comma ("..., and because warfarin raises the risk of bleeding, it must be stopped"), or with a short
# phrase of time or place ("..., and during that period you should ..."): the opener belongs to the
# clause after it, so a cut before it keeps both together.
OPENING_SUBORDINATORS = frozenset("if when whenever because since although though once unless until after before while".split())
OPENING_PREPOSITIONS = frozenset("during after before in at for within over from until by on".split())
OPENER_WORDS = 20  # the subordinate clause of an opener, up to its comma
OPENER_PHRASE_WORDS = 4  # the words after the preposition of a phrase opener ("that period", "the first week")
# A subject longer than `_clause_verb` reads, or a list, before a helper verb: "..., and the mask, tubing
# and water chamber should be washed", "..., and swimming pools, hot tubs and eye makeup should be avoided"
LISTED_SUBJECT_WORDS = 10
SUBJECT_PREPOSITIONS = frozenset("of with for from in on".split())
BE_VERBS = frozenset("is are was were".split())  # finite and nothing else, like a helper verb

# --- where a cut may go ---------------------------------------------------------------------------

# (kind, pattern); group "conj" is the conjunction when there is one
_CANDIDATES = re.compile(
    r"(?P<semi>;)(?P<ws_semi>\s+)"
    r"|(?P<comma>,)(?P<ws_comma>\s+)(?P<conj>and[ \t]+then|and[ \t]+so(?![ \t]+that\b)|and|but|so[ \t]+that|so|or|because|since|as|although|though"
    r"|whereas|while|then)(?P<ws_conj>\s+)"
    r"|(?P<then>[ \t]+and[ \t]+then)(?P<ws_then>[ \t]+)"
    r"|(?P<which>,)(?P<ws_which>\s+)which(?=\s)"
    r"|(?P<whence>,)(?P<ws_whence>\s+)(?P<prep>after|during)[ \t]+which(?=\s)"
    r"|(?P<dash>[ \t]+(?:—|–|--|-)(?P<ws_dash>[ \t]+))"
)
# a linking adverb and its comma after a semicolon, kept at the start of the new sentence
_CONNECTIVE = re.compile(r"(?:however|otherwise|instead|also|then|still|meanwhile|in addition|for example|in fact),[ \t]+",
                         re.IGNORECASE)
_BRACKETED = re.compile(r"[ \t]*\([^()\n]*\)")
_DASHES = re.compile(r"[ \t](?:—|–|--|-)[ \t]")
_OPEN = {"(": ")", "[": "]", "{": "}"}
_QUOTES = ('"', "“", "”")

# --- empty openers --------------------------------------------------------------------------------

# (pattern at a sentence start, replacement): rules as data. After the replacement the next word is
# capitalised. "It is important that you not ..." is left alone: "Not ..." would not be a sentence.
FILLERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:please be advised|please note|it should be noted|it is (?:important|worth) (?:to note|noting))"
                r" that\s+", re.IGNORECASE), ""),
    (re.compile(r"it is (?:very |extremely |really |most )?(?:important|essential|imperative|critical|crucial|vital|necessary)"
                r" (?:that you|for you to|to)\s+(?=[a-z])(?!(?:not|never|you|your|be able)\b)", re.IGNORECASE), ""),
    # "Patients are ..." becomes an instruction to the reader only when no "they" points back to them
    (re.compile(r"(?:you are|patients are(?![^.!?]*\b(?:they|their|them|themselves)\b)) encouraged to\s+(?=[a-z])",
                re.IGNORECASE), "try to "),
)


# (start, end, replacement, reason) in one sentence's text
_Change = tuple[int, int, str, str]


class SentenceSplitter:
    """Proposes edits that cut long sentences and drop empty openers. Read-only after construction."""

    name = "splitter"

    def __init__(self, long_sentence_words: int = LONG_SENTENCE_WORDS, min_words: int = MIN_WORDS,
                 known_words: frozenset[str] = frozenset()):
        self.long_sentence_words = long_sentence_words
        self.min_words = min_words
        # single words (lower case) known to name a thing, not a person: a glossary's terms. A
        # subject without a determiner ("Jaundice, a yellowing of the skin, ...") must be one of them,
        # or a medicine, because a name ("Maria, a nurse, will ...") would become "It".
        self.known_words = known_words

    def propose(self, doc: Document) -> list[Edit]:
        """Edits of `doc.text`, in order, never overlapping, each one passing the guard."""
        edits: list[Edit] = []
        for sentence in doc.sentences:
            if not _splittable(doc.text, sentence):
                continue
            text = doc.text[sentence.start:sentence.end]
            if sentence.block == "paragraph" and len(_WORD.findall(text)) > self.long_sentence_words:
                listed = (_condition_list(doc.text, sentence.start, sentence.end)
                          or _symptom_list(doc.text, sentence.start, sentence.end)
                          or _example_list(doc.text, sentence.start, sentence.end))
                if listed is not None and not check(listed.before, listed.after, trusted=True):
                    edits.append(listed)
                    continue
            own = list(_filler(text))
            # a pair of dashes marks an aside (a cut would leave half of it behind); a dose, a sig line
            if len(_WORD.findall(text)) > self.long_sentence_words and len(_DASHES.findall(text)) < 2 and not DOSE.search(text):
                if not own:
                    own = (_appositive(text, self.known_words) or _relative(text, self.min_words)
                           or _which_is(text, self.known_words))
                own = self._cut_until_done(text, own)
            for start, end, after, reason in own:
                if not check(text, text[:start] + after + text[end:], trusted=True):
                    edits.append(Edit(sentence.start + start, sentence.start + end, text[start:end], after, reason, self.name))
        return edits

    def _cut_until_done(self, text: str, edits: list[_Change]) -> list[_Change]:
        """Cuts made piece by piece until no piece takes another. A later run sees each piece as a
        sentence of its own, so deciding on the pieces now is what makes it propose nothing; and some
        cuts are safe only once a later one is made ("Limit salt, because it ..., and reduce meat":
        the reason can stand alone only after ", and reduce" has become its own sentence)."""
        while True:
            current, placed = _apply(text, edits)
            # a piece starts after the full stop a cut wrote (the last one, when it wrote a sentence)
            starts = [0] + [cur + _last_stop(change[2]) + 1 for cur, _end, change in placed if change[3] == REASON]
            ends = starts[1:] + [len(current)]
            found = []
            for a, b in zip(starts, ends):
                for start, end, after, reason in self._piece_cuts(current[a:b]):
                    start, end = _to_text(a + start, placed), _to_text(a + end, placed)
                    if start is not None and end is not None:
                        found.append((start, end, after, reason))
            if not found:
                return edits
            edits = sorted(edits + found)

    def _piece_cuts(self, piece: str) -> list[_Change]:
        """The cuts of one piece of a sentence, left to right; each new piece keeps `min_words` words."""
        cuts: list[_Change] = []
        piece_start = 0
        for m in _CANDIDATES.finditer(piece):
            if m.start() < piece_start:
                continue
            before, rest = piece[piece_start:m.start()], piece[m.end():]
            if _words(before) < self.min_words or _words(rest) < self.min_words:
                continue
            if not _outside_brackets_and_quotes(piece, m.start()) or ":" in piece[:m.start()]:
                continue
            # an order cannot continue a reason ("because it raises ..., and eat less"): it goes back to
            # the order the piece began with, past any open "because"
            orders = _instruction(before) and _instruction(rest)
            if _ends_in_number(before) or _ends_in_link(before) or not _subordinates_ok(before, _joins(m), orders):
                continue
            if _repeats_bracketed(before, rest):
                continue
            cut = _cut(m, rest, before)
            series = _series_cuts(piece, piece_start, m, self.min_words) if cut is None else []
            if cut is not None or series:
                cuts.extend(series or [cut])
                piece_start = m.end()
        return cuts


def _repeats_bracketed(before: str, rest: str) -> bool:
    """Whether a word the glossary put in brackets before the cut ("collapsed lung (pneumothorax)") comes
    again after it ("..., and in cases of spontaneous pneumothorax ..."): the glossary explains a term
    once a sentence, so in a sentence of its own the second mention would be rewritten by a second
    run, and simplifying the output again would change it."""
    return any(re.search(r"\b" + re.escape(b.strip()) + r"\b", rest, re.IGNORECASE)
               for b in re.findall(r"\(([^()]*)\)", before) if len(b.strip()) > 3)


def _last_stop(after: str) -> int:
    """Where the last full stop that ends a sentence sits in a cut's new words ("." + " Then": 0)."""
    return max(m.start() for m in re.finditer(r"\.(?=\s|$)", after))


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


def _apply(text: str, changes: list[_Change]) -> tuple[str, list[tuple[int, int, _Change]]]:
    """`text` with the changes made, and where each change landed (start, end in the new text)."""
    out: list[str] = []
    placed: list[tuple[int, int, _Change]] = []
    pos = size = 0
    for change in changes:
        start, end, after, _reason = change
        out.append(text[pos:start])
        size += start - pos
        placed.append((size, size + len(after), change))
        out.append(after)
        size += len(after)
        pos = end
    out.append(text[pos:])
    return "".join(out), placed


def _to_text(pos: int, placed: list[tuple[int, int, _Change]]) -> int | None:
    """A position of the changed text in the text before the changes; None inside a change."""
    shift = 0
    for start, end, (old_start, old_end, _after, _reason) in placed:
        if pos < start or (pos == start and start == end):
            break
        if pos < end:
            return None
        shift += (end - start) - (old_end - old_start)
    return pos - shift


def _cut(m: re.Match[str], rest: str, before: str) -> _Change | None:
    """The edit (start, end, replacement, reason) for one candidate, or None when it is unsafe."""
    if m.group("whence"):
        # "..., after which a cane may be used" -> ". After that, a cane may be used": a time that the
        # clause after it starts from, up to the end of the sentence (a comma might close the aside)
        if "," in rest or ";" in rest or (_clause_verb(_BRACKETED.sub("", rest)) is None and _listed_subject_verb(rest) is None):
            return None
        link = "After that," if m.group("prep").lower() == "after" else "During this,"
        return m.start(), m.end(), "." + m.group("ws_whence") + link, REASON
    if m.group("which"):
        verb = _first_words(rest, 1)
        if verb and verb[0].lower() in ("are", "were") and "," not in rest and ";" not in rest and _ends_in_plural(before):
            # "polyps, which are growths that ..." -> "polyps. These are growths that ...": "are" agrees
            # only with a plural, so "These" points back to the noun right before, and to nothing else
            return m.start(), m.end(), "." + m.group("ws_which") + "These", REASON
        if not verb or not (verb[0].lower() in WHICH_VERBS or _s_verb(verb)) or ";" in rest or not _list_commas_only(rest):
            return None  # a comma may close the aside, with the main clause going on after it
        # always "This": the verbs allowed agree with it, and "These" would need the antecedent,
        # which the last word does not tell ("the chance of bleeding from cuts, which may")
        return m.start(), m.end(), "." + m.group("ws_which") + "This", REASON
    conj = _conjunction(m)
    clause = rest
    linked = None
    if m.group("semi"):
        linked = _CONNECTIVE.match(rest)  # "; however, you should": the clause starts after the link
        clause = rest[linked.end():] if linked else rest
    # a bracket the glossary wrote after a word ("your heart doctor (cardiologist) will") is no
    # part of the clause's shape
    verb = _clause_verb(_BRACKETED.sub("", clause))
    if verb is None and (conj in ("because", "since", "as") or conj in CONCESSIONS):
        verb = _reason_verb(clause)  # "since flushing medicines can harm ...": a longer subject
    if verb is None and conj == "because" and not re.search(r"[,;:]", rest):
        # "because" gives a reason whatever its clause looks like ("because a mask that is too tight
        # can ..."): "This is because" takes it whole, as long as nothing comes after it
        verb = next((w for w in (x.lower() for x in _first_words(rest, 12)) if w in FINITE_VERBS), None)
    if verb is None and (m.group("semi") or (conj in ("and", "and then", "then") and _instruction(before)
                                             and (not _negated(_main_clause(before)) or _negative_instruction(clause)))
                         or (conj == "but" and _instruction(before)) or conj == "so"):
        # two instructions: "Wash the area gently, and pat it dry" -> "... gently. Pat it dry"; a
        # negation might reach over the "and" ("Do not lift the baby, and carry ..."), so it stops it,
        # unless the second one has its own ("Do not rub your eye, and do not swim"); an order after
        # "so" draws a conclusion, which no negation before it reaches ("..., so ask for sauces on the side")
        # a semicolon ends a series of its own ("Remove X, season Y; rinse Z": the first two stay joined)
        verb = "(you)" if _instruction(clause) and (m.group("semi") or not _series(before)) else None
    if verb is None and (conj in ("because", "since") or conj in CONCESSIONS):
        verb = _listed_subject_verb(clause)  # "although complete darkness and total isolation are not needed"
    if verb is None and (m.group("semi") or conj in ("and", "but", "so")):
        # "..., and because warfarin raises ..., it must": a clause that opens with its own subordinate
        # clause or phrase; "..., and the mask, tubing and water chamber should be washed": a long subject
        verb = _opener_verb(clause, before) or (_listed_subject_verb(clause) if conj in ("", "and") and _one_clause(before)
                                                else None)
    if verb is None:
        return None
    filler = next(((f, r) for f, r in ((p.match(rest), r) for p, r in FILLERS) if f), None)
    if filler is not None and (conj not in ("", "and") or linked):
        return None  # a clause whose opener a later run would drop (idempotence)
    if conj and PAIRED.search(before):
        return None
    if conj == "or" and _negated(before):
        return None
    if conj in ("and", "or", "and then", "then") and _ends_in_list_item(before):
        return None  # "Your heart, your lungs, and the muscles will ...": the last item of a subject
    if conj == "so" and verb in PURPOSE_VERBS:
        return None
    if (conj == "as" and ((verb not in REASON_VERBS and not _points_back(clause)) or _aside_as(clause))
            or (conj == "since" and verb not in REASON_VERBS | PRESENT_VERBS and not _plural_present(clause, verb))):
        return None  # "as you walk", "since you left" tell a time, not a reason; "as it may" is a reason
    if conj in ("because", "since", "as", "although", "though", "whereas", "while") and _goes_back(rest):
        return None  # "Limit salt, because it ..., and reduce meat": the reason sits inside the order
    if conj in CONCESSIONS and (_resumes(rest) or _reported(before)):
        # "and, while severe cases may need surgery, can give ...": the main clause goes on after the
        # aside; "there is evidence that some cases ..., while others ...": the contrast is part of
        # what the evidence says, and a sentence of its own would state it as a fact
        return None
    if conj in ("because", "since", "as"):
        # the reason keeps its link: ", because it" -> ". This is because it"
        return m.start("comma"), m.end("conj"), "." + m.group("ws_comma") + "This is because", REASON
    if conj in ("although", "though", "whereas") or (conj == "while" and _contrast_while(clause, verb)):
        # a concession or a contrast stays one: ", although it may" -> ". But it may"
        return m.start("comma"), m.end("conj"), "." + m.group("ws_comma") + "But", REASON
    if conj == "while":
        return None  # "while the wound heals" tells a time, which a cut would lose
    if conj == "so that":
        # a purpose after an instruction: "Wait 5 minutes, so that the drop is not washed out" -> ". That
        # way, the drop ..."; never after a statement, where it may tell a result ("Antibiotics can
        # weaken birth control pills, so that you should use a condom")
        if not (_instruction(before) or _passive_order(before)):
            return None
        return m.start("comma"), m.end("conj"), "." + m.group("ws_comma") + "That way,", REASON
    if conj in ("and then", "then"):
        # the order of steps stays: ", and then tilt" -> ". Then tilt"; never the "then" that closes
        # a clause opening the sentence ("After the nurse removes the drain, then you can shower")
        opener = _first_words(before, 1)
        if opener and opener[0].lower() in SUBORDINATORS | {"after", "before", "once", "as"}:
            return None
        if m.group("then"):
            return m.start("then"), m.end("then"), ". Then", REASON
        return m.start("comma"), m.end("conj"), "." + m.group("ws_comma") + "Then", REASON
    if conj in ("but", "so", "or"):
        # keep the conjunction, capitalised: ", but" -> ". But"
        start = m.start("comma")
        end = m.end("conj")
        return start, end, "." + m.group("ws_comma") + conj.capitalize(), REASON
    # "; you", ", and you", " — you": the first word of the new sentence gets its capital
    ws = m.group("ws_semi") or m.group("ws_dash") or m.group("ws_conj")
    if m.group("comma") and "\n" in m.group("ws_comma"):
        ws = m.group("ws_comma")  # ",\nand you": the line break stays
    # an opener that carries no fact goes with the cut: ", and it is important to complete" -> ". Complete"
    skip, new = (filler[0].end(), filler[1]) if filler is not None else (0, "")
    first = re.match(r"[A-Za-z]+", rest[skip:])
    if first is None:
        return None
    word = new + first.group(0)
    return m.start(), m.end() + skip + first.end(), "." + ws + word[0].upper() + word[1:], REASON


def _opener_verb(clause: str, before: str) -> str | None:
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
            # where a negation or a series before might reach over it
            if _instruction(tail) and not _series(before) and (not _negated(_main_clause(before)) or _negative_instruction(tail)):
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
    with_verb = [k for k, p in enumerate(words) if any(w in MODALS or w in BE_VERBS or w in ("has", "have", "had") for w in p)]
    return with_verb == [len(parts) - 1]


def _listed_subject_verb(clause: str) -> str | None:
    """The helper verb after a subject that `_clause_verb` does not read, a list or a longer noun
    phrase: "the mask, tubing and water chamber should", "swimming pools, hot tubs and eye makeup
    should", "contact with newborn babies should". Only nouns, determiners, commas, "and"/"or" and a
    few prepositions before a helper verb (which is finite and nothing else), never an order."""
    words = [w.lower() for w in _first_words(_BRACKETED.sub("", clause), LISTED_SUBJECT_WORDS + 1)]
    for k, w in enumerate(words):
        if w in MODALS or w in BE_VERBS:
            subject = words[:k]
            if k < 2 or subject[0] in INSTRUCTIONS or subject[0] in (",", "and", "or") or subject[-1] in (",", "and", "or"):
                return None
            for x in subject:
                if x in (",", "and", "or") or x in SUBJECT_PREPOSITIONS or (x in DETERMINER_SUBJECTS and x != "there"):
                    continue
                if (not x.replace("-", "").isalpha() or x in CLAUSE_WORDS or x in RELATIVES or x in SUBORDINATORS
                        or x in NOT_IN_A_SUBJECT or x in PRONOUN_SUBJECTS or x in FINITE_VERBS or x in NOT_A_VERB
                        or x in NOT_AN_ORDER or x in NEGATIONS):
                    return None  # a preposition or a negation ("without") opens no subject
            return w
    return None


def _list_commas_only(rest: str) -> bool:
    """Whether every comma in `rest` belongs to one closing list of short items ("depending on the
    number, size, and type of polyps"): none of them can close an aside with the main clause going
    on after it."""
    parts = re.split(r",(?!\d)", rest)
    if len(parts) == 1:
        return True
    return (re.match(r"\s+(?:and|or)\s", parts[-1]) is not None and len(parts) >= 3
            and all(0 < _words(p) <= LIST_ITEM_WORDS for p in parts[1:-1]))


def _s_verb(words: list[str]) -> bool:
    """"explains why", "places you", "allows the": after ", which" a word in -s is the verb of the
    clause (a noun there, "which tests may", would come before a verb of its own)."""
    w = words[0].lower()
    nxt = words[1].lower() if len(words) > 1 else ""
    return (w.isalpha() and _plain_s(w, longer_than=4)
            and nxt not in FINITE_VERBS and nxt not in MODALS and nxt not in PLURAL_VERBS)


def _plural_present(clause: str, verb: str) -> bool:
    """"since these activities raise the pressure": a present verb after a plural noun gives a reason,
    like "since it raises" (a pronoun is left out: "since we last saw you" tells a time)."""
    first = _first_words(clause, 1)
    return verb in PLURAL_VERBS and bool(first) and first[0].lower() not in PRONOUN_SUBJECTS


# "should be worn", "is to be kept": an order given in the passive
_PASSIVE_ORDER = re.compile(r"\b(?:should|must|is[ \t]+to|are[ \t]+to)[ \t]+(?:not[ \t]+)?be[ \t]+(?P<part>[a-z]+)\b", re.IGNORECASE)
PARTICIPLES = frozenset("""worn kept taken given done shaken seen put left held made eaten drunk sent set brought
    written told shown""".split())


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


def _conjunction(m: re.Match[str]) -> str:
    """The conjunction of a candidate, lower case and single-spaced ("and then" for ", and then" and
    " and then"); "" for a semicolon, a dash or ", which"."""
    if m.group("then"):
        return "and then"
    conj = " ".join((m.group("conj") or "").lower().split())
    return "so" if conj == "and so" else conj  # ", and so your doctor has" draws a result, as ", so" does


def _reason_verb(rest: str) -> str | None:
    """The helper verb of a reason whose subject is longer than `_clause_verb` reads: "flushing medicines
    down the toilet can harm", "a different mask or a heated humidifier may solve". Only a helper verb
    (which is finite and nothing else), after plain words that open no clause of their own."""
    words = [w.lower() for w in _first_words(rest, REASON_SUBJECT_WORDS + 1)]
    for k, w in enumerate(words):
        if w in MODALS:
            subject = words[:k]
            if subject and subject[0] not in INSTRUCTIONS and all(
                    x.isalpha() and x not in CLAUSE_WORDS and x not in RELATIVES and x not in SUBORDINATORS
                    and x not in NOT_IN_A_SUBJECT and x not in PRONOUN_SUBJECTS for x in subject):
                return w
            return None
    return None


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
    ...", "while most ...") or a possibility ("while full strength may take months"). Elsewhere it
    tells a time ("while the staff watch your heart"), which "But" would lose."""
    first = _first_words(clause, 1)
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


def _adverb_then_verb(words: list[str], k: int) -> bool:
    """An adverb after a noun phrase is followed by its verb: "these effects generally go", "careful
    management substantially reduces"."""
    return (k + 1 < len(words) and len(words[k]) > 4 and words[k].endswith("ly") and words[k] not in NOT_ADVERBS
            and words[k + 1].isalpha() and words[k + 1] not in NOT_A_VERB and words[k + 1] not in RELATIVES)


def _instruction(text: str) -> bool:
    """Whether `text` starts with an instruction: "Take", "Never take", "Do not take", "Please call"."""
    words = [w.lower() for w in _first_words(text, 4)]
    if words[:1] in (["please"], ["then"]):
        words = words[1:]
    if words[:1] == ["always"] or (words and len(words[0]) > 4 and words[0].endswith("ly") and words[0] not in NOT_ADVERBS):
        words = words[1:]  # "Gently pat", "Always wash"
    if words[:1] == ["never"] or words[:2] in (["do", "not"], ["don't"]):
        return True
    return bool(words) and words[0] in INSTRUCTIONS


def _series(before: str) -> bool:
    """Whether `before` may end in a series of orders ("Do not bend your hip, do not cross your legs",
    "Remove the salt shaker, flavor your food with herbs"): the order after ", and" is then its last
    item, and a cut would leave the others joined by a comma alone. Only words that cannot be an
    order's verb after the comma rule it out ("Take it as prescribed, at the same time each day")."""
    if "," not in before:
        return False
    words = _first_words(before.rsplit(",", 1)[1], 1)
    first = words[0].lower() if words else ""
    return not (first in NOT_AN_ORDER or first in DETERMINER_SUBJECTS or first in PRONOUN_SUBJECTS
                or first.endswith(("ly", "ing")) or not first.isalpha())


def _series_cuts(piece: str, piece_start: int, m: re.Match[str], min_words: int) -> list[_Change]:
    """A series of three or more orders, each a full sentence's worth ("Exhale away from the
    mouthpiece, place the mouthpiece between your teeth, and seal your lips around it"), cut into one
    sentence per order: ". Place ...", ". Seal ...". A negation that opens the series reaches over
    all of it ("Do not lift, push, or pull"), so then every order must say its own "do not"."""
    if _conjunction(m) not in ("and", "and then") or not m.group("comma"):
        return []
    rest = piece[m.end():]
    commas = list(re.finditer(r",(\s+)", piece[piece_start:m.start()]))
    bounds = [piece_start] + [piece_start + c.end() for c in commas] + [m.end()]
    orders = [piece[a:b] for a, b in zip(bounds, bounds[1:] + [len(piece)])]
    if len(orders) < 3 or any(not _instruction(o) or _words(o.split(",")[0]) < min_words for o in orders):
        return []
    if _negated(orders[0].split(",")[0]) and not all(_negative_instruction(o) for o in orders):
        return []
    if any(_ends_in_number(piece[:piece_start + c.start()]) or not _outside_brackets_and_quotes(piece, piece_start + c.start())
           for c in commas):
        return []
    cuts = []
    for c in commas:
        start, end = piece_start + c.start(), piece_start + c.end()
        word = re.match(r"[A-Za-z]+", piece[end:]).group(0)
        cuts.append((start, end + len(word), "." + c.group(1) + word[0].upper() + word[1:], REASON))
    if _conjunction(m) == "and then":
        cuts.append((m.start("comma"), m.end("conj"), "." + m.group("ws_comma") + "Then", REASON))
    else:
        word = re.match(r"[A-Za-z]+", rest).group(0)
        ws = m.group("ws_comma") if "\n" in m.group("ws_comma") else m.group("ws_conj")
        cuts.append((m.start(), m.end() + len(word), "." + ws + word[0].upper() + word[1:], REASON))
    return cuts


def _negative_instruction(text: str) -> bool:
    """Whether `text` starts with an order of its own not to: "do not swim", "never take"."""
    words = [w.lower() for w in _first_words(text, 2)]
    return words[:1] in (["never"], ["don't"]) or words == ["do", "not"]


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


def _goes_back(rest: str) -> bool:
    """Whether `rest` goes back to what came before the cut: ", and" + a verb with no subject of its
    own ("Limit salt, because it ..., and reduce meat": "reduce" belongs to "Limit")."""
    return any(_clause_verb(rest[m.end():]) is None for m in re.finditer(r",\s+(?:and|or|but)\s+", rest))


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


def _joins(m: re.Match[str]) -> str:
    """How a candidate joins its clauses: "semicolon", "and" (also "or", a dash: joined on the same
    level), or "other" (but, so, because, which: the second clause stands apart)."""
    if m.group("semi"):
        return "semicolon"
    return "and" if m.group("dash") or _conjunction(m) in ("and", "or", "and then", "then") else "other"


def _subordinates_ok(before: str, joins: str, orders: bool = False) -> bool:
    """False while a subordinate clause ("if you feel dizzy") is still open (no comma has closed it),
    or when a condition or a time may reach over the cut: one that opens the piece reaches over any
    comma ("If X, A, and B": B is conditional too), a trailing one over "and" ("Call us if you have
    a fever, and stay home"). A semicolon ends a trailing clause ("Call us if you bleed; you may
    need ..."), so there only a clause that opens the piece counts."""
    words = [w.lower() for w in _TOKEN.findall(before)]
    if words and words[0] in SCOPE_SUBORDINATORS and joins != "semicolon":
        return False
    if joins == "and" and any(w in SCOPE_SUBORDINATORS for w in words):
        return False
    if orders or joins == "other":
        # ", but" / ", so" / ", because" close a trailing clause ("They can play sports when it is
        # controlled, but an attack can be dangerous"): the contrast or reason is the main clause's
        return True
    # "as" opens a clause only at the start ("As X is ..."); elsewhere it is mostly "as needed"
    opened = [i for i, w in enumerate(words)
              if (w in SUBORDINATORS and joins != "semicolon") or (i == 0 and (w in SUBORDINATORS or w == "as"))]
    return not opened or "," in words[opened[-1]:]


def _outside_brackets_and_quotes(text: str, pos: int) -> bool:
    depth = 0
    for ch in text[:pos]:
        if ch in _OPEN:
            depth += 1
        elif ch in _OPEN.values():
            depth = max(0, depth - 1)
    quotes = sum(text[:pos].count(q) for q in _QUOTES)
    return depth == 0 and quotes % 2 == 0


# "Call 911 if A, if B, or if C.": the conditions of one instruction, each led by its own "if"
_CONDITION_SEPARATOR = re.compile(r",[ \t]+(or[ \t]+)?if[ \t]+")
_NOT_IN_A_CONDITION = re.compile(r"\b(?:if|unless|when|whether|and if)\b|[;:()\[\]\"“”\n]", re.IGNORECASE)
MIN_CONDITIONS = 3


# "Warfarin, a blood thinner, can cause bleeding": a subject, what it is, and its verb
_APPOSITIVE = re.compile(r"(?P<subject>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}),[ \t]+"
                         r"(?P<what>(?:an?|also[ \t]+called|also[ \t]+known[ \t]+as)[ \t][^,;:()\[\]\n\"“”]{2,120}?),"
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


def _appositive(text: str, known_words: frozenset[str] = frozenset()) -> list[_Change]:
    """"X, a Y, verb ..." -> "X is a Y. It verb ...": a sentence whose subject comes with an aside that
    says what it is, cut in two the way plain-language editors do ("X, also called Y, verb ..." -> "X is
    also called Y. It verb ..."). Only a short subject at the start
    of the sentence (never after "In adults," or "If ..."), an aside that starts with "a", "an",
    "also called" or "also known as", and
    a singular finite verb right after it ("Jaundice, a yellowing of the skin, happens in ...")."""
    m = _APPOSITIVE.match(text)
    if m is None:
        return _closing_appositive(text, known_words)  # no aside after the subject: one at the end?
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
    rest = text[m.end():]
    verb = _first_words(rest, 2)
    if not verb:
        return []
    first = verb[0].lower()
    if first not in _IT_VERBS and not (len(verb) > 1 and first.endswith("ly") and verb[1].lower() in _IT_VERBS):
        return []
    if _words(m.group("subject") + " is " + m.group("what")) < MIN_WORDS:
        return []
    return [(m.end("subject"), m.start("what"), " is ", APPOSITIVE_REASON),
            (m.end("what"), m.end("ws"), "." + m.group("ws") + "It ", REASON)]


# "..., an infection of the lung tissue that ...": an aside that says what the last noun is, up to the
# end of the sentence
_CLOSING_APPOSITIVE = re.compile(r",(?P<ws>[ \t]+)(?=an?[ \t]+(?P<what>[^;:()\[\]\n\"“”]+)$)")
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
    last = words[-1].lower() if words else ""
    if not (last in known_words or is_drug_name(last)) or _is_person(last):
        return []
    segment = text[:m.start()].rsplit(",", 1)[-1].lower()
    if re.search(r"\b(?:including|such as|like|and|or|and/or)\b", segment):
        return []
    if _words(text[:m.start()]) < MIN_WORDS or _words(m.group("what")) < MIN_WORDS:
        return []
    return [(m.start(), m.end(), "." + m.group("ws") + "This is ", REASON)]


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


def _condition_list(text: str, start: int, end: int) -> Edit | None:
    """People named by a list of what they do, at the start of an instruction ("Patients who take A, B,
or C should ask ...") become a sentence of their own: "Some patients take A, B, or C. These patients
should ask ...".

A sentence that lists three or more conditions, each with its own "if" ("Call 911 if your
    child is struggling to breathe, if the skin ... pulls inward, or if their lips turn blue."), as
    the instruction and a bulleted list of its conditions, the way plain-language guides write them:
    each condition keeps its words, and "if any of them" is what the repeated "if" and the final
    "or" said. Only when the pattern is exact: one "if" before the first condition, ", if" between
    them and ", or if" before the last."""
    sentence = text[start:end]
    stop = sentence[-1] if sentence[-1] in ".!" else ""
    body = sentence[:len(sentence) - len(stop)]
    first = re.search(r"[ \t]if[ \t]+", body)
    if first is None or len(_WORD.findall(body[:first.start()])) < 2:
        return None
    head, rest = body[:first.start()], body[first.end():]
    seps = list(_CONDITION_SEPARATOR.finditer(rest))
    if len(seps) < MIN_CONDITIONS - 1 or [bool(m.group(1)) for m in seps] != [False] * (len(seps) - 1) + [True]:
        return None
    bounds = [0] + [x for m in seps for x in (m.start(), m.end())] + [len(rest)]
    conditions = [rest[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2])]
    if any(len(_WORD.findall(c)) < 2 or _NOT_IN_A_CONDITION.search(c) for c in conditions):
        return None
    if _NOT_IN_A_CONDITION.search(head) or _NUMBER.search(head[-1:]):
        return None
    reason = ""
    if re.search(r",(?!\d)", conditions[-1]):
        # "..., or if you cannot bear weight, since these may show ...": the reason is for every condition,
        # so it follows the list as a sentence of its own ("This is because these may show ..."), and only
        # when it is a reason the splitter would cut off anyway; any other comma keeps the sentence
        m = next((c for c in _CANDIDATES.finditer(body) if c.start() > first.end() + bounds[-2]), None)
        if m is None or _conjunction(m) not in ("because", "since", "as") or m.start() != first.end() + bounds[-2] + \
                rest[bounds[-2]:].find(","):
            return None
        cut = _cut(m, body[m.end():], body[:m.start()])
        if cut is None or "," in body[m.end():]:
            return None
        conditions[-1] = body[first.end() + bounds[-2]:m.start()].strip()
        reason = cut[2].lstrip(". \t") + body[cut[1]:] + stop
    return _as_list(text, start, end, head + " if:", conditions, reason)


# "If you notice A, B, or C, call ..." and "Call ... if you notice A, B, or C": a condition that is a
# list of things someone has or notices
_HAVE = r"(?P<has>(?:you|your child|your baby|he|she|they)[ \t]+(?:have|has|notice|notices|develop|develops|experience|experiences|see|sees|get|gets))[ \t]+"
_LEADING_CONDITION = re.compile(r"If[ \t]+" + _HAVE + r"(?P<items>[^;:\n]+),[ \t]+(?P<main>[a-z][^,;:\n]*)$")
_TRAILING_CONDITION = re.compile(r"(?P<main>[A-Z][^,;:\n]*?)[ \t]+if[ \t]+" + _HAVE + r"(?P<items>[^;:\n]+)$")
# a list item that says for itself which thing it is: a determiner opens it
_ITEM_DETERMINERS = frozenset("a an the your any".split())
# after the last item these words may reach back over every item ("pain, swelling, or redness after
# the surgery"; "..., or bleeding that does not stop"): the list would tie them to the last one only
_REACHES_BACK = frozenset("""after before during within since until when whenever while if unless following
    once""".split())
_MODIFIES = frozenset("in on at of for from with without to by near around over under into through that which who".split())
MIN_ITEMS = 3


def _symptom_list(text: str, start: int, end: int) -> Edit | None:
    """"If you notice A, B, C, or D, call the clinic." -> "Call the clinic if you notice any of
    these:" and a bulleted list of A to D, the way plain-language guides write warning signs. The
    same for "Call the clinic if you notice A, B, C, or D." Only when the list is provably read the
    same way as the sentence: a list of three or more things joined by ", or" once at its end (so
    "any of these"; never "and", which asks for all of them), each item without a comma, an "and",
    brackets or quotes; no words before the first item or after the last one that could reach over
    every item ("sudden pain, swelling, or redness", "pain, swelling, or redness in your calf"),
    unless every item opens with its own determiner ("a fever, a stiff neck, or a rash that does
    not fade"), and never a time or a condition after the last item ("... after the surgery"); the
    instruction is one clause, an order, with no comma and no condition of its own."""
    sentence = text[start:end]
    stop = sentence[-1] if sentence[-1] in ".!" else ""
    if not stop:
        return None
    body = sentence[:-1]
    m = _LEADING_CONDITION.match(body) or _TRAILING_CONDITION.match(body)
    if m is None:
        return None
    main = m.group("main")
    if not _instruction(main) or re.search(r"\b(?:if|unless|when|whenever|until|once)\b", main, re.IGNORECASE):
        return None
    if m.re is _LEADING_CONDITION and re.search(r"\b(?:it|its|they|them|their|he|him|his|she|her|this|these|those)\b", main, re.IGNORECASE):
        return None  # "..., take them to ...": put first, the order would name them before the condition does
    parts = m.group("items").split(", or ")
    if len(parts) != 2:
        return None
    items = [x.strip() for x in parts[0].split(", ")] + [parts[1].strip()]
    if len(items) < MIN_ITEMS or any(not x or re.search(r"[,()\[\]\"“”]|\band\b|\band/or\b", x) for x in items):
        return None
    first = [x.split()[0].lower() for x in items]
    last_words = [w.lower() for w in items[-1].split()]
    if any(w in _REACHES_BACK for w in last_words):
        return None
    determined = all(w in _ITEM_DETERMINERS for w in first)
    if not determined and (len(items[0].split()) > 1 and first[0] not in _ITEM_DETERMINERS
                           or any(w in _MODIFIES for w in last_words)):
        return None
    head = main[0].upper() + main[1:] + " if " + m.group("has")[0].lower() + m.group("has")[1:] + " any of these:"
    return _as_list(text, start, end, head, items)


# "Avoid foods that are high in salt, such as A, B, C, and D.": examples that end an instruction
_EXAMPLES = re.compile(r"(?P<head>[^;:()\[\]\n\"“”]+?,[ \t]+such as)[ \t]+(?P<items>[^;:()\[\]\n\"“”]+)$")
MIN_EXAMPLES = 4
EXAMPLE_WORDS = 5


def _example_list(text: str, start: int, end: int) -> Edit | None:
    """"Avoid foods high in salt, such as canned soup, deli meat, chips, and pickles." at the end of its
    paragraph -> "Avoid foods high in salt, such as:" and a bulleted list of the examples. Only an
    instruction whose examples end it and its paragraph (nothing after them to be moved or reached),
    four or more short examples ("and" or "or" once, before the last), none with a comma, an "and",
    an "or" or a bracket of its own, and nothing after the last one that could reach back over every
    example ("... or pickles that are high in salt", "... after the surgery")."""
    sentence = text[start:end]
    if not sentence.endswith(".") or not re.match(r"[ \t]*(?:\r?\n[ \t]*(?:\r?\n|$)|$)", text[end:]):
        return None
    m = _EXAMPLES.match(sentence[:-1])
    if m is None or not _instruction(sentence) or "such as" in m.group("head")[:-len("such as")]:
        return None
    parts = re.split(r",[ \t]+(?:and|or)[ \t]+", m.group("items"))
    if len(parts) != 2:
        return None
    items = [x.strip() for x in parts[0].split(",")] + [parts[1].strip()]
    if len(items) < MIN_EXAMPLES or any(not x or _words(x) > EXAMPLE_WORDS or re.search(r"\b(?:and|or|and/or)\b", x)
                                        for x in items):
        return None
    if any(w.lower() in _REACHES_BACK or w.lower() in _MODIFIES for w in items[-1].split()):
        return None
    return _as_list(text, start, end, m.group("head") + ":", items)


def _as_list(text: str, start: int, end: int, head: str, items: list[str], after_list: str = "") -> Edit:
    """The sentence text[start:end] as `head` and a bulleted list of `items`; the rest of its
    paragraph (after `after_list`, a sentence that belongs after the list) starts a paragraph of its
    own after the list."""
    # new lines keep the text's line ending and the line's own indent or quote marks ("> ")
    newline = "\r\n" if "\r\n" in text else "\n"
    line_start = text.rfind("\n", 0, start) + 1
    prefix = re.match(r"[ \t>]*", text[line_start:]).group(0)
    after = head + "".join(f"{newline}{prefix}- {c}" for c in items)
    if after_list:
        # the sentence after the list opens the paragraph that the rest of this one goes on in
        return Edit(start, end, text[start:end], after + newline + prefix.rstrip() + newline + prefix + after_list,
                    REASON, SentenceSplitter.name)
    # the rest of the paragraph starts a paragraph of its own after the list
    tail = re.match(r"[ \t]+(?=\S)", text[end:])
    if tail:
        end += tail.end()
        after += newline + prefix.rstrip() + newline + prefix
    return Edit(start, end, text[start:end], after, REASON, SentenceSplitter.name)


def _splittable(text: str, sentence: Sentence) -> bool:
    """Paragraph sentences, and list items written as full sentences (ending in . ! or ?); never a
    heading, a labelled field or a table row, and never a list item that is a fragment."""
    if sentence.block == "paragraph":
        return True
    return sentence.block == "list-item" and text[sentence.end - 1:sentence.end] in ".!?"


def _filler(text: str) -> Iterator[_Change]:
    """At most one empty opener at the start of a sentence, dropped; the next word gets a capital."""
    for pattern, replacement in FILLERS:
        m = pattern.match(text)
        if m:
            word = re.match(r"[a-z]+", text[m.end():])
            if word is None:
                return
            end = m.end() + word.end()
            new = replacement + word.group(0)
            yield 0, end, new[0].upper() + new[1:], FILLER_REASON
            return
