"""What the splitter's test files share: one splitter with the default settings, the text it
makes of a sentence (its edits applied), and the check every cut case makes."""

from __future__ import annotations

from plainspeak.document import Document
from plainspeak.rewrite.apply import apply_edits
from plainspeak.rewrite.guard import check
from plainspeak.rewrite.splitter import SentenceSplitter

SPLITTER = SentenceSplitter()


def shorten(text: str, splitter: SentenceSplitter = SPLITTER) -> str:
    return apply_edits(text, splitter.propose(Document(text)))


def assert_cut(text: str, expected: str, *, guarded: bool = False, splitter: SentenceSplitter = SPLITTER) -> None:
    """The splitter makes `expected` of `text` (a text the guard lets stand, when `guarded`), and a
    second run changes nothing."""
    assert shorten(text, splitter) == expected
    if guarded:
        assert not check(text, expected, trusted=True)
    assert shorten(expected, splitter) == expected
