"""Readability's faster paths give what the plain computations they replaced give: counts summed per
whitespace chunk, findings found per sentence by binary search, a sentence's medical grade without a
copy of its counts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from plainspeak import readability
from plainspeak.document import Document
from plainspeak.model import Finding
from plainspeak.readability import TextCounts, _list_words, _word_facts, measure, medical_features, medical_grade, score


def plain_text_counts(text: str) -> TextCounts:
    """textstat's counts the straightforward way: one pass over the text's words, regexes for characters."""
    words = _list_words(text)
    syl = poly = unfamiliar = complex_words = 0
    for w in words:
        n, easy = _word_facts(w)
        syl += n
        poly += n >= 3
        if not easy:
            unfamiliar += 1
            complex_words += n >= 3
    sentences = sum(1 for piece in re.findall(r"\b[^.!?]+[.!?]*", text) if len(_list_words(piece)) > 2)
    return TextCounts(len(words), len(text.split()), len(re.sub(r"\s", "", text)), len(re.sub(r"\W", "", text)),
                      syl, poly, unfamiliar, complex_words, sentences)


ODD_TEXTS = [
    "", " ", ".", "?!", "I.", "Take 2 tablets, twice a day.", "Take 2 tablets,\ttwice a day.\n",
    "Café au lait – a drink\u00a0with 2\u2028words’ worth.", "don't 'quoted' it's rock'n'roll ’s",
    "e.g. mg/kg 38.5 (q.d.)", "\"Stop.\" he said!", "A.B.C. D.E.F", "İstanbul K-9 ﬁne ß Σ ς", "x" * 300,
    "emoji 😀 text 👍🏽.", "one\x1ctwo\x85three\u3000four", "Mr. Smith went to Washington. He stayed.",
]


def test_text_counts_of_odd_texts_equal_the_plain_counts():
    for text in ODD_TEXTS:
        assert readability.text_counts(text) == plain_text_counts(text), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAbZe ’'-.!?,;:()\"\t\n\u00a0é1_/ß\u2028İ")), max_size=60)
       | st.text(max_size=40))
def test_text_counts_equal_the_plain_counts(text):
    assert readability.text_counts(text) == plain_text_counts(text)


def test_each_sentence_gets_the_findings_that_start_inside_it(engine):
    text = ("Your MRI showed mild stenosis. Take the NSAIDs bid with food.\n\n- Aspirin 81 mg PO daily\n"
            "- Follow up with cardiology re: hypertension. The biopsy was benign.")
    doc = Document(text)
    findings = engine.detector.detect(doc)
    assert findings
    for m in measure(doc, findings):
        s = m.sentence
        assert m.findings == tuple(sorted((f for f in findings if s.start <= f.start < s.end), key=lambda f: f.start))


def test_a_sentence_grade_counts_a_continuing_piece_as_one_sentence():
    doc = Document("The risk was lower (RR 0. 13, 95% CI 0. 02 to 0. 60) with treatment.")
    measures = [m for m in measure(doc, []) if m.medical is not None]
    assert any(m.medical.sentences == 0 for m in measures)  # pieces that continue a sentence
    _, per_sentence = score(doc, [])
    for m, info in zip(measures, per_sentence):
        if m.words:
            assert info["medical_grade"] == medical_grade(medical_features(m.medical._replace(sentences=1)))


def test_jargon_counts_only_confident_findings():
    def finding(confidence: float) -> Finding:
        return Finding(start=0, end=1, text="x", kind="term", confidence=confidence)

    assert readability.count_jargon([]) == 0
    assert readability.count_jargon([finding(0.2), finding(0.5), finding(0.9)]) == 2


def test_the_chunk_cache_stays_bounded_and_chunks_share_equal_counts(monkeypatch):
    monkeypatch.setattr(readability, "_WORD_CACHE_MAX", 50)
    readability._chunk_cache.clear()
    readability._chunk_facts.clear()
    for i in range(500):
        readability.text_counts(f"word{i}, and more{i}.")
    assert len(readability._chunk_cache) <= 51
    assert len(readability._chunk_facts) <= len(readability._chunk_cache)
    a, b = readability._chunk_counts("cat,"), readability._chunk_counts("dog,")
    assert a == b and a is b


def plain_is_passive(words: list[str]) -> bool:
    """is_passive without its quick test: every word lowered, then the scan for a form of "be"."""
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        if w not in readability._BE:
            continue
        j = i + 1
        while j < len(low) and (readability._ADVERB.match(low[j]) or low[j] in readability._BETWEEN_BE_AND_PARTICIPLE):
            j += 1
        if j < len(low) and ((low[j].endswith("ed") and len(low[j]) > 3 and low[j] not in readability._NOT_PARTICIPLES)
                             or low[j] in readability._IRREGULAR_PARTICIPLES):
            return True
    return False


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["was", "WAS", "wAs", "Is", "bEEN", "gotten", "GETS", "seen", "Given", "treated",
                                 "not", "Really", "the", "patient", "k", "İs", "\u212aept", "’"]), max_size=8))
def test_passive_sentences_in_any_case_are_found_as_when_every_word_is_lowered(words):
    assert readability.is_passive(words) == plain_is_passive(words)
