"""The HTML report: one self-contained file, every piece of input and glossary text escaped, jargon
highlighted with its plain words on hover, the hardest sentences marked, a chart of grades; and the
same file loaded in a real headless Chromium."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from plainspeak.cli import main
from plainspeak.report import CheckResult
from plainspeak.report.html import render_check, render_simplification

HARD = ("The patient's exacerbation of congestive heart failure necessitated intravenous diuretic administration, "
        "continuous cardiopulmonary monitoring, and comprehensive multidisciplinary evaluation prior to discharge.\n")
EASY = "We saw you today. You can go home now. Drink some water. Rest in bed.\n"
ATTACK_TEXT = ('Your BP is fine. <script>alert(1)</script> " onmouseover="alert(2) <img src=x onerror=alert(3)> '
               "Book a wellness review for your edema.\n")
ATTACK_PLAIN = "<script>alert('plain')</script>"
ATTACK_DEFINITION = "\" onmouseover=\"alert('definition') x='"


class Page(HTMLParser):
    """Every element with its attributes, the text outside tags, and what each <mark> says."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.marks: list[dict[str, str]] = []
        self._mark: dict[str, str] | None = None
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag == "mark":
            self._mark = {"class": dict(attrs).get("class") or "", "title": dict(attrs).get("title") or "", "text": ""}

    def handle_endtag(self, tag):
        if tag == "mark" and self._mark is not None:
            self.marks.append(self._mark)
            self._mark = None

    def handle_data(self, data):
        self.text.append(data)
        if self._mark is not None:
            self._mark["text"] += data

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.elements if tag == name]


def assert_self_contained_and_inert(markup: str) -> Page:
    page = Page(markup)
    names = {tag for tag, _ in page.elements}
    assert not names & {"script", "img", "iframe", "object", "embed", "link", "base", "form", "input", "meta"} - {"meta"}
    for tag, attrs in page.elements:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)  # no event handler from any input
            assert name not in ("src", "srcset", "action", "formaction"), (tag, name)
            if name == "href":
                assert value and value.startswith("#"), value  # only links inside the page
    assert "http://" not in markup and "https://" not in markup and "url(" not in markup
    return page


@pytest.fixture
def results(engine) -> list[CheckResult]:
    return [
        CheckResult("leaflets/easy.txt", engine.analyze(EASY + "Your BP is fine.\n"), 8.0, "handout"),
        CheckResult("leaflets/hard.txt", engine.analyze(HARD), 8.0, "handout"),
        CheckResult("leaflets/broken.docx", None, 8.0, "handout", error="leaflets/broken.docx: not a valid .docx file"),
    ]


def expected_tip(f) -> str:
    """What hovering over a highlight shows: the plain words, then the definition; the senses of an
    ambiguous abbreviation; the kind of finding when the glossary has nothing to say."""
    words = "could mean: " + " / ".join(s.expansion for s in f.senses) if f.ambiguous and f.senses else (f.plain or "")
    if f.definition:
        return f"{words}. {f.definition}" if words else f.definition
    return words or f.kind.replace("-", " ")


def test_report_marks_every_finding_with_its_plain_words(results):
    page = assert_self_contained_and_inert(render_check(results))
    marks = [m for m in page.marks if m["title"]]  # the legend's samples have no title
    expected = [{"class": f.kind, "title": expected_tip(f), "text": f.text} for r in results if r.analysis for f in r.analysis.findings]
    assert marks == expected
    assert any(m["text"] == "BP" and m["title"].startswith("blood pressure. ") for m in marks)


def test_report_has_a_grade_chart_a_table_and_the_hardest_sentences(results):
    markup = render_check(results)
    page = Page(markup)
    bars = [a for a in page.tags("rect") if "bar" in (a.get("class") or "")]
    assert [b["class"] for b in bars] == ["bar pass", "bar fail"]  # the unreadable file has no bar
    assert [a["href"] for a in page.tags("a")] == ["#doc-0", "#doc-1"]
    assert [a.get("id") for a in page.tags("section") if a.get("id")] == ["doc-0", "doc-1"]
    hard_spans = [a for a in page.tags("span") if a.get("class") == "hard"]
    hardest = results[1].analysis.sentences[0]
    assert any(s.get("title") == f"hard sentence: grade {hardest.grade:.1f}, {hardest.words} words" for s in hard_spans)
    text = "".join(page.text)
    assert "leaflets/broken.docx: not a valid .docx file" in text
    assert ('<div class="card"><b>3</b><span>files checked</span></div><div class="card pass"><b>1</b><span>within the limit</span>'
            '</div><div class="card fail"><b>1</b><span>over the limit</span></div><div class="card err"><b>1</b>') in markup


def test_report_with_no_readable_file_has_no_chart():
    markup = render_check([CheckResult("a.pdf", None, 8.0, "portal", error="a.pdf: the PDF is encrypted")])
    assert "<svg" not in markup and "a.pdf: the PDF is encrypted" in markup


def run_cli(*args: str) -> tuple[int, str, str]:
    with CliRunner().isolation() as streams:
        try:
            main(list(args))
            code = 0
        except SystemExit as e:
            code = e.code
        return code, streams[0].getvalue().decode(), streams[1].getvalue().decode()


@pytest.fixture
def attack(tmp_path, monkeypatch):
    """An input file and an organisation glossary that both try to inject markup."""
    monkeypatch.chdir(tmp_path)
    name = 'x" onmouseover="alert(4).txt'
    (tmp_path / name).write_text(ATTACK_TEXT, encoding="utf-8")
    with open(tmp_path / "org.csv", "w", encoding="utf-8", newline="") as f:
        import csv

        csv.writer(f).writerows([["term", "plain", "definition"], ["wellness review", ATTACK_PLAIN, ATTACK_DEFINITION]])
    return tmp_path, name


def test_input_file_names_and_glossary_text_are_escaped(attack):
    folder, name = attack
    code, out, err = run_cli("check", name, "--glossary", "org.csv", "--format", "html", "--max-grade", "99")
    assert code == 0, err
    page = assert_self_contained_and_inert(out)
    text = "".join(page.text)
    assert ATTACK_TEXT.strip() in text  # shown as text, character for character
    assert name in text
    org = [m for m in page.marks if m["text"] == "wellness review"]
    assert org == [{"class": "term", "title": f"{ATTACK_PLAIN}. {ATTACK_DEFINITION}", "text": "wellness review"}]
    assert "<script>" not in out and "<img" not in out and '" onmouseover="' not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &quot; onmouseover=&quot;alert(2)" in out


def test_simplification_side_by_side_is_escaped(attack, engine):
    folder, name = attack
    code, out, err = run_cli("simplify", name, "--glossary", "org.csv", "--format", "html", "--mode", "replace")
    assert code == 0, err
    page = assert_self_contained_and_inert(out)
    assert [h for h in ("Original", "Plain language") if f"<h2>{h}</h2>" in out] == ["Original", "Plain language"]
    was = [m for m in page.marks if m["class"] == "was" and m["title"]]
    now = [m for m in page.marks if m["class"] == "changed"]
    assert {"class": "was", "title": "now: blood pressure", "text": "BP"} in was
    assert {"class": "changed", "title": "was: BP", "text": "blood pressure"} in now
    assert {"class": "changed", "title": "was: wellness review", "text": ATTACK_PLAIN} in now
    assert "<script>" not in out


def test_simplification_report_direct(engine):
    s = engine.simplify("Pt has SOB.\nTake 1 tab PO BID.\n", mode="replace")
    page = assert_self_contained_and_inert(render_simplification(s, "note.txt"))
    assert [m["text"] for m in page.marks if m["class"] == "changed" and m["title"]] == [e.after for e in s.edits]
    assert [m["text"] for m in page.marks if m["class"] == "was" and m["title"]] == [e.before for e in s.edits]


# --- in a real browser ---------------------------------------------------------------------------

def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-extensions", "--hide-scrollbars", f"--user-data-dir={profile}"]
    return subprocess.run([binary, *flags, *args], capture_output=True, timeout=180)


def png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Width, height and RGB pixels of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    width = height = channels = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    prev = bytearray(stride)
    pixels: list[tuple[int, int, int]] = []
    for y in range(height):
        filt, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if filt == 1:
                line[i] = (line[i] + a) & 255
            elif filt == 2:
                line[i] = (line[i] + b) & 255
            elif filt == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif filt == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        pixels.extend(tuple(line[x:x + 3]) for x in range(0, stride, channels))
        prev = line
    return width, height, pixels


@pytest.mark.skipif(chromium() is None, reason="no chromium binary (Debian: apt-get install -y chromium)")
def test_report_in_headless_chromium(tmp_path, results):
    report = tmp_path / "report.html"
    report.write_text(render_check(results), encoding="utf-8")
    binary = chromium()
    dom = run_chromium(binary, tmp_path / "profile-dom", "--dump-dom", report.as_uri())
    assert dom.returncode == 0, dom.stderr.decode(errors="replace")[-2000:]
    page = assert_self_contained_and_inert(dom.stdout.decode())
    findings = sum(len(r.analysis.findings) for r in results if r.analysis)
    assert len([m for m in page.marks if m["title"]]) == findings
    assert len([a for a in page.tags("rect") if "bar" in (a.get("class") or "")]) == 2
    assert page.tags("svg")[0]["id"] == "grade-chart"

    shot = tmp_path / "report.png"
    done = run_chromium(binary, tmp_path / "profile-shot", f"--screenshot={shot}", "--window-size=1200,900", report.as_uri())
    assert done.returncode == 0 and shot.is_file(), done.stderr.decode(errors="replace")[-2000:]
    width, height, pixels = png_pixels(shot.read_bytes())
    assert (width, height) == (1200, 900)
    colours = set(pixels)
    assert (0x14, 0x36, 0x5d) in colours  # the header band
    assert (0x2f, 0x9e, 0x44) in colours and (0xe0, 0x31, 0x31) in colours  # a green and a red bar were drawn
