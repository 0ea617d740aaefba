"""`plainspeak check --jobs N` (plainspeak.batch): the same report, byte for byte, whatever the number
of jobs and the start method of the workers; a bad file among good ones is one line and exit code 2;
results in the order of the files. Real handouts from benchmarks/ and examples/, and files of every
format built here; nothing is mocked, and no timing is asserted."""

from __future__ import annotations

import gc
import json
import shutil
import sys
from pathlib import Path

import pytest

from plainspeak import batch
from plainspeak.config import MEASURES
from test_cli import EASY, HARD, docx_with, pdf_with_text, run

ROOT = Path(__file__).resolve().parent.parent
FORMATS = (("--format", "text"), ("--format", "text", "-q"), ("--format", "json"), ("--format", "html"), ("--format", "markdown"))


@pytest.fixture
def folder(project):
    """About 30 real files in a tree: more chunks than workers, so the results come back from both."""
    d = project / "docs"
    (d / "more").mkdir(parents=True)
    for src in sorted((ROOT / "benchmarks" / "handouts_dev8").glob("*.md")) + sorted((ROOT / "benchmarks" / "handouts").glob("*.md")):
        shutil.copy(src, d / src.name)
    for name in ("handout.md", "discharge_note.txt", "portal_message.txt"):
        shutil.copy(ROOT / "examples" / name, d / "more" / name)
    (d / "b_leaflet.docx").write_bytes(docx_with("After your stay", "You had a myocardial infarction.", ["Take 1 tab PO daily."]))
    (d / "more" / "scan.pdf").write_bytes(pdf_with_text(["Your renal function is stable.", "Take 1 tab PO BID."]))
    (d / "more" / "utf16.txt").write_bytes("Edema in both legs.\n".encode("utf-16"))
    (d / "hard.txt").write_text(HARD)
    (d / "easy.txt").write_text(EASY)
    return d


def _walk(d: Path) -> list[str]:
    from plainspeak.readers import walk

    return [str(p) for p in walk([str(d)])]


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: " ".join(f[1:]))
def test_every_format_is_the_same_for_any_number_of_jobs(folder, fmt):
    one = run("check", "docs", *fmt, "--jobs", "1")
    assert one[0] == 1  # hard.txt and other handouts are over grade 8
    assert "hard.txt" in one[1]
    for jobs in ("2", "0", "3"):
        assert run("check", "docs", *fmt, "--jobs", jobs) == one, jobs


def test_results_come_back_in_the_order_of_the_files(folder):
    files = _walk(Path("docs"))
    assert len(files) >= 27
    code, out, err = run("check", "docs", "--format", "json", "--jobs", "2")
    assert (code, err) == (1, "")
    results = json.loads(out)
    assert [r["path"] for r in results] == files
    assert [r["analysis"]["text"][:40] for r in results] == [batch.check_file(f, 8.0, "handout")
                                                            .analysis.text[:40] for f in files]


def test_a_bad_file_among_good_ones_is_one_line_and_exit_code_2(folder):
    (folder / "c_broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "more" / "d_empty.pdf").write_bytes(b"%PDF-1.4 truncated")
    for jobs in ("1", "2"):
        code, out, err = run("check", "docs", "-q", "--jobs", jobs)
        assert code == 2
        assert err.splitlines() == [
            f"plainspeak: error: {Path('docs') / 'c_broken.docx'}: not a valid .docx file (corrupt or truncated)",
            f"plainspeak: error: {Path('docs') / 'more' / 'd_empty.pdf'}: " + err.splitlines()[1].split(": ", 3)[-1],
        ]
        assert all(len(line.split("\n")) == 1 for line in err.splitlines())
        rows = out.splitlines()
        assert rows[-1].endswith(", 2 unreadable")
        assert sum(1 for r in rows[2:-1] if r.split()[-1] in ("pass", "FAIL")) == len(_walk(Path("docs"))) - 2  # the rest are checked
    assert run("check", "docs", "--format", "json", "--jobs", "2") == run("check", "docs", "--format", "json", "--jobs", "1")


def test_settings_reach_the_workers(folder):
    """--allow and --max-grade are the workers' as well as the parent's: the engine they inherit (or
    build) is the one made with the run's settings."""
    base = json.loads(run("check", "docs", "--format", "json", "--jobs", "2")[1])
    flagged = {f["text"].lower() for r in base for f in r["analysis"]["findings"] if r["path"].endswith("hard.txt")}
    assert "exacerbation" in flagged
    args = ("check", "docs", "--format", "json", "--allow", "exacerbation", "--max-grade", "50")
    one, two = run(*args, "--jobs", "1"), run(*args, "--jobs", "2")
    assert one == two
    hard = next(r for r in json.loads(two[1]) if r["path"].endswith("hard.txt"))
    assert "exacerbation" not in {f["text"].lower() for f in hard["analysis"]["findings"]}
    assert (hard["max_grade"], hard["passed"]) == (50.0, True)


def test_spawned_workers_build_their_own_engine_and_give_the_same_results(folder):
    """The fallback where fork is not used (macOS, Windows): each worker builds the engine itself."""
    files = _walk(Path("docs"))[:6]
    args = ((), (), 20)
    batch.init_worker(*args)
    alone = batch.run_checks(files, 8.0, "handout", "grade", batch.JSON, args, jobs=1)
    spawned = batch.run_checks(files, 8.0, "handout", "grade", batch.JSON, args, jobs=2, method="spawn")
    assert spawned == alone
    assert [c.result.path for c in spawned] == files


def test_fork_on_linux_and_the_collector_as_it_was_afterwards(folder):
    if sys.platform.startswith("linux"):
        assert batch.start_method() == "fork"
    args = ((), (), 20)
    batch.init_worker(*args)
    frozen = gc.get_freeze_count()
    done: list[str] = []
    files = _walk(Path("docs"))
    batch.run_checks(files, 8.0, "handout", "grade", batch.SUMMARY, args, jobs=2, done=done.append)
    assert done == files  # the progress bar's calls, in order
    assert gc.get_freeze_count() == frozen


def test_jobs_0_is_one_process_per_cpu_and_never_more_than_the_files():
    assert batch.workers_for(0, 10_000) == batch.cpu_count() >= 1
    assert batch.workers_for(0, 1) == 1
    assert batch.workers_for(3, 2) == 2
    assert batch.workers_for(1, 500) == 1
    code, out, _ = run("check", "--help")
    assert "0: one per CPU" in " ".join(out.split())


@pytest.mark.parametrize("measure", list(MEASURES))
def test_what_comes_back_for_the_summary_scores_and_passes_as_the_whole_result(measure):
    """The summary table and the exit code read only the scores of the analysis kept for them."""
    text = (ROOT / "examples" / "discharge_note.txt").read_text(encoding="utf-8")
    batch.init_worker((), (), 20)
    for limit in (6.0, 9.0, 12.0, 30.0):
        whole = batch.check_text("note.txt", text, ("a warning",), limit, "handout", measure)
        for kind in (batch.SUMMARY, batch.TEXT, batch.JSON):
            kept = batch.for_report(whole, kind).result
            assert (kept.grade, kept.passed, kept.error, kept.warnings, kept.analysis.scores) == \
                   (whole.grade, whole.passed, whole.error, whole.warnings, whole.analysis.scores)
        assert batch.for_report(whole, batch.WHOLE).result is whole


@pytest.mark.parametrize("items", [
    [],
    [{}],
    [{"a": [], "b": {}, "c": "line one\nline two", "d": "café – ≥5 mg", "e": None, "f": 1.5, "g": [1, {"h": [True]}]}],
    [{"x": 1}, [], "text", 3, {"nested": {"deeper": ["\n", "\\n"]}}],
])
def test_the_json_report_written_item_by_item_is_json_dumps_of_the_list(items):
    assert batch.json_list([batch.json_item(i) for i in items]) == json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def test_stdin_with_files_in_parallel(folder):
    one = run("check", "-", "docs", "--format", "json", "--jobs", "1", input=HARD.encode())
    two = run("check", "-", "docs", "--format", "json", "--jobs", "2", input=HARD.encode())
    assert one == two
    assert json.loads(two[1])[0]["path"] == "<stdin>"


def test_progress_bar_with_workers_counts_every_file(project):
    pytest.importorskip("pty", reason="needs a POSIX pseudo-terminal")
    from test_cli import run_on_a_terminal

    for i in range(5):
        (project / f"n{i}.txt").write_text(EASY if i % 2 else HARD)
    p, terminal = run_on_a_terminal(["check", ".", "-q", "--jobs", "2"], project)
    assert p.returncode == 1
    assert "checking" in terminal and "5/5" in terminal
    assert p.stdout.decode().splitlines()[-1] == "5 files checked: 2 passed, 3 over the limit"
