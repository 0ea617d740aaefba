"""The guard: nothing reaches the output without its consent.

Every number and unit, dose, frequency, drug name, negation, side (left, right, both) and time
expression of the source must survive a proposal. Facts are compared in a normal form, so the same
fact written another way still counts as kept: "two" and "2", "twice daily", "BID" and "2 times a
day", "q6h" and "every 6 hours", "L" and "left", "0,5 mg" and "0.5 mg", "PRN" and "if needed".

Glossary edits are trusted to add words (the glossary says "BID" means "2 times a day"), so for them
only losses count. A model's proposal may also not add a number, dose, frequency, drug name, side or
negation that the source did not have (a new medical claim), and must keep capitalised names
(brand names such as "Lasix", clinic names) that the glossary rewriter never touches.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterator, NamedTuple

from ..lexicon import ASCII_LOOKALIKES, is_drug_name, zipf

_WORD = re.compile(r"[A-Za-z]+(?:'t)?")


def _from(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern`, told the characters (a regex class body) its matches can start with. A pattern that
    starts with a look-behind or a word boundary is otherwise tried in full at every position of the
    line; the guard scans every edited line with a dozen of them (measured: 1.3-2.6 times faster)."""
    return re.compile(f"(?=[{first}])(?:{pattern})", flags)

# --- numbers ------------------------------------------------------------------------------------

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# Words that stand for a number on their own. "once" is left out: as a conjunction ("once you feel
# better") it is far more common than as a count, and "once a day" is read as a frequency anyway.
_OTHER_NUMBER_WORDS = {
    "twice": 2, "thrice": 3, "half": 0.5, "single": 1, "double": 2, "triple": 3, "dozen": 12,
    "first": 1, "second": 2, "third": 3,
}
NUMBER_WORDS = {**_SMALL, **_TENS, **_OTHER_NUMBER_WORDS}
_NUM_WORD_ALT = "|".join(sorted((*_SMALL, *_TENS), key=len, reverse=True))
# a spelled number: "six", "twenty-five", "twenty five", "one hundred and fifty", "two and a half"
_SPELLED = _from(
    "zotfsen", rf"\b(?:(?:{_NUM_WORD_ALT})(?:[\s-]+(?:{_NUM_WORD_ALT}))*(?:\s+hundred(?:\s+and)?(?:[\s-]+(?:{_NUM_WORD_ALT}))*)?"
    rf"(?:\s+thousand)?(?:\s+and\s+a\s+half)?)\b",
    re.IGNORECASE,
)
# 1,000 (thousands) | 0,5 before a unit (a decimal comma) | 2.5 | .5
# Written to start with what it consumes first (a digit, or the dot of ".5"), each look-behind moved
# past that character (it then looks one character further back): a pattern that starts with a
# character class is searched by re's own scan for that class, not tried in full at every position
# of the line (measured over the lines a portal message checks: 1.14 -> 0.95 M instructions; the
# side letters below 0.85 -> 0.43, _DATE 0.55 -> 0.21). The same matches as the forms they replace
# (kept in tests/test_fast_paths.py, which compares them).
_NUMBER = re.compile(
    r"\d(?:(?<![A-Za-z\d.]\d)|(?<=(?<![A-Za-z])[qQxX]\d))"
    r"(?:\d{0,2}(?:,\d{3})+(?![\d,])|\d*,\d{1,2}(?=\s?(?:mg|mcg|g|kg|ml|mL|l|L|%|units?)\b)|\d*(?:\.\d+)?)"
    r"|\.(?<![\d.]\.)\d+"
)


# patterns used per number or per word, compiled once (re's own cache costs a lookup per call)
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_SECONDS = re.compile(r"s\b")
_AND_A = re.compile(r"\band\s+a\s+$", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(r"\d\s*-?$")
_UNIT_AFTER = re.compile(r"\s?-?\s?(?:(%)|([A-Za-zµμ]+)\b)")


def _num(text: str) -> str:
    """A number in a normal form: "1,000" -> "1000", "0,5" -> "0.5", "1.0" -> "1", ".5" -> "0.5".
    Cached: the same few numbers recur in every line of a note and in its rewrite."""
    normal = _num_cache.get(text)
    if normal is None:
        written = text.replace(",", ".") if _DECIMAL_COMMA.fullmatch(text) else text
        value = float(written.replace(",", "")) if written[0] != "." else float("0" + written)
        normal = f"{value:g}"
        if len(_num_cache) > _NUM_CACHE_MAX:
            _num_cache.clear()  # bounded memory on endless streams of new numbers
        _num_cache[text] = normal
    return normal


_num_cache: dict[str, str] = {}
_NUM_CACHE_MAX = 50_000


def _spelled_value(words: str) -> float | None:
    total, current = 0.0, 0.0
    parts = re.split(r"[\s-]+", words.lower())
    half = parts[-3:] == ["and", "a", "half"]
    if half:
        parts = parts[:-3]
    for p in parts:
        if p in _SMALL:
            current += _SMALL[p]
        elif p in _TENS:
            current += _TENS[p]
        elif p == "hundred":
            current = (current or 1) * 100
        elif p == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif p != "and":
            return None
    return total + current + (0.5 if half else 0)


_OTHER_NUMBER = _from("thsdf", r"\b(" + "|".join(_OTHER_NUMBER_WORDS) + r")\b", re.IGNORECASE)
_ANY_DIGIT = re.compile(r"\d")


class _Need(NamedTuple):
    """What a case-insensitive pattern cannot match without: one of `words`, each a whole word (a
    maximal run of letters: the pattern starts and ends it at a word boundary or a non-letter), or
    one of `pieces` anywhere (forms with dots or slashes, "b.i.d.", "b/l"; or letters a pattern may
    run into other letters, the "q" of "q6h"). `then`, if given, must also be found in the lower-case
    text."""

    words: frozenset[str]
    pieces: tuple[str, ...] = ()
    then: re.Pattern[str] | None = None


def _needs(*forms: str, pieces: tuple[str, ...] = (), then: re.Pattern[str] | None = None) -> _Need:
    """A _Need of whole words: the forms made of letters only; any other form is a piece."""
    return _Need(frozenset(f for f in forms if f.isalpha()), pieces + tuple(f for f in forms if not f.isalpha()), then)


_Seen = tuple[str, frozenset[str]] | None


def _seen(text: str) -> _Seen:
    """What the quick tests read of a text: its lower-case form and its words (maximal runs of
    letters), worked out once per text. None for a text that is not ASCII, where case-insensitive
    matching knows foldings lower() does not ("ſ" matches "s"): every pattern is then tried."""
    if not text.isascii():
        return None
    low = text.lower()
    # the runs of letters are what is left once every other character is a space: one C pass each
    # for translate and split, not a regex match per run (measured: a fifth fewer instructions than findall)
    return low, frozenset(low.translate(_NOT_LOWER_LETTER).split())


# every ASCII character but a-z, as a space (_seen's text is ASCII and in lower case)
_NOT_LOWER_LETTER = {c: " " for c in range(128) if not ("a" <= chr(c) <= "z")}


def _may_hold(seen: _Seen, need: _Need) -> bool:
    """Whether a pattern with this need can match the text `seen` was made of. It lets most patterns
    be skipped: most guarded lines have no number, schedule or side at all. A set of words answers
    at once what a regex over the line (or a dozen substring tests) answered before (measured: the
    quick tests had become a third of the guard's time)."""
    if seen is None:
        return True
    low, words = seen
    if need.words.isdisjoint(words):
        for piece in need.pieces:
            if piece in low:
                break
        else:
            return False
    return need.then is None or need.then.search(low) is not None


def _numbers(text: str, seen: _Seen = None, digits: bool = True) -> list[tuple[int, int, str]]:
    """Every number with its span: digits and spelled numbers. (`seen`, `digits`: see facts.)"""
    known = _num_cache.get  # a number seen before is read from the cache inline, not through _num
    found = [(m.start(), m.end(), known(m[0]) or _num(m[0])) for m in _NUMBER.finditer(text)] if digits else []
    if not _may_hold(seen, _ANY_NUMBER_WORD):
        return found  # no number word (most lines): the digits, found in order, are all
    if _may_hold(seen, _NUMBER_WORD_KEYS):
        for m in _SPELLED.finditer(text):
            value = _spelled_value(m.group(0))
            if value is not None:
                found.append((m.start(), m.end(), f"{value:g}"))
    if not _may_hold(seen, _OTHER_NUMBER_KEYS):
        return sorted(found)
    for m in _OTHER_NUMBER.finditer(text):
        word = m.group(1).lower()
        if word == "second" and _SECONDS.match(text[m.end():m.end() + 2]):
            continue
        if word == "half" and _AND_A.search(text[max(0, m.start() - 8):m.start()]):
            continue  # part of "two and a half"
        found.append((m.start(), m.end(), f"{_OTHER_NUMBER_WORDS[word]:g}"))
    return sorted(found)


_N = rf"(\d+(?:\.\d+)?|{_NUM_WORD_ALT})"
# a spelled number starts with a whole number word ("ten", never the "ten" of "often")
_NUMBER_WORD_KEYS = _needs(*_SMALL, *_TENS)
_OTHER_NUMBER_KEYS = _needs(*_OTHER_NUMBER_WORDS)
# the two needs above together (whole words only, no pieces): one test spares most lines both
_ANY_NUMBER_WORD = _Need(_NUMBER_WORD_KEYS.words | _OTHER_NUMBER_KEYS.words, _NUMBER_WORD_KEYS.pieces + _OTHER_NUMBER_KEYS.pieces)


def _n(text: str) -> str:
    low = text.lower()
    if low in _SMALL or low in _TENS:
        return f"{NUMBER_WORDS[low]:g}"
    return _num(text)


# --- frequencies --------------------------------------------------------------------------------

_PERIOD = {"h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour", "min": "minute", "mins": "minute",
           "minute": "minute", "minutes": "minute", "d": "day", "day": "day", "days": "day", "wk": "week", "wks": "week",
           "week": "week", "weeks": "week", "mo": "month", "mos": "month", "month": "month", "months": "month",
           "year": "year", "years": "year", "yr": "year", "yrs": "year", "°": "hour"}
_PERIOD_ALT = r"hours?|hrs?|h|minutes?|mins?|days?|d|weeks?|wks?|months?|mos?|years?|yrs?"
_TIMES = {"once": "1", "twice": "2", "thrice": "3"}
_LATIN_FREQ = {
    "bid": "2/day", "b.i.d.": "2/day", "bd": "2/day", "b.d.": "2/day", "tid": "3/day", "t.i.d.": "3/day",
    "tds": "3/day", "t.d.s.": "3/day", "qid": "4/day", "q.i.d.": "4/day", "qds": "4/day", "q.d.s.": "4/day",
    "qd": "1/day", "q.d.": "1/day", "q1d": "1/day", "o.d.": "1/day", "i/d": "1/day", "daily": "1/day",
    "biw": "2/week", "tiw": "3/week", "qwk": "1/week", "qw": "1/week", "q.w.": "1/week", "qweek": "1/week",
    "weekly": "1/week", "qmo": "1/month", "qmonth": "1/month", "monthly": "1/month", "yearly": "1/year",
    "annually": "1/year", "qod": "every 2 day", "q.o.d.": "every 2 day", "qh": "every 1 hour", "q.h.": "every 1 hour",
    "hourly": "every 1 hour", "prn": "as needed", "p.r.n.": "as needed",
}
_LATIN_ALT = "|".join(re.escape(k) for k in sorted(_LATIN_FREQ, key=len, reverse=True))
# "daily" as an adjective ("activities of daily living") is not a schedule
_NOT_SCHEDULE = r"(?!\s+(?:living|life|activities|activity|routine|tasks|chores|needs)\b)"
_ADVERB_PERIOD = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}
# (pattern, normal form of a match, the group to blank out)
_FREQUENCY_RULES: list[tuple] = [
    # q4-6h, every 4 to 6 hours
    (_from("qe", rf"\b(?:q\.?\s?|every\s+){_N}\s?(?:-|–|to|or)\s?{_N}\.?\s?({_PERIOD_ALT})\b\.?", re.IGNORECASE),
     lambda m: f"every {_n(m.group(1))}-{_n(m.group(2))} {_PERIOD[m.group(3).lower()]}"),
    # q6h, q 6 hrs, q2°, every 6 hours, every six hours
    (_from("qe", rf"\b(?:q\.?\s?|every\s+){_N}\.?\s?({_PERIOD_ALT}|°)(?:\b\.?|(?<=°))", re.IGNORECASE),
     lambda m: f"every {_n(m.group(1))} {_PERIOD[m.group(2).lower()]}"),
    # every other day
    (_from("e", r"\bevery\s+other\s+(day|week|month)\b", re.IGNORECASE), lambda m: f"every 2 {m.group(1).lower()}"),
    # every hour, every day, each week, q week
    (_from("eq", r"\b(?:every|each|q\.?)\s+(hour|day|week|month|year)\b", re.IGNORECASE),
     lambda m: "every 1 hour" if m.group(1).lower() == "hour" else f"1/{m.group(1).lower()}"),
    # 2 times a day, twice daily, 2x/day, one time per week, three times each day
    (_from(r"\dzotfsen", rf"\b(?:{_N}\s?(?:x|times?)|(once|twice|thrice))\s?(?:(?:a|per|each|every|/)\s?(day|d|week|wk|month|mo|year)\b|(daily|weekly|monthly|yearly)\b)",
                re.IGNORECASE),
     lambda m: f"{_n(m.group(1)) if m.group(1) else _TIMES[m.group(2).lower()]}/"
               f"{_PERIOD[m.group(3).lower()] if m.group(3) else _ADVERB_PERIOD[m.group(4).lower()]}"),
    # a dose per day: "3 g/day", "3 grams a day", "40 mg per day" (only the "per day" is blanked)
    (_from(r"\dmgutcpd", r"(?:\d|\b(?:mg|mcg|g|grams?|milligrams?|micrograms?|units?|tablets?|capsules?|ml|mL|puffs?|drops?|doses?))"
                r"(\s?(?:/|per\b|a\b|each\b)\s?(day|d|week|wk|month|hour|hr|h)\b)"),
     lambda m: "every 1 hour" if _PERIOD[m.group(2).lower()] == "hour" else f"1/{_PERIOD[m.group(2).lower()]}", 1),
    # as needed, if needed, when needed, as required
    (_from("aiw", r"\b(?:as|if|when)\s+(?:needed|required)\b", re.IGNORECASE), lambda m: "as needed"),
    # BID, t.i.d., daily, weekly, PRN
    (_from("".join(sorted({k[0] for k in _LATIN_FREQ})), rf"(?<![\w.])(?:{_LATIN_ALT})(?![\w/])" + _NOT_SCHEDULE, re.IGNORECASE),
     lambda m: _LATIN_FREQ[m.group(0).lower()]),
]
# times of day written as Latin abbreviations, and their plain forms, in one normal form
_TIME_OF_DAY = {
    "qam": "morning", "q.a.m.": "morning", "mane": "morning", "qpm": "evening", "q.p.m.": "evening",
    "qhs": "night", "q.h.s.": "night", "hs": "night", "h.s.": "night", "qn": "night", "q.n.": "night", "nocte": "night",
    "bt": "night", "bedtime": "night", "nightly": "night", "night": "night", "nights": "night", "tonight": "night",
}


# Words one of which each frequency rule needs (case-insensitively), in the order of the rules;
# None: no quick test. Blanking a match out never makes a word appear, so the test is made on the
# text as given.
_STARTS_Q = re.compile(r"\b(?:q|every|each)")
_FREQUENCY_NEEDS: list[_Need] = [
    # "q" may run into a spelled number ("qsix hours"): a piece, not a word; but it starts a word,
    # which the "q" inside "adequate" or "frequent" does not (the pattern is slow on a long line)
    _needs("every", pieces=("q",), then=_STARTS_Q), _needs("every", pieces=("q",), then=_STARTS_Q), _needs("every"),
    _needs("every", "each", pieces=("q",), then=_STARTS_Q),
    # "x", "times", "once"... right before "a", "per", "/", "daily"...: "2 x/day", "twice daily" (they
    # may run into the next word, "2 timesaday": only the regex tells)
    _Need(frozenset(), ("x", "time", "once", "twice", "thrice"),
          re.compile(r"(?:x|time|once|twice|thrice)s?\s?(?:a|per|each|every|/|daily|weekly|monthly|yearly)")),
    # a dose per day: the period is a whole word ("/day", "per day", "a week"), right after "/" or
    # after "per", "a" or "each" and a space (their \b rules out none), not the "h" of "h/o"
    _needs("day", "d", "week", "wk", "month", "hour", "hr", "h",
           then=re.compile(r"(?:/\s?|(?:per|a|each)\s)(?:day|d|week|wk|month|hour|hr|h)\b")),
    _needs("needed", "required"), _needs(*_LATIN_FREQ),
]


# the needs of all _FREQUENCY_RULES together: a line none of them can match (most lines) is spared
# the eight tests one by one (measured: they were a sixth of facts())
_ANY_FREQUENCY = _Need(frozenset().union(*(n.words for n in _FREQUENCY_NEEDS)),
                       tuple(dict.fromkeys(p for n in _FREQUENCY_NEEDS for p in n.pieces)))


def _counter() -> Counter:
    """An empty Counter, made without Counter.__init__ (which checks its arguments): facts() makes
    ten per call, and this was an eighth of its time (measured)."""
    return _new_counter(Counter)


_new_counter = Counter.__new__


def _frequencies(text: str, seen: _Seen = None) -> tuple[Counter, str]:
    """The frequencies of a text in a normal form ("2/day", "every 6 hour", "as needed") and the
    text with them blanked out, so their numbers and words are not read a second time. `seen`: see
    _seen. Blanking a match out never makes one of the words the tests look for: matches end at word
    boundaries, and the only word a blank can cut short is a unit ("g" of "ga day")."""
    found: Counter = _counter()
    chars: list[str] = []  # the text as characters, once a match is to be blanked out
    current = text
    if not _may_hold(seen, _ANY_FREQUENCY):
        return found, current
    for (pattern, canonical, *group), needs in zip(_FREQUENCY_RULES, _FREQUENCY_NEEDS):
        if not _may_hold(seen, needs):
            continue
        g = group[0] if group else 0
        changed = False
        for m in pattern.finditer(current):
            if not m.group(g).strip():
                continue
            try:
                value = canonical(m)
            except KeyError:
                continue
            found[value] += 1
            if not chars:
                chars = list(current)
            chars[m.start(g):m.end(g)] = " " * (m.end(g) - m.start(g))
            changed = True
        if changed:
            current = "".join(chars)
    return found, current


# --- units, sides, times, negations --------------------------------------------------------------

UNITS = {
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "mcg": "mcg", "microgram": "mcg", "micrograms": "mcg",
    "µg": "mcg", "μg": "mcg", "ug": "mcg", "g": "g", "gm": "g", "gram": "g", "grams": "g", "kg": "kg",
    "kilogram": "kg", "kilograms": "kg", "ml": "ml", "milliliter": "ml", "milliliters": "ml", "millilitre": "ml",
    "millilitres": "ml", "l": "l", "liter": "l", "liters": "l", "litre": "l", "litres": "l", "unit": "unit",
    "units": "unit", "meq": "meq", "mmol": "mmol", "mmhg": "mmhg", "lb": "lb", "lbs": "lb", "pound": "lb",
    "pounds": "lb", "oz": "oz", "ounce": "oz", "ounces": "oz", "cm": "cm", "mm": "mm", "inch": "inch",
    "inches": "inch", "bpm": "bpm", "%": "%", "percent": "%", "tablet": "tablet", "tablets": "tablet",
    "tab": "tablet", "tabs": "tablet", "capsule": "capsule", "capsules": "capsule", "cap": "capsule",
    "caps": "capsule", "puff": "puff", "puffs": "puff", "drop": "drop", "drops": "drop", "gtt": "drop",
    "gtts": "drop", "iu": "unit", "u": "unit", "cc": "ml", "teaspoon": "teaspoon", "teaspoons": "teaspoon",
    "tsp": "teaspoon", "tablespoon": "tablespoon", "tablespoons": "tablespoon", "tbsp": "tablespoon",
    "patch": "patch", "patches": "patch", "ng": "ng", "nanogram": "ng", "nanograms": "ng",
}
# Short or common words that are units only right after a number ("2 L", "10 U", "1 cap")
_UNIT_AFTER_NUMBER_ONLY = frozenset({"u", "l", "g", "gm", "cap", "caps", "patch", "patches", "drop", "drops", "cc", "ng", "ug", "oz", "lb"})
_BPM = re.compile(r"\bbeats?\s+(?:a|per|each)\s+minute\b", re.IGNORECASE)
NEGATIONS = frozenset(
    "no not without denies denied deny denying negative never none nor neither cannot can't don't doesn't didn't "
    "won't isn't aren't wasn't weren't shouldn't mustn't absent absence free unable lack lacks lacked lacking nothing "
    "nobody".split()
)
_SIDE_WORDS = {"left": "left", "right": "right", "bilateral": "both", "bilaterally": "both", "bilat": "both",
               "lt": "left", "rt": "right", "unilateral": "one side", "ipsilateral": "same side",
               "contralateral": "other side"}
_SIDE_PHRASES = [
    (_from("os", r"\b(?:one|single)[\s-]sided?\b", re.IGNORECASE), "one side"),
    (_from("s", r"\bsame[\s-]sided?\b", re.IGNORECASE), "same side"),
    (_from("o", r"\b(?:other|opposite)[\s-]sided?\b", re.IGNORECASE), "other side"),
    (_from("boe", r"\b(?:b/l|both[\s-]sided|on\s+each\s+side|each\s+side)\b", re.IGNORECASE), "both"),
    # "both" is a side only before a pair of body parts ("both legs", "both lower legs")
    (_from("b", r"\bboth\s+(?:\w+\s+)?(?:sides|legs|arms|eyes|ears|feet|hands|knees|hips|lungs|kidneys|breasts|"
                r"shoulders|ankles|wrists|elbows|ovaries|extremities|lobes)\b", re.IGNORECASE), "both"),
    # L/R written as a letter or inside an anatomy abbreviation: "L knee", "RLQ", "BLE"
    # (each starts with its letter, the look-behind after it: re then finds the letter by its own
    # scan, as for _NUMBER; a capital letter is in most lines, and these had been tried at every position)
    (re.compile(r"L(?<![\w/.\-&]L)(?=(?:LE|UE|UQ|LQ|UL|LL)?(?![\w/\-&]|\.\s?[a-z]))"), "left"),
    (re.compile(r"R(?<![\w/.\-&]R)(?=(?:LE|UE|UQ|LQ|UL|ML|LL)?(?![\w/\-&]|\.\s?[a-z]))"), "right"),
    (re.compile(r"B(?<![\w/.\-]B)(?=(?:LE|LLE|UE)s?(?![\w/\-]))"), "both"),
]
# what each side pattern needs: words (case-insensitive), or one capital letter (case-sensitive)
_SIDE_NEEDS: list[_Need | str] = [_needs("side", "sided"), _needs("side", "sided"), _needs("side", "sided"),
                                  _needs("b/l", "side", "sided"), _needs("both"), "L", "R", "B"]
_BEAT, _RIGHT = _needs("beat", "beats"), _needs("right")
# the needs of all _SIDE_PHRASES together: the words of the word patterns, the letters of the others
_ANY_SIDE_PHRASE = _Need(frozenset().union(*(n.words for n in _SIDE_NEEDS if isinstance(n, _Need))),
                         tuple(p for n in _SIDE_NEEDS if isinstance(n, _Need) for p in n.pieces))
_SIDE_LETTERS = tuple(n for n in _SIDE_NEEDS if isinstance(n, str))



_AM_PM = _needs("am", "pm", "a.m", "p.m")
_NOT_A_SIDE = _from("ra", r"\bright\s+(?:away|now|after|before|here|there|then|thing)\b|\ball\s+right\b", re.IGNORECASE)
TIME_WORDS = frozenset(
    "today tomorrow tonight yesterday morning mornings evening evenings night nights nightly bedtime noon midnight "
    "monday tuesday wednesday thursday friday saturday sunday january february april june july august september "
    "october november december minute minutes hour hours day days week weeks month months year years "
    "seconds".split()
)
_TIME_NORMAL = {"minutes": "minute", "hours": "hour", "days": "day", "weeks": "week", "months": "month",
                "years": "year", "mornings": "morning", "evenings": "evening", "seconds": "second", **_TIME_OF_DAY}
_TIME_UNITS = ("minute", "hour", "day", "week", "month", "year")
# "\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}:\d{2}\b", written to start with its digit (see _NUMBER)
_DATE = re.compile(r"\d(?<!\w\d)(?:\d?/\d{1,2}(?:/\d{2,4})?\b|\d?:\d{2}\b)")
# words that are times only in some uses: "May 3" but "you may", "8 am" but "I am"
_MONTH_OR_WORD = re.compile(r"\b(May|March)\b(?=\s+\d)|(?<=[a-z,] )(May|March)\b")
_CLOCK = _from(r"\sap", r"(?<=\d)\s?(am|pm|a\.m\.|p\.m\.)(?![a-z])", re.IGNORECASE)


def _blank(text: str, matches: list[re.Match[str]]) -> str:
    """`text` with each match blanked out (spaces, so offsets stay), without rebuilding a text
    that has none: most lines hold no date and no side."""
    if not matches:
        return text
    pieces, at = [], 0
    for m in matches:
        pieces += [text[at:m.start()], " " * (m.end() - m.start())]
        at = m.end()
    pieces.append(text[at:])
    return "".join(pieces)


def _after_number(text: str, pos: int) -> bool:
    return bool(_NUMBER_BEFORE.search(text[max(0, pos - 4):pos]))


class Facts(NamedTuple):
    """A text's facts of each kind, value -> how many. A NamedTuple, not a frozen dataclass: the guard
    builds two for every edited line, and the dataclass's __init__ (a setattr per field) was a
    twentieth of facts() (measured)."""

    numbers: Counter
    units: Counter
    doses: Counter
    frequencies: Counter
    negations: Counter
    sides: Counter
    drugs: Counter
    times: Counter
    names: Counter

    def kinds(self) -> dict[str, Counter]:
        """The fields by their kind's name (_KINDS)."""
        return dict(zip(_KINDS, self))


# the name of the kind of fact each field of Facts holds, in order (what kinds() calls them)
_KINDS = ("number", "unit", "dose", "frequency", "negation", "side", "drug name", "time", "name")


def facts(text: str) -> Facts:
    """The facts of a text that a rewrite must keep, each in a normal form.

    Speed: the guard works this out for the line around every edit. Patterns that cannot match (no
    digit in the text, none of the words a pattern needs) are skipped; see _may_hold."""
    if not text.isascii():
        text = text.translate(ASCII_LOOKALIKES)  # "every ſix weeks": the patterns' words are ASCII
    seen = _seen(text)
    digits = _ANY_DIGIT.search(text) is not None  # blanking never adds a digit: tested once
    frequencies, rest = _frequencies(text, seen)
    numbers: Counter = _counter()
    doses: Counter = _counter()
    times: Counter = _counter()
    if digits and ("/" in rest or ":" in rest):  # every date has one
        dates = list(_DATE.finditer(rest))
        for m in dates:
            times[m.group(0)] += 1
        rest = _blank(rest, dates)
    beats = _may_hold(seen, _BEAT)  # "beats per minute": tested once, not after every number
    for start, end, value in _numbers(rest, seen, digits):
        numbers[value] += 1
        # a number with its unit is a dose or a duration: "25 mg", "two tablets", "5-day"
        m = _UNIT_AFTER.match(rest[end:end + 16])
        if beats and _BPM.match(rest, end + (m.start(2) if m and m.group(2) else 0)):
            doses[f"{value} bpm"] += 1
        elif m:
            word = (m.group(1) or m.group(2)).lower()
            if word in UNITS:
                doses[f"{value} {UNITS[word]}"] += 1
            elif word in _PERIOD and (word not in ("h", "d") or m.start(2) == 0):
                doses[f"{value} {_PERIOD[word]}"] += 1
    units: Counter = _counter()
    negations: Counter = _counter()
    sides: Counter = _counter()
    drugs: Counter = _counter()
    names: Counter = _counter()
    # no count of zero is stored: a Counter rebuilt without them (+units) cost a tenth of facts()
    if "%" in rest:
        units["%"] += rest.count("%")
    if beats and (bpm := len(_BPM.findall(rest))):
        units["bpm"] += bpm
    if digits and _may_hold(seen, _AM_PM):
        for m in _CLOCK.finditer(rest):
            times[m.group(1).lower().replace(".", "")] += 1
    if "Ma" in rest:
        for m in _MONTH_OR_WORD.finditer(rest):
            times[(m.group(1) or m.group(2)).lower()] += 1
    side_text = _blank(rest, list(_NOT_A_SIDE.finditer(rest))) if _may_hold(seen, _RIGHT) else rest
    # one test for all the word patterns (most lines have none of their words), and one for the
    # letters; a line with neither is spared the loop
    side_words = _may_hold(seen, _ANY_SIDE_PHRASE)
    side_letters = side_words or any(letter in side_text for letter in _SIDE_LETTERS)
    for (pattern, side), needs in zip(_SIDE_PHRASES, _SIDE_NEEDS) if side_letters else ():
        if isinstance(needs, str):
            if needs not in side_text:  # a case-sensitive pattern: "L", "R", "B"
                continue
        elif not side_words or not _may_hold(seen, needs):
            continue
        found = list(pattern.finditer(side_text))
        for m in found:
            if side in ("left", "right") and len(m.group(0)) == 1 and _after_number(side_text, m.start()):
                continue  # "2 L" is two litres
            sides[side] += 1
        side_text = _blank(side_text, found)
    known = _word_info.get
    for m in _WORD.finditer(rest):
        w = m[0]
        info = known(w) or _info(w)
        if not info[8]:
            continue  # most words are none of these
        low, unit, period, negation, side, time, drug, rare_name_shape, _ = info
        start = m.start()
        if unit is not None or period is not None:
            glued = start > 0 and rest[start - 1].isdigit()
            if unit is not None and (glued or low not in _UNIT_AFTER_NUMBER_ONLY or _after_number(rest, start)):
                units[unit] += 1
            elif glued and period is not None:  # "x7d", "48h"
                times[period] += 1
        if negation:
            negations["negation"] += 1
        if side is not None and start < len(side_text) and side_text[start] != " ":
            sides[side] += 1
        if time is not None:
            times[time] += 1
        if drug:
            drugs[low] += 1
        elif rare_name_shape and _in_mid_sentence(rest, start):
            names[w] += 1
    return Facts(numbers, units, doses, frequencies, negations, sides, drugs, times, names)


_WordInfo = tuple[str, "str | None", "str | None", bool, "str | None", "str | None", bool, bool, bool]
_word_info: dict[str, _WordInfo] = {}
_WORD_INFO_MAX = 200_000


def _info(word: str) -> _WordInfo:
    """What a word is out of context (lower case, unit, period, negation, side, time, drug name,
    whether it is a rare word shaped like a name, and whether it is any of these), worked out once
    per distinct word. Rarity is part of it: "Your" and "Call" start sentences in every line, and
    were each looked at in context only to be found common (measured: most of the words facts()
    looked at)."""
    low = word.lower()
    facts = (
        UNITS.get(low), _PERIOD.get(low), low in NEGATIONS or low.endswith("n't"), _SIDE_WORDS.get(low),
        _TIME_NORMAL.get(low, low) if low in TIME_WORDS or low in _TIME_OF_DAY else None, is_drug_name(low),
        len(word) >= 3 and word[0].isupper() and not word.isupper() and word[1:].islower() and zipf(low) < 3.0,
    )
    info = (low, *facts, any(f is not None and f is not False for f in facts))
    if len(_word_info) > _WORD_INFO_MAX:
        _word_info.clear()  # bounded memory on endless streams of new words
    _word_info[word] = info
    return info


def _in_mid_sentence(text: str, start: int) -> bool:
    """Whether a word at `start` stands in mid-sentence, where a rare capitalised word is a name (a
    brand or a place: "Lasix", "Eliquis"), not a capital that starts a sentence, a line or a bullet."""
    before = text[max(0, start - 40):start].rstrip()  # a bounded look back: whole texts are checked too
    return bool(before) and before[-1] not in ".!?:;\n(\"'" and not before.endswith(("-", "*", "•"))


def check(source: str, proposal: str, trusted: bool, implied: str = "", memo: dict[str, Facts] | None = None) -> list[str]:
    """Why `proposal` may not replace `source` (empty when it may). `implied` holds wording the
    source means but does not spell out (the plain words of its abbreviations), which a proposal may
    add without making a new claim. `memo` (text -> facts) lets a caller checking many edits of one
    text work out the facts of each unchanged source line once."""
    before = _source_facts(source, memo)
    if trusted and not _has_facts_to_keep(before):
        return []  # only losses count for trusted edits, and there is nothing to lose
    after = facts(proposal)
    allowed = facts(source + " \n " + implied) if implied else before
    reasons: list[str] = []
    for (kind, want), (_, have), (_, may) in zip(before.kinds().items(), after.kinds().items(), allowed.kinds().items()):
        if kind == "name" and trusted:
            continue  # the glossary rewriter never rewrites names; a term at a sentence start is not one
        reasons.extend(f"drops the {kind} {value!r}" for value in _lost(kind, want, have, after))
        if not trusted and kind in ("number", "dose", "frequency", "drug name", "side", "negation"):
            for value, count in have.items():
                if count > may[value]:
                    reasons.append(f"adds the {kind} {value!r}")
    if not trusted:
        reasons.extend(_moved_negations(source, proposal))
    return reasons


def keeps_facts_together(source: str, proposal: str, changes: list[tuple[str, str]],
                         memo: dict[str, Facts] | None = None) -> bool:
    """Whether `proposal` (`source` with the glossary's `changes` made, each a (before, after) pair of
    its own words) keeps every fact of `source`, where a fact one change's own words add ("(3-month
    blood sugar average)") is not counted: it must not stand in for one another change lost. One
    call checks a whole line of trusted edits; when it says no, each edit is checked on its own to
    find which one to refuse."""
    before = _source_facts(source, memo)
    if not _has_facts_to_keep(before):
        return True  # a line with no fact (names aside, as below) has none to lose: most prose lines
    after = facts(proposal)
    added: Counter = Counter()
    for change in changes:
        for key, n in _own_additions(*change):
            added[key] += n
    # only the kinds the source has (most lines have two or three): two dicts of kinds and a
    # generator for every kind per line had been a tenth of this check, facts() aside (measured)
    for kind, want, have in zip(_KINDS, before, after):
        if want and kind != "name" and any(_lost(kind, want, have, after, added)):  # names: as in check()
            return False
    return True


# --- one edit of a long line, read near the edit ----------------------------------------------------
#
# A line whose edits together lose a fact is checked edit by edit (engine._guard), each edit with up
# to 200 characters either side: facts() of two long texts per edit. Most of those edits lose
# nothing, and their sentence alone shows it, because facts() adds up over a "safe cut": a place b
# in a text t with
#   - t[b-2:b] == ". " and t[b] a capital A-Z, and the whole text ASCII;
#   - the run of letters ending at b-3 of at least 3 small letters a-z, and not ending in a number
#     word ("six", "twenty", "first", "hundred"...).
# There facts(t) == facts(t[:b]) + facts(t[b:]), kind by kind and value by value, because no
# pattern of facts() can match across the cut or read across it to decide a match:
#   - a pattern takes a full stop followed by a space only after "q" or a number ("q. 6 hours",
#     "every 6. Hours", "every six. Hours", "qsix. Hours"), as the last character of a Latin code or
#     "a.m." (after one letter), or after a unit of time ending a frequency ("every 6 hours.",
#     "every sixd."), which is then blanked out, stop and all, before the later patterns run (and
#     "each\s+day" could then reach across the blanks). The run before the stop is none of these:
#     not one letter, a digit, a number word, or a unit of time alone or after a number word. So
#     the "." stays, no match takes it, and no match or blank crosses it;
#   - what is read after a match or a number (a unit in the next 16 characters, "s" after "second",
#     the look-aheads of the side letters "L"/"R"/"B" and of "daily") stops at the "." or the space,
#     both on the left of the cut: the side letters' "\.\s?[a-z]" meets a capital either way;
#   - what is read before a word on the right (a digit right before it, a number in the 4
#     characters before a letter or a side, "and a " before "half", the last character before it in
#     the sentence, the look-behinds of numbers, dates, sides, "(?<=[a-z,] )May") sees ". " or the
#     capital at b, and the same answer comes from the start of a text;
#   - the quick tests that skip patterns (_may_hold, a digit, "%", "Ma") are sound on any text, so
#     each part alone tries every pattern that can match in it.
# Not ASCII: case-insensitive patterns also fold "ſ" to "s" and "K" to "k", which the run test
# above does not see. tests/test_engine_guard_near.py checks the sum on corpus lines and random texts.

# a run of letters that a pattern may end on and still take the "." after it: a number word, or a
# unit of time alone or after a number word ("every six. Hours", "every 6 hours." then blanked out)
# (read backwards: a run's end is the start of the reversed run, where match() tries once; a search
# for "(?:...)$" tried every position of the run)
_NUMBER_WORDS_AND_SCALES = sorted({*_SMALL, *_TENS, *_OTHER_NUMBER_WORDS, "hundred", "thousand"}, key=len, reverse=True)
_PERIOD_WORDS = [w for p in _PERIOD_ALT.split("|") for w in ((p[:-1], p[:-2]) if p.endswith("?") else (p,))]
_NOT_BEFORE_A_CUT_REVERSED = re.compile("(?:{0})|(?:{1})(?:$|{0})".format(
    "|".join(w[::-1] for w in _NUMBER_WORDS_AND_SCALES), "|".join(w[::-1] for w in _PERIOD_WORDS)))
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _safe_cut(text: str, b: int) -> bool:
    """Whether facts() adds up over a cut of `text` (ASCII) at b: see above."""
    if not (3 <= b < len(text) and text[b - 2:b] == ". " and "A" <= text[b] <= "Z"):
        return False
    run_start = b - 3
    while run_start >= 0 and text[run_start] in _LETTERS:
        run_start -= 1
    run = text[run_start + 1:b - 2]
    return len(run) >= 3 and (run_start < 0 or not text[run_start].isalpha()) and _NOT_BEFORE_A_CUT_REVERSED.match(run[::-1]) is None


def keeps_facts_near(source: str, proposal: str, start: int, end: int, new_end: int,
                     memo: dict[str, Facts] | None = None) -> bool:
    """True only when check(source, proposal, trusted=True) is sure to find no loss, where
    `proposal` is `source` with source[start:end] replaced by proposal[start:new_end]. The part of
    each text between the nearest safe cuts around the change (see _safe_cut) is read: every fact
    outside it is the same in both texts, so a proposal whose part keeps the source part's facts
    keeps all of them. False says nothing: the caller checks the whole texts."""
    if not (source.isascii() and proposal.isascii()):
        return False
    # a cut at left + 2 <= start - 1 (its capital unchanged); none before an edit at 0 or 1 (rfind
    # would read a negative end as counted from the end of the text)
    left = source.rfind(". ", 0, start - 1) if start > 1 else -1
    while left >= 0 and not _safe_cut(source, left + 2):
        left = source.rfind(". ", 0, left)
    cut = left + 2 if left >= 0 else 0
    shift = new_end - end
    right = source.find(". ", end)  # from `end`: the cut and the letters before it may still be the change's
    while right >= 0 and not (_safe_cut(source, right + 2) and _safe_cut(proposal, right + 2 + shift)):
        right = source.find(". ", right + 1)
    stop = right + 2 if right >= 0 else len(source)
    was = _source_facts(source[cut:stop], memo)
    if not _has_facts_to_keep(was):
        return True  # nothing there to lose: the proposal's part is not read
    now = facts(proposal[cut:stop + shift])
    for kind, want, have in zip(_KINDS, was, now):
        if want and kind != "name":  # names: as in check() for trusted edits
            for value, count in want.items():
                if have[value] < count:
                    return False
    return True


def _has_facts_to_keep(f: Facts) -> bool:
    """Whether a text has any fact a trusted edit must keep (every kind but names)."""
    return bool(f.numbers or f.units or f.doses or f.frequencies or f.negations or f.sides or f.drugs or f.times)


def _source_facts(source: str, memo: dict[str, Facts] | None) -> Facts:
    """The facts of a source text, worked out once per text when the caller keeps a memo."""
    if memo is None:
        return facts(source)
    return memo.get(source) or memo.setdefault(source, facts(source))


def _lost(kind: str, want: Counter, have: Counter, after: Facts, added: Counter | None = None) -> Iterator[str]:
    """The values of one kind of fact that the proposal has fewer of than the source. Facts the
    changes' own words add (`added`) are not counted, and a fact kept in another form ("daily" and
    "a day") counts only when nothing was added that could stand in for it."""
    for value, count in want.items():
        if have[value] - (added[kind, value] if added else 0) < count and (added or not _kept_otherwise(kind, value, after)):
            yield value


@lru_cache(maxsize=8192)
def _own_additions(before: str, after: str) -> tuple[tuple[tuple[str, str], int], ...]:
    """The facts a change's own words add ((kind, value), how many): "benign" -> "benign (not
    cancer)" adds a negation. The same few changes recur in every note, so they are kept."""
    was, now = facts(before).kinds(), facts(after).kinds()
    return tuple(((kind, value), n - was[kind][value]) for kind, have in now.items() for value, n in have.items()
                 if n > was[kind][value])


# What a negation covers: the words after it up to the end of its clause ("Denies chest pain,
# palpitations or diaphoresis": all three), where a contrast or a full stop ends it ("no fever but cough").
_SCOPE_END = re.compile(r"[.;:!?\n]|\b(?:but|however|although|though|except|yet|whereas|while)\b", re.IGNORECASE)
_NOT_CONTENT = frozenset(
    "the and any have has had been being was were are for with from that this these those you your his her their "
    "its our any some all also of to in on at by or nor".split()
)


def _negation_scopes(text: str) -> tuple[Counter, Counter]:
    """(words said not to be so, words said to be so): content words inside and outside a negation."""
    negated: Counter = Counter()
    claimed: Counter = Counter()
    scope_end = -1
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        if w in NEGATIONS or w.endswith("n't"):
            end = _SCOPE_END.search(text, m.end())
            scope_end = end.start() if end else len(text)
            continue
        if len(w) < 3 or w in _NOT_CONTENT:
            continue
        info = _word_info.get(m.group(0)) or _info(m.group(0))
        if info[1] is not None or info[2] is not None or info[5] is not None:
            continue  # "for 2 weeks" says how long, not what is denied
        (negated if m.start() < scope_end else claimed)[w] += 1
    return negated, claimed


def _moved_negations(source: str, proposal: str) -> list[str]:
    """A rewrite may keep every negation and every word yet move what is denied: "no fever but cough"
    -> "fever but no cough". A word only denied in the source must not be claimed in the proposal,
    and a word only claimed must not be denied (a model's rewrite, which the glossary never does)."""
    src_neg, src_claim = _negation_scopes(source)
    out_neg, out_claim = _negation_scopes(proposal)
    reasons = []
    for w in src_neg:
        if not src_claim[w] and out_claim[w] and not out_neg[w]:
            reasons.append(f"turns the denied {w!r} into a claim")
    for w in src_claim:
        if not src_neg[w] and out_neg[w]:
            reasons.append(f"denies {w!r}, which the source claims")
    return reasons


def _kept_otherwise(kind: str, value: str, after: Facts) -> bool:
    """A fact kept in another form: "daily" and "a day" say the same unit of time; the 2 of "q2°"
    lives on in "every 2 hours"."""
    if kind == "time" and value in _TIME_UNITS:
        return after.times[value] > 0 or any(value in f for f in after.frequencies) or any(d.endswith(" " + value) for d in after.doses)
    if kind == "number":
        return any(re.search(rf"(?<![\d.]){re.escape(value)}(?![\d.])", f) for f in after.frequencies)
    return False
