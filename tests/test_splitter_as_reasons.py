"""", as" + a long subject + a verb that gives a reason becomes ". This is because ..." (issue 6): a
subject with a list or a bracket, "has been", a present that causes; never a manner ("as your doctor may
direct you"), "as well as", or a time ("as the new skin grows")."""

from __future__ import annotations

import pytest

from splitter_helpers import assert_cut, shorten

CUT = [
    ("Walking is strongly encouraged on the day of surgery, as frequent short walks lower the risk of deep vein "
     "blood clot (DVT) and pneumonia (lung infection).",
     "Walking is strongly encouraged on the day of surgery. This is because frequent short walks lower the risk of "
     "deep vein blood clot (DVT) and pneumonia (lung infection)."),
    ("Alcohol must not be had during metronidazole therapy and for at least 3 days following the final dose, as a "
     "severe reaction with flushing, nausea and vomiting may happen.",
     "Alcohol must not be had during metronidazole therapy and for at least 3 days following the final dose. This "
     "is because a severe reaction with flushing, nausea and vomiting may happen."),
    ("Epinephrine is the first-choice treatment and must be given without delay, as delay of treatment has been "
     "linked to fatal results.",
     "Epinephrine is the first-choice treatment and must be given without delay. This is because delay of "
     "treatment has been linked to fatal results."),
    # "after" + a noun inside the subject opens no clause
    ("Walking several times per day is strongly encouraged, as getting up and moving soon after surgery lowers the "
     "risk of a blood clot and pneumonia.",
     "Walking several times per day is strongly encouraged. This is because getting up and moving soon after surgery "
     "lowers the risk of a blood clot and pneumonia."),
    ("Tell the staff if you have had a reaction to contrast dye before, as medicine given ahead of time with "
     "prednisone may be needed.",
     "Tell the staff if you have had a reaction to contrast dye before. This is because medicine given ahead of "
     "time with prednisone may be needed."),
]

KEPT = [
    "Use the cream on the rash two times a day for the next two weeks, as your doctor may direct you.",
    "The itching of the skin around the wound usually gets better over the next weeks, as the new skin slowly grows over it.",
    "Studying treatment of this movement problem can be complex, as well as slow for the people taking part in the study.",
]


@pytest.mark.parametrize("text, expected", CUT)
def test_a_long_reason_after_as_is_cut(text, expected):
    assert_cut(text, expected)


@pytest.mark.parametrize("text", KEPT)
def test_as_that_tells_a_manner_or_a_time_stays(text):
    assert shorten(text) == text


AFTER_A_CONDITION = [
    ("If the mask leaks, causes red marks on your face, or feels too tight, contact your equipment supplier, since a "
     "different size or style may be more suitable.",
     "If the mask leaks, causes red marks on your face, or feels too tight, contact your equipment supplier. This is "
     "because a different size or style may be more suitable."),
    ("If oxycodone has been prescribed, it should be reserved for severe pain and stopped as soon as possible, because "
     "small amounts pass into breast milk and may cause sleepiness in the baby.",
     "If oxycodone has been prescribed, it should be reserved for severe pain and stopped as soon as possible. This is "
     "because small amounts pass into breast milk and may cause sleepiness in the baby."),
]


@pytest.mark.parametrize("text, expected", AFTER_A_CONDITION)
def test_a_reason_after_a_condition_and_its_main_clause_is_cut(text, expected):
    assert_cut(text, expected)


def test_a_reason_inside_the_condition_stays():
    text = "If the pain gets worse over the next few days, because the swelling may press on the nerve, call the clinic."
    assert shorten(text) == text


SINCE = [
    ("Pain relievers such as ibuprofen and naproxen should be avoided, since their use has been linked to a higher "
     "risk of diverticular problems.",
     "Avoid pain relievers such as ibuprofen and naproxen. This is because their use has been linked to a higher risk "
     "of diverticular problems."),
    ("Do not stop the medicine without asking your doctor, even if your home readings have returned to normal, since "
     "these readings most likely reflect the effect of the medicine.",
     "Do not stop the medicine without asking your doctor, even if your home readings have returned to normal. This "
     "is because these readings most likely reflect the effect of the medicine."),
]


@pytest.mark.parametrize("text, expected", SINCE)
def test_since_with_has_been_or_these_is_a_reason(text, expected):
    assert_cut(text, expected)


def test_since_that_tells_a_time_stays():
    text = "You have been feeling much better in the weeks since the new dose has been started by your heart doctor."
    assert shorten(text) == text
