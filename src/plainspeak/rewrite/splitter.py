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
  are cut (a sentence of `sure_cut_words` to `long_sentence_words` words only at the surest boundaries, a
  full clause after "; " or ", and / but / so", a reason after ", as / since / because", a contrast after
  ", although / while", and only when no other kind of cut is needed): paragraphs, and list items written as full sentences; never headings, labelled fields,
  table rows or list items that are fragments (a sig line); in a sentence that holds a dose, only
  where each dose stays with its medicine (`splitting/doses.py`), and no aside or list rule applies;
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

A semicolon joins two sentences, so any full clause after it is cut off, even with a long subject
("; walking and a heating pad may give relief") or its own condition ("; if it sticks, moisten it"),
unless the semicolons separate the items of a list (a part with no verb of its own). A negation's
"or" list that has closed ("Do not take it with tea, or coffee, and separate it from ...") and a limit
("no more than 2,000 mg") reach over no ", and"; nor does a time phrase ("until the next morning",
"while lying down") reach a clause with its own subject. ", at which point" + a bare subject,
", in which case" (". In that case,"), ", as these" + any verb (". This is because"), ", causing /
resulting in / leading to" (". This causes", ". This can lead to" after "may"), ", all of which /
both of which" (". All of these"), ", who" + a modal after a person (". They may") and " so that"
after an order (". That way,") are cut too. "X is a condition in which ..." becomes "X is a
condition. In this condition, ...", and "X, which is the most common form, develops ..." becomes
"X is the most common form. It develops ...".

A subject with an aside that says what it is ("The stent, a small mesh tube, keeps ...") becomes "The
stent is a small mesh tube. It keeps ...": only a thing (never a person, who would become "It"), named
at the start of the sentence, with a singular verb after the aside; "X, also called Y, is ..." becomes
"X is also called Y. It is ..." when Y is a term the glossary knows; "..., which is a ..." after such a
term becomes ". This is a ...". A sentence that says what its subject is and what it does ("A DVT is a blood
clot that forms in a deep vein, ...") becomes "A DVT is a blood clot. It forms in a deep vein, ..."
(a singular verb right after "that", and no "of" + a singular noun the "that" could point at).

A reason or a concession put first becomes a sentence of its own ("Because A, B" -> "A. So B",
"Although A, B" -> "A. But B"); ", which is why" / ", meaning that" become ". This is why" / ". This
means that", ", which is" + a passive ". This is ...", ", when" after a time ". This is when", and ",
during which" after a stretch of time ". During this time,". An aside at the end that names the kind
of thing just spoken of and what happens in it (", a procedure in which ...") becomes ". In this
procedure, ...". One subject with two verbs ("The risk is greatest in the first 2 days and stays high
for 90 days") becomes two sentences, "It" or "They" standing for the subject, when no condition or time
could reach back over both verbs (see `splitting/links.py`).

People named by a list of what they do, at the start of an instruction ("Patients who take A, B,
or C should ask ...") become a sentence of their own: "Some patients take A, B, or C. These patients
should ask ...".

A sentence that lists three or more conditions, each with its own "if" ("Call 911 if A, if B, or if
C"), becomes the instruction and a bulleted list of the conditions (a reason after the last one,
", since these may ...", is for all of them and follows the list as "This is because these may ..."). So does an order with a list of
things someone has or notices ("If you have A, B, or C, call ..." -> "Call ... if you have any of
these:"), and an order that ends its paragraph with examples ("..., such as:"), but only when the
list reads exactly as the sentence did (see `_symptom_list` and `_example_list`); and what something
includes ("Signs of dehydration include A, B, and C." -> "Signs of dehydration include:" and a list).

A cause or a reason at the end of a long sentence is cut off as one: ", due to X" / ", because of X" ->
". This is due to X" / ". This is because of X" (after a main clause with nothing in it that opens a
clause), " because" with no comma (never after a negation, a condition or a time clause, which the reason
may belong to), and ", as it is / they are" + an adjective (". This is because they are flammable"). An
order for what one person does ("Contact the office if your child refuses fluids, has a fever, or has
ongoing vomiting") becomes "... if your child:" and a list of the verb phrases. An inverted condition is
said with "if" ("Should the headache continue, ..." -> "If the headache continues, ...", see
`splitting/conditions.py`), and ", in which case" may be cut after an opening "if" (it names the
condition it goes on from).

A reason after ", as" or ", since" may have a long subject, a list or a bracket in it (", as a severe
reaction with flushing, nausea and vomiting may happen", ", since their use has been linked to"), and a
reason after the main clause that follows an opening condition is cut too ("If the mask leaks, contact your
supplier. This is because ..."); ", which is a / the ..." after a term named in a bracket becomes ". This
is ...". A lead that ends in a colon with items parted by semicolons ("any of the following: A; B; or C")
becomes a list, and so does the piece before a sentence's first cut, or a passive order, whenever a list
rule reads it once the cut or the order is made (a later run would make the list).

A list inside a subject is no clause boundary: a ", and" after noun phrases only ("The best dose, the link
between how well it works and the blood level, and the highest safe dose are") adds the subject's last item;
but a subject whose "including" list is closed by its verb ("Many drugs, including A, B and C, need ...") is
one main clause, and a new clause after its ", and" is cut. "X (...), which are 4 small glands ..., may be"
becomes "X (...) are 4 small glands .... They may be" (as "which is a" becomes "It"). A semicolon after an
item with no verb and before a full clause ("NSAIDs, including ...; acetaminophen is preferred") is cut. In
a dose sentence, a combination written with slashes ("budesonide/formoterol 160/4.5 mcg") is one medicine
that "it" may point back to, a piece may open with a dose or a limit of the one medicine named ("; a reduced
dose of 2.5 mg", "; no more than 1.8 mg"), and a limit that ends a dose line of one medicine becomes an order
(", no more than 3,000 mg in 24 hours." -> ". Take no more than 3,000 mg in 24 hours.", see `splitting/doses.py`).

Openers that carry no fact ("Please note that", "It is important that you") are dropped at the start
of a sentence; what follows is then an instruction ("It is essential that you weigh yourself" ->
"Weigh yourself"), because the subjunctive after them is the same form as the imperative.
"Patients are told to take ..." is an order to the reader ("Take ..."), and an order in the passive
at the start of a sentence is said as one ("Your doctor should be contacted if ..." -> "Contact your
doctor if ...", see `splitting/orders.py`).

Every proposal must pass the guard (numbers, doses, negations, sides... kept). The rules look only at
the piece of sentence between cuts, so running the splitter on its own output proposes nothing.

This module is the entry point; the rules live in `splitting/`: `words` (word lists, limits and
patterns), `clauses` (what a piece of a sentence is), `subjects` (a longer subject after a cut), `cuts`
(where a cut goes and what it writes), `links` (cuts whose new sentence points back: "This means",
"So", "It"), `asides` (a subject's aside, people named by what they do), `doses` (cuts in a sentence
with a dose), `orders` (a passive order said as an order) and `lists` (conditions, signs, examples and
what something includes as a bulleted list).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Iterator

from ..document import Document, Sentence
from ..model import Edit
from .guard import check
from .splitting.conditions import _inverted_condition
from .splitting.asides import _appositive, _in_which, _including_aside, _is_a_that, _relative, _which_is
from .splitting.cuts import piece_cuts
from .splitting.links import _kind_in_which
from .splitting.doses import DoseCuts, has_dose
from .splitting.checklists import checklist_orders
from .splitting.orders import ACTIVE_ORDER_REASON, _contact_order, orders_after_cuts, with_order
from .splitting.lists import _colon_list, _condition_list, _example_list, _for_list, _include_list, _symptom_list, _verb_list
from .splitting.words import (FILLER_REASON, FILLERS, LONG_SENTENCE_WORDS, MIN_WORDS, REASON, SPLITTER_NAME,
                              SURE_CUT, SURE_CUT_WORDS, _Change, _DASHES, _WORD)

__all__ = ["SentenceSplitter", "LONG_SENTENCE_WORDS", "MIN_WORDS", "REASON", "FILLER_REASON"]


class SentenceSplitter:
    """Proposes edits that cut long sentences and drop empty openers. Read-only after construction."""

    name = SPLITTER_NAME

    def __init__(self, long_sentence_words: int = LONG_SENTENCE_WORDS, min_words: int = MIN_WORDS,
                 known_words: frozenset[str] = frozenset(), sure_cut_words: int = SURE_CUT_WORDS):
        self.long_sentence_words = long_sentence_words
        # sentences of more than `sure_cut_words` words (and no more than `long_sentence_words`) take only
        # the surest cuts: a full clause after "; " or ", and / but / so", a reason after ", as / since / because"
        self.sure_cut_words = sure_cut_words
        self.min_words = min_words
        # single words (lower case) known to name a thing, not a person: a glossary's terms. A
        # subject without a determiner ("Jaundice, a yellowing of the skin, ...") must be one of them,
        # or a medicine, because a name ("Maria, a nurse, will ...") would become "It".
        self.known_words = known_words

    def propose(self, doc: Document) -> list[Edit]:
        """Edits of `doc.text`, in order, never overlapping, each one passing the guard."""
        edits: list[Edit] = []
        for sentence in doc.sentences:
            text = doc.text[sentence.start:sentence.end]
            if not _splittable(doc.text, sentence):
                # a checklist item in the passive with no helper: "[ ] Alcohol avoided" -> "[ ] Avoid alcohol"
                own = checklist_orders(text) if sentence.block == "list-item" else []
                edits += [Edit(sentence.start + start, sentence.start + end, text[start:end], after, reason, self.name)
                          for start, end, after, reason in own if not check(text, text[:start] + after + text[end:], trusted=True)]
                continue
            long = len(_WORD.findall(text)) > self.long_sentence_words
            if sentence.block == "paragraph" and long:
                listed = _listed(doc.text, sentence.start, sentence.end)
                if listed is not None and listed.start == sentence.start:
                    # the list's lead may open with a passive order, which a later run would change
                    listed = dataclasses.replace(listed, after=with_order(listed.after))
                elif listed is None and with_order(text) != text:
                    # a passive order whose list a rule reads only once it is an order ("Emergency services
                    # should be called right away for A, B, or C"): a second run would make the list
                    listed = _listed_order(doc.text, sentence.start, sentence.end, with_order(text))
                if listed is not None and not check(listed.before, listed.after, trusted=True):
                    edits.append(listed)
                    continue
            opening = list(_filler(text)) or _contact_order(text) or _inverted_condition(text)
            own = self._sentence_changes(text, long, opening)
            if not long and len(_WORD.findall(text)) > self.sure_cut_words:
                own = self._sure_cuts(text, opening) or own
            if sentence.block == "paragraph" and long and own:
                listed = self._listed_first_piece(doc.text, sentence, own)
                if listed is not None and not check(listed.before, listed.after, trusted=True):
                    edits.append(listed)
                    continue
            for start, end, after, reason in own:
                if not check(text, text[:start] + after + text[end:], trusted=True):
                    edits.append(Edit(sentence.start + start, sentence.start + end, text[start:end], after, reason, self.name))
        return edits

    def _sure_cuts(self, text: str, opening: list[_Change]) -> list[_Change] | None:
        """The changes of a sentence that is not long, cut as a long one is but with no aside or list rule,
        when every cut is a sure one (SURE_CUT: "; ", ", and", ", but", ", so", ", as", ", since",
        ", because", ", although" before a full clause); None when there is none, or another cut."""
        changes = self._sentence_changes(text, True, opening, asides=False)
        cuts = [c for c in changes if c[3] == REASON]
        if not cuts or not all(SURE_CUT.match(text, c[0]) for c in cuts):
            return None
        return changes

    def _sentence_changes(self, text: str, long: bool, own: list[_Change], asides: bool = True) -> list[_Change]:
        """The changes of one sentence: its opener, its cuts (when it is `long`) and the passive orders
        said as orders. An opening passive order is found once the cuts are placed (it is read up to
        the first cut); when it turns the sentence into an order, the cuts are looked for again with
        the order made, since an order allows cuts a statement does not ("Keep the dressing dry ...,
        and change it ...") and a second run would make them."""
        # a pair of dashes marks an aside (a cut would leave half of it behind)
        cutting = long and len(_DASHES.findall(text)) < 2
        # a sentence with a dose is cut only where each dose keeps its medicine (no aside or list rule
        # reshapes it)
        doses = DoseCuts(text) if cutting and has_dose(text) else None
        if cutting:
            if not own and doses is None and asides:
                own = (_kind_in_which(text, self.min_words) or _appositive(text, self.known_words)
                       or _relative(text, self.min_words) or _which_is(text, self.known_words)
                       or _is_a_that(text, self.min_words) or _in_which(text, self.min_words)
                       or _including_aside(text, self.min_words))
                own = self._in_which_after(text, own)
            own = self._cut_until_done(text, own, doses)
        changes = orders_after_cuts(text, own, REASON)  # each sentence may open with a passive order
        opening = [c for c in changes if c not in own and c[3] == ACTIVE_ORDER_REASON]
        if not cutting or not opening or opening[0][0] != 0:
            return changes
        # the cuts made stay (some need the passive's subject to see a new clause: "Water and soap should be
        # kept out of the eye, and hot tubs should be avoided"), and the pieces are cut again
        again = orders_after_cuts(text, self._cut_until_done(text, sorted(own + opening), doses), REASON)
        # the order is read up to the first cut: a new cut before one of its edits would have it read
        # differently, and the sentence keeps the cuts it had
        first_cut = min((c[0] for c in again if c[3] == REASON), default=len(text))
        return again if all(c[1] <= first_cut for c in opening) else changes

    def _listed_first_piece(self, text: str, sentence: Sentence, own: list[_Change]) -> Edit | None:
        """The sentence with its changes `own` made, when the piece before its first cut is a lead and a list
        ("Contact the clinic in case of A, B, or C. This is because these may ..."): the list, and the rest
        of the sentence after it as a paragraph of its own. A later run would see the piece as a sentence
        and make the list; made now, with the cut, so that it does not."""
        current, placed = _apply(text[sentence.start:sentence.end], own)
        stop = next((cur + _last_stop(change[2]) for cur, _end, change in placed if change[3] == REASON), None)
        if stop is None:
            return None
        piece, rest = current[:stop + 1], current[stop + 1:].lstrip()
        if len(_WORD.findall(piece)) <= self.long_sentence_words or not rest:
            return None
        # the list rules read the piece in place, with the rest of the sentence after it in its paragraph
        changed = text[:sentence.start] + piece + " " + rest + text[sentence.end:]
        listed = _listed(changed, sentence.start, sentence.start + len(piece))
        if listed is None or listed.start != sentence.start or listed.end != sentence.start + len(piece) + 1:
            return None
        return Edit(sentence.start, sentence.end, text[sentence.start:sentence.end], listed.after + rest, listed.reason,
                    listed.source)

    def _in_which_after(self, text: str, edits: list[_Change]) -> list[_Change]:
        """The sentence a rule wrote first, cut by `_in_which` when a later run would: "A colonoscopy, a
        test in which ..., is done ..." -> "A colonoscopy is a test in which .... It is done ..." leaves a
        long "X is a test in which ..." that a second run would cut."""
        if not edits:
            return edits
        current, placed = _apply(text, edits)
        stop = next((cur + _last_stop(change[2]) for cur, _end, change in placed if change[3] == REASON), None)
        if stop is None or len(_WORD.findall(current[:stop])) <= self.long_sentence_words:
            return edits
        found = []
        for start, end, after, reason in _in_which(current[:stop + 1], self.min_words):
            start, end = _to_text(start, placed), _to_text(end, placed)
            if start is not None and end is not None:
                found.append((start, end, after, reason))
        return sorted(edits + found)

    def _cut_until_done(self, text: str, edits: list[_Change], doses: DoseCuts | None = None) -> list[_Change]:
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
                for start, end, after, reason in piece_cuts(current[a:b], self.min_words, doses, first=a == 0) + _opening(current, a, b):
                    old_start, old_end = _to_text(a + start, placed), _to_text(a + end, placed)
                    if old_start is not None and old_end is not None:
                        found.append((old_start, old_end, after, reason))
                    elif old_end is not None:
                        # an edit of the first words a cut wrote (". Because the stent ..." -> ". The stent
                        # ..."): the two become one edit, or a later run would make the second
                        merged = _merge(a + start, old_end, after, placed)
                        if merged is not None:
                            edits = [e for e in edits if e != merged[0]]
                            found.append(merged[1])
            if not found:
                return edits
            edits = sorted(edits + found)


def _listed(text: str, start: int, end: int) -> Edit | None:
    """The sentence from `start` to `end` of `text` as a lead and a bulleted list, or None."""
    return (_condition_list(text, start, end) or _symptom_list(text, start, end) or _example_list(text, start, end)
            or _include_list(text, start, end) or _for_list(text, start, end) or _verb_list(text, start, end)
            or _colon_list(text, start, end))


def _listed_order(text: str, start: int, end: int, ordered: str) -> Edit | None:
    """The sentence from `start` to `end`, said as `ordered` (its passive order made an order), as a lead and
    a list: the rules read it in place, in its paragraph, and the edit replaces the whole sentence."""
    changed = text[:start] + ordered + text[end:]
    ordered_end = start + len(ordered)
    listed = _listed(changed, start, ordered_end)
    # a sentence with more of its paragraph after it: the list takes in the space before the rest
    # (which then opens a paragraph of its own), and the edit must too
    if listed is None or listed.start != start or listed.end < ordered_end or changed[ordered_end:listed.end].strip():
        return None
    end += listed.end - ordered_end
    return Edit(start, end, text[start:end], listed.after, listed.reason, listed.source)


def _opening(current: str, a: int, b: int) -> list[_Change]:
    """What the start of a sentence takes, at the start of a sentence a cut made (from `a` to `b` in
    `current`): an empty opener dropped, an inverted condition said with "if" ("; should they continue,"
    -> ". If they continue,"). Made with the cut, since a later run would make it."""
    if a == 0:
        return []  # the sentence's own start: `propose` has looked at it
    lead = len(current[a:b]) - len(current[a:b].lstrip())
    piece = current[a + lead:b]
    return [(lead + s, lead + e, new, why) for s, e, new, why in list(_filler(piece)) or _inverted_condition(piece)]


def _last_stop(after: str) -> int:
    """Where the last full stop that ends a sentence sits in a cut's new words ("." + " Then": 0)."""
    return max(m.start() for m in re.finditer(r"\.(?=\s|$)", after))


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


def _merge(start: int, old_end: int, after: str, placed: list[tuple[int, int, _Change]]) -> tuple[_Change, _Change] | None:
    """The cut whose new words hold `start` (a position in the changed text), and that cut with the
    edit from `start` to `old_end` (in the text before the changes) made in it too; None when the
    edit starts inside no cut or ends inside one."""
    for cur_start, cur_end, change in placed:
        if cur_start <= start < cur_end and change[3] == REASON and change[1] <= old_end:
            return change, (change[0], old_end, change[2][:start - cur_start] + after, REASON)
    return None


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
