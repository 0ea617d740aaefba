"""Readers: files and streams -> plain text, with a note of anything odd about the input.

Each format has its own module; this one picks by extension and decodes bytes. The readers know
nothing of the rest of plainspeak: they return text, and the document layer finds its structure.
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..errors import InputError

SUPPORTED = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
             ".htm": "html", ".docx": "docx", ".pdf": "pdf"}

# Limits, so a huge or hostile file gives a one-line refusal instead of filling memory or running
# for hours. One million characters is about 150,000 words (a 400-page book, a thousand discharge
# notes) and takes tens of seconds to analyse; larger texts should be split into parts.
MAX_TEXT_CHARS = 1_000_000
# bytes read from a file before it is decoded: text files (at most 4 bytes a character in UTF-8),
# web pages (markup around the text), Word and PDF files (images and fonts around the text)
MAX_BYTES = {"text": 4 * MAX_TEXT_CHARS, "markdown": 4 * MAX_TEXT_CHARS, "html": 32_000_000,
             "docx": 64_000_000, "pdf": 64_000_000}
MAX_FILE_BYTES = max(MAX_BYTES.values())
# more control characters than this share of a file's first 8 KB means it is not text
_BINARY_SHARE = 0.10
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


@dataclass
class ReadResult:
    text: str
    kind: str
    path: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, where: str) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM), UTF-32 and UTF-16 (by BOM), then a legacy 8-bit fallback with a
    warning. Binary data (NUL bytes outside UTF-16/32, or mostly control characters) is refused."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec), []
            except UnicodeDecodeError:
                raise InputError(f"{where}: invalid {codec.upper()} text") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    head = data[:8192]
    if b"\x00" in head or sum(b < 32 and b not in _TEXT_CONTROLS for b in head) > _BINARY_SHARE * len(head):
        raise InputError(f"{where}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as e:
        text = data.decode("cp1252", errors="replace")
        return text, [f"{where}: not valid UTF-8 (byte {e.start}); read as Windows-1252"]


def check_length(text: str, where: str) -> str:
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"{where}: text too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}): "
                         "split it into parts")
    return text


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refused when there are more than `limit`. Only regular files are read: a
    FIFO or a device (/dev/zero) would block or never end."""
    path = Path(path)
    try:
        st = os.stat(path)  # before opening: opening a FIFO would wait for a writer
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{path}: is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: not a regular file")
        if st.st_size > limit:
            raise InputError(f"{path}: file too large ({_mb(st.st_size)}; the limit for this kind of file is {_mb(limit)})")
        with open(path, "rb") as f:
            data = f.read(limit + 1)  # the file may have grown since it was measured
        if len(data) > limit:
            raise InputError(f"{path}: file too large (over {_mb(limit)})")
        return data
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None


def _mb(n: int) -> str:
    return f"{n / 1e6:,.1f} MB"


def read_path(path: str | Path) -> ReadResult:
    """Read one file as text, by its extension (unknown extensions are read as plain text)."""
    p = Path(path)
    where = str(p)
    kind = SUPPORTED.get(p.suffix.lower(), "text")
    data = read_bytes(p, MAX_BYTES[kind])
    warnings: list[str] = []
    if kind == "docx":
        from .docx import docx_text

        text = docx_text(data, where)
    elif kind == "pdf":
        from .pdf import pdf_text

        text = pdf_text(data, where)
    else:
        text, warnings = decode(data, where)
        if kind == "html":
            from .html import html_text

            text = html_text(text)
    return ReadResult(check_length(text, where), kind, where, warnings)


def read_stdin(stream: object) -> ReadResult:
    """Standard input, read up to the text limit (never without bound: `cat /dev/zero | ...`)."""
    limit = MAX_BYTES["text"]
    data = stream.read(limit + 1)  # type: ignore[attr-defined]
    if len(data) > limit:
        raise InputError(f"<stdin>: input too large (over {_mb(limit)}; the limit is {MAX_TEXT_CHARS:,} characters)")
    if isinstance(data, str):  # a text stream; in the C locale it smuggles bad bytes in as surrogates
        data = data.encode("utf-8", "surrogateescape")
    text, warnings = decode(data, "<stdin>")
    return ReadResult(check_length(text, "<stdin>"), "text", "-", warnings)


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
        elif os.path.lexists(p):
            raise InputError(f"{p}: broken or looping symbolic link")
        else:
            raise InputError(f"{p}: no such file or directory")
