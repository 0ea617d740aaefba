"""Checklist items that are passive orders with their helper left out: "[ ] Alcohol avoided" -> "[ ] Avoid
alcohol". Read with the helper put back, they are orders.py's passive orders, said on the same terms."""

from __future__ import annotations

import re

from ...lexicon import is_drug_name
from ..grammar import verb_form
from .orders import _GIVING_VERBS, _IRREGULAR_PARTICIPLES, _READER_VERBS, _half_series, _later_orders, _passive_order
from .words import _Change

# --- a checklist item in the passive with no helper: "[ ] Alcohol avoided" -> "[ ] Avoid alcohol" ----------------
#
# A self-care checklist ticks off what the reader does, often written as a noun and a participle with the helper
# left out ("[ ] Total sodium intake limited to 2 g per day", "[ ] Lactulose 20 g by mouth repeated three times
# daily"). Read as "<subject> should be <participle> ...", it is the same passive order, and said as one on the
# same terms (a verb of the reader's, a subject that is a thing acted on); only behind a checkbox, which says the
# reader does it: a bare list item ("- Dressing changed daily") may list what the clinic does.
_CHECKBOX = re.compile(r"(?:\[[ xX]\]|☐|☑)[ \t]+")
_ITEM_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def checklist_orders(item: str) -> list[_Change]:
    """The changes that say a checklist item's passive with no helper as an order (see above), or nothing."""
    box = _CHECKBOX.match(item)
    if box is None:
        return []
    body = item[box.end():]
    words = list(_ITEM_WORD.finditer(body))
    drug = bool(words) and is_drug_name(words[0].group(0))
    verbs = _GIVING_VERBS if drug else _READER_VERBS
    participle = next((w for w in words[1:] if w.group(0).lower() in verbs and (
        w.group(0).lower() in _IRREGULAR_PARTICIPLES or verb_form(w.group(0).lower()) in ("past", "participle"))), None)
    if participle is None:
        return []
    at = participle.start()
    clause = body[:at].rstrip(" \t") + " should be " + body[at:]
    inserted = len(clause) - len(body)
    verb_end = at + inserted + len(participle.group(0))  # where the participle ends in `clause`
    orders = _passive_order(clause)
    if not orders or orders[0][0] != 0 or orders[0][1] < verb_end or any(a < verb_end for a, _b, _n, _w in orders[1:]):
        return []
    more = _later_orders(clause, orders[-1][1])  # "...; canned soups ... should be avoided": all or none of them
    if more is None and _half_series(clause, orders[-1][1]):
        return []
    orders += more or []
    out: list[_Change] = []
    for k, (a, b, new, why) in enumerate(orders):
        if ". " in new:
            # "..., and recorded" -> ". Record it" cuts a sentence; an item with no full stop keeps its ", and"
            join = re.match(r",[ \t]*and[ \t]+", clause[a:])
            if join is None or not new.startswith(". "):
                return []
            new = join.group(0) + new[2].lower() + new[3:]
        out.append((box.end() + (a if k == 0 else a - inserted), box.end() + b - inserted, new, why))
    return out
