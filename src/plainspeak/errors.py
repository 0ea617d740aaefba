"""One family of errors. The CLI turns any PlainspeakError into a one-line message and exit code 2."""

from __future__ import annotations


class PlainspeakError(Exception):
    """Base class of every error plainspeak raises on purpose."""


class InputError(PlainspeakError):
    """A text or file that cannot be read or is not what was expected."""


class GlossaryError(PlainspeakError):
    """A glossary file that cannot be loaded. `problems` holds every `file:line: message`."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or []


class ConfigError(PlainspeakError):
    """A setting, profile or option that makes no sense."""


class ModelError(PlainspeakError):
    """A rewriting model that cannot be loaded or run."""
