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
from .config import MEASURES as MEASURE_NAMES
from .errors import PlainspeakError

CHECK_FORMATS = ("text", "json", "html", "markdown")
SIMPLIFY_FORMATS = ("text", "json", "diff", "html", "markdown")


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write to a temporary file beside the target, then rename: a reader (or a crash) never sees a
    half-written file, and the old file stays whole until the new one is complete."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise PlainspeakError(f"{path}: cannot write: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
            f.flush()
            os.fsync(f.fileno())
        _set_mode(tmp, path)
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise PlainspeakError(f"{path}: cannot write: {e.strerror or e}") from None
        raise


def _set_mode(tmp: str, path: Path) -> None:
    """mkstemp makes a private (0600) file; give the result the mode the file had, or for a new
    file the mode any new file gets here (0666 less the umask)."""
    try:
        if path.exists():
            mode = path.stat().st_mode & 0o777
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
    except OSError:
        pass


def _emit(text: str, output: str | None) -> None:
    """Standard output (colour only on a terminal, as click decides) or a file, written atomically
    and never with colour codes in it."""
    if output and output != "-":
        write_atomic(Path(output), click.unstyle(text))
    else:
        click.echo(text, nl=False)


def _dumps(data: Any) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _warn(message: str) -> None:
    click.echo(safe(f"plainspeak: warning: {message}"), err=True)


def safe(text: str) -> str:
    """Messages for a terminal: control characters from file names shown as '?' (report.safe)."""
    from .report import safe as _safe

    return _safe(text)


def _same_file(a: str, b: str) -> bool:
    """True when writing `a` would overwrite `b`: the same path, a symlink to it, or a hard link."""
    try:
        if os.path.exists(a) and os.path.exists(b):
            return os.path.samefile(a, b)
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="plainspeak")
@click.option("--color/--no-color", "color", default=None,
              help="Colour the output (default: only on a terminal, and never when NO_COLOR is set).")
@click.pass_context
def cli(ctx: click.Context, color: bool | None) -> None:
    """Turn medical text into plain language: find jargon, rewrite it safely, score readability.

    Everything runs on this computer; no text is ever sent anywhere.
    """
    if color is None and os.environ.get("NO_COLOR"):
        color = False
    ctx.color = color


# --- check -------------------------------------------------------------------------------------

@cli.command(short_help="Score files or folders against a grade limit, like a linter.")
@click.argument("paths", nargs=-1, required=True)
@click.option("--max-grade", type=float, help="Fail a file whose grade is above this (default: the profile's).")
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default="text", show_default=True)
@click.option("--profile", type=str, help="Built-in profile: portal (grade 6), handout (grade 8, the default) or discharge (grade 8).")
@click.option("--measure", type=click.Choice(list(MEASURE_NAMES)),
              help="Score held to the limit: grade (consensus of the classic formulas, the default), smog, "
                   "flesch-kincaid, gunning-fog, coleman-liau, ari, medical (jargon-aware) or strictest (higher of grade and medical).")
@click.option("--glossary", "glossaries", multiple=True, help="Extra glossary (.csv, .yaml, .txt allow list). Repeatable.")
@click.option("--allow", multiple=True, help="A word your readers know; never flagged. Repeatable.")
@click.option("--config", "config", type=str, help="Settings file (default: the nearest plainspeak.toml or pyproject.toml).")
@click.option("-o", "--output", help="Write the report to this file (atomically) instead of standard output.")
@click.option("--jobs", "-j", type=click.IntRange(0, 64), default=1, show_default=True,
              help="Files checked in parallel, by this many processes; 0: one per CPU.")
@click.option("--quiet", "-q", is_flag=True, help="Text format: only the summary table.")
def check(paths: tuple[str, ...], max_grade: float | None, fmt: str, profile: str | None, measure: str | None,
          glossaries: tuple[str, ...], allow: tuple[str, ...], config: str | None, output: str | None, jobs: int, quiet: bool) -> None:
    """Score files (or whole folders) against a grade limit, like a linter. PATH may be '-' for
    standard input.

    Exit code 0 when every file is within its limit, 1 when one is over it, 2 on errors.
    """
    from .config import resolve
    from .readers import walk

    settings = resolve(profile, max_grade, None, glossaries, allow, config=config, measure=measure)
    limit = float(settings.profile.max_grade)
    # a file named twice (`check docs docs/a.md`) is checked and counted once
    files = list(dict.fromkeys(str(p) for p in walk([p for p in paths if p != "-"])))
    use_stdin = "-" in paths
    if not files and not use_stdin:
        raise PlainspeakError("no supported files found (.txt, .md, .html, .docx, .pdf)")
    if output and output != "-" and any(_same_file(output, f) for f in files):
        raise PlainspeakError(f"refusing to write the report over an input file: {output}")
    from . import batch

    engine_args = (settings.glossaries, settings.allow, settings.profile.long_sentence_words)
    batch.init_worker(*engine_args)
    kind = batch.report_kind(fmt, quiet)
    name, measure = settings.profile.name, settings.profile.measure
    checked = []
    if use_stdin:
        from .readers import read_stdin

        doc = read_stdin(getattr(sys.stdin, "buffer", sys.stdin))
        checked.append(batch.for_report(batch.check_text("<stdin>", doc.text, doc.warnings, limit, name, measure), kind))
    checked += _run_checks(files, limit, name, measure, kind, engine_args, jobs)
    results = [c.result for c in checked]
    if fmt == "json":
        text = batch.json_list([c.part for c in checked])
    elif fmt == "markdown":
        from .report.markdown import render_check

        text = render_check(results)
    elif fmt == "html":
        from .report.html import render_check as render_html

        text = render_html(results)
    else:
        from .report.text import render_check as render_text

        text = render_text(results, verbose=not quiet, sections=None if quiet else [c.part for c in checked])
    _emit(text, output)
    errors = [r for r in results if r.error]
    for r in errors:
        click.echo(safe(f"plainspeak: error: {r.path}: {r.error}"), err=True)
    if errors:
        sys.exit(2)
    sys.exit(0 if all(r.passed for r in results) else 1)


def _progress(files: list[str]) -> Any:
    """A progress bar on standard error, only when it is a terminal (never in CI logs or pipes)."""
    if not (sys.stderr.isatty() and len(files) > 1):
        return None
    return click.progressbar(length=len(files), label="checking", file=sys.stderr, show_pos=True,
                             item_show_func=lambda name: name if name is None else Path(name).name[-40:])


def _run_checks(files: list[str], limit: float, name: str, measure: str, kind: str, engine_args: tuple, jobs: int) -> list[Any]:
    """Check every file (batch.run_checks), with a progress bar on a terminal. The results come back
    in the order of `files` whatever the number of jobs, so the report is the same."""
    if not files:
        return []
    from . import batch

    bar = _progress(files)
    if bar is None:
        return batch.run_checks(files, limit, name, measure, kind, engine_args, jobs)
    with bar as b:
        return batch.run_checks(files, limit, name, measure, kind, engine_args, jobs, done=lambda f: b.update(1, f))


# --- simplify ----------------------------------------------------------------------------------

@cli.command(short_help="Rewrite a note in plain language.")
@click.argument("path", required=False, default="-")
@click.option("-o", "--output", help="Write the result here (atomically). Default: standard output.")
@click.option("--in-place", is_flag=True, help="Overwrite the input file (.txt or .md; a .bak copy is kept).")
@click.option("--mode", type=click.Choice(["replace", "explain", "define"]), help="How terms are rewritten.")
@click.option("--model", help="A local folder (or, with --allow-download, a hub id) of a transformers model.")
@click.option("--allow-download", is_flag=True, help="Let --model fetch a model from the network.")
@click.option("--format", "fmt", type=click.Choice(SIMPLIFY_FORMATS), default="text", show_default=True)
@click.option("--target-grade", type=float, help="Grade to aim for (default: the profile's).")
@click.option("--profile", type=str, help="Built-in profile: portal, handout or discharge.")
@click.option("--glossary", "glossaries", multiple=True, help="Extra glossary file. Repeatable.")
@click.option("--allow", multiple=True, help="A word your readers know; never rewritten. Repeatable.")
@click.option("--config", "config", type=str, help="Settings file (default: the nearest plainspeak.toml or pyproject.toml).")
@click.option("--changes", is_flag=True, help="Text format: list every change after the text (on standard error).")
@click.option("--no-split", is_flag=True, help="Keep every sentence whole (long sentences are otherwise cut at safe clause boundaries).")
def simplify(path: str, output: str | None, in_place: bool, mode: str | None, model: str | None, allow_download: bool,
             fmt: str, target_grade: float | None, profile: str | None, glossaries: tuple[str, ...],
             allow: tuple[str, ...], config: str | None, changes: bool, no_split: bool) -> None:
    """Rewrite a note in plain language. PATH may be '-' (the default) for standard input."""
    from .config import resolve
    from .readers import read_path, read_stdin

    settings = resolve(profile, None, mode, glossaries, allow, config=config, target_grade=target_grade)
    if in_place and (path == "-" or output):
        raise PlainspeakError("--in-place needs a file path and no --output")
    if in_place and fmt != "text":
        raise PlainspeakError(f"--in-place writes the plain text back; it cannot be used with --format {fmt}")
    if output and output != "-" and path != "-" and _same_file(output, path):
        raise PlainspeakError("refusing to overwrite the input file; use --in-place to do that (it keeps a .bak copy)")
    doc = read_stdin(getattr(sys.stdin, "buffer", sys.stdin)) if path == "-" else read_path(path)
    if in_place and doc.kind not in ("text", "markdown"):
        raise PlainspeakError(f"{path}: --in-place works on .txt and .md files only (this is {doc.kind})")
    for w in doc.warnings:
        _warn(w)
    from .engine import Simplifier

    engine = Simplifier(glossaries=settings.glossaries, allow=settings.allow, mode=settings.profile.mode,
                        model=model, allow_download=allow_download, long_sentence_words=settings.profile.long_sentence_words,
                        split_sentences=not no_split)
    result = engine.simplify(doc.text, target_grade=settings.profile.target_grade)
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
        from .report.text import change_summary, render_simplification as render_text

        text = render_text(result)
        if changes:
            click.echo(change_summary(result), err=True, nl=False)
    if in_place and result.text == doc.text:
        return  # nothing to change: the file (and its modification time) is left alone, no .bak made
    if in_place:
        target = Path(path).resolve()  # through a symlink to the real file, which keeps the link
        # the backup holds the file's exact bytes, whatever its encoding, before anything changes
        from .readers import read_bytes

        backup = target.with_name(target.name + ".bak")
        write_atomic(backup, read_bytes(target))
        write_atomic(target, click.unstyle(text))
    else:
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


# click 8.2 raises this for a bare `plainspeak`; click 8.1 prints the help itself and exits 0
_NoArgsIsHelp: type[click.UsageError] = getattr(click.exceptions, "NoArgsIsHelpError", type("_Never", (click.UsageError,), {}))


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: every PlainspeakError becomes one line on standard error and exit code 2."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="plainspeak", standalone_mode=False)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.Abort:
        click.echo("plainspeak: interrupted", err=True)
        sys.exit(130)
    except _NoArgsIsHelp as e:  # bare `plainspeak`: the help, as a request rather than an error
        click.echo(e.ctx.get_help() if e.ctx else "")
        sys.exit(0)
    except click.ClickException as e:
        message = e.format_message().strip()
        click.echo(safe(f"plainspeak: error: {message.splitlines()[0] if message else type(e).__name__}"), err=True)
        sys.exit(2)
    except PlainspeakError as e:
        click.echo(safe(f"plainspeak: error: {str(e).splitlines()[0] if str(e) else type(e).__name__}"), err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("plainspeak: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:  # `plainspeak check docs | head`: the reader left; say nothing more
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        sys.exit(0)
    except Exception as e:  # never a traceback for users; PLAINSPEAK_DEBUG=1 shows it for developers
        if os.environ.get("PLAINSPEAK_DEBUG"):
            raise
        click.echo(safe(f"plainspeak: error: unexpected {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''} "
                        "(set PLAINSPEAK_DEBUG=1 for details)"), err=True)
        sys.exit(2)
