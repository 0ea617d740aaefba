"""One self-contained HTML file (no scripts, no external resources): grades per document, a chart of
grades across the files, every document's text with its jargon highlighted (definition on hover)
and its hardest sentences marked. Every piece of input and glossary text is escaped."""

from __future__ import annotations

from html import escape
from typing import Sequence

from ..model import Analysis, Finding, Simplification
from . import CheckResult

CSS = """
body{font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}
.pass{color:#0a6b2d;font-weight:600}.fail{color:#b00020;font-weight:700}
.doc{white-space:pre-wrap;background:#fafafa;border:1px solid #e3e3e3;padding:1rem;border-radius:6px}
mark{border-radius:3px;padding:0 .1em;cursor:help}
mark.term{background:#fff1a8}mark.abbreviation,mark.sig-code{background:#cdeffd}
mark.unsafe-abbreviation{background:#ffc9c9;outline:1px solid #b00020}mark.formal-word{background:#f3d9fa}
mark.rare-word,mark.word-part{background:#e3e8ff}
.hard{text-decoration:underline wavy #d9480f;text-decoration-thickness:1px}
.legend mark{margin-right:.5rem}.side{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
svg text{font:12px system-ui,sans-serif}
"""


def _highlight(text: str, findings: Sequence[Finding], hard: Sequence[tuple[int, int]] = ()) -> str:
    """The text with <mark> around findings and <span class=hard> around the hardest sentences."""
    events: list[tuple[int, int, str]] = []  # (offset, order, html)
    for start, end in hard:
        events.append((start, 1, '<span class="hard" title="hard sentence">'))
        events.append((end, 0, "</span>"))
    for f in findings:
        tip = " / ".join(s.expansion for s in f.senses) if f.ambiguous else (f.plain or "")
        if f.definition:
            tip = f"{tip}: {f.definition}" if tip else f.definition
        events.append((f.start, 2, f'<mark class="{escape(f.kind)}" title="{escape(tip, quote=True)}">'))
        events.append((f.end, -1, "</mark>"))
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[str] = []
    pos = 0
    for offset, _, tag in events:
        out.append(escape(text[pos:offset]))
        out.append(tag)
        pos = offset
    out.append(escape(text[pos:]))
    return "".join(out)


def _hard_spans(a: Analysis, count: int = 3) -> list[tuple[int, int]]:
    """The hardest sentences, where they do not cross a finding (so tags stay nested)."""
    ranked = sorted((s for s in a.sentences if s.words >= 8), key=lambda s: -max(s.grade, s.medical_grade))[:count]
    spans = []
    for s in ranked:
        if all(f.end <= s.start or f.start >= s.end or (s.start <= f.start and f.end <= s.end) for f in a.findings):
            spans.append((s.start, s.end))
    return spans


def _chart(results: Sequence[CheckResult]) -> str:
    rows = [r for r in results if r.analysis is not None]
    if not rows:
        return ""
    bar_h, gap, left, width = 18, 6, 260, 420
    top = max([r.grade for r in rows] + [r.max_grade for r in rows] + [12.0])
    height = len(rows) * (bar_h + gap) + 30
    parts = [f'<svg id="grade-chart" role="img" aria-label="Grade per file" width="{left + width + 60}" height="{height}">']
    for i, r in enumerate(rows):
        y = i * (bar_h + gap)
        w = max(1.0, width * r.grade / top)
        colour = "#2f9e44" if r.passed else "#e03131"
        label = r.path if len(r.path) <= 38 else "…" + r.path[-37:]
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{escape(label)}</text>')
        parts.append(f'<rect class="bar" x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colour}"><title>{escape(r.path)}: grade {r.grade:.1f}</title></rect>')
        parts.append(f'<text x="{left + w + 4:.1f}" y="{y + 13}">{r.grade:.1f}</text>')
        lx = left + width * r.max_grade / top
        parts.append(f'<line x1="{lx:.1f}" x2="{lx:.1f}" y1="{y - 2}" y2="{y + bar_h + 2}" stroke="#1b1b1b" stroke-dasharray="3,2"/>')
    parts.append(f'<text x="{left}" y="{height - 8}">grade level (dashed line: limit)</text></svg>')
    return "".join(parts)


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            f'<title>{escape(title)}</title><style>{CSS}</style></head><body>{body}</body></html>\n')


LEGEND = ('<p class="legend"><mark class="term">medical term</mark><mark class="abbreviation">abbreviation</mark>'
          '<mark class="unsafe-abbreviation">unsafe abbreviation</mark><mark class="formal-word">formal word</mark>'
          '<mark class="rare-word">rare word</mark><span class="hard">hard sentence</span></p>')


def render_check(results: Sequence[CheckResult]) -> str:
    body = ["<h1>plainspeak readability report</h1>", LEGEND, _chart(results),
            "<table><tr><th>file</th><th>grade</th><th>limit</th><th>medical grade</th><th>jargon</th><th>result</th></tr>"]
    for r in results:
        if r.analysis is None:
            body.append(f"<tr><td>{escape(r.path)}</td><td colspan=4>{escape(r.error or '')}</td><td class=fail>error</td></tr>")
            continue
        s = r.analysis.scores
        result = '<span class="pass">pass</span>' if r.passed else '<span class="fail">over the limit</span>'
        body.append(f"<tr><td>{escape(r.path)}</td><td>{s.grade:.1f}</td><td>{r.max_grade:g}</td><td>{s.medical_grade:.1f}</td><td>{s.jargon}</td><td>{result}</td></tr>")
    body.append("</table>")
    for r in results:
        if r.analysis is None:
            continue
        a = r.analysis
        s = a.scores
        body.append(f'<section class="document"><h2>{escape(r.path)}</h2>'
                    f"<p>Grade {s.grade:.1f} (limit {r.max_grade:g}); Flesch-Kincaid {s.flesch_kincaid_grade:.1f}, SMOG {s.smog_index:.1f}; "
                    f"{s.words} words, {s.sentences} sentences, {s.jargon} jargon ({s.jargon_per_100_words:.1f} per 100 words).</p>")
        if s.notes:
            body.append("<p><small>" + escape("; ".join(s.notes)) + "</small></p>")
        body.append(f'<div class="doc">{_highlight(a.text, a.findings, _hard_spans(a))}</div></section>')
    return _page("plainspeak report", "".join(body))


def render_simplification(s: Simplification, name: str = "text") -> str:
    body = [f"<h1>plainspeak: {escape(name)}</h1>", LEGEND,
            f"<p>Grade {s.before.grade:.1f} → {s.after.grade:.1f}; {len(s.edits)} changes.</p>",
            '<div class="side"><div><h2>Original</h2><div class="doc">']
    changed = [Finding(start=e.start, end=e.end, text=e.before, kind="term", plain=e.after) for e in s.edits if e.end > e.start]
    body.append(_highlight(s.original, changed))
    body.append('</div></div><div><h2>Plain</h2><div class="doc">')
    body.append(_highlight(s.text, s.remaining))
    body.append("</div></div></div>")
    if s.rejected:
        body.append("<h2>Refused by the guard</h2><ul>" + "".join(
            f"<li>{escape(r.edit.before)} → {escape(r.edit.after)}: {escape(r.why)}</li>" for r in s.rejected) + "</ul>")
    return _page(f"plainspeak: {name}", "".join(body))
