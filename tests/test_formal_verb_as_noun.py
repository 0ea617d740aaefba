"""A formal verb met as a noun keeps its word (issue 6: verb forms of formal words). "experience" is
"have" only as a verb; after "have" or an adjective it is the noun, and "have" cannot stand there:
"clinical experience" read "clinical have", and "They have experience" read "They have have"."""

from __future__ import annotations

import pytest

import plainspeak


@pytest.mark.parametrize("text, expected", [
    ("We report clinical experience with this drug.", "We report clinical experience with this drug."),
    ("They have experience in surgery.", "They have experience in surgery."),
    ("Heat therapy is based on empirical experience.", "Heat therapy is based on empirical experience."),
    # the verb still reads plainly
    ("Patients may experience nausea.", "Patients may have nausea."),
    ("Many women commonly experience cramps.", "Many women often have cramps."),
    ("Some individuals experience dizziness.", "Some people have dizziness."),
    # and a formal phrase of its own after "has" is no noun
    ("Wait until the sample has been obtained.", "Wait until the sample has been taken."),
])
def test_a_formal_verb_after_have_or_an_adjective_is_a_noun(text, expected):
    assert plainspeak.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # "tolerating PO" is clinical shorthand for eating and drinking, not "handling by mouth"
    ("Tolerating PO after IVF.", "Eating and drinking after IVF."),
    ("She was tolerating po well.", "She was eating and drinking well."),
    ("Patient is tolerating a regular diet and ambulating.", "Patient is eating and drinking and walking."),
    ("He is tolerating the medicine.", "He is handling the medicine."),
])
def test_tolerating_po_is_eating_and_drinking(text, expected):
    assert plainspeak.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # found reading the ninth dev set's output: "children who are dried out", "cannot be waked"
    ("Do not give ibuprofen to children who are dehydrated.", "Do not give ibuprofen to children who are low on fluids."),
    ("A child who cannot be awakened needs care.", "A child who cannot be woken up needs care."),
    ("He has been awakened twice.", "He has been woken up twice."),
    # a person before the verb makes it past, a preposition after it notwithstanding
    ("She awakened at 3 am.", "She waked at 3 am."),
])
def test_dehydrated_and_awakened(text, expected):
    assert plainspeak.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # "instilled into" read "put in into"; "immediately after" read "right away after"
    # (the passive order is then said as an order: "put" with where the drop goes, stop 22)
    ("A single drop should be instilled into the pocket.", "Put a single drop into the pocket."),
    ("Wash your hands before the drops are instilled.", "Wash your hands before the drops are put in."),
    ("Take it immediately before a meal.", "Take it just before a meal."),
    ("Call immediately if bleeding starts.", "Call right away if bleeding starts."),
])
def test_instilled_into_and_immediately_after(text, expected):
    assert plainspeak.simplify(text).text == expected


def test_strongly_encouraged_before_a_purpose_is_never_told():
    # "is strongly advised to lower the risk" was read again as "advised to" (a person told to do a thing)
    text = "Walking several times daily is strongly encouraged in order to reduce the risk of clots."
    assert plainspeak.simplify(text).text == "Walking several times daily is strongly suggested to lower the risk of clots."


def test_normal_saline_is_salt_water_wherever_it_is_used():
    # "cleaned with sterile normal saline" read "sterile salt water through a vein" (ninth dev set)
    assert plainspeak.simplify("The site is cleaned with sterile normal saline.").text == \
        "The site is cleaned with sterile (germ-free) salt water."
