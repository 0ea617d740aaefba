"""The guard's fallback for a line whose edits together lose a fact reads each edit's own sentence
first (guard.keeps_facts_near): it must accept exactly the edits that checking each edit alone
accepts, and refuse the others with the same reasons."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plainspeak
from plainspeak import engine
from plainspeak.rewrite import guard

ROOT = Path(__file__).resolve().parents[1]

# a line like the benchmark's portal message (benchmarks/gen_handouts.py): many edits, one refused
# ("500 mg gtt" -> "500 mg drop": "drop" is a unit only right after a number, so the unit is lost)
LINE = ("If you notice local anesthesia or dermatitis, call the clinic at once. Please aggravate the handout about "
        "titrate down before you come in on 12/03. Take 1 tab EC NTE and call us if the adenopathy gets worse. "
        "Keep taking your medicine 500 mg oint even when you feel well. Pt with h/o be hospitalized and VRE, seen "
        "in clinic for follow-up. Keep taking your medicine 500 mg gtt even when you feel well.")


def _sum(a: guard.Facts, b: guard.Facts) -> dict:
    return {k: dict(x + y) for k, x, y in zip(guard._KINDS, a, b)}


def _whole(t: str) -> dict:
    return {k: dict(v) for k, v in zip(guard._KINDS, guard.facts(t))}


def _additive_at_every_safe_cut(t: str) -> int:
    cuts = 0
    for b in range(len(t)):
        if guard._safe_cut(t, b):
            cuts += 1
            assert _whole(t) == _sum(guard.facts(t[:b]), guard.facts(t[b:])), (t, b)
    return cuts


# pieces of the patterns that may take or read a full stop: "q", number words, units of time,
# frequencies that end with a stop and are blanked out, side letters and their look-aheads
_BITS = ["every", "each", "q", "six", "6", "hours", "day", "Day", "Hours", "daily", "Daily", "L", "R", "BLE", "a.m.",
         "5", "mg", "tablets", "per", "twice", "two and a", "half", "Half", "second", "May", "right", "away", "Away",
         "other", "Other", "both", "legs", "b.i.d.", "qsix", "d", "h", "times", "a", "x", "/", "12/3", "10:30", "am",
         "not", "left", "beats", "minute", "Minute", "%", "-", "Lasix", "and", "living", "Living", "Side", "side",
         "as", "needed", "weeks", "Weeks", "mo", "hrs", "1,000", ".5", "0,5", "units", "Units", "Take", "Every", "Q",
         "Six", "sixd", "Tonight", "ſix", "K"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_BITS), st.sampled_from(["", " ", " ", ". ", ". ", "."])), min_size=2, max_size=9))
def test_facts_add_up_over_safe_cuts(parts):
    _additive_at_every_safe_cut("".join(a + b for a, b in parts))


def test_facts_add_up_over_safe_cuts_of_real_lines():
    lines = LINE.split("\n") + (ROOT / "examples").joinpath("handout.md").read_text().splitlines()
    for folder in ("handouts", "handouts_dev8", "handouts_dev9"):
        for p in sorted((ROOT / "benchmarks" / folder).glob("*.md")):
            lines += p.read_text().splitlines()
    assert sum(_additive_at_every_safe_cut(t) for t in lines if t.isascii()) > 100


@pytest.mark.parametrize("text, b, safe", [
    ("Take it daily. Call us", 15, True),
    ("Take it every 6 hours. Call us", 23, False),   # "hours." is blanked out as part of a frequency
    ("Take it every six. Hours pass", 19, False),    # a number word before the stop
    ("Take it qsix. Hours pass", 14, False),          # ends in one
    ("Take it q. Day", 11, False),                    # a single letter
    ("Take it now. call us", 13, False),              # no capital after the stop
    ("Take it NOW. Call us", 13, False),              # capitals before it
    ("Take it nów. Call us", 13, False),              # not ASCII
])
def test_safe_cuts(text, b, safe):
    assert text[b - 2:b] == ". "
    assert guard._safe_cut(text, b) is safe if text.isascii() else not guard.keeps_facts_near(text, text, 0, 0, 0)


def _guard_verdicts(monkeypatch, near: bool, text: str):
    s = plainspeak.Simplifier()
    checks = []
    real = engine.guard_check

    def counting(*a, **k):
        checks.append(a[0])
        return real(*a, **k)

    monkeypatch.setattr(engine, "guard_check", counting)
    if not near:
        monkeypatch.setattr(engine, "keeps_facts_near", lambda *a, **k: False)
    r = s.simplify(text)
    monkeypatch.undo()
    return r, checks


def test_a_failing_line_checks_alone_only_the_edits_its_sentences_cannot_clear(monkeypatch):
    fast, fast_checks = _guard_verdicts(monkeypatch, True, LINE)
    slow, slow_checks = _guard_verdicts(monkeypatch, False, LINE)
    assert fast.to_dict() == slow.to_dict()
    assert any("gtt" in r.edit.before and "drops the unit 'drop'" in r.why for r in fast.rejected)
    assert len(slow_checks) >= 10  # every edit of the line, checked alone
    assert len(fast_checks) == 1  # only the refused one


def test_near_check_accepts_only_what_the_whole_check_accepts():
    """keeps_facts_near says True only where check() of the whole stretch finds nothing lost, on
    every edit the glossary proposes for the handout sets."""
    s = plainspeak.Simplifier()
    seen = near = 0
    for folder in ("handouts", "handouts_dev9"):
        for p in sorted((ROOT / "benchmarks" / folder).glob("*.md")):
            text = p.read_text()
            doc = engine._document(text)
            for prop in s.rewriter.propose(doc, s.detector.detect(doc), "replace")[0]:
                e = prop.edit
                start, end = engine._line_bounds(text, e.start, e.end)
                start, end = max(start, e.start - engine.CONTEXT_CHARS), min(end, e.end + engine.CONTEXT_CHARS)
                source, proposal = text[start:end], text[start:e.start] + e.after + text[e.end:end]
                at = e.start - start
                seen += 1
                if guard.keeps_facts_near(source, proposal, at, at + e.end - e.start, at + len(e.after)):
                    near += 1
                    assert guard.check(source, proposal, trusted=True) == []
    assert seen > 200 and near > seen // 2


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from([*guard._NUMBER_WORDS_AND_SCALES, *guard._PERIOD_WORDS, "a", "ab", "q", "to", "sec", "ys"]),
                min_size=1, max_size=3), st.integers(0, 8))
def test_runs_before_a_cut_read_backwards_as_forwards(words, skip):
    """The reversed pattern says what its plain form says: a number word at the end of the run, or
    a unit of time that is the whole run or follows a number word."""
    import re

    numbers, periods = "|".join(guard._NUMBER_WORDS_AND_SCALES), "|".join(guard._PERIOD_WORDS)
    forwards = re.compile(rf"(?:{numbers})$|(?:^|{numbers})(?:{periods})$")
    run = "".join(words)[skip:] or "x"
    assert (forwards.search(run) is None) == (guard._NOT_BEFORE_A_CUT_REVERSED.match(run[::-1]) is None)


@pytest.mark.parametrize("source, start, end, after", [
    ("BID dosing is key. Then call the nurse. Call now.", 0, 3, ""),   # an edit at the start of the stretch
    ("BID dosing is key. Then call the nurse. Call now.", 0, 3, "Twice a day"),
    (" BID dosing is key. Then call the nurse. Call now.", 1, 4, ""),
    ("Call now. Take it BID with food. Then rest a while. Then walk.", 18, 21, ""),
    ("Call now. Take it BID with food. Then rest a while. Then walk.", 18, 21, "2 times a day"),
    ("Take it daily. Rest for two weeks. Then walk.", 28, 33, ""),
])
def test_near_check_never_clears_a_loss(source, start, end, after):
    proposal = source[:start] + after + source[end:]
    near = guard.keeps_facts_near(source, proposal, start, end, start + len(after))
    assert not near or guard.check(source, proposal, trusted=True) == []
    if guard.check(source, proposal, trusted=True):
        assert not near


_WORDS = ["every", "q", "six", "6", "hours", "day", "Day", "daily", "L", "R", "a.m.", "5", "mg", "twice", "half", "May",
          "right", "away", "both", "legs", "b.i.d.", "qsix", "d", "not", "no", "left", "Left", "Lasix", "and", "Take", "Call",
          "Then", "BID", "the", "nurse", "rest", "weeks", "aspirin", "12/03", "10:30", "1,000", "now", "key", "well"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", " ", ". ", ", "])), min_size=2, max_size=12),
       st.integers(0, 200), st.integers(0, 12),
       st.sampled_from(["", "2 times a day", "every 6 hours", "by mouth", "left", "not", "Then", "500 mg", "x", None]))
def test_near_check_is_sure_on_random_edits(parts, at, length, after):
    """An edit anywhere (at the very start, at a cut, across one), replaced by any words: when
    keeps_facts_near says True, check() of the whole texts finds nothing lost."""
    source = "".join(a + b for a, b in parts).strip()
    start = at % len(source)
    end = min(len(source), start + length)
    after = source[start:end] if after is None else after
    proposal = source[:start] + after + source[end:]
    if guard.keeps_facts_near(source, proposal, start, end, start + len(after)):
        assert guard.check(source, proposal, trusted=True) == []
