#!/usr/bin/env python3
"""plainspeak performance benchmarks: one entry point, one table, one JSON file.

    python benchmarks/run.py                 # the full run (several minutes on 2 cores)
    python benchmarks/run.py --quick         # small sizes: a smoke test (the test suite runs it)
    python benchmarks/run.py --json out.json # also write the figures there
    python benchmarks/run.py --profile       # also print where warm `analyze` spends its time

Every figure is measured next to a baseline doing comparable work on the same text in the same run
(bare spaCy tokenisation, textstat alone, a naive regex glossary matcher, a bare Python or spaCy
process) and is reported as a ratio as well as in seconds, so the figures still mean something on a
noisy, shared machine. Baseline and subject are timed in alternating rounds, and the ratio is the
median of the per-round ratios.

The text is generated from the project's own examples/ and glossary/ (see gen_handouts.py).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib.util
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC = ROOT / "src"
sys.path.insert(0, str(HERE))
if importlib.util.find_spec("plainspeak") is None:  # run from a checkout without an install
    sys.path.insert(0, str(SRC))

import gen_handouts as gen  # noqa: E402

DEFAULT_JSON = HERE / "results" / "latest.json"
MB = 1024 * 1024


@dataclass(frozen=True)
class Plan:
    """How much work each section does. `--quick` shrinks everything to a smoke test."""

    throughput_words: int = 10_000
    throughput_rounds: int = 5
    latency_words: int = 300
    latency_runs: int = 200
    process_runs: int = 5
    cold_runs: int = 3
    memory_words: int = 50_000
    batch_files: int = 1_000
    batch_rounds: int = 3
    scaling_sizes: tuple[int, ...] = (1_000, 10_000, 100_000, 1_000_000)


QUICK = Plan(throughput_words=600, throughput_rounds=2, latency_runs=5, process_runs=1, cold_runs=1,
             memory_words=600, batch_files=4, batch_rounds=1, scaling_sizes=(200, 400, 800))

TARGETS = {
    "analyze_vs_spacy": (">=", 0.40, "analyze throughput / bare spaCy tokenisation throughput"),
    "latency_analyze_ms": ("<", 10.0, "warm analyze of a 300-word message, median wall time (ms)"),
    "latency_simplify_ms": ("<", 10.0, "warm simplify of a 300-word message, median wall time (ms)"),
    "latency_analyze_cpu_ms": ("<", 10.0, "the same, CPU time: what the call costs on an idle core (ms)"),
    "latency_simplify_cpu_ms": ("<", 10.0, "the same, CPU time (ms)"),
    "help_s": ("<", 0.3, "plainspeak --help, whole process, median wall time (s)"),
    "help_cpu_s": ("<", 0.3, "the same, CPU time (user + system) (s)"),
    "peak_rss_mb": ("<", 400.0, "peak memory (VmHWM) of a fresh process running simplify, no model (MB)"),
    "scaling_step": ("<=", 1.5, "largest rise of time per word relative to spaCy's, from one size to the next (1.0 = linear)"),
}


# --- small tools ---------------------------------------------------------------------------------

def clear_textstat_caches() -> None:
    """textstat memoises results keyed on the whole text; without clearing, every repeated call on
    the same text would be a cache hit and the timings would flatter textstat and plainspeak. Its
    loaded dictionaries (CMU, pyphen, easy words: textstat.backend.utils) are kept, as a long-running
    process keeps them."""
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat"):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                # the loaders are imported into other modules too: skip them by where they live
                if callable(clear) and not str(getattr(value, "__module__", "")).startswith("textstat.backend.utils"):
                    clear()


def timed(fn: Callable[[], Any]) -> float:
    clear_textstat_caches()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def interleaved(subjects: dict[str, Callable[[], Any]], rounds: int) -> dict[str, list[float]]:
    """Time every subject once per round, rotating the order so none always runs first."""
    names = list(subjects)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(rounds):
        for name in names[r % len(names):] + names[:r % len(names)]:
            times[name].append(timed(subjects[name]))
    return times


def per_round_ratio(numerator: list[float], denominator: list[float]) -> float:
    """Median over rounds of numerator/denominator (both timed in the same round)."""
    return statistics.median(n / d for n, d in zip(numerator, denominator) if d > 0)


def p95(values: list[float]) -> float:
    if len(values) < 20:
        return max(values)
    return statistics.quantiles(values, n=20)[18]


def torch_installed() -> bool:
    return importlib.util.find_spec("torch") is not None


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH", "")) if p)
    env.setdefault("PYTHONHASHSEED", "0")
    return env


def plainspeak_command() -> list[str]:
    """The installed console script next to this interpreter, or `python -m plainspeak`."""
    script = Path(sys.executable).parent / "plainspeak"
    if script.is_file():
        return [str(script)]
    found = shutil.which("plainspeak")
    return [found] if found else [sys.executable, "-m", "plainspeak"]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_process(cmd: list[str], stdin: str | None = None, ok: tuple[int, ...] = (0,)) -> tuple[float, str, float]:
    """Wall time of a whole process, its standard output, and its CPU time (user + system, of it
    and of the children it waited for): on a busy machine the CPU time is the steadier figure."""
    cpu = _children_cpu()
    start = time.perf_counter()
    proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=subprocess_env(), cwd=ROOT)
    elapsed = time.perf_counter() - start
    cpu = _children_cpu() - cpu
    if proc.returncode not in ok:
        shown = " ".join(a if len(a) < 80 else "<script>" for a in cmd)
        raise RuntimeError(f"{shown} exited {proc.returncode}: {proc.stderr.strip()[-400:]}")
    return elapsed, proc.stdout, cpu


def run_script(code: str, args: list[str] = (), stdin: str | None = None) -> dict[str, Any]:
    """Run a Python snippet in a fresh interpreter; it prints one JSON object."""
    _, out, _ = run_process([sys.executable, "-c", code, *args], stdin=stdin)
    return json.loads(out.strip().splitlines()[-1])


# In a fresh process `HIDE_TORCH` makes `import torch` fail as it does in an install without the
# `model` extra: spaCy (through thinc) imports torch whenever it can, which costs time and memory.
HIDE_TORCH = "import sys\nif '--hide-torch' in sys.argv: sys.modules['torch'] = None\n"


# --- sections ------------------------------------------------------------------------------------

def throughput(plan: Plan, engine: Any, nlp: Any) -> dict[str, Any]:
    """analyze and simplify against bare spaCy, textstat alone and a naive regex matcher."""
    import textstat

    text = gen.corpus(plan.throughput_words, seed=1)
    words = gen.count_words(text)
    phrases = gen.glossary_phrases()
    start = time.perf_counter()
    naive = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b", re.IGNORECASE)
    regex_compile_s = time.perf_counter() - start

    def textstat_alone() -> None:
        for f in (textstat.flesch_kincaid_grade, textstat.smog_index, textstat.flesch_reading_ease, textstat.gunning_fog,
                  textstat.coleman_liau_index, textstat.automated_readability_index, textstat.dale_chall_readability_score):
            f(text)

    subjects = {
        "spacy_tokenise": lambda: nlp(text),
        "textstat_scores": textstat_alone,
        "regex_glossary": lambda: [m.span() for m in naive.finditer(text)],
        "analyze": lambda: engine.analyze(text),
        "simplify": lambda: engine.simplify(text),
    }
    times = interleaved(subjects, plan.throughput_rounds)
    out: dict[str, Any] = {
        "words": words, "rounds": plan.throughput_rounds, "regex_phrases": len(phrases),
        "regex_compile_s": round(regex_compile_s, 3),
        "words_per_s": {n: round(words / statistics.median(t)) for n, t in times.items()},
        "median_s": {n: round(statistics.median(t), 4) for n, t in times.items()},
        "ratios": {},
    }
    for subject in ("analyze", "simplify"):
        for base, label in (("spacy_tokenise", "spacy"), ("textstat_scores", "textstat"), ("regex_glossary", "regex")):
            # throughput ratio = baseline time / subject time
            out["ratios"][f"{subject}_vs_{label}"] = round(per_round_ratio(times[base], times[subject]), 3)
    return out


def latency(plan: Plan, engine: Any, nlp: Any) -> dict[str, Any]:
    """A 300-word portal message on a warm Simplifier: median and p95, next to bare spaCy. Wall
    time and CPU time (time.process_time) are both kept: on a shared machine the wall time of a
    10 ms call is mostly other people's work, the CPU time is this call's own."""
    message = gen.portal_message(plan.latency_words)
    for _ in range(3):  # warm up: first-use loading is measured by first_call, not here
        engine.simplify(message)
    subjects = {"spacy_tokenise": lambda: nlp(message), "analyze": lambda: engine.analyze(message),
                "simplify": lambda: engine.simplify(message)}
    wall: dict[str, list[float]] = {n: [] for n in subjects}
    cpu: dict[str, list[float]] = {n: [] for n in subjects}
    names = list(subjects)
    for r in range(plan.latency_runs):
        for name in names[r % 3:] + names[:r % 3]:
            clear_textstat_caches()
            c0, w0 = time.process_time(), time.perf_counter()
            subjects[name]()
            wall[name].append(time.perf_counter() - w0)
            cpu[name].append(time.process_time() - c0)

    def summary(times: dict[str, list[float]]) -> dict[str, dict[str, float]]:
        return {n: {"median": round(1000 * statistics.median(t), 2), "p95": round(1000 * p95(t), 2)} for n, t in times.items()}

    return {
        "words": gen.count_words(message), "runs": plan.latency_runs, "ms": summary(wall), "cpu_ms": summary(cpu),
        "analyze_vs_spacy_time": round(per_round_ratio(wall["analyze"], wall["spacy_tokenise"]), 1),
        "simplify_vs_spacy_time": round(per_round_ratio(wall["simplify"], wall["spacy_tokenise"]), 1),
    }


FRESH = HIDE_TORCH + r"""
import json, resource, time
def peak_rss_mb():
    # VmHWM is this process's own peak; ru_maxrss would also count the parent's size at fork
    try:
        for line in open('/proc/self/status'):
            if line.startswith('VmHWM:'):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
job = json.loads(sys.stdin.read())
message, long_text = job['message'], job['long_text']
trace = job['trace']
if trace:
    import tracemalloc
    tracemalloc.start()
t, c = [time.perf_counter()], [time.process_time()]
def mark():
    t.append(time.perf_counter()); c.append(time.process_time())
if job['subject'] == 'spacy':
    import spacy; mark()
    nlp = spacy.blank('en'); mark()
    nlp(message); mark()
    names = ['import_spacy', 'build_pipeline', 'first_call']  # spaCy imports torch if it can
    nlp.max_length = 10 ** 8
    doc = nlp(long_text)
else:
    import plainspeak; mark()
    from plainspeak import document
    document.get_nlp(); document.warm(); mark()  # plainspeak imports spaCy its own way
    from plainspeak.glossary import load_glossary
    g = load_glossary(); mark()
    from plainspeak.engine import Simplifier
    engine = Simplifier(glossary=g); mark()
    engine.analyze(message); mark()
    names = ['import_plainspeak', 'import_spacy_build_pipeline', 'load_glossary', 'compile_glossary', 'first_analyze']
    result = engine.simplify(long_text)
phases = {n: round(b - a, 4) for n, a, b in zip(names, t, t[1:])}
cpu_phases = {n: round(b - a, 4) for n, a, b in zip(names, c, c[1:])}
print(json.dumps({'phases': phases, 'cpu_phases': cpu_phases, 'first_result_s': round(t[-1] - t[0], 4),
                  'first_result_cpu_s': round(c[-1] - c[0], 4), 'peak_rss_mb': round(peak_rss_mb(), 1),
                  'traced_peak_mb': round(tracemalloc.get_traced_memory()[1] / 2 ** 20, 1) if trace else None}))
"""


def fresh_processes(plan: Plan, quick: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """In fresh processes: the cost of the first call (imports, pipeline, glossary load and compile,
    first analysis of a portal message), then the peak memory of simplify on a long text; against
    fresh processes that import spaCy, tokenise the message, then tokenise the long text.

    Where torch is installed, spaCy imports it on start-up; a second variant hides it, as in an
    install without the `model` extra. Python allocations (tracemalloc) come from one more run,
    since tracing slows everything down and adds its own memory."""
    message = gen.portal_message(plan.latency_words)
    long_text = gen.corpus(plan.memory_words, seed=2)
    variants = [("as_installed", [])]
    if torch_installed() and not quick:
        variants.append(("without_torch", ["--hide-torch"]))
    first: dict[str, Any] = {"torch_installed": torch_installed(), "message_words": gen.count_words(message)}
    mem: dict[str, Any] = {"torch_installed": torch_installed(), "words": gen.count_words(long_text)}

    def job(subject: str, trace: bool) -> str:
        return json.dumps({"subject": subject, "trace": trace, "message": message, "long_text": long_text})

    for label, flags in variants:
        runs = []
        for _ in range(plan.cold_runs):
            base = run_script(FRESH, flags, stdin=job("spacy", False))
            mine = run_script(FRESH, flags, stdin=job("plainspeak", False))
            runs.append((mine, base))
        # tracing makes a fresh process several times slower: the quick smoke test skips it
        traced = {"traced_peak_mb": None} if quick else run_script(FRESH, flags, stdin=job("plainspeak", True))
        fastest = min(range(len(runs)), key=lambda i: runs[i][0]["first_result_s"])
        first[label] = {
            "first_result_s": round(statistics.median(m["first_result_s"] for m, _ in runs), 3),
            "spacy_first_result_s": round(statistics.median(b["first_result_s"] for _, b in runs), 3),
            "ratio_vs_spacy": round(statistics.median(m["first_result_s"] / b["first_result_s"] for m, b in runs), 2),
            "first_result_cpu_s": round(statistics.median(m["first_result_cpu_s"] for m, _ in runs), 3),
            "spacy_first_result_cpu_s": round(statistics.median(b["first_result_cpu_s"] for _, b in runs), 3),
            "phases_s": runs[fastest][0]["phases"],
            "cpu_phases_s": runs[fastest][0]["cpu_phases"],
        }
        rss = max(m["peak_rss_mb"] for m, _ in runs)
        spacy_rss = max(b["peak_rss_mb"] for _, b in runs)
        mem[label] = {
            "peak_rss_mb": rss, "spacy_peak_rss_mb": spacy_rss, "ratio_vs_spacy": round(rss / spacy_rss, 2),
            "traced_peak_mb": traced["traced_peak_mb"],
        }
    return first, mem


def cli(plan: Plan) -> dict[str, Any]:
    """`plainspeak --help` and `plainspeak check FILE` as whole processes, against a bare Python
    start and a bare spaCy start that tokenises the same file."""
    exe = plainspeak_command()
    sample = ROOT / "examples" / "handout.md"
    spacy_file = ("import sys, spacy; nlp = spacy.blank('en'); "
                  "nlp(open(sys.argv[1], encoding='utf-8').read())")
    runs: dict[str, list[float]] = {"help": [], "python": [], "check": [], "spacy": []}
    cpu: dict[str, list[float]] = {k: [] for k in runs}
    commands = {
        "python": ([sys.executable, "-c", "pass"], (0,)),
        "help": ([*exe, "--help"], (0,)),
        "spacy": ([sys.executable, "-c", spacy_file, str(sample)], (0,)),
        "check": ([*exe, "check", str(sample)], (0, 1)),
    }
    for _ in range(plan.process_runs):
        for name, (cmd, ok) in commands.items():
            wall, _, used = run_process(cmd, ok=ok)
            runs[name].append(wall)
            cpu[name].append(used)
    med = {k: statistics.median(v) for k, v in runs.items()}
    med_cpu = {k: statistics.median(v) for k, v in cpu.items()}
    return {
        "runs": plan.process_runs, "command": " ".join(Path(exe[0]).name if i == 0 else a for i, a in enumerate(exe)),
        "help_s": round(med["help"], 3), "help_cpu_s": round(med_cpu["help"], 3),
        "python_start_s": round(med["python"], 3), "python_start_cpu_s": round(med_cpu["python"], 3),
        "help_vs_python": round(per_round_ratio(runs["help"], runs["python"]), 2),
        "check_file": sample.relative_to(ROOT).as_posix(),
        "check_one_file_s": round(med["check"], 3), "check_one_file_cpu_s": round(med_cpu["check"], 3),
        "spacy_one_file_s": round(med["spacy"], 3), "spacy_one_file_cpu_s": round(med_cpu["spacy"], 3),
        "check_vs_spacy": round(per_round_ratio(runs["check"], runs["spacy"]), 2),
    }


SPACY_FOLDER = r"""
import sys, pathlib, spacy
nlp = spacy.blank('en')
for p in sorted(pathlib.Path(sys.argv[1]).iterdir()):
    nlp(p.read_text(encoding='utf-8'))
"""


def batch(plan: Plan) -> dict[str, Any]:
    """`plainspeak check` over generated handouts with --jobs 1 and --jobs 2, for the summary table
    (-q) and for the JSON report, against one bare spaCy process tokenising the same files. Each round
    runs every command once; the figures are medians over the rounds (ratios: of the per-round ratios).
    The reports of --jobs 1 and --jobs 2 must be the same, byte for byte."""
    exe = plainspeak_command()
    commands = {
        "spacy": None,
        "jobs1": ["--jobs", "1", "-q"], "jobs2": ["--jobs", "2", "-q"],
        "json_jobs1": ["--jobs", "1", "--format", "json"], "json_jobs2": ["--jobs", "2", "--format", "json"],
    }
    wall: dict[str, list[float]] = {k: [] for k in commands}
    cpu: dict[str, list[float]] = {k: [] for k in commands}
    same = True
    with tempfile.TemporaryDirectory(prefix="plainspeak-bench-") as tmp:
        folder = Path(tmp) / "handouts"
        files = gen.write_handouts(folder, plan.batch_files, seed=3)
        words = sum(gen.count_words(p.read_text(encoding="utf-8")) for p in files)
        for _ in range(plan.batch_rounds):
            out: dict[str, str] = {}
            for name, args in commands.items():
                cmd = [sys.executable, "-c", SPACY_FOLDER, str(folder)] if args is None else [*exe, "check", str(folder), *args]
                w, out[name], c = run_process(cmd, ok=(0,) if args is None else (0, 1))
                wall[name].append(w)
                cpu[name].append(c)
            same = same and out["jobs1"] == out["jobs2"] and out["json_jobs1"] == out["json_jobs2"]
    med = {k: statistics.median(v) for k, v in wall.items()}
    med_cpu = {k: statistics.median(v) for k, v in cpu.items()}
    return {
        "files": len(files), "words": words, "rounds": plan.batch_rounds, "cpus": os.cpu_count(), "same_report": same,
        "spacy_s": round(med["spacy"], 2), "spacy_cpu_s": round(med_cpu["spacy"], 2),
        "jobs1_s": round(med["jobs1"], 2), "jobs2_s": round(med["jobs2"], 2),
        "jobs1_cpu_s": round(med_cpu["jobs1"], 2), "jobs2_cpu_s": round(med_cpu["jobs2"], 2),
        "jobs1_files_per_s": round(len(files) / med["jobs1"], 1), "jobs2_files_per_s": round(len(files) / med["jobs2"], 1),
        "jobs1_vs_spacy_time": round(per_round_ratio(wall["jobs1"], wall["spacy"]), 2),
        "jobs2_speedup": round(per_round_ratio(wall["jobs1"], wall["jobs2"]), 2),
        "json_jobs1_s": round(med["json_jobs1"], 2), "json_jobs2_s": round(med["json_jobs2"], 2),
        "json_jobs1_cpu_s": round(med_cpu["json_jobs1"], 2), "json_jobs2_cpu_s": round(med_cpu["json_jobs2"], 2),
        "json_jobs2_speedup": round(per_round_ratio(wall["json_jobs1"], wall["json_jobs2"]), 2),
    }


def scaling(plan: Plan, engine: Any, nlp: Any) -> dict[str, Any]:
    """Time per word of analyze from the smallest to the largest size, next to bare spaCy's."""
    rows: list[dict[str, Any]] = []
    for size in plan.scaling_sizes:
        text = gen.corpus(size, seed=4)
        words = gen.count_words(text)
        rounds = max(1, min(5, 20_000 // max(size, 1)))
        row: dict[str, Any] = {"words": words, "chars": len(text), "rounds": rounds}
        try:
            times = interleaved({"spacy": lambda: nlp(text), "analyze": lambda: engine.analyze(text)}, rounds)
        except Exception as e:  # a size the engine refuses is a finding to report, not a crash
            row["error"] = f"{type(e).__name__}: {str(e).splitlines()[0][:160]}"
            rows.append(row)
            continue
        row["analyze_us_per_word"] = round(1e6 * statistics.median(times["analyze"]) / words, 2)
        row["spacy_us_per_word"] = round(1e6 * statistics.median(times["spacy"]) / words, 2)
        row["analyze_vs_spacy_time"] = round(per_round_ratio(times["analyze"], times["spacy"]), 2)
        rows.append(row)
    ok = [r for r in rows if "error" not in r]
    steps = [b["analyze_us_per_word"] / a["analyze_us_per_word"] for a, b in zip(ok, ok[1:])]
    rel_steps = [b["analyze_vs_spacy_time"] / a["analyze_vs_spacy_time"] for a, b in zip(ok, ok[1:])]
    return {
        "sizes": rows,
        "max_step": round(max(steps), 2) if steps else None,
        "max_step_vs_spacy": round(max(rel_steps), 2) if rel_steps else None,
        "errors": [f"{r['words']} words: {r['error']}" for r in rows if "error" in r],
    }


def profile_analyze(engine: Any, words: int) -> str:
    """cProfile of warm analyze, the 20 functions with the most time of their own."""
    import cProfile
    import io
    import pstats

    text = gen.corpus(words, seed=5)
    engine.analyze(text)
    prof = cProfile.Profile()
    clear_textstat_caches()
    prof.enable()
    engine.analyze(text)
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("tottime").print_stats(20)
    return buf.getvalue()


# --- targets and the table -----------------------------------------------------------------------

def _dig(r: dict[str, Any], *path: str) -> Any:
    """r[path[0]][path[1]]..., or None where a section failed or a figure is missing."""
    for key in path:
        if not isinstance(r, dict) or key not in r:
            return None
        r = r[key]
    return r


def measured_targets(r: dict[str, Any]) -> dict[str, Any]:
    mem = "without_torch" if _dig(r, "memory", "without_torch") else "as_installed"
    return {
        "analyze_vs_spacy": _dig(r, "throughput", "ratios", "analyze_vs_spacy"),
        "latency_analyze_ms": _dig(r, "latency", "ms", "analyze", "median"),
        "latency_simplify_ms": _dig(r, "latency", "ms", "simplify", "median"),
        "latency_analyze_cpu_ms": _dig(r, "latency", "cpu_ms", "analyze", "median"),
        "latency_simplify_cpu_ms": _dig(r, "latency", "cpu_ms", "simplify", "median"),
        "help_s": _dig(r, "cli", "help_s"),
        "help_cpu_s": _dig(r, "cli", "help_cpu_s"),
        "peak_rss_mb": _dig(r, "memory", mem, "peak_rss_mb"),
        # relative to spaCy's time per word at the same size: machine-load drift between sizes cancels
        "scaling_step": _dig(r, "scaling", "max_step_vs_spacy"),
    }


def judge(values: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for name, (op, limit, what) in TARGETS.items():
        value = values[name]
        met = None if value is None else {"<": value < limit, "<=": value <= limit, ">=": value >= limit}[op]
        out.append({"name": name, "what": what, "target": f"{op} {limit}", "measured": value, "met": met})
    return out


def table_rows(r: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(figure, plainspeak, baseline, ratio) rows for the printed table and the README."""
    rows: list[tuple[str, str, str, str]] = []
    for name, make in (("throughput", _throughput_rows), ("latency", _latency_rows), ("first_call", _first_call_rows),
                       ("memory", _memory_rows), ("cli", _cli_rows), ("batch", _batch_rows), ("scaling", _scaling_rows)):
        section = r.get(name, {})
        if "error" in section:
            rows.append((name, "error", section["error"][:70], "-"))
        else:
            rows.extend(make(section))
    return rows


def _throughput_rows(t: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    wps, ratio = t["words_per_s"], t["ratios"]
    return [
        (f"analyze throughput ({t['words']:,} words)", f"{wps['analyze']:,} words/s", f"spaCy blank {wps['spacy_tokenise']:,} words/s", f"{ratio['analyze_vs_spacy']:.2f}x"),
        ("analyze vs textstat alone", f"{wps['analyze']:,} words/s", f"textstat {wps['textstat_scores']:,} words/s", f"{ratio['analyze_vs_textstat']:.2f}x"),
        ("analyze vs naive regex glossary", f"{wps['analyze']:,} words/s", f"regex ({t['regex_phrases']:,} phrases) {wps['regex_glossary']:,} words/s", f"{ratio['analyze_vs_regex']:.2f}x"),
        ("simplify throughput", f"{wps['simplify']:,} words/s", f"spaCy blank {wps['spacy_tokenise']:,} words/s", f"{ratio['simplify_vs_spacy']:.2f}x"),
        ("simplify vs textstat / regex", f"{wps['simplify']:,} words/s", "textstat / regex", f"{ratio['simplify_vs_textstat']:.2f}x / {ratio['simplify_vs_regex']:.2f}x"),
    ]


def _latency_rows(lat: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    ms, cpu = lat["ms"], lat["cpu_ms"]
    return [
        (f"{op} latency, {lat['words']}-word message (median / p95; CPU median)",
         f"{ms[op]['median']} / {ms[op]['p95']} ms; CPU {cpu[op]['median']} ms",
         f"spaCy {ms['spacy_tokenise']['median']} ms; CPU {cpu['spacy_tokenise']['median']} ms", f"{lat[op + '_vs_spacy_time']}x time")
        for op in ("analyze", "simplify")
    ]


def _first_call_rows(fc: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return [
        (f"first call, fresh process ({label.replace('_', ' ')}; CPU)", f"{f['first_result_s']} s; CPU {f['first_result_cpu_s']} s",
         f"import spaCy + tokenise {f['spacy_first_result_s']} s; CPU {f['spacy_first_result_cpu_s']} s", f"{f['ratio_vs_spacy']}x time")
        for label, f in ((k, fc[k]) for k in ("as_installed", "without_torch") if k in fc)
    ]


def _memory_rows(mem: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return [
        (f"peak memory, simplify {mem['words']:,} words ({label.replace('_', ' ')})", f"{m['peak_rss_mb']} MB rss, {m['traced_peak_mb']} MB traced",
         f"spaCy {m['spacy_peak_rss_mb']} MB rss", f"{m['ratio_vs_spacy']}x")
        for label, m in ((k, mem[k]) for k in ("as_installed", "without_torch") if k in mem)
    ]


def _cli_rows(c: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return [
        ("plainspeak --help (process; CPU)", f"{c['help_s']} s; CPU {c['help_cpu_s']} s", f"python -c pass {c['python_start_s']} s; CPU {c['python_start_cpu_s']} s", f"{c['help_vs_python']}x time"),
        (f"plainspeak check {c['check_file']} (process; CPU)", f"{c['check_one_file_s']} s; CPU {c['check_one_file_cpu_s']} s", f"spaCy process {c['spacy_one_file_s']} s; CPU {c['spacy_one_file_cpu_s']} s", f"{c['check_vs_spacy']}x time"),
    ]


def _batch_rows(b: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    same = "" if b["same_report"] else "; REPORTS DIFFER"
    return [
        (f"check {b['files']:,} handouts -q, --jobs 1 (process; CPU)", f"{b['jobs1_s']} s ({b['jobs1_files_per_s']} files/s); CPU {b['jobs1_cpu_s']} s", f"spaCy process {b['spacy_s']} s; CPU {b['spacy_cpu_s']} s", f"{b['jobs1_vs_spacy_time']}x time"),
        (f"check {b['files']:,} handouts -q, --jobs 2 (process; CPU)", f"{b['jobs2_s']} s ({b['jobs2_files_per_s']} files/s); CPU {b['jobs2_cpu_s']} s", f"--jobs 1 {b['jobs1_s']} s", f"{b['jobs2_speedup']}x speed-up{same}"),
        (f"check {b['files']:,} handouts --format json, --jobs 2 (process; CPU)", f"{b['json_jobs2_s']} s; CPU {b['json_jobs2_cpu_s']} s", f"--jobs 1 {b['json_jobs1_s']} s; CPU {b['json_jobs1_cpu_s']} s", f"{b['json_jobs2_speedup']}x speed-up{same}"),
    ]


def _scaling_rows(s: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    rows = []
    for row in s["sizes"]:
        if "error" in row:
            rows.append((f"scaling: analyze {row['words']:,} words", "error", row["error"][:60], "-"))
        else:
            rows.append((f"scaling: analyze {row['words']:,} words", f"{row['analyze_us_per_word']} us/word",
                         f"spaCy {row['spacy_us_per_word']} us/word", f"{row['analyze_vs_spacy_time']}x time"))
    return rows


def render(r: dict[str, Any]) -> str:
    header = ("figure", "plainspeak", "baseline (same run)", "ratio")
    rows = [header] + table_rows(r)
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append("")
    lines.append("targets:")
    for t in r["targets"]:
        mark = {True: "met", False: "MISSED", None: "n/a"}[t["met"]]
        lines.append(f"  {mark:6s}  {t['name']:20s} {str(t['measured']):>10s}  (target {t['target']}: {t['what']})")
    return "\n".join(lines)


def markdown_table(r: dict[str, Any]) -> str:
    rows = table_rows(r)
    out = ["| figure | plainspeak | baseline (same run) | ratio |", "|---|---|---|---|"]
    out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(out)


def meta(plan: Plan, quick: bool) -> dict[str, Any]:
    import plainspeak

    return {
        "date": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "quick": quick, "python": platform.python_version(), "platform": platform.platform(),
        "cpus": os.cpu_count(), "plainspeak": plainspeak.__version__, "torch_installed": torch_installed(),
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "plan": asdict(plan),
    }


def _write_json(path: Path, results: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def _store_memory(results: dict[str, Any], pair: tuple[dict[str, Any], dict[str, Any]]) -> dict[str, Any]:
    """fresh_processes measures two sections at once: keep memory aside, return first_call."""
    results["memory"] = pair[1]
    return pair[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke test, not figures to quote")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"where to write the figures (default {DEFAULT_JSON.relative_to(ROOT)})")
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown (for the README)")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of warm analyze")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else Plan()

    import spacy

    from plainspeak.engine import Simplifier

    nlp = spacy.blank("en")  # the baseline: bare tokenisation, a pipeline of its own
    nlp.max_length = 10 ** 8
    engine = Simplifier()
    engine.simplify("Warm up: BP elevated, take 1 tab PO BID.")

    results: dict[str, Any] = {"meta": meta(plan, args.quick)}
    sections: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        ("throughput", lambda: throughput(plan, engine, nlp)),
        ("latency", lambda: latency(plan, engine, nlp)),
        ("first_call", lambda: _store_memory(results, fresh_processes(plan, args.quick))),
        ("cli", lambda: cli(plan)),
        ("batch", lambda: batch(plan)),
        ("scaling", lambda: scaling(plan, engine, nlp)),
    ]
    for name, section in sections:
        start = time.perf_counter()
        print(f"[{name}] ...", file=sys.stderr, flush=True)
        try:
            results[name] = section()
        except Exception as e:  # one broken section must not hide the others' figures
            results[name] = {"error": f"{type(e).__name__}: {e}"}
            print(f"[{name}] failed: {results[name]['error']}", file=sys.stderr)
        results[name]["section_s"] = round(time.perf_counter() - start, 1)
        print(f"[{name}] {results[name]['section_s']} s", file=sys.stderr, flush=True)
        _write_json(args.json, {**results, "partial": True})  # a long run interrupted keeps what it measured
    results.setdefault("memory", {"error": "not measured: the fresh-process section failed"})
    results["targets"] = judge(measured_targets(results))
    results["table"] = [dict(zip(("figure", "plainspeak", "baseline", "ratio"), row)) for row in table_rows(results)]

    print(render(results))
    if args.markdown:
        print()
        print(markdown_table(results))
    if args.profile:
        print()
        print(profile_analyze(engine, plan.throughput_words))
    _write_json(args.json, results)
    print(f"\nwritten: {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
