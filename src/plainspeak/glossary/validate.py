"""Deep checks of a glossary beyond its row format: duplicates, conflicts, ambiguous abbreviations
without cues, and definitions that are too long or too hard for the readers they are written for."""

from __future__ import annotations

from .loader import Loaded

MAX_DEFINITION_WORDS = 20
MAX_DEFINITION_GRADE = 8.0


def definition_grade(text: str) -> float:
    import textstat

    return float(textstat.flesch_kincaid_grade(text))


def validate_loaded(loaded: Loaded) -> list[str]:
    problems: list[str] = []
    seen_ids: dict[str, str] = {}
    entries = [*loaded.terms, *loaded.formal_words, *loaded.abbreviations, *loaded.sig_codes, *loaded.unsafe, *loaded.word_parts]
    for e in entries:
        table = type(e).__name__
        key = (table if table != "TermEntry" else e.kind) + ":" + e.id  # type: ignore[union-attr]
        if key in seen_ids:
            problems.append(f"{e.origin}: duplicate id {e.id!r} (first at {seen_ids[key]})")
        else:
            seen_ids[key] = e.origin

    for group in (loaded.terms, loaded.formal_words):
        owner: dict[str, tuple[str, str]] = {}
        for t in group:
            for form in (t.term, *t.variants):
                low = form.lower()
                if low in owner and owner[low][1] != t.id:
                    first, first_id = owner[low]
                    what = "duplicate term" if form == t.term else "variant"
                    problems.append(f"{t.origin}: {what} {form!r} is already an entry ({first_id} at {first})")
                else:
                    owner.setdefault(low, (t.origin, t.id))

    senses: dict[str, list] = {}
    for a in loaded.abbreviations:
        senses.setdefault(a.abbr, []).append(a)
    for abbr, group in senses.items():
        expansions: dict[str, str] = {}
        for a in group:
            low = a.expansion.lower()
            if low in expansions:
                problems.append(f"{a.origin}: duplicate sense {abbr!r} = {a.expansion!r} (first at {expansions[low]})")
            expansions.setdefault(low, a.origin)
            if len(group) > 1 and not a.cues:
                problems.append(f"{a.origin}: {abbr!r} has {len(group)} senses, so each sense needs cues")

    for e in (*loaded.terms, *loaded.abbreviations):
        d = e.definition
        if not d:
            continue
        words = len(d.split())
        if words >= MAX_DEFINITION_WORDS:
            problems.append(f"{e.origin}: definition has {words} words (keep it under {MAX_DEFINITION_WORDS})")
        grade = definition_grade(d)
        if grade > MAX_DEFINITION_GRADE:
            problems.append(f"{e.origin}: definition reads at grade {grade:.1f} (keep it at {MAX_DEFINITION_GRADE:g} or below)")
    problems.extend(plain_wording_loops(loaded))
    return problems


def plain_wording_loops(loaded: Loaded) -> list[str]:
    """A plain wording that itself holds a term the rewriter would replace ("anti-inflammatory
    painkiller" while "anti-inflammatory" is an entry) makes simplify() change its own output."""
    rewritten: dict[str, str] = {}
    for t in (*loaded.terms, *loaded.formal_words):
        if t.render in ("replace", "bracket"):
            for form in (t.term, *t.variants):
                rewritten.setdefault(_norm(form), t.id)
    problems = []
    for t in (*loaded.terms, *loaded.formal_words, *loaded.abbreviations):
        words = _norm(t.plain).split()
        for n in range(1, min(5, len(words)) + 1):
            for i in range(len(words) - n + 1):
                gram = " ".join(words[i:i + n])
                owner = rewritten.get(gram)
                if owner and owner != t.id:
                    problems.append(f"{t.origin}: plain wording {t.plain!r} contains {gram!r}, which entry {owner} rewrites")
    return problems


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())
