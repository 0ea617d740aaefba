"""Cue patterns without the ASCII fast path are tried behind a look-ahead for the characters their
matches can start with (abbreviations._starting_with_known_chars): the same matches everywhere."""

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


@pytest.fixture(scope="module")
def slow_cues():
    chooser = Detector(load_glossary()).c.senses
    out = {sid: p for sid, p in chooser.cue_res.items() if p is not None and sid not in chooser.ascii_cues}
    assert len(out) >= 2 and all(p.pattern.startswith("(?=[") for p in out.values())  # "bp", "sem-standard-error": the others
    # had one cue no ASCII text can match ("β") and take the fast path in an ASCII window (test_speed_s22_cues.py)
    return out


def _plain(p: re.Pattern[str]) -> re.Pattern[str]:
    body = p.pattern[p.pattern.index("])(?:") + 5:-1]
    return re.compile(body, p.flags)


@pytest.mark.parametrize("pattern, told", [
    (r"\bab|\d{2}/x", True), (r"(?:ab|[c-e\d])+z", True), (r"±|\bfoo", True), (r"\bk\b", True),
    (r"a?b", False), (r"(?i:x)y", False), (r"[^a]b", False), (r"\b(?=x)", False), (r".x", False), (r"x*", False),
])
def test_told_only_when_every_first_character_is_known(pattern, told):
    made = A._starting_with_known_chars(re.compile(pattern, re.I))
    assert made.pattern.startswith("(?=[") is told
    for text in ["ab 12/x cde z ± foo K k ſ ٣٣/x", "xx ab", "KELVIN \u212a k", "", "x" * 5]:
        assert made.findall(text) == re.compile(pattern, re.I).findall(text)


def test_cue_patterns_find_the_same_in_every_window_of_the_handouts(slow_cues):
    texts = [p.read_text() for folder in ("handouts", "handouts_dev8") for p in sorted((ROOT / "benchmarks" / folder).glob("*.md"))]
    texts.append("BP 140/90, ١٤٠/٩٠ mmHg; ſystolic; \u212aidney; SD ± 2; β-cells; TGF-β; western blot")
    for text in texts:
        for at in range(0, max(1, len(text) - 320), 97):
            window = text[at:at + 321]
            for sid, p in slow_cues.items():
                assert p.findall(window) == _plain(p).findall(window), sid


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcdhmnoprstvyβ±ſ\u212aK0123456789٣/ -", max_size=80))
def test_cue_patterns_find_the_same_in_random_text(slow_cues, text):
    for sid, p in slow_cues.items():
        assert p.findall(text) == _plain(p).findall(text), sid
