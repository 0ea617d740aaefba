"""Readers: files and streams -> plain text, with a note of anything odd about the input.

Each format has its own module; this one picks by extension and decodes bytes. The readers know
nothing of the rest of plainspeak: they return text, and the document layer finds its structure.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..errors import InputError

SUPPORTED = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
             ".htm": "html", ".docx": "docx", ".pdf": "pdf"}
MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass
class ReadResult:
    text: str
    kind: str
    path: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, where: str) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM), UTF-16 (by BOM), then a legacy 8-bit fallback with a warning.
    Binary data (NUL bytes outside UTF-16) is refused."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            raise InputError(f"{where}: invalid UTF-16 text") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as e:
        text = data.decode("cp1252", errors="replace")
        return text, [f"{where}: not valid UTF-8 (byte {e.start}); read as Windows-1252"]


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{path}: file too large ({size // (1024 * 1024)} MB; limit {MAX_FILE_BYTES // (1024 * 1024)} MB)")
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None


def read_path(path: str | Path) -> ReadResult:
    """Read one file as text, by its extension (unknown extensions are read as plain text)."""
    p = Path(path)
    kind = SUPPORTED.get(p.suffix.lower(), "text")
    data = read_bytes(p)
    if kind == "docx":
        from .docx import docx_text

        return ReadResult(docx_text(data, str(p)), kind, str(p))
    if kind == "pdf":
        from .pdf import pdf_text

        return ReadResult(pdf_text(data, str(p)), kind, str(p))
    text, warnings = decode(data, str(p))
    if kind == "html":
        from .html import html_text

        text = html_text(text)
    return ReadResult(text, kind, str(p), warnings)


def read_stdin(stream: object) -> ReadResult:
    data = stream.read()  # type: ignore[attr-defined]
    text, warnings = decode(data, "<stdin>") if isinstance(data, bytes) else (data, [])
    return ReadResult(text, "text", "-", warnings)


def walk(paths: list[str]) -> Iterator[Path]:
    """Files to check: each file given, and every supported file under each directory given, in a
    stable order, each directory visited once (symlink loops are not followed twice)."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(p, followlinks=True):
                try:
                    st = os.stat(root)
                except OSError:
                    dirs[:] = []
                    continue
                key = (st.st_dev, st.st_ino)
                if key in seen:
                    dirs[:] = []
                    continue
                seen.add(key)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if Path(name).suffix.lower() in SUPPORTED and not name.startswith("."):
                        yield Path(root) / name
        elif p.exists():
            yield p
        else:
            raise InputError(f"{p}: no such file or directory")
