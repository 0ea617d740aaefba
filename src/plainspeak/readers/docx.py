"""Word documents (.docx) -> text, with headings, list paragraphs and table rows kept apart.

A .docx file is a zip archive; its parts are checked before anything is decompressed, so a file
whose parts would expand to gigabytes (a zip bomb) is refused instead of filling memory."""

from __future__ import annotations

import io
import zipfile

from ..errors import InputError

MAX_UNCOMPRESSED = 128 * 1024 * 1024  # every part together (python-docx loads them all)
MAX_XML = 32 * 1024 * 1024  # the XML parts, which are parsed into trees several times their size
MAX_RATIO = 200  # Word's XML compresses about 10x; a part far beyond that is built to explode
MAX_PARTS = 10_000


def _check_archive(data: bytes, where: str) -> None:
    """Refuse a .docx by its zip directory alone, before any part is decompressed. The sizes in the
    directory may lie, but zipfile never inflates a part beyond its declared size (a longer stream
    fails its CRC check), so checking the declared sizes bounds the memory used."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            if len(infos) > MAX_PARTS:
                raise InputError(f"{where}: refused: this .docx has {len(infos):,} parts (limit {MAX_PARTS:,})")
            total = xml = 0
            for info in infos:
                total += info.file_size
                if info.filename.endswith((".xml", ".rels")):
                    xml += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > MAX_RATIO and info.file_size > 10 * 1024 * 1024:
                    raise InputError(f"{where}: refused: a part of this .docx expands {ratio:,.0f}x (possible zip bomb)")
            if total > MAX_UNCOMPRESSED or xml > MAX_XML:
                raise InputError(f"{where}: refused: this .docx expands to {max(total, xml) // (1024 * 1024):,} MB "
                                 f"(limit {MAX_UNCOMPRESSED // (1024 * 1024)} MB, of which XML {MAX_XML // (1024 * 1024)} MB)")
            if "word/document.xml" not in z.namelist():
                raise InputError(f"{where}: not a Word document (no word/document.xml)")
    except zipfile.BadZipFile:
        raise InputError(f"{where}: not a valid .docx file (corrupt or truncated)") from None
    except InputError:
        raise
    except Exception as e:  # zipfile raises other kinds on some damaged directories
        raise InputError(f"{where}: not a valid .docx file ({type(e).__name__})") from None


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
