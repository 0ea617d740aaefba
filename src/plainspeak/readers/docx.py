"""Word documents (.docx) -> text, with headings, list paragraphs and table rows kept apart.

A .docx file is a zip archive; its parts are checked before anything is decompressed, so a file
whose parts would expand to gigabytes (a zip bomb) is refused instead of filling memory."""

from __future__ import annotations

import io
import zipfile

from ..errors import InputError

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200


def _check_archive(data: bytes, where: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            total = 0
            for info in z.infolist():
                total += info.file_size
                if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 10 * 1024 * 1024:
                    raise InputError(f"{where}: refused: a part of this .docx expands {info.file_size // info.compress_size}x (possible zip bomb)")
            if total > MAX_UNCOMPRESSED:
                raise InputError(f"{where}: refused: this .docx expands to {total // (1024 * 1024)} MB (limit {MAX_UNCOMPRESSED // (1024 * 1024)} MB)")
            if "word/document.xml" not in z.namelist():
                raise InputError(f"{where}: not a Word document (no word/document.xml)")
    except zipfile.BadZipFile:
        raise InputError(f"{where}: not a valid .docx file (corrupt or truncated)") from None


def docx_text(data: bytes, where: str) -> str:
    _check_archive(data, where)
    try:
        import docx  # python-docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        body = document.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                p = Paragraph(child, document)
                text = p.text.strip()
                if not text:
                    lines.append("")
                    continue
                style = (p.style.name if p.style is not None else "") or ""
                if style.startswith("Heading") or style == "Title":
                    lines.extend(["", "# " + text, ""])
                elif "List" in style or child.find(".//{*}numPr") is not None:
                    lines.append("- " + text)
                else:
                    lines.extend([text, ""])
            elif tag == "tbl":
                table = Table(child, document)
                lines.append("")
                for row in table.rows:
                    cells = [" ".join(c.text.split()) for c in row.cells]
                    lines.append("| " + " | ".join(cells) + " |")
                lines.append("")
    except InputError:
        raise
    except Exception as e:  # python-docx raises many kinds on damaged files
        raise InputError(f"{where}: cannot read this .docx file ({type(e).__name__})") from None
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"
