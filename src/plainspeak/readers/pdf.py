"""PDF -> text with pypdf (text layer only; scanned images have no text to read).

pypdf bounds each stream it inflates (75 MB by default); the page count and the text gathered are
bounded here, so a hostile PDF ends in a one-line refusal."""

from __future__ import annotations

import io
import logging

from ..errors import InputError
from . import MAX_TEXT_CHARS

MAX_PAGES = 2_000

# pypdf reports what it repairs in damaged files through logging; with no handler of the
# application's own, Python would print each one on standard error around our one-line message
logging.getLogger("pypdf").addHandler(logging.NullHandler())


def pdf_text(data: bytes, where: str) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError(f"{where}: the PDF is encrypted")
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise InputError(f"{where}: too many pages ({len(pages)}; limit {MAX_PAGES})")
        texts: list[str] = []
        size = 0
        for page in pages:
            texts.append((page.extract_text() or "").strip())
            size += len(texts[-1]) + 2
            if size > MAX_TEXT_CHARS:
                raise InputError(f"{where}: text too long (over {MAX_TEXT_CHARS:,} characters): split it into parts")
        text = "\n\n".join(texts)
    except InputError:
        raise
    except Exception as e:  # pypdf raises many kinds on damaged files
        raise InputError(f"{where}: cannot read this PDF ({type(e).__name__})") from None
    if not text.strip():
        raise InputError(f"{where}: the PDF has no text layer (is it a scan?)")
    return text.strip() + "\n"
