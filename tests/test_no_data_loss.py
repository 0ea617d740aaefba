"""No data lost: output goes to a temporary file that is then renamed over the target, --in-place
keeps a .bak copy, and a run killed at any moment leaves the input either as it was or completely
rewritten, never half-written."""

from __future__ import annotations

import fnmatch
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from plainspeak.cli import write_atomic

NOTE = "Pt with HTN. Take 1 tab PO BID.\n- f/u in 2 wks\n"


def run(*args: str, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "plainspeak", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)


def run_here(*args: str, cwd: Path) -> tuple[int, str, str]:
    """The real entry point in this process (faster than a new one): exit code, stdout, stderr."""
    from click.testing import CliRunner

    from plainspeak.cli import main

    old = os.getcwd()
    with CliRunner().isolation() as (out, err, _):
        try:
            os.chdir(cwd)
            main(list(args))
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else int(e.code is not None)
        finally:
            os.chdir(old)
        return code, out.getvalue().decode(), err.getvalue().decode()


def leftovers(folder: Path, *expected: str) -> list[str]:
    """Files other than the expected ones, which may only be hidden temporary files."""
    return sorted(n for n in os.listdir(folder) if n not in expected)


TMP_NAME = re.compile(r"^\..+\.tmp$")


def test_write_atomic_replaces_whole_and_leaves_nothing_behind(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new text\n")
    assert target.read_text() == "new text\n"
    assert (target.stat().st_mode & 0o777) == 0o640  # the file keeps its permissions
    assert os.listdir(tmp_path) == ["out.txt"]


def test_write_atomic_failure_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")

    with pytest.raises(UnicodeEncodeError):  # fails half-way through writing the temporary file
        write_atomic(target, "new " * 10_000 + "\udcff")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_in_place_keeps_a_backup_and_output_never_overwrites_input(tmp_path):
    note = tmp_path / "note.txt"
    note.write_bytes(NOTE.encode())
    code, _, err = run_here("simplify", "note.txt", "-o", "note.txt", cwd=tmp_path)
    assert code == 2 and "refusing to overwrite the input file" in err
    assert note.read_bytes() == NOTE.encode()

    _, shown, _ = run_here("simplify", "note.txt", cwd=tmp_path)
    code, _, err = run_here("simplify", "note.txt", "--in-place", cwd=tmp_path)
    assert code == 0, err
    assert (tmp_path / "note.txt.bak").read_bytes() == NOTE.encode()
    assert note.read_text() == shown != NOTE  # in place: exactly what standard output shows
    assert leftovers(tmp_path, "note.txt", "note.txt.bak") == []


def test_killed_in_place_run_never_leaves_a_half_written_input(tmp_path):
    sentence = "Pt with HTN and DM2 presents with SOB and bilateral LE edema. Take 1 tab PO BID prn. "
    original = (sentence * 250).encode()  # ~22 KB
    reference = tmp_path / "reference"
    reference.mkdir()
    (reference / "big.txt").write_bytes(original)
    code, _, err = run_here("simplify", "big.txt", "--in-place", cwd=reference)
    assert code == 0, err
    rewritten = (reference / "big.txt").read_bytes()
    assert rewritten != original

    # kill at a fixed delay (while starting up), as soon as the backup is complete (the input's
    # own temporary file is about to be written) and as soon as that temporary file shows up; the
    # three runs go at once, each in its own folder
    moments = [("after", 1.0), ("when", "big.txt.bak"), ("when", ".big.txt.[!b]")]
    runs = []
    for n, moment in enumerate(moments):
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        (folder / "big.txt").write_bytes(original)
        proc = subprocess.Popen([sys.executable, "-m", "plainspeak", "simplify", "big.txt", "--in-place"], cwd=folder,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        runs.append((folder, moment, proc))
    started = time.monotonic()
    try:
        waiting = list(runs)
        while waiting:
            for item in list(waiting):
                folder, (how, when), proc = item
                due = (time.monotonic() - started >= when) if how == "after" else _seen(folder, when)
                if due or proc.poll() is not None:
                    proc.send_signal(signal.SIGKILL)
                    waiting.remove(item)
            time.sleep(0.001)
    finally:
        for _, _, proc in runs:
            proc.kill()
            proc.wait(timeout=600)

    for folder, (how, when), _ in runs:
        now = (folder / "big.txt").read_bytes()
        assert now in (original, rewritten), f"input half-written when killed {how} {when}"
        backup = folder / "big.txt.bak"
        if now == rewritten:
            assert backup.read_bytes() == original  # the backup was complete before the input changed
        elif backup.exists():
            assert backup.read_bytes() == original  # written atomically too: whole or absent
        for name in leftovers(folder, "big.txt", "big.txt.bak"):
            assert TMP_NAME.match(name), f"unexpected file left behind: {name}"


def _seen(folder: Path, pattern: str) -> bool:
    return any(fnmatch.fnmatch(n, pattern + "*") for n in os.listdir(folder))
