"""Readability: the classic formulas equal textstat's, structure is scored unit by unit, sentence
flags, and the medical grade applies its shipped coefficients."""

from __future__ import annotations

import math
import statistics

import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

import plainspeak
from plainspeak.document import Document
from plainspeak.lexicon import zipf
from plainspeak.model import Finding
from plainspeak.readability import (
    FORMULAS, MedicalCounts, ReadabilitySettings, TextCounts, _cmu_syllables, _list_words, formula_scores, formulas,
    is_passive, measure, medical_counts, medical_features, medical_grade, medical_grade_model, score, syllables,
    text_counts,
)

# Plain prose written for these tests: patient leaflets, a clinic letter, a research summary.
PROSE = [
    "High blood pressure often has no symptoms, so many people don't know they have it. Over time it can "
    "damage your heart, kidneys and eyes. Check your pressure at home twice a day, once in the morning and "
    "once in the evening. Write the numbers down and bring them to your next visit.",
    "Your surgeon will remove the gallbladder through four small cuts in your belly. Most people go home the "
    "same day. You may feel pain in your right shoulder for a day or two; this is normal and comes from the "
    "gas used during the operation. Call us if you have a fever above 38.5 degrees, yellow skin, or pain "
    "that gets worse instead of better.",
    "Dear Mr. Okafor, thank you for coming to the clinic on Tuesday. Your blood tests showed that your "
    "thyroid is working a little too slowly. We have started levothyroxine 50 micrograms, taken each morning "
    "before breakfast! Will you be able to have another blood test in six weeks? We'll adjust the dose then.",
    "Antimicrobial resistance is an increasing threat to the effective treatment of common infections. In "
    "this randomised controlled trial, 412 adults with uncomplicated cystitis received either a three-day or "
    "a seven-day course of nitrofurantoin. Clinical cure at day 28 was similar between the groups (82% versus "
    "85%), although gastrointestinal adverse events were more frequent with the longer course.",
    "Asthma is a long-term condition that affects the airways, the tubes that carry air in and out of the "
    "lungs. When something irritates them, the airways tighten and fill with sticky mucus. Using a preventer "
    "inhaler every day, even when you feel well, keeps the swelling down and makes attacks less likely.",
    "The child's parents said that she'd been coughing at night for three weeks. She wasn't feverish, and her "
    "chest sounded clear. We've asked them to keep a diary of her symptoms and to return if they're worried.",
]


def textstat_scores(text: str) -> dict[str, float]:
    return {k: round(float(getattr(textstat, k)(text)), 2) for k in FORMULAS}


@pytest.mark.parametrize("text", PROSE)
def test_formulas_equal_textstat_on_prose(text):
    assert formula_scores(text) == textstat_scores(text)


@pytest.mark.parametrize("text", PROSE)
def test_analysis_of_a_prose_paragraph_reports_textstat_values(engine, text):
    s = engine.analyze(text).scores
    expected = textstat_scores(text)
    assert {k: getattr(s, k) for k in FORMULAS} == expected
    five = [expected[k] for k in ("flesch_kincaid_grade", "smog_index", "gunning_fog", "coleman_liau_index",
                                  "automated_readability_index")]
    assert s.grade == round(statistics.median(five), 1)


def test_each_sentence_grade_is_textstats_flesch_kincaid(engine):
    a = engine.analyze(PROSE[1])
    assert len(a.sentences) == 4
    for sent in a.sentences:
        assert sent.grade == round(textstat.flesch_kincaid_grade(sent.text), 1)


def test_paragraphs_score_as_their_sentences_joined(engine):
    text = PROSE[0] + "\n\n" + PROSE[4]
    assert {k: getattr(engine.analyze(text).scores, k) for k in FORMULAS} == textstat_scores(PROSE[0] + " " + PROSE[4])


_word = st.sampled_from(["the", "heart", "doesn't", "patients'", "re-admission", "(CI", "95%)", "x-ray", "Dr.",
                         "e.g.", "it's", "\"stop\"", "mg/kg", "38.5", "electroencephalography", "a", "I", "well,",
                         "—", "ok?!", "’twas", "naïve", "co-operate", "gallbladder"])
_sentence = st.lists(_word, min_size=1, max_size=14).map(lambda ws: " ".join(ws) + ".")


@settings(max_examples=150, deadline=None)
@given(st.lists(_sentence, min_size=1, max_size=6))
def test_sentence_counts_add_up_to_the_joined_texts_counts(sentences):
    joined = " ".join(sentences)
    summed = TextCounts.total(text_counts(s) for s in sentences)
    assert summed == text_counts(joined)
    assert {k: round(v, 2) for k, v in formulas(summed).items()} == textstat_scores(joined)


def test_syllables_are_textstats_for_every_cmu_word():
    table = _cmu_syllables()
    seen = [w for w in table if _list_words(w) == [w]]  # words as textstat's splitter leaves them
    assert len(seen) > 120_000
    assert [w for w in seen if syllables(w) != textstat.syllable_count(w)] == []


@pytest.mark.parametrize("word", ["nebulised", "cholecystectomy", "thrombolysis", "Levothyroxine", "pyelonephritis"])
def test_syllables_of_words_outside_the_dictionary_come_from_hyphenation(word):
    assert syllables(word) == textstat.syllable_count(word)


def test_empty_and_blank_texts_score_zero_without_error(engine):
    for text in ("", "   \n\n  "):
        s = engine.analyze(text).scores
        assert s.words == 0 and s.sentences == 0 and s.grade == 0.0 and s.medical_grade == 0.0
        assert all(getattr(s, k) == 0.0 for k in FORMULAS)
        assert s.reliable is False
        assert s.notes == ("short text (under 100 words or 3 sentences): scores are less reliable",)


# --- structure ----------------------------------------------------------------------------------------

MEDICATION_LIST = """# Your medicines

Take these medicines every day:
- Metoprolol 25 mg by mouth in the morning
- Lisinopril 10 mg by mouth in the morning
- Atorvastatin 40 mg by mouth at night
- Aspirin 81 mg by mouth with food

Call your nurse if you feel dizzy. Stand up slowly after you sit or lie down.
"""


def test_a_medication_list_is_scored_item_by_item(engine):
    a = engine.analyze(MEDICATION_LIST)
    s = a.scores
    blocks = [(x.block, x.text) for x in a.sentences]
    assert blocks == [
        ("heading", "Your medicines"),
        ("heading", "Take these medicines every day:"),
        ("list-item", "Metoprolol 25 mg by mouth in the morning"),
        ("list-item", "Lisinopril 10 mg by mouth in the morning"),
        ("list-item", "Atorvastatin 40 mg by mouth at night"),
        ("list-item", "Aspirin 81 mg by mouth with food"),
        ("paragraph", "Call your nurse if you feel dizzy."),
        ("paragraph", "Stand up slowly after you sit or lie down."),
    ]
    assert s.sentences == 6 and s.long_sentences == 0 and s.words == 42
    assert s.notes == (
        "2 headings not scored",
        "4 list items, table rows or fields scored as sentences",
        "short text (under 100 words or 3 sentences): scores are less reliable",
    )
    assert s.reliable is False
    units = [t for b, t in blocks if b != "heading"]
    joined = " ".join(t if t.endswith(".") else t + "." for t in units)
    assert {k: getattr(s, k) for k in FORMULAS} == textstat_scores(joined)
    assert [x.grade for x in a.sentences[:2]] == [0.0, 0.0]  # headings get no grade


def test_the_list_as_one_run_on_sentence_would_score_much_harder(engine):
    items = [line[2:] for line in MEDICATION_LIST.splitlines() if line.startswith("- ")]
    as_one_sentence = engine.analyze(", ".join(items) + ".").scores
    as_items = engine.analyze("\n".join("- " + i for i in items)).scores
    assert as_one_sentence.long_sentences == 1 and as_items.long_sentences == 0
    assert as_items.flesch_kincaid_grade < as_one_sentence.flesch_kincaid_grade - 5


def test_table_rows_and_fields_are_units_of_their_own(engine):
    text = "Name: Ana Ruiz\nDiagnosis: Pneumonia\n\n| Drug | Dose |\n| Amoxicillin | 500 mg |\n"
    s = engine.analyze(text).scores
    assert s.sentences == 4
    assert s.notes[0] == "4 list items, table rows or fields scored as sentences"


def test_a_long_text_is_reliable_and_says_nothing_about_it(engine):
    text = " ".join(PROSE[:3])
    s = engine.analyze(text).scores
    assert s.words >= 100 and s.sentences >= 3
    assert s.reliable is True and s.notes == ()


def test_few_words_make_a_short_text_even_with_many_sentences(engine):
    s = engine.analyze("Rest. Drink water. Take your pills. Call us.").scores
    assert s.sentences == 4 and s.words == 8 and s.reliable is False
    assert s.flesch_kincaid_grade == round(textstat.flesch_kincaid_grade("Rest. Drink water. Take your pills. Call us."), 2)


# --- sentence flags ----------------------------------------------------------------------------------------

LONG = ("If you notice any new swelling in your legs or ankles, or if you gain more than two pounds in a single "
        "day, call the clinic.")  # 26 words


def test_long_sentences_are_over_20_words_by_default(engine):
    a = engine.analyze(LONG + " Rest well.")
    assert [(x.words, x.long) for x in a.sentences] == [(26, True), (2, False)]
    assert a.scores.long_sentences == 1


def test_long_sentence_limit_is_configurable():
    strict = plainspeak.Simplifier(long_sentence_words=5)
    a = strict.analyze(LONG + " Rest well today, please.")
    assert [x.long for x in a.sentences] == [True, False]
    doc = Document("Take one tablet twice a day with food.")
    assert [m.long for m in measure(doc, [], ReadabilitySettings(long_sentence_words=7))] == [True]
    assert [m.long for m in measure(doc, [], ReadabilitySettings(long_sentence_words=8))] == [False]


@pytest.mark.parametrize("sentence, passive", [
    ("The patient was given aspirin in the emergency room.", True),
    ("She was seen by the nurse on Monday.", True),  # irregular participle
    ("The wound is being closely watched.", True),
    ("The tests were not done yesterday.", True),
    ("You will be taken to the operating room.", True),
    ("Your stitches have been removed.", True),
    ("He got hurt at work.", True),
    ("We gave you aspirin in the emergency room.", False),
    ("The results are good.", False),
    ("He is indeed better today.", False),
    ("Your heart is strong.", False),
])
def test_passive_voice(sentence, passive):
    assert is_passive(sentence.rstrip(".").split()) is passive


def test_passive_sentences_are_counted(engine):
    s = engine.analyze("The drain was removed. You can shower tomorrow. Stitches will be taken out in a week.").scores
    assert s.passive_sentences == 2


def _finding(text: str, word: str, kind: str = "term") -> Finding:
    start = text.index(word)
    return Finding(start=start, end=start + len(word), text=word, kind=kind)


def test_jargon_per_sentence_and_per_100_words():
    text = "Your echocardiogram was normal. The stenosis is mild and needs no treatment. Rest."
    doc = Document(text)
    findings = [_finding(text, "echocardiogram"), _finding(text, "stenosis"), _finding(text, "mild", "formal-word")]
    s, per = score(doc, findings)
    assert [len(p["findings"]) for p in per] == [1, 2, 0]
    assert s.jargon == 3 and s.words == 13
    assert s.jargon_per_100_words == round(100 * 3 / 13, 1) == 23.1


# --- medical grade ----------------------------------------------------------------------------------------

def test_shipped_model_uses_exactly_the_features_computed():
    model = medical_grade_model()
    assert set(model["coefficients"]) == set(medical_features(MedicalCounts()))
    assert model["floor"] < model["ceiling"]


def test_medical_grade_is_intercept_plus_weighted_features_clipped():
    model = medical_grade_model()
    features = medical_features(MedicalCounts(words=18, sentences=1, rarity=7.5, content_words=9,
                                              content_zipf=30.0, jargon=3))
    assert features == {
        "log_words_per_sentence": math.log(18),
        "rarity_per_sentence": math.log1p(7.5),
        "jargon_per_sentence": math.log1p(3),
        "mean_content_zipf": 30.0 / 9,
    }
    expected = model["intercept"] + sum(c * features[k] for k, c in model["coefficients"].items())
    assert medical_grade(features) == round(min(model["ceiling"], max(model["floor"], expected)), 1)
    assert medical_grade(dict(features, log_words_per_sentence=100.0)) == model["ceiling"]
    assert medical_grade(dict(features, mean_content_zipf=100.0)) == model["floor"]


def test_features_are_averages_per_sentence():
    one = MedicalCounts(words=12, sentences=1, rarity=4.0, content_words=6, content_zipf=27.0, jargon=2)
    assert medical_features(MedicalCounts.total([one, one, one])) == medical_features(one)


def test_document_medical_grade_uses_per_sentence_averages(engine):
    text = PROSE[3]
    doc = Document(text)
    findings = engine.detector.detect(doc)
    measures = measure(doc, findings)
    total = MedicalCounts.total(m.medical for m in measures)
    confident = [f for f in findings if f.confidence >= 0.5]  # familiar words are not counted
    assert len(confident) < len(findings)
    assert total.sentences == 3 and total.jargon == len(confident)
    assert engine.analyze(text).scores.medical_grade == medical_grade(medical_features(total))


def test_a_sentence_split_at_a_spaced_decimal_point_is_still_one_sentence():
    text = "The risk was lower (RR 0. 62, 95% CI 0. 41 to 0. 93) with the new drug."
    doc = Document(text)
    measures = measure(doc, [])  # the sentencizer cuts after each "0."
    assert MedicalCounts.total(m.medical for m in measures).sentences == 1
    three = Document("The risk was lower. 62 people took part.\nthe end came later.")
    assert MedicalCounts.total(m.medical for m in measure(three, [])).sentences == 3  # a new line starts anew
    one = Document("Hepatocystis spp. are thought not to replicate in the blood.")
    assert MedicalCounts.total(m.medical for m in measure(one, [])).sentences == 1


def test_words_are_counted_for_frequency_by_their_parts():
    c = medical_counts(["malaria-endemic", "the", "patient's"], [_finding("x fibrosis", "fibrosis", "rare-word")])
    assert (c.words, c.sentences, c.jargon, c.content_words) == (3, 1, 1, 3)  # malaria, endemic, patient
    z = {w: zipf(w) for w in ("malaria", "endemic", "the", "patient")}
    assert c.content_zipf == pytest.approx(z["malaria"] + z["endemic"] + z["patient"])
    assert c.rarity == pytest.approx(sum(max(0.0, 5.0 - v) for v in z.values()))
    assert z["the"] > 5.0 and z["endemic"] < 3.5


def test_jargon_raises_the_medical_grade(engine):
    plain = engine.analyze("You had a heart attack and your kidneys are not working well.").scores
    medical = engine.analyze("You had a myocardial infarction complicated by acute tubular necrosis.").scores
    assert medical.medical_grade > plain.medical_grade + 4
    assert plain.medical_grade < 8


def test_scores_serialise_with_the_medical_grade(engine):
    d = engine.analyze(PROSE[0]).to_dict()
    assert d["scores"]["medical_grade"] == engine.analyze(PROSE[0]).scores.medical_grade
    assert all(isinstance(x["medical_grade"], float) for x in d["sentences"])
