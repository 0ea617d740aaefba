"""`plainspeak check --measure`: which score is held to the limit (health-literacy guides often name
SMOG or Flesch-Kincaid; a jargon-heavy note can pass the classic formulas and fail the medical grade)."""

from __future__ import annotations

import json

import pytest

from plainspeak import analyze
from plainspeak.config import resolve
from plainspeak.errors import ConfigError

from test_cli import run

# short sentences, dense jargon: easy for the classic formulas, hard for a patient
NOTE = "Pt has CHF. EF is 35%. Hx of NSTEMI. Echo shows LVH. Cont ASA and BB.\n"


@pytest.fixture
def note(project):
    path = project / "note.txt"
    path.write_text(NOTE, encoding="utf-8")
    return path


def scores():
    return analyze(NOTE).scores


def test_the_default_measure_is_the_consensus_grade(note):
    code, out, _ = run("check", str(note), "--max-grade", "8", "--format", "json")
    [result] = json.loads(out)
    assert result["measure"] == "grade"
    assert result["grade"] == scores().grade
    assert code == (0 if scores().grade <= 8 else 1)


@pytest.mark.parametrize("measure, field", [
    ("smog", "smog_index"), ("flesch-kincaid", "flesch_kincaid_grade"), ("medical", "medical_grade"),
    ("gunning-fog", "gunning_fog"), ("coleman-liau", "coleman_liau_index"), ("ari", "automated_readability_index"),
])
def test_each_measure_holds_its_own_score_to_the_limit(note, measure, field):
    value = getattr(scores(), field)
    code, out, _ = run("check", str(note), "--measure", measure, "--max-grade", str(value), "--format", "json")
    [result] = json.loads(out)
    assert (code, result["measure"], result["grade"], result["passed"]) == (0, measure, value, True)
    code, out, _ = run("check", str(note), "--measure", measure, "--max-grade", str(value - 0.5), "--format", "json")
    assert (code, json.loads(out)[0]["passed"]) == (1, False)


def test_strictest_fails_a_note_that_only_the_classic_formulas_pass(note):
    s = scores()
    assert s.grade < 8 < s.medical_grade  # the premise of the test
    assert run("check", str(note), "--max-grade", "8")[0] == 0
    code, out, _ = run("check", str(note), "--max-grade", "8", "--measure", "strictest")
    assert code == 1
    assert f"strictest grade {s.medical_grade:.1f} (limit 8, grade {s.grade:.1f}, medical {s.medical_grade:.1f})" in out


def test_the_measure_can_come_from_the_settings_file(note, project):
    (project / "plainspeak.toml").write_text('measure = "smog"\nmax_grade = 30\n', encoding="utf-8")
    code, out, _ = run("check", str(note), "--format", "json")
    assert (code, json.loads(out)[0]["measure"]) == (0, "smog")


def test_an_unknown_measure_is_a_one_line_error(note, project):
    (project / "plainspeak.toml").write_text('measure = "lexile"\n', encoding="utf-8")
    code, out, err = run("check", str(note))
    assert code == 2 and out == ""
    assert err.strip().splitlines() == [f"plainspeak: error: {project / 'plainspeak.toml'}: unknown measure 'lexile' "
                                        "(expected one of grade, medical, strictest, flesch-kincaid, smog, gunning-fog, coleman-liau, ari)"]
    with pytest.raises(ConfigError):
        resolve(measure="lexile")
