"""Plainer, shorter words (issue 6, stop 21): the long words left in the outputs of every read handout set,
ranked by how many sets they appear in. Each swap is tested on the sentence it was found in (or one of
the same shape), and where it must not fire."""

import pytest

from simplified import settled as _both


@pytest.mark.parametrize("text, expected", [
    # before an event that ends its noun phrase, "following" is "after" (10 of 10 read sets hold one)
    ("Your child was seen today following a head injury.", "Your child was seen today after a head injury."),
    ("Following a concussion, children often have headache.",
     "After a concussion (mild brain injury), children often have headache."),
    ("It most often develops following antibiotic use.", "It most often develops after antibiotic use."),
    ("The risk is increased following C-section.", "The risk is increased after C-section."),
    ("Swelling of the lips following an injection needs care.", "Swelling of the lips after an injection needs care."),
    ("Following needle removal, press on the site.", "After needle removal, press on the site."),
    ("Do not use codeine in children following tonsillectomy.",
     "Do not use codeine in children after tonsil removal (tonsillectomy)."),
    # a title-case heading capitalises every word: its formal words are no name
    ("# Instructions Following Prostate Biopsy\n\nRest today.", "# Instructions After Prostate Biopsy\n\nRest today."),
    ("# Home Care Following Laparoscopic Appendectomy\n\nRest today.",
     "# Home Care After Keyhole Appendix Removal\n\nRest today."),
    ("## When to Call Your Eye Surgeon Immediately\n\nCall us.", "## When to Call Your Eye Surgeon Right Away\n\nCall us."),
    # before what one follows, or as a verb, it stays
    ("Following this schedule is key.", "Following this schedule is key."),
    ("Call if the pain is not controlled despite following this plan.",
     "Call if the pain is not controlled despite following this plan."),
    ("You may drive once cleared following state law.", "You may drive once cleared following state law."),
    ("Following the eye drop plan outlined below is key.", "Following the eye drop plan outlined below is key."),
    ("Following treatment is key.", "Following treatment is key."),
    ("Bleeding following the 300 mg dose is rare.", "Bleeding following the 300 mg dose is rare."),
    ("Keep following the diet.", "Keep following the diet."),
    ("The following medicine has been prescribed.", "The following medicine has been prescribed."),
])
def test_following_before_an_event_is_after(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # no plain wording says a bare "following", so none can be rewritten to "after" on a second pass
    ("Adherence to this plan is important.", "Sticking with this plan is important."),
    ("Eat well.\n- Strict adherence to the diet helps.", "Eat well.\n- Sticking closely to the diet helps."),
    ("The dose was adjusted in accordance with the guidelines.", "The dose was adjusted in line with the guidelines."),
    ("Use it in compliance with the label.", "Use it in line with the label."),
    ("Rest during the ensuing days.", "Rest during the next days."),
])
def test_plain_wordings_never_say_a_bare_following(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "provided" with a time or place right after it, and no object, is a participle after its noun
    ("The treatment provided today will help.", "The treatment given today will help."),
    ("## Treatment Provided Today\n\nRest.", "## Treatment Given Today\n\nRest."),
    ("The nurse provided a leaflet.", "The nurse gave a leaflet."),
    # a set phrase: never "often asked questions"
    ("# Managing Gout: Frequently Asked Questions\n\nRest.", "# Managing Gout: Common Questions\n\nRest."),
    ("Read the frequently asked questions below.", "Read the common questions below."),
    ("Wash your hands frequently.", "Wash your hands often."),
])
def test_provided_today_and_frequently_asked(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "increase"/"reduce" with a risk or a chance: "raise"/"lower", in every form of the verb
    ("Smoking increases the likelihood of a clot.", "Smoking raises the chance of a clot."),
    ("Warfarin increases the chance of bleeding.", "Warfarin raises the chance of bleeding."),
    ("Smoking also increases this risk.", "Smoking also raises this risk."),
    ("Obesity increases their risk.", "Obesity raises their risk."),
    ("This may reduce the likelihood of a flare.", "This may lower the chance of a flare."),
    ("A drug reducing the likelihood of death was tested.", "A drug lowering the chance of death was tested."),
    # develop, of an illness: get
    ("Women have a high risk of developing diabetes.", "Women have a high risk of getting diabetes."),
    ("It lowers the chance of developing a clot.", "It lowers the chance of getting a clot."),
    ("Take it as soon as possible.", "Take it as soon as you can."),
    # management, of a symptom: control (a title-case heading keeps its capitals)
    ("## Pain Management\n\nRest.", "## Pain Control\n\nRest."),
    ("Pain management strategies were compared.", "Pain control strategies were compared."),
])
def test_risk_chance_and_pain_wordings(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title-case heading capitalises every word, so capitals there are no name: terms the glossary swaps
    # take their plain words (no bracket in a heading)
    ("## Your Inhaled Medications\n\nUse them daily.", "## Your Inhaled Medicines\n\nUse them daily."),
    ("# After Your Laparoscopic Cholecystectomy\n\nRest.", "# After Your Keyhole Gallbladder Removal\n\nRest."),
    ("## When to Call Your Cardiologist\n\nCall us.", "## When to Call Your Heart Doctor\n\nCall us."),
    ("## When to Go to the Emergency Department or Call 911\n\nGo now.",
     "## When to Go to the Emergency Room or Call 911\n\nGo now."),
    # ... but not the name of a place or a service, nor plain words with a phrase after their head
    ("## Call the Cardiology Clinic\n\nCall us.", "## Call the Cardiology Clinic\n\nCall us."),
    ("## Care of the Affected Leg\n\nRest.", "## Care of the Affected Leg\n\nRest."),
    ("## Walking and Weight Bearing\n\nWalk.", "## Walking and Weight Bearing\n\nWalk."),
])
def test_terms_in_a_title_case_heading(engine, text, expected):
    assert _both(engine, text) == expected


def test_blood_pressure_monitoring_is_no_cuff(engine):
    # "monitoring" has the lemma "monitor": the variant "blood pressure monitor" of sphygmomanometer made
    # "home blood pressure monitoring" read "home blood pressure cuff"
    text = "Home blood pressure monitoring has been prescribed."
    assert _both(engine, text) == text


@pytest.mark.parametrize("text, expected", [
    # "the following" before a singular noun, in a sentence that goes on to the colon of its list, is "this"
    ("The following plan has been prescribed:\n\n- Rest", "This plan has been prescribed:\n\n- Rest"),
    ("You have been prescribed the following medicine to reduce this risk:\n\n- Apixaban 2.5 mg",
     "You have been prescribed this medicine to reduce this risk:\n\n- Apixaban 2.5 mg"),
    ("Use the following procedure:\n\n1. Scrub.", "Use this procedure:\n\n1. Scrub."),
    # no colon: it may be the next one; a plural without -s, or a verb, never takes "this"
    ("Bring it at the following visit.", "Bring it at the following visit."),
    ("The following medicine has been prescribed.", "The following medicine has been prescribed."),
    ("The following data were gathered: age, sex.", "The following data were gathered: age, sex."),
    ("The following help:", "The following help:"),
    ("The following is key: rest.", "The following is key: rest."),
    ("The following steps help:", "These steps help:"),
])
def test_the_following_before_a_singular_noun_and_its_colon_is_this(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title may leave "with", "from", "into" in lower case and still be in title case
    ("# Discharge Instructions Following Bronchoscopy with Biopsy\n\nRest.",
     "# Instructions for Going Home After Bronchoscopy with Biopsy\n\nRest."),
])
def test_a_title_with_a_lower_case_with_is_in_title_case(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "recommendations" is "advice" as the last word of a heading; elsewhere a plural verb goes with it
    ("Quit smoking.\n\n## Additional Recommendations\n\nWalk daily.", "Quit smoking.\n\n## More Advice\n\nWalk daily."),
    ("# Lifestyle Recommendations\nLimit salt.", "# Lifestyle Advice\nLimit salt."),
    ("Eat well.\n\n## Dietary and Practical Recommendations\n\nEat slowly.",
     "Eat well.\n\n## Food and Practical Advice\n\nEat slowly."),
    ("These recommendations are meant to help.", "These recommendations are meant to help."),
    ("## Recommendations for Diet\n\nEat.", "## Recommendations for Diet\n\nEat."),
])
def test_recommendations_ending_a_heading_is_advice(engine, text, expected):
    assert _both(engine, text) == expected
