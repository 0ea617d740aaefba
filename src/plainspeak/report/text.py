"""Terminal output for people: colour when standard output is a terminal, linter-style lines."""

from __future__ import annotations

from typing import Sequence

import click

from ..model import Finding, Simplification
from . import CheckResult, line_col

KIND_COLOUR = {"unsafe-abbreviation": "red", "abbreviation": "cyan", "sig-code": "cyan", "term": "yellow",
               "formal-word": "magenta", "rare-word": "blue", "word-part": "blue"}


def _finding_line(text: str, f: Finding) -> str:
    line, col = line_col(text, f.start)
    what = click.style(f.text, fg=KIND_COLOUR.get(f.kind, "yellow"), bold=True)
    if f.ambiguous:
        plain = "ambiguous: " + " | ".join(s.expansion for s in f.senses)
    else:
        plain = f.plain or "(no plain wording known)"
    return f"  {line}:{col}  {what}  {click.style(f.kind, dim=True)}  -> {plain}"


def render_check(results: Sequence[CheckResult], verbose: bool = True) -> str:
    out: list[str] = []
    for r in results:
        if r.error:
            out.append(f"{r.path}: {click.style('error', fg='red', bold=True)}: {r.error}")
            continue
        assert r.analysis is not None
        s = r.analysis.scores
        status = click.style("pass", fg="green", bold=True) if r.passed else click.style("FAIL", fg="red", bold=True)
        out.append(f"{r.path}: grade {s.grade:.1f} (max {r.max_grade:g}, medical {s.medical_grade:.1f}), "
                   f"{s.jargon} jargon, {s.words} words  {status}")
        if verbose:
            out.extend(_finding_line(r.analysis.text, f) for f in r.analysis.findings)
            hard = sorted((x for x in r.analysis.sentences if x.long), key=lambda x: -x.words)[:3]
            for x in hard:
                line, _ = line_col(r.analysis.text, x.start)
                out.append(f"  {line}: long sentence ({x.words} words)")
        for w in r.warnings:
            out.append(f"  warning: {w}")
    out.append(summary_table(results))
    return "\n".join(out) + "\n"


def summary_table(results: Sequence[CheckResult]) -> str:
    width = max([len(r.path) for r in results] + [4])
    rows = [f"\n{'file'.ljust(width)}  grade  max  jargon  result", "-" * (width + 28)]
    for r in results:
        if r.error:
            rows.append(f"{r.path.ljust(width)}      -    -       -  error")
            continue
        rows.append(f"{r.path.ljust(width)}  {r.grade:5.1f}  {r.max_grade:3g}  {r.analysis.scores.jargon if r.analysis else 0:6d}  "
                    f"{'pass' if r.passed else 'FAIL'}")
    failed = sum(1 for r in results if not r.passed)
    rows.append(f"{len(results)} file{'s' if len(results) != 1 else ''} checked, {failed} over the limit or unreadable")
    return "\n".join(rows)


def render_simplification(s: Simplification, show_changes: bool = False) -> str:
    if not show_changes:
        return s.text
    return s.text + "\n" + change_summary(s)


def change_summary(s: Simplification) -> str:
    lines = [f"grade {s.before.grade:.1f} -> {s.after.grade:.1f}; {len(s.edits)} change{'s' if len(s.edits) != 1 else ''}"]
    for e in s.edits:
        line, col = line_col(s.original, e.start)
        lines.append(f"  {line}:{col}  {e.before!r} -> {e.after!r}  ({e.reason})")
    for r in s.rejected:
        lines.append(f"  refused: {r.edit.before!r} -> {r.edit.after!r}: {r.why}")
    for w in s.warnings:
        lines.append(f"  note: {w}")
    return "\n".join(lines) + "\n"
