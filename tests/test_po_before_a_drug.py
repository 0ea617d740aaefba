""""PO" before the medicine or thing it describes reads "oral" (issue 6: sig expansion): "started PO
vancomycin" read "started by mouth vancomycin". After a dose it is still "by mouth"."""

from __future__ import annotations

import pytest

import plainspeak


@pytest.mark.parametrize("text, expected", [
    ("Started PO vancomycin 125 mg QID x 10 days.", "Started oral vancomycin 125 mg 4 times a day for 10 days."),
    ("Switched to PO antibiotics.", "Switched to oral antibiotics."),
    ("Take 1 tab PO daily.", "Take 1 tablet by mouth daily."),
    ("Vancomycin 125 mg PO QID.", "Vancomycin 125 mg by mouth 4 times a day."),
])
def test_po_before_what_it_describes_is_oral(text, expected):
    assert plainspeak.simplify(text).text == expected


@pytest.mark.parametrize("mode, text, expected", [
    # a verb that takes an object, after a noun and before a route, is the participle: "given", not "gave"
    ("replace", "Deferasirox is an iron chelator administered orally at 20 mg/kg.",
     "Deferasirox is a medicine to remove extra iron given by mouth at 20 mg/kg."),
    ("explain", "Deferasirox is an iron chelator administered orally at 20 mg/kg.",
     "Deferasirox is an iron chelator (medicine to remove extra iron) administered (given) orally (by mouth) at 20 mg/kg."),
    # another adverb may open the object: the verb stays past
    ("replace", "Subjects received potentially harmful agents.", "Subjects got potentially harmful agents."),
])
def test_a_verb_before_a_route_after_its_noun_is_the_participle(mode, text, expected):
    assert plainspeak.Simplifier(mode=mode).simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # "PRN" before a verb has no reason after it: "if needed", never "if needed for is advised"
    ("Acetaminophen 650 mg PO q6h PRN is recommended for discomfort.",
     "Acetaminophen 650 mg by mouth every 6 hours if needed is advised for discomfort."),
    ("Oxycodone 5 mg PO q4h PRN pain.", "Oxycodone 5 mg by mouth every 4 hours if needed for pain."),
])
def test_prn_before_a_verb_names_no_reason(text, expected):
    assert plainspeak.simplify(text).text == expected
