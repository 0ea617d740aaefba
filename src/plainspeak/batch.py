"""Checking many files: the work behind `plainspeak check`, with one process or several (--jobs).

The engine (spaCy pipeline, compiled glossary, syllable tables: about 1.5 s of CPU) is built once,
in the parent. On Linux the workers are forked from it and inherit it copy-on-write, so no worker
builds anything; the parent's objects are moved out of the collector's sight first (gc.freeze), so
a collection in a worker neither walks them nor copies their pages. Where fork is not the safe
choice (macOS, Windows: spawn), each worker builds its own engine once, in its initializer.

Each file comes back with only what the chosen report reads: the summary table needs a file's
scores, not its text, findings and sentences, and the text and JSON reports' part for one file is
written in the worker, where it runs in parallel (writing the JSON of 1,000 handouts took the parent
2.4 s of CPU, longer than checking them with two workers). The parent holds no file's whole analysis
then, which also bounds its memory on a large folder. Results are put back in the order of the files,
and every number of jobs takes the same path through the same functions, so the report is the same
byte for byte whatever the number of jobs.
"""

from __future__ import annotations

import gc
import os
import sys
from dataclasses import replace
from typing import Any, Callable, Iterator, NamedTuple, Sequence

from .errors import PlainspeakError

# What a report reads of each file (report_kind): the summary table alone (text --quiet), a part of
# the text report or of the JSON report written per file, or the whole result (HTML, Markdown).
SUMMARY, TEXT, JSON, WHOLE = "summary", "text", "json", "whole"

# ProcessPoolExecutor's own limit on Windows
_MAX_WORKERS_WINDOWS = 61


class Checked(NamedTuple):
    """One file's result as the report needs it. For SUMMARY, TEXT and JSON the analysis keeps its
    scores only (the summary table's grade and jargon, the exit code's pass or fail); `part` is the
    file's part of the TEXT or JSON report, written from the whole result."""

    result: Any  # report.CheckResult
    part: str | None = None


def report_kind(fmt: str, quiet: bool) -> str:
    if fmt == "json":
        return JSON
    if fmt == "text":
        return SUMMARY if quiet else TEXT
    return WHOLE


# --- one file ----------------------------------------------------------------------------------

_engine: Any = None
_engine_key: tuple | None = None


def init_worker(glossaries: Sequence[str], allow: Sequence[str], long_words: int) -> None:
    """Build the engine once per process. A forked worker inherits the parent's engine (and its
    compiled glossary), so it only rebuilds when the settings differ; a spawned one builds it here."""
    global _engine, _engine_key
    key = (tuple(glossaries), tuple(allow), long_words)
    if _engine is not None and _engine_key == key:
        return
    from .engine import Simplifier

    _engine = Simplifier(glossaries=glossaries, allow=allow, long_sentence_words=long_words)
    _engine_key = key


def check_text(path: str, text: str, warnings: Sequence[str], max_grade: float, profile: str, measure: str = "grade") -> Any:
    from .report import CheckResult

    analysis = _engine.analyze(text)
    return CheckResult(path, analysis, max_grade, profile, warnings=tuple(warnings), measure=measure)


def check_file(path: str, max_grade: float, profile: str, measure: str = "grade") -> Any:
    """Check one file; any failure becomes that file's error, so one bad file in a folder of
    hundreds is reported instead of stopping the run."""
    from .readers import read_path
    from .report import CheckResult

    try:
        doc = read_path(path)
        return check_text(path, doc.text, doc.warnings, max_grade, profile, measure)
    except PlainspeakError as e:
        # the result already names the file; the message need not say it twice
        message = _first_line(e)
        return CheckResult(path, None, max_grade, profile, error=message.removeprefix(f"{path}: "), measure=measure)
    except Exception as e:  # a damaged file must not take the whole batch down
        return CheckResult(path, None, max_grade, profile, error=f"unexpected {type(e).__name__}: {_first_line(e)}", measure=measure)


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


def for_report(result: Any, kind: str) -> Checked:
    """What the report of `kind` needs of one file's result (see Checked)."""
    if kind == WHOLE:
        return Checked(result)
    part = None
    if kind == TEXT:
        from .report.text import file_section

        part = file_section(result)
    elif kind == JSON:
        part = json_item(result.to_dict())
    if result.analysis is not None:
        from .model import Analysis

        result = replace(result, analysis=Analysis(text="", findings=(), scores=result.analysis.scores, sentences=()))
    return Checked(result, part)


def _check_for_report(path: str, max_grade: float, profile: str, measure: str, kind: str) -> Checked:
    return for_report(check_file(path, max_grade, profile, measure), kind)


# --- the JSON report, one item at a time -------------------------------------------------------

def json_item(data: Any) -> str:
    """`data` as it reads inside the JSON list of the report (json.dumps of the list, indent 2):
    every line after the first indented one level more. JSON writes a newline inside a string as
    \\n, so each newline here is one of the layout's. Written by report.jsonfmt, byte for byte what
    json.dumps writes, at about 40% of its cost (json's indented encoder runs in pure Python)."""
    from .report.jsonfmt import dumps

    return dumps(data, 1)


def json_list(items: Sequence[str]) -> str:
    """The report: exactly json.dumps(list, ensure_ascii=False, indent=2) and a newline."""
    return "[\n  " + ",\n  ".join(items) + "\n]\n" if items else "[]\n"


# --- many files --------------------------------------------------------------------------------

def cpu_count() -> int:
    """The CPUs this process may run on (a CI runner or container may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def workers_for(jobs: int, files: int) -> int:
    """--jobs N: N worker processes; 0: one per CPU; never more than there are files."""
    n = cpu_count() if jobs == 0 else jobs
    if sys.platform == "win32":
        n = min(n, _MAX_WORKERS_WINDOWS)
    return max(1, min(n, files))


def start_method() -> str | None:
    """fork on Linux: workers inherit the built engine, at no cost. Elsewhere the platform's default
    (spawn on macOS, where fork is unsafe with system libraries, and on Windows, which has no fork)."""
    import multiprocessing

    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return None


def run_checks(files: list[str], max_grade: float, profile: str, measure: str, kind: str, engine_args: tuple,
               jobs: int = 1, done: Callable[[str], None] | None = None, method: str | None = "auto") -> list[Checked]:
    """Check every file, in order, with `jobs` processes (see workers_for); `done(path)` after each file.
    `engine_args` are init_worker's; the calling process's engine must be built with them already.
    `method`: the start method of the workers ("auto": start_method())."""
    results: list[Checked] = []
    for path, checked in zip(files, _checks(files, max_grade, profile, measure, kind, engine_args, jobs, method)):
        results.append(checked)
        if done is not None:
            done(path)
    return results


def _checks(files: list[str], max_grade: float, profile: str, measure: str, kind: str, engine_args: tuple,
            jobs: int, method: str | None) -> Iterator[Checked]:
    workers = workers_for(jobs, len(files))
    if workers == 1:
        for f in files:
            yield _check_for_report(f, max_grade, profile, measure, kind)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    method = start_method() if method == "auto" else method
    context = multiprocessing.get_context(method)
    # consecutive files in chunks: a few messages per worker and second, yet small enough that the
    # workers finish together
    chunk = max(1, min(16, len(files) // (workers * 4)))
    n = len(files)
    frozen = context.get_start_method() == "fork"
    if frozen:
        gc.freeze()  # the workers' collections leave the inherited engine alone (and unshared pages unwritten)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=init_worker, initargs=engine_args) as pool:
            try:
                yield from pool.map(_check_for_report, files, [max_grade] * n, [profile] * n, [measure] * n, [kind] * n,
                                    chunksize=chunk)
            except BrokenProcessPool:
                raise PlainspeakError("a worker process stopped unexpectedly (out of memory?); "
                                      "try again with fewer --jobs") from None
    finally:
        if frozen:
            gc.unfreeze()
