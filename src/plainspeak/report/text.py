"""Terminal output for people: linter-style lines (`path:line:col: ...`, which editors and CI logs
turn into links), the jargon in colour with its plain words beside it, and a summary table.

The renderers always add colour codes; the CLI strips them when the output is not a terminal,
when NO_COLOR is set, with --no-color, and always when writing a file.
"""

from __future__ import annotations

from typing import Sequence

import click

from ..model import Finding, Simplification
from . import CheckResult, column_label, hardest_sentences, line_col, measure_label, one_line, result_spans, safe

KIND_COLOUR = {"unsafe-abbreviation": "red", "abbreviation": "cyan", "sig-code": "cyan", "term": "yellow",
               "formal-word": "magenta", "rare-word": "blue", "word-part": "blue"}


def plain_words(f: Finding) -> str:
    if f.ambiguous:
        return "ambiguous: " + " | ".join(safe(s.expansion) for s in f.senses)
    return safe(f.plain) if f.plain else "(no plain wording known)"


def _finding_line(path: str, text: str, f: Finding) -> str:
    line, col = line_col(text, f.start)
    what = click.style(safe(one_line(f.text)), fg=KIND_COLOUR.get(f.kind, "yellow"), bold=True)
    plain = click.style(plain_words(f), fg="green") if (f.plain or f.ambiguous) else click.style(plain_words(f), dim=True)
    return f"{safe(path)}:{line}:{col}: {what} -> {plain}  {click.style('[' + f.kind + ']', dim=True)}"


def _status(r: CheckResult) -> str:
    if r.error:
        return click.style("error", fg="red", bold=True)
    return click.style("pass", fg="green", bold=True) if r.passed else click.style("FAIL", fg="red", bold=True)


def render_check(results: Sequence[CheckResult], verbose: bool = True, sections: Sequence[str] | None = None) -> str:
    """Per file: a header line, every finding, the hard sentences and any warning; then the summary
    table. Not verbose (--quiet): the summary table alone. `sections`: each file's file_section,
    when written already (by the worker process that checked the file)."""
    if not verbose:
        return summary_table(results) + "\n"
    out = list(sections) if sections is not None else [file_section(r) for r in results]
    out.append(summary_table(results))
    return "\n".join(out) + "\n"


def file_section(r: CheckResult) -> str:
    """One file's part of the verbose report, ending with a line break (render_check joins the parts
    with another, which makes the blank line between files)."""
    if r.error or r.analysis is None:
        return f"{click.style(safe(r.path), bold=True)}: {_status(r)}: {safe(r.error or '')}\n"
    out: list[str] = []
    s = r.analysis.scores
    others = f"medical {s.medical_grade:.1f}" if r.measure == "grade" else f"grade {s.grade:.1f}, medical {s.medical_grade:.1f}"
    out.append(f"{click.style(safe(r.path), bold=True)}: {measure_label(r.measure)} {r.grade:.1f} (limit {r.max_grade:g}, {others}), "
               f"{s.jargon} jargon, {s.words} words  {_status(r)}")
    # findings and hard sentences in reading order, so the lines follow the document down
    lines = [(f.start, 1, _finding_line(r.path, r.analysis.text, f)) for f in r.analysis.findings]
    for x in hardest_sentences(r.analysis):
        if x.long or max(x.grade, x.medical_grade) > r.max_grade:
            line, col = line_col(r.analysis.text, x.start)
            lines.append((x.start, 0, f"{safe(r.path)}:{line}:{col}: {click.style('hard sentence', fg='yellow')} "
                                      f"(grade {x.grade:.1f}, {x.words} words)"))
    out.extend(text for _, _, text in sorted(lines, key=lambda t: (t[0], t[1])))
    for w in r.warnings:
        out.append(f"{safe(r.path)}: warning: {safe(w)}")
    return "\n".join(out) + "\n"


def summary_table(results: Sequence[CheckResult]) -> str:
    """file, grade, limit, jargon, result: one row per file, padded before colouring so the columns
    line up whether or not colour is shown."""
    paths = [safe(r.path) for r in results]
    width = max([len(p) for p in paths] + [4])
    rows = [f"{'file'.ljust(width)}  {column_label(results, short=True):>5}  limit  jargon  result", "-" * (width + 31)]
    for path, r in zip(paths, results):
        if r.error or r.analysis is None:
            rows.append(f"{path.ljust(width)}  {'-':>5}  {'-':>5}  {'-':>6}  {_status(r)}")
            continue
        rows.append(f"{path.ljust(width)}  {r.grade:5.1f}  {r.max_grade:5g}  {r.analysis.scores.jargon:6d}  {_status(r)}")
    failed = sum(1 for r in results if r.analysis is not None and not r.passed)
    errors = sum(1 for r in results if r.error or r.analysis is None)
    tail = f"{len(results)} file{'s' if len(results) != 1 else ''} checked: {len(results) - failed - errors} passed, {failed} over the limit"
    if errors:
        tail += f", {errors} unreadable"
    rows.append(tail)
    return "\n".join(rows)


def render_simplification(s: Simplification) -> str:
    """The simplified text with every change in colour (on a terminal; plain text otherwise)."""
    out: list[str] = []
    pos = 0
    for start, end, e in result_spans(s.original, s.text, s.edits):
        out.append(s.text[pos:start])
        out.append(click.style(s.text[start:end], fg="green", bold=True))
        pos = end
    out.append(s.text[pos:])
    return "".join(out)


def change_summary(s: Simplification) -> str:
    # the medical grade and the jargon count beside the grade: in a terse note ("Pt s/p lap chole POD#2")
    # abbreviations are short words, so the plain grade can rise while the note gets easier to read
    b, a = s.before, s.after
    lines = [f"grade {b.grade:.1f} -> {a.grade:.1f} (medical grade {b.medical_grade:.1f} -> {a.medical_grade:.1f}; "
             f"jargon {b.jargon} -> {a.jargon}); {len(s.edits)} change{'s' if len(s.edits) != 1 else ''}"]
    lines += [f"  note: {n}" for n in dict.fromkeys(b.notes + a.notes)]
    for e in s.edits:
        line, col = line_col(s.original, e.start)
        lines.append(f"  {line}:{col}  {e.before!r} -> {e.after!r}  ({e.reason})")
    for r in s.rejected:
        lines.append(f"  refused: {r.edit.before!r} -> {r.edit.after!r}: {r.why}")
    for w in s.warnings:
        lines.append(f"  note: {w}")
    return "\n".join(lines) + "\n"
