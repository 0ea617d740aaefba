"""The command line: thin click commands over the library.

Exit codes, as linters use them: 0 all good, 1 a checked file is over its limit (or the glossary has
problems), 2 a usage or input error, always with a one-line message and never a traceback.
Nothing heavy (spaCy, textstat, torch) is imported until a command needs it, so `--help` is instant.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Sequence

import click

from . import __version__
from .errors import PlainspeakError

CHECK_FORMATS = ("text", "json", "html", "markdown")
SIMPLIFY_FORMATS = ("text", "json", "diff", "html", "markdown")


def write_atomic(path: Path, data: str) -> None:
    """Write to a temporary file beside the target, then rename: a reader (or a crash) never sees a
    half-written file, and the old file stays whole until the new one is complete."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise PlainspeakError(f"{path}: cannot write: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            try:
                os.chmod(tmp, path.stat().st_mode & 0o777)
            except OSError:
                pass
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _emit(text: str, output: str | None) -> None:
    if output and output != "-":
        write_atomic(Path(output), text)
    else:
        click.echo(text, nl=False)


def _dumps(data: Any) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="plainspeak")
def cli() -> None:
    """Turn medical text into plain language: find jargon, rewrite it safely, score readability.

    Everything runs on this computer; no text is ever sent anywhere.
    """


# --- check -------------------------------------------------------------------------------------

_worker_engine: Any = None


def _init_worker(glossaries: Sequence[str], allow: Sequence[str], long_words: int) -> None:
    global _worker_engine
    from .engine import Simplifier

    _worker_engine = Simplifier(glossaries=glossaries, allow=allow, long_sentence_words=long_words)


def _check_one(path: str, max_grade: float, profile: str) -> Any:
    from .readers import read_path
    from .report import CheckResult

    try:
        doc = read_path(path)
        analysis = _worker_engine.analyze(doc.text)
        return CheckResult(path, analysis, max_grade, profile, warnings=tuple(doc.warnings))
    except PlainspeakError as e:
        return CheckResult(path, None, max_grade, profile, error=str(e))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--max-grade", type=float, help="Fail a file whose grade is above this (default: the profile's).")
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default="text", show_default=True)
@click.option("--profile", type=str, help="Built-in profile: portal, handout or discharge.")
@click.option("--glossary", "glossaries", multiple=True, help="Extra glossary (.csv, .yaml, .txt allow list). Repeatable.")
@click.option("--allow", multiple=True, help="A word your readers know; never flagged. Repeatable.")
@click.option("-o", "--output", help="Write the report to this file (atomically) instead of standard output.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Files checked in parallel.")
@click.option("--quiet", "-q", is_flag=True, help="Text format: only the summary table.")
def check(paths: tuple[str, ...], max_grade: float | None, fmt: str, profile: str | None, glossaries: tuple[str, ...],
          allow: tuple[str, ...], output: str | None, jobs: int, quiet: bool) -> None:
    """Score files (or whole folders) against a grade limit, like a linter.

    Exit code 0 when every file is within its limit, 1 when one is over it, 2 on errors.
    """
    from .config import resolve
    from .readers import walk

    settings = resolve(profile, max_grade, None, glossaries, allow)
    limit = float(settings.profile.max_grade)
    files = [str(p) for p in walk(list(paths))]
    if not files:
        raise PlainspeakError("no supported files found (.txt, .md, .html, .docx, .pdf)")
    _init_worker(settings.glossaries, settings.allow, settings.profile.long_sentence_words)
    results = _run_checks(files, limit, settings, jobs)
    if fmt == "json":
        text = _dumps([r.to_dict() for r in results])
    elif fmt == "markdown":
        from .report.markdown import render_check

        text = render_check(results)
    elif fmt == "html":
        from .report.html import render_check as render_html

        text = render_html(results)
    else:
        from .report.text import render_check as render_text

        text = render_text(results, verbose=not quiet)
    _emit(text, output)
    if any(r.error for r in results):
        sys.exit(2)
    sys.exit(0 if all(r.passed for r in results) else 1)


def _run_checks(files: list[str], limit: float, settings: Any, jobs: int) -> list[Any]:
    show = sys.stderr.isatty() and len(files) > 1
    name = settings.profile.name
    if jobs == 1 or len(files) < 4:
        results = []
        with click.progressbar(files, label="checking", file=sys.stderr) if show else _nullbar(files) as bar:
            for f in bar:
                results.append(_check_one(f, limit, name))
        return results
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                             initargs=(settings.glossaries, settings.allow, settings.profile.long_sentence_words)) as pool:
        it = pool.map(_check_one, files, [limit] * len(files), [name] * len(files), chunksize=max(1, len(files) // (jobs * 8)))
        results = []
        with click.progressbar(length=len(files), label="checking", file=sys.stderr) if show else _nullbar(files) as bar:
            for r in it:
                results.append(r)
                if show:
                    bar.update(1)
        return results


class _nullbar:
    def __init__(self, items: Any):
        self.items = items

    def __enter__(self) -> Any:
        return self.items

    def __exit__(self, *exc: Any) -> None:
        return None


# --- simplify ----------------------------------------------------------------------------------

@cli.command()
@click.argument("path", required=False, default="-")
@click.option("-o", "--output", help="Write the result here (atomically). Default: standard output.")
@click.option("--in-place", is_flag=True, help="Overwrite the input file (a .bak copy is kept).")
@click.option("--mode", type=click.Choice(["replace", "explain", "define"]), help="How terms are rewritten.")
@click.option("--model", help="A local folder (or, with --allow-download, a hub id) of a transformers model.")
@click.option("--allow-download", is_flag=True, help="Let --model fetch a model from the network.")
@click.option("--format", "fmt", type=click.Choice(SIMPLIFY_FORMATS), default="text", show_default=True)
@click.option("--target-grade", type=float, help="Grade to aim for (default: the profile's).")
@click.option("--profile", type=str, help="Built-in profile: portal, handout or discharge.")
@click.option("--glossary", "glossaries", multiple=True, help="Extra glossary file. Repeatable.")
@click.option("--allow", multiple=True, help="A word your readers know; never rewritten. Repeatable.")
@click.option("--changes", is_flag=True, help="Text format: list every change after the text (on standard error).")
def simplify(path: str, output: str | None, in_place: bool, mode: str | None, model: str | None, allow_download: bool,
             fmt: str, target_grade: float | None, profile: str | None, glossaries: tuple[str, ...],
             allow: tuple[str, ...], changes: bool) -> None:
    """Rewrite a note in plain language. PATH may be '-' for standard input."""
    from .config import resolve
    from .engine import Simplifier
    from .readers import read_path, read_stdin

    settings = resolve(profile, None, mode, glossaries, allow)
    if in_place and (path == "-" or output):
        raise PlainspeakError("--in-place needs a file path and no --output")
    doc = read_stdin(sys.stdin.buffer) if path == "-" else read_path(path)
    if in_place and doc.kind not in ("text", "markdown"):
        raise PlainspeakError(f"{path}: --in-place works on .txt and .md files only (this is {doc.kind})")
    for w in doc.warnings:
        click.echo(f"plainspeak: warning: {w}", err=True)
    engine = Simplifier(glossaries=settings.glossaries, allow=settings.allow, mode=settings.profile.mode,
                        model=model, allow_download=allow_download, long_sentence_words=settings.profile.long_sentence_words)
    result = engine.simplify(doc.text, target_grade=target_grade if target_grade is not None else settings.profile.target_grade)
    name = Path(path).name if path != "-" else "stdin"
    if fmt == "json":
        text = _dumps(result.to_dict())
    elif fmt == "diff":
        from .report.diff import render_diff

        text = render_diff(result, name)
    elif fmt == "html":
        from .report.html import render_simplification

        text = render_simplification(result, name)
    elif fmt == "markdown":
        from .report.markdown import render_simplification as render_md

        text = render_md(result)
    else:
        text = result.text
        if changes:
            from .report.text import change_summary

            click.echo(change_summary(result), err=True, nl=False)
    if in_place:
        target = Path(path)
        write_atomic(target.with_name(target.name + ".bak"), doc.text)
        write_atomic(target, text)
    else:
        if output and Path(output).resolve() == Path(path).resolve() and path != "-":
            raise PlainspeakError("refusing to overwrite the input file; use --in-place to do that")
        _emit(text, output)


# --- explain and glossary ----------------------------------------------------------------------

@cli.command()
@click.argument("terms", nargs=-1, required=True)
@click.option("--glossary", "glossaries", multiple=True, help="Extra glossary file. Repeatable.")
def explain(terms: tuple[str, ...], glossaries: tuple[str, ...]) -> None:
    """Explain medical terms and abbreviations in plain words."""
    from .glossary import load_glossary

    g = load_glossary(glossaries)
    missing = 0
    for term in terms:
        entries = g.lookup(term)
        if not entries:
            missing += 1
            click.echo(f"{term}: not in the glossary")
            continue
        for e in entries:
            name = getattr(e, "term", None) or getattr(e, "abbr", "")
            extra = f" ({e.expansion})" if hasattr(e, "expansion") and e.expansion.lower() != e.plain.lower() else ""
            click.echo(f"{click.style(name, bold=True)}{extra}: {e.plain}")
            if e.definition:
                click.echo(f"  {e.definition}")
            click.echo(click.style(f"  [{e.category}; checked against {e.source}]", dim=True))
    sys.exit(1 if missing == len(terms) else 0)


@cli.group()
def glossary() -> None:
    """Validate and list glossaries."""


@glossary.command("check")
@click.argument("files", nargs=-1)
def glossary_check(files: tuple[str, ...]) -> None:
    """Validate glossary files (the built-in glossary when none are given)."""
    from .glossary import validate_files

    problems = validate_files(files, check_builtin=not files)
    for p in problems:
        click.echo(p)
    what = ", ".join(files) if files else "built-in glossary"
    click.echo(f"{what}: {len(problems)} problem{'s' if len(problems) != 1 else ''}", err=True)
    sys.exit(1 if problems else 0)


@glossary.command("list")
@click.option("--category", help="Only this category (condition, anatomy, ...).")
@click.option("--stats", is_flag=True, help="Counts per table and category, and the glossary version.")
@click.option("--glossary", "glossaries", multiple=True, help="Extra glossary file. Repeatable.")
def glossary_list(category: str | None, stats: bool, glossaries: tuple[str, ...]) -> None:
    """List glossary entries (term, plain wording, category)."""
    from .glossary import load_glossary

    g = load_glossary(glossaries)
    if stats:
        click.echo(f"version: {g.version}")
        for k, v in g.stats().items():
            click.echo(f"{k}: {v}")
        cats: dict[str, int] = {}
        for t in g.terms:
            cats[t.category] = cats.get(t.category, 0) + 1
        for k in sorted(cats):
            click.echo(f"  terms in {k}: {cats[k]}")
        return
    for t in g.terms:
        if category is None or t.category == category:
            click.echo(f"{t.term}\t{t.plain}\t{t.category}")
    for a in g.abbreviations:
        if category is None or a.category == category:
            click.echo(f"{a.abbr}\t{a.plain}\t{a.category}")


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: every PlainspeakError becomes one line on standard error and exit code 2."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="plainspeak", standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.Abort:
        click.echo("plainspeak: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as e:
        click.echo(f"plainspeak: error: {e.format_message()}", err=True)
        sys.exit(2)
    except PlainspeakError as e:
        click.echo(f"plainspeak: error: {str(e).splitlines()[0] if str(e) else type(e).__name__}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("plainspeak: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as e:  # never a traceback for users; PLAINSPEAK_DEBUG=1 shows it for developers
        if os.environ.get("PLAINSPEAK_DEBUG"):
            raise
        click.echo(f"plainspeak: error: unexpected {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''} "
                   "(set PLAINSPEAK_DEBUG=1 for details)", err=True)
        sys.exit(2)
