"""The public API on real sentences, with exact expectations."""

import json

import pytest

import plainspeak
from plainspeak.rewrite import apply_edits


def untouched_preserved(original: str, result) -> bool:
    """Every character outside the edits is exactly where the edits say it is."""
    return apply_edits(original, result.edits) == result.text


def test_sig_line_is_expanded_with_exact_edits(engine):
    s = engine.simplify("Take 1 tab PO BID PRN pain.")
    assert s.text == "Take 1 tablet by mouth 2 times a day if needed for pain."
    assert [(e.start, e.end, e.before, e.after, e.reason) for e in s.edits] == [
        (7, 10, "tab", "tablet", "sig-code"),
        (11, 13, "PO", "by mouth", "sig-code"),
        (14, 17, "BID", "2 times a day", "sig-code"),
        (18, 21, "PRN", "if needed for", "sig-code"),
    ]
    assert s.rejected == ()


def test_every_qnh_interval_becomes_hours(engine):
    assert engine.simplify("Acetaminophen 650 mg PO q6h PRN fever").text == (
        "Acetaminophen 650 mg by mouth every 6 hours if needed for fever"
    )


@pytest.mark.parametrize("text, expected", [
    ("Keflex 500 mg PO QID x7d.", "Keflex 500 mg by mouth 4 times a day for 7 days."),
    ("Bactrim BID x 2 wks.", "Bactrim 2 times a day for 2 weeks."),
    ("Cefazolin x 2 doses given.", "Cefazolin for 2 doses given."),
    # a size is not a course: "3 x 7 days" is left as written
    ("A 3 x 7 days thing", "A 3 x 7 days thing"),
])
def test_a_course_written_with_x_reads_for(engine, text, expected):
    assert engine.simplify(text).text == expected


def test_formal_words_keep_their_verb_form(engine):
    assert engine.simplify("We will utilize a new plan prior to surgery.").text == "We will use a new plan before surgery."
    assert engine.simplify("She was utilizing the inhaler.").text == "She was using the inhaler."


def test_article_is_fixed_and_capital_kept(engine):
    s = engine.simplify("An renal scan was done.")
    assert s.text == "A kidney scan was done."
    assert s.edits[0].before == "An renal" and s.edits[0].after == "A kidney"


def test_unsafe_notations_get_their_safe_wording(engine):
    s = engine.simplify("- Take 10 U insulin QD\n- Give 1.0 mg and .5 mg of it.")
    assert s.text == "- Take 10 units insulin daily\n- Give 1 mg and 0.5 mg of it."
    kinds = {e.before: e.reason for e in s.edits}
    assert kinds == {"U": "unsafe-abbreviation", "QD": "unsafe-abbreviation", "1.0": "unsafe-abbreviation", ".5": "unsafe-abbreviation"}


def test_slash_follow_up_is_not_the_unsafe_unit_u(engine):
    findings = engine.analyze("f/u in 3 months").findings
    assert all(f.kind != "unsafe-abbreviation" for f in findings)


def test_plural_terms_get_plural_plain_words_and_layout_is_kept(engine):
    text = "Renal scan:\n\n  - No lesions seen.\n\tLeft side fine.\n"
    s = engine.simplify(text)
    assert s.text == "Kidney scan:\n\n  - No abnormal areas (lesions) seen.\n\tLeft side fine.\n"
    assert untouched_preserved(text, s)


def test_findings_have_exact_offsets(engine):
    text = "Her renal function and the lesions were checked."
    a = engine.analyze(text)
    for f in a.findings:
        assert text[f.start:f.end] == f.text
    renal = [f for f in a.findings if f.text == "renal"][0]
    assert (renal.start, renal.end, renal.kind, renal.plain, renal.category) == (4, 9, "term", "kidney", "anatomy")


def test_analysis_is_json_serialisable_and_records_the_glossary_version(engine):
    a = plainspeak.analyze("Take 1 tab PO BID. Renal function is stable.")
    data = json.loads(json.dumps(a.to_dict()))
    assert data["glossary_version"] == "1.12.0"
    assert data["scores"]["words"] == a.scores.words
    assert [f["text"] for f in data["findings"]][:3] == ["tab", "PO", "BID"]


def test_simplify_is_idempotent_on_the_example_notes(engine):
    from pathlib import Path

    for name in ("discharge_note.txt", "portal_message.txt", "handout.md"):
        text = (Path(__file__).parent.parent / "examples" / name).read_text(encoding="utf-8")
        for mode in ("replace", "explain"):
            once = engine.simplify(text, mode=mode)
            assert untouched_preserved(text, once)
            twice = engine.simplify(once.text, mode=mode)
            assert twice.text == once.text, (name, mode, [(e.before, e.after) for e in twice.edits])


def test_explain_mode_keeps_the_term_once(engine):
    s = engine.simplify("Renal tests. More renal tests.", mode="explain")
    assert s.text == "Renal (kidney) tests. More kidney tests."


def test_define_mode_keeps_the_text_and_adds_words_to_know(engine):
    s = engine.simplify("The lesions are small.\n", mode="define")
    assert s.text.startswith("The lesions are small.\n\nWords to know\n- lesion: ")
    assert s.text.endswith("\n")


def test_numbers_are_never_lost(engine):
    text = "Furosemide 40 mg PO BID x 2 weeks; weigh daily, call if > 2 lb in 1 day."
    s = engine.simplify(text)
    import re

    for n in re.findall(r"\d+(?:\.\d+)?", text):
        assert n in s.text


def test_bad_mode_is_a_plainspeak_error():
    with pytest.raises(plainspeak.ConfigError):
        plainspeak.Simplifier(mode="shout")


def test_non_text_input_is_an_input_error(engine):
    with pytest.raises(plainspeak.InputError):
        engine.analyze(b"bytes")  # type: ignore[arg-type]
