"""A purpose put first ("To prevent irritation of the esophagus, tetracycline should be swallowed while
upright") opens the sentence like a condition, and the passive order after it becomes the order. The
passive-order rule had read "To prevent irritation ..., tetracycline" as the subject and written
"Swallow to prevent irritation of the food pipe, tetracycline while upright" (the ninth dev set, read
after it was scored blind)."""

from __future__ import annotations

import pytest

import plainspeak


@pytest.mark.parametrize("text, expected", [
    ("To prevent irritation of the esophagus, tetracycline should be swallowed while upright, and lying down "
     "should be avoided for at least 30 minutes afterward.",
     "To prevent irritation of the food pipe, swallow tetracycline while upright, and avoid lying down for at "
     "least 30 minutes afterward."),
    ("To reduce swelling, the leg should be elevated on pillows.", "To reduce swelling, raise the leg on pillows."),
])
def test_a_purpose_first_keeps_its_place_before_the_order(text, expected):
    out = plainspeak.simplify(text).text
    assert out == expected
    assert plainspeak.simplify(out).text == out


@pytest.mark.parametrize("text, expected", [
    ("Each morning, the dressing should be changed.", "Each morning, change the dressing."),
    ("Twice a day, the wound should be cleaned with soap.", "Twice a day, clean the wound with soap."),
    ("Ideally, the medicine should be taken with food.", "Ideally, take the medicine with food."),
    ("Generally, alcohol should be avoided.", "Usually, avoid alcohol."),
    ("Wherever possible, stairs should be avoided.", "Wherever possible, avoid stairs."),
    ("3 times a day, the wound should be cleaned.", "3 times a day, clean the wound."),
])
def test_a_phrase_of_time_or_manner_is_never_the_object_of_the_order(text, expected):
    # the passive-order rule had written "Change each morning, the dressing." and "Avoid generally, alcohol.":
    # the phrase opens the sentence like a condition, and the order follows it
    out = plainspeak.simplify(text).text
    assert out == expected
    assert plainspeak.simplify(out).text == out


def test_an_unknown_opener_leaves_the_passive_as_written():
    text = "Overall, salt should be limited."
    assert plainspeak.simplify(text).text == text


@pytest.mark.parametrize("text, expected", [
    ("The mask, tubing and water chamber should be washed daily.", "Wash the mask, tubing and water chamber daily."),
    ("Hot tubs, pools and baths should be avoided.", "Avoid hot tubs, pools and baths."),
    ("Only distilled, sterile, or boiled and cooled water should be used.",
     "Use only distilled, sterile (germ-free), or boiled and cooled water."),
])
def test_a_listed_subject_still_becomes_the_order(text, expected):
    assert plainspeak.simplify(text).text == expected
