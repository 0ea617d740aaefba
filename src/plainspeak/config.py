"""Settings: flags first, then `[tool.plainspeak]` in pyproject.toml or a plainspeak.toml (found in
the current folder or the nearest parent), then the built-in profile."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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


PROFILES = {
    "portal": Profile("portal", 6.0, 6.0, "replace", 15, "patient portal messages: grade 6, short sentences"),
    "handout": Profile("handout", 8.0, 6.0, "explain", 20, "patient handouts and leaflets: grade 8 at most"),
    "discharge": Profile("discharge", 8.0, 6.0, "replace", 20, "discharge instructions: grade 8 at most"),
}
DEFAULT_PROFILE = "handout"


@dataclass(frozen=True)
class Settings:
    profile: Profile
    glossaries: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    source: str = "built-in"
    extra: dict[str, Any] = field(default_factory=dict)


KNOWN_KEYS = {"profile", "max_grade", "target_grade", "mode", "long_sentence_words", "glossary", "glossaries", "allow"}


def find_config(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    import tomllib

    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in ("plainspeak.toml", "pyproject.toml"):
            path = folder / name
            if not path.is_file():
                continue
            try:
                with open(path, "rb") as f:
                    data = tomllib.load(f)
            except (OSError, tomllib.TOMLDecodeError) as e:
                raise ConfigError(f"{path}: cannot read settings: {e}") from None
            table = data if name == "plainspeak.toml" else data.get("tool", {}).get("plainspeak")
            if table is not None:
                return path, table
    return None


def resolve(profile: str | None = None, max_grade: float | None = None, mode: str | None = None,
            glossaries: tuple[str, ...] = (), allow: tuple[str, ...] = (), start: Path | None = None) -> Settings:
    found = find_config(start)
    table: dict[str, Any] = {}
    source = "built-in"
    base_dir = Path.cwd()
    if found:
        path, table = found
        source = str(path)
        base_dir = path.parent
        unknown = set(table) - KNOWN_KEYS
        if unknown:
            raise ConfigError(f"{path}: unknown setting(s): {', '.join(sorted(unknown))}")
    name = profile or table.get("profile") or DEFAULT_PROFILE
    if name not in PROFILES:
        raise ConfigError(f"unknown profile {name!r} (expected one of {', '.join(PROFILES)})")
    p = PROFILES[name]
    overrides: dict[str, Any] = {}
    for key in ("max_grade", "target_grade", "mode", "long_sentence_words"):
        if key in table:
            overrides[key] = table[key]
    if max_grade is not None:
        overrides["max_grade"] = max_grade
    if mode is not None:
        overrides["mode"] = mode
    try:
        p = replace(p, **overrides)
        float(p.max_grade), float(p.target_grade), int(p.long_sentence_words)
    except (TypeError, ValueError) as e:
        raise ConfigError(f"{source}: bad setting: {e}") from None
    config_glossaries = table.get("glossaries", table.get("glossary", []))
    if isinstance(config_glossaries, str):
        config_glossaries = [config_glossaries]
    config_allow = table.get("allow", [])
    if not isinstance(config_allow, list) or not isinstance(config_glossaries, list):
        raise ConfigError(f"{source}: 'glossary' and 'allow' must be lists")
    files = tuple(str((base_dir / g).resolve()) for g in config_glossaries) + tuple(glossaries)
    return Settings(profile=p, glossaries=files, allow=tuple(map(str, config_allow)) + tuple(allow), source=source)
