"""The Simplifier: one glossary, one detector and one rewriter, built once and shared.

Everything it holds is read-only after construction, so a single Simplifier can serve many threads
(a web server builds one at start-up and calls it from every request).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Sequence

from .document import Document
from .errors import ConfigError, InputError
from .glossary import Glossary, load_glossary
from .jargon import Detector, DetectorSettings
from .model import Analysis, Edit, Finding, Rejection, SentenceReport, Simplification
from .readability import ReadabilitySettings, score
from .readability import warm as warm_readability
from .rewrite import MODES, GlossaryRewriter, apply_edits, guard_check

# Bounded time and memory: one call analyses at most 10 million characters (about 1.6 million
# words, a few hundred MB of tokens); a longer text is refused with an InputError, never truncated.
MAX_TEXT_CHARS = 10_000_000
MAX_EXTRA_PASSES = 2
CONTEXT_CHARS = 200  # the guard checks each edit within its line, this far each side at most


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
        self.model = None
        if model is not None and hasattr(model, "improve"):
            self.model = model  # a rewriter object (a ModelRewriter, or any SentenceRewriter)
        elif model is not None:
            from .rewrite.model_rewriter import ModelRewriter

            self.model = ModelRewriter(str(model), allow_download=allow_download)

    # --- analysis -------------------------------------------------------------------------------

    def analyze(self, text: str) -> Analysis:
        doc = _document(text)
        findings = self.detector.detect(doc)
        return self._analysis(doc, findings)

    def _analysis(self, doc: Document, findings: list[Finding]) -> Analysis:
        scores, per_sentence = score(doc, findings, self.readability)
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
        refused = {r.edit for r in rejected}
        memo = {} if memo is None else memo  # facts of each source line, worked out once for all its edits
        for edit in edits:
            if edit in refused:
                continue  # proposed again by a later pass: refused once is enough
            start = max(text.rfind("\n", 0, edit.start) + 1, edit.start - CONTEXT_CHARS)
            end = text.find("\n", edit.end)
            end = min(len(text) if end < 0 else end, edit.end + CONTEXT_CHARS)
            reasons = guard_check(text[start:end], text[start:edit.start] + edit.after + text[edit.end:end], trusted=True,
                                  memo=memo)
            if reasons:
                rejected.append(Rejection(edit, "; ".join(reasons)))
            else:
                accepted.append(edit)

    # --- simplification -------------------------------------------------------------------------

    def simplify(self, text: str, target_grade: float | None = None, mode: str | None = None) -> Simplification:
        mode = mode or self.mode
        if mode not in MODES:
            raise ConfigError(f"unknown mode {mode!r} (expected one of {', '.join(MODES)})")
        target = target_grade if target_grade is not None else self.target_grade
        doc = _document(text)
        findings = self.detector.detect(doc)
        before = self._analysis(doc, findings)
        proposals, warnings = self.rewriter.propose(doc, findings, mode)
        accepted: list[Edit] = []
        rejected: list[Rejection] = []
        memo: dict[str, Any] = {}
        self._guard(text, [p.edit for p in proposals], accepted, rejected, memo)
        new_text = apply_edits(text, accepted)
        # Plain words can settle what was unclear (an abbreviation's sense is clearer once the words
        # around it are plain), so the pass is repeated on its own output until nothing changes,
        # which also makes simplify(simplify(x).text) == simplify(x).
        last: tuple[str, Document, list[Finding]] = (text, doc, findings)  # the newest text, analysed once
        for _ in range(MAX_EXTRA_PASSES):
            if mode == "define" or new_text == last[0]:
                break  # no edit took: another pass would only propose what was refused
            new_doc = Document(new_text)
            new_findings = self.detector.detect(new_doc)
            last = (new_text, new_doc, new_findings)
            again, _w = self.rewriter.propose(new_doc, new_findings, mode)
            mapped = [e for e in (_to_original(p.edit, accepted, text) for p in again) if e is not None]
            if not mapped:
                break
            self._guard(text, mapped, accepted, rejected, memo)
            new_text = apply_edits(text, accepted)
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
        after = self._analysis(last[1], last[2])
        return Simplification(
            original=text, text=new_text, edits=tuple(sorted(accepted, key=lambda e: e.start)), before=before.scores,
            after=after.scores, remaining=after.findings, rejected=tuple(rejected), warnings=tuple(warnings),
            mode=mode, target_grade=target, glossary_version=self.glossary.version, extra=extra,
        )


def _to_original(edit: Edit, applied: list[Edit], original: str) -> Edit | None:
    """An edit of the rewritten text as an edit of the original, when it touches only characters
    that no earlier edit changed (otherwise None)."""
    shift = 0
    for e in sorted(applied, key=lambda e: e.start):
        new_start = e.start + shift
        new_end = new_start + len(e.after)
        if edit.end <= new_start:
            break
        if edit.start < new_end or (edit.start == edit.end == new_end):
            return None
        shift += len(e.after) - (e.end - e.start)
    start, end = edit.start - shift, edit.end - shift
    if original[start:end] != edit.before:
        return None
    return Edit(start, end, edit.before, edit.after, edit.reason, edit.source)


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


def _entry_shapes(glossary: Glossary) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """source id -> (part of speech, plain plural, forms), for the rewriter's grammar repair."""
    shapes: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for t in (*glossary.terms, *glossary.formal_words):
        source = f"{t.origin.rsplit(':', 1)[0].rsplit('/', 1)[-1]}#{t.id}"
        shapes[source] = (t.pos, t.plain_plural, (t.term, *t.variants))
    return shapes
