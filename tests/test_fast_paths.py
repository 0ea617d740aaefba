"""The shortcuts taken for speed give exactly what the plain code gives."""

from __future__ import annotations

import pytest

from plainspeak.jargon.phrases import new_finding
from plainspeak.model import Finding, Sense
from plainspeak.rewrite import guard


def test_new_finding_is_the_dataclass_built_normally():
    values = dict(start=3, end=9, text="BID x", kind="abbreviation", term="b", plain=None, ambiguous=True,
                  senses=(Sense("a", "b", "c"),), confidence=0.5, render="leave")
    fast, slow = new_finding(**values), Finding(**values)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert list(vars(fast).items()) == list(vars(slow).items())
    assert fast.to_dict() == slow.to_dict()
    with pytest.raises(Exception):
        fast.start = 4  # still frozen
    with pytest.raises(TypeError):
        new_finding(start=1, end=2, text="x", kind="term", confidense=1.0)
    with pytest.raises(KeyError):
        new_finding(start=1, end=2, text="x")


@pytest.mark.parametrize("text", [
    "Take 1 tab PO BID x7d, then q4-6h PRN; twice daily; 2 times a day; every other day",
    "L knee and RLQ pain, both legs, b/l, one-sided; all right, right away. BLE edema",
    "Metformin 1,000 mg and Lasix 0,5 mg at 8 am on May 3; 72 beats per minute; twenty-five",
    # letters run together: "q" into a number word, a unit into "a"/"per", "times" into "a"
    "qsix hours, 3 ga day, 5 mgper day, 2 timesaday, 4 times aday, twicedaily; 10:30am, 8p.m., 12/3/2025",
    "two and a half tablets; a second dose in seconds; nothing, cannot, won't, denies",
    "Ms. Delgado has no fever. Take ſix doses nightly (non-ASCII: every pattern is tried) İ K",
    "",
])
def test_facts_skip_only_patterns_that_cannot_match(text, monkeypatch):
    """facts() skips a pattern when a quick test says it cannot match; with every quick test
    answering "may match", the facts are the same."""
    fast = guard.facts(text)
    monkeypatch.setattr(guard, "_may_hold", lambda low, needs: True)
    monkeypatch.setattr(guard, "_ANY_DIGIT", type("Always", (), {"search": staticmethod(lambda s: True)})())
    slow = guard.facts(text)
    assert {k: sorted(v.items()) for k, v in fast.kinds().items()} == {k: sorted(v.items()) for k, v in slow.kinds().items()}


def test_word_frequencies_read_directly_equal_wordfreq():
    import math

    from wordfreq import get_frequency_dict

    from plainspeak import lexicon

    lexicon.zipf("the")
    ours = lexicon._zipf
    theirs = get_frequency_dict("en", wordlist="best")
    assert ours is not None and len(ours) == len(theirs)
    assert all(ours[w] == math.log10(f * 1e9) for w, f in theirs.items())
    assert lexicon.zipf("qwxzvbnm") == 0.0


def test_document_tokens_of_a_note_with_special_cases_and_line_breaks():
    """The chunk cache gives spaCy's tokens, also on a second call and after the cache is emptied."""
    from plainspeak import document
    from plainspeak.document import Document, get_nlp

    text = "Hi Ms. Delgado,\n\nI'd like you to start\tmetformin 500 mg PO BID.  Note: )\n- Dr. Lee (see: 1)"
    ref = [t.text for t in get_nlp().make_doc(text)]
    assert Document(text).tokens == ref
    assert Document(text).tokens == ref
    document._chunk_cache.clear()
    assert Document(text).tokens == ref
