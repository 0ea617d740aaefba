"""The Simplifier: one glossary, one detector and one rewriter, built once and shared.

Everything it holds is read-only after construction, so a single Simplifier can serve many threads
(a web server builds one at start-up and calls it from every request).
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from operator import attrgetter
from pathlib import Path
from typing import Any, Iterable, Sequence

from .document import Document
from .errors import ConfigError, InputError
from .glossary import Glossary, load_glossary
from .jargon import Detector, DetectorSettings
from .model import Analysis, Edit, Finding, Rejection, SentenceReport, Simplification
from .readability import ReadabilitySettings, score
from .readability import warm as warm_readability
from .rewrite import MODES, GlossaryRewriter, apply_edits, guard_check, keeps_facts_near, keeps_facts_together
from .rewrite.splitter import SentenceSplitter

# Bounded time and memory: one call analyses at most 10 million characters (about 1.6 million
# words, a few hundred MB of tokens); a longer text is refused with an InputError, never truncated.
MAX_TEXT_CHARS = 10_000_000
MAX_EXTRA_PASSES = 2
MAX_SPLIT_ROUNDS = 2  # cut, read the new sentences with the glossary, and cut what that made long
CONTEXT_CHARS = 200  # the guard checks each edit within its line, this far each side at most
# A warm simplify of a 300-word message allocates enough to start about one generation-0
# collection, which costs 0.2-0.4 ms of CPU in mid-call (measured: a twentieth of the call), and the
# call makes no cyclic garbage of its own. So a short call pauses the collector, but only in a
# process with one thread: with more, calls overlap and the collector could stay off for good.
GC_PAUSE_MAX_CHARS = 20_000


def _short(text: Any) -> bool:
    return isinstance(text, str) and len(text) <= GC_PAUSE_MAX_CHARS


@contextmanager
def _collector_paused(short: bool):
    """The cyclic garbage collector off for the block when `short` (a short text, see _short), the
    process has one thread and the collector is on; as it was afterwards, whatever the block raises."""
    if not short or threading.active_count() != 1 or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Simplifier:
    """Build once, reuse, share between threads.

    >>> engine = Simplifier(mode="explain")            # doctest: +SKIP
    >>> engine.simplify("Your BP is elevated.").text  # doctest: +SKIP
    """

    def __init__(
        self,
        glossaries: Sequence[str | Path] = (),
        allow: Iterable[str] = (),
        mode: str = "replace",
        model: Any = None,
        target_grade: float | None = None,
        long_sentence_words: int = 20,
        allow_download: bool = False,
        glossary: Glossary | None = None,
        split_sentences: bool = True,
    ):
        if mode not in MODES:
            raise ConfigError(f"unknown mode {mode!r} (expected one of {', '.join(MODES)})")
        self.mode = mode
        self.target_grade = target_grade
        self.glossary = glossary or load_glossary(glossaries, allow)
        self.detector = Detector(self.glossary, DetectorSettings())
        self.readability = ReadabilitySettings(long_sentence_words=long_sentence_words)
        warm_readability()  # syllable tables load now, at build time, not in the first request
        self.rewriter = GlossaryRewriter(_entry_shapes(self.glossary))
        self.splitter = SentenceSplitter(long_sentence_words, known_words=_single_word_terms(self.glossary)) if split_sentences else None
        self.model = None
        if model is not None and hasattr(model, "improve"):
            self.model = model  # a rewriter object (a ModelRewriter, or any SentenceRewriter)
        elif model is not None:
            from .rewrite.model_rewriter import ModelRewriter

            self.model = ModelRewriter(str(model), allow_download=allow_download)

    # --- analysis -------------------------------------------------------------------------------

    def analyze(self, text: str) -> Analysis:
        with _collector_paused(_short(text)):
            doc = _document(text)
            findings = self.detector.detect(doc)
            return self._analysis(doc, findings)

    def _analysis(self, doc: Document, findings: list[Finding], memo: dict[str, Any] | None = None) -> Analysis:
        scores, per_sentence = score(doc, findings, self.readability, memo=memo)
        sentences = tuple(
            SentenceReport(
                start=p["sentence"].start, end=p["sentence"].end, text=doc.text[p["sentence"].start:p["sentence"].end],
                block=p["sentence"].block, words=p["words"], grade=p["grade"], medical_grade=p["medical_grade"],
                long=p["long"], passive=p["passive"], jargon=len(p["findings"]), findings=tuple(p["findings"]),
            )
            for p in per_sentence
        )
        warnings = [f"{f.text!r} at {f.start} has more than one meaning here" for f in findings if f.ambiguous]
        return Analysis(text=doc.text, findings=tuple(findings), scores=scores, sentences=sentences,
                        warnings=tuple(warnings), glossary_version=self.glossary.version)

    def _guard(self, text: str, edits: list[Edit], accepted: list[Edit], rejected: list[Rejection],
               memo: dict[str, Any] | None = None) -> None:
        """Every glossary edit must keep the facts of the words around it, not only of the words it
        replaces: "<65" -> "less than65" keeps "<" but loses the number 65 from the line."""
        memo = {} if memo is None else memo  # facts of each source line, worked out once for all its edits
        if rejected:  # (an Edit's hash is a tuple of its six fields: none is worked out when none was refused)
            refused = {r.edit for r in rejected}
            edits = [e for e in edits if e not in refused]  # proposed again by a later pass: refused once is enough
        passed = _lines_that_pass(text, edits, memo)
        for edit in edits:
            if id(edit) in passed:
                accepted.append(edit)
                continue
            start, end = _line_bounds(text, edit.start, edit.end)
            start, end = max(start, edit.start - CONTEXT_CHARS), min(end, edit.end + CONTEXT_CHARS)
            source, proposal = text[start:end], text[start:edit.start] + edit.after + text[edit.end:end]
            # the edit's own sentence shows most edits lose nothing (see keeps_facts_near); the rest,
            # and the reasons of a refusal, come from the whole stretch of line
            at = edit.start - start
            if keeps_facts_near(source, proposal, at, at + edit.end - edit.start, at + len(edit.after), memo):
                accepted.append(edit)
                continue
            reasons = guard_check(source, proposal, trusted=True, memo=memo)
            if reasons:
                rejected.append(Rejection(edit, "; ".join(reasons)))
            else:
                accepted.append(edit)

    def _take(self, text: str, new_text: str, edits: list[Edit], accepted: list[Edit], rejected: list[Rejection],
              memo: dict[str, Any]) -> tuple[list[Edit], str]:
        """Edits of `new_text` (the original with `accepted` made) as guarded edits of the original.
        An edit that touches words an earlier edit wrote is widened over that edit and stands for
        both ("hypertension650 mg" -> "hypertension 650 mg" -> "high blood pressure 650 mg" is one
        edit of the original), so every change is still checked against the source's own facts."""
        taken: set[Edit] = set()
        spans: list[tuple[int, int]] = []
        chosen: list[tuple[Edit, list[Edit]]] = []
        in_order = sorted(accepted, key=_SPAN)  # once for all the edits, not once per edit mapped
        for e in edits:
            mapped = _onto_original(e, in_order, text, new_text)
            if mapped is None:
                continue
            edit, absorbed = mapped
            if taken.intersection(absorbed) or any(edit.start < b and a < edit.end or edit.start == edit.end == a
                                                   for a, b in spans):
                continue  # two edits over the same words: the first one stands
            chosen.append((edit, absorbed))
            spans.append((edit.start, edit.end))
            taken.update(absorbed)
        if not chosen:
            return accepted, new_text
        ok: list[Edit] = []
        self._guard(text, [edit for edit, _ in chosen], ok, rejected, memo)
        if not ok:
            return accepted, new_text
        passed = set(ok)
        dropped = {a for edit, absorbed in chosen if edit in passed for a in absorbed}
        accepted = [e for e in accepted if e not in dropped] + ok
        return accepted, apply_edits(text, accepted)

    def _settle(self, text: str, new_text: str, last: tuple[str, Document, list[Finding]], accepted: list[Edit],
                rejected: list[Rejection], memo: dict[str, Any], mode: str
                ) -> tuple[str, list[Edit], tuple[str, Document, list[Finding]]]:
        """The glossary pass repeated on its own output until nothing changes. Plain words can
        settle what was unclear (an abbreviation's sense is clearer once the words around it are
        plain), and this also makes simplify(simplify(x).text) == simplify(x). `last` is the newest
        text analysed, with its document and findings, so that no text is analysed twice."""
        for _ in range(MAX_EXTRA_PASSES):
            if mode == "define" or new_text == last[0]:
                break  # no edit took: another pass would only propose what was refused
            new_doc = Document(new_text)
            new_findings = self.detector.detect(new_doc)
            last = (new_text, new_doc, new_findings)
            again, _w = self.rewriter.propose(new_doc, new_findings, mode)
            if not again:
                break
            accepted, new_text = self._take(text, new_text, [p.edit for p in again], accepted, rejected, memo)
        return new_text, accepted, last

    # --- simplification -------------------------------------------------------------------------

    def simplify(self, text: str, target_grade: float | None = None, mode: str | None = None) -> Simplification:
        with _collector_paused(_short(text) and self.model is None):  # a model's call allocates freely
            return self._simplify(text, target_grade, mode)

    def _simplify(self, text: str, target_grade: float | None, mode: str | None) -> Simplification:
        mode = mode or self.mode
        if mode not in MODES:
            raise ConfigError(f"unknown mode {mode!r} (expected one of {', '.join(MODES)})")
        target = target_grade if target_grade is not None else self.target_grade
        doc = _document(text)
        findings = self.detector.detect(doc)
        # only a model picks sentences by their grade: without one the totals are all that is needed
        counted: dict[str, Any] = {}  # sentence -> its counts: the output's unchanged sentences are not recounted
        before = self._analysis(doc, findings, counted) if self.model is not None else None
        before_scores = before.scores if before is not None else score(doc, findings, self.readability, False, counted)[0]
        proposals, warnings = self.rewriter.propose(doc, findings, mode)
        accepted: list[Edit] = []
        rejected: list[Rejection] = []
        memo: dict[str, Any] = {}
        self._guard(text, [p.edit for p in proposals], accepted, rejected, memo)
        new_text = apply_edits(text, accepted)
        last: tuple[str, Document, list[Finding]] = (text, doc, findings)  # the newest text, analysed once
        new_text, accepted, last = self._settle(text, new_text, last, accepted, rejected, memo, mode)
        if self.splitter is not None and mode != "define":
            # long sentences are cut on the glossary's output: the words the reader will see decide
            # what is long, and some openers only appear once formal words are plain
            for _ in range(MAX_SPLIT_ROUNDS):
                doc_now = last[1] if last[0] == new_text else Document(new_text)
                cuts = self.splitter.propose(doc_now)
                if not cuts:
                    break
                accepted, cut_text = self._take(text, new_text, cuts, accepted, rejected, memo)
                if cut_text == new_text:
                    break
                # a cut makes a later mention the first of its sentence ("pneumothorax (collapsed
                # lung). In cases of ... pneumothorax"), which the glossary reads anew; without this
                # pass, simplifying the output would change it again
                new_text, accepted, last = self._settle(text, cut_text, last, accepted, rejected, memo, mode)
                if new_text == cut_text:
                    break  # the splitter cuts until no piece takes another: only new words could make more
        extra: dict[str, Any] = {}
        if self.model is not None and mode != "define":
            new_text, accepted, model_rejected, extra = self.model.improve(
                text, new_text, accepted, before, target if target is not None else 8.0, self
            )
            rejected.extend(model_rejected)
        if last[0] != new_text:
            # the output may be longer than the input limit allows; it is analysed all the same
            doc_after = Document(new_text)
            last = (new_text, doc_after, self.detector.detect(doc_after))
        # a text nothing changed (no jargon, every edit refused) is the source, already scored
        after = before_scores if last[1] is doc else score(last[1], last[2], self.readability, False, counted)[0]
        return Simplification(
            original=text, text=new_text, edits=tuple(sorted(accepted, key=lambda e: e.start)), before=before_scores,
            after=after, remaining=tuple(last[2]), rejected=tuple(rejected), warnings=tuple(warnings),
            mode=mode, target_grade=target, glossary_version=self.glossary.version, extra=extra,
        )


def _lines_that_pass(text: str, edits: list[Edit], memo: dict[str, Any]) -> set[int]:
    """The ids of the edits (objects of `edits`, alive while the caller holds it) of every line that
    keeps all its facts with all its edits made at once. A fact lost at an edit's edge ("less than65" loses 65) is lost from its whole line too, and a fact an edit's
    own words add is not counted, so it cannot hide that loss; one check per line then stands for
    one per edit, which is the guard's cost on a note with dozens of edits. Lines that fail are
    checked edit by edit, which names the edit to refuse. An edit across a line break joins the
    lines it spans into one."""
    groups: list[list[Any]] = []  # [start, end, edits] of each group of lines (lists: grown in place)
    for e in sorted(edits, key=_START):
        if "\n" in e.after:
            continue  # an edit that adds lines ("Words to know" at the end) is checked on its own
        start, end = _line_bounds(text, e.start, e.end)
        if groups and start <= groups[-1][1]:
            last = groups[-1]
            if end > last[1]:
                last[1] = end
            last[2].append(e)
        else:
            groups.append([start, end, [e]])
    passed: set[int] = set()  # ids, not edits: an Edit hashes all six of its fields each time
    for start, end, group in groups:
        if any(a.end > b.start for a, b in zip(group, group[1:])):
            continue  # overlapping proposals: each is judged alone
        pieces, at = [], start
        for e in group:
            pieces += [text[at:e.start], e.after]
            at = e.end
        pieces.append(text[at:end])
        if keeps_facts_together(text[start:end], "".join(pieces), [(e.before, e.after) for e in group], memo):
            passed.update(map(id, group))
    return passed


_START = attrgetter("start")
_SPAN = attrgetter("start", "end")


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line (or lines) holding text[start:end] begin and end."""
    last = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if last < 0 else last


def _onto_original(edit: Edit, applied: list[Edit], original: str, rewritten: str) -> tuple[Edit, list[Edit]] | None:
    """An edit of `rewritten` (the original with `applied` made) as an edit of the original, and the
    applied edits it takes over. An edit that touches words an applied edit wrote is widened over
    that edit: one edit of the original that makes both changes. `applied` is in order of
    (start, end) (_SPAN): the caller sorts it once for all the edits it maps."""
    absorbed: list[tuple[Edit, int, int]] = []
    shift = shift_before = 0
    for e in applied:
        new_start = e.start + shift
        new_end = new_start + len(e.after)
        delta = len(e.after) - (e.end - e.start)
        if new_end < edit.start or (new_end == edit.start and not (edit.start == edit.end == new_end)):
            shift = shift_before = shift + delta
            continue
        if new_start > edit.end or (new_start == edit.end and edit.start < edit.end):
            break
        absorbed.append((e, new_start, new_end))
        shift += delta
    if not absorbed:
        start = edit.start - shift_before
        if original[start:start + len(edit.before)] != edit.before:
            return None
        return Edit(start, start + len(edit.before), edit.before, edit.after, edit.reason, edit.source), []
    (first, first_start, _), (last, _, last_end) = absorbed[0], absorbed[-1]
    new_start, new_end = min(edit.start, first_start), max(edit.end, last_end)
    start = first.start if new_start == first_start else edit.start - shift_before
    end = last.end if new_end == last_end else edit.end - shift
    after = rewritten[new_start:edit.start] + edit.after + rewritten[edit.end:new_end]
    return Edit(start, end, original[start:end], after, edit.reason, edit.source), [a[0] for a in absorbed]


def _document(text: str) -> Document:
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"text too large: {len(text):,} characters (limit {MAX_TEXT_CHARS:,}); split it into smaller documents")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:  # a lone surrogate: not text any reader could produce
        raise InputError(f"text has an invalid character at {e.start} (a lone surrogate)") from None
    return Document(text)


def _single_word_terms(glossary: Glossary) -> frozenset[str]:
    """The glossary's one-word terms in lower case ("jaundice", "warfarin"): things, not people."""
    return frozenset(f.lower() for t in glossary.terms for f in (t.term, *t.variants) if f.isalpha())


def _entry_shapes(glossary: Glossary) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """source id -> (part of speech, plain plural, forms), for the rewriter's grammar repair."""
    shapes: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for t in (*glossary.terms, *glossary.formal_words):
        source = f"{t.origin.rsplit(':', 1)[0].rsplit('/', 1)[-1]}#{t.id}"
        shapes[source] = (t.pos, t.plain_plural, (t.term, *t.variants))
    return shapes
