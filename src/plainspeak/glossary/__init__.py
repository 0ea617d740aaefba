"""The glossary: loading, layering and validating the curated word lists.

Layers, in order: the built-in glossary, then organisation glossaries (CSV or YAML), then allow lists
(words the audience knows). A later layer overrides an earlier one by term.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..errors import GlossaryError
from .loader import Loaded, builtin_dir, builtin_version, load_builtin, read_any
from .schema import AbbreviationEntry, SigEntry, TermEntry, UnsafeEntry, WordPart

__all__ = ["Glossary", "load_glossary", "validate_files", "TermEntry", "AbbreviationEntry", "SigEntry", "UnsafeEntry", "WordPart"]


@dataclass(eq=False)
class Glossary:
    """A compiled, layered glossary. Build it once (it is cached by `load_glossary`) and share it:
    it is never changed after construction, so threads may read it freely."""

    terms: tuple[TermEntry, ...]
    abbreviations: tuple[AbbreviationEntry, ...]
    sig_codes: tuple[SigEntry, ...]
    unsafe: tuple[UnsafeEntry, ...]
    word_parts: tuple[WordPart, ...]
    formal_words: tuple[TermEntry, ...]
    allow: frozenset[str]
    version: str
    files: tuple[str, ...] = ()
    # Compiled matchers built by the jargon layer, cached here so each glossary compiles once.
    _compiled: dict[str, Any] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def compiled(self, key: str, build: Any) -> Any:
        """Return the object cached under `key`, building it once (thread-safe)."""
        value = self._compiled.get(key)
        if value is None:
            with self._lock:
                value = self._compiled.get(key)
                if value is None:
                    value = build(self)
                    self._compiled[key] = value
        return value

    def lookup(self, word: str) -> list[TermEntry | AbbreviationEntry]:
        """Entries whose term, abbreviation or variant is `word` (terms case-insensitively)."""
        low = word.strip().lower()
        found: list[TermEntry | AbbreviationEntry] = []
        for e in (*self.terms, *self.formal_words):
            if low == e.term.lower() or low in (v.lower() for v in e.variants):
                found.append(e)
        for a in self.abbreviations:
            if word.strip() == a.abbr or word.strip() in a.variants or low == a.abbr.lower():
                found.append(a)
        return found

    def stats(self) -> dict[str, int]:
        return {
            "terms": len(self.terms),
            "abbreviations": len({a.abbr for a in self.abbreviations}),
            "abbreviation_senses": len(self.abbreviations),
            "ambiguous_abbreviations": sum(1 for n in _count_by(a.abbr for a in self.abbreviations).values() if n > 1),
            "sig_codes": len(self.sig_codes),
            "unsafe": len(self.unsafe),
            "word_parts": len(self.word_parts),
            "formal_words": len(self.formal_words),
            "allow": len(self.allow),
        }


def _count_by(keys: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    return counts


def _merge(layers: Sequence[Loaded]) -> Loaded:
    """Later layers override earlier ones by term (terms and formal words case-insensitively,
    abbreviations exactly: an organisation's `MS` replaces every built-in sense of `MS`)."""
    merged = Loaded()
    for layer in layers:
        new_terms = {t.term.lower() for t in layer.terms}
        new_formal = {t.term.lower() for t in layer.formal_words}
        new_abbr = {a.abbr for a in layer.abbreviations}
        merged.terms = [t for t in merged.terms if t.term.lower() not in new_terms] + layer.terms
        merged.formal_words = [t for t in merged.formal_words if t.term.lower() not in new_formal] + layer.formal_words
        merged.abbreviations = [a for a in merged.abbreviations if a.abbr not in new_abbr] + layer.abbreviations
        for name in ("sig_codes", "unsafe", "word_parts", "allow", "problems", "files"):
            getattr(merged, name).extend(getattr(layer, name))
    return merged


def _apply_allow(merged: Loaded, allow: frozenset[str]) -> None:
    """Words the audience knows are dropped from every table, so they are never flagged."""
    if not allow:
        return

    def known(*words: str) -> bool:
        return any(w.lower() in allow for w in words if w)

    merged.terms = [t for t in merged.terms if not known(t.term, *t.variants)]
    merged.formal_words = [t for t in merged.formal_words if not known(t.term, *t.variants)]
    merged.abbreviations = [a for a in merged.abbreviations if not known(a.abbr, *a.variants)]


# Compiled glossaries by their inputs, most recently used last. Bounded: each distinct combination of
# files and allow list keeps about 7 MB of compiled matchers (17 MB resident, measured), and a portal
# that builds an engine per organisation or per user allow list would otherwise grow without end. A
# glossary dropped here lives on in every Simplifier still holding it.
_CACHE_MAX = 8
_cache: OrderedDict[tuple, Glossary] = OrderedDict()
_cache_lock = threading.Lock()


def load_glossary(glossaries: Sequence[str | Path] = (), allow: Iterable[str] = (), builtin: bool = True) -> Glossary:
    """Load the built-in glossary, layer organisation glossaries and allow lists on top, and compile.

    Results are cached by their inputs (and the files' modification times), so calling this again
    with the same arguments is free; the last few distinct combinations are kept. Raises
    GlossaryError listing every problem if a file is invalid.
    """
    paths = tuple(Path(p) for p in glossaries)
    stamp = tuple((str(p), p.stat().st_mtime_ns if p.exists() else 0) for p in paths)
    key = (stamp, tuple(sorted({a.strip().lower() for a in allow if a.strip()})), builtin)
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None:
            _cache.move_to_end(key)
            return cached
        cached = _build(paths, key[1], builtin)
        _cache[key] = cached
        while len(_cache) > _CACHE_MAX:
            _cache.popitem(last=False)
    return cached


def _build(paths: tuple[Path, ...], allow: tuple[str, ...], builtin: bool) -> Glossary:
    layers: list[Loaded] = []
    version = "none"
    if builtin:
        folder = builtin_dir()
        layers.append(load_builtin(folder))
        version = builtin_version(folder)
    layers.extend(read_any(p) for p in paths)
    merged = _merge(layers)
    if merged.problems:
        shown = "; ".join(merged.problems[:3]) + (f" (and {len(merged.problems) - 3} more)" if len(merged.problems) > 3 else "")
        raise GlossaryError(f"invalid glossary: {shown}", merged.problems)
    allowed = frozenset({*allow, *(a.strip().lower() for a in merged.allow)})
    _apply_allow(merged, allowed)
    if paths or allowed:
        digest = hashlib.sha256()
        for p in paths:
            digest.update(p.read_bytes())
        digest.update("\n".join(sorted(allowed)).encode())
        version = f"{version}+local.{digest.hexdigest()[:10]}"
    return Glossary(
        terms=tuple(merged.terms), abbreviations=tuple(merged.abbreviations), sig_codes=tuple(merged.sig_codes),
        unsafe=tuple(merged.unsafe), word_parts=tuple(merged.word_parts), formal_words=tuple(merged.formal_words),
        allow=allowed, version=version, files=tuple(merged.files),
    )


def validate_files(paths: Sequence[str | Path] = (), check_builtin: bool = True) -> list[str]:
    """Every problem in the given glossary files (or the built-in glossary) as `file:line: message`."""
    from .validate import validate_loaded

    layers: list[Loaded] = []
    if check_builtin:
        layers.append(load_builtin())
    for p in paths:
        try:
            layers.append(read_any(Path(p)))
        except GlossaryError as e:
            layers.append(Loaded(problems=[str(e)]))
    problems: list[str] = []
    for layer in layers:
        problems.extend(layer.problems)
        problems.extend(validate_loaded(layer))
    return problems
