"""Work the engine does not do twice: a text nothing changed is scored once."""

from __future__ import annotations

import plainspeak


def test_a_text_nothing_changed_shares_its_scores():
    engine = plainspeak.Simplifier()
    text = "Call us if you have a question. We are open every day.\n"
    s = engine.simplify(text)
    assert s.text == text and not s.edits
    assert s.after is s.before  # the source's scores, not a second count of the same text
    fresh = plainspeak.readability.score(plainspeak.document.Document(text), engine.detector.detect(
        plainspeak.document.Document(text)), engine.readability, False)[0]
    assert s.after == fresh


def test_a_changed_text_is_scored_anew():
    s = plainspeak.Simplifier().simplify("Your BP was elevated. Take 1 tab PO BID.\n")
    assert s.text != s.original
    assert s.after is not s.before and s.after.to_dict() != s.before.to_dict()
