"""Hostile and broken inputs, through the command line and the API. Each one gives a correct result
or a one-line error with exit code 2: never a traceback, a hang, or memory filled without bound."""

from __future__ import annotations

import io
import os
import struct
import sys
import threading
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

import plainspeak
from plainspeak.cli import main
from plainspeak.errors import InputError
from plainspeak.readers import MAX_BYTES, MAX_TEXT_CHARS, read_path

SIG_LINE = "Take 1 tab PO BID."
SIG_PLAIN = "Take 1 tablet by mouth 2 times a day."


@dataclass
class Run:
    code: int
    out: str
    err: str


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> Run:
    """The real entry point (`plainspeak ...`), in this process, with its exit code and both streams."""
    old = os.getcwd()
    with CliRunner().isolation(input=stdin) as (out, err, _):
        try:
            if cwd is not None:
                os.chdir(cwd)
            main(list(args))
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
        finally:
            os.chdir(old)
        return Run(code, out.getvalue().decode("utf-8", "replace"), err.getvalue().decode("utf-8", "replace"))


def assert_one_line_error(r: Run, *words: str) -> None:
    assert r.code == 2, (r.code, r.err)
    assert "Traceback" not in r.err
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    assert lines[0].startswith("plainspeak: error: ")
    for w in words:
        assert w in lines[0], lines[0]


# --- empty, blank, binary, badly encoded -----------------------------------------------------------

def test_empty_file_gives_empty_output(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    r = run("simplify", str(f))
    assert (r.code, r.out, r.err) == (0, "", "")
    r = run("check", str(f), "--format", "json")
    assert r.code == 0 and '"words": 0' in r.out


def test_whitespace_only_file_is_kept_exactly(tmp_path):
    f = tmp_path / "blank.txt"
    f.write_bytes(b"  \n\t\r\n\n ")
    r = run("simplify", str(f))
    assert (r.code, r.out) == (0, "  \n\t\r\n\n ")


def test_empty_and_blank_texts_through_the_api(engine):
    for text in ("", " ", "\n\n", "\t \r\n"):
        s = engine.simplify(text)
        assert (s.text, s.edits) == (text, ())
        assert engine.analyze(text).findings == ()


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 20,                     # every byte value, NULs included
    b"\x7fELF\x02\x01\x01" + b"\x00" * 100,    # an executable's header
    b"\x89PNG\r\n\x1a\n" + bytes([3, 7, 1, 2]) * 500,  # an image with no NUL in its first bytes
])
def test_binary_file_is_refused(tmp_path, data):
    f = tmp_path / "data.txt"
    f.write_bytes(data)
    assert_one_line_error(run("simplify", str(f)), "data.txt", "binary")


def test_invalid_utf8_is_read_as_windows_1252_with_a_warning(tmp_path):
    f = tmp_path / "legacy.txt"
    f.write_bytes("Caf\u00e9: take 1 tab PO BID.\n".encode("cp1252") + b"\xff\n")
    r = run("simplify", str(f))
    assert r.code == 0
    assert r.out == "Caf\u00e9: take 1 tablet by mouth 2 times a day.\n\u00ff\n"
    assert r.err == "plainspeak: warning: " + str(f) + ": not valid UTF-8 (byte 3); read as Windows-1252\n"


def test_utf16_file_with_bom_is_read(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes(SIG_LINE.encode("utf-16"))
    assert run("simplify", str(f)).out == SIG_PLAIN


def test_invalid_utf8_on_standard_input():
    r = run("simplify", "-", stdin=b"Take 1 tab PO BID \xe9.")
    assert r.code == 0 and r.out == "Take 1 tablet by mouth 2 times a day \u00e9."


# --- size: a 50 MB file, a 2 MB line ---------------------------------------------------------------

def write_big(path: Path, size: int, line: bytes = b"Take 1 tab PO BID for HTN.\n") -> None:
    with open(path, "wb") as f:
        block = line * (1024 * 1024 // len(line))
        while f.tell() < size:
            f.write(block)


def test_50_mb_text_file_is_refused_before_it_is_read(tmp_path):
    f = tmp_path / "big.txt"
    write_big(f, 50 * 1024 * 1024)
    assert_one_line_error(run("simplify", str(f)), "big.txt", "file too large", "4.0 MB")
    r = run("check", str(f))
    assert_one_line_error(r, "big.txt", "file too large")
    with pytest.raises(InputError, match="file too large"):
        read_path(f)


def test_50_mb_on_standard_input_is_refused():
    data = b"Take 1 tab PO BID for HTN.\n" * (50 * 1024 * 1024 // 27)
    assert_one_line_error(run("simplify", "-", stdin=data), "<stdin>", "too large")


def test_text_over_the_character_limit_is_refused(tmp_path):
    # under the byte limit (multi-byte characters) but over the character limit
    f = tmp_path / "long.md"
    f.write_text("é" * (MAX_TEXT_CHARS + 1), encoding="utf-8")
    assert os.path.getsize(f) <= MAX_BYTES["markdown"]
    assert_one_line_error(run("simplify", str(f)), "long.md", "text too long", f"{MAX_TEXT_CHARS:,}")


def test_2_mb_line_without_punctuation_is_refused_with_the_limit(tmp_path):
    f = tmp_path / "line.txt"
    f.write_bytes((b"patient has hypertension and takes 1 tab PO BID with renal edema " * 32_000)[:2 * 1024 * 1024])
    assert_one_line_error(run("simplify", str(f)), "line.txt", "text too long", "split it into parts")


def test_long_line_without_punctuation_under_the_limit_is_simplified(engine):
    n = 500
    text = "patient has hypertension and takes 1 tab PO BID with renal edema " * n  # ~33 KB, one sentence
    s = engine.simplify(text)
    unit = s.text[: len(s.text) // n]
    assert s.text == unit * n  # every repetition rewritten the same way, to the end of the line
    assert "hypertension" not in s.text and "PO BID" not in s.text and "1 tablet by mouth 2 times a day" in unit
    assert len(s.edits) % n == 0


def test_api_refuses_text_over_the_engine_limit():
    from plainspeak.engine import MAX_TEXT_CHARS as ENGINE_LIMIT

    with pytest.raises(InputError, match="too large"):
        plainspeak.analyze("x" * (ENGINE_LIMIT + 1))


def test_api_refuses_what_is_not_text():
    for bad in (b"bytes", None, 42):
        with pytest.raises(InputError, match="expected text"):
            plainspeak.simplify(bad)  # type: ignore[arg-type]


def test_api_refuses_lone_surrogates():
    # no file can hold one (readers decode strictly), but an API caller's string can
    with pytest.raises(InputError, match="surrogate"):
        plainspeak.simplify("\udcff Take 1 tab PO BID.")


# --- markup and documents --------------------------------------------------------------------------

def test_letters_a_case_blind_pattern_takes_for_ascii_never_crash(engine):
    # "ſ" (long s), "ı" (dotless i), "İ" and the kelvin sign match s, i, I and k in a re.IGNORECASE
    # pattern; the ASCII tables behind those patterns raised KeyError/ValueError (a traceback) on them
    from plainspeak.rewrite.guard import facts

    cases = {
        "Hypertension is treated every \u017fix weeks and checked tw\u0131ce da\u0131ly.":
            "High blood pressure is treated every \u017fix weeks and checked tw\u0131ce da\u0131ly.",
        "The doctor should be not\u0131f\u0131ed if the fever returns.": "Tell the doctor if the fever returns.",
        "Because \u0130buprofen can raise your blood pressure, hypertension should be watched closely.":
            "Because \u0130buprofen can raise your blood pressure, high blood pressure should be watched closely.",
        "Your edema improve\u017f slowly.": "Your swelling improve\u017f slowly.",
    }
    for source, expected in cases.items():
        assert engine.simplify(source).text == expected
    assert facts("every \u017fix weeks").frequencies == facts("every six weeks").frequencies == {"every 6 week": 1}


def test_html_nested_100k_levels_deep(tmp_path):
    f = tmp_path / "deep.html"
    f.write_text("<div>" * 100_000 + "<p>" + SIG_LINE + "</p>" + "</div>" * 100_000, encoding="utf-8")
    r = run("simplify", str(f))
    assert (r.code, r.out, r.err) == (0, SIG_PLAIN + "\n", "")


def test_html_never_closed_and_full_of_junk(tmp_path):
    f = tmp_path / "junk.html"
    f.write_text("<b><i><span>" * 30_000 + "<script>alert(1)" + "<" * 1000 + "\x00&#0;&#xD800;&bogus;" + SIG_LINE,
                 encoding="utf-8")
    r = run("simplify", str(f))
    assert r.code == 0 and "Traceback" not in r.err


def test_html_with_brackets_that_open_nothing_is_read_as_text(tmp_path):
    # Python's HTMLParser rescans to the end for each of these: minutes for a few hundred KB
    junk = "<a" * 30_000 + "<![CDATA[>" * 5_000 + "<" * 30_000
    f = tmp_path / "brackets.html"
    f.write_text("<p>" + SIG_LINE + "</p>" + junk, encoding="utf-8")
    assert read_path(f).text == SIG_LINE + "\n" + junk + "\n"
    # through the whole command, without the run of bare "<": spaCy's tokenizer is itself quadratic
    # on long runs of punctuation (reported for document.py)
    f.write_text("<p>" + SIG_LINE + "</p>" + "<a" * 30_000 + "<![CDATA[>" * 5_000, encoding="utf-8")
    r = run("simplify", str(f))
    assert r.code == 0 and r.out.startswith(SIG_PLAIN + "\n<a<a")


def docx_bytes(*paragraphs: str) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_valid_docx_is_simplified(tmp_path):
    f = tmp_path / "note.docx"
    f.write_bytes(docx_bytes(SIG_LINE))
    r = run("simplify", str(f))
    assert (r.code, r.out) == (0, SIG_PLAIN + "\n")


@pytest.mark.parametrize("damage", ["truncated", "tail cut", "middle corrupted", "not a zip", "empty"])
def test_broken_docx_gives_one_line(tmp_path, damage):
    data = docx_bytes(SIG_LINE, "Renal function is stable.")
    if damage == "truncated":
        data = data[: len(data) // 2]
    elif damage == "tail cut":
        data = data[:-10]
    elif damage == "middle corrupted":
        body = data.index(b"word/document.xml") + 40  # inside that part's compressed data
        data = data[:body] + bytes(b ^ 0x5A for b in data[body:body + 200]) + data[body + 200:]
    elif damage == "not a zip":
        data = b"PK\x03\x04 this is not really a zip"
    else:
        data = b""
    f = tmp_path / "broken.docx"
    f.write_bytes(data)
    assert_one_line_error(run("simplify", str(f)), "broken.docx")


def deflate_zeros(total: int, chunk: int = 1024 * 1024) -> tuple[bytes, int]:
    """Raw deflate data that inflates to `total` zero bytes, and its CRC-32, without ever holding
    more than one chunk: after a full flush, each compressed chunk is independent of the last, so
    one compressed chunk repeated is a valid stream."""
    zeros = bytes(chunk)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    tail = c.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(total // chunk):
        crc = zlib.crc32(zeros, crc)
    return piece * (total // chunk) + tail, crc


def zip_with(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip archive written by hand from (name, raw deflate data, declared size, crc)."""
    out, central = bytearray(), bytearray()
    for name, data, size, crc in members:
        n = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(n), 0) + n + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data), size,
                               len(n), 0, 0, 0, 0, 0, offset) + n
    start = len(out)
    out += central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0)
    return bytes(out)


def small_member(name: str, text: bytes) -> tuple[str, bytes, int, int]:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, c.compress(text) + c.flush(), len(text), zlib.crc32(text)


def test_docx_zip_bomb_is_refused_before_decompressing(tmp_path):
    data, crc = deflate_zeros(2 * 1024 ** 3)  # 2 GB of zeros in about 2 MB
    bomb = zip_with([small_member("[Content_Types].xml", b"<Types/>"),
                     ("word/document.xml", data, 2 * 1024 ** 3, crc)])
    assert len(bomb) < 4 * 1024 * 1024
    f = tmp_path / "bomb.docx"
    f.write_bytes(bomb)
    assert_one_line_error(run("simplify", str(f)), "bomb.docx", "refused", "zip bomb")
    assert_one_line_error(run("check", str(f)), "bomb.docx", "refused")


def test_docx_bomb_that_lies_about_its_size_is_refused(tmp_path):
    # the directory claims 100 bytes; the stream would inflate to 1 GB. zipfile stops at the
    # declared size and the CRC check fails, so nothing big is ever held in memory.
    data, _ = deflate_zeros(1024 ** 3)
    liar = zip_with([small_member("[Content_Types].xml", b"<Types/>"), ("word/document.xml", data, 100, 0)])
    f = tmp_path / "liar.docx"
    f.write_bytes(liar)
    assert_one_line_error(run("simplify", str(f)), "liar.docx")


def test_docx_with_too_much_xml_is_refused(tmp_path):
    from plainspeak.readers.docx import MAX_XML

    # parts small enough to pass the bomb-ratio rule one by one, too big together
    part = 8 * 1024 * 1024
    data, crc = deflate_zeros(part)
    members = [small_member("word/document.xml", b"<w:document/>")]
    members += [(f"word/part{i}.xml", data, part, crc) for i in range(MAX_XML // part + 1)]
    f = tmp_path / "fat.docx"
    f.write_bytes(zip_with(members))
    assert_one_line_error(run("simplify", str(f)), "fat.docx", "refused", "of which XML")


def make_pdf(text: str) -> bytes:
    """A one-page PDF with `text` in its text layer, written by hand (pypdf writes no text)."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_valid_pdf_is_simplified(tmp_path):
    f = tmp_path / "note.pdf"
    f.write_bytes(make_pdf(SIG_LINE))
    r = run("simplify", str(f))
    assert (r.code, r.out) == (0, SIG_PLAIN + "\n")


@pytest.mark.parametrize("damage,words", [
    ("half", ("cannot read this PDF",)),
    ("header only", ("cannot read this PDF",)),
    ("missing page contents", ("no text layer",)),
    ("garbage stream", ("cannot read this PDF",)),
])
def test_broken_pdf_gives_one_line(tmp_path, damage, words):
    data = make_pdf(SIG_LINE)
    data = {
        "half": data[: len(data) // 2],
        "header only": data[:10],
        "missing page contents": data.replace(b"/Contents 4 0 R", b"/Contents 9 0 R"),
        "garbage stream": data.replace(b"stream\nBT", b"stream\n\xff\xfeBT"),
    }[damage]
    f = tmp_path / "broken.pdf"
    f.write_bytes(data)
    assert_one_line_error(run("simplify", str(f)), "broken.pdf", *words)


# --- files that cannot be read ---------------------------------------------------------------------

def test_unreadable_file(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text(SIG_LINE)
    f.chmod(0)
    try:
        if os.access(f, os.R_OK):
            pytest.skip("running as root: a mode-000 file is still readable (see the test as another user below)")
        assert_one_line_error(run("simplify", str(f)), "secret.txt", "permission denied")
    finally:
        f.chmod(0o600)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can run a process as another user")
def test_unreadable_file_as_another_user():
    """Tests often run as root, who can read anything: run the real command as `nobody` instead."""
    import shutil
    import subprocess
    import tempfile

    folder = tempfile.mkdtemp(prefix="plainspeak-perm-")  # in /tmp, so `nobody` can reach it
    try:
        os.chmod(folder, 0o755)
        secret = Path(folder) / "secret.txt"
        secret.write_text(SIG_LINE)
        secret.chmod(0)
        setpriv = shutil.which("setpriv")  # util-linux: run a command with another user's ids
        if setpriv is None:
            pytest.skip("needs setpriv to run as another user")
        as_nobody = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
        probe = subprocess.run([*as_nobody, "-c", "import plainspeak.cli"], capture_output=True, cwd=folder, timeout=300)
        if probe.returncode != 0:
            pytest.skip("user nobody cannot import plainspeak from this environment")
        p = subprocess.run([*as_nobody, "-m", "plainspeak", "simplify", "secret.txt"], capture_output=True, text=True,
                           cwd=folder, timeout=300)
        assert (p.returncode, p.stdout, p.stderr) == (2, "", "plainspeak: error: secret.txt: permission denied\n")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_missing_file_and_directory_as_a_file(tmp_path):
    assert_one_line_error(run("simplify", str(tmp_path / "nope.txt")), "nope.txt", "no such file")
    assert_one_line_error(run("simplify", str(tmp_path)), "is a directory")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_and_devices_are_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    # if the reader wrongly opened the pipe it would wait for a writer: give it one, so a bug
    # shows as a failed assertion instead of a hung test run
    writer = threading.Thread(target=lambda: Path(fifo).write_bytes(SIG_LINE.encode()), daemon=True)
    writer.start()
    try:
        assert_one_line_error(run("simplify", str(fifo)), "pipe.txt", "not a regular file")
        if os.path.exists("/dev/zero"):
            assert_one_line_error(run("simplify", "/dev/zero"), "/dev/zero", "not a regular file")
    finally:
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # lets the writer thread finish
        writer.join(5)
        os.close(fd)


def test_directory_with_symlink_loops_is_walked_once(tmp_path):
    root = tmp_path / "notes"
    (root / "ward").mkdir(parents=True)
    (root / "ward" / "a.txt").write_text(SIG_LINE)
    (root / "b.md").write_text("Renal function is stable.\n")
    (root / "ward" / "back").symlink_to(root, target_is_directory=True)   # ward/back -> notes
    (root / "self").symlink_to(root / "self")                              # a link to itself
    r = run("check", str(root), "--format", "json")
    import json

    paths = [Path(x["path"]).relative_to(root).as_posix() for x in json.loads(r.out)]
    assert sorted(paths) == ["b.md", "ward/a.txt"]
    assert r.code in (0, 1)


def test_looping_file_symlinks_in_a_folder(tmp_path):
    root = tmp_path / "notes"
    root.mkdir()
    (root / "good.txt").write_text(SIG_LINE)
    (root / "x.txt").symlink_to(root / "y.txt")
    (root / "y.txt").symlink_to(root / "x.txt")
    r = run("check", str(root))
    assert r.code == 2 and "Traceback" not in r.err
    errors = r.err.strip().splitlines()
    assert len(errors) == 2 and all(e.startswith("plainspeak: error: ") and "symbolic links" in e for e in errors)
    assert "good.txt" in r.out
    assert_one_line_error(run("check", str(root / "x.txt")), "x.txt", "symbolic link")


def test_traceback_never_reaches_the_user_in_a_real_process(tmp_path):
    """One end-to-end run as users start it, for what the in-process runs cannot show."""
    import subprocess

    f = tmp_path / "bad.docx"
    f.write_bytes(b"PK\x03\x04 not a zip")
    p = subprocess.run([sys.executable, "-m", "plainspeak", "simplify", str(f)], capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 2
    assert p.stderr == f"plainspeak: error: {f}: not a valid .docx file (corrupt or truncated)\n"
    assert p.stdout == ""


# --- privacy: no network, ever ---------------------------------------------------------------------

NO_NETWORK = r'''
import os, socket, sys

def audit(event, args):
    # any name lookup, connection or datagram sent ends the process at once with code 97, so no
    # try/except inside plainspeak can hide it. (Creating a socket is not traffic: importing spaCy
    # imports urllib3, which probes for IPv6 by binding a socket to ::1 and closing it.)
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr",
                 "socket.connect", "socket.sendto", "socket.sendmsg"):
        os.write(2, ("NETWORK: " + event + " " + repr(args)[:200] + "\n").encode()); os._exit(97)
    if event == "socket.bind" and args[0].family in (socket.AF_INET, socket.AF_INET6) and args[1][0] not in ("::1", "127.0.0.1"):
        os.write(2, ("NETWORK: bind " + repr(args[1]) + "\n").encode()); os._exit(97)

sys.addaudithook(audit)
import plainspeak
from plainspeak.cli import main

s = plainspeak.simplify("Pt with HTN. Take 1 tab PO BID.")
assert "2 times a day" in s.text, s.text
plainspeak.analyze("Renal function is stable.")
codes = []
for argv in (["simplify", sys.argv[1]], ["simplify", sys.argv[1], "--format", "json"], ["check", sys.argv[2]],
             ["explain", "HTN"], ["glossary", "list", "--stats"]):
    try:
        main(argv)
        codes.append(0)
    except SystemExit as e:
        codes.append(e.code)
print("codes", codes)
'''


def test_library_and_cli_open_no_network_socket(tmp_path):
    import subprocess

    note = tmp_path / "note.txt"
    note.write_text("Pt with HTN and DM2. Take 1 tab PO BID.\n")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.md").write_text("# Plan\n\n- Renal function is stable.\n")
    (folder / "b.html").write_text("<p>No SOB.</p>")
    script = tmp_path / "offline.py"
    script.write_text(NO_NETWORK)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_"))}
    p = subprocess.run([sys.executable, str(script), str(note), str(folder)], capture_output=True, text=True,
                       timeout=600, env=env)
    assert "NETWORK" not in p.stderr
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines()[-1] == "codes [0, 0, 0, 0, 0]"
