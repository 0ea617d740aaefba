"""Renderers of results for people (terminal text, Markdown, HTML) and machines (JSON).

`CheckResult` wraps one checked file's Analysis with its limit; the JSON of a check is a list of
those, each holding the Analysis's own `to_dict()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Analysis


@dataclass(frozen=True)
class CheckResult:
    path: str
    analysis: Analysis | None
    max_grade: float
    profile: str
    error: str | None = None
    warnings: tuple[str, ...] = field(default=())

    @property
    def grade(self) -> float:
        return self.analysis.scores.grade if self.analysis else 0.0

    @property
    def passed(self) -> bool:
        return self.error is None and self.analysis is not None and self.grade <= self.max_grade

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "profile": self.profile, "max_grade": self.max_grade, "grade": self.grade,
            "passed": self.passed, "error": self.error, "warnings": list(self.warnings),
            "analysis": self.analysis.to_dict() if self.analysis else None,
        }


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col
