"""plainspeak: turn medical text into plain language, offline.

    import plainspeak
    a = plainspeak.analyze(text)                    # -> Analysis
    s = plainspeak.simplify(text, target_grade=6)   # -> Simplification
    engine = plainspeak.Simplifier(glossaries=["org_terms.csv"], allow=["biopsy"], mode="explain")

Names are imported lazily, so `import plainspeak` (and `plainspeak --help`) stays fast: spaCy,
textstat and the glossary load on first use.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "analyze", "simplify", "Simplifier", "Glossary", "load_glossary",
    "Analysis", "Simplification", "Finding", "Edit", "Scores", "SentenceReport", "Rejection", "Sense",
    "PlainspeakError", "InputError", "GlossaryError", "ConfigError", "ModelError", "__version__",
]

if TYPE_CHECKING:  # pragma: no cover
    from .engine import Simplifier
    from .errors import ConfigError, GlossaryError, InputError, ModelError, PlainspeakError
    from .glossary import Glossary, load_glossary
    from .model import Analysis, Edit, Finding, Rejection, Scores, SentenceReport, Sense, Simplification

_LAZY = {
    "Simplifier": "engine", "Glossary": "glossary", "load_glossary": "glossary",
    "Analysis": "model", "Simplification": "model", "Finding": "model", "Edit": "model", "Scores": "model",
    "SentenceReport": "model", "Rejection": "model", "Sense": "model",
    "PlainspeakError": "errors", "InputError": "errors", "GlossaryError": "errors", "ConfigError": "errors", "ModelError": "errors",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'plainspeak' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


_default: Any = None
_default_lock = threading.Lock()


def _default_engine() -> "Simplifier":
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                from .engine import Simplifier

                _default = Simplifier()
    return _default


def analyze(text: str) -> "Analysis":
    """Find the jargon in `text` and score its readability, with the built-in glossary."""
    return _default_engine().analyze(text)


def simplify(text: str, target_grade: float | None = None, mode: str = "replace") -> "Simplification":
    """Rewrite `text` in plain language with the built-in glossary; every edit passes the guard."""
    return _default_engine().simplify(text, target_grade=target_grade, mode=mode)
