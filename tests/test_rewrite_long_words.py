"""Shorter, plainer words in patient text (issue 6, stop 20): long words hold the reading grade up
(Coleman-Liau and ARI count letters, SMOG and fog count words of 3+ syllables), but a swap must read
right where it lands, in handouts and in research text alike."""

import pytest

from simplified import settled as _both


@pytest.mark.parametrize("text, expected", [
    # where a clause opens, or after a preposition, "sticking with" reads as the noun it stands for
    ("Adherence to this plan is important.", "Sticking with this plan is important."),
    ("The benefit of adherence to the diet was large.", "The benefit of sticking with the diet was large."),
    ("Eat well.\n- Strict adherence to the diet helps.", "Eat well.\n- Sticking closely to the diet helps."),
    # after a verb, an adjective or a determiner it would read as "after" or as a bare verb: left as written
    ("This study aimed to explore adherence to a Mediterranean lifestyle.",
     "This study aimed to explore adherence to a Mediterranean lifestyle."),
    ("Poor adherence to treatment is common.", "Poor adherence to treatment is common."),
    ("Patients reported strict adherence to the plan.", "Patients reported strict adherence to the plan."),
])
def test_adherence_to_becomes_sticking_with_only_where_a_gerund_reads_as_a_noun(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # after "and" or "because" a clause opens too
    ("Take it on time, and adherence to this schedule is essential.", "Take it on time, and sticking with this schedule is key."),
    # "the following" before a colon or a plural noun is "these"; before a verb or a singular it stays
    ("The following steps should be done daily.", "These steps should be done daily."),
    ("Watch for the following symptoms: fever.", "Watch for these symptoms: fever."),
    ("Call 911 for any of the following:\n- chest pain", "Call 911 for any of these:\n- chest pain"),
    ("Call if any of the following happens.", "Call if any of the following happens."),
    ("Call if any of the following develops: fever.", "Call if any of the following develops: fever."),
    ("The following medicine has been prescribed.", "The following medicine has been prescribed."),
    ("The following day, rest.", "The next day, rest."),
    # "following" after a length of time is "after"
    ("Avoid alcohol for 3 days following the final dose.", "Avoid alcohol for 3 days after the final dose."),
    ("Take it 30 minutes following the same meal.", "Take it 30 minutes after the same meal."),
    ("The week following surgery is hard.", "The week after surgery is hard."),
    # rapidly: quickly
    ("A severe attack can progress rapidly.", "A severe attack can progress quickly."),
    # an opioid or antibiotic stays named; "medication" is "medicine" after it
    ("The opioid medication can usually be stopped after a few days.", "The opioid medicine can usually be stopped after a few days."),
    ("Opioid medications cause constipation.", "Opioid medicines cause constipation."),
    # a participle before "as": "given as", never "gave as"
    ("Metformin provided as a single medicine rarely causes lows.", "Metformin given as a single medicine rarely causes lows."),
])
def test_long_words_get_shorter_wordings_that_read_right(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "expected" of a symptom after care is "normal"; what will happen, or when, keeps "expected"
    ("This is an expected part of the healing process.", "This is a normal part of the healing process."),
    ("A bruise is expected and usually goes away.", "A bruise is normal and usually goes away."),
    ("Bright red blood is not expected and must be reported.", "Bright red blood is not normal and must be reported."),
    ("Mild spasms are expected.", "Mild spasms are normal."),
    ("They are expected to improve slowly.", "They are expected to improve slowly."),
    ("Your baby may grow larger than expected.", "Your baby may grow larger than expected."),
    ("Bending is expected by 6 weeks.", "Bending is expected by 6 weeks."),
    ("It is to be expected that it drains.", "It is to be expected that it drains."),
    # shorter phrases
    ("Care of the tube is essential.", "Care of the tube is key."),
    ("Do not drive or operate machinery.", "Do not drive or use machines."),
    ("Avoid operating heavy machinery.", "Avoid using heavy machines."),
    ("Do not stop without first consulting the clinic.", "Do not stop without first asking the clinic."),
    ("Bile flows continuously into the bowel.", "Bile flows nonstop into the bowel."),
    ("It does not ordinarily show a problem.", "It does not usually show a problem."),
])
def test_more_long_words_get_shorter_wordings(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("These instructions are intended to help your recovery.", "These instructions are meant to help your recovery."),
    ("The inhaler is intended for sudden attacks.", "The inhaler is meant for sudden attacks."),
    ("It does not show that the infection is worsening.", "It does not show that the infection is getting worse."),
    ("A pad may be used during this period.", "A pad may be used during this time."),
    ("Scars can, over a period of years, fade.", "Scars can, over years, fade."),
    ("Attacks may continue for 4 to 72 hours.", "Attacks may last for 4 to 72 hours."),
    ("Call if the headache continues beyond 24 hours.", "Call if the headache lasts beyond 24 hours."),
    ("Complete the whole course even if you feel well.", "Finish the whole course even if you feel well."),
    ("Results are usually available within 48 hours.", "Results are usually ready within 48 hours."),
    ("Treatment is most effective when started early.", "Treatment works best when started early."),
    ("Wrist devices are not recommended.", "Wrist devices are not advised."),
    # a passive "is continued for" and an order "continue ... for" are no symptom that lasts: left as written
    ("Treatment is usually continued for 3 months.", "Treatment is usually continued for 3 months."),
    ("Continue the drops for 7 days.", "Continue the drops for 7 days."),
    # a past form keeps its tense: only the entries' own forms are swapped
    ("The pain was worsening.", "The pain was worsening."),
])
def test_phrases_with_long_words_get_shorter_ones(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # after a plural noun and a comma, "including" gives examples of a class: "such as"
    ("Many prescription drugs, including metformin and gabapentin, need care.",
     "Many prescription drugs, such as metformin and gabapentin, need care."),
    ("Normal activities, including driving, may be restarted.", "Normal activities, such as driving, may be restarted."),
    # after anything else it counts a part in: left as written
    ("Check the feet, including the spaces between the toes.", "Check the feet, including the spaces between the toes."),
    ("Stop for any reason, including a planned procedure.", "Stop for any reason, including a planned procedure."),
    # "including" a time: "even"
    ("Keep the bag below the bladder at all times, including during sleep.",
     "Keep the bag below the bladder at all times, even during sleep."),
    ("Give it every 3 hours for 3 days, including overnight.", "Give it every 3 hours for 3 days, even overnight."),
])
def test_including_is_such_as_after_a_plural_and_even_before_a_time(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # therefore: "so", which goes before its clause
    ("It is therefore very important that your baby be checked.", "So it is very important that your baby be checked."),
    ("Gels do not kill spores and are therefore not enough.", "Gels do not kill spores and so are not enough."),
    # increased/increasing before a noun, where a list item or clause opens or after a link: "more"
    ("Warning signs include:\n- increased breathlessness\n- increasing redness",
     "Warning signs include:\n- more breathlessness\n- more redness"),
    ("Call if you notice increasing redness that spreads.", "Call if you notice more redness that spreads."),
    # a verb, or a word that describes the risk, keeps its form
    ("The dose will be increased slowly.", "The dose will be increased slowly."),
    ("Constipation may be managed by increasing fluid intake.", "Constipation may be managed by increasing fluid intake."),
    ("Slowly increasing your joint movement helps.", "Slowly increasing your joint movement helps."),
    ("The risk is greatly increased.", "The risk is greatly increased."),
])
def test_therefore_and_increased_get_short_words_where_they_read_right(engine, text, expected):
    assert _both(engine, text) == expected


def test_a_list_of_warning_signs_opens_with_if_you_notice_any_of_these(engine):
    # "in the event of A, B, or C" became "in case of any of these:" and a list, which read stiffly
    text = ("Your doctor should be contacted promptly in the event of nosebleeds that do not stop within 10 minutes, "
            "unusual bruising, pink or brown urine, or menstrual bleeding that is heavier than normal.")
    out = _both(engine, text)
    assert out.startswith("Contact your doctor quickly if you notice any of these:\n- nosebleeds")
    assert "in case of" not in out
    assert _both(engine, "Call your doctor in the event of any of the following:\n- fever\n- chills") == \
        "Call your doctor if you notice any of these:\n- fever\n- chills"
