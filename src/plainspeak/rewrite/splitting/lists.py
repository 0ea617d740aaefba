"""A sentence of conditions, signs, examples or what something includes as its lead and a bulleted list."""

from __future__ import annotations

import re

from ...model import Edit
from .words import FINITE_VERBS, MODALS, REASON, SPLITTER_NAME, TIME_WORDS, _BRACKETED, _CANDIDATES, _NUMBER, _WORD
from .clauses import _instruction, _plain_s, _words
from .cuts import _conjunction, _cut


# "Call 911 if A, if B, or if C.": the conditions of one instruction, each led by its own "if"
_CONDITION_SEPARATOR = re.compile(r",[ \t]+(or[ \t]+)?if[ \t]+")
_NOT_IN_A_CONDITION = re.compile(r"\b(?:if|unless|when|whether|and if)\b|[;:()\[\]\"“”\n]", re.IGNORECASE)
MIN_CONDITIONS = 3


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
    # a lead of two words or more, or an order ("Call 911": a number it ends in keeps its verb)
    if first is None or (len(_WORD.findall(body[:first.start()])) < 2 and not _instruction(body)):
        return None
    head, rest = body[:first.start()], body[first.end():]
    seps = list(_CONDITION_SEPARATOR.finditer(rest))
    # ", or if" before the last one; an earlier ", or if" joins one more of the same ("if A, if B, or if C,
    # or if D": any of them still)
    # two conditions only after an order ("Contact the clinic if A, or if B": the warning signs of one
    # instruction); a statement keeps them in its sentence unless there are three or more
    fewest = 2 if _instruction(head) else MIN_CONDITIONS
    if len(seps) < fewest - 1 or not seps[-1].group(1):
        return None
    bounds = [0] + [x for m in seps for x in (m.start(), m.end())] + [len(rest)]
    conditions = [rest[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2])]
    if any(len(_WORD.findall(c)) < 2 or _NOT_IN_A_CONDITION.search(c) for c in conditions):
        return None
    # a bracket the glossary wrote in the instruction ("the emergency department (emergency room)") is
    # no part of its shape
    if _NOT_IN_A_CONDITION.search(_BRACKETED.sub("", head)) or (_NUMBER.search(head[-1:]) and not _instruction(head)):
        return None
    reason = ""
    if re.search(r",(?!\d)", conditions[-1]) and _own_list(conditions[-1]):
        pass  # "or if you have chest pain, shortness of breath, or seizures": its commas are its own list
    elif re.search(r",(?!\d)", conditions[-1]):
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


def _own_list(condition: str) -> bool:
    """Whether every comma of the last condition belongs to a list of its own that ends the sentence
    ("you have chest pain, shortness of breath, a severe headache, or seizures"): short items, the last
    after "or" / "and", and no verb in the items after the first (nothing that opens a clause)."""
    parts = re.split(r",(?!\d)", condition)
    if len(parts) < 3 or not re.match(r"[ \t]+(?:or|and)[ \t]", parts[-1]):
        return False
    later = [re.sub(r"^[ \t]+(?:or|and)[ \t]+", "", p) for p in parts[1:]]
    return all(0 < _words(p) <= 8 and not any(w.lower() in FINITE_VERBS or w.lower() in MODALS for w in _WORD.findall(p))
               for p in later)


# "If you notice A, B, or C, call ..." and "Call ... if you notice A, B, or C": a condition that is a
# list of things someone has or notices
_HAVE = r"(?P<has>(?:you|your child|your baby|he|she|they)[ \t]+(?:have|has|notice|notices|develop|develops|experience|experiences|see|sees|get|gets))[ \t]+"
_LEADING_CONDITION = re.compile(r"If[ \t]+" + _HAVE + r"(?P<items>[^;:\n]+),[ \t]+(?P<main>[a-z][^,;:\n]*)$")
# the order may offer another in commas ("Seek care at once, or call 911, if you ..."): both are the lead
_TRAILING_CONDITION = re.compile(r"(?P<main>[A-Z][^,;:\n]*?(?:,[ \t]+or[ \t]+(?P<other>[a-z][^,;:\n]*),)?)[ \t]+if[ \t]+"
                                 + _HAVE + r"(?P<items>[^;:\n]+)$")
_CONDITION_WORD = re.compile(r"\b(?:if|unless|when|whenever|until|once)\b", re.IGNORECASE)


def _lone_order(main: str) -> bool:
    """An order with no condition of its own: the lead of a list, which its items must not be left to
    reach over ("Call us if ... for A, B, or C" stays one sentence)."""
    return _instruction(main) and not _CONDITION_WORD.search(main)


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
    if m.groupdict().get("other") and not _instruction(m.group("other")):
        return None
    if not _lone_order(main):
        return None
    if m.re is _LEADING_CONDITION and re.search(r"\b(?:it|its|they|them|their|he|him|his|she|her|this|these|those)\b", main, re.IGNORECASE):
        return None  # "..., take them to ...": put first, the order would name them before the condition does
    items = _list_items(m.group("items"), ("or",))
    if items is None:
        return None
    head = main[0].upper() + main[1:] + " if " + m.group("has")[0].lower() + m.group("has")[1:] + " any of these:"
    return _as_list(text, start, end, head, items)


def _list_items(text: str, joiners: tuple[str, ...]) -> list[str] | None:
    """The items of a list of three or more things that `text` is, joined by ", " and by one of `joiners`
    ("or", "and") once before the last; None unless each item provably reads alone as it did in the
    list: no comma, "and" or quote of its own (a bracket the glossary wrote after a word is no
    part of its shape), nothing after the last one that could reach back over every item ("pain,
    swelling, or redness after the surgery"), and nothing before the first one that could reach over
    the others ("sudden pain, swelling, or redness"), unless each item opens with its own determiner
    or is a whole phrase (`_phrases`)."""
    parts = re.split(r",[ \t]+(?:" + "|".join(joiners) + r")[ \t]+", text)
    if len(parts) != 2:
        return None
    items = [x.strip() for x in parts[0].split(", ")] + [parts[1].strip()]
    plain = [_BRACKETED.sub("", x).strip() for x in items]
    if len(items) < MIN_ITEMS or any(not x or re.search(r"[,()\[\]\"“”]|\band\b|\band/or\b", x) for x in plain):
        return None
    first = [x.split()[0].lower() for x in plain]
    if any(w in MODALS or w in FINITE_VERBS for w in first):
        return None  # "..., and may change kidney function": a verb of the sentence, not a thing of the list
    if not all(w in _ITEM_DETERMINERS for w in first) and any(
            first[k] in ("a", "an") and len(plain[k - 1].split()) == 1 and len(plain[k].split()) > 2
            for k in range(1, len(items))):
        return None  # "jaundice, a yellowing of the skin, and ...": an aside that says what the word before is
    last_words = [w.lower() for w in plain[-1].split()]
    if any(w in _REACHES_BACK for w in last_words):
        return None
    determined = all(w in _ITEM_DETERMINERS for w in first) or _phrases(plain)
    if not determined and (len(plain[0].split()) > 1 and first[0] not in _ITEM_DETERMINERS
                           or any(w in _MODIFIES for w in last_words)):
        return None
    return items


# "Call the clinic right away for A, B, or C.": an order and the signs it is for
_FOR_SIGNS = re.compile(r"(?P<main>[A-Z][^,;:\n\"“”]*?)[ \t]+(?P<prep>for|in[ \t]+case[ \t]+of)[ \t]+(?P<items>[^;:\n\"“”]+)$")


def _for_list(text: str, start: int, end: int) -> Edit | None:
    """"Call the clinic right away for black stools, new swelling of the legs, or a weight gain of 3 pounds
    in 2 days." -> "Call the clinic right away for any of these:" (or "in case of any of these:") and a bulleted list of the signs, as
    for "if you have" (`_symptom_list`): an order with no comma or condition of its own, and a list
    that reads the same item by item (`_list_items`), joined by "or"."""
    sentence = text[start:end]
    if not sentence.endswith((".", "!")):
        return None
    m = _FOR_SIGNS.match(sentence[:-1])
    if m is None or not _lone_order(m.group("main")):
        return None
    items = _list_items(m.group("items"), ("or",))
    if items is None:
        return None
    heads = [next((w for w in _BRACKETED.sub("", x).lower().split() if w not in _ITEM_DETERMINERS), "") for x in items]
    if any(h in TIME_WORDS or h[:1].isdigit() for h in heads):
        return None  # "Rest for a day, a week, or longer": how long, not what the order is for
    return _as_list(text, start, end, m.group("main") + " " + m.group("prep") + " any of these:", items)


def _phrases(items: list[str]) -> bool:
    """Whether the items are whole phrases, each of two words or more, and one before the last has a
    modifier of its own ("shortness of breath at rest, chest pain that worsens when you breathe, new
    confusion, or a bluish colour of the lips"): the writer put each item's modifier with its item,
    so the last one's belongs to it alone. A single word anywhere ("pain, swelling, or redness of the
    leg") may share the last item's modifier."""
    return (all(len(x.split()) >= 2 for x in items)
            and any(w.lower() in _MODIFIES for x in items[:-1] for w in x.split()[1:]))


# "Signs of dehydration include A, B, and C.": what something includes or may cause, as the sentence's end
_INCLUDES = re.compile(r"(?P<head>[A-Z][^,;:\n\"“”]*?[ \t](?:includes?|(?:may|can|might|could)[ \t]+include))"
                       r"[ \t]+(?P<items>[^;:\n\"“”]+)$")
_POINTING_BACK = frozenset("it its they their this these those he she".split())
_NOT_IN_AN_INCLUDES_HEAD = frozenset("if when whenever unless until because since although though while not never".split())


def _include_list(text: str, start: int, end: int) -> Edit | None:
    """"Signs of dehydration include dry lips, fewer wet diapers, and no tears." -> "Signs of dehydration
    include:" and a bulleted list of the three, the way plain-language guides list signs and side
    effects; the same for "may include", "can include". "include" says that each item is one of them,
    whether the list is joined by "and" or "or", so the list says the same ("can cause A, an X, and B"
    is left alone: its items are as often an aside about the one before). Only when the
    items end the sentence and read alone (`_list_items`), and the head is one plain clause: no comma,
    condition, time or negation of its own."""
    sentence = text[start:end]
    if not sentence.endswith("."):
        return None
    m = _INCLUDES.match(sentence[:-1])
    if m is None or any(w.lower() in _NOT_IN_AN_INCLUDES_HEAD for w in _WORD.findall(m.group("head"))):
        return None
    if _WORD.findall(m.group("head"))[0].lower() in _POINTING_BACK:
        return None  # "They include ...": what a cut writes (", which include" -> ". They include"); a list then would need a second run
    items = _list_items(m.group("items"), ("and", "or"))
    if items is None:
        return None
    return _as_list(text, start, end, m.group("head") + ":", items)


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


# "Give epinephrine right away if any of the following are present: A; B; C; or D.": a lead that ends in a
# colon and says the items are alternatives ("any of", "one of") or all needed ("all of"), then items
# parted by semicolons, the last after "or" / "and"
_COLON_ITEMS = re.compile(r"(?P<lead>[^:;\n]+):[ \t]+(?P<items>[^:\n]+;[^:\n]+)\.$")
_ANY_OF = re.compile(r"\b(?:any|one|either)[ \t]+of\b", re.IGNORECASE)
_ALL_OF = re.compile(r"\b(?:all|each|both)[ \t]+of\b", re.IGNORECASE)
MIN_COLON_ITEMS = 3


def _colon_list(text: str, start: int, end: int) -> Edit | None:
    """A lead that ends in a colon and three or more items parted by semicolons, as the lead and a bulleted
    list. The last item's "or" / "and" goes only when the lead says what it said ("any of the following"
    with "or", "all of" with "and"); an item with a full stop, or a lead with a semicolon, is left alone."""
    m = _COLON_ITEMS.match(text[start:end])
    if m is None:
        return None
    items = [x.strip() for x in m.group("items").split(";")]
    last = re.match(r"(or|and)[ \t]+", items[-1])
    if len(items) < MIN_COLON_ITEMS or last is None or any(not x or ". " in x for x in items):
        return None
    if not (_ANY_OF if last.group(1) == "or" else _ALL_OF).search(m.group("lead")):
        return None
    items[-1] = items[-1][last.end():]
    return _as_list(text, start, end, m.group("lead") + ":", items)


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
                    REASON, SPLITTER_NAME)
    # the rest of the paragraph starts a paragraph of its own after the list
    tail = re.match(r"[ \t]+(?=\S)", text[end:])
    if tail:
        end += tail.end()
        after += newline + prefix.rstrip() + newline + prefix
    elif _PARAGRAPH_GOES_ON.match(text, end):
        # the paragraph goes on on the next line: a blank line ends the list there, or Markdown reads
        # that line as more of the last item
        after += newline + prefix.rstrip()
    return Edit(start, end, text[start:end], after, REASON, SPLITTER_NAME)


# a line break, then more of the same paragraph (not a blank line, a heading, a list item or a table row)
_PARAGRAPH_GOES_ON = re.compile(r"[ \t]*\r?\n(?=[ \t>]*[^\s>*#|\-\u2022\d])")


# "Contact the office if your child refuses fluids, has a fever, or has ongoing vomiting.": an order and
# the things one person does, each a verb phrase of its own
_DOES = re.compile(r"(?P<main>[A-Z][^,;:\n\"“”]*?)[ \t]+if[ \t]+(?P<who>(?:your|the)[ \t]+(?:child|baby|son|daughter|partner)"
                   r"|he|she)[ \t]+(?P<items>[^;:\n\"“”()]+)$")
# verbs in -s that are as often plural nouns ("sweats", "aches"): an item must not open with one alone
_ITEM_VERB_WORDS = 2
_NOUN_AFTER = frozenset("that which who of in on from with and or".split())


def _verb_list(text: str, start: int, end: int) -> Edit | None:
    """"Contact the office if your child refuses fluids for more than 12 hours, has a temperature above 102
    degrees F, or has ongoing vomiting." -> "Contact the office if your child:" and a bulleted list of the
    three things the child does, the way plain-language guides write them ("Call if your child:"). Only
    one person (never "you", whose verbs look like nouns), an order with no comma or condition of its own,
    three or more items joined by ", " and ", or" once before the last (any of them, like the list of
    signs), each of two words or more that opens with a verb that agrees with the person (finite, or a
    plain word in -s), none with a comma, "and" or brackets of its own, and nothing after the last one
    that could reach back over every item ("... after the surgery")."""
    sentence = text[start:end]
    if not sentence.endswith((".", "!")):
        return None
    m = _DOES.match(sentence[:-1])
    if m is None or not _lone_order(m.group("main")):
        return None
    parts = re.split(r",[ \t]+or[ \t]+", m.group("items"))
    if len(parts) != 2:
        return None
    items = [x.strip() for x in parts[0].split(", ")] + [parts[1].strip()]
    if len(items) < MIN_ITEMS or any(re.search(r",|\band\b|\bor\b", x) or _words(x) < _ITEM_VERB_WORDS for x in items):
        return None
    for item in items:
        verb, nxt = item.split()[:2]
        if not (verb in FINITE_VERBS or (_plain_s(verb, longer_than=2) and nxt.lower() not in _NOUN_AFTER)):
            return None  # "headaches that last for days", "aches of the legs": a plural noun, not a verb
    if any(w.lower() in _REACHES_BACK for w in items[-1].split()):
        return None
    return _as_list(text, start, end, m.group("main") + " if " + m.group("who") + ":", items)
