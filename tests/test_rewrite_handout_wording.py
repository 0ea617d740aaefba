"""How the glossary rewriter reads in a handout: the text's own explanations are not said twice, a
word is not written twice, headings take no brackets, and a term the handout keeps using is explained
once and then kept."""

import pytest

from simplified import settled as _both

from plainspeak import Simplifier
from plainspeak.rewrite.grammar import pluralize


@pytest.mark.parametrize("text, expected", [
    # the text says what the short form's term is, in our words: said once
    ("A lumbar puncture (LP), also known as a spinal tap, is done in the clinic.",
     "A spinal tap (LP) is done in the clinic."),
    ("You had a myocardial infarction (MI), often called a heart attack, which damaged the heart.",
     "You had a heart attack (MI), which damaged the heart."),
    # in other words: the text explains the term itself, and is left as written
    ("A lumbar puncture (LP), also called a back needle test, is done in the clinic.",
     "A lumbar puncture (LP), also called a back needle test, is done in the clinic."),
])
def test_a_term_the_text_names_again_after_its_short_form_is_explained_once(engine, text, expected):
    assert _both(engine, text) == expected


def test_the_text_explaining_a_short_form_term_is_left_as_written_in_explain_mode(engine):
    text = "A lumbar puncture (LP), also known as a spinal tap, is done in the clinic."
    assert _both(engine, text, "explain") == text


def test_the_plain_words_last_word_is_not_written_again_after_them(engine):
    text = "Ask about a cardiac rehabilitation program near you."
    assert _both(engine, text) == "Ask about a heart rehab program (cardiac rehabilitation) near you."
    assert _both(engine, text, "explain") == "Ask about a cardiac rehabilitation (heart rehab) program near you."
    # "medicine therapy" says the same twice too
    assert _both(engine, "High-intensity statin therapy lowers cholesterol.") == "High-dose cholesterol medicine lowers cholesterol."


def test_a_short_form_edit_fixes_the_article_before_it(engine):
    # "an arteriovenous ..." -> "a ...": the article fits the plain words, not the term
    out = _both(engine, "You will get an antiseizure medication (ASM) today.")
    assert " an seizure" not in out and " a seizure" in out


def test_a_heading_takes_the_plain_words_without_a_bracket_and_the_text_gets_it():
    engine = Simplifier()
    text = "# Your Child's Recovery After Tonsillectomy and Adenoidectomy\n\nYour child had a tonsillectomy and adenoidectomy today.\n"
    out = _both(engine, text)
    heading, _, body = out.partition("\n\n")
    assert "(" not in heading and "Tonsil and Adenoid Removal" in heading
    assert "(tonsillectomy and adenoidectomy)" in body


@pytest.mark.parametrize("mode", ["replace", "explain"])
def test_a_short_form_in_a_heading_stays_the_short_form(engine, mode):
    text = "## Living With COPD\n\nChronic obstructive pulmonary disease (COPD) makes it hard to breathe.\n"
    assert _both(engine, text, mode).startswith("## Living With COPD\n\n")


def test_a_term_the_handout_keeps_using_is_explained_once_then_kept(engine):
    text = "Keep your stoma clean. Your stoma may bleed a little when you touch it. Check the stoma every day."
    assert _both(engine, text) == ("Keep your stoma (opening made by surgery) clean. Your stoma may bleed a little "
                                  "when you touch it. Check the stoma every day.")


def test_a_term_met_twice_still_gets_its_plain_words(engine):
    text = "Keep your stoma clean. Check the stoma every day."
    assert _both(engine, text) == "Keep your opening made by surgery (stoma) clean. Check the opening made by surgery every day."


def test_an_aside_in_our_words_after_a_quoted_term_keeps_the_term(engine):
    text = 'Listen for the "bruit," a whooshing sound.'
    assert _both(engine, text) == text
    # an aside that says something else is no explanation: the term is rewritten
    assert _both(engine, "Your hypertension, a common condition, is treated.") == \
        "Your high blood pressure, a common condition, is treated."


def test_a_definition_with_the_or_is_in_our_words_keeps_the_term(engine):
    # "Ascites, the buildup of fluid ..." read "Fluid in the belly (ascites), the buildup of fluid within
    # the belly": the text says what the term is, in words of our plain wording
    text = "Ascites, the buildup of fluid within the abdomen, is common."
    assert _both(engine, text) == "Ascites, the buildup of fluid within the belly, is common."
    # explain mode's second pass meets "the abdomen (belly)" inside the aside: still an explanation
    assert _both(engine, text, mode="explain") == "Ascites, the buildup of fluid within the abdomen (belly), is common."
    assert _both(engine, "Hypothyroidism is a condition in which the thyroid makes too little hormone.") == \
        "Hypothyroidism is a condition in which the thyroid makes too little hormone."
    # "the" and "is" with other words explain nothing: the term is rewritten
    assert _both(engine, "Hypertension, the main cause of stroke, is common.") == \
        "High blood pressure, the main cause of stroke, is common."
    assert _both(engine, "Hypertension is a problem for many people.") == "High blood pressure is a problem for many people."


def test_a_bracket_does_not_go_inside_a_hyphenated_word(engine):
    assert _both(engine, "Keep it in the trimester-specific range.") == "Keep it in the trimester-specific range."


def test_syringes_are_not_a_spinal_cord_cyst(engine):
    assert _both(engine, "Do not share needles or syringes.") == "Do not share needles or syringes."


def test_a_hyphenated_noun_takes_its_plural_on_its_last_part():
    assert pluralize("flare-up") == "flare-ups"
    assert pluralize("follow-up visit") == "follow-up visits"


def test_a_plural_term_with_a_hyphenated_plain_word_agrees_with_its_verb(engine):
    assert _both(engine, "Exacerbations are common in winter.") == "Flare-ups are common in winter."


@pytest.mark.parametrize("text", [
    # a bracket between a word and the noun it describes splits the phrase
    "Book a cardiology appointment this week.",
    "Get a hepatitis C virus test.",
    "Take the epidural space as an example.",
])
def test_no_bracket_goes_between_a_describing_word_and_its_noun(engine, text):
    assert "(" not in _both(engine, text)
    assert "(" not in _both(engine, text, "explain")


def test_the_same_words_on_their_own_are_still_explained(engine):
    assert "(" in _both(engine, "You will see someone from cardiology.")


def test_a_short_form_the_text_taught_is_not_explained_again(engine):
    text = "Your child had a tonsillectomy and adenoidectomy (T&A). After a T&A, pain is common."
    out = _both(engine, text)
    assert out.endswith("After a T&A, pain is common.")


def test_a_route_inside_a_short_form_bracket_gets_no_bracket_of_its_own(engine):
    out = _both(engine, "No intravenous (IV) catheters are allowed in the left arm.")
    assert "IV (" not in out and "intravenous (IV) catheters" in out


@pytest.mark.parametrize("text, expected", [
    ("Clean the peristomal skin with warm water only.", "Clean the skin around the surgical opening with warm water only."),
    ("Postoperative bleeding is rare.", "Bleeding after surgery is rare."),
    # the noun is a term of its own: no move
    ("Postoperative edema decreases over 6 weeks.", "After-surgery swelling decreases over 6 weeks."),
])
def test_an_adjective_whose_plain_words_are_a_place_phrase_goes_after_its_noun(engine, text, expected):
    assert _both(engine, text) == expected
