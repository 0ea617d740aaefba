"""The guard: nothing reaches the output without its consent.

Every number and unit, dose, drug name, negation, side (left, right, both) and time expression of
the source must survive a proposal. Glossary edits are trusted to add words (the glossary says
"BID" means "2 times a day"), so for them only losses count; a model's proposal may also not add a
number, a drug name, a side or a negation that the source did not have (a new medical claim).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..lexicon import is_drug_name

_NUMBER = re.compile(r"(?<![A-Za-z])\d+(?:,\d{3})*(?:\.\d+)?|(?<![\d])\.\d+")
_WORD = re.compile(r"[A-Za-z]+(?:'t)?")
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "once": 1, "twice": 2, "thrice": 3, "half": 0.5, "single": 1,
    "double": 2, "triple": 3, "dozen": 12, "first": 1, "second": 2, "third": 3,
}
UNITS = {
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "mcg": "mcg", "microgram": "mcg", "micrograms": "mcg",
    "g": "g", "gram": "g", "grams": "g", "kg": "kg", "kilogram": "kg", "kilograms": "kg", "ml": "ml",
    "milliliter": "ml", "milliliters": "ml", "millilitre": "ml", "millilitres": "ml", "l": "l", "liter": "l",
    "liters": "l", "litre": "l", "litres": "l", "unit": "unit", "units": "unit", "meq": "meq", "mmol": "mmol",
    "mmhg": "mmhg", "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "oz": "oz", "ounce": "oz",
    "ounces": "oz", "cm": "cm", "mm": "mm", "inch": "inch", "inches": "inch", "bpm": "bpm", "%": "%",
    "percent": "%", "tablet": "tablet", "tablets": "tablet", "tab": "tablet", "tabs": "tablet", "capsule": "capsule",
    "capsules": "capsule", "cap": "capsule", "caps": "capsule", "puff": "puff", "puffs": "puff", "drop": "drop",
    "drops": "drop", "gtt": "drop", "gtts": "drop", "iu": "unit", "u": "unit", "cc": "ml", "teaspoon": "teaspoon",
    "teaspoons": "teaspoon", "tablespoon": "tablespoon", "tablespoons": "tablespoon", "patch": "patch",
}
NEGATIONS = frozenset(
    "no not without denies denied deny denying negative never none nor neither cannot can't don't doesn't didn't "
    "won't isn't aren't wasn't weren't shouldn't mustn't absent free".split()
)
SIDES = {"left": "left", "right": "right", "bilateral": "both", "both": "both", "lt": "left", "rt": "right",
         "unilateral": "one side", "ipsilateral": "same side", "contralateral": "other side"}
TIME_WORDS = frozenset(
    "today tomorrow tonight yesterday morning evening night bedtime noon midnight daily weekly monthly yearly "
    "hourly monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december minute minutes hour hours day days week weeks month months year "
    "years am pm".split()
)
_TIME_NORMAL = {"minutes": "minute", "hours": "hour", "days": "day", "weeks": "week", "months": "month", "years": "year",
                "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "hourly": "hour"}
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}:\d{2}\b")


def _num(text: str) -> str:
    value = float(text.replace(",", "")) if text[0] != "." else float("0" + text)
    return f"{value:g}"


@dataclass(frozen=True)
class Facts:
    numbers: Counter
    units: Counter
    negations: Counter
    sides: Counter
    drugs: Counter
    times: Counter

    def kinds(self) -> dict[str, Counter]:
        return {"number": self.numbers, "unit": self.units, "negation": self.negations, "side": self.sides,
                "drug name": self.drugs, "time": self.times}


def facts(text: str) -> Facts:
    """The facts of a text that a rewrite must keep."""
    numbers: Counter = Counter(_num(m.group(0)) for m in _NUMBER.finditer(text))
    units: Counter = Counter()
    negations: Counter = Counter()
    sides: Counter = Counter()
    drugs: Counter = Counter()
    times: Counter = Counter(m.group(0) for m in _DATE.finditer(text))
    if "%" in text:
        units["%"] += text.count("%")
    for m in _WORD.finditer(text):
        w = m.group(0)
        low = w.lower()
        if low in NUMBER_WORDS:
            numbers[f"{NUMBER_WORDS[low]:g}"] += 1
        if low in UNITS and (low not in ("u", "l", "g", "cap", "caps", "patch", "drop", "drops") or _after_number(text, m.start())):
            units[UNITS[low]] += 1
        if low in NEGATIONS or low.endswith("n't"):
            negations["negation"] += 1
        if low in SIDES:
            sides[SIDES[low]] += 1
        if low in TIME_WORDS:
            times[_TIME_NORMAL.get(low, low)] += 1
        if is_drug_name(low):
            drugs[low] += 1
    # "q6h", "x7d", "10mg": units and times glued to their numbers
    for m in re.finditer(r"\d(mg|mcg|ml|mL|g|kg|h|hr|hrs|d|wk|min)\b", text):
        unit = m.group(1).lower()
        if unit in ("h", "hr", "hrs"):
            times["hour"] += 1
        elif unit == "d":
            times["day"] += 1
        elif unit == "wk":
            times["week"] += 1
        elif unit == "min":
            times["minute"] += 1
        else:
            units[UNITS.get(unit, unit)] += 1
    return Facts(numbers, units, negations, sides, drugs, times)


def _after_number(text: str, pos: int) -> bool:
    return bool(re.search(r"\d\s*$", text[max(0, pos - 4):pos]))


def check(source: str, proposal: str, trusted: bool, implied: str = "") -> list[str]:
    """Why `proposal` may not replace `source` (empty when it may). `implied` holds wording the
    source means but does not spell out (the plain words of its abbreviations), which a proposal may
    add without making a new claim."""
    before, after = facts(source), facts(proposal)
    allowed = facts(source + " " + implied) if implied else before
    reasons: list[str] = []
    for (kind, want), (_, have), (_, may) in zip(before.kinds().items(), after.kinds().items(), allowed.kinds().items()):
        for value, count in want.items():
            if have[value] < count:
                if kind == "time" and value in ("day", "hour", "week", "month", "minute", "year") and _time_kept(value, after):
                    continue
                reasons.append(f"drops the {kind} {value!r}")
        if not trusted and kind in ("number", "drug name", "side", "negation"):
            for value, count in have.items():
                if count > may[value]:
                    reasons.append(f"adds the {kind} {value!r}")
    return reasons


def _time_kept(value: str, after: Facts) -> bool:
    """"daily" and "a day" say the same; a unit of time kept in either form is kept."""
    return after.times[value] > 0
