"""Headings as the glossary rewriter reads them: which heading holds a place, and whether it is
written in title case (its plain words are then spelled the same way)."""

from __future__ import annotations

import re

from ..document import Block, Document


def heading_at(headings: list[Block], at: int) -> Block | None:
    for block in headings:
        if block.start <= at < block.end:
            return block
    return None


# words a title leaves in lower case unless they come first
_TITLE_SMALL = frozenset("a an the and but or nor for so yet as at by in of on to up per via".split())


# longer words many titles leave in lower case too ("Discharge Instructions Following Bronchoscopy with Biopsy")
_LONGER_SMALL = frozenset("with from into onto upon over than".split())


def in_title_case_heading(doc: Document, headings: list[Block], at: int) -> bool:
    """Whether `at` is in a heading written in title case ("Monitoring Your Symptoms"): at least two
    of its longer words, and all of them, start with a capital ("with", "from", "into" may stay in
    lower case), and not all are in capitals.
    `headings`: the document's heading blocks, gathered once per text."""
    for block in headings:
        if block.start <= at < block.end:
            words = [w for w in re.findall(r"[A-Za-z]+", doc.text[block.content_start:block.end])
                     if len(w) > 3 and w not in _LONGER_SMALL]
            return len(words) >= 2 and all(w[0].isupper() for w in words) and not all(w.isupper() for w in words)
    return False


def title_case(words: str) -> str:
    """Plain words as a title-case heading spells them: "keep track of your" -> "Keep Track of Your"."""
    out = []
    for k, w in enumerate(words.split(" ")):
        out.append(w if (k and w in _TITLE_SMALL) or not w[:1].islower() else w[0].upper() + w[1:])
    return " ".join(out)
