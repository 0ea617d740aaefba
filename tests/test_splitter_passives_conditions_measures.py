"""Issue 6, the blind set's bugs: a passive order only from a plain noun phrase, a doer named after an
adverb keeps the passive, and a cut that makes a new sentence finishes it in the same run (an inverted
condition said with "if")."""

from __future__ import annotations

import pytest

from plainspeak.rewrite.guard import check

from splitter_helpers import assert_cut, shorten


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
                    "the hand, and dried well, especially between the toes.")
    assert engine.simplify(once).text == once


@pytest.mark.parametrize("text", [
    "Any sore that fails to show improvement within 2 days should be checked quickly by your doctor or foot doctor.",
    "The wound should be checked as soon as possible by your nurse.",
    "The stitches must be removed carefully by a nurse after 10 days.",
    # "by you" names the doer too: "Do not clean litter boxes by you" was wrong
    "Litter boxes, bird cages and aquariums must not be cleaned by you.",
])
def test_a_doer_named_after_an_adverb_keeps_the_passive(text):
    assert shorten(text) == text


def test_a_doer_named_keeps_the_passive_when_a_sure_cut_is_made():
    text = "Litter boxes, bird cages and aquariums must not be cleaned by you, and gardening should be done only with gloves."
    assert shorten(text) == ("Litter boxes, bird cages and aquariums must not be cleaned by you. Gardening should be done "
                             "only with gloves.")


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
    assert_cut(text, expected, guarded=True)


@pytest.mark.parametrize("text", [
    # a dose of a medicine still keeps its sentence whole
    "Take metformin 500 mg with breakfast every morning for the first week, and take 500 mg of it with dinner as well.",
    "Take 2 tablets with breakfast every morning for the first week of treatment, and take 5 mL of the liquid at night.",
])
def test_a_dose_of_a_medicine_still_pins_the_cut(text):
    assert shorten(text) == text


@pytest.mark.parametrize("text, expected", [
    # a passive order after an opening condition is said as an order, the condition kept as it was
    ("If the wound becomes red or swollen, your doctor should be contacted right away.",
     "If the wound becomes red or swollen, contact your doctor right away."),
    ("If a dose is missed, it should be taken as soon as it is remembered, unless the next dose is due within 6 hours.",
     "If you miss a dose, take it as soon as you remember, unless the next dose is due within 6 hours."),
    ("If the top number is 140 or higher, or the bottom number is 90 or higher, the measurement should be repeated "
     "after 15 minutes of rest.",
     "If the top number is 140 or higher, or the bottom number is 90 or higher, repeat the measurement after 15 "
     "minutes of rest."),
    ("If your blood thinner, such as warfarin or apixaban, was held before the procedure, it should not be restarted "
     "until the date your doctor gave you.",
     "If your blood thinner, such as warfarin or apixaban, was held before the procedure, do not restart it until the "
     "date your doctor gave you."),
    # a joining word before the condition stays where it is
    ("However, if the yellow zone lasts for more than 24 hours, or if albuterol is needed more often than every 4 "
     "hours, the clinic should be contacted.",
     "However, if the yellow zone lasts for more than 24 hours, or if albuterol is needed more often than every 4 "
     "hours, contact the clinic."),
    # after a cut, in the sentence the cut made
    ("Rest for a day after the procedure and drink plenty of water; if the wound becomes red or swollen, your doctor "
     "should be contacted right away.",
     "Rest for a day after the procedure and drink plenty of water. If the wound becomes red or swollen, contact your "
     "doctor right away."),
    # a clause with its own passive ends the order's reach (never "..., and never crush or chew them" in the first
    # order); the sentence the cut makes is an order of its own
    ("The capsules must be swallowed whole with the first bite of each meal, and they should never be crushed or chewed.",
     "Swallow the capsules whole with the first bite of each meal. Never crush or chew them."),
    # the glossary's plain word for the verb goes: the order says it
    ("The head of the bed should be elevated (raised) by 30 to 45 degrees.", "Raise the head of the bed by 30 to 45 degrees."),
])
def test_a_passive_order_after_a_condition_is_said_as_an_order(text, expected):
    out = shorten(text)
    assert out == expected
    assert not check(text, out, trusted=True)
    assert shorten(out) == out


@pytest.mark.parametrize("text", [
    # a condition that names a clinician: the clinician may be the doer
    "If your doctor agrees, the dose should be lowered after 2 weeks.",
    # a verb whose doer may be the clinic
    "If the pain continues, the dose should be increased.",
    "If infection is present, treatment should be started with antibiotics.",
    # a series of passives: all or none (here the second cannot be said as an order: "by" names its doer)
    "Until all blisters have crusted over, the rash should be kept covered, and hands should be washed by staff.",
    # a second verb the order cannot say, or a second subject with its passive whose doer is named (a second
    # subject an order can take is said: "and continue aspirin alone", see test_splitter_orders_s22.py)
    "After 21 days, clopidogrel is to be stopped and the dose checked by your doctor.",
])
def test_other_passives_after_a_condition_stay(text):
    assert shorten(text) == text


@pytest.mark.parametrize("text, expected", [
    # the last condition's commas are a list of its own
    ("Call 911 if bleeding soaks more than one pad per hour for 2 hours in a row, if clots larger than a golf ball "
     "are passed, or if you have chest pain, shortness of breath, a severe headache, or seizures.",
     "Call 911 if:\n- bleeding soaks more than one pad per hour for 2 hours in a row\n- clots larger than a golf ball "
     "are passed\n- you have chest pain, shortness of breath, a severe headache, or seizures"),
    # one more ", or if"
    ("Call the nurse if redness does not fade within 30 minutes, if a blister is seen, or if a wound develops a "
     "foul odor, or if a temperature above 100.4°F is recorded.",
     "Call the nurse if:\n- redness does not fade within 30 minutes\n- a blister is seen\n- a wound develops a foul "
     "odor\n- a temperature above 100.4°F is recorded"),
])
def test_conditions_with_lists_of_their_own_become_a_list(text, expected):
    out = shorten(text)
    assert out == expected
    assert shorten(out) == out


def test_a_last_condition_with_a_clause_after_its_comma_stays():
    text = ("Call 911 if bleeding soaks more than one pad per hour, if clots larger than a golf ball are passed, or if "
            "you have chest pain, and we will tell you what to do next.")
    assert shorten(text) == text


@pytest.mark.parametrize("text", [
    # items with no verb before ", or" / ", and" share the verb after it: never "Blistering, dusky skin. Or crepitus may"
    "Blistering, dusky or purple skin, or crepitus (crunchy or grating feeling) may show a rare but life-threatening "
    "infection needing emergency surgery.",
    "Heavy exercise, heavy lifting of more than 10 pounds, and air travel should be avoided for 48 hours after the test.",
])
def test_a_list_of_subjects_is_not_cut_from_its_verb(text):
    assert shorten(text) == text


def test_a_clause_that_lists_what_something_includes_is_still_cut():
    text = ("Symptoms include shakiness, sweating, confusion, rapid heartbeat and being easily annoyed, and they can "
            "progress quickly if they are not treated.")
    assert shorten(text) == ("Symptoms include shakiness, sweating, confusion, rapid heartbeat and being easily annoyed. "
                             "They can progress quickly if they are not treated.")


@pytest.mark.parametrize("text, expected", [
    # ", since" + a subject + a present gives a reason, whatever the subject's length
    ("Keep the drainage bag below the level of the bladder at all times, including during sleep, since backflow of "
     "urine increases the chance of infection.",
     "Keep the drainage bag below the level of the bladder at all times, including during sleep. This is because "
     "backflow of urine increases the chance of infection."),
    # ", since this" + a present: "This" alone, not "This is because this"
    ("Avoid using the arm to push yourself up from a chair or bed, since this places stress on the repaired tendon.",
     "Avoid using the arm to push yourself up from a chair or bed. This places stress on the repaired tendon."),
])
def test_a_reason_after_since_with_a_present_is_cut(text, expected):
    out = shorten(text)
    assert out == expected
    assert not check(text, out, trusted=True)
    assert shorten(out) == out


def test_since_with_a_past_tells_a_time_and_stays():
    text = ("You have felt much better and your energy has come back, since the new dose of your blood pressure "
            "tablets started last week.")
    assert shorten(text) == text


@pytest.mark.parametrize("text", [
    # a second verb of the passive that is no order of the reader's ("done"): "Start ... and done" would not parse
    "Gentle motion of the fingers should be started on the day of surgery and done 10 times every hour while awake.",
    "The skin should be washed gently with mild soap and water, patted dry, and moisturized with a cream.",
])
def test_a_passive_with_a_second_verb_that_is_no_order_stays(engine, text):
    assert engine.simplify(text).text == text


def test_a_verb_inside_a_clause_of_its_own_is_not_the_orders():
    text = ("Measurements should be taken twice daily, using an automated cuff that has been tested and approved for "
            "use in pregnancy.")
    assert shorten(text) == ("Take measurements twice daily, using an automated cuff that has been tested and approved "
                             "for use in pregnancy.")
