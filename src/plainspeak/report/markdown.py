"""Markdown reports, for pull-request comments and wikis."""

from __future__ import annotations

from typing import Sequence

from ..model import Simplification
from . import CheckResult, column_label, line_col


def _cell(text: str) -> str:
    """Table-cell text: one line, pipes escaped, and no raw HTML (Markdown renderers pass HTML through)."""
    text = " ".join(text.split())
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def render_check(results: Sequence[CheckResult]) -> str:
    out = ["# plainspeak readability report", "", f"| file | {column_label(results)} | max | medical grade | jargon | result |", "|---|---:|---:|---:|---:|---|"]
    for r in results:
        if r.error or r.analysis is None:
            out.append(f"| {_cell(r.path)} | - | - | - | - | error: {_cell(r.error or '')} |")
            continue
        s = r.analysis.scores
        out.append(f"| {_cell(r.path)} | {r.grade:.1f} | {r.max_grade:g} | {s.medical_grade:.1f} | {s.jargon} | {'pass' if r.passed else '**FAIL**'} |")
    for r in results:
        if not r.analysis or not r.analysis.findings:
            continue
        out += ["", f"## {_cell(r.path)}", "", "| where | text | kind | plain wording |", "|---|---|---|---|"]
        for f in r.analysis.findings:
            line, col = line_col(r.analysis.text, f.start)
            plain = " / ".join(s.expansion for s in f.senses) if f.ambiguous else (f.plain or "")
            out.append(f"| {line}:{col} | {_cell(f.text)} | {f.kind} | {_cell(plain)} |")
    return "\n".join(out) + "\n"


def render_simplification(s: Simplification) -> str:
    out = ["# Simplified text", "", s.text.rstrip("\n"), "", "## Changes", "",
           f"Grade {s.before.grade:.1f} -> {s.after.grade:.1f}.", "", "| before | after | why |", "|---|---|---|"]
    out += [f"| {_cell(e.before)} | {_cell(e.after)} | {e.reason} |" for e in s.edits]
    return "\n".join(out) + "\n"
