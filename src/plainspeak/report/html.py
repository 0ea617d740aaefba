"""One self-contained HTML file: no scripts and no external resources, so it can be attached to an
email, archived by CI, or opened from a shared drive. It holds the grade of every document, a chart
of grades across the files, and every document's text with its jargon highlighted (the plain words
and definition show on hover) and its hardest sentences marked.

Every piece of input text, file name and glossary text goes through `escape()`, attributes included:
a handout or an organisation glossary is data, never markup.
"""

from __future__ import annotations

from html import escape
from typing import Iterable, Sequence

from .. import __version__
from ..model import Analysis, Finding, Simplification
from . import CheckResult, column_label, hardest_sentences, measure_label, one_line, result_spans

CSS = """
:root{--ink:#1d2430;--muted:#5b6573;--line:#dde2e8;--bg:#f6f7f9;--pass:#1f8a4c;--fail:#c92a2a;--err:#8a5a00}
*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:0;color:var(--ink);background:var(--bg)}
main{max-width:72rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}
header.top{background:#14365d;color:#fff;padding:1.4rem 1.25rem}
header.top div{max-width:72rem;margin:0 auto}
header.top h1{margin:0;font-size:1.55rem;font-weight:650}
header.top p{margin:.3rem 0 0;opacity:.85}
.cards{display:flex;gap:.8rem;flex-wrap:wrap;margin:1.2rem 0}
.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:.7rem 1.1rem;min-width:8.5rem}
.card b{display:block;font-size:1.6rem;line-height:1.2}
.card span{color:var(--muted);font-size:.85rem}
.card.fail b{color:var(--fail)}.card.pass b{color:var(--pass)}.card.err b{color:var(--err)}
.panel{background:#fff;border:1px solid var(--line);border-radius:10px;padding:1rem 1.2rem;margin:1rem 0;overflow-x:auto}
h2{font-size:1.2rem;margin:0 0 .6rem}
h3{font-size:1rem;margin:1.1rem 0 .4rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:.4rem .6rem;text-align:left;vertical-align:top}
th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
a{color:#1c5fa8}
.badge{display:inline-block;border-radius:999px;padding:.05rem .65rem;font-size:.8rem;font-weight:650;color:#fff;vertical-align:middle}
.badge.pass{background:var(--pass)}.badge.fail{background:var(--fail)}.badge.error{background:var(--err)}
.stats{color:var(--muted);margin:.2rem 0 .6rem}
.doc{white-space:pre-wrap;background:#fcfcfd;border:1px solid var(--line);padding:1rem 1.1rem;border-radius:8px;font-size:.97rem;line-height:1.75}
mark{border-radius:3px;padding:0 .12em;cursor:help;color:inherit;border-bottom:2px solid transparent}
mark.term{background:#fff0a6;border-color:#e0b800}
mark.abbreviation,mark.sig-code{background:#d3effc;border-color:#3aa0d0}
mark.unsafe-abbreviation{background:#ffd6d6;border-color:var(--fail)}
mark.formal-word{background:#f1dcfa;border-color:#a050c8}
mark.rare-word,mark.word-part{background:#e4e8ff;border-color:#6c7fe0}
mark.changed{background:#d5f5dd;border-color:var(--pass)}
mark.was{background:#ffe3e3;border-color:#e08080;text-decoration:line-through;text-decoration-color:#c92a2a}
.hard{background:linear-gradient(transparent 62%,#ffd8a8 62%);box-shadow:inset 3px 0 0 #f08c00;padding-left:4px}
.legend{display:flex;flex-wrap:wrap;gap:.4rem .9rem;font-size:.85rem;color:var(--muted);margin:.4rem 0 .8rem}
.legend mark,.legend .hard{cursor:default}
ol.hardest li{margin:.25rem 0}
ol.hardest .g{color:var(--muted);font-size:.85rem;white-space:nowrap}
details{margin-top:.8rem}summary{cursor:pointer;color:#1c5fa8}
.side{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
@media (max-width:50rem){.side{grid-template-columns:1fr}}
svg{max-width:100%;height:auto}
svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:#1d2430}
svg .axis{fill:#5b6573}
footer{color:var(--muted);font-size:.8rem;margin-top:2rem}
"""

KIND_LABEL = {"term": "medical term", "abbreviation": "abbreviation", "sig-code": "prescription code",
              "unsafe-abbreviation": "unsafe abbreviation", "formal-word": "formal word", "rare-word": "rare word",
              "word-part": "word-part guess"}


def _e(value: object) -> str:
    """Escape for text and for attribute values alike (quotes included)."""
    return escape(str(value), quote=True)


def _tip(f: Finding) -> str:
    if f.ambiguous and f.senses:
        tip = "could mean: " + " / ".join(s.expansion for s in f.senses)
    else:
        tip = f.plain or ""
    if f.definition:
        tip = f"{tip}. {f.definition}" if tip else f.definition
    return tip or KIND_LABEL.get(f.kind, f.kind)


def _nested(findings: Iterable[Finding], text_len: int) -> list[Finding]:
    """Findings that can be marked without crossing each other: empty or out-of-range ones are
    dropped, and of two that overlap the earlier (then the longer) one is kept."""
    kept: list[Finding] = []
    last_end = 0
    for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if 0 <= f.start < f.end <= text_len and f.start >= last_end:
            kept.append(f)
            last_end = f.end
    return kept


def highlight(text: str, marks: Sequence[tuple[int, int, str, str]], hard: Sequence[tuple[int, int, str]] = ()) -> str:
    """The escaped text with <mark class=... title=...> around `marks` (start, end, class, tip) and
    <span class="hard"> around the `hard` sentences (start, end, tip). A sentence that a mark
    crosses is not marked, so the tags always nest."""
    marks = [m for m in marks if 0 <= m[0] < m[1] <= len(text)]
    hard = [h for h in hard if all(m[1] <= h[0] or m[0] >= h[1] or (h[0] <= m[0] and m[1] <= h[1]) for m in marks)]
    events: list[tuple[int, int, str]] = []  # (offset, order at that offset, tag): closers before openers
    for start, end, tip in hard:
        events.append((start, 1, f'<span class="hard" title="{_e(tip)}">'))
        events.append((end, 0, "</span>"))
    for start, end, cls, tip in marks:
        events.append((start, 2, f'<mark class="{_e(cls)}" title="{_e(tip)}">'))
        events.append((end, -1, "</mark>"))
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[str] = []
    pos = 0
    for offset, _, tag in events:
        out.append(escape(text[pos:offset]))
        out.append(tag)
        pos = offset
    out.append(escape(text[pos:]))
    return "".join(out)


def _finding_marks(text: str, findings: Iterable[Finding]) -> list[tuple[int, int, str, str]]:
    return [(f.start, f.end, f.kind, _tip(f)) for f in _nested(findings, len(text))]


def _chart(results: Sequence[CheckResult]) -> str:
    """Horizontal bars, one per file: green within the limit, red over it; a dashed tick at each
    file's limit; a grade axis below."""
    rows = [r for r in results if r.analysis is not None]
    if not rows:
        return ""
    bar_h, gap, left, width, top_pad = 20, 8, 280, 520, 8
    top = max([r.grade for r in rows] + [r.max_grade for r in rows] + [12.0])
    top = float(int(top) + (2 - int(top) % 2))  # round up to an even grade for tidy ticks
    plot_h = len(rows) * (bar_h + gap)
    height = top_pad + plot_h + 44
    total_w = left + width + 70
    x = lambda grade: left + width * grade / top  # noqa: E731
    parts = [f'<svg id="grade-chart" role="img" aria-label="Grade level of each file" viewBox="0 0 {total_w} {height}" '
             f'width="{total_w}" height="{height}">']
    step = 2 if top <= 20 else 4
    for g in range(0, int(top) + 1, step):
        parts.append(f'<line x1="{x(g):.1f}" x2="{x(g):.1f}" y1="{top_pad - 4}" y2="{top_pad + plot_h}" stroke="#e6e9ee"/>')
        parts.append(f'<text class="axis" x="{x(g):.1f}" y="{top_pad + plot_h + 16}" text-anchor="middle">{g}</text>')
    for i, r in enumerate(rows):
        y = top_pad + i * (bar_h + gap)
        w = max(2.0, x(r.grade) - left)
        colour = "#2f9e44" if r.passed else "#e03131"
        label = r.path if len(r.path) <= 40 else "…" + r.path[-39:]
        parts.append(f'<text x="{left - 8}" y="{y + 14}" text-anchor="end">{_e(label)}</text>')
        parts.append(f'<rect class="bar {"pass" if r.passed else "fail"}" x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" rx="3" '
                     f'fill="{colour}"><title>{_e(r.path)}: grade {r.grade:.1f} (limit {r.max_grade:g})</title></rect>')
        parts.append(f'<text x="{left + w + 5:.1f}" y="{y + 14}">{r.grade:.1f}</text>')
        lx = x(r.max_grade)
        parts.append(f'<line class="limit" x1="{lx:.1f}" x2="{lx:.1f}" y1="{y - 3}" y2="{y + bar_h + 3}" stroke="#1d2430" stroke-width="2" stroke-dasharray="4,3"/>')
    parts.append(f'<text class="axis" x="{left + width / 2:.0f}" y="{height - 6}" text-anchor="middle">'
                 "reading grade level (dashed line: the file's limit)</text></svg>")
    return "".join(parts)


def _page(title: str, heading: str, subtitle: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
            f'<header class="top"><div><h1>{_e(heading)}</h1><p>{_e(subtitle)}</p></div></header>'
            f"<main>{body}<footer>Made by plainspeak {_e(__version__)}. Everything was computed on this "
            "computer; no text was sent anywhere.</footer></main></body></html>\n")


def _legend(kinds: Iterable[str], hard: bool = True, extra: str = "") -> str:
    present = set(kinds)
    shown = [k for k in KIND_LABEL if k in present]
    items = [f'<mark class="{_e(k)}">{_e(KIND_LABEL[k])}</mark>' for k in shown]
    if hard:
        items.append('<span class="hard">hard sentence</span>')
    return f'<div class="legend">{"".join(items)}{extra}<span>Point at a highlight to see the plain words.</span></div>'


def _words_to_know(a: Analysis) -> str:
    seen: dict[str, Finding] = {}
    for f in a.findings:
        seen.setdefault(one_line(f.text).lower(), f)
    if not seen:
        return ""
    rows = "".join(
        f"<tr><td>{_e(one_line(f.text))}</td><td>{_e(KIND_LABEL.get(f.kind, f.kind))}</td>"
        f"<td>{_e(' / '.join(s.expansion for s in f.senses) if f.ambiguous else (f.plain or ''))}</td>"
        f"<td>{_e(f.definition or '')}</td></tr>"
        for f in sorted(seen.values(), key=lambda f: one_line(f.text).lower())
    )
    return (f"<details><summary>Words to explain ({len(seen)})</summary><table><tr><th>in the text</th><th>kind</th>"
            f"<th>plain words</th><th>meaning</th></tr>{rows}</table></details>")


def _document_section(i: int, r: CheckResult) -> str:
    a = r.analysis
    assert a is not None
    s = a.scores
    badge = f'<span class="badge {"pass" if r.passed else "fail"}">{"pass" if r.passed else "over the limit"}</span>'
    hardest = hardest_sentences(a)
    parts = [f'<section class="panel document" id="doc-{i}"><h2>{_e(r.path)} {badge}</h2>',
             f'<p class="stats">{_e(measure_label(r.measure)).capitalize()} <b>{r.grade:.1f}</b> (limit {r.max_grade:g}) · grade {s.grade:.1f} · medical grade {s.medical_grade:.1f} · '
             f"Flesch-Kincaid {s.flesch_kincaid_grade:.1f} · SMOG {s.smog_index:.1f} · reading ease {s.flesch_reading_ease:.0f} · "
             f"{s.words} words · {s.sentences} sentences · {s.jargon} jargon ({s.jargon_per_100_words:.1f} per 100 words)</p>"]
    if s.notes:
        parts.append(f'<p class="stats"><small>{_e("; ".join(s.notes))}</small></p>')
    for w in r.warnings:
        parts.append(f'<p class="stats"><small>warning: {_e(w)}</small></p>')
    if hardest:
        parts.append("<h3>Hardest sentences</h3><ol class=\"hardest\">" + "".join(
            f'<li>{_e(one_line(x.text))} <span class="g">grade {x.grade:.1f}, {x.words} words</span></li>' for x in hardest) + "</ol>")
    parts.append("<h3>Text</h3>" + _legend(f.kind for f in a.findings))
    hard = [(x.start, x.end, f"hard sentence: grade {x.grade:.1f}, {x.words} words") for x in hardest]
    parts.append(f'<div class="doc">{highlight(a.text, _finding_marks(a.text, a.findings), hard)}</div>')
    parts.append(_words_to_know(a) + "</section>")
    return "".join(parts)


def render_check(results: Sequence[CheckResult]) -> str:
    ok = sum(1 for r in results if r.passed)
    errors = sum(1 for r in results if r.analysis is None)
    failed = len(results) - ok - errors
    cards = [f'<div class="card"><b>{len(results)}</b><span>files checked</span></div>',
             f'<div class="card pass"><b>{ok}</b><span>within the limit</span></div>',
             f'<div class="card fail"><b>{failed}</b><span>over the limit</span></div>']
    if errors:
        cards.append(f'<div class="card err"><b>{errors}</b><span>could not be read</span></div>')
    body = [f'<div class="cards">{"".join(cards)}</div>']
    chart = _chart(results)
    if chart:
        body.append(f'<section class="panel"><h2>Grade level per file</h2>{chart}</section>')
    body.append(f'<section class="panel"><h2>Files</h2><table><tr><th>file</th><th class="num">{_e(column_label(results))}</th><th class="num">limit</th>'
                '<th class="num">medical grade</th><th class="num">words</th><th class="num">jargon</th><th>result</th></tr>')
    for i, r in enumerate(results):
        if r.analysis is None:
            body.append(f'<tr><td>{_e(r.path)}</td><td colspan="5">{_e(r.error or "")}</td>'
                        '<td><span class="badge error">error</span></td></tr>')
            continue
        s = r.analysis.scores
        badge = '<span class="badge pass">pass</span>' if r.passed else '<span class="badge fail">over the limit</span>'
        body.append(f'<tr><td><a href="#doc-{i}">{_e(r.path)}</a></td><td class="num">{r.grade:.1f}</td><td class="num">{r.max_grade:g}</td>'
                    f'<td class="num">{s.medical_grade:.1f}</td><td class="num">{s.words}</td><td class="num">{s.jargon}</td><td>{badge}</td></tr>')
    body.append("</table></section>")
    body.extend(_document_section(i, r) for i, r in enumerate(results) if r.analysis is not None)
    profiles = sorted({r.profile for r in results})
    subtitle = f"{len(results)} file{'s' if len(results) != 1 else ''} · profile {', '.join(profiles)}"
    return _page("plainspeak report", "Readability report", subtitle, "".join(body))


def render_simplification(s: Simplification, name: str = "text") -> str:
    """The original and the plain version side by side: what changed is marked in both, and the
    jargon still left in the plain version is highlighted as in the check report."""
    spans = result_spans(s.original, s.text, s.edits)
    was = [(e.start, e.end, "was", f"now: {one_line(e.after)}") for _, _, e in spans if e.end > e.start]
    now = [(a, b, "changed", f"was: {one_line(e.before)}" if e.before else "added") for a, b, e in spans]
    left_over = [m for m in _finding_marks(s.text, s.remaining) if all(m[1] <= a or m[0] >= b for a, b, _, _ in now)]
    cards = (f'<div class="cards"><div class="card"><b>{s.before.grade:.1f}</b><span>grade before</span></div>'
             f'<div class="card {"pass" if s.after.grade <= s.before.grade else "fail"}"><b>{s.after.grade:.1f}</b>'
             '<span>grade after</span></div>'
             f'<div class="card"><b>{len(s.edits)}</b><span>changes</span></div>'
             f'<div class="card"><b>{len(s.remaining)}</b><span>jargon left</span></div></div>')
    legend = _legend((f.kind for f in s.remaining), hard=False,
                     extra='<mark class="was">replaced</mark><mark class="changed">plain words</mark>')
    body = [cards, f'<section class="panel">{legend}<div class="side"><div><h2>Original</h2>'
                   f'<div class="doc">{highlight(s.original, was)}</div></div>'
                   f'<div><h2>Plain language</h2><div class="doc">{highlight(s.text, sorted(now + left_over))}</div></div></div></section>']
    if s.edits:
        body.append('<section class="panel"><h2>Changes</h2><table><tr><th>before</th><th>after</th><th>why</th></tr>' + "".join(
            f"<tr><td>{_e(one_line(e.before))}</td><td>{_e(one_line(e.after))}</td><td>{_e(e.reason)}</td></tr>" for e in s.edits)
            + "</table></section>")
    if s.rejected:
        body.append('<section class="panel"><h2>Refused by the safety check</h2><table><tr><th>before</th><th>proposed</th><th>why refused</th></tr>'
                    + "".join(f"<tr><td>{_e(one_line(r.edit.before))}</td><td>{_e(one_line(r.edit.after))}</td><td>{_e(r.why)}</td></tr>"
                              for r in s.rejected) + "</table></section>")
    for w in s.warnings:
        body.append(f'<p class="stats">note: {_e(w)}</p>')
    subtitle = f"mode {s.mode} · grade {s.before.grade:.1f} → {s.after.grade:.1f}"
    return _page(f"plainspeak: {name}", f"Plain-language version of {name}", subtitle, "".join(body))
