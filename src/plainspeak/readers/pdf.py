"""PDF -> text with pypdf (text layer only; scanned images have no text to read)."""

from __future__ import annotations

import io

from ..errors import InputError

MAX_PAGES = 2_000


def pdf_text(data: bytes, where: str) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InputError(f"{where}: the PDF is encrypted")
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise InputError(f"{where}: too many pages ({len(pages)}; limit {MAX_PAGES})")
        text = "\n\n".join((page.extract_text() or "").strip() for page in pages)
    except InputError:
        raise
    except Exception as e:  # pypdf raises many kinds on damaged files
        raise InputError(f"{where}: cannot read this PDF ({type(e).__name__})") from None
    if not text.strip():
        raise InputError(f"{where}: the PDF has no text layer (is it a scan?)")
    return text.strip() + "\n"
