"""The glossary: the shipped data validates, bad files give exact `file:line: message` problems,
organisation glossaries and allow lists layer on top, and the counts the project promises hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import plainspeak
from plainspeak import Simplifier
from plainspeak.cli import cli
from plainspeak.glossary import load_glossary, validate_files

EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="module")
def engine() -> plainspeak.Simplifier:
    return plainspeak.Simplifier()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- validation -----------------------------------------------------------------------------------

def test_the_shipped_glossary_has_no_problems():
    assert validate_files() == []


def test_the_examples_have_no_problems():
    files = [EXAMPLES / "org_glossary.csv", EXAMPLES / "org_glossary.yaml", EXAMPLES / "allow.txt"]
    assert validate_files(files, check_builtin=False) == []


BAD_TERMS = (
    "term,plain,category,definition\n"
    "hypertension,high blood pressure,condition,Blood pressure that stays too high.\n"
    "hypertension,high pressure,condition,Pressure that is too high.\n"
    ",kidney,anatomy,Having to do with the kidneys.\n"
    "nephritis,kidney swelling,organ,Swelling of the kidneys.\n"
    'pyelonephritis,kidney infection,condition,"An ascending bacterial infection involving the renal parenchyma, '
    'frequently necessitating hospitalization."\n'
)


def test_a_bad_terms_csv_gives_every_problem_with_its_line(tmp_path):
    bad = write(tmp_path, "bad.csv", BAD_TERMS)
    assert validate_files([bad], check_builtin=False) == [
        f"{bad}:4: missing term",
        f"{bad}:5: unknown category 'organ' (expected one of anatomy, care, condition, device, drug-class, finding, "
        "general, lab, procedure, result, symptom, test)",
        f"{bad}:3: duplicate term 'hypertension' is already an entry (hypertension at {bad}:2)",
        f"{bad}:6: definition reads at grade 24.1 (keep it at 8 or below)",
    ]


def test_a_long_definition_is_reported(tmp_path):
    words = "Fluid builds up in the legs and feet so they look puffy and feel tight and heavy by the end of each day"
    bad = write(tmp_path, "long.csv", f"term,plain,definition\nedema,swelling,{words}.\n")
    assert validate_files([bad], check_builtin=False) == [f"{bad}:2: definition has 23 words (keep it under 20)"]


def test_a_plain_wording_that_drops_a_side_or_a_drug_name_is_reported(tmp_path):
    bad = write(tmp_path, "meaning.csv", (
        "term,variants,plain,definition\n"
        "left bundle branch block,,delay in the heart's signal,A delay in the heart's signal.\n"
        "steroid burst,prednisone burst,short course of steroid pills,A few days of strong steroid pills.\n"
        "epinephrine pen,,epinephrine shot pen,A pen that gives a shot of epinephrine.\n"
    ))
    assert validate_files([bad], check_builtin=False) == [
        f"{bad}:2: plain wording \"delay in the heart's signal\" drops the side 'left' of 'left bundle branch block'",
        f"{bad}:3: plain wording 'short course of steroid pills' drops the drug name 'prednisone' of 'prednisone burst'",
    ]


def test_a_plain_wording_that_holds_its_own_variant_is_a_loop(tmp_path):
    # "device check" -> "heart device check" -> "heart heart device check": reported; a plain wording
    # that is one of the entry's own forms, or names the term in a bracket, changes nothing more
    bad = write(tmp_path, "loop.csv", (
        "term,variants,plain,definition\n"
        "device interrogation,device check,heart device check,A check of a pacemaker.\n"
        "oral care,mouth care,mouth care,Cleaning the mouth and teeth.\n"
        "ACE inhibitor,,blood pressure medicine (ACE inhibitor),A medicine that lowers blood pressure.\n"
    ))
    assert validate_files([bad], check_builtin=False) == [
        f"{bad}:2: plain wording 'heart device check' contains 'device check', which entry device-interrogation rewrites",
    ]


def test_a_term_in_capitals_that_is_an_everyday_word_in_lower_case_is_reported(tmp_path):
    # terms match in any case: "SLIT" would also rewrite "a slit in the drape"; "COPD" is no word,
    # and a form also listed in lower case is meant in any case
    bad = write(tmp_path, "caps.csv", (
        "term,variants,plain,definition\n"
        "sublingual immunotherapy,SLIT,allergy tablets under the tongue,Allergy tablets that melt under the tongue.\n"
        "chronic obstructive pulmonary disease,COPD,long-term lung disease,A lung disease that makes it hard to breathe.\n"
        "COVID-19,COVID|covid,COVID-19,An illness that often affects the lungs.\n"
    ))
    assert validate_files([bad], check_builtin=False) == [
        f"{bad}:2: 'SLIT' is in capitals, but terms match in any case, so the everyday word 'slit' would be rewritten "
        "too: list it in abbreviations.csv, which match as written",
    ]


def test_an_everyday_word_is_not_read_as_a_short_form_in_capitals():
    engine = Simplifier()
    assert engine.simplify("The nurse looked through a slit in the drape.").text == "The nurse looked through a slit in the drape."
    assert engine.simplify("RPG showed no stones.").text == "RPG (dye X-ray of the kidney drain tubes) showed no stones."


def test_a_bad_regex_pattern_is_reported(tmp_path):
    bad = write(tmp_path, "sig.csv", "id,code,kind,plain,pattern\nq-n-hours,q4h,frequency,every {1} hours,q(\\d+h\n")
    assert validate_files([bad], check_builtin=False) == [
        f"{bad}:2: bad pattern 'q(\\\\d+h': missing ), unterminated subpattern at position 1"
    ]


def test_a_bad_yaml_file_gives_every_problem_with_its_line(tmp_path):
    bad = write(tmp_path, "bad.yaml", (
        "terms:\n"
        "  - term: dyspnea\n"
        "    category: symptom\n"
        "  - term: edema\n"
        "    plain: swelling\n"
        "    render: swap\n"
        "  - term: ascites\n"
        "    plain: fluid in the belly\n"
        "    category: belly\n"
        "allow: biopsy\n"
    ))
    assert validate_files([bad], check_builtin=False) == [
        f"{bad}:2: missing plain",
        f"{bad}:4: unknown render 'swap' (expected one of bracket, explain, leave, replace)",
        f"{bad}:7: unknown category 'belly' (expected one of anatomy, care, condition, device, drug-class, finding, "
        "general, lab, procedure, result, symptom, test)",
        f"{bad}:1: 'allow' must be a list of words",
    ]


def test_an_ambiguous_abbreviation_needs_specific_cues(tmp_path):
    bad = write(tmp_path, "abbr.csv", (
        "abbr,expansion,plain,cues\n"
        "HR,heart rate,heart rate,pulse|bpm|tachycardic\n"
        "HR,hour,hour,for|over|past|q\n"
        "PE,pulmonary embolism,blood clot in the lung,\n"
        "PE,physical exam,physical exam,exam|HEENT|vitals\n"
    ))
    assert validate_files([bad], check_builtin=False) == [
        f"{bad}:3: 'HR' = 'hour' has 0 specific cues (needs 3; everyday words and single letters do not count)",
        f"{bad}:4: 'PE' has 2 senses, so each sense needs cues",
    ]


def test_a_plain_wording_the_rewriter_would_rewrite_again_is_reported(tmp_path):
    bad = write(tmp_path, "loop.csv", (
        "term,plain,render\n"
        "anemia,low red blood cells,bracket\n"
        "pernicious anemia,anemia from low vitamin B12,bracket\n"
        "iron deficiency anemia,anemia from low iron,explain\n"
    ))
    assert validate_files([bad], check_builtin=False) == [
        f"{bad}:3: plain wording 'anemia from low vitamin B12' contains 'anemia', which entry anemia rewrites"
    ]


def test_a_formal_word_that_is_also_a_term_is_reported(tmp_path):
    bad = write(tmp_path, "org.yaml", (
        "terms:\n"
        "  - term: administer\n"
        "    plain: give\n"
        "formal_words:\n"
        "  - term: administer\n"
        "    plain: hand out\n"
    ))
    assert validate_files([bad], check_builtin=False) == [
        f"{bad}:5: formal word 'administer' is also a term entry (administer at {bad}:2); keep one"
    ]


def test_glossary_check_exits_1_and_prints_the_problems(tmp_path):
    bad = write(tmp_path, "bad.csv", BAD_TERMS)
    result = CliRunner().invoke(cli, ["glossary", "check", str(bad)])
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{bad}:4: missing term",
        f"{bad}:5: unknown category 'organ' (expected one of anatomy, care, condition, device, drug-class, finding, "
        "general, lab, procedure, result, symptom, test)",
        f"{bad}:3: duplicate term 'hypertension' is already an entry (hypertension at {bad}:2)",
        f"{bad}:6: definition reads at grade 24.1 (keep it at 8 or below)",
    ]


def test_glossary_check_of_the_builtin_glossary_exits_0():
    result = CliRunner().invoke(cli, ["glossary", "check"])
    assert (result.exit_code, result.stdout) == (0, "")


# --- layering -------------------------------------------------------------------------------------

def test_an_organisation_csv_overrides_a_builtin_term(engine):
    org = plainspeak.Simplifier(glossaries=[EXAMPLES / "org_glossary.csv"])
    text = "Syncope is common after standing up fast."
    assert engine.simplify(text).text == "Fainting is common after standing up fast."
    assert org.simplify(text).text == "Passing out is common after standing up fast."
    assert org.simplify("She had a telehealth visit today.").text == "She had a video visit today."


def test_an_organisation_yaml_adds_abbreviations_and_allowed_words():
    org = plainspeak.Simplifier(glossaries=[EXAMPLES / "org_glossary.yaml"])
    assert org.simplify("Call the ACC about your dose.").text == "Call the blood thinner clinic about your dose."
    assert org.analyze("The MRI and biopsy are next week.").findings == ()


def test_an_allowed_word_is_never_flagged(engine):
    text = "The MRI and biopsy showed a stent."
    assert [f.text for f in engine.analyze(text).findings] == ["MRI", "biopsy", "stent"]
    assert [f.text for f in plainspeak.Simplifier(allow=["biopsy"]).analyze(text).findings] == ["MRI", "stent"]
    assert plainspeak.Simplifier(glossaries=[EXAMPLES / "allow.txt"]).analyze(text).findings == ()
    allowed = plainspeak.Simplifier(allow=["Biopsy"])
    assert allowed.simplify("A biopsy was done. Biopsy results are back.").edits == ()


def test_a_later_layer_wins(tmp_path):
    first = write(tmp_path, "first.csv", "term,plain\nsyncope,a faint\n")
    second = write(tmp_path, "second.csv", "term,plain\nsyncope,a blackout\n")
    g = load_glossary([first, second])
    assert [t.plain for t in g.terms if t.term == "syncope"] == ["a blackout"]


# --- explain and counts -----------------------------------------------------------------------------

def test_explain_prints_the_plain_wording_definition_and_source():
    result = CliRunner().invoke(cli, ["explain", "hypertension"])
    assert result.exit_code == 0
    assert result.stdout == (
        "hypertension: high blood pressure\n"
        "  Blood pressure that stays higher than it should, which strains the heart and blood vessels.\n"
        "  [condition; checked against CDC Plain Language Thesaurus]\n"
    )


def test_glossary_stats_meet_the_promised_counts():
    result = CliRunner().invoke(cli, ["glossary", "list", "--stats"])
    assert result.exit_code == 0
    stats = dict(line.strip().split(": ", 1) for line in result.stdout.splitlines())
    assert stats["version"] == "1.12.0"
    assert int(stats["terms"]) >= 1500
    assert int(stats["abbreviations"]) >= 400
    assert int(stats["ambiguous_abbreviations"]) >= 50
    assert int(stats["word_parts"]) >= 200
    assert int(stats["formal_words"]) >= 200
    assert int(stats["terms in result"]) >= 20


def test_the_glossary_covers_what_the_project_promises():
    g = load_glossary()
    terms = {t.term for t in g.terms}
    assert {"negative", "positive", "unremarkable", "benign", "grossly intact", "within normal limits"} <= terms
    senses: dict[str, int] = {}
    for a in g.abbreviations:
        senses[a.abbr] = senses.get(a.abbr, 0) + 1
    assert all(senses[a] >= 2 for a in ("MS", "PE", "RA", "CP", "DC", "AF", "HR", "CT", "IV"))
    codes = {s.code for s in g.sig_codes}
    assert {"PO", "BID", "TID", "QID", "QHS", "PRN", "AC", "PC", "NPO", "SL", "IM", "IV", "q4h", "q4-6h", "gtt", "tab", "cap"} <= codes
    unsafe = {u.abbr or u.id for u in g.unsafe}
    # the Joint Commission do-not-use list, and error-prone route codes from the ISMP list
    assert {"U", "IU", "QD", "QOD", "trailing-zero", "missing-leading-zero", "MS", "MSO4", "MgSO4", "SC", "SQ"} <= unsafe
    assert all(u.safe for u in g.unsafe)


# --- meaning-breaking swaps stay fixed ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Titrate your lisinopril to 20 mg.", "Adjust the dose of your lisinopril to 20 mg."),
    ("Insulin was titrated to 20 units.", "Insulin was adjusted to 20 units."),
    ("IV furosemide 40 mg was given.", "IV (into a vein) furosemide 40 mg was given."),
    ("Ceftriaxone 1 g IM once.", "Ceftriaxone 1 g IM (into a muscle) once."),
    ("Stage IV breast cancer, on letrozole 2.5 mg daily.", "Stage IV breast cancer, on letrozole 2.5 mg daily."),
    ("TAKE 2 TABS IN THE MORNING.", "TAKE 2 TABLETS IN THE MORNING."),
    # "severe" is a cue of aortic stenosis: the do-not-use reading ("left ear") gives way to it
    ("Severe AS, on metoprolol 25 mg daily.", "Severe AS (narrow aortic valve), on metoprolol 25 mg daily."),
    ("He fractured his wrist.", "He broke his wrist."),
    ("Discharge from the wound is normal.", "Discharge from the wound is normal."),
    ("Attending: Dr Smith", "Attending: Dr Smith"),
    ("Mental state was normal. Call 911 if you have a suicide attempt plan.",
     "Mental state was normal. Call 911 if you have a suicide attempt plan."),
])
def test_swaps_that_would_change_the_meaning_are_not_made(engine, text, expected):
    s = engine.simplify(text)
    assert s.text == expected
    assert engine.simplify(s.text).text == s.text


def test_a_do_not_use_sign_with_more_than_one_meaning_is_flagged_not_replaced(engine):
    s = engine.simplify("Take 1 tab + 2 caps daily.")
    assert s.text == "Take 1 tablet + 2 capsules daily."
    plus = [f for f in s.remaining if f.text == "+"]
    assert [(f.kind, f.plain, f.alternatives) for f in plus] == [("unsafe-abbreviation", None, ("and", "plus", "positive"))]
