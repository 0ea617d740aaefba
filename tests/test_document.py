"""The document layer: tokens with offsets, matching keys, blocks and sentences."""

from __future__ import annotations

import json
from pathlib import Path

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
