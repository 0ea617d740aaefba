"""plainspeak as a spaCy component: `nlp.add_pipe("plainspeak")` sets `doc._.jargon`.

spaCy imports every `spacy_factories` entry point whenever it builds a pipeline (even
`spacy.blank("en")`), so this module must stay light: the detector is imported only when the
factory is called.
"""

from __future__ import annotations

from typing import Any, Sequence


def make_plainspeak_component(nlp: Any, name: str, glossaries: Sequence[str] = (), allow: Sequence[str] = ()) -> Any:
    from spacy.tokens import Doc

    from ..glossary import load_glossary
    from . import Detector

    if not Doc.has_extension("jargon"):
        Doc.set_extension("jargon", default=None)
    detector = Detector(load_glossary(glossaries, allow))

    def plainspeak_component(doc: Any) -> Any:
        doc._.jargon = detector.detect_text(doc.text)
        return doc

    return plainspeak_component
