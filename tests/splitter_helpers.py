"""What the splitter's test files share: one splitter with the default settings, and the text it
makes of a sentence (its edits applied)."""

from __future__ import annotations

from plainspeak.document import Document
from plainspeak.rewrite.apply import apply_edits
from plainspeak.rewrite.splitter import SentenceSplitter

SPLITTER = SentenceSplitter()


def shorten(text: str, splitter: SentenceSplitter = SPLITTER) -> str:
    return apply_edits(text, splitter.propose(Document(text)))
