"""plainspeak as a spaCy component: `nlp.add_pipe("plainspeak")` sets `doc._.jargon` (a list of
Findings, with character offsets) and `doc.spans["jargon"]` (the same findings as spans, labelled by
kind).

spaCy imports every `spacy_factories` entry point whenever it builds a pipeline (even
`spacy.blank("en")`): importing this module is what registers the factory, so it must stay light.
The glossary and detector are loaded only when the factory is called.
"""

from __future__ import annotations

from typing import Any, Sequence

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("plainspeak", default_config={"glossaries": [], "allow": []})
def make_plainspeak_component(nlp: Any, name: str, glossaries: Sequence[str] = (), allow: Sequence[str] = ()) -> "PlainspeakComponent":
    return PlainspeakComponent(glossaries, allow)


class PlainspeakComponent:
    """Finds jargon in each Doc. The text is tokenised again with plainspeak's own rules, so the
    findings are the same whatever tokenizer the pipeline uses; spans are snapped outwards to the
    pipeline's tokens."""

    def __init__(self, glossaries: Sequence[str] = (), allow: Sequence[str] = ()):
        from ..glossary import load_glossary
        from .detector import Detector

        if not Doc.has_extension("jargon"):
            Doc.set_extension("jargon", default=None)
        self.detector = Detector(load_glossary(list(glossaries), list(allow)))

    def __call__(self, doc: Doc) -> Doc:
        findings = self.detector.detect_text(doc.text)
        doc._.jargon = findings
        spans = []
        for f in findings:
            span = doc.char_span(f.start, f.end, label=f.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["jargon"] = spans
        return doc
