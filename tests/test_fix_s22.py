"""Grammar fixed after reading plainspeak's output (stop 22): a comma series of passive clauses of which
only the first became an order ("Offer smaller volumes more often, about every 2 to 3 hours,
breastfeeding should be continued": half orders, half passives, a broken sentence). Now all of the
series become orders (the order's own time or manner may stand between two of its clauses: "..., about
every 2 to 3 hours, continue breastfeeding"), or none of them; a passive in a clause of its own ("which,
if present, should be treated", "since straining should be avoided") lets the order stand. Each case is
the exact output, and simplifying it again changes nothing."""

from __future__ import annotations

import pytest

from simplified import simplified

_RSV = ('Smaller volumes should be offered more frequently, approximately every 2 to 3 hours, breastfeeding should be '
        'continued, and pauses for rest are recommended if your baby is breathing rapidly.')
_OXYGEN = ('Nasal cannulas should be replaced every 2 weeks, or sooner if they become soiled, and the concentrator filter '
           'should be washed weekly.')
_LOG = ('A separate log should be maintained for each drain, labeled, for example, "right lateral" and "right medial," and '
        'the date, time, volume and color of the fluid should be documented at each emptying.')
_FEET = ('The feet, including the spaces between the toes, should be inspected for cracks or tinea pedis, which, if present, '
         'should be treated with clotrimazole 1% cream BID.')
_SOFTENER = '- A stool softener such as docusate 100 mg BID should be taken while opioids are in use, since straining should be avoided.'

CASES = [
    # all of the series as orders, past the first order's own time ('about every 2 to 3 hours')
    ('replace', _RSV, 'Offer smaller volumes more often, about every 2 to 3 hours, continue breastfeeding, and pauses for rest '
                      'are advised if your baby is breathing quickly.'),
    ('explain', _RSV, 'Offer smaller volumes more often, about every 2 to 3 hours, continue breastfeeding, and pauses for rest '
                      'are advised if your baby is breathing quickly.'),
    # ... past a time that may come sooner ('or sooner if they become soiled')
    ('replace', _OXYGEN, 'Replace oxygen tubes in the nose (nasal cannulas) every 2 weeks, or sooner if they become soiled, and '
                         'wash the concentrator filter weekly.'),
    ('explain', _OXYGEN, 'Replace nasal cannulas (oxygen tubes in the nose) every 2 weeks, or sooner if they become soiled, and '
                         'wash the concentrator filter weekly.'),
    # none: the second clause ('should be documented') cannot be an order, so the first stays passive too
    ('replace', _LOG, 'A separate log should be kept for each drain, labeled, for example, "right outer" and "right inner," and '
                      'the date, time, volume and color of the fluid should be documented at each emptying.'),
    ('explain', _LOG, 'A separate log should be kept for each drain, labeled, for example, "right lateral (outer)" and "right '
                      'medial (inner)," and the date, time, volume and color of the fluid should be documented at each emptying.'),
    # a passive in a clause of its own is no item of the series: the order stands
    ('replace', _FEET, "Check the feet, including the spaces between the toes, for cracks or athlete's foot, which, if present, "
                       "should be treated with clotrimazole 1% cream 2 times a day."),
    ('explain', _FEET, "Check the feet, including the spaces between the toes, for cracks or tinea pedis (athlete's foot), which, "
                       "if present, should be treated with clotrimazole 1% cream 2 times a day."),
    ('replace', _SOFTENER, '- Take a stool softener such as docusate 100 mg 2 times a day while opioids are in use, since '
                           'straining should be avoided.'),
    ('explain', _SOFTENER, '- Take a stool softener such as docusate 100 mg 2 times a day while opioids are in use, since '
                           'straining should be avoided.'),
]


# a series of three orders, the second opening with its adverb ("gently squeeze"), was cut before its last item:
# "Remove both caps, gently squeeze the skin. Place the pen ..." (two orders joined by a comma alone)
_STEPS = 'Remove both caps, gently squeeze the skin, and place the pen at a 90-degree angle against the skin.'
CASES += [(mode, _STEPS, _STEPS) for mode in ("replace", "explain")]

# a formal verb after its noun and before a span of time and "after" is a participle: "given 24 hr after", never "gave"
_SPAN = ('Four hundred milligrams of intravenous hydrocortisone administered 24 hr after infusion of labeled cells caused a '
         'profound but transient lymphocytopenia.')
CASES += [
    ('replace', _SPAN, 'Four hundred milligrams of intravenous (through a vein) hydrocortisone given 24 hours after infusion (slow '
                       'drip into a vein) of labeled cells caused a profound but short-lived low count of one type of white blood cell.'),
    ('explain', _SPAN, 'Four hundred milligrams of intravenous (through a vein) hydrocortisone administered (given) 24 hr (hours) '
                       'after infusion (slow drip into a vein) of labeled cells caused a profound but transient (short-lived) '
                       'lymphocytopenia (low count of one type of white blood cell).'),
]

# a later participle of the order before a phrase of when takes its object again, "them" for a list joined by "or"
_CRACKERS = 'Plain crackers or dry toast should be kept at the bedside and eaten prior to getting out of bed in the morning.'
CASES += [
    ('replace', _CRACKERS, 'Keep plain crackers or dry toast at the bedside and eat them before getting out of bed in the morning.'),
    ('explain', _CRACKERS, 'Keep plain crackers or dry toast at the bedside and eat them prior to (before) getting out of bed in '
                           'the morning.'),
]


@pytest.mark.parametrize(("mode", "source", "expected"), CASES)
def test_series_of_passives_all_orders_or_none(mode: str, source: str, expected: str) -> None:
    out = simplified(source, mode)
    assert out == expected
    assert simplified(out, mode) == out
