"""Abbreviations: choosing the sense of an ambiguous one from context cues, abbreviations defined in
the text itself ("pulmonary embolism (PE)"), sig-code patterns and unsafe notations."""

from __future__ import annotations

import re
from re import _compiler as _sre_compiler, _constants as _sre_constants, _parser as _sre_parser  # type: ignore[attr-defined]
from bisect import bisect_left, bisect_right
from itertools import compress, count, repeat
from operator import is_, itemgetter, methodcaller
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from ..glossary import AbbreviationEntry, SigEntry, UnsafeEntry
from ..lexicon import ASCII_LOOKALIKES

CUE_WINDOW = 160  # characters each side of an abbreviation searched for its cues
CUE_PATTERN = "re:"  # a cue that starts so is a regular expression, not a word


class SenseChooser:
    """Picks the sense of an ambiguous abbreviation only when the cues near it are clear: the best
    sense has at least one cue and at least twice as many as any other. Otherwise: ambiguous."""

    def __init__(self, senses: Iterable[AbbreviationEntry]):
        self.cue_res: dict[str, re.Pattern[str] | None] = {}
        # the same cues for a lower-cased ASCII window (see _ascii_cues), when every cue is ASCII:
        # the cues (kept to build the pattern on first use: compiling them all up front added a
        # tenth of a second to building a detector), then the pattern
        self.ascii_cues: dict[str, list[str]] = {}
        self.ascii_cue_res: dict[str, re.Pattern[str]] = {}
        # and those cues in lower case: the lower-cased window holds none of them as a substring in
        # most places (a search for each in C), so the pattern, which tests every character against
        # the cues' first characters, is tried only where one is (74 windows of the abstracts: a
        # thirtieth of the instructions of detection, callgrind)
        self.ascii_cues_lower: dict[str, tuple[str, ...]] = {}
        from ..lexicon import zipf

        senses = list(senses)
        # the plain words plainspeak writes for a short form are no cue for it: once one "DC'd" reads
        # "stopped", that "stopped" would pull the next "DC'd" ("Pt DC'd home") to "stopped" too
        written: dict[str, set[str]] = {}
        for s in senses:
            written.setdefault(s.abbr, set()).add(s.plain.lower())
        for s in senses:
            # Everyday words ("for", "over", "past") and single letters appear near every sense,
            # so they are no evidence for any one of them.
            # A longer cue is a stem ("cardi" for "cardiac"); a short one is a whole word, or "PO"
            # would be found in "post-op" and "HI" in "his".
            # A cue written "re:PATTERN" is a regular expression: a shape no word list can give,
            # such as a reading "140/90" beside "BP" (blood pressure, not benzathine penicillin).
            kept = [c for c in s.cues if len(c) >= 2 and zipf(c.lower()) < 5.0 and c.lower() not in written[s.abbr]]
            cues = [c[3:] if c.startswith(CUE_PATTERN) else r"\b" + re.escape(c) + (r"\b" if len(c) <= 3 else "") for c in kept]
            self.cue_res[s.id] = re.compile("|".join(cues), re.I) if cues else None
            # a cue with a letter no ASCII letter matches, even ignoring case ("TGF-β"), is never found in
            # an ASCII window: the others take the fast path there (one such cue had kept "BMP" off it)
            live = [c for c in kept if c.isascii()]
            if live and not any(c.startswith(CUE_PATTERN) for c in kept) \
                    and all(c.isascii() or _never_in_ascii(c) for c in kept):
                self.ascii_cues[s.id] = live
                self.ascii_cues_lower[s.id] = tuple(c.lower() for c in live)
            elif cues:
                # no ASCII fast path for these (a pattern among the cues, "140/90" beside "BP", or a
                # cue not in ASCII): re tried the whole alternation at every character of the
                # window (measured: one window of "BP" took a fiftieth of a portal message's
                # simplify); told which characters a cue can start with, it skips the others in C
                self.cue_res[s.id] = _starting_with_known_chars(self.cue_res[s.id])

    def choose(self, senses: tuple[AbbreviationEntry, ...], text: str, start: int, end: int,
               need_cue: bool = False) -> AbbreviationEntry | None:
        """The sense the cues pick, or None. A lone sense needs no cue, unless `need_cue`."""
        if len(senses) == 1 and not need_cue:
            return senses[0]
        window = text[max(0, start - CUE_WINDOW):start] + " " + text[end:end + CUE_WINDOW]
        low = window.lower() if window.isascii() else None
        scored = []
        for s in senses:
            pattern = self.cue_res.get(s.id)
            if pattern is not None and low is not None:
                fast = self.ascii_cue_res.get(s.id)
                if fast is None and s.id in self.ascii_cues:
                    fast = self.ascii_cue_res[s.id] = _ascii_cues(self.ascii_cues[s.id])
                if fast is not None:
                    if not any(map(low.__contains__, self.ascii_cues_lower[s.id])):
                        scored.append((0, s))  # no cue written anywhere in the window: nothing to find
                        continue
                    pattern, found_in = fast, low
                else:
                    found_in = window
            else:
                found_in = window
            scored.append((len(pattern.findall(found_in)) if pattern else 0, s))
        scored.sort(key=lambda x: -x[0])
        best, runner = scored[0][0], scored[1][0] if len(scored) > 1 else 0
        if best >= 1 and best >= 2 * runner and best > runner:
            return scored[0][1]
        return None


def _never_in_ascii(cue: str) -> bool:
    """Whether `cue` (matched as written, ignoring case) can match no ASCII text: one of its
    characters matches no ASCII character ("β"; but "ſ" matches "s" and the Kelvin sign "k": the
    four such letters are lexicon.ASCII_LOOKALIKES)."""
    return any(not ch.isascii() and ord(ch) not in ASCII_LOOKALIKES for ch in cue)


def _starting_with_known_chars(regex: re.Pattern[str]) -> re.Pattern[str]:
    """`regex` behind a look-ahead for the characters its matches can start with, "(?=[...])(?:...)":
    the same matches from the same places (the look-ahead consumes nothing, and fails only where no
    alternative could start), with the same flags, so the class folds case as the pattern does
    ("ſ" for "s"). `regex` itself when some alternative's first character is not simple to tell."""
    try:
        items = list(_sre_parser.parse(regex.pattern, regex.flags))
        pieces = _first_class(items)
    except (re.error, TypeError, ValueError):
        return regex
    if not pieces:
        return regex
    at_word = _at_word_start(items)
    body = regex.pattern if at_word is None else f"(?:{at_word})(?:{regex.pattern})"
    return re.compile(f"(?=[{''.join(sorted(pieces))}])(?:{body})", regex.flags)


def _at_word_start(items: list) -> str | None:
    r"""For alternatives of which some start with `\b` and some do not ("\bmmhg|...|\d{2,3}/\d{2,3}"):
    "\b(?=[...])|(?=[...])", the first class for those at a word boundary and the second for the
    others. It asks only what each alternative asks of its place first, so the matches stay the same;
    but the places inside a word, most of a window, fail one test instead of every alternative's
    `\b` in turn (when all start with `\b`, re takes it out of the alternatives itself). None when
    the pattern is not such a choice or a first character is not simple to tell."""
    c = _sre_constants
    if len(items) != 1 or items[0][0] is not c.BRANCH:
        return None
    at, other = [], []
    for alt in items[0][1][1]:
        alt = list(alt)
        (at if alt and alt[0] == (c.AT, c.AT_BOUNDARY) else other).append(alt)
    if not at or not other:
        return None
    classes = []
    for group in (at, other):
        union: set[str] = set()
        for alt in group:
            found = _first_class(alt)
            if not found:
                return None
            union |= found
        classes.append("".join(sorted(union)))
    return rf"\b(?=[{classes[0]}])|(?=[{classes[1]}])"


_CATEGORY_CLASS = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_WORD": r"\w",
                   "CATEGORY_NOT_WORD": r"\W", "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S"}


def _first_class(items: list) -> set[str] | None:
    """The pieces of a character class (in the pattern's own syntax: "\\d" stays a Unicode digit)
    holding every first character of a match of the parsed `items`; None when not simple to tell,
    or when a match may be empty (an optional first item, a pattern of assertions only)."""
    c = _sre_constants
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # consumes nothing: the next item reads the first character
        if op is c.LITERAL:
            return {re.escape(chr(av))}
        if op is c.IN:
            out: set[str] = set()
            for o, a in av:
                if o is c.LITERAL:
                    out.add(re.escape(chr(a)))
                elif o is c.RANGE:
                    out.add(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
                elif o is c.CATEGORY and str(a) in _CATEGORY_CLASS:
                    out.add(_CATEGORY_CLASS[str(a)])
                else:
                    return None  # a negated class, a category of another kind
            return out
        if op is c.BRANCH:
            union: set[str] = set()
            for alt in av[1]:
                found = _first_class(list(alt))
                if found is None:
                    return None
                union |= found
            return union
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group that changes no flag
            return _first_class(list(av[3]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            return _first_class(list(av[2]))
        return None
    return None


def _ascii_cues(cues: list[str]) -> re.Pattern[str]:
    """A sense's cue pattern (r"\b(?:cue|...)" matched ignoring case) for a lower-cased ASCII
    window, finding the same matches: with ASCII on both sides, ignoring case is lower-casing both.
    The word boundary before each cue is said after its first character (a lookbehind over the
    character before it and that one), so the pattern starts with a plain character: re then skips
    every place whose character starts no cue in C. Its first character and `\b` at the start ask
    the same (no letter, digit or _ before a cue that starts with one; one before a cue that does
    not), and the cues are tried in the same order at the same places. Cues were scanned for at
    every character (their leading `\b` and ignoring case kept re from skipping any): findall was
    a fifteenth of detection on the abstracts (callgrind)."""
    pieces = []
    for c in cues:
        low = c.lower()
        first = re.escape(low[0])
        before = rf"(?<!\w{first})" if (low[0].isalnum() or low[0] == "_") else rf"(?<=\w{first})"
        pieces.append(first + before + re.escape(low[1:]) + (r"\b" if len(c) <= 3 else ""))
    return re.compile("|".join(pieces))


_PAREN_ABBR = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9/&-]{1,9})\s*\)")
_WORD = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True)
class InTextDefinition:
    abbr: str
    long_form: str
    start: int  # of the long form
    end: int  # of the closing parenthesis


def find_definitions(text: str) -> list[InTextDefinition]:
    """Abbreviations defined in the text, "long form (ABBR)", by a simplified Schwartz-Hearst rule:
    the long form is the shortest run of words before the parenthesis whose word initials (or
    letters, in order) spell the abbreviation, starting with its first letter."""
    found: list[InTextDefinition] = []
    for m in _PAREN_ABBR.finditer(text):
        abbr = m.group(1)
        letters = [c.lower() for c in abbr if c.isalnum()]
        if abbr.islower() or len(letters) < 2:  # no capital letter (it has one letter at least: the first)
            continue
        start0 = max(0, m.start() - 200)
        before = text[start0:m.start()]
        if _may_end_with_aside(before):
            aside = _ASIDE_AT_END.search(before)
            if aside:  # "H1-antihistamines (allergy medicines) (H1A)": the long form is before the aside
                before = before[:aside.start()]
        most = min(len(letters) + 5, 2 * len(letters))  # words a long form may have
        words = _last_words(before, most)
        limit = min(len(words), most)
        for take in range(1, limit + 1):
            first = words[-take]
            if first.group(0)[0].lower() != letters[0]:
                continue
            long_form = before[first.start():words[-1].end()]
            if any(c in long_form for c in "()[];"):
                break  # across another bracket ("PTHS-30), 60-min PTHS"): no long form of this one
            if _spells(long_form.lower(), letters) and take >= min(len(letters), 2) - 1:
                found.append(InTextDefinition(abbr, long_form, start0 + first.start(), m.end()))
                break
    return found


_ASIDE_AT_END = re.compile(r"[ \t]*\([^()\n]{1,80}\)[ \t]*$")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _may_end_with_aside(before: str) -> bool:
    """Whether _ASIDE_AT_END could match: a ")" last but spaces and tabs (and a final line break,
    which "$" allows). Said without trying the pattern at each of 200 characters."""
    return before.rstrip(" \t").endswith(")") or (before.endswith("\n") and before[:-1].rstrip(" \t").endswith(")"))


def _last_words(before: str, count: int) -> list[re.Match[str]]:
    """The words of `before` (at least its last `count` ones): read from a little before them
    (never from inside a word) rather than from the start of the 200 characters."""
    cut = len(before) - 16 * count
    if cut > 0:
        while cut > 0 and before[cut - 1] in _WORD_CHARS:
            cut -= 1
        words = list(_WORD.finditer(before, cut))
        if len(words) >= count:
            return words
    return list(_WORD.finditer(before))


def _spells(long_form: str, letters: list[str]) -> bool:
    """The abbreviation's letters appear in order in the long form, the first at its start. Each
    letter is looked for after the one before (the leftmost place, as a scan would find it) with
    str.find: a Python loop over every character was a third of find_definitions (measured)."""
    if long_form[:1] != letters[0]:
        return False
    at = 0
    for c in letters:
        at = long_form.find(c, at) + 1
        if not at:
            return False
    return True


# --- sig codes and unsafe notations ---------------------------------------------------------------

@dataclass(frozen=True)
class PatternHit:
    start: int
    end: int
    entry: SigEntry | UnsafeEntry
    plain: str


class _Alternation:
    """Several entries' patterns as one regex; which entry matched is read from a named group."""

    def __init__(self, entries: list[SigEntry | UnsafeEntry]):
        self.entries: list[tuple[SigEntry | UnsafeEntry, int]] = []
        pieces = []
        group = 1
        for e in entries:
            compiled = re.compile(e.pattern)
            pieces.append(f"(?P<p{len(self.entries)}>{_boundary(e.pattern)})")
            self.entries.append((e, group + 1))
            group += 1 + compiled.groups
        self.regex = re.compile("|".join(pieces), re.I) if pieces else None
        # a quick first test: the same patterns less their lookarounds and word boundaries (and
        # captures), which match wherever the patterns do. Almost every try fails (330 positions in
        # 9,000 on the abstracts pass the gate), and the assertions are a good part of a failed try:
        # every pattern opens with two or three ("(?<![A-Za-z0-9])(?<!/)\\b2 tabs"), "IV" with nine
        # (callgrind, one pass over the abstracts: near digits 64M -> 46M instructions, at a/i/q
        # starts 25M -> 12M)
        self.gate = without_assertions(self.regex) if self.regex is not None else None

    def matches_at(self, text: str, positions: Iterable[int]) -> Iterator[re.Match[str]]:
        """The match at each position where the patterns match, in order: each position is tried
        in C, first with the gate, then with the patterns where the gate matched."""
        if self.gate is not None:
            positions = list(positions)
            positions = compress(positions, map(self.gate.match, repeat(text), positions))
        return filter(None, map(self.regex.match, repeat(text), positions))  # type: ignore[union-attr]

    def hit(self, m: re.Match[str]) -> PatternHit | None:
        idx = int(m.lastgroup[1:]) if m.lastgroup else -1
        if idx < 0:
            return None
        entry, first_group = self.entries[idx]
        groups = m.groups()[first_group - 1:]
        plain = entry.plain if isinstance(entry, SigEntry) else entry.safe
        for k, g in enumerate(groups[:9], start=1):
            # a number carried into the plain wording loses a do-not-use trailing zero or gains its
            # missing leading zero on the way ("1.0 tab" -> "1 tablet", not "1.0 tablet")
            value = _fix_zero(g) if g and _BARE_DECIMAL.fullmatch(g) else (g or "")
            plain = plain.replace("{" + str(k) + "}", value)
        plain = _ONE_OF_MANY.sub(r"1 \1", plain)  # "1 tablets" -> "1 tablet"
        if isinstance(entry, UnsafeEntry) and "{" not in entry.safe and "zero" in entry.id:
            plain = _fix_zero(m.group(0))
        return PatternHit(m.start(), m.end(), entry, plain)


class PatternSet:
    """All regular-expression entries (sig families like q4h, unsafe notations like trailing zeros).

    Speed: one alternation tried at every character was the slowest part of detection. Patterns
    with a digit in them ("q 4 h", "Tegretol300 mg", ".5") are tried only where a token starts a
    few characters before a digit; the others (few) scan the whole text as one alternation."""

    def __init__(self, sig: Iterable[SigEntry], unsafe: Iterable[UnsafeEntry]):
        entries = [*[s for s in sig if s.pattern], *[u for u in unsafe if u.pattern]]
        digit = [e for e in entries if _needs_digit(e.pattern)]
        rest = [e for e in entries if not _needs_digit(e.pattern)]
        firsts = [first_chars(e.pattern, re.I) for e in rest]
        # patterns whose first character is known are tried only at tokens starting with it
        self.with_digits = _Alternation(digit)
        digit_firsts = [first_chars(e.pattern, re.I) for e in digit]
        unknown = [e for e, f in zip(digit, digit_firsts) if f is None]
        groups: dict[frozenset, list] = {}
        for ch in sorted(set().union(*[f for f in digit_firsts if f is not None])):
            members = [e for e, f in zip(digit, digit_firsts) if f is None or ch in f]
            groups.setdefault(frozenset(id(e) for e in members), members)
        by_key = {k: _Alternation(v) for k, v in groups.items()}
        self.digit_by_char: dict[str, _Alternation] = {}
        for ch in sorted(set().union(*[f for f in digit_firsts if f is not None])):
            key = frozenset(id(e) for e, f in zip(digit, digit_firsts) if f is None or ch in f)
            self.digit_by_char[ch] = by_key[key]
        self.digit_unknown = _Alternation(unknown) if unknown else None
        self.by_first = _Alternation([e for e, f in zip(rest, firsts) if f is not None])
        # a quick first test at each start: the same patterns without their lookbehinds ("stage IV",
        # "L AC joint" are ruled out by eight), which every start they may match at passes
        self.first_gate = without_assertions(self.by_first.regex) if self.by_first.regex is not None else None
        self.first = frozenset().union(*[f for f in firsts if f is not None])
        # the two characters those patterns can start with, where that is simple to tell: a second
        # quick test before a match is tried ("a" and "in" start with a first character of "ac", "IV").
        # A pattern whose two are not simple to tell ("q Monday": any space may follow the q) is
        # tried wherever its first character is (first_any); the others only at their pairs. One
        # such pattern had turned the test off for all: the gate and the patterns were then tried
        # at every "a", "and", "in", "is" (a quarter of the instructions of the scan on the abstracts)
        told = [(f, first_chars(_boundary(e.pattern), re.I, 2)) for e, f in zip(rest, firsts) if f is not None]
        pairs = [p for _, p in told if p is not None]
        self.first_any = frozenset().union(*[f for f, p in told if p is None])
        self.first2 = frozenset().union(*pairs) if pairs else None
        # the pairs (and the first characters of first_any) found in the text by literal searches in
        # C, when no two can overlap (no first character is the second of a pair: every pair in the
        # text is then found). One search per first character ("a[.c]", "q"): re skips to each
        # occurrence of a search's one first character in a tight loop, where a search for any of
        # several tested every character against a set (three times the instructions), and a pass
        # over every token to read its first character cost more still (callgrind, on the abstracts)
        self.first2_search: tuple[re.Pattern[str], ...] | None = None
        if self.first2 and not ({p[0] for p in self.first2} | self.first_any) & {p[1] for p in self.first2}:
            self.first2_search = tuple(
                re.compile(re.escape(c) if c in self.first_any else
                           re.escape(c) + "[" + "".join(sorted(re.escape(p[1]) for p in self.first2 if p[0] == c)) + "]")
                for c in sorted({p[0] for p in self.first2} | self.first_any))
        self.other = _Alternation([e for e, f in zip(rest, firsts) if f is None])

    def scan(self, text: str, token_starts: list[int] | None = None, tokens: list[str] | None = None) -> list[PatternHit]:
        """Every pattern's matches, without overlaps. With the tokens' starts, patterns are tried
        only where a token starts (or near digits, see _positions_near_digits); with the tokens
        themselves too, the starts are picked by the tokens' first characters without reading each
        start, and the digits are found in the tokens that hold any (see _digit_runs)."""
        hits: list[PatternHit] = []
        if self.other.regex is not None:
            hits.extend(h for m in self.other.regex.finditer(text) if (h := self.other.hit(m)) is not None)
        if self.by_first.regex is not None:
            if token_starts is None:
                found: Iterable[re.Match[str]] = self.by_first.regex.finditer(text)
            else:
                first, first2 = self.first, self.first2
                if self.first2_search is not None:
                    starts: Iterable[int] = [
                        pos for pos in sorted(h.start() for search in self.first2_search for h in search.finditer(text))
                        if text[pos] in first and _is_start(token_starts, pos)]
                    first2 = None  # told already
                elif tokens is None:
                    starts = (pos for pos in token_starts if text[pos] in first)
                else:
                    starts = compress(token_starts, map(first.__contains__, map(_FIRST_CHAR, tokens)))
                if first2 is not None:
                    any_second = self.first_any
                    starts = (pos for pos in starts if text[pos:pos + 2] in first2 or text[pos] in any_second)
                found = self.by_first.matches_at(text, starts)
            hits.extend(h for m in found if (h := self.by_first.hit(m)) is not None)
        if self.with_digits.regex is not None:
            if token_starts is not None and tokens is not None:
                positions = _positions_near_digits_in(text, token_starts, tokens)
                digits = bool(positions)  # none without a run of digits, some with one
            else:
                positions = None
                digits = _DIGITS.search(text) is not None
            if digits:
                last_end = -1
                for alt, m in self._digit_matches(text, token_starts, None, positions):
                    if m.start() >= last_end and (h := alt.hit(m)) is not None:
                        hits.append(h)
                        last_end = m.end()
        if len(hits) > 1:
            hits.sort(key=lambda h: (h.start, -h.end))
            kept: list[PatternHit] = []
            for h in hits:
                if not kept or h.start >= kept[-1].end:
                    kept.append(h)
            hits = kept
        return hits

    def _digit_matches(self, text: str, token_starts: list[int] | None, runs: list[int] | None = None,
                       positions: list[int] | None = None) -> list[tuple[_Alternation, re.Match[str]]]:
        """The match at each position near digits (see _positions_near_digits) of the alternation
        of patterns for its first character, in order of position. Each alternation is tried at its
        positions in one call in C (a Python loop over the positions cost as much as the matching,
        and only about 1 position in 100 matches); a match starts where it was tried, so sorting
        by start restores the order of the positions."""
        if token_starts is None:
            alt = self.with_digits
            return [(alt, m) for m in alt.regex.finditer(text)]  # type: ignore[union-attr]
        if positions is None:
            positions = _positions_near_digits(text, token_starts, runs)
        alts = list(map(self.digit_by_char.get, map(text.__getitem__, positions), repeat(self.digit_unknown)))
        found: list[tuple[_Alternation, re.Match[str]]] = []
        for alt in set(alts):
            if alt is not None:
                tried = compress(positions, map(is_, alts, repeat(alt)))
                found.extend(zip(repeat(alt), alt.matches_at(text, tried)))
        if len(found) > 1:
            found.sort(key=_MATCH_START)
        return found


_MATCH_START = lambda found: found[1].start()  # noqa: E731


def without_assertions(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern less its lookarounds, anchors, word boundaries and captures: it matches wherever the
    pattern matches (a match of the pattern is a path through it that the looser pattern also
    allows, and re tries every path), and often costs much less to try. None when that does not
    hold or is not simple to tell (atomic groups and possessive repeats commit to their first
    path; group references)."""
    try:
        parsed = _sre_parser.parse(regex.pattern, regex.flags)
        if not _strip_assertions(parsed):
            return None
        _left_factor(parsed, regex.flags)
        return _sre_compiler.compile(parsed, regex.flags)  # type: ignore[no-any-return]
    except (re.error, TypeError, ValueError, AttributeError):
        return None


def _strip_assertions(sub: _sre_parser.SubPattern) -> bool:
    """Drop the zero-width assertions of a parsed pattern in place; False if the result may not
    match wherever the pattern does (see without_assertions)."""
    c = _sre_constants
    kept = []
    for op, av in sub.data:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue
        if op is c.SUBPATTERN:
            if not _strip_assertions(av[3]):
                return False
            op, av = c.SUBPATTERN, (None, av[1], av[2], av[3])  # nothing captured: no marks kept while trying
        elif op is c.BRANCH:
            if not all(_strip_assertions(alt) for alt in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            if not _strip_assertions(av[2]):
                return False
        elif op not in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY):
            return False  # atomic groups, possessive repeats, group references
        kept.append((op, av))
    sub.data[:] = kept
    sub.width = None  # worked out again when compiled (an assertion has no width: the same)
    return True


def _left_factor(sub: _sre_parser.SubPattern, flags: int) -> None:
    """Merge, in place, the alternatives of each alternation that begin with the same item
    ("2 tabs|2 caps" -> "2 (?:tabs|caps)", over and over): re tries the alternatives one by one,
    each reading the same digits and spaces again, where the merged pattern reads them once. The
    pattern matches the same texts from the same places (the longest match may differ: a gate is
    only asked whether it matches). A group that captures nothing and changes no flag is opened
    first, so the items of the patterns of an alternation line up. `flags`: those in force here.
    On the abstracts, the gates of the patterns near digits (twelve alternatives at each number)
    were a third of the instructions of the scan (callgrind)."""
    c = _sre_constants
    items: list[tuple[Any, Any]] = []
    for op, av in sub.data:
        if op is c.SUBPATTERN:
            group, add, remove, inner = av
            here = (flags | add) & ~remove
            _left_factor(inner, here)
            if group is None and here == flags:
                items.extend(inner.data)  # (?:...) adds nothing here
                continue
        elif op is c.BRANCH:
            alternatives = av[1]
            for alt in alternatives:
                _left_factor(alt, flags)
            merged = _merged(alternatives, sub.state, flags)
            if len(merged) == 1:
                items.extend(merged[0].data)
                continue
            op, av = c.BRANCH, (av[0], merged)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            _left_factor(av[2], flags)
        items.append((op, av))
    sub.data[:] = items
    sub.width = None


def _merged(alternatives: list[Any], state: Any, flags: int) -> list[Any]:
    """The alternatives, those with the same first item as one: that item, then the alternation of
    what follows it in each (merged again), in the order their first items first appear."""
    groups: dict[Any, list[Any]] = {}
    for alt in alternatives:
        key = ("empty", id(alt)) if not alt.data else _item_key(alt.data[0])
        groups.setdefault(key, []).append(alt)
    if len(groups) == len(alternatives):
        return alternatives
    out = []
    for group in groups.values():
        if len(group) == 1:
            out.append(group[0])
            continue
        rest = _sre_parser.SubPattern(state, [(_sre_constants.BRANCH, (None, [_sre_parser.SubPattern(state, a.data[1:]) for a in group]))])
        _left_factor(rest, flags)
        out.append(_sre_parser.SubPattern(state, [group[0].data[0], *rest.data]))
    return out


def _item_key(x: Any) -> Any:
    """A parsed item as nested tuples (a parsed group compares by identity)."""
    if isinstance(x, _sre_parser.SubPattern):
        return ("sub", *map(_item_key, x.data))
    if isinstance(x, (list, tuple)):
        return tuple(map(_item_key, x))
    return x


_LOOKAROUND = re.compile(r"\(\?<?[!=][^()]*\)")
_QUANTIFIER = re.compile(r"\{\d*,?\d*\}")


def _needs_digit(pattern: str) -> bool:
    """The pattern has a digit outside lookarounds and counts (a heuristic on its source)."""
    src = _QUANTIFIER.sub("", _LOOKAROUND.sub("", pattern))
    return "\\d" in src or bool(re.search(r"(?<!\\)[0-9]", src))


def first_chars(pattern: str, flags: int = 0, count: int = 1) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, or None when that is not simple to tell
    (read from the parsed pattern; lookarounds and anchors are skipped as they consume nothing).
    With count=2: the pairs of characters it can start with, or None unless every match is at
    least two characters long and both are told exactly (no case-insensitive letter among them)."""
    try:
        parsed = _sre_parser.parse(pattern, flags)
    except re.error:
        return None
    if count == 2:
        heads = _heads(list(parsed), bool(flags & re.I), {""}, 2)
        return frozenset(heads) if heads and all(len(h) == 2 for h in heads) else None
    found = _first(list(parsed), bool(flags & re.I))
    return frozenset(found) if found else None


def _heads(items: list, ignore_case: bool, heads: set[str], count: int) -> set[str] | None:
    """The strings of up to `count` characters that a match of `items` can begin with, each one
    of `heads` continued; None when that is not simple to tell exactly. A head shorter than `count`
    means the match may end there."""
    c = _sre_constants
    for op, av in items:
        if all(len(h) >= count for h in heads):
            break
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue
        if op is c.SUBPATTERN:
            _group, add, remove, sub = av
            found = _heads(list(sub), (ignore_case or bool(add & re.I)) and not bool(remove & re.I), heads, count)
        elif op is c.BRANCH:
            found = set()
            for alt in av[1]:
                more = _heads(list(alt), ignore_case, heads, count)
                if more is None:
                    return None
                found |= more
        elif op is c.LITERAL and not (ignore_case and chr(av).lower() != chr(av).upper()):
            found = {h if len(h) >= count else h + chr(av) for h in heads}
        else:
            return None  # a class, a repeat, a letter in either case (Unicode folds more than swapcase)
        if found is None:
            return None
        heads = found
    return heads


def _first(items: list, ignore_case: bool) -> set[str] | None:
    c = _sre_constants
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue
        if op is c.LITERAL:
            return _cased({chr(av)}, ignore_case)
        if op is c.IN:
            chars: set[str] = set()
            for o, a in av:
                if o is c.LITERAL:
                    chars.add(chr(a))
                elif o is c.RANGE and a[1] - a[0] < 128:
                    chars.update(chr(x) for x in range(a[0], a[1] + 1))
                elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                    chars.update("0123456789")
                else:
                    return None
            return _cased(chars, ignore_case)
        if op is c.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                f = _first(list(alt), ignore_case)
                if f is None:
                    return None
                out |= f
            return out
        if op is c.SUBPATTERN:
            _group, add, remove, sub = av
            ic = (ignore_case or bool(add & re.I)) and not bool(remove & re.I)
            return _first(list(sub), ic)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            return _first(list(av[2]), ignore_case)
        return None
    return None


def _cased(chars: set[str], ignore_case: bool) -> set[str]:
    return chars | {x.swapcase() for x in chars} if ignore_case else chars


def _is_start(token_starts: list[int], pos: int) -> bool:
    k = bisect_left(token_starts, pos)
    return k < len(token_starts) and token_starts[k] == pos


_DIGITS = re.compile(r"\d+")
_FIRST_CHAR = itemgetter(0)
_REACH_BEFORE = 8  # a match starts at most this many characters before its first digit ("every 4", "q. 4h")


def _positions_near_digits(text: str, token_starts: list[int], runs: Iterable[int] | None = None) -> list[int]:
    """Token starts from _REACH_BEFORE characters before each run of digits up to the run itself,
    and, for a run that starts inside a token ("P=.39", "(x7d"), the run's start and the character
    before it where no letter or digit precedes them. In order, each once. `runs`: where the runs
    of digits start, when known (see _digit_runs)."""
    out: list[int] = []
    done = 0  # token starts before this index are in out already
    for s in runs if runs is not None else map(_START, _DIGITS.finditer(text)):
        hi = bisect_right(token_starts, s)
        if hi > done:
            lo = bisect_right(token_starts, s - _REACH_BEFORE) - 1
            out += token_starts[lo if lo > done else done:hi]
            done = hi
        here = token_starts[hi - 1]  # the start of the token the run is in
        if s > here:  # inside a token
            if s - 1 > here and s > 1 and not text[s - 2].isalnum():
                out.append(s - 1)
            if not text[s - 1].isalnum():
                out.append(s)
    return out


_START = methodcaller("start")
# token -> where its runs of digits start in it (empty for most): what _DIGITS finds in a text is
# found in its tokens, as whitespace holds no digit
_runs_in_token: dict[str, tuple[int, ...]] = {}
_RUNS_CACHE_MAX = 200_000


def _digit_runs(text: str, token_starts: list[int], tokens: list[str]) -> list[int]:
    """Where the runs of digits of the text start (as _DIGITS finds them), read from the tokens
    that hold a digit: a scan of every character by the pattern cost more than the rest of the
    search near digits (measured on the abstracts), a lookup per token in C much less. A run at the
    start of a token goes on from the token before when that ends with a digit right there."""
    offsets = _token_runs(tokens)
    runs: list[int] = []
    for i in compress(count(), offsets):
        base = token_starts[i]
        for r in offsets[i]:  # type: ignore[union-attr]
            if r or not base or not text[base - 1].isdecimal():  # what \d matches, as checked over all of Unicode
                runs.append(base + r)
    return runs


def _token_runs(tokens: list[str]) -> list[tuple[int, ...]]:
    """Where the runs of digits start in each token (cached per token)."""
    try:
        return list(map(_runs_in_token.__getitem__, tokens))
    except KeyError:  # a word not seen before ("None in" a list of tuples cost more than the lookups)
        if len(_runs_in_token) > _RUNS_CACHE_MAX:
            _runs_in_token.clear()  # bounded memory on endless streams of new words
        offsets = [_runs_in_token.get(t) for t in tokens]
        for i in compress(count(), map(is_, offsets, repeat(None))):
            offsets[i] = _runs_in_token[tokens[i]] = tuple(map(_START, _DIGITS.finditer(tokens[i])))
        return offsets  # type: ignore[return-value]


def _positions_near_digits_in(text: str, token_starts: list[int], tokens: list[str]) -> list[int]:
    """_positions_near_digits(text, token_starts, _digit_runs(text, token_starts, tokens)) in one
    pass over the tokens that hold a digit: a run in token i has i + 1 token starts at or before
    it (bisect_right's answer, known without one), and the runs are not listed first."""
    offsets = _token_runs(tokens)
    out: list[int] = []
    done = 0  # token starts before this index are in out already
    for i in compress(count(), offsets):
        here = token_starts[i]  # the start of the token the runs are in
        for r in offsets[i]:  # type: ignore[union-attr]
            if not (r or not here or not text[here - 1].isdecimal()):
                continue  # the run goes on from the token before (see _digit_runs)
            s = here + r
            if i + 1 > done:
                lo = bisect_right(token_starts, s - _REACH_BEFORE) - 1
                out += token_starts[lo if lo > done else done:i + 1]
                done = i + 1
            if r:  # inside a token
                if r > 1 and not text[s - 2].isalnum():  # s > 1 as here >= 0 and r > 1
                    out.append(s - 1)
                if not text[s - 1].isalnum():
                    out.append(s)
    return out


def _boundary(pattern: str) -> str:
    """Patterns match whole words: no letter or digit may touch either end."""
    return rf"(?<![A-Za-z0-9]){pattern}(?![A-Za-z0-9])"


_ONE_OF_MANY = re.compile(r"(?<![\d.])1 (tablet|capsule|drop|puff|dose|unit|patch|spray|suppository)s\b")
_BARE_DECIMAL = re.compile(r"\d+\.0+")  # a trailing zero (a missing leading zero is each pattern's own job)


def _fix_zero(number: str) -> str:
    """Trailing zero: "1.0" -> "1"; missing leading zero: ".5" -> "0.5"."""
    if number.startswith("."):
        return "0" + number
    if re.fullmatch(r"\d+\.0+", number):
        return number.split(".")[0]
    return number
