"""Whom to tell or call, in the passive, said as an order wherever it opens a clause (issue 6): "should be
told / informed", a service with no determiner ("Emergency services", "911"), after "In case of ...", after
a cut; and a passive order whose list only an order lets the list rules read becomes the list at once, as
does a lead that ends in a colon with its items parted by semicolons."""

from __future__ import annotations

import pytest

from splitter_helpers import assert_cut, shorten

CHANGED = [
    ("Your anticoagulation clinic must be told before starting or stopping any medicine.",
     "Tell your anticoagulation clinic before starting or stopping any medicine."),
    ("911 must be called right away.", "Call 911 right away."),
    ("If it stays raised, the clinic must be told on the same day.", "If it stays raised, tell the clinic on the same day."),
    ("In case of vomiting, diarrhea or inability to keep enough fluid intake, your provider should be contacted.",
     "In case of vomiting, diarrhea or inability to keep enough fluid intake, contact your provider."),
    # "if needed" is the verb's own phrase: no condition that reaches over ", and" to a clause with its own subject
    ("Another dose may be taken if needed for mild tingling, up to the maximum daily amount specified by your "
     "surgeon, and the surgeon's office should be told if tingling continues.",
     "Another dose may be taken if needed for mild tingling, up to the maximum daily amount specified by your "
     "surgeon. Tell the surgeon's office if tingling continues."),
    ("Emergency services should be called right away for vomiting of blood or material looking like coffee grounds, "
     "black or tarry stools, a severe sudden headache, or any fall involving a blow to the head.",
     "Call emergency services right away for any of these:\n- vomiting of blood or material looking like coffee "
     "grounds\n- black or tarry stools\n- a severe sudden headache\n- any fall involving a blow to the head"),
]


@pytest.mark.parametrize("text, expected", CHANGED)
def test_whom_to_tell_is_an_order(text, expected):
    assert_cut(text, expected)


def test_a_condition_that_reaches_over_the_and_still_stops_the_cut():
    text = ("Take another dose if the tingling comes back within the hour, and the surgeon's office should be told "
            "about it the same day.")
    assert shorten(text) == text


COLON = ("Give epinephrine right away if any of the following are present after a known or suspected exposure: "
         "trouble breathing, wheezing or repetitive coughing; tightness or swelling of the throat, tongue or lips; "
         "pale or blue skin, dizziness, fainting or a weak pulse; or widespread hives.")


def test_a_colon_and_items_parted_by_semicolons_become_a_list():
    listed = ("Give epinephrine right away if any of the following are present after a known or suspected exposure:\n"
              "- trouble breathing, wheezing or repetitive coughing\n- tightness or swelling of the throat, tongue or lips\n"
              "- pale or blue skin, dizziness, fainting or a weak pulse\n- widespread hives")
    assert shorten(COLON) == listed
    assert shorten(listed) == listed


def test_the_last_or_stays_when_the_lead_does_not_say_any_of():
    text = COLON.replace("if any of the following are present", "if these are present")
    assert shorten(text) == text


def test_an_order_in_case_of_a_list_of_signs_becomes_a_list():
    text = ("Contact your doctor quickly in case of nosebleeds or gum bleeding that do not stop within 10 minutes, "
            "unusual bruising, pink or brown urine, or menstrual bleeding that is heavier than normal.")
    listed = ("Contact your doctor quickly in case of any of these:\n- nosebleeds or gum bleeding that do not stop within "
              "10 minutes\n- unusual bruising\n- pink or brown urine\n- menstrual bleeding that is heavier than normal")
    assert shorten(text) == listed
    assert shorten(listed) == listed


def test_the_piece_a_cut_leaves_becomes_its_list_in_the_same_run():
    # a second run saw "Contact ... in case of A, B, or C." as a sentence of its own and made the list
    text = ("Contact the eye clinic right away in case of increasing pain that is not relieved by acetaminophen, a "
            "sudden decrease in vision, a dark curtain across part of your vision, or increasing redness or discharge, "
            "as these may be signs of infection.")
    listed = ("Contact the eye clinic right away in case of any of these:\n- increasing pain that is not relieved by "
              "acetaminophen\n- a sudden decrease in vision\n- a dark curtain across part of your vision\n- increasing "
              "redness or discharge\n\nThis is because these may be signs of infection.")
    assert shorten(text) == listed
    assert shorten(listed) == listed
