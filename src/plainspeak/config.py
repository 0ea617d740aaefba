"""Settings, in order of precedence: command-line flags, then a `plainspeak.toml` or the
`[tool.plainspeak]` table of a `pyproject.toml` (the nearest one in the current folder or a parent,
or the file given with `--config`), then the built-in profile.

This module imports nothing heavy: the CLI resolves settings before it loads spaCy, so a bad setting
fails in milliseconds with a one-line message.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class Profile:
    name: str
    max_grade: float
    target_grade: float
    mode: str = "replace"
    long_sentence_words: int = 20
    description: str = ""
    measure: str = "grade"


PROFILES = {
    "portal": Profile("portal", 6.0, 6.0, "replace", 15, "patient portal messages: grade 6, short sentences"),
    "handout": Profile("handout", 8.0, 6.0, "replace", 20, "patient handouts and leaflets: grade 8 at most"),
    "discharge": Profile("discharge", 8.0, 6.0, "replace", 20, "discharge instructions: grade 8 at most"),
}
DEFAULT_PROFILE = "handout"
# What `check` compares with the limit: a name -> the Scores field. "grade" is the consensus of the
# classic formulas; health-literacy guides often ask for SMOG or Flesch-Kincaid by name; "medical" is
# the jargon-aware grade; "strictest" the higher of the consensus and the medical grade.
MEASURES = {
    "grade": "grade", "medical": "medical_grade", "strictest": "", "flesch-kincaid": "flesch_kincaid_grade",
    "smog": "smog_index", "gunning-fog": "gunning_fog", "coleman-liau": "coleman_liau_index",
    "ari": "automated_readability_index",
}
# The rewrite modes, repeated here so that resolving settings needs no spaCy; a test keeps this
# tuple equal to plainspeak.rewrite.MODES.
MODES = ("replace", "explain", "define")
CONFIG_NAMES = ("plainspeak.toml", "pyproject.toml")


@dataclass(frozen=True)
class Settings:
    profile: Profile
    glossaries: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    source: str = "built-in"


# key -> (type the value must have, what to call it in a message)
KNOWN_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "profile": (str, "a profile name"),
    "max_grade": ((int, float), "a number"),
    "target_grade": ((int, float), "a number"),
    "mode": (str, "one of " + ", ".join(MODES)),
    "long_sentence_words": (int, "a whole number"),
    "measure": (str, "one of " + ", ".join(MEASURES)),
    "glossary": ((str, list), "a file name or a list of them"),
    "glossaries": ((str, list), "a file name or a list of them"),
    "allow": (list, "a list of words"),
}


def read_config(path: Path) -> dict[str, Any] | None:
    """The settings table of one file: the whole of a plainspeak.toml (or its `[plainspeak]` table),
    the `[tool.plainspeak]` table of a pyproject.toml; None when the file has none."""
    import tomllib

    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such settings file") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read settings: {e.strerror or e}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("plainspeak")
    else:
        table = data["plainspeak"] if isinstance(data.get("plainspeak"), dict) else data
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.plainspeak] must be a table")
    return table


def find_config(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest settings file in `start` (default: the current folder) or one of its parents.
    A pyproject.toml without a [tool.plainspeak] table does not count, so the search goes on."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            path = folder / name
            if path.is_file():
                table = read_config(path)
                if table is not None:
                    return path, table
    return None


def _check_types(table: dict[str, Any], where: str) -> None:
    unknown = sorted(set(table) - set(KNOWN_KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown setting(s): {', '.join(unknown)} (known: {', '.join(KNOWN_KEYS)})")
    for key, value in table.items():
        kind, what = KNOWN_KEYS[key]
        # bool is an int in Python; `max_grade = true` is a mistake, not the number 1
        if isinstance(value, bool) or not isinstance(value, kind):
            raise ConfigError(f"{where}: {key} must be {what}, not {value!r}")
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: every item of {key} must be a string")


def resolve(profile: str | None = None, max_grade: float | None = None, mode: str | None = None,
            glossaries: tuple[str, ...] = (), allow: tuple[str, ...] = (), start: Path | None = None,
            config: str | Path | None = None, target_grade: float | None = None, measure: str | None = None) -> Settings:
    """Merge flags (the arguments), the settings file and the profile into one Settings.

    Glossary files named in a settings file are relative to that file's folder; glossary files given
    as flags are relative to the current folder. Layers run in order (built-in, settings file,
    flags), and a later layer overrides an earlier one.
    """
    table: dict[str, Any] = {}
    source = "built-in"
    base_dir = Path.cwd()
    found = None
    if config is not None:
        path = Path(config)
        table_or_none = read_config(path)
        if table_or_none is None:
            raise ConfigError(f"{path}: no [tool.plainspeak] table")
        found = (path, table_or_none)
    else:
        found = find_config(start)
    if found:
        path, table = found
        source = str(path)
        base_dir = path.resolve().parent
        _check_types(table, source)
    if "glossary" in table and "glossaries" in table:
        raise ConfigError(f"{source}: give 'glossary' or 'glossaries', not both")

    name = profile or table.get("profile") or DEFAULT_PROFILE
    if name not in PROFILES:
        raise ConfigError(f"unknown profile {name!r} (expected one of {', '.join(PROFILES)})")
    overrides: dict[str, Any] = {k: table[k] for k in ("max_grade", "target_grade", "mode", "long_sentence_words", "measure") if k in table}
    for key, value in (("max_grade", max_grade), ("target_grade", target_grade), ("mode", mode), ("measure", measure)):
        if value is not None:
            overrides[key] = value
    p = replace(PROFILES[name], **overrides)
    p = replace(p, max_grade=float(p.max_grade), target_grade=float(p.target_grade))
    if p.mode not in MODES:
        raise ConfigError(f"{source}: unknown mode {p.mode!r} (expected one of {', '.join(MODES)})")
    if p.measure not in MEASURES:
        raise ConfigError(f"{source}: unknown measure {p.measure!r} (expected one of {', '.join(MEASURES)})")
    if p.long_sentence_words < 1:
        raise ConfigError(f"{source}: long_sentence_words must be 1 or more")

    config_glossaries = table.get("glossaries", table.get("glossary", []))
    if isinstance(config_glossaries, str):
        config_glossaries = [config_glossaries]
    files = tuple(str((base_dir / g).resolve()) for g in config_glossaries) + tuple(glossaries)
    return Settings(profile=p, glossaries=files, allow=tuple(table.get("allow", [])) + tuple(allow), source=source)
