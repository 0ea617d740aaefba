"""Jargon detection on real sentences, with exact offsets, kinds, plain words and senses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


from plainspeak.glossary import load_glossary
from plainspeak.jargon import Detector
from plainspeak.jargon.abbreviations import find_definitions, first_chars
from plainspeak.lexicon import is_drug_name

CLINICAL = Path(__file__).parent / "data" / "clinical_sentences.jsonl"


@pytest.fixture(scope="module")
def detector():
    return Detector(load_glossary())


def spans(detector, text):
    return [(f.start, f.end, f.text, f.kind, f.plain) for f in detector.detect_text(text)]


def test_clinical_shorthand_slash_forms_and_age_sex(detector):
    text = "Pt is a 68 y/o M s/p CABG with h/o HTN, c/o SOB; f/u in 2 wks."
    assert spans(detector, text) == [
        (0, 2, "Pt", "abbreviation", "patient"),
        (11, 14, "y/o", "abbreviation", "year-old"),
        (15, 16, "M", "abbreviation", "male"),
        (17, 20, "s/p", "abbreviation", "after"),
        (21, 25, "CABG", "abbreviation", "heart bypass surgery"),
        (31, 34, "h/o", "abbreviation", "history of"),
        (35, 38, "HTN", "abbreviation", "high blood pressure"),
        (40, 43, "c/o", "abbreviation", "complains of"),
        (44, 47, "SOB", "abbreviation", "shortness of breath"),
        (49, 52, "f/u", "abbreviation", "follow-up"),
        (58, 61, "wks", "abbreviation", "weeks"),
    ]


def test_credentials_after_a_name_and_a_state_before_a_zip_code_are_not_jargon(detector):
    text = "Signed: R. Okafor, MD, FACC. Mail to 410 Oak St, Springfield, IL 62704. Started Lasix, QZX and HTN, ZQ."
    assert [f.text for f in detector.detect_text(text)] == ["QZX", "HTN", "ZQ"]
    assert [f.text for f in detector.detect_text("Jane Smith, MD\n10/06/2024 14:52")] == []
    # the same short forms elsewhere are still reported: no name before the comma, no ZIP after
    assert [f.text for f in detector.detect_text("Labs: FACC pending. IL was raised.")] == ["FACC", "IL"]


def test_sig_codes_and_interval_patterns(detector):
    text = "Take 1 tab PO BID and Oxycodone 5 mg PO q6-8h PRN pain."
    assert spans(detector, text) == [
        (7, 10, "tab", "sig-code", "tablet"),
        (11, 13, "PO", "sig-code", "by mouth"),
        (14, 17, "BID", "sig-code", "2 times a day"),
        (37, 39, "PO", "sig-code", "by mouth"),
        (40, 45, "q6-8h", "sig-code", "every 6 to 8 hours"),
        (46, 49, "PRN", "sig-code", "if needed"),
    ]


def test_sentence_full_stop_is_not_part_of_a_sig_code(detector):
    assert spans(detector, "Take 2 tabs q4h.") == [
        (5, 11, "2 tabs", "sig-code", "2 tablets"),
        (12, 15, "q4h", "sig-code", "every 4 hours"),
    ]


def test_single_letters_fire_only_beside_an_age_or_a_value(detector):
    assert spans(detector, "M is a letter. Vitamin K is in greens.") == []
    k = detector.detect_text("K 3.1 this morning.")
    assert [(f.start, f.end, f.ambiguous, [s.expansion for s in f.senses]) for f in k] == [
        (0, 1, True, ["potassium", "vitamin K"])
    ]


def test_us_the_country_is_case_sensitive_and_never_silently_expanded(detector):
    assert spans(detector, "Call us today.") == []
    (us,) = detector.detect_text("The US study was large.")
    assert (us.start, us.end, us.kind, us.ambiguous, us.plain, us.render) == (4, 6, "abbreviation", True, None, "leave")
    assert [s.expansion for s in us.senses] == ["ultrasound", "United States"]


def test_ambiguous_abbreviation_resolved_only_by_clear_cues(detector):
    (pe, cta) = detector.detect_text("Patient with PE: clot on CTA, started heparin.")
    assert (pe.text, pe.term, pe.plain, pe.ambiguous) == ("PE", "pulmonary embolism", "blood clot in the lung", False)
    exam = detector.detect_text("PE: HEENT normal, general exam unremarkable.")[0]
    assert (exam.text, exam.term, exam.ambiguous) == ("PE", "physical exam", False)
    (bs,) = detector.detect_text("Repeat BS check.")
    assert bs.ambiguous and bs.plain is None and bs.confidence == 0.5
    assert [s.expansion for s in bs.senses] == ["bowel sounds", "breath sounds", "blood sugar"]


def test_capitals_heading_words_are_not_abbreviations(detector):
    assert spans(detector, "BLOOD PRESSURE OR PULSE CHECK") == []
    assert spans(detector, "Go to the OR for surgery.") == [(10, 12, "OR", "abbreviation", "operating room")]


def test_definition_in_the_text_resolves_later_uses(detector):
    text = "The subfoveal fluid height (SFFH) was measured. Higher SFFH predicted worse vision."
    found = detector.detect_text(text)
    assert [(f.start, f.end, f.text, f.kind, f.render) for f in found] == [
        (4, 19, "subfoveal fluid", "rare-word", "leave"),
        # a short form the reader must now remember: jargon, but it explains itself, so never rewritten
        (28, 32, "SFFH", "abbreviation", "leave"),
        (55, 59, "SFFH", "abbreviation", "replace"),
    ]
    assert found[1].plain == found[2].plain == "subfoveal fluid height"
    assert found[2].source == "defined in text"
    # a defined sense wins over cues: "PE" here is the embolism, not the physical exam
    text = "She has pulmonary embolism (PE). The PE was small."
    assert spans(detector, text) == [
        (8, 26, "pulmonary embolism", "term", "blood clot in the lung"),
        (28, 30, "PE", "abbreviation", "pulmonary embolism"),
        (37, 39, "PE", "abbreviation", "blood clot in the lung"),
    ]


def test_a_defined_short_form_is_found_even_when_it_looks_like_a_name(detector):
    found = detector.detect_text("Protein catabolic rate (Pcr) fell. Then Pcr rose.")
    assert [(f.text, f.kind, f.plain) for f in found] == [
        ("catabolic", "rare-word", None), ("Pcr", "abbreviation", "Protein catabolic rate")]


def test_schwartz_hearst_definitions():
    (d,) = find_definitions("Resistant starch (RS) is a fibre.")
    assert (d.abbr, d.long_form, d.start, d.end) == ("RS", "Resistant starch", 0, 21)
    assert find_definitions("The dose (mg) was low (see below).") == []


def test_unsafe_abbreviations_get_safe_wording(detector):
    found = detector.detect_text("Give 10 U insulin QD and MS 4 mg IV q4h.")
    assert [(f.text, f.kind, f.plain, f.alternatives) for f in found] == [
        ("U", "unsafe-abbreviation", "units", ()),
        ("insulin", "term", "sugar-lowering hormone", ()),
        ("QD", "unsafe-abbreviation", "daily", ()),
        ("MS", "unsafe-abbreviation", None, ("morphine sulfate", "magnesium sulfate")),
        ("IV", "sig-code", "IV (into a vein)", ()),
        ("q4h", "sig-code", "every 4 hours", ()),
    ]
    assert found[3].ambiguous and found[3].render == "leave"


def test_a_do_not_use_notation_with_clear_cues_reads_as_the_cued_abbreviation(detector):
    # the valve words name aortic stenosis; in an eye-drop order "AS" stays a do-not-use notation
    (f,) = detector.detect_text("Severe AS with valve area 0.8 cm2.")
    assert (f.text, f.kind, f.plain) == ("AS", "abbreviation", "narrow aortic valve")
    found = detector.detect_text("Instill 2 drops AS twice daily.")
    assert [(f.text, f.kind) for f in found if f.text == "AS"] == [("AS", "unsafe-abbreviation")]


def test_decimals_and_signs_in_a_study_are_not_unsafe_doses(detector):
    kinds = {f.text: f.kind for f in detector.detect_text("Results were significant (P < .05) in the cohort.")}
    assert "unsafe-abbreviation" not in kinds.values()
    found = detector.detect_text("Give .5 mg now.")
    assert [(f.text, f.kind, f.plain) for f in found] == [(".5", "unsafe-abbreviation", "0.5")]
    assert all(f.kind != "unsafe-abbreviation" for f in detector.detect_text("f/u in 3 months"))


def test_glossary_forms_plurals_possessives_hyphens_and_verbs(detector):
    text = "Patient has a history of pulmonary embolisms and Parkinson's disease."
    assert [(f.text, f.term) for f in detector.detect_text(text)] == [
        ("pulmonary embolisms", "pulmonary embolism"), ("Parkinson's disease", "Parkinson's disease")]
    text = "Community acquired pneumonia and community-acquired pneumonias were treated."
    assert [(f.start, f.end, f.term) for f in detector.detect_text(text)] == [
        (0, 18, "community-acquired"), (19, 28, "pneumonia"), (33, 51, "community-acquired"), (52, 62, "pneumonia")]
    assert [(f.text, f.term) for f in detector.detect_text("The tumour and tumors grew.")] == [
        ("tumour", "tumor"), ("tumors", "tumor")]
    found = detector.detect_text("The patient was utilizing oxygen and utilized a walker.")
    assert [(f.text, f.kind, f.plain) for f in found if f.kind == "formal-word"] == [
        ("utilizing", "formal-word", "use"), ("utilized", "formal-word", "use")]


def test_longest_match_wins(detector):
    # "pulmonary" alone is a glossary term too; the two-word term takes both words
    assert [f.text for f in detector.detect_text("He had a pulmonary embolism.")] == ["pulmonary embolism"]


def test_word_parts_give_a_hedged_guess(detector):
    (f,) = detector.detect_text("She has gastroenteropathy.")
    assert (f.start, f.end, f.kind, f.plain, f.confidence) == (8, 25, "word-part", "stomach + bowel (intestine) + disease", 0.5)
    assert f.definition.startswith("A guess from its word parts")


def test_rare_word_takes_its_rare_neighbours(detector):
    (f,) = detector.detect_text("Chorioretinal scarring developed later.")
    assert (f.start, f.end, f.text, f.kind) == (0, 22, "Chorioretinal scarring", "rare-word")


def test_names_numbers_units_urls_and_drug_names_are_not_jargon(detector):
    text = "Visit https://www.cdc.gov or call Dr. Smith in Boston about Tylenol, 650 mg, and atorvastatin."
    assert spans(detector, text) == []


def test_cephalosporins_are_drug_names_by_their_first_syllable(detector):
    # their names share "cef-", not an ending; "cephalic" (of the head) is no drug
    assert spans(detector, "Started cefepime, then cefazolin and cefdinir.") == []
    assert is_drug_name("cefuroxime") and not is_drug_name("cephalic")


def test_everyday_formal_words_are_style_notes(detector):
    found = detector.detect_text("Results were performed and we utilize it.")
    assert [(f.text, f.kind, f.confidence) for f in found] == [("performed", "formal-word", 0.3), ("utilize", "formal-word", 1.0)]


def test_allow_list_removes_words(detector):
    allowed = Detector(load_glossary(allow=["SOB"]))
    assert [f.text for f in allowed.detect_text("Pt has SOB.")] == ["Pt"]


def test_findings_never_overlap_and_offsets_hold_on_the_clinical_set(detector):
    for line in CLINICAL.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        found = detector.detect_text(text)
        assert all(text[f.start:f.end] == f.text for f in found)
        assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_empty_and_blank_text(detector):
    assert detector.detect_text("") == []
    assert detector.detect_text(" \n\n\t") == []


def test_first_characters_of_a_pattern():
    assert first_chars(r"(?<![A-Z])(?-i:IV|i\.v\.)", 0) == frozenset("Ii")
    assert first_chars(r"(?i:\bq\s?\d)", 0) == frozenset("qQ")
    assert first_chars(r".x", 0) is None


def test_spacy_component_sets_doc_jargon():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("plainspeak", config={"allow": ["HTN"]})
    doc = nlp("Pt has SOB and HTN.")
    assert [(f.start, f.end, f.text, f.plain) for f in doc._.jargon] == [
        (0, 2, "Pt", "patient"), (7, 10, "SOB", "shortness of breath")]
    assert [(s.text, s.label_) for s in doc.spans["jargon"]] == [("Pt", "abbreviation"), ("SOB", "abbreviation")]


def test_one_letter_sides_only_before_a_part_of_the_body(engine):
    # a side is a fact the guard protects: "L" is "left" only as in "L knee", never the litres of "2 L"
    s = engine.simplify("Pain in L knee and R hip; L-sided weakness. Fluid limit 2 L a day. R/O DVT.", mode="replace")
    assert s.text.startswith("Pain in left knee and right hip; left-sided weakness. ")
    assert "2 L a day" in s.text
    assert [f.text for f in engine.analyze("Fluid limit 2 L a day. Dr. R Smith.").findings if f.text in ("L", "R")] == []


@pytest.mark.parametrize("text, expansion", [
    ("Knee PROM 0-90 degrees; continue PT exercises.", "passive range of motion"),
    ("At 36 weeks with PROM, leaking fluid since 3 am.", "premature rupture of membranes"),
    ("PROM noted.", None),  # no cue either way: reported as ambiguous, never guessed
])
def test_prom_is_read_from_its_context(engine, text, expansion):
    [f] = [f for f in engine.analyze(text).findings if f.text == "PROM"]
    assert (f.term if not f.ambiguous else None) == expansion


def test_an_entry_for_the_very_form_beats_its_base_form(engine):
    # "elevated" (a result: higher than normal) is not "elevate" (raise); "tracing" is not a "trace"
    result = engine.simplify("Your LDL was elevated.", mode="replace")
    assert result.text.endswith("was raised.")
    assert any(e.before == "elevated" and e.source.endswith("#elevated") for e in result.edits)
    assert engine.simplify("Elevate your legs.", mode="replace").text == "Raise your legs."
    assert engine.simplify("The tracing showed no changes.", mode="replace").text == "The tracing showed no changes."


def test_a_slash_form_at_the_end_of_a_sentence_is_found_without_its_full_stop(engine):
    # spaCy keeps the full stop on the last letter ("f", "/", "u."): the finding ends before it
    text = "Pt will f/u. Then rest."
    found = [(f.text, f.start, f.end) for f in engine.analyze(text).findings if f.text == "f/u"]
    assert found == [("f/u", 8, 11)]
    assert engine.simplify(text).text == "Patient will follow up. Then rest."


@pytest.mark.parametrize("text, expected", [
    # "cap" is a capsule only near a number
    ("Remove the cap and shake the inhaler for 5 seconds before each use.",
     "Remove the cap and shake the inhaler for 5 seconds before each use."),
    ("Take 1 cap PO daily.", "Take 1 capsule by mouth daily."),
    # the plural of a short form is found and reads in the plural
    ("Please avoid NSAIDs such as ibuprofen.", "Please avoid NSAIDs (anti-inflammatory pain relievers) such as ibuprofen."),
    ("He had frequent PVCs on the monitor.", "He had frequent extra heartbeats on the monitor."),
    # one-letter sides compared with each other are sides; "2 L" is litres
    ("Weakness L>R in the legs.", "Weakness left>right in the legs."),
    ("Drink 2 L of water.", "Drink 2 L of water."),
])
def test_short_forms_read_only_where_their_context_says_so(engine, text, expected):
    assert engine.simplify(text, mode="replace").text == expected


def test_a_definition_skips_the_explanation_plainspeak_added_and_never_crosses_a_bracket():
    from plainspeak.jargon.abbreviations import find_definitions

    text = "Some H1-antihistamines (allergy medicines) (H1A) were studied."
    assert [(d.abbr, d.long_form) for d in find_definitions(text)] == [("H1A", "H1-antihistamines")]
    # "(PTHS-60)" has no long form before it that does not run across "(PTHS-30)"
    text = "30-min PTHS (PTHS-30), 60-min PTHS (PTHS-60), and more."
    assert "PTHS-60" not in {d.abbr for d in find_definitions(text)}

