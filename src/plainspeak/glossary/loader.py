"""Reading glossary files (the built-in CSV tables, organisation CSV and YAML files) into entries.

Loading never stops at the first problem: every row is checked and every problem is collected as
`file:line: message`, so `plainspeak glossary check` can list them all at once.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..errors import GlossaryError
from .schema import (
    CATEGORIES,
    FORMAL_POS,
    ID_RE,
    PART_KINDS,
    RENDERS,
    SIG_KINDS,
    TABLES,
    TERM_POS,
    AbbreviationEntry,
    SigEntry,
    TermEntry,
    UnsafeEntry,
    WordPart,
    slug,
    split_values,
)


@dataclass
class Loaded:
    """Entries of one or more files, and the problems found while reading them."""

    terms: list[TermEntry] = field(default_factory=list)
    abbreviations: list[AbbreviationEntry] = field(default_factory=list)
    sig_codes: list[SigEntry] = field(default_factory=list)
    unsafe: list[UnsafeEntry] = field(default_factory=list)
    word_parts: list[WordPart] = field(default_factory=list)
    formal_words: list[TermEntry] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def extend(self, other: "Loaded") -> None:
        for name in ("terms", "abbreviations", "sig_codes", "unsafe", "word_parts", "formal_words", "allow", "problems", "files"):
            getattr(self, name).extend(getattr(other, name))


def builtin_dir() -> Path:
    """The shipped glossary: inside the installed package, or the repository's `glossary/` folder."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_glossary", here.parent.parent / "glossary"):
        if (candidate / "glossary.toml").is_file():
            return candidate
    raise GlossaryError("the built-in glossary is missing from this installation (reinstall plainspeak)")


def builtin_version(folder: Path) -> str:
    import tomllib

    with open(folder / "glossary.toml", "rb") as f:
        meta = tomllib.load(f)
    return str(meta.get("version", "0"))


def builtin_files(folder: Path) -> list[tuple[Path, str]]:
    """(path, table) for every table of the built-in glossary, in a fixed order."""
    files = [(p, "terms") for p in sorted((folder / "terms").glob("*.csv"))]
    for table in ("abbreviations", "sig_codes", "unsafe", "word_parts", "formal_words"):
        path = folder / f"{table}.csv"
        if path.is_file():
            files.append((path, table))
    return files


def load_builtin(folder: Path | None = None) -> Loaded:
    folder = folder or builtin_dir()
    loaded = Loaded()
    for path, table in builtin_files(folder):
        loaded.extend(read_table(path, table, strict=True))
    return loaded


def _read_csv(path: Path) -> list[list[str]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            return list(csv.reader(f))
    except OSError as e:
        raise GlossaryError(f"{path}: cannot read: {e.strerror or e}") from None
    except (UnicodeDecodeError, csv.Error) as e:
        raise GlossaryError(f"{path}: not a UTF-8 CSV file: {e}") from None


def guess_table(header: Iterable[str]) -> str:
    cols = set(header)
    if "part" in cols:
        return "word_parts"
    if "code" in cols:
        return "sig_codes"
    if "abbr" in cols and "safe" in cols:
        return "unsafe"
    if "abbr" in cols:
        return "abbreviations"
    return "terms"


def read_table(path: Path, table: str | None, strict: bool) -> Loaded:
    """Read one CSV table. `strict` (the built-in glossary) wants every column in order;
    an organisation file needs only its table's key column and `plain`."""
    rows = _read_csv(path)
    if not rows:
        return Loaded(problems=[f"{path}:1: empty file"], files=[str(path)])
    header = [h.strip() for h in rows[0]]
    table = table or guess_table(header)
    records = [(n, dict(zip(header, (c.strip() for c in row)))) for n, row in enumerate(rows[1:], start=2) if any(c.strip() for c in row)]
    loaded = Loaded(files=[str(path)])
    columns, _ = TABLES[table]
    if strict and tuple(header) != columns:
        loaded.problems.append(f"{path}:1: header must be {','.join(columns)}")
        return loaded
    for n, row in records:
        if strict and len(row) != len(columns):
            loaded.problems.append(f"{path}:{n}: row has a different number of cells from the header")
            continue
        _add_record(loaded, table, row, f"{path}:{n}", strict)
    return loaded


def read_yaml(path: Path) -> Loaded:
    """An organisation glossary in YAML: a mapping with `terms`, `abbreviations` and `allow` lists."""
    import yaml

    class LineLoader(yaml.SafeLoader):
        pass

    def construct_mapping(loader: Any, node: Any, deep: bool = False) -> dict:
        mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    try:
        data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=LineLoader)  # noqa: S506 (safe loader subclass)
    except OSError as e:
        raise GlossaryError(f"{path}: cannot read: {e.strerror or e}") from None
    except (UnicodeDecodeError, yaml.YAMLError) as e:
        raise GlossaryError(f"{path}: not valid YAML: {str(e).splitlines()[0]}") from None
    loaded = Loaded(files=[str(path)])
    if data is None:
        return loaded
    if not isinstance(data, dict):
        loaded.problems.append(f"{path}:1: expected a mapping with 'terms', 'abbreviations' or 'allow'")
        return loaded
    for key, table in (("terms", "terms"), ("abbreviations", "abbreviations"), ("formal_words", "formal_words")):
        for item in data.get(key) or []:
            if not isinstance(item, dict):
                loaded.problems.append(f"{path}:{data.get('__line__', 1)}: every item of '{key}' must be a mapping")
                continue
            line = item.pop("__line__", 1)
            row = {k: ("|".join(map(str, v)) if isinstance(v, list) else str(v)) for k, v in item.items() if v is not None}
            _add_record(loaded, table, row, f"{path}:{line}", strict=False)
    allow = data.get("allow") or []
    if not isinstance(allow, list):
        loaded.problems.append(f"{path}:{data.get('__line__', 1)}: 'allow' must be a list of words")
    else:
        loaded.allow.extend(str(a) for a in allow)
    return loaded


def read_allow_file(path: Path) -> list[str]:
    """A plain list of words the audience knows: one per line, `#` starts a comment."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise GlossaryError(f"{path}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise GlossaryError(f"{path}: not a UTF-8 text file") from None
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


def read_any(path: Path) -> Loaded:
    """An organisation glossary file, by its extension."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise GlossaryError(f"{path}: no such glossary file")
    if suffix == ".csv":
        return read_table(path, None, strict=False)
    if suffix in (".yaml", ".yml"):
        return read_yaml(path)
    if suffix == ".txt":
        return Loaded(allow=read_allow_file(path), files=[str(path)])
    raise GlossaryError(f"{path}: unsupported glossary format (use .csv, .yaml or .txt)")


# --- one record -> one entry, with its problems -------------------------------------------------

def _check_common(row: dict[str, str], table: str, where: str, strict: bool, problems: list[str]) -> None:
    columns, required = TABLES[table]
    if not strict:
        key = {"terms": "term", "abbreviations": "abbr", "formal_words": "term"}.get(table, "id")
        required = frozenset({key, "plain"})
    for col in sorted(required):
        if not row.get(col):
            problems.append(f"{where}: missing {col}")
    rid = row.get("id", "")
    if rid and not ID_RE.fullmatch(rid):
        problems.append(f"{where}: id {rid!r} must be lower-case letters, digits and hyphens")
    for col, allowed in (("category", CATEGORIES), ("render", RENDERS)):
        value = row.get(col)
        if value and col in columns and value not in allowed:
            problems.append(f"{where}: unknown {col} {value!r} (expected one of {', '.join(sorted(allowed))})")
    if row.get("pattern"):
        try:
            re.compile(row["pattern"])
        except re.error as e:
            problems.append(f"{where}: bad pattern {row['pattern']!r}: {e}")


def _add_record(loaded: Loaded, table: str, row: dict[str, str], where: str, strict: bool) -> None:
    problems: list[str] = []
    _check_common(row, table, where, strict, problems)
    get = row.get
    if table in ("terms", "formal_words"):
        pos = get("pos") or "noun"
        allowed = TERM_POS if table == "terms" else FORMAL_POS
        if pos not in allowed:
            problems.append(f"{where}: unknown pos {pos!r} (expected one of {', '.join(sorted(allowed))})")
    if table == "sig_codes" and get("kind") and get("kind") not in SIG_KINDS:
        problems.append(f"{where}: unknown kind {get('kind')!r} (expected one of {', '.join(sorted(SIG_KINDS))})")
    if table == "word_parts" and get("kind") and get("kind") not in PART_KINDS:
        problems.append(f"{where}: unknown kind {get('kind')!r} (expected one of {', '.join(sorted(PART_KINDS))})")
    if table == "unsafe" and not (get("abbr") or get("pattern")):
        problems.append(f"{where}: an unsafe entry needs an abbr or a pattern")
    loaded.problems.extend(problems)
    if problems:
        return
    key = get("term") or get("abbr") or get("code") or get("part") or ""
    rid = get("id") or slug(key)
    source = get("source") or Path(where.rsplit(":", 1)[0]).name
    if table in ("terms", "formal_words"):
        formal = table == "formal_words"
        loaded_list = loaded.formal_words if formal else loaded.terms
        loaded_list.append(
            TermEntry(
                id=rid, term=get("term", ""), variants=split_values(get("variants", "")),
                category=get("category") or "general", pos=get("pos") or "noun", plain=get("plain", ""),
                plain_plural=get("plain_plural", ""), alternatives=split_values(get("alternatives", "")),
                definition=get("definition", ""), render=get("render") or "replace", source=source,
                origin=where, kind="formal-word" if formal else "term",
            )
        )
    elif table == "abbreviations":
        loaded.abbreviations.append(
            AbbreviationEntry(
                id=rid, abbr=get("abbr", ""), variants=split_values(get("variants", "")),
                expansion=get("expansion") or get("plain", ""), plain=get("plain", ""),
                category=get("category") or "general", definition=get("definition", ""),
                cues=tuple(c.lower() for c in split_values(get("cues", ""))), render=get("render") or "replace",
                source=source, origin=where,
            )
        )
    elif table == "sig_codes":
        loaded.sig_codes.append(
            SigEntry(id=rid, code=get("code", ""), variants=split_values(get("variants", "")), kind=get("kind", ""),
                     plain=get("plain", ""), pattern=get("pattern", ""), source=source, origin=where)
        )
    elif table == "unsafe":
        loaded.unsafe.append(
            UnsafeEntry(id=rid, abbr=get("abbr", ""), variants=split_values(get("variants", "")), pattern=get("pattern", ""),
                        problem=get("problem", ""), safe=get("safe", ""), lists=split_values(get("list", "")),
                        source=source, origin=where)
        )
    elif table == "word_parts":
        loaded.word_parts.append(
            WordPart(id=rid, part=get("part", ""), variants=split_values(get("variants", "")), kind=get("kind", ""),
                     meaning=get("meaning", ""), source=source, origin=where)
        )
