"""HTML -> visible text. Scripts, styles and other invisible parts are dropped; headings, list items
and table rows become lines of their own (headings marked with #, items with -), so the document
layer sees the page's structure."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object"})
_BLOCK = frozenset({"p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
                    "pre", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "form", "fieldset",
                    "figure", "figcaption", "address", "hr", "br"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
MAX_DEPTH = 2_000
# Python's HTMLParser rescans to the end of the text for each "<" that opens nothing it can finish
# ("<a<a<a...": 200 KB took minutes), so such brackets are made plain text first: a "<" that reaches
# another "<" (or the end) before any ">", and "<![" (CDATA and marked sections: only SVG and MathML
# use them, and their text is hidden anyway). The look-ahead stops at the next bracket: linear.
_STRAY_LT = re.compile(r"<(?![^<>]*>)|<(?=!\[)")


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.depth = 0

    def _newline(self, prefix: str = "") -> None:
        self.parts.append("\n" + prefix)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.depth = min(self.depth + 1, MAX_DEPTH)
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _HEADINGS:
            self._newline("\n# ")
        elif tag == "li":
            self._newline("- ")
        elif tag == "tr":
            self._newline("| ")
        elif tag in ("td", "th"):
            self.parts.append(" | ")
        elif tag in _BLOCK:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in ("br", "hr"):
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(0, self.depth - 1)
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _HEADINGS or tag in _BLOCK or tag == "li":
            self._newline()
        elif tag == "tr":
            self.parts.append(" |")
            self._newline()

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(" ".join(data.split()) if data.strip() else (" " if data else ""))


def html_text(markup: str) -> str:
    parser = _Visible()
    parser.feed(_STRAY_LT.sub("&lt;", markup))
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    out: list[str] = []
    for line in lines:
        if line in ("", "-", "|", "| |", "#") or line.strip("| ") == "":
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line.replace("|  |", "|"))
    return "\n".join(out).strip() + "\n"
