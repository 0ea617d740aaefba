"""Plain words that read right where they land (issue 6): a word is not read twice after a bracket,
a mass noun keeps its sense, a place phrase goes after a noun and its numbers, a past verb keeps
its tense inside its phrase, and an abbreviation's whole expansion is rewritten as one."""

import pytest

from simplified import settled as _both


@pytest.mark.parametrize("mode, expected", [
    ("replace", "Your dose may be withheld before procedures involving iodinated contrast dye (CT dye)."),
    ("explain", "Your dose may be withheld prior to (before) procedures involving iodinated contrast dye (CT dye)."),
])
def test_contrast_dye_reads_dye_once(engine, mode, expected):
    text = "Your dose may be withheld prior to procedures involving iodinated contrast dye."
    assert _both(engine, text, mode) == expected


def test_a_three_letter_last_word_is_not_written_again_after_the_plain_words(engine):
    assert _both(engine, "You will get oral contrast dye before the scan.") == "You will get scan dye before the scan."


@pytest.mark.parametrize("mode", ["replace", "explain"])
def test_apnea_as_a_mass_noun_keeps_the_word_and_explains_it(engine, mode):
    text = "Sedatives may worsen apnea at night."
    assert _both(engine, text, mode) == "Sedatives (calming medicines) may worsen apnea (pause in breathing) at night."


@pytest.mark.parametrize("text, expected", [
    ("Bleeding is most common between postoperative days 3 and 7.",
     "Bleeding is most common between days 3 and 7 after surgery."),
    ("Pain peaks on postoperative days 3 and 7, then eases.", "Pain peaks on days 3 and 7 after surgery, then eases."),
    # a decimal is never cut at its point
    ("Drains came out on postoperative day 1.5 as planned.", "Drains came out on after-surgery day 1.5 as planned."),
])
def test_an_after_surgery_phrase_goes_after_the_days_it_describes(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We ensured sufficient rest.", "We made sure there was enough rest."),
    ("We ensure sufficient rest.", "We make sure there is enough rest."),
    ("We have ensured sufficient rest.", "We have made sure there is enough rest."),
])
def test_there_is_inside_a_verb_phrase_follows_the_verb_tense(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("mode, expected", [
    ("replace", "We measured blood oxygen level (SpO2) at rest."),
    ("explain", "We measured blood oxygen level (peripheral oxygen saturation, or SpO2) at rest."),
])
def test_peripheral_oxygen_saturation_is_rewritten_whole_before_its_short_form(engine, mode, expected):
    assert _both(engine, "We measured peripheral oxygen saturation (SpO2) at rest.", mode) == expected


@pytest.mark.parametrize("text, expected", [
    ("Your target range before meals is generally 80 to 130 mg/dL.",
     "Your target range before meals is usually 80 to 130 mg/dL."),
    ("It is a commonly found cause of pain.", "It is an often found cause of pain."),
    ("Complete the entire course of antibiotics, even if you feel better.",
     "Finish the whole course of antibiotics, even if you feel better."),
    ("It is an entire muscle group.", "It is a whole muscle group."),
    ("These restrictions are necessary because the arm could dislocate.",
     "These restrictions are needed because the arm could dislocate."),
    ("It is not necessary to apply rubbing alcohol.", "There is no need to apply rubbing alcohol."),
    ("If you forget, take it the following day.", "If you forget, take it the next day."),
    ("Further tests may be recommended. Rehab is strongly recommended.", "Further tests may be advised. Rehab is strongly advised."),
    # "advised to" reads "told to": before "to" the word is "suggested"
    ("It is recommended to measure the changes.", "It is suggested to measure the changes."),
    ("Emergency evaluation is needed if your temperature goes over 101.",
     "Emergency care is needed if your temperature goes over 101."),
    ("Seek medical attention without delay if the rash spreads.", "Seek medical care without delay if the rash spreads."),
    ("Careful care greatly reduces the chance of these problems.", "Careful care greatly lowers the chance of these problems."),
    ("Red wine, particularly, can start a headache.", "Red wine, especially, can start a headache."),
])
def test_formal_words_get_everyday_words_that_read_right(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("However, you have a man-made heart valve.", "But you have a man-made heart valve."),
    ("It hurts; however, the pain fades.", "It hurts. But the pain fades."),
    # inside a clause "but" would not read: left as written
    ("The virus, however, can spread.", "The virus, however, can spread."),
])
def test_however_becomes_but_only_where_a_sentence_starts(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("mode, expected", [
    ("replace", "Long-term lung disease (chronic obstructive pulmonary disease), often called COPD, is a lung disease."),
    ("explain", "Chronic obstructive pulmonary disease (long-term lung disease), often called COPD, is a lung disease."),
])
def test_often_called_still_names_the_short_form(engine, mode, expected):
    text = "Chronic obstructive pulmonary disease, commonly called COPD, is a lung disease."
    assert _both(engine, text, mode) == expected


@pytest.mark.parametrize("text, expected", [
    # "avoidance" alone is no fear: only "avoidance behavior" is the psychology term
    ("Progression can be slowed through the avoidance of medicines that are toxic to the kidneys.",
     "Progression (getting worse) can be slowed through the avoidance of medicines that are toxic to the kidneys."),
    ("Patients with avoidance behavior may skip visits.",
     "Patients with avoidance behavior (avoiding things that cause fear) may skip visits."),
    # the noun takes a noun: never "may come with shaky, heavy sweating"
    ("Low blood sugar may come with tremulousness, heavy sweating and confusion.",
     "Low blood sugar may come with shakiness, heavy sweating and confusion."),
    # a named nerve, not a "repeated" one
    ("Hoarseness is common because of the proximity of the recurrent laryngeal nerves to the thyroid.",
     "Hoarseness is common because of the proximity of the lower voice box nerves (recurrent laryngeal nerves) to the "
     "thyroid."),
    # a result that "indicated that" showed something; "indicated for" stays the clinical "used for"
    ("Your scan has indicated that the condition is uncomplicated.", "Your scan has shown that the condition is simple."),
    ("The tests have indicated that the infection is gone.", "The tests have shown that the infection is gone."),
    ("The scan indicated that the stone had passed.", "The scan showed that the stone had passed."),
    ("Surgery is indicated for large stones.", "Surgery is used for large stones."),
    # one more of a count noun is "another", never "More calcium dose may be taken"
    ("An additional calcium carbonate dose may be taken if needed.",
     "Another calcium carbonate dose may be taken if needed."),
    ("Take ibuprofen 600 mg every 6 hours with food, unless it has been contraindicated by your doctor.",
     "Take ibuprofen 600 mg every 6 hours with food, unless it has been advised against by your doctor."),
    ("These provisional settings should not be changed without consultation.",
     "Do not change these provisional settings without asking us."),
    ("Change the infusion set every 2 to 3 days.", "Change the pump tubing set (infusion set) every 2 to 3 days."),
    # the plain words are a noun, so the noun after the term is theirs: never "narcotic (strong pain medicine) medicines"
    ("Driving is not allowed while narcotic medications are being taken.",
     "Driving is not allowed while narcotic medications (strong pain medicines) are being taken."),
    ("If ketones are present, a correction dose must be given by syringe.",
     "If ketones (fat-burning acids) are present, an extra dose for high sugar must be given by syringe."),
])
def test_words_with_a_second_sense_read_in_the_sense_of_the_sentence(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb joined by "and" to an order in the passive is its participle: "done", never "did"
    ("The test must be scheduled early and performed on an empty stomach.",
     "The test must be scheduled early and done on an empty stomach."),
    # with no modal the passive is a description, and the verb after "and" is a past
    ("The patient was tired and performed poorly on the walking test.",
     "The patient was tired and did poorly on the walking test."),
])
def test_a_verb_joined_to_a_passive_order_takes_its_participle(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "make worse" would leave its object after it ("may make worse airway swelling")
    ("Crying may exacerbate airway swelling.", "Crying may worsen airway swelling."),
    ("Cold air can aggravate a cough.", "Cold air can worsen a cough."),
    # "instructed in the use of" is taught, not told
    ("Caregivers have been instructed in the use of the device.", "Caregivers have been taught how to use the device."),
    # a plain phrase with "or" cannot take the possessive
    ("Call your provider's office with questions.", "Call your provider's office with questions."),
    ("Call your provider with questions.", "Call your doctor or nurse with questions."),
    # a drug class named in full keeps its chemistry ("sodium-glucose", never "sodium-sugar")
    ("A sodium-glucose cotransporter 2 (SGLT2) inhibitor may also be prescribed.",
     "A sodium-glucose cotransporter 2 (SGLT2) inhibitor (sugar-flushing pill) may also be prescribed."),
])
def test_plain_words_that_keep_the_sentence_whole(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a frequency code with its meaning beside it is not said twice
    ("Week 2: 1 drop TID (3 times a day).", "Week 2: 1 drop TID (3 times a day)."),
    ("Take 125 mg by mouth four times a day (QID), about every 6 hours.",
     "Take 125 mg by mouth four times a day (QID), about every 6 hours."),
    ("Take 1 tab BID (with food).", "Take 1 tablet 2 times a day (with food)."),
    # a participle after its noun, before a verb of its own ("the shield gave should" read as a past)
    ("The information provided is correct.", "The information given is correct."),
    ("We provided a shield.", "We gave a shield."),
    # passives of formal phrases read as passives
    ("The following instructions should be adhered to carefully.", "Follow these instructions carefully."),
    ("Your best flow has been determined to be 500 L/min.", "Your best flow has been found to be 500 L/min."),
])
def test_formal_words_and_codes_that_read_once_and_in_their_form(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "provided" as a conjunction keeps its word: "gave" would say something else
    ("You may drive provided you can brake hard without pain.", "You may drive provided you can brake hard without pain."),
    ("We provided a shield.", "We gave a shield."),
    ("You may eat provided that the nausea is gone.", "You may eat if the nausea is gone."),
    # a bold label opens its sentence: its plain words keep the capital
    ("- **Maintenance inhaler:** Fluticasone 110 mcg, 2 puffs twice daily.",
     "- **Daily inhaler:** Fluticasone 110 mcg, 2 puffs twice daily."),
    # "urate" starts with a "y" sound
    ("Start a urate-lowering therapy.", "Start a urate-lowering therapy (gout prevention medicine)."),
])
def test_conjunctions_labels_and_articles(engine, text, expected):
    assert _both(engine, text) == expected
