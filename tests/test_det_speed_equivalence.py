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


# --- the scan for sig codes and unsafe notations -------------------------------------------------

_SIG_PIECES = ["take ", "2", "1", "0", ".5", "10.0", "100000", " ", "  ", "\n", "tabs", "tab", "caps", "cap ", "gtts",
               "tsps", "tbsp", " mg", "mL", "units", "x", "/day", " per day", "q", "Q", ".", "4", "-", "6", "h",
               "hrs", " Monday", "pm", "°", "IV", "I.V.", "a.c.", "AC", "ac", "stage ", "div. ", "BID", "Sig: ",
               "Tegretol", "ſ", "K", "İ", "each", "and ", "in ", "a ", "(", ")", "d", "days", "doses", "weeks"]


def _gates(patterns):
    return [a for a in (patterns.by_first, patterns.with_digits, *patterns.digit_by_char.values(), patterns.digit_unknown)
            if a is not None and a.regex is not None]


def test_merged_gates_match_where_the_alternatives_match():
    """_left_factor: a gate whose alternatives share their first items matches at exactly the
    places where the gate with the alternatives written out matches."""
    from plainspeak.glossary import load_glossary
    from plainspeak.jargon import abbreviations as A

    g = load_glossary()
    patterns = A.PatternSet(g.sig_codes, g.unsafe)
    texts = ["take 2 tabs po bid", "1-2 caps q4-6h", "10.0 mg", ".5 mg", "Tegretol300 mg", "100000 units",
             "q 4 h", "x 7 days", "2x/day", "3 tsps", "1 tbsp", "q Monday", "IV", "a.c.", "div. BID", "5 gtts"]
    texts += _random_texts(_SIG_PIECES, 1500, 5)
    for alt in _gates(patterns):
        merged = A.without_assertions(alt.regex)
        parsed = A._sre_parser.parse(alt.regex.pattern, alt.regex.flags)
        assert A._strip_assertions(parsed)
        written_out = A._sre_compiler.compile(parsed, alt.regex.flags)
        for text in texts:
            for pos in range(len(text) + 1):
                assert (merged.match(text, pos) is None) == (written_out.match(text, pos) is None), (text, pos)


def test_alternatives_with_the_same_start_are_merged():
    """"(\\d+) tabs|(\\d+) caps|7x": the digits are read once, then the rest of each; a group that
    changes the flags keeps them ("(?-i:B)" is not read ignoring case)."""
    from plainspeak.jargon import abbreviations as A

    gate = re.compile(r"(\d+)\s?tabs?|(\d+)\s?caps?|7x", re.I)
    parsed = A._sre_parser.parse(gate.pattern, gate.flags)
    assert A._strip_assertions(parsed)
    A._left_factor(parsed, gate.flags)
    c = A._sre_constants
    assert parsed.data[0][0] is c.BRANCH
    first = [alt.data[0] for alt in parsed.data[0][1][1]]
    assert first[0][0] is c.MAX_REPEAT and len(first) == 2  # the digits, then "7x"
    assert len(parsed.data[0][1][1][0].data) == 3  # digits, the optional space, then tabs|caps
    cased = A.without_assertions(re.compile(r"a(?-i:B)|a(?-i:C)", re.I))
    assert cased.match("AB") and cased.match("ac") is None and cased.match("Ab") is None


def test_the_scan_tries_the_letter_patterns_only_at_their_pairs():
    """A pattern whose first two characters are not simple to tell ("q Monday") no longer turns
    the test of the first two characters off for the others ("IV", "AC"): the built-in patterns
    are found by a literal search per first character, with the same hits as a try at every start."""
    from plainspeak.document import Document
    from plainspeak.glossary import load_glossary
    from plainspeak.jargon import abbreviations as A

    g = load_glossary()
    patterns = A.PatternSet(g.sig_codes, g.unsafe)
    assert patterns.first2_search is not None and "q" in patterns.first_any
    assert all(not s.pattern.startswith("[") for s in patterns.first2_search)  # one first character each
    texts = ["Give 5 mg IV q Monday, a.c. and AC; the ac joint; stage IV; each acute case in IV fluids",
             "q.Mon qMonday Q Tue I.V. i.v. A.C. a.c. aq IIV Iv"]
    texts += _random_texts(_SIG_PIECES, 800, 6)
    for text in texts:
        doc = Document(text)
        fast = patterns.scan(text, doc.starts, doc.tokens)
        saved = patterns.first2, patterns.first2_search, patterns.first_any
        try:
            patterns.first2 = patterns.first2_search = None
            assert patterns.scan(text, doc.starts, doc.tokens) == fast, text
        finally:
            patterns.first2, patterns.first2_search, patterns.first_any = saved


def test_senses_chosen_without_a_cue_search_match_the_cue_counts():
    """SenseChooser.choose skips the cue pattern of a sense when none of its cues is written in the
    lower-cased window: the sense it picks is the one the counts of every pattern pick."""
    from plainspeak.glossary import load_glossary
    from plainspeak.jargon.abbreviations import CUE_WINDOW, SenseChooser

    g = load_glossary()
    chooser = SenseChooser(g.abbreviations)
    groups: dict[str, list] = {}
    for a in g.abbreviations:
        groups.setdefault(a.abbr, []).append(a)
    ambiguous = [tuple(v) for v in groups.values() if len(v) > 1 and any(chooser.ascii_cues_lower.get(s.id) for s in v)]
    assert ambiguous

    def reference(senses, text, start, end):
        window = text[max(0, start - CUE_WINDOW):start] + " " + text[end:end + CUE_WINDOW]
        scored = sorted(((len(chooser.cue_res[s.id].findall(window)) if chooser.cue_res.get(s.id) else 0, s) for s in senses),
                        key=lambda x: -x[0])
        best, runner = scored[0][0], scored[1][0] if len(scored) > 1 else 0
        return scored[0][1] if best >= 1 and best >= 2 * runner and best > runner else None

    rnd = random.Random(7)
    checked = 0
    for senses in ambiguous[:60]:
        words = [c for s in senses for c in chooser.ascii_cues.get(s.id, [])] + ["the", "pain", "and", "Ca", "mg", "-", "("]
        for _ in range(30):
            left = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 8)))
            right = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 8)))
            text = f"{left} {senses[0].abbr} {right}"
            start = len(left) + 1
            assert chooser.choose(senses, text, start, start + len(senses[0].abbr)) == reference(senses, text, start, start + len(senses[0].abbr)), text
            checked += 1
    assert checked > 100
