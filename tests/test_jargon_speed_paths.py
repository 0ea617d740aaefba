"""Speed paths of detection give exactly what the plain code gives (real inputs, no mocks)."""

from __future__ import annotations

import re

from plainspeak.glossary import load_glossary
from plainspeak.jargon.abbreviations import SenseChooser, _ascii_cues


def _plain_count(cues: list[str], window: str) -> int:
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(c) + (r"\b" if len(c) <= 3 else "") for c in cues) + r")", re.I)
    return len(pattern.findall(window))


def test_ascii_cue_patterns_count_what_the_plain_patterns_count():
    cues = ["cardi", "Heart", "PO", "mi", "(ca)", "-ed", "echo", "ECG"]
    windows = ["Cardiac echo; heart-failure. PO meds, MI, mi, Mild", "x(ca) (CA) a(ca)  -ed z-ed",
               "echocardiogram ECGs ECG. Echo_cardi cardI_ 1cardi", "", " ", "cardicardi heartHeart po-PO.po"]
    fast = _ascii_cues(cues)
    for w in windows:
        assert len(fast.findall(w.lower())) == _plain_count(cues, w), w


def test_sense_choice_is_the_same_in_ascii_and_other_windows():
    # the first of each pair is read through the ASCII patterns, the second (an accent in the
    # window) through the plain ones: the same cues, the same sense
    chooser = SenseChooser(load_glossary().abbreviations)
    senses = tuple(a for a in load_glossary().abbreviations if a.abbr == "MS")
    cases = {"Hx of MS with optic neuritis and demyelinating plaques on MRI.": "multiple sclerosis",
             "Hx of MS with optic neuritis and démyélinisation plaques on MRI.": "multiple sclerosis",
             "Echo shows MS with a thickened mitral valve and a murmur.": "mitral stenosis",
             "Echo shows MS with a thickened mitral valve and a murmur, café.": "mitral stenosis",
             "Pt has MS.": None}
    for text, expansion in cases.items():
        start = text.index("MS")
        got = chooser.choose(senses, text, start, start + 2)
        assert (got.expansion if got else None) == expansion, text


def test_sig_and_dose_sentences_read_through_ascii_patterns_as_through_the_plain_ones():
    from plainspeak.jargon.context import _DOSE_ASCII, _DOSE_SENTENCE, _SIG_ASCII, _SIG_SENTENCE, _found

    text = "Xtake it.Take 2 TABS daily. Pmg mg_x (PRN) inhaled Inhale; caps-lock dosing doses café 5"
    # (start, end, a prescription line, a dose line); (1, 5) is "take" after an "X": no word boundary
    cases = [(0, 9, False, False), (9, 27, True, True), (28, 36, False, False), (37, 42, True, True),
             (43, 58, False, True), (59, 77, True, True), (78, 87, False, False), (1, 5, False, False)]
    for start, end, sig, dose in cases:
        piece = text[start:end]
        assert _found(_SIG_SENTENCE, _SIG_ASCII, text, start, end) is sig is (_SIG_SENTENCE.search(text, start, end) is not None), piece
        assert _found(_DOSE_SENTENCE, _DOSE_ASCII, text, start, end) is dose is (_DOSE_SENTENCE.search(text, start, end) is not None), piece


def test_positions_near_digits_from_the_tokens_equal_the_two_steps():
    from plainspeak.document import Document
    from plainspeak.jargon.abbreviations import _digit_runs, _positions_near_digits, _positions_near_digits_in

    for text in ["Take 2 tabs q4h x7d (x7d) P=.39 and 1,000 mg on 11/12.", "a1b22c333 ٣٤ 12abc34 ²", "",
                 "no digits here", "10a.m. then 1x/d, -5 and 1.0 mL\n\n(22)"]:
        doc = Document(text)
        runs = _digit_runs(text, doc.starts, doc.tokens)
        expected = _positions_near_digits(text, doc.starts, runs) if runs else []
        assert _positions_near_digits_in(text, doc.starts, doc.tokens) == expected, text
    doc = Document("Take 2 tabs q4h x7d")
    # token starts up to 8 characters before each run ("q4h" and "x7d": their runs follow a letter)
    assert _positions_near_digits_in(doc.text, doc.starts, doc.tokens) == [0, 5, 7, 12, 16]
