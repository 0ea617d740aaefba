"""The benchmark entry point runs end to end and writes its figures as JSON, and the benchmark text
is generated deterministically from the project's own examples and glossary. No timing is asserted:
benchmarks report numbers, tests check behaviour."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
sys.path.insert(0, str(BENCH))

import gen_handouts as gen  # noqa: E402

SECTIONS = ("throughput", "latency", "first_call", "memory", "cli", "batch", "scaling")
TARGETS = {"analyze_vs_spacy", "latency_analyze_ms", "latency_simplify_ms", "latency_analyze_cpu_ms", "latency_simplify_cpu_ms",
           "help_s", "help_cpu_s", "peak_rss_mb", "scaling_step"}


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    out = tmp_path_factory.mktemp("bench") / "figures.json"
    proc = subprocess.run([sys.executable, str(BENCH / "run.py"), "--quick", "--json", str(out)],
                          capture_output=True, text=True, timeout=1800, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8")), proc.stdout


def test_quick_run_writes_every_section(quick_run: tuple[dict, str]) -> None:
    data, _ = quick_run
    assert set(data) == {"meta", *SECTIONS, "targets", "table"}
    for name in SECTIONS:
        assert "error" not in data[name], data[name]
    assert data["meta"]["quick"] is True
    assert data["meta"]["plan"]["batch_files"] == 4


def test_quick_run_has_the_expected_figures(quick_run: tuple[dict, str]) -> None:
    data, _ = quick_run
    t = data["throughput"]
    assert set(t["words_per_s"]) == {"spacy_tokenise", "textstat_scores", "regex_glossary", "analyze", "simplify"}
    assert set(t["ratios"]) == {f"{s}_vs_{b}" for s in ("analyze", "simplify") for b in ("spacy", "textstat", "regex")}
    assert all(v > 0 for v in t["ratios"].values())
    assert set(data["latency"]["ms"]) == {"spacy_tokenise", "analyze", "simplify"}
    assert set(data["latency"]["cpu_ms"]) == {"spacy_tokenise", "analyze", "simplify"}
    assert all(set(v) == {"median", "p95"} for v in (*data["latency"]["ms"].values(), *data["latency"]["cpu_ms"].values()))
    cold = data["first_call"]["as_installed"]
    assert list(cold["phases_s"]) == ["import_plainspeak", "import_spacy_build_pipeline", "load_glossary",
                                      "compile_glossary", "first_analyze"]
    assert data["memory"]["as_installed"]["peak_rss_mb"] > 0
    assert data["cli"]["check_file"] == "examples/handout.md"
    assert data["batch"]["files"] == 4
    sizes = data["scaling"]["sizes"]
    assert [s["words"] >= planned for s, planned in zip(sizes, data["meta"]["plan"]["scaling_sizes"])] == [True] * 3
    assert {t["name"] for t in data["targets"]} == TARGETS


def test_quick_run_prints_the_table_it_stores(quick_run: tuple[dict, str]) -> None:
    data, stdout = quick_run
    assert stdout.startswith("figure")
    for row in data["table"]:
        assert set(row) == {"figure", "plainspeak", "baseline", "ratio"}
        assert row["figure"] in stdout
    assert "targets:" in stdout


def test_generated_text_is_deterministic_and_sized() -> None:
    assert gen.corpus(2_000, seed=7) == gen.corpus(2_000, seed=7)
    assert gen.corpus(2_000, seed=7) != gen.corpus(2_000, seed=8)
    assert gen.count_words(gen.corpus(2_000)) >= 2_000
    message = gen.portal_message(300)
    assert 300 <= gen.count_words(message) < 360
    assert message.startswith((ROOT / "examples" / "portal_message.txt").read_text(encoding="utf-8").split("\n", 1)[0])


def test_handouts_are_written_from_the_glossary(tmp_path: Path) -> None:
    paths = gen.write_handouts(tmp_path / "h", 3, seed=1)
    assert [p.name for p in paths] == ["handout_00000.md", "handout_00001.txt", "handout_00002.md"]
    first = paths[0].read_text(encoding="utf-8")
    assert first.startswith("# ") and "## When to call us" in first
    assert gen.write_handouts(tmp_path / "again", 3, seed=1)[0].read_text(encoding="utf-8") == first


def test_regex_baseline_phrases_come_from_the_glossary() -> None:
    phrases = gen.glossary_phrases()
    assert "hypertension" in phrases and "s/p" in phrases and "utilize" in phrases
    assert phrases == sorted(set(phrases))


# --- the per-process glossary cache that keeps cold start to once per process -------------------------

def test_glossary_cache_returns_the_same_compiled_glossary(monkeypatch: pytest.MonkeyPatch) -> None:
    from collections import OrderedDict

    from plainspeak import glossary

    monkeypatch.setattr(glossary, "_cache", OrderedDict())
    first = glossary.load_glossary(allow=["Biopsy "])
    assert glossary.load_glossary(allow=["biopsy"]) is first  # same inputs, normalised
    assert glossary.load_glossary() is not first


def test_glossary_cache_is_bounded_and_keeps_the_most_recent(monkeypatch: pytest.MonkeyPatch) -> None:
    from collections import OrderedDict

    from plainspeak import glossary

    monkeypatch.setattr(glossary, "_cache", OrderedDict())
    size = glossary._CACHE_MAX
    made = [glossary.load_glossary(allow=[f"benchword{i}"]) for i in range(size)]
    assert glossary.load_glossary(allow=["benchword0"]) is made[0]  # used again: now the most recent
    extra = glossary.load_glossary(allow=["benchword-extra"])
    assert len(glossary._cache) == size
    assert glossary.load_glossary(allow=["benchword-extra"]) is extra
    assert glossary.load_glossary(allow=["benchword0"]) is made[0]
    assert glossary.load_glossary(allow=["benchword1"]) is not made[1]  # the least recent was dropped
