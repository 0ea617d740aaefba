"""An order given in the passive at the start of a sentence, said as an order: "Your doctor should be
contacted if ..." -> "Contact your doctor if ...", "Medical attention should be sought right away"
-> "Seek medical attention right away". A handout speaks to its reader, and "should be contacted"
asks the reader to do it; the imperative says the same in two words fewer and in the active voice.

Only whom to contact (a doctor, a clinic, a nurse, a service) or what care to seek, "should" or
"must" and nothing between (a negation, "should not be contacted", or "only" would be lost or
moved), at the very start of the sentence."""

from __future__ import annotations

import re

from .words import _Change

ACTIVE_ORDER_REASON = "active-order"

# whom a reader contacts: the last word of the noun phrase
_CONTACTS = ("doctor|doctors|clinic|office|nurse|provider|surgeon|team|pharmacist|physician|practitioner|specialist"
             "|midwife|dentist|service|services|department|center|centre|unit|line|helpline|hotline|cardiologist"
             "|oncologist|obstetrician|pediatrician|paediatrician|therapist|educator|supplier|company")
# a bracket the glossary wrote after the term goes with it: "your heart doctor (cardiologist)"
_CONTACTED = re.compile(r"(?P<target>(?:your|the)[ \t](?:[A-Za-z'’-]+[ \t]){0,4}?(?:" + _CONTACTS + r")(?:[ \t]\([^()\n]*\))?)"
                        r"[ \t](?:should|must)[ \t]be[ \t](?P<verb>contacted|called|notified)\b", re.IGNORECASE)
_SOUGHT = re.compile(r"(?P<target>(?:medical|emergency|urgent|immediate|prompt)[ \t]"
                     r"(?:attention|care|evaluation|help|treatment|advice))"
                     r"[ \t](?:should|must)[ \t]be[ \t](?P<verb>sought)\b", re.IGNORECASE)
_IMPERATIVES = {"contacted": "Contact", "called": "Call", "notified": "Notify", "sought": "Seek"}


def _active_order(text: str) -> list[_Change]:
    """The sentence's opening passive order as an imperative, or nothing."""
    m = _CONTACTED.match(text) or _SOUGHT.match(text)
    if m is None:
        return []
    target = m.group("target")
    return [(0, m.end(), _IMPERATIVES[m.group("verb").lower()] + " " + target[0].lower() + target[1:], ACTIVE_ORDER_REASON)]
