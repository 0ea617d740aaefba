"""The sentence splitter's openers: an order to the reader said about "patients" ("Patients are told
to take ...") and an order given in the passive ("Your doctor should be contacted if ...") become
plain orders; every fact stays, and a second run proposes nothing."""

from __future__ import annotations

import pytest


from splitter_helpers import assert_cut, shorten



CHANGED = [
    ("Patients are told to take the tablet once daily on an empty stomach.",
     "Take the tablet once daily on an empty stomach."),
    ("You are instructed to keep the dressing dry for 48 hours.", "Keep the dressing dry for 48 hours."),
    ("Patients and caregivers are asked to wash hands with soap and water before touching the line.",
     "Wash hands with soap and water before touching the line."),
    ("Your doctor should be contacted if the swelling in your right leg gets worse.",
     "Contact your doctor if the swelling in your right leg gets worse."),
    ("The eye clinic must be called right away if you see new flashes of light.",
     "Call the eye clinic right away if you see new flashes of light."),
    # a bracket the glossary wrote after the term goes with it
    ("Your heart doctor (cardiologist) should be notified before any dental work.",
     "Notify your heart doctor (cardiologist) before any dental work."),
    ("Emergency care should be sought without delay for chest pain or fainting.",
     "Seek emergency care without delay for chest pain or fainting."),
]


@pytest.mark.parametrize("text,expected", CHANGED)
def test_order_to_the_reader_said_as_an_order(text, expected):
    assert_cut(text, expected, guarded=True)


UNCHANGED = [
    # a negation stays where it is
    "Patients are told not to drive for 24 hours after the procedure.",
    "Your doctor should not be contacted about refills after hours.",
    # "they" points back at the patients, whom the order would drop
    "Patients are told to bring their glucose log to every visit.",
    "Patients and caregivers are asked to wash their hands with soap and water before touching the line.",
    # a second "to" goes on the order: the imperative would leave it without its verb
    "Patients are told to eat small meals, and to avoid foods that are fried or greasy.",
    # not whom the reader contacts: a passive that is no order to the reader
    "The results should be reported to the clinic within a week.",
    "Your child should be seen by a doctor within 2 days.",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_other_openers_unchanged(text):
    assert shorten(text) == text
