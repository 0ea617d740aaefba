"""The faster forms of small document and detection helpers give exactly what the plain forms they
replaced gave (kept here as the reference), on hand-picked and random inputs."""

from __future__ import annotations

import random
import re

from plainspeak.document import _chunks, _is_plain_heading
from plainspeak.jargon.abbreviations import _spells
from plainspeak.jargon.matcher import RunMemo

_WHITESPACE_RUN = re.compile(r"(\s+)")
_SENTENCE_END = re.compile(r"[.!?:;][\"')\]]*[ \t]*$")


def _chunks_reference(text: str) -> tuple[list[str], list[bool]]:
    """The loop over whitespace runs that _chunks replaced."""
    parts = _WHITESPACE_RUN.split(text)
    chunks: list[str] = []
    spaced: list[bool] = []
    if parts[0]:
        chunks.append(parts[0])
        spaced.append(False)
    for k in range(1, len(parts), 2):
        ws = parts[k]
        if ws[0] == " " and (k > 1 or parts[0]):
            spaced[-1] = True
            ws = ws[1:]
        if ws:
            chunks.append(ws)
            spaced.append(False)
        if parts[k + 1]:
            chunks.append(parts[k + 1])
            spaced.append(False)
    return chunks, spaced


def _heading_reference(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped.split(maxsplit=8)) > 8:
        return False
    if stripped.endswith(":"):
        return True
    letters = [c for c in stripped if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and not _SENTENCE_END.search(stripped[:-1] if stripped.endswith(".") else stripped)


def _spells_reference(long_form: str, letters: list[str]) -> bool:
    i = 0
    for c in long_form:
        if i < len(letters) and c == letters[i]:
            i += 1
    return i == len(letters) and long_form[:1] == letters[0]


def _random_texts(pieces: list[str], count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(count)]


def test_chunks_match_the_loop_over_whitespace_runs():
    texts = ["", " ", "a", "a b", "a  b", " a", "a ", "a \n b", "\n\na", "a\u00a0b", "a\tb ", "a\r\n b  \n"]
    texts += _random_texts(["a", "bc", " ", "  ", "\n", "\t", "\u00a0", "\u2009", "\r\n", ".", " \n "], 5000, 1)
    for text in texts:
        assert _chunks(text) == _chunks_reference(text), repr(text)


def test_plain_headings_match_the_letter_list():
    lines = ["RESULTS", "Results", "NEXT STEPS:", "CALL US.", "A B", "ABC DEF.", "ⓐBC", "ǅABC", "ß ABC", "中文 ABC"]
    lines += _random_texts(["A", "b", "É", "ß", "ǅ", "ⓐ", "Ⓐ", "中", " ", ".", ":", "1", "ª", "X Y"], 5000, 2)
    for line in lines:
        assert _is_plain_heading(line) == _heading_reference(line), repr(line)


def test_spelling_an_abbreviation_matches_the_scan():
    rnd = random.Random(3)
    for _ in range(5000):
        long_form = "".join(rnd.choice("abcde -1") for _ in range(rnd.randint(0, 12)))
        letters = [rnd.choice("abcde1") for _ in range(rnd.randint(1, 5))]
        assert _spells(long_form, letters) == _spells_reference(long_form, letters), (long_form, letters)


def test_a_run_memo_finds_what_a_dict_of_tuples_finds():
    """Runs as the detector stores them (none the start of another), looked up as the tuple dict
    was: the shortest run of two or more tokens from i, stopping at a transparent token or `last`."""
    memo, plain = RunMemo(), {}
    runs = [("a", "b"), ("a", "c", "d"), ("a", "c", "e", "f"), ("b", "a")]
    for k, run in enumerate(runs):
        memo.remember(list(run), (k,), 100)
        plain[run] = (k,)
    assert len(memo) == len(runs)
    rnd = random.Random(4)
    for _ in range(3000):
        tokens = [rnd.choice("abcdef-") for _ in range(rnd.randint(1, 6))]
        keys = [None if t == "-" else t for t in tokens]
        i = rnd.randrange(len(tokens))
        last = min(len(tokens), i + rnd.randint(1, 5))
        expected = None
        j = i + 1
        while j < last and keys[j] is not None:
            expected = plain.get(tuple(tokens[i:j + 1]))
            if expected is not None:
                break
            j += 1
        assert memo.find(tokens, keys, i, last) == expected, (tokens, i, last)


def test_a_full_run_memo_is_emptied():
    memo = RunMemo()
    for k in range(5):
        memo.remember(["w", str(k)], (k,), 3)
    assert len(memo) <= 4
    assert memo.find(["w", "4"], ["w", "4"], 0, 2) == (4,)
