"""Issue 6, the blind set's bugs: a passive order only from a plain noun phrase, a doer named after an
adverb keeps the passive, and a cut that makes a new sentence finishes it in the same run (an inverted
condition said with "if")."""

from __future__ import annotations

import pytest

from plainspeak.rewrite.guard import check

from splitter_helpers import shorten


@pytest.mark.parametrize("text", [
    # a relative clause's own passive ("of which ... should be checked") after an order: never "Check rinse ..."
    "Rinse the bottle in warm water, the temperature of which should be checked with the wrist and not the hand, "
    "and dried well, particularly inside the cap.",
    # a subject with more than a list or an aside before its commas
    "The bottle, once the cap is off, the teat and the ring should be washed in hot water.",
    # a question's "which": never "Use which maneuver first?"
    "Which maneuver should be used first?",
])
def test_a_passive_after_more_than_a_noun_phrase_stays(text):
    assert shorten(text) == text


def test_the_order_made_of_a_passive_is_idempotent(engine):
    text = ("The feet should be washed in warm water, the temperature of which should be checked with the wrist and "
            "not the hand, and dried well, particularly between the toes.")
    once = engine.simplify(text).text
    assert once == ("Wash the feet in warm water, the temperature of which should be checked with the wrist and not "
                    "the hand, and dried well, particularly between the toes.")
    assert engine.simplify(once).text == once


@pytest.mark.parametrize("text", [
    "Any sore that fails to show improvement within 2 days should be checked quickly by your doctor or foot doctor.",
    "The wound should be checked as soon as possible by your nurse.",
    "The stitches must be removed carefully by a nurse after 10 days.",
    # "by you" names the doer too: "Do not clean litter boxes by you" was wrong
    "Litter boxes, bird cages and aquariums must not be cleaned by you, and gardening should be done only with gloves.",
])
def test_a_doer_named_after_an_adverb_keeps_the_passive(text):
    assert shorten(text) == text


def test_a_doer_after_an_adverb_through_the_whole_engine(engine):
    text = ("Any sore that fails to show improvement within 2 days should be checked quickly by your doctor or foot "
            "doctor (podiatrist).")
    assert engine.simplify(text).text == text


@pytest.mark.parametrize("text, expected", [
    ("Nausea and stomach upset are common in the first weeks of treatment with this medicine and usually settle; "
     "should they continue, another form of the tablet may be given.",
     "Nausea and stomach upset are common in the first weeks of treatment with this medicine and usually settle. "
     "If they continue, another form of the tablet may be given."),
    ("Take the tablet twice a day with food to protect your stomach from irritation; should the pain continue for more than a week, "
     "call the clinic.",
     "Take the tablet twice a day with food to protect your stomach from irritation. If the pain continues for more than a week, "
     "call the clinic."),
])
def test_a_cut_says_the_new_sentences_inverted_condition_with_if(text, expected):
    out = shorten(text)
    assert out == expected
    assert not check(text, out, trusted=True)
    assert shorten(out) == out


def test_a_cut_finishes_its_new_sentence_through_the_whole_engine(engine):
    text = ("Nausea and stomach upset are common in the first weeks of treatment with this medicine and usually "
            "settle; should they continue, an extended-release (ER) form may be substituted by your doctor.")
    once = engine.simplify(text).text
    assert once == ("Nausea and stomach upset are common in the first weeks of treatment with this medicine and usually "
                    "settle. If they continue, an extended-release (ER) form may be substituted by your doctor.")
    assert engine.simplify(once).text == once


@pytest.mark.parametrize("text, expected", [
    # an amount of something that is no medicine is a measure: it pins no medicine to its sentence
    ("It is common for small amounts of phlegm with streaks of blood to be coughed up for 1 to 2 days after the "
     "biopsy; however, coughing up more than 2 tablespoons of bright red blood is not expected and must be reported.",
     "It is common for small amounts of phlegm with streaks of blood to be coughed up for 1 to 2 days after the "
     "biopsy. However, coughing up more than 2 tablespoons of bright red blood is not expected and must be reported."),
])
def test_a_measure_of_no_medicine_is_no_dose(text, expected):
    assert shorten(text) == expected
    assert not check(text, expected, trusted=True)
    assert shorten(expected) == expected


@pytest.mark.parametrize("text", [
    # a dose of a medicine still keeps its sentence whole
    "Take metformin 500 mg with breakfast every morning for the first week, and take 500 mg of it with dinner as well.",
    "Take 2 tablets with breakfast every morning for the first week of treatment, and take 5 mL of the liquid at night.",
])
def test_a_dose_of_a_medicine_still_pins_the_cut(text):
    assert shorten(text) == text
