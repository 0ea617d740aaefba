"""The shortcuts taken for speed give exactly what the plain code gives."""

from __future__ import annotations

import re

import pytest

from plainspeak.jargon.phrases import new_finding
from plainspeak.model import Finding, Sense
from plainspeak.rewrite import guard


def test_new_finding_is_the_dataclass_built_normally():
    values = dict(start=3, end=9, text="BID x", kind="abbreviation", term="b", plain=None, ambiguous=True,
                  senses=(Sense("a", "b", "c"),), confidence=0.5, render="leave")
    fast, slow = new_finding(**values), Finding(**values)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert list(vars(fast).items()) == list(vars(slow).items())
    assert fast.to_dict() == slow.to_dict()
    with pytest.raises(Exception):
        fast.start = 4  # still frozen
    with pytest.raises(TypeError):
        new_finding(start=1, end=2, text="x", kind="term", confidense=1.0)
    with pytest.raises(KeyError):
        new_finding(start=1, end=2, text="x")


@pytest.mark.parametrize("text", [
    "Take 1 tab PO BID x7d, then q4-6h PRN; twice daily; 2 times a day; every other day",
    "L knee and RLQ pain, both legs, b/l, one-sided; all right, right away. BLE edema",
    "Metformin 1,000 mg and Lasix 0,5 mg at 8 am on May 3; 72 beats per minute; twenty-five",
    # letters run together: "q" into a number word, a unit into "a"/"per", "times" into "a"
    "qsix hours, 3 ga day, 5 mgper day, 2 timesaday, 4 times aday, twicedaily; 10:30am, 8p.m., 12/3/2025",
    "two and a half tablets; a second dose in seconds; nothing, cannot, won't, denies",
    # a "q" inside a word, "h" and "d" as words, and doses per day with and without a space
    "adequate prep, h/o; I'd take 3 g per day, 2 mg/d, 4 mg/ day, 1 tab a\tweek, q 6 hrs, each week, 5 mgeach day",
    "Ms. Delgado has no fever. Take ſix doses nightly (non-ASCII: every pattern is tried) İ K",
    "",
])
def test_facts_skip_only_patterns_that_cannot_match(text, monkeypatch):
    """facts() skips a pattern when a quick test says it cannot match; with every quick test
    answering "may match", the facts are the same."""
    fast = guard.facts(text)
    monkeypatch.setattr(guard, "_may_hold", lambda low, needs: True)
    monkeypatch.setattr(guard, "_ANY_DIGIT", type("Always", (), {"search": staticmethod(lambda s: True)})())
    slow = guard.facts(text)
    assert {k: sorted(v.items()) for k, v in fast.kinds().items()} == {k: sorted(v.items()) for k, v in slow.kinds().items()}


def test_word_frequencies_read_directly_equal_wordfreq():
    import math

    from wordfreq import get_frequency_dict

    from plainspeak import lexicon

    lexicon.zipf("the")
    ours = lexicon._zipf
    theirs = get_frequency_dict("en", wordlist="best")
    assert ours is not None and len(ours) == len(theirs)
    assert all(ours[w] == math.log10(f * 1e9) for w, f in theirs.items())
    assert lexicon.zipf("qwxzvbnm") == 0.0


def test_document_tokens_of_a_note_with_special_cases_and_line_breaks():
    """The chunk cache gives spaCy's tokens, also on a second call and after the cache is emptied."""
    from plainspeak import document
    from plainspeak.document import Document, get_nlp

    text = "Hi Ms. Delgado,\n\nI'd like you to start\tmetformin 500 mg PO BID.  Note: )\n- Dr. Lee (see: 1)"
    ref = [t.text for t in get_nlp().make_doc(text)]
    assert Document(text).tokens == ref
    assert Document(text).tokens == ref
    document._chunk_cache.clear()
    assert Document(text).tokens == ref


# --- detection shortcuts: each equals the plain code it replaced ----------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_BITS = ["٣", "1٣", "x٣d", "q4h", "q 6 h", "x7d", "1.0 mg", ".5", "P=.39", "(x7d", "AC", "a.c.", "IV", "i.v.", "I.V.", "ac", "a", "in",
         "Tegretol300 mg", "2 tabs", "3x/day", "Sig:", "10", "mg/dL.", "mL.", "Limit", "The", "COPD", "HTN", "!", "?",
         ".", ",", "(", ")", "-", "stage IV", "L", "R", "5p.m.", "ſ", "K"]


def _plain_positions(text, token_starts):
    from bisect import bisect_right
    from plainspeak.jargon.abbreviations import _DIGITS, _REACH_BEFORE

    out, last = [], -1
    for m in _DIGITS.finditer(text):
        lo = max(0, bisect_right(token_starts, m.start() - _REACH_BEFORE) - 1)
        hi = bisect_right(token_starts, m.start())
        out.extend(token_starts[max(lo, last + 1):hi])
        last = max(last, hi - 1)
        for pos in (m.start() - 1, m.start()):
            if pos > 0 and (not out or pos > out[-1]) and not text[pos - 1].isalnum():
                out.append(pos)
    return out


def _plain_digit_matches(patterns, text, token_starts):
    """The loop that tried each position near digits in turn (PatternSet._digit_matches tries each
    alternation at all of its positions in one call)."""
    out = []
    for pos in _plain_positions(text, token_starts):
        alt = patterns.digit_by_char.get(text[pos], patterns.digit_unknown)
        if alt is not None and (m := alt.regex.match(text, pos)) is not None:
            out.append((alt, m.span()))
    return out


def _plain_sentence_starts(tokens, is_punct):
    from plainspeak.document import _UNITS, _punct_chars

    out = [False] * len(tokens)
    if tokens:
        out[0] = True
    seen = False
    for i, tok in enumerate(tokens):
        if tok in _punct_chars():
            seen = True
        elif seen and not is_punct[i]:
            out[i], seen = True, False
        elif tok[-1:] == "." and tok[:-1] in _UNITS and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
            seen = True
    return out


def _plain_is_upper(tokens):
    words = [t for t in tokens if t.isalpha() and len(t) >= 2]
    return (len(words) >= 2 and sum(w.isupper() for w in words) > 0.6 * len(words)
            and any(len(w) >= 4 and w.isupper() for w in words))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_BITS) | st.text(max_size=5), st.sampled_from(["", " ", " ", "  ", "\n"])), max_size=16))
def test_detection_shortcuts_equal_the_plain_code(parts):
    from plainspeak.document import Document, _sentence_starts, _tokenize
    from plainspeak.jargon.abbreviations import _DIGITS, _digit_runs, _positions_near_digits
    from plainspeak.jargon.context import DocContext
    from plainspeak.jargon.detector import Detector

    text = "".join(p + g for p, g in parts)
    doc = Document(text)
    assert _positions_near_digits(text, doc.starts) == _plain_positions(text, doc.starts)
    punct = _tokenize(text)[3]
    assert _sentence_starts(doc.tokens, punct) == _plain_sentence_starts(doc.tokens, punct)
    ctx = DocContext(doc)
    for sent in doc.sentences:
        assert ctx._is_upper(sent) == _plain_is_upper(doc.tokens[sent.first_token:sent.end_token])
    patterns = Detector(_glossary()).c.patterns
    runs = _digit_runs(text, doc.starts, doc.tokens)
    assert runs == [m.start() for m in _DIGITS.finditer(text)]
    batched = [(alt, m.span()) for alt, m in patterns._digit_matches(text, doc.starts, runs)]
    assert batched == _plain_digit_matches(patterns, text, doc.starts)
    fast = patterns.scan(text, doc.starts, doc.tokens)
    # without the quick tests of two characters (a literal search, or a test at each start)
    saved = patterns.first2, patterns.first2_search
    alternations = {id(a): a for a in (patterns.by_first, *patterns.digit_by_char.values(), patterns.digit_unknown) if a}
    gates = {k: a.gate for k, a in alternations.items()}
    patterns.first2_search = None
    try:
        assert fast == patterns.scan(text, doc.starts, doc.tokens)
        for a in alternations.values():
            a.gate = None  # without the patterns less their assertions as a first test
        assert fast == patterns.scan(text, doc.starts, doc.tokens)
        patterns.first2 = None
        assert fast == patterns.scan(text, doc.starts)
    finally:
        patterns.first2, patterns.first2_search = saved
        for k, a in alternations.items():
            a.gate = gates[k]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="IVacAC.q Mon-/stage()1xſK\u0130", max_size=14))
def test_patterns_less_their_assertions_match_wherever_they_do(text):
    import re

    from plainspeak.jargon.abbreviations import without_assertions

    patterns = [r"(?<!stage )(?-i:IV|I\.V\.)(?: \(into a vein\))?(?!/)", r"(?<![LR] )(?-i:AC|a\.c\.)(?! ?joint)",
                r"(?i:\bq\.?\s?(Mon|Monday)\b\.?)", r"(?<![A-Za-z0-9])(\d+)\.0(?!\d)(?=\s?(?:mg|mL)\b)"]
    for source in (*patterns, "|".join(patterns)):
        regex = re.compile(source, re.I)
        gate = without_assertions(regex)
        assert gate is not None
        for pos in range(len(text) + 1):
            if regex.match(text, pos):
                assert gate.match(text, pos), (source, text, pos)
    assert without_assertions(re.compile(r"(?>a|ab)c")) is None  # an atomic group commits to its first path
    assert without_assertions(re.compile(r"(a)\1")) is None


def test_pattern_pairs_are_told_only_when_exact():
    import re

    from plainspeak.jargon.abbreviations import first_chars

    assert first_chars(r"(?<!x )(?-i:IV|I\.V\.|i\.v\.)(?: b)?", re.I, 2) == {"IV", "I.", "i."}
    assert first_chars(r"(?-i:AC|ac|a\.c\.)", re.I, 2) == {"AC", "ac", "a."}
    assert first_chars(r"iv", re.I, 2) is None  # case-insensitive letters: Unicode folds more than swapcase
    assert first_chars(r"(?-i:I)", re.I, 2) is None  # a one-character match
    assert first_chars(r"(?-i:I[VX])", re.I, 2) is None  # a class: not told


def _glossary():
    from plainspeak.glossary import load_glossary

    return load_glossary()


def _plain_find_definitions(text):
    from plainspeak.jargon.abbreviations import _ASIDE_AT_END, _PAREN_ABBR, _WORD, InTextDefinition, _spells

    found = []
    for m in _PAREN_ABBR.finditer(text):
        abbr = m.group(1)
        letters = [c.lower() for c in abbr if c.isalnum()]
        if not any(c.isupper() for c in abbr) or len(letters) < 2:
            continue
        start0 = max(0, m.start() - 200)
        before = text[start0:m.start()]
        aside = _ASIDE_AT_END.search(before)
        if aside:
            before = before[:aside.start()]
        words = list(_WORD.finditer(before))
        limit = min(len(words), len(letters) + 5, 2 * len(letters))
        for take in range(1, limit + 1):
            cand = words[-take:]
            if cand[0].group(0)[0].lower() != letters[0]:
                continue
            long_form = before[cand[0].start():cand[-1].end()]
            if any(c in long_form for c in "()[];"):
                break
            if _spells(long_form.lower(), letters) and take >= min(len(letters), 2) - 1:
                found.append(InTextDefinition(abbr, long_form, start0 + cand[0].start(), m.end()))
                break
    return found


_DEF_BITS = ["pulmonary", "embolism", "(PE)", "(pe)", "(H1A)", "(allergy medicines)", "H1-antihistamines", "heart",
             "failure", "(HF)", "chronic", "obstructive", "pulmonary disease", "(COPD)", "(", ")", ";", "[", "PTHS-30),",
             "and", "of", "the", "é", "x" * 30, "(a)", "(Pcr)", "protein", "creatinine", "\n", "\t", ")\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_DEF_BITS) | st.text(max_size=6), st.sampled_from(["", " ", " ", "  ", "\n", " \t"])),
                max_size=40))
def test_in_text_definitions_equal_the_plain_code(parts):
    from plainspeak.jargon.abbreviations import find_definitions

    text = "".join(p + g for p, g in parts)
    assert find_definitions(text) == _plain_find_definitions(text)


def test_sentences_are_the_dataclass_built_normally():
    from plainspeak.document import Document, Sentence

    doc = Document("Hello there. You ok?\n\n- item one\n# Heading")
    assert doc.sentences
    for s in doc.sentences:
        plain = Sentence(s.start, s.end, s.block, s.first_token, s.end_token)
        assert s == plain and hash(s) == hash(plain) and repr(s) == repr(plain)
        assert list(vars(s).items()) == list(vars(plain).items())
        with pytest.raises(Exception):
            s.start = 1  # still frozen


def test_detection_caches_stay_bounded_and_agree_across_threads(monkeypatch):
    """With caches so small they are replaced or emptied all the time, detectors shared by threads
    find exactly what a fresh detector finds, and no cache outgrows its bound by more than one text."""
    import json
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path

    from plainspeak.jargon import detector as det_module
    from plainspeak.jargon.detector import Detector

    lines = (Path(__file__).parent / "data" / "clinical_sentences.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(x)["text"] for x in lines][:80]
    texts = texts + ["\n\n".join(texts[:20]), "The patient (PT) had pulmonary embolism (PE). PT and PE again; PE, q4h."]
    expected = [[vars(f) for f in Detector(_glossary()).detect_text(t)] for t in texts]
    monkeypatch.setattr(det_module, "_PROFILE_CACHE_MAX", 40)
    shared = Detector(_glossary())
    with ThreadPoolExecutor(4) as pool:
        for _ in range(3):
            got = list(pool.map(lambda t: [vars(f) for f in shared.detect_text(t)], texts))
            assert got == expected
    # a full profile cache is replaced; the texts still being read (at most one per thread) finish in the old one
    from plainspeak.document import Document

    most = max(len(set(Document(t).tokens)) for t in texts)
    assert len(shared._sets[0]) <= 40 + 4 * most and len(shared._pairs) <= 41
    assert len(shared._ends) <= 41 and len(shared._listed) <= 41


@pytest.mark.parametrize("text", [
    "Take 2 tablets, twice a day.",  # ASCII and printable: str methods
    "Take 2 tablets,\ttwice a day.\n",  # ASCII with tabs and line breaks
    "Café au lait – a drink\u00a0with 2\u2028words’ worth.",  # not ASCII: the regexes
    "",
])
def test_text_counts_characters_equal_the_regex_counts(text):
    from plainspeak import readability

    counts = readability.text_counts(text)
    assert counts.chars == len(re.sub(r"\s", "", text))
    assert counts.letters == len(re.sub(r"\W", "", text))


# --- guard: the words of a line, and numbers without number words --------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_guard_seen_words_are_the_runs_of_letters(text):
    """_seen reads a line's words with translate and split; they are the maximal runs of letters a
    regex finds (the quick tests' answers rest on it)."""
    seen = guard._seen(text)
    assert seen is not None and seen[0] == text.lower()
    assert seen[1] == frozenset(re.findall(r"[a-z]+", text.lower()))


@pytest.mark.parametrize("text", [
    "7.8%, up from 7.1% in May; 1,000 mg; .5 mL; q6h; 0,5 mg",  # digits only: the early return
    "twenty-five mg, then a second dose; half a tablet twice",   # number words: the full search
    "a 2nd and a third dose, one and a half, two and a half tablets, 3 seconds",
])
def test_guard_numbers_without_number_words_are_the_digits_alone(text):
    """A line with no number word returns the digits it found, in order, as the full search does."""
    seen = guard._seen(text)
    fast = guard._numbers(text, seen)
    assert fast == sorted(fast)
    assert fast == guard._numbers(text, None)  # None: every pattern is tried
    if guard._ANY_NUMBER_WORD.words.isdisjoint(seen[1]):
        assert all(text[a:b][0].isdigit() or text[a] == "." for a, b, _ in fast)


# the guard's patterns as they were written before they were made to start with what they consume
# first; the new forms must find exactly the same matches
_DIGITS_BEFORE = r"(?:(?<![A-Za-z\d.])|(?<=(?<![A-Za-z])[qQxX]))"
_PATTERNS_BEFORE = {
    "number": (lambda: guard._NUMBER, re.compile(
        r"(?=[\d.])(?:" + _DIGITS_BEFORE + r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+,\d{1,2}"
        r"(?=\s?(?:mg|mcg|g|kg|ml|mL|l|L|%|units?)\b)|\d+(?:\.\d+)?)|(?<![\d.])\.\d+)")),
    "date": (lambda: guard._DATE, re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}:\d{2}\b")),
    "left": (lambda: guard._SIDE_PHRASES[5][0],
             re.compile(r"(?=[L])(?:(?<![\w/.\-&])L(?=(?:LE|UE|UQ|LQ|UL|LL)?(?![\w/\-&]|\.\s?[a-z])))")),
    "right": (lambda: guard._SIDE_PHRASES[6][0],
              re.compile(r"(?=[R])(?:(?<![\w/.\-&])R(?=(?:LE|UE|UQ|LQ|UL|ML|LL)?(?![\w/\-&]|\.\s?[a-z])))")),
    "both": (lambda: guard._SIDE_PHRASES[7][0], re.compile(r"(?=[B])(?:(?<![\w/.\-])B(?=(?:LE|LLE|UE)s?(?![\w/\-])))")),
}
_PATTERN_BITS = ["LLE", "RUQ", "BLE", "BLEs", "L.", "L. k", "L.K", "2 L", "x7", "q6", "aq6", "Xq6", "1,000", "1,00",
                 "12,345,678", "0,5 mg", "0,55mL", ".5", "3.", "2.5.1", "10:30", "12/3/2025", "1/2", "123/45", "a1/2",
                 "_L", "&R", "-B", "/L", "٣", "x٣d", "é1", "ß:12"]


def _matches(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_PATTERN_BITS) | st.text(alphabet="LRBEUQMsqQxXx0123456789.,/:-&_ aA\n%gl٣é", max_size=4),
                max_size=10))
def test_guard_patterns_find_what_their_former_forms_found(parts):
    text = "".join(parts)
    for name, (now, before) in _PATTERNS_BEFORE.items():
        assert _matches(now(), text) == _matches(before, text), name


@pytest.mark.parametrize("text", [
    "RLQ pain, L knee, BLE edema, L. knee, R.UE, B/L, 2 L of water; q6h x7d 1,000 mg 0,5 mg .5 mL; on 12/03 at 10:30",
    "L", "R", "B", "1", ".5", "12/3", "9:30", "aL", "x1", "Q12", "q.6", "1.2.3", "1,000,0", "٣/٣",
])
def test_guard_patterns_on_note_shapes(text):
    for name, (now, before) in _PATTERNS_BEFORE.items():
        assert _matches(now(), text) == _matches(before, text), name
