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


def test_cuts_map_onto_the_original_whatever_the_order_of_the_accepted_edits():
    # a later glossary pass appends its edits after the first pass's, so `accepted` is not in text
    # order; _take sorts it once for all the cuts it maps (not once per cut), and every cut must
    # still land on the original's words
    from plainspeak.model import Edit
    from plainspeak.rewrite import apply_edits

    engine = plainspeak.Simplifier()
    text = "Your BP was elevated, so we will recheck it in 2 weeks, and your CBC is due.\n"
    at = {w: text.index(w) for w in ("BP", "elevated", ", and", "CBC")}
    bp = Edit(at["BP"], at["BP"] + 2, "BP", "blood pressure", "glossary", "test#bp")
    high = Edit(at["elevated"], at["elevated"] + 8, "elevated", "high", "glossary", "test#elevated")
    cbc = Edit(at["CBC"], at["CBC"] + 3, "CBC", "blood count", "glossary", "test#cbc")
    accepted = [cbc, bp, high]  # not in text order
    new_text = apply_edits(text, accepted)
    assert new_text == "Your blood pressure was high, so we will recheck it in 2 weeks, and your blood count is due.\n"
    so = new_text.index(", so")
    cuts = [Edit(so, so + 4, ", so", ". So", "split", "splitter"),
            Edit(new_text.index(", and"), new_text.index(", and") + 5, ", and", ". And", "split", "splitter")]
    taken, cut_text = engine._take(text, new_text, cuts, list(accepted), [], {})
    assert cut_text == "Your blood pressure was high. So we will recheck it in 2 weeks. And your blood count is due.\n"
    assert cut_text == apply_edits(text, taken)
    # the cuts at the original's offsets, past the shorter "high" and the longer "blood pressure"
    assert Edit(at["elevated"] + 8, at["elevated"] + 12, ", so", ". So", "split", "splitter") in taken
    assert Edit(at[", and"], at[", and"] + 5, ", and", ". And", "split", "splitter") in taken
    assert bp in taken and cbc in taken
