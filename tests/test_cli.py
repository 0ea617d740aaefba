"""The command line, through click's CliRunner (in-process) and through a real subprocess
(`python -m plainspeak`), on real files of every supported format built here."""

from __future__ import annotations

import codecs
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from plainspeak.cli import cli, main

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;]*m")
HARD = ("The patient's exacerbation of congestive heart failure necessitated intravenous diuretic administration, "
        "continuous cardiopulmonary monitoring, and comprehensive multidisciplinary evaluation prior to discharge.\n")
EASY = "We saw you today. You can go home now. Drink some water. Rest in bed.\n"


# --- helpers -------------------------------------------------------------------------------------

def run(*args: str, input: str | bytes | None = None, env: dict | None = None) -> tuple[int, str, str]:
    """Run the real entry point (`main`, with its error handling) in-process, in CliRunner's
    isolated streams: (exit code, stdout, stderr)."""
    runner = CliRunner()
    with runner.isolation(input=input, env=env) as streams:
        try:
            main(list(args))
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        out, err = streams[0].getvalue().decode(), streams[1].getvalue().decode()
    return code, out, err


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PLAINSPEAK_DEBUG", None)
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", NO_COLOR="1")
    return env


def plainspeak(*args: str, input: bytes | None = None, cwd: Path | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "plainspeak", *args], input=input, capture_output=True, cwd=cwd,
                          env=subprocess_env(), timeout=600, **kw)


def pdf_with_text(lines: list[str]) -> bytes:
    """A minimal one-page PDF with a real text layer (Helvetica, one line per string)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT /F1 12 Tf 16 TL 72 720 Td " + " ".join(f"({esc(line)}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def docx_with(heading: str, paragraph: str, items: list[str]) -> bytes:
    import io

    import docx

    d = docx.Document()
    d.add_heading(heading, level=1)
    d.add_paragraph(paragraph)
    for item in items:
        d.add_paragraph(item, style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture
def handouts(project):
    """One file of every supported format and encoding, plus files the walk must skip."""
    d = project / "handouts"
    (d / "sub").mkdir(parents=True)
    (d / "a_plain.txt").write_text("Patient has SOB and edema.\n", encoding="utf-8")
    (d / "b_notes.md").write_text("# Your care\n\n- Take 1 tab PO BID.\n- Call if you have a fever.\n", encoding="utf-8")
    (d / "c_page.html").write_text(
        "<html><head><title>Hidden title</title><style>body{color:red}</style>"
        "<script>var hypertension = 'in a script';</script></head>"
        "<body><h1>Heart care</h1><p>You have hypertension.</p><noscript>no script text</noscript></body></html>",
        encoding="utf-8")
    (d / "d_leaflet.docx").write_bytes(docx_with("After your stay", "You had a myocardial infarction.", ["Take 1 tab PO daily."]))
    (d / "e_scan.pdf").write_bytes(pdf_with_text(["Your renal function is stable.", "Take 1 tab PO BID."]))
    (d / "sub" / "f_utf16.txt").write_bytes("Edema in both legs.\n".encode("utf-16"))
    (d / "sub" / "g_bom.txt").write_bytes(codecs.BOM_UTF8 + "Café visit: BP was high.\n".encode("utf-8"))
    (d / "sub" / "h_legacy.txt").write_bytes("Caf\xe9 visit: the patient had dyspnea.\n".encode("cp1252"))
    (d / "skip.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (d / ".hidden.txt").write_text("SOB\n")
    return d


def check_json(*args: str) -> tuple[int, list[dict], str]:
    code, out, err = run("check", *args, "--format", "json")
    return code, json.loads(out), err


def texts_by_name(results: list[dict]) -> dict[str, str]:
    return {Path(r["path"]).name: r["analysis"]["text"] for r in results}


# --- check: inputs -------------------------------------------------------------------------------

def test_check_walks_a_folder_and_reads_every_format(handouts):
    code, results, err = check_json("handouts", "--max-grade", "99")
    assert code == 0, err
    assert [r["path"] for r in results] == [
        os.path.join("handouts", name) for name in
        ("a_plain.txt", "b_notes.md", "c_page.html", "d_leaflet.docx", "e_scan.pdf",
         "sub/f_utf16.txt", "sub/g_bom.txt", "sub/h_legacy.txt")
    ]
    texts = texts_by_name(results)
    assert texts["a_plain.txt"] == "Patient has SOB and edema.\n"
    # HTML: visible text only (no title, style, script or noscript content)
    assert "You have hypertension." in texts["c_page.html"] and "Heart care" in texts["c_page.html"]
    for hidden in ("Hidden title", "color:red", "in a script", "var ", "no script text"):
        assert hidden not in texts["c_page.html"]
    assert "You had a myocardial infarction." in texts["d_leaflet.docx"]
    assert "After your stay" in texts["d_leaflet.docx"] and "Take 1 tab PO daily." in texts["d_leaflet.docx"]
    assert "Your renal function is stable." in texts["e_scan.pdf"] and "Take 1 tab PO BID." in texts["e_scan.pdf"]
    assert texts["f_utf16.txt"] == "Edema in both legs.\n"
    assert texts["g_bom.txt"] == "Café visit: BP was high.\n"  # the BOM is not part of the text
    assert texts["h_legacy.txt"] == "Café visit: the patient had dyspnea.\n"
    warnings = {Path(r["path"]).name: r["warnings"] for r in results}
    assert warnings["h_legacy.txt"] == [os.path.join("handouts", "sub", "h_legacy.txt") + ": not valid UTF-8 (byte 3); read as Windows-1252"]
    assert all(not w for name, w in warnings.items() if name != "h_legacy.txt")
    found = {Path(r["path"]).name: {(f["text"], f["kind"]) for f in r["analysis"]["findings"]} for r in results}
    assert ("SOB", "abbreviation") in found["a_plain.txt"]
    assert ("hypertension", "term") in found["c_page.html"]
    assert ("myocardial infarction", "term") in found["d_leaflet.docx"]
    assert ("renal", "term") in found["e_scan.pdf"]
    assert ("dyspnea", "term") in found["h_legacy.txt"]


def test_check_json_is_a_list_of_check_results_with_the_library_analysis(project, engine):
    (project / "note.txt").write_text("Pt has SOB.\n")
    code, results, _ = check_json("note.txt", "--max-grade", "99")
    assert code == 0
    assert results == [{
        "path": "note.txt", "profile": "handout", "measure": "grade", "max_grade": 99.0,
        "grade": results[0]["analysis"]["scores"]["grade"],
        "passed": True, "error": None, "warnings": [], "analysis": engine.analyze("Pt has SOB.\n").to_dict(),
    }]


def test_check_reads_standard_input(project):
    code, results, _ = run_json_stdin("Pt has SOB.\n")
    assert code == 0
    assert results[0]["path"] == "<stdin>"
    assert [f["text"] for f in results[0]["analysis"]["findings"]] == ["Pt", "SOB"]


def run_json_stdin(text: str) -> tuple[int, list[dict], str]:
    code, out, err = run("check", "-", "--format", "json", input=text.encode())
    return code, json.loads(out), err


def test_jobs_2_gives_the_same_results_as_jobs_1(project):
    for i in range(5):
        (project / f"n{i}.txt").write_text(HARD if i % 2 else EASY)
    (project / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    one = run("check", ".", "--format", "json", "--jobs", "1")
    two = run("check", ".", "--format", "json", "--jobs", "2")
    assert one == two
    assert one[0] == 2  # the broken file is an input error ...
    results = json.loads(one[1])
    assert [r["path"] for r in results] == ["broken.docx", "n0.txt", "n1.txt", "n2.txt", "n3.txt", "n4.txt"]  # ... and the rest are still checked
    assert {k: results[0][k] for k in ("grade", "passed", "analysis")} == {"grade": None, "passed": False, "analysis": None}
    assert results[0]["error"] == "not a valid .docx file (corrupt or truncated)"


# --- check: exit codes, formats ------------------------------------------------------------------

def test_exit_code_is_1_only_when_a_file_is_over_its_limit(project):
    (project / "hard.txt").write_text(HARD)
    (project / "easy.txt").write_text(EASY)
    assert run("check", "easy.txt")[0] == 0
    code, out, err = run("check", "easy.txt", "hard.txt", "-q")
    assert code == 1 and err == ""
    assert run("check", "hard.txt", "--max-grade", "40")[0] == 0


def test_text_report_has_linter_lines_and_a_summary_table(project):
    (project / "hard.txt").write_text(HARD)
    (project / "easy.txt").write_text(EASY + "Your BP is fine.\n")
    _, results, _ = check_json("easy.txt", "hard.txt")
    code, out, _ = run("check", "easy.txt", "hard.txt")
    assert code == 1
    assert not ANSI.search(out)  # not a terminal: no colour codes
    lines = out.splitlines()
    assert "easy.txt:2:6: BP -> blood pressure  [abbreviation]" in lines
    hard_findings = results[1]["analysis"]["findings"]
    for f in hard_findings:
        assert any(line.startswith(f"hard.txt:1:{f['start'] + 1}: {f['text']} -> ") for line in lines)
    table = lines[lines.index("file      grade  limit  jargon  result"):]
    assert table == [
        "file      grade  limit  jargon  result",
        "-" * 39,
        f"easy.txt  {results[0]['grade']:5.1f}      8  {results[0]['analysis']['scores']['jargon']:6d}  pass",
        f"hard.txt  {results[1]['grade']:5.1f}      8  {results[1]['analysis']['scores']['jargon']:6d}  FAIL",
        "2 files checked: 1 passed, 1 over the limit",
    ]
    quiet = run("check", "easy.txt", "hard.txt", "-q")[1].splitlines()
    assert quiet == table


def test_colour_only_when_asked_and_never_in_files(project):
    (project / "note.txt").write_text("Pt has SOB.\n")
    coloured = run("--color", "check", "note.txt")[1]
    assert ANSI.search(coloured)
    assert ANSI.sub("", coloured) == run("check", "note.txt")[1]
    assert not ANSI.search(run("check", "note.txt", env={"NO_COLOR": "1"})[1])
    assert run("--color", "check", "note.txt", "-o", "report.txt")[0] == 0
    assert (project / "report.txt").read_text() == ANSI.sub("", coloured)


def test_markdown_report(project):
    (project / "<b>note.txt").write_text("Pt has SOB.\n")
    code, out, _ = run("check", "<b>note.txt", "--format", "markdown", "--max-grade", "99")
    assert code == 0
    lines = out.splitlines()
    assert lines[:4] == ["# plainspeak readability report", "", "| file | grade | max | medical grade | jargon | result |",
                         "|---|---:|---:|---:|---:|---|"]
    assert lines[4].startswith("| &lt;b&gt;note.txt | ") and lines[4].endswith(" | pass |")
    assert lines[5:] == ["", "## &lt;b&gt;note.txt", "", "| where | text | kind | plain wording |", "|---|---|---|---|",
                         "| 1:1 | Pt | abbreviation | patient |", "| 1:8 | SOB | abbreviation | shortness of breath |"]
    assert "<b>" not in out  # no raw HTML from the input in a Markdown report


def test_output_file_is_written_atomically_and_never_over_an_input(project):
    (project / "note.txt").write_text("Pt has SOB.\n")
    assert run("check", "note.txt", "--format", "html", "-o", "report.html")[0] == 0
    assert (project / "report.html").read_text().startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in project.iterdir()) == ["note.txt", "report.html"]  # no temporary file left
    code, out, err = run("check", "note.txt", "-o", "note.txt")
    assert (code, out) == (2, "")
    assert err == "plainspeak: error: refusing to write the report over an input file: note.txt\n"
    assert (project / "note.txt").read_text() == "Pt has SOB.\n"


# --- glossaries, allow lists, settings -----------------------------------------------------------

@pytest.fixture
def org_glossaries(project):
    (project / "org.csv").write_text(
        "term,plain,definition,category\n"
        "wellness pathway review,check-in visit,A short visit to see how you are doing.,care\n", encoding="utf-8")
    (project / "org.yaml").write_text(yaml.safe_dump({
        "abbreviations": [{"abbr": "TTO", "expansion": "to take out", "plain": "medicines to take home"}],
        "allow": ["edema"],
    }), encoding="utf-8")
    (project / "note.txt").write_text("Book a wellness pathway review. Your TTO is ready. Edema is better. SOB is gone.\n")
    return project


def findings_of(result: dict) -> dict[str, str]:
    """The findings a glossary explains (text -> plain words); unknown words flagged without plain
    words are left out."""
    return {f["text"]: f["plain"] for f in result["analysis"]["findings"] if f["plain"]}


def test_org_csv_and_yaml_glossaries_and_allow_layer_on_the_built_in_one(org_glossaries):
    _, plain, _ = check_json("note.txt")
    assert findings_of(plain[0]) == {"Edema": "swelling", "SOB": "shortness of breath"}
    assert {f["text"]: f["plain"] for f in plain[0]["analysis"]["findings"]}.get("TTO", "not flagged") is None
    _, layered, _ = check_json("note.txt", "--glossary", "org.csv", "--glossary", "org.yaml")
    assert findings_of(layered[0]) == {"wellness pathway review": "check-in visit", "TTO": "medicines to take home",
                                       "SOB": "shortness of breath"}
    _, allowed, _ = check_json("note.txt", "--glossary", "org.csv", "--glossary", "org.yaml", "--allow", "SOB")
    assert findings_of(allowed[0]) == {"wellness pathway review": "check-in visit", "TTO": "medicines to take home"}
    code, out, _ = run("simplify", "note.txt", "--mode", "replace", "--glossary", "org.csv", "--glossary", "org.yaml")
    assert code == 0
    assert out == "Book a check-in visit. Your medicines to take home is ready. Edema is better. Shortness of breath is gone.\n"


def test_pyproject_settings_apply_and_flags_override_them(org_glossaries):
    (org_glossaries / "pyproject.toml").write_text(
        '[tool.plainspeak]\nprofile = "portal"\nmax_grade = 30\nglossary = ["org.csv"]\nallow = ["SOB"]\n')
    _, results, _ = check_json("note.txt")
    assert (results[0]["profile"], results[0]["max_grade"]) == ("portal", 30.0)
    assert findings_of(results[0]) == {"wellness pathway review": "check-in visit", "Edema": "swelling"}
    _, flagged, _ = check_json("note.txt", "--max-grade", "2.5", "--profile", "discharge")
    assert (flagged[0]["profile"], flagged[0]["max_grade"]) == ("discharge", 2.5)
    (org_glossaries / "pyproject.toml").write_text('[tool.plainspeak]\nmax_grade = "low"\n')
    code, out, err = run("check", "note.txt")
    assert (code, out) == (2, "")
    assert err == f"plainspeak: error: {org_glossaries / 'pyproject.toml'}: max_grade must be a number, not 'low'\n"


# --- errors: exit code 2, one line, no traceback -------------------------------------------------

@pytest.mark.parametrize(
    "args, message",
    [
        (("check", "missing.txt"), "plainspeak: error: missing.txt: no such file or directory"),
        (("check", "empty"), "plainspeak: error: no supported files found (.txt, .md, .html, .docx, .pdf)"),
        (("check", "note.txt", "--profile", "kids"),
         "plainspeak: error: unknown profile 'kids' (expected one of portal, handout, discharge)"),
        (("check", "note.txt", "--glossary", "nope.csv"), "plainspeak: error: nope.csv: no such glossary file"),
        (("check", "note.txt", "--jobs", "65"), "plainspeak: error: Invalid value for '--jobs' / '-j': 65 is not in the range 0<=x<=64."),
        (("check",), "plainspeak: error: Missing argument 'PATHS...'."),
        (("check", "note.txt", "--format", "pdf"),
         "plainspeak: error: Invalid value for '--format': 'pdf' is not one of 'text', 'json', 'html', 'markdown'."),
        (("frobnicate",), "plainspeak: error: No such command 'frobnicate'."),
        (("simplify", "note.txt", "-o", "note.txt"),
         "plainspeak: error: refusing to overwrite the input file; use --in-place to do that (it keeps a .bak copy)"),
        (("simplify", "note.txt", "--in-place", "--format", "diff"),
         "plainspeak: error: --in-place writes the plain text back; it cannot be used with --format diff"),
        (("simplify", "--in-place"), "plainspeak: error: --in-place needs a file path and no --output"),
        (("simplify", "bad.docx"), "plainspeak: error: bad.docx: not a valid .docx file (corrupt or truncated)"),
        (("simplify", "note.txt", "-o", "no/such/folder/out.txt"), None),
    ],
)
def test_usage_and_input_errors_are_one_line_and_exit_2(project, args, message):
    (project / "note.txt").write_text("Pt has SOB.\n")
    (project / "empty").mkdir()
    (project / "bad.docx").write_bytes(b"not a zip at all")
    code, out, err = run(*args)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1 and err.endswith("\n") and "Traceback" not in err
    if message is None:
        assert err.startswith("plainspeak: error: no/such/folder/out.txt: cannot write: ")
    else:
        assert err == message + "\n"
    assert (project / "note.txt").read_text() == "Pt has SOB.\n"


def test_a_bad_file_in_a_batch_is_reported_and_the_others_still_checked(project):
    (project / "good.txt").write_text(EASY)
    (project / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    code, out, err = run("check", ".")
    assert code == 2
    assert err.startswith("plainspeak: error: bad.pdf: ") and len(err.splitlines()) == 1
    reason = err.removeprefix("plainspeak: error: bad.pdf: ").strip()
    assert f"bad.pdf: error: {reason}" in out.splitlines()
    assert "good.txt" in out and "1 unreadable" in out


@pytest.mark.skipif(os.name != "posix", reason="file names with control characters need a POSIX file system")
def test_control_characters_in_names_never_reach_the_terminal(project):
    name = "note\x1b]0;owned\x07\x1b[2J.txt"
    (project / name).write_text("Pt has SOB.\n")
    code, out, err = run("check", name, "--max-grade", "99")
    assert code == 0 and "\x1b" not in out and "\x07" not in out
    assert "note?]0;owned??[2J.txt:1:1: Pt -> patient  [abbreviation]" in out.splitlines()
    code, out, err = run("check", name + ".missing")
    assert code == 2 and err == "plainspeak: error: note?]0;owned??[2J.txt.missing: no such file or directory\n"


def test_bare_command_prints_help(project):
    code, out, err = run()
    assert code == 0 and err == ""
    assert out.startswith("Usage: plainspeak [OPTIONS] COMMAND [ARGS]...")


# --- simplify ------------------------------------------------------------------------------------

SIG = "Take 1 tab PO BID PRN pain.\n"
SIG_PLAIN = "Take 1 tablet by mouth 2 times a day if needed for pain.\n"


def test_simplify_reads_standard_input_and_writes_standard_output(project):
    assert run("simplify", "--mode", "replace", input=SIG.encode()) == (0, SIG_PLAIN, "")
    assert run("simplify", "-", "--profile", "discharge", input=SIG.encode()) == (0, SIG_PLAIN, "")


def test_simplify_text_output_colours_the_changes_on_request(project):
    code, out, _ = run("--color", "simplify", "--mode", "replace", input=b"Pt has SOB.\n")
    assert code == 0
    assert ANSI.sub("", out) == "Patient has shortness of breath.\n"
    assert re.findall(r"\x1b\[32m\x1b\[1m(.*?)\x1b\[0m", out) == ["Patient", "shortness of breath"]


def test_simplify_changes_lists_every_change_with_the_scores_that_say_whether_it_helped(project):
    # a terse note's plain grade rises as abbreviations become words; the medical grade and the
    # jargon count beside it say what happened, and a short text is flagged as unreliably scored
    code, out, err = run("simplify", "--mode", "replace", "--changes", input=b"Pt has SOB.\n")
    assert (code, out) == (0, "Patient has shortness of breath.\n")
    assert err == ("grade -2.6 -> 3.1 (medical grade 5.3 -> 8.4; jargon 2 -> 0); 2 changes\n"
                   "  note: short text (under 100 words or 3 sentences): scores are less reliable\n"
                   "  1:1  'Pt' -> 'Patient'  (abbreviation)\n"
                   "  1:8  'SOB' -> 'shortness of breath'  (abbreviation)\n")


def test_simplify_formats(project, engine):
    (project / "note.txt").write_text("Pt has SOB.\n" + SIG)
    code, diff, _ = run("simplify", "note.txt", "--format", "diff", "--mode", "replace")
    assert code == 0
    assert diff == ("--- a/note.txt\n+++ b/note.txt (plain)\n@@ -1,2 +1,2 @@\n"
                    "-Pt has SOB.\n-Take 1 tab PO BID PRN pain.\n"
                    "+Patient has shortness of breath.\n+Take 1 tablet by mouth 2 times a day if needed for pain.\n")
    code, out, _ = run("simplify", "note.txt", "--format", "json", "--mode", "replace")
    expected = engine.simplify("Pt has SOB.\n" + SIG, mode="replace", target_grade=6.0).to_dict()
    assert json.loads(out) == expected
    code, page, _ = run("simplify", "note.txt", "--format", "html", "--mode", "replace")
    assert code == 0 and page.startswith("<!DOCTYPE html>")
    assert '<h2>Original</h2>' in page and '<h2>Plain language</h2>' in page
    assert '<mark class="changed" title="was: PRN">if needed for</mark>' in page
    code, md, _ = run("simplify", "note.txt", "--format", "markdown", "--mode", "replace")
    assert md.startswith("# Simplified text\n\nPatient has shortness of breath.\nTake 1 tablet")


def test_simplify_output_file_and_in_place_with_backup(project):
    note = project / "note.txt"
    note.write_bytes(SIG.encode())
    assert run("simplify", "note.txt", "-o", "plain.txt", "--mode", "replace") == (0, "", "")
    assert (project / "plain.txt").read_text() == SIG_PLAIN
    assert note.read_text() == SIG
    code, out, err = run("--color", "simplify", "note.txt", "--in-place", "--mode", "replace")
    assert (code, out, err) == (0, "", "")
    assert note.read_text() == SIG_PLAIN  # no colour codes in the file
    assert (project / "note.txt.bak").read_bytes() == SIG.encode()
    assert sorted(p.name for p in project.iterdir()) == ["note.txt", "note.txt.bak", "plain.txt"]


def test_in_place_leaves_a_file_with_nothing_to_change_alone(project):
    note = project / "plain.txt"
    note.write_text(EASY)
    before = note.stat().st_mtime_ns
    assert run("simplify", "plain.txt", "--in-place") == (0, "", "")
    assert note.read_text() == EASY and note.stat().st_mtime_ns == before
    assert sorted(p.name for p in project.iterdir()) == ["plain.txt"]


def test_in_place_refuses_formats_it_cannot_write_back(project):
    (project / "page.html").write_text("<p>Pt has SOB.</p>")
    code, _, err = run("simplify", "page.html", "--in-place")
    assert code == 2
    assert err == "plainspeak: error: page.html: --in-place works on .txt and .md files only (this is html)\n"
    assert (project / "page.html").read_text() == "<p>Pt has SOB.</p>"
    assert not (project / "page.html.bak").exists()


def test_legacy_encoding_warning_goes_to_stderr(project):
    (project / "old.txt").write_bytes("Pt has SOB at the caf\xe9.\n".encode("cp1252"))
    code, out, err = run("simplify", "old.txt", "--mode", "replace")
    assert code == 0
    assert out == "Patient has shortness of breath at the café.\n"
    assert err == "plainspeak: warning: old.txt: not valid UTF-8 (byte 21); read as Windows-1252\n"


# --- CliRunner.invoke on the click group itself ---------------------------------------------------

def test_click_group_through_clirunner_invoke(project):
    (project / "note.txt").write_text("Pt has SOB.\n")
    result = CliRunner().invoke(cli, ["check", "note.txt", "--format", "json", "--max-grade", "99"])
    assert result.exit_code == 0
    assert [f["text"] for f in json.loads(result.stdout)[0]["analysis"]["findings"]] == ["Pt", "SOB"]
    result = CliRunner().invoke(cli, ["explain", "SOB"])
    assert result.exit_code == 0 and "shortness of breath" in result.stdout


# --- the pre-commit hook -------------------------------------------------------------------------

def test_pre_commit_hook_definition():
    from plainspeak.readers import SUPPORTED

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    by_id = {h["id"]: h for h in hooks}
    assert set(by_id) == {"plainspeak-check"}
    hook = by_id["plainspeak-check"]
    assert hook["entry"] == "plainspeak check" and hook["language"] == "python"
    pattern = re.compile(hook["files"])
    for ext in SUPPORTED:
        assert pattern.search(f"docs/leaflet{ext}") and pattern.search(f"docs/LEAFLET{ext.upper()}")
    for other in ("setup.py", "docs/leaflet.txt.orig", "image.png"):
        assert not pattern.search(other)
    # pre-commit appends file names to `entry`; the command line it builds must parse
    code, out, _ = run(*hook["entry"].split()[1:], *hook.get("args", []), "--help")
    assert code == 0 and "Usage: plainspeak check" in out


# --- real subprocesses ---------------------------------------------------------------------------

def test_help_does_not_import_spacy_textstat_or_torch():
    code = ("import sys\nfrom plainspeak.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit as e:\n    assert e.code in (0, None), e.code\n"
            "try:\n    main(['check', '--help'])\nexcept SystemExit as e:\n    assert e.code in (0, None), e.code\n"
            "heavy = sorted(m for m in ('spacy', 'textstat', 'torch', 'transformers', 'thinc', 'docx', 'pypdf') if m in sys.modules)\n"
            "print('HEAVY', heavy)\n")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=subprocess_env(), timeout=120)
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines()[-1] == "HEAVY []"
    assert "Usage: plainspeak check" in p.stdout


def test_subprocess_check_exit_codes_and_formats(handouts):
    project = handouts.parent
    (handouts / "hard.txt").write_text(HARD)
    p = plainspeak("check", "handouts", "--format", "json", "--jobs", "2", "--max-grade", "14", cwd=project)
    assert p.returncode == 1, p.stderr
    results = json.loads(p.stdout)
    assert len(results) == 9
    assert [r["path"] for r in results if not r["passed"]] == [os.path.join("handouts", "hard.txt")]
    assert all((r["grade"] > 14) == r["path"].endswith("hard.txt") for r in results)
    assert p.stderr == b""  # not a terminal: no progress bar
    p = plainspeak("check", "handouts/missing.md", cwd=project)
    assert (p.returncode, p.stdout) == (2, b"")
    assert p.stderr == b"plainspeak: error: handouts/missing.md: no such file or directory\n"
    p = plainspeak("simplify", "-", "--mode", "replace", input=SIG.encode(), cwd=project)
    assert (p.returncode, p.stdout, p.stderr) == (0, SIG_PLAIN.encode(), b"")


def run_on_a_terminal(args: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess, str]:
    """`plainspeak ARGS` with its stderr on a pseudo-terminal (stdout piped): the process, and what
    the terminal showed."""
    import pty

    master, slave = pty.openpty()
    try:
        p = subprocess.run([sys.executable, "-m", "plainspeak", *args], stdout=subprocess.PIPE, stderr=slave,
                           cwd=cwd, env=subprocess_env(), timeout=600)
        os.close(slave)
        slave = -1
        chunks = []
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: the terminal's other end is closed and drained
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
        if slave != -1:
            os.close(slave)
    return p, b"".join(chunks).decode()


def test_progress_bar_on_stderr_only_when_it_is_a_terminal(project):
    pytest.importorskip("pty", reason="needs a POSIX pseudo-terminal")

    for i in range(3):
        (project / f"n{i}.txt").write_text(EASY)
    p, terminal = run_on_a_terminal(["check", ".", "-q"], project)
    assert p.returncode == 0
    assert "checking" in terminal and "3/3" in terminal
    assert b"checking" not in p.stdout and p.stdout.decode().splitlines()[-1] == "3 files checked: 3 passed, 0 over the limit"
