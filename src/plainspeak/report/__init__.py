"""Renderers of results for people (terminal text, Markdown, HTML) and machines (JSON).

`CheckResult` wraps one checked file's Analysis with its limit; the JSON of a check is a list of
those, each holding the Analysis's own `to_dict()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from ..config import MEASURES as MEASURE_FIELDS
from ..model import Analysis, Edit, SentenceReport


@dataclass(frozen=True)
class CheckResult:
    path: str
    analysis: Analysis | None
    max_grade: float
    profile: str
    error: str | None = None
    warnings: tuple[str, ...] = field(default=())
    measure: str = "grade"  # which score is held to max_grade (config.MEASURES)

    @property
    def grade(self) -> float:
        """The score compared with the limit, by the chosen measure."""
        if self.analysis is None:
            return 0.0
        s = self.analysis.scores
        if self.measure == "strictest":
            return max(s.grade, s.medical_grade)
        return float(getattr(s, MEASURE_FIELDS.get(self.measure, "grade")))

    @property
    def passed(self) -> bool:
        return self.error is None and self.analysis is not None and self.grade <= self.max_grade

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "profile": self.profile, "measure": self.measure, "max_grade": self.max_grade,
            "grade": self.grade if self.analysis is not None else None,
            "passed": self.passed, "error": self.error, "warnings": list(self.warnings),
            "analysis": self.analysis.to_dict() if self.analysis else None,
        }


# How reports name each measure (config.MEASURES): in a sentence, and in a column five wide at most.
_MEASURE_LABELS = {
    "grade": ("grade", "grade"), "medical": ("medical grade", "med."), "strictest": ("strictest grade", "max"),
    "smog": ("SMOG", "SMOG"), "flesch-kincaid": ("Flesch-Kincaid", "FK"), "gunning-fog": ("Gunning fog", "fog"),
    "coleman-liau": ("Coleman-Liau", "CLI"), "ari": ("ARI", "ARI"),
}


def measure_label(measure: str, short: bool = False) -> str:
    """How a report names the score held to the limit: "grade", "SMOG", "medical grade"..."""
    labels = _MEASURE_LABELS.get(measure)
    return labels[short] if labels else measure


def column_label(results: Sequence[CheckResult], short: bool = False) -> str:
    """The heading of the column of scores held to the limit: the measure's name when every file
    used the same one, else "score"."""
    measures = {r.measure for r in results}
    return measure_label(measures.pop(), short) if len(measures) == 1 else "score"


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


# C0 and C1 control characters (ESC above all) but tab and newline: a file name or a document could
# otherwise move the cursor, retitle the window or hide lines on the reader's terminal.
_CONTROL = {c: "?" for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)] if c not in (0x09, 0x0A)}


def safe(text: str) -> str:
    """Text for a terminal: every control character shown as '?'."""
    return text.translate(_CONTROL)


def one_line(text: str) -> str:
    """A finding's text on one line: a term broken across lines reads as it would on the page."""
    return " ".join(text.split())


def result_spans(original: str, new_text: str, edits: Sequence[Edit]) -> list[tuple[int, int, Edit]]:
    """Where each edit's new words sit in the simplified text. Edits are applied by offset, so each
    one shifts the ones after it by the change in length; an edit whose words are not where that
    arithmetic says (a rewriter that changed more than its edits) is left out rather than misplaced."""
    spans: list[tuple[int, int, Edit]] = []
    shift = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        start = e.start + shift
        end = start + len(e.after)
        if new_text[start:end] == e.after and end > start:
            spans.append((start, end, e))
        shift += len(e.after) - (e.end - e.start)
    return spans


def hardest_sentences(analysis: Analysis, count: int = 3, min_words: int = 8) -> list[SentenceReport]:
    """The sentences most worth rewriting first: the highest grade (classic or jargon-aware) among
    those long enough for a grade to mean something, in reading order."""
    ranked = sorted((s for s in analysis.sentences if s.words >= min_words),
                    key=lambda s: (-max(s.grade, s.medical_grade), s.start))[:count]
    return sorted(ranked, key=lambda s: s.start)
