"""A limit at the end of a dose line that belongs to one medicine becomes an order of its own ("..., no more
than 3,000 mg in 24 hours." -> ". Take no more than 3,000 mg in 24 hours."), never in a report of what was done.

A piece after a cut may carry a dose when it opens by pointing back at the only medicine its sentence names:
besides "it" and "the dose", a dose of the same medicine ("a reduced dose of 2.5 mg") and a limit ("no more than
1.8 mg", "do not exceed 1.8 mg"). With two medicines named, the limit could be either one's: no cut."""

from __future__ import annotations

import pytest


from splitter_helpers import assert_cut, shorten

SPLITS = [
    ("Colchicine 1.2 mg (two 0.6 mg tablets) should be taken at the first sign of a flare, followed by 0.6 mg one "
     "hour later; no more than 1.8 mg should be taken during the first hour.",
     "Colchicine 1.2 mg (two 0.6 mg tablets) should be taken at the first sign of a flare, followed by 0.6 mg one "
     "hour later. No more than 1.8 mg should be taken during the first hour."),
    ("Take colchicine 1.2 mg by mouth right away, followed by 0.6 mg one hour later; do not exceed 1.8 mg within the "
     "first 12 hours.",
     "Take colchicine 1.2 mg by mouth right away, followed by 0.6 mg one hour later. Do not exceed 1.8 mg within the "
     "first 12 hours."),
    ("Apixaban is a blood thinner pill that is usually taken at a dose of 5 mg 2 times a day, about 12 hours apart; "
     "a reduced dose of 2.5 mg 2 times a day is used in certain patients based on age, body weight, and kidney function.",
     "Apixaban is a blood thinner pill that is usually taken at a dose of 5 mg 2 times a day, about 12 hours apart. "
     "A reduced dose of 2.5 mg 2 times a day is used in certain patients based on age, body weight, and kidney function."),
]

# "reserve" is an order: each medicine keeps its dose on its own side of the cut; the limit of the first
# stays with it (two medicines named: no order of its own)
ORDERS = [
    ("Take acetaminophen 1,000 mg by mouth every 8 hours as your first-choice pain reliever, no more than 3,000 mg "
     "in 24 hours, and reserve oxycodone 5 mg by mouth every 6 hours if needed for severe pain.",
     "Take acetaminophen 1,000 mg by mouth every 8 hours as your first-choice pain reliever, no more than 3,000 mg "
     "in 24 hours. Reserve oxycodone 5 mg by mouth every 6 hours if needed for severe pain."),
]

LIMITS = [
    ("For fever or chest wall discomfort, you may use acetaminophen 650 mg every 6 hours as needed, no more than "
     "3,000 mg in 24 hours.",
     "For fever or chest wall discomfort, you may use acetaminophen 650 mg every 6 hours as needed. Use no more than "
     "3,000 mg in 24 hours."),
    # two medicines, the limit names its own, which the line names with its dose
    ("Mild cramping, like menstrual cramps, may be managed with ibuprofen 400 to 600 mg every 6 hours with food or "
     "acetaminophen 650 mg every 6 hours if needed, no more than 3,000 mg of acetaminophen per day.",
     "Mild cramping, like menstrual cramps, may be managed with ibuprofen 400 to 600 mg every 6 hours with food or "
     "acetaminophen 650 mg every 6 hours if needed. Take no more than 3,000 mg of acetaminophen per day."),
    ("Acetaminophen 15 mg/kg may be given to your child every 4 to 6 hours if needed for pain, no more than 5 doses in "
     "24 hours.",
     "Acetaminophen 15 mg/kg may be given to your child every 4 to 6 hours if needed for pain. Give no more than 5 "
     "doses in 24 hours."),
    # a sig line with no verb
    ("Acetaminophen 1,000 mg by mouth every 8 hours as needed for mild pain or fever at home, no more than 3,000 mg "
     "in 24 hours.",
     "Acetaminophen 1,000 mg by mouth every 8 hours as needed for mild pain or fever at home. Take no more than "
     "3,000 mg in 24 hours."),
]

KEPT = [
    # two medicines and a limit that names none: whose?
    "Mild cramping may be managed with ibuprofen 400 mg every 6 hours with food or acetaminophen 650 mg every 6 "
    "hours if needed, no more than 3,000 mg per day.",
    # a report of what was done: no order
    "Acetaminophen 15 mg/kg was given to each child every 4 to 6 hours during the first week, no more than 5 doses "
    "in 24 hours.",
    # two medicines: the limit, the reduced dose could be either one's
    "Take aspirin 81 mg and clopidogrel 75 mg by mouth every morning with your food; no more than 150 mg should be "
    "taken in a single day.",
    "Take aspirin 81 mg and clopidogrel 75 mg by mouth every morning with your food; a reduced dose of 50 mg may be "
    "used in older patients.",
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_cut(text, expected):
    assert_cut(text, expected, guarded=True)


@pytest.mark.parametrize("text", KEPT)
def test_kept_whole(text):
    assert shorten(text) == text


@pytest.mark.parametrize("text,expected", LIMITS)
def test_limit_at_the_end_becomes_an_order(text, expected):
    assert_cut(text, expected, guarded=True)


@pytest.mark.parametrize("text,expected", ORDERS)
def test_an_order_with_its_own_medicine_and_dose(text, expected):
    assert_cut(text, expected, guarded=True)
