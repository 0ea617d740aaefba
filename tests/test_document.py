"""The document layer: tokens with offsets, matching keys, blocks and sentences."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from plainspeak.document import Document, get_nlp

TEXT = "# Discharge\n\nPt has community-acquired\npneumonia.  Lesions seen!\n\n- Take 1 tab.\n- Rest"


def test_tokens_offsets_and_keys():
    d = Document(TEXT)
    assert d.tokens[:10] == ["#", "Discharge", "\n\n", "Pt", "has", "community", "-", "acquired", "\n", "pneumonia"]
    assert all(TEXT[s:s + len(t)] == t for s, t in zip(d.starts, d.tokens))
    # keys: lower-cased lookup lemmas; hyphens and single line breaks are transparent (None);
    # a blank line is a key of its own, which no phrase contains
    assert d.keys[:13] == ["#", "discharge", "\n\n", "pt", "have", "community", None, "acquire", None, "pneumonia", ".", None, "lesion"]


def test_blocks_and_sentences():
    d = Document(TEXT)
    assert [(b.start, b.end, b.content_start, b.kind) for b in d.blocks] == [
        (0, 11, 2, "heading"), (13, 38, 13, "paragraph"), (39, 64, 39, "paragraph"),
        (66, 79, 68, "list-item"), (80, 86, 82, "list-item")]
    assert [(TEXT[s.start:s.end], s.block) for s in d.sentences] == [
        ("Discharge", "heading"), ("Pt has community-acquired", "paragraph"), ("pneumonia.  Lesions seen!", "paragraph"),
        ("Take 1 tab.", "list-item"), ("Rest", "list-item")]


def test_sentence_starts_follow_spacy_sentencizer():
    """The document computes sentence starts itself (faster); it must agree with spaCy's component."""
    nlp = get_nlp()
    lines = (Path(__file__).parent / "data" / "clinical_sentences.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(x)["text"] for x in lines[:60]] + [TEXT, "Dr. Smith saw him... Then? Yes! (ok.) Fine", ""]
    for text in texts:
        d = Document(text)
        ref = nlp(text)
        assert d.tokens == [t.text for t in ref]
        assert d.starts == [t.idx for t in ref]
        assert d.sent_starts == [bool(t.is_sent_start) for t in ref]


def test_empty_text():
    d = Document("")
    assert (d.tokens, d.keys, d.sentences, d.blocks) == ([], [], [], [])


# --- tokens assembled from cached chunks equal spaCy's tokens of the whole text ------------------

def _spacy_columns(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    doc = get_nlp().make_doc(text)
    return ([t.idx for t in doc], [len(t) for t in doc], [int(bool(t.whitespace_)) for t in doc], [int(t.is_punct) for t in doc])


def _assert_same_tokens(text: str) -> None:
    from plainspeak.document import _tokenize

    assert tuple(_tokenize(text)) == _spacy_columns(text), repr(text)
    assert tuple(_tokenize(text)) == _spacy_columns(text), repr(text)  # again, from the chunk cache


def test_chunked_tokens_equal_spacy_on_the_corpus():
    lines = (Path(__file__).parent / "data" / "clinical_sentences.jsonl").read_text(encoding="utf-8").splitlines()
    examples = Path(__file__).parent.parent / "examples"
    texts = [json.loads(x)["text"] for x in lines] + [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.*"))]
    for text in [*texts, "\n\n".join(texts)]:
        _assert_same_tokens(text)


def test_chunked_tokens_equal_spacy_on_whitespace_and_special_cases():
    for text in ["", " ", "  ", "\n", " a", "a ", "a  ", "a \n b", "a\t\tb  c\n\n\nd ", "Dr. Smith", "I'd go. Ms. Lee",
                 "see https://example.org/a?b=1 now", "10a.m. then", "Note: :) ok", "Mar. (o:  5p.m.(-: (:Youve",
                 "shouldn’t’ve\nthose’d’ve (o:  5p.m.(-: (:Youve  Gen.  ", "\u00a0x\u00a0 y\u2003z"]:
        _assert_same_tokens(text)


_PIECES = ["a", "the", "Pt", "q4h", "10mg", "1.", "(1)", ":", ")", "(", "'", "s", ".", ",", "-", "'s", "n't", "Dr.", "I'd",
           "e.g.", "U.S.", "a.m.", "10a.m.", ":)", "(:", ":1", "Mar.", "o:", "http://x.org/a", "\u00a0", "’"]
_GAPS = ["", " ", " ", " ", "  ", "\n", "\n\n", " \n", "\t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES) | st.text(max_size=4), st.sampled_from(_GAPS)), max_size=14))
def test_chunked_tokens_equal_spacy_property(parts):
    _assert_same_tokens("".join(p + g for p, g in parts))


def test_a_unit_that_keeps_its_full_stop_still_ends_a_sentence():
    # spaCy leaves the full stop on "dL." and "mL.", so its sentencizer alone runs these together
    text = "Keep it below 6 mg/dL. Limit salt. Take 5 mL. then rest."
    doc = Document(text)
    assert [text[s.start:s.end] for s in doc.sentences] == ["Keep it below 6 mg/dL.", "Limit salt.", "Take 5 mL. then rest."]


def test_a_one_letter_unit_after_a_number_ends_a_sentence_and_an_initial_does_not():
    # spaCy keeps "g." whole like an initial: "0.5 g. One FTU" was one 49-word sentence in a handout
    text = "One FTU is about 0.5 g. One FTU covers two palms. Seen by Dr. J. Smith. Wait 6 h. Then eat. Use the g. Key."
    doc = Document(text)
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "One FTU is about 0.5 g.", "One FTU covers two palms.", "Seen by Dr. J. Smith.", "Wait 6 h.",
        "Then eat.", "Use the g. Key."]


def test_a_special_case_across_a_space_is_tokenised_in_a_piece_not_whole():
    # ":1" and ":(" are emoticons: spaCy's matcher may run them across the space after "Conclusions:";
    # the two chunks there are tokenised together, the rest of the text from the chunk cache
    from plainspeak.document import _tokenize_full

    for text in ["Conclusions: 1 in 4 had AAA: (1) rupture.", "topics: (1) pain; 1: 1-100 :( :( ok",
                 "Ratio 1: 1 :1 Note: :) then >:( end"]:
        _assert_same_tokens(text)
        assert _tokenize_full(text)[4] is not None, text  # the tokens' texts: not tokenised whole
    doc = Document("Conclusions: 1 in 4.")
    assert doc.tokens == ["Conclusions", ":", "1", "in", "4", "."]
    assert doc.starts == [0, 11, 13, 15, 18, 19]


def test_blocks_and_sentences_are_made_once_on_first_use():
    from plainspeak.document import find_blocks
    from plainspeak.glossary import load_glossary
    from plainspeak.jargon import Detector

    text = "# Plan\n\nThe patient has hypertension. Continue lisinopril.\n- Follow up in 2 weeks"
    doc = Document(text)
    Detector(load_glossary()).detect(doc)  # no word here asks for its sentence
    assert doc._sentences is None and doc._blocks is None
    assert doc.blocks == find_blocks(text) and doc.blocks is doc.blocks
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "Plan", "The patient has hypertension.", "Continue lisinopril.", "Follow up in 2 weeks"]
    assert doc.sentences is doc.sentences


def test_a_long_bold_question_ends_its_line_and_does_not_wrap_into_the_next():
    text = ("# Warfarin\n\n**What is warfarin and why has it been prescribed?**\nWarfarin is an oral drug. It thins blood.\n"
            "__How should the tablets be taken with other medicines?__\nTake them with water.")
    d = Document(text)
    assert [(text[s.start:s.end], s.block) for s in d.sentences] == [
        ("Warfarin", "heading"), ("**What is warfarin and why has it been prescribed?**", "paragraph"),
        ("Warfarin is an oral drug.", "paragraph"), ("It thins blood.", "paragraph"),
        ("__How should the tablets be taken with other medicines?__", "paragraph"), ("Take them with water.", "paragraph")]
    # a hard-wrapped line of fifty characters or more with no end mark still joins the next
    wrapped = "Take the tablets with a full glass of water every single\nmorning before breakfast."
    assert [wrapped[s.start:s.end] for s in Document(wrapped).sentences] == [wrapped]
