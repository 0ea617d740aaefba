"""The sentence splitter on a sentence that says what its subject is and, in a relative clause, what it
does ("X is a Y that forms ..."): two sentences, "It" standing for the subject; every fact stays, and a
second run proposes nothing."""

from __future__ import annotations

import pytest


from splitter_helpers import assert_cut, shorten



CHANGED = [
    ("A deep vein clot (deep vein thrombosis, or DVT) is a blood clot that forms within one of the deep veins, "
     "most commonly in the calf or thigh.",
     "A deep vein clot (deep vein thrombosis, or DVT) is a blood clot. It forms within one of the deep veins, "
     "most commonly in the calf or thigh."),
    ("Your central line is a long, thin, flexible tube (catheter) that has been put into a vein in your right upper arm "
     "and moved until its tip lies near the heart.",
     "Your central line is a long, thin, flexible tube (catheter). It has been put into a vein in your right upper arm "
     "and moved until its tip lies near the heart."),
    # "of" + a plural: the singular verb can only go with the noun before it
    ("Gestational diabetes is a form of diabetes that develops during pregnancy, usually in the second or third "
     "trimester of the pregnancy.",
     "Gestational diabetes is a form of diabetes. It develops during pregnancy, usually in the second or third "
     "trimester of the pregnancy."),
]


@pytest.mark.parametrize("text,expected", CHANGED)
def test_what_the_subject_is_and_does_as_two_sentences(text, expected):
    assert_cut(text, expected, guarded=True)


UNCHANGED = [
    # "that" opens what a sign shows, not what the noun does
    "A fever after the surgery is a sign that the infection may be spreading to the blood and you should call the clinic.",
    # "that" + a subject of its own
    "Metformin is a medicine that you take with food to lower your blood sugar after each meal of the day.",
    # "of" + a singular noun: "that" may point at the lining, which "It" would not
    "Pericarditis is a disease of the lining that becomes swollen and painful and can cause sharp chest pain when you breathe.",
    # a person would become "It"
    "The nurse is a person that helps you with your medicines and answers any questions about your care at home.",
    # a condition before the subject
    "If the wound is red, this is a sign of an infection that needs treatment with antibiotics as soon as possible.",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_other_relative_clauses_unchanged(text):
    assert shorten(text) == text
