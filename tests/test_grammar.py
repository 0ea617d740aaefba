"""Verb forms for plain wordings put in place of a verb ("utilized" -> "used")."""

import pytest

from plainspeak.rewrite.grammar import inflect


@pytest.mark.parametrize("plain, form, expected", [
    ("use", "past", "used"),
    ("come in", "past", "came in"),
    ("give", "participle", "given"),
    ("walk", "s", "walks"),
    ("show up", "past", "showed up"),
    # already in the needed form, a helper verb, or not a verb at all: left as the glossary wrote it
    ("came in", "past", "came in"),
    ("given", "participle", "given"),
    ("had", "past", "had"),
    ("is needed", "s", "is needed"),
    ("slowly walk", "past", "slowly walk"),
    ("a little help", "past", "a little help"),
])
def test_inflect(plain, form, expected):
    assert inflect(plain, form) == expected


@pytest.mark.parametrize("text, expected", [
    # a past form before "by", or a one-word verb's before a preposition, is a participle
    ("Use the strainer provided by the hospital.", "Use the strainer given by the hospital."),
    ("Do the exercises demonstrated by your therapist.", "Do the exercises shown by your therapist."),
    ("The nurse demonstrated the steps.", "The nurse showed the steps."),
    # "to" after a noun's past form of a verb that takes an object: the thing was given to you (issue 6)
    ("Use the cup provided to measure the dose.", "Use the cup given to measure the dose."),
    ("Read the sheet provided to you by the clinic.", "Read the sheet given to you by the clinic."),
    ("We provided to the team a copy.", "We gave to the team a copy."),
    # "proceed", "exceed" end like a past form but are not one; "underwent" is one
    ("Call 911 or proceed to the emergency room.", "Call 911 or go to the emergency room."),
    ("You proceeded to the clinic.", "You went to the clinic."),
    ("She underwent a colonoscopy.", "She had a camera exam of the colon (colonoscopy)."),
    # a plain word that takes no article: the article goes
    ("Keep an adequate fluid intake.", "Keep enough fluid intake."),
    ("An adequate intake matters.", "Enough intake matters."),
    # plain words already plural stay so ("levels", never "levelses")
    ("Your transaminases are high.", "Your transaminases (liver test levels) are high."),
    # a hyphenated noun is two words where a verb goes
    ("Pt will f/u with PCP.", "Patient will follow up with main doctor."),
    ("Schedule a f/u in 2 wks.", "Schedule a follow-up in 2 weeks."),
])
def test_the_plain_words_take_the_form_the_sentence_needs(engine, text, expected):
    assert engine.simplify(text, mode="replace").text == expected


def test_a_letter_said_by_its_name_takes_its_article():
    from plainspeak.rewrite.grammar import article_for

    assert [article_for(w) for w in ("U-shaped", "X-ray", "S", "MRI", "CT")] == ["a", "an", "an", "an", "a"]


def test_a_word_that_starts_with_a_you_sound_takes_a():
    from plainspeak.rewrite.grammar import article_for

    words = ("urine culture", "urinary tract", "uterus", "uvula", "umbrella", "urgent visit")
    assert [article_for(w) for w in words] == ["a", "a", "a", "a", "an", "an"]


def test_the_article_before_plain_words_follows_their_sound(engine):
    assert engine.simplify("You may need an urinalysis.").text == "You may need a urine test."
