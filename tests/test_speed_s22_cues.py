"""Stop 22 speed paths of the sense chooser (abbreviations.py), each finding the same cues as the
plain pattern:
- a cue pattern whose alternatives partly start with a word boundary is tried at a word start (or at
  a character an alternative without one can start with) before any alternative ("BP": "\\bmmhg|...|
  \\d{2,3}/\\d{2,3}"), not at every letter inside a word;
- a sense whose only non-ASCII cue has a letter no ASCII letter matches ("TGF-β" for bone
  morphogenetic protein) takes the ASCII fast path in an ASCII window: that cue is never found there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plainspeak.jargon import abbreviations as A
from plainspeak.jargon.detector import Detector
from plainspeak.glossary import load_glossary

ROOT = Path(__file__).resolve().parents[1]
_AT_WORD = re.compile(r"\(\?=\[[^\]]*\]\)\(\?:\(\?:\\b\(\?=\[[^\]]*\]\)\|\(\?=\[[^\]]*\]\)\)\(\?:")


@pytest.fixture(scope="module")
def chooser():
    return Detector(load_glossary()).c.senses


def _raw(p: re.Pattern[str]) -> re.Pattern[str]:
    """The cue pattern as written, without the look-aheads put before it."""
    m = _AT_WORD.match(p.pattern)
    assert m is not None, p.pattern
    return re.compile(p.pattern[m.end():-2], p.flags)


def test_mixed_alternatives_are_tried_at_a_word_start_first(chooser):
    made = A._starting_with_known_chars(re.compile(r"\bmmhg|\bpulse|\d{2,3}/\d{2,3}", re.I))
    assert made.pattern == r"(?=[\dmp])(?:(?:\b(?=[mp])|(?=[\d]))(?:\bmmhg|\bpulse|\d{2,3}/\d{2,3}))"
    # all at a boundary (re takes "\b" out itself) or none: as before
    assert A._starting_with_known_chars(re.compile(r"\bab|\bcd", re.I)).pattern == r"(?=[ac])(?:\bab|\bcd)"
    assert A._starting_with_known_chars(re.compile(r"ab|\d/x", re.I)).pattern == r"(?=[\da])(?:ab|\d/x)"
    assert _AT_WORD.match(chooser.cue_res["bp"].pattern)


def test_a_cue_no_ascii_text_can_match_leaves_the_fast_path_open(chooser):
    assert A._never_in_ascii("TGF-β") and A._never_in_ascii("β-cells")
    assert not A._never_in_ascii("ſtent") and not A._never_in_ascii("\u212aidney") and not A._never_in_ascii("renal")
    sid = "bmp-bone-morphogenetic-protein"
    assert sid in chooser.ascii_cues
    assert all(c.isascii() for c in chooser.ascii_cues[sid])


def _windows():
    texts = [p.read_text() for folder in ("handouts", "handouts_dev8", "handouts_dev11")
             for p in sorted((ROOT / "benchmarks" / folder).glob("*.md"))]
    texts.append("BP 140/90, ١٤٠/٩٠ mmHg; ſystolic; \u212aidney; SD ± 2; β-cells; TGF-β; tgf-beta; BMP signaling; western blot")
    for text in texts:
        for at in range(0, max(1, len(text) - 320), 97):
            yield text[at:at + 321]


def test_word_start_patterns_find_the_same_in_every_window(chooser):
    mixed = {sid: p for sid, p in chooser.cue_res.items() if p is not None and _AT_WORD.match(p.pattern)}
    assert "bp" in mixed
    raw = {sid: _raw(p) for sid, p in mixed.items()}
    for window in _windows():
        for sid, p in mixed.items():
            assert p.findall(window) == raw[sid].findall(window), sid


def test_the_fast_path_finds_what_every_cue_finds(chooser):
    sid = "bmp-bone-morphogenetic-protein"
    every = chooser.cue_res[sid]  # the plain pattern of all the cues (kept for windows not in ASCII)
    assert not every.pattern.startswith("(?=[") and "β" in every.pattern
    fast, low_cues = A._ascii_cues(chooser.ascii_cues[sid]), chooser.ascii_cues_lower[sid]
    for window in _windows():
        if not window.isascii():
            continue
        low = window.lower()
        found = len(fast.findall(low)) if any(map(low.__contains__, low_cues)) else 0
        assert found == len(every.findall(window))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcdhimnoprstvyβ±ſ\u212aK0123456789٣/ -", max_size=80))
def test_word_start_patterns_find_the_same_in_random_text(chooser, text):
    p = chooser.cue_res["bp"]
    assert p.findall(text) == _raw(p).findall(text)
    made = A._starting_with_known_chars(re.compile(r"\bmmhg|\bpulse|\d{2,3}/\d{2,3}|±\d", re.I))
    assert made.findall(text) == re.compile(r"\bmmhg|\bpulse|\d{2,3}/\d{2,3}|±\d", re.I).findall(text)
