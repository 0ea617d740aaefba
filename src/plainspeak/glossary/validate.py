"""Deep checks of a glossary beyond its row format: duplicates, conflicts, ambiguous abbreviations
without enough specific cues, definitions that are too long or too hard for the readers they are
written for, and plain wordings that the rewriter would rewrite again."""

from __future__ import annotations

import re

from .loader import Loaded
from .schema import TermEntry, slug

MAX_DEFINITION_WORDS = 20
MAX_DEFINITION_GRADE = 8.0
MIN_SPECIFIC_CUES = 3  # per sense of an ambiguous abbreviation
EVERYDAY_ZIPF = 5.0  # cues this common ("for", "over", "past") are ignored by the sense chooser
CUE_PATTERN = "re:"  # a cue written so is a regular expression (see jargon.abbreviations.SenseChooser)


def definition_grade(text: str) -> float:
    import textstat

    return float(textstat.flesch_kincaid_grade(text))


def validate_loaded(loaded: Loaded) -> list[str]:
    problems: list[str] = []
    seen_ids: dict[str, tuple[str, str]] = {}
    entries = [*loaded.terms, *loaded.formal_words, *loaded.abbreviations, *loaded.sig_codes, *loaded.unsafe, *loaded.word_parts]
    for e in entries:
        table = type(e).__name__
        key = (table if table != "TermEntry" else e.kind) + ":" + e.id  # type: ignore[union-attr]
        term = (getattr(e, "term", "") or getattr(e, "abbr", "")).lower()
        if key in seen_ids:
            first, first_term = seen_ids[key]
            # The same term twice is reported below, as a term; the senses of an abbreviation in a
            # file without ids share the id made from the abbreviation, and that is no mistake.
            if not (term and term == first_term and (e.kind == "term" if isinstance(e, TermEntry) else e.id == slug(term))):
                problems.append(f"{e.origin}: duplicate id {e.id!r} (first at {first})")
        else:
            seen_ids[key] = (e.origin, term)

    for group in (loaded.terms, loaded.formal_words):
        owner: dict[str, tuple[str, str]] = {}
        for t in group:
            for form in (t.term, *t.variants):
                low = form.lower()
                if low in owner and owner[low][0] != t.origin:
                    first, first_id = owner[low]
                    what = "duplicate term" if form == t.term else "variant"
                    problems.append(f"{t.origin}: {what} {form!r} is already an entry ({first_id} at {first})")
                else:
                    owner.setdefault(low, (t.origin, t.id))

    term_forms = {f.lower(): t for t in loaded.terms for f in (t.term, *t.variants)}
    for w in loaded.formal_words:
        other = term_forms.get(w.term.lower())
        if other is not None:
            problems.append(f"{w.origin}: formal word {w.term!r} is also a term entry ({other.id} at {other.origin}); keep one")

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
            if len(group) > 1:
                specific = specific_cues(a.cues)
                if not a.cues:
                    problems.append(f"{a.origin}: {abbr!r} has {len(group)} senses, so each sense needs cues")
                elif len(specific) < MIN_SPECIFIC_CUES:
                    problems.append(
                        f"{a.origin}: {abbr!r} = {a.expansion!r} has {len(specific)} specific cues "
                        f"(needs {MIN_SPECIFIC_CUES}; everyday words and single letters do not count)"
                    )

    problems.extend(shadowed_abbreviations(loaded))
    for a in loaded.abbreviations:
        for c in a.cues:
            if c.startswith(CUE_PATTERN):
                try:
                    re.compile(c[len(CUE_PATTERN):])
                except re.error as err:
                    problems.append(f"{a.origin}: cue {c!r} is not a valid pattern ({err})")

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
    problems.extend(side_problems(loaded))
    problems.extend(drug_problems(loaded))
    problems.extend(capitals_problems(loaded))
    return problems


# Sides in one normal form. The guard checks sides written out, but not a side inside an
# abbreviation ("LBBB" is a *left* bundle branch block): the glossary must keep it in the plain words.
_SIDE_FORMS = [
    (re.compile(r"\bleft\b"), "left"), (re.compile(r"\bright\b(?! away| now)"), "right"),
    (re.compile(r"\b(?:bilateral(?:ly)?|both)\b"), "both"), (re.compile(r"\b(?:unilateral|one[ -]sided?)\b"), "one side"),
    (re.compile(r"\b(?:ipsilateral|same[ -]side)\b"), "same side"),
    (re.compile(r"\b(?:contralateral|opposite|other[ -]side)\b"), "other side"),
]
_LEFT_RIGHT = {"left", "right"}


def _sides(text: str) -> set[str]:
    low = text.lower()
    sides = {side for pattern, side in _SIDE_FORMS if pattern.search(low)}
    return sides | {"both"} if _LEFT_RIGHT <= sides else sides  # "on the left and right" is both


def side_problems(loaded: Loaded) -> list[str]:
    """A plain wording that drops a side its term names ("left ventricle" -> "main pumping chamber"),
    or says left or right where its term does not ("appropriate" -> "right", which a reader may take
    for the right side), in an entry whose plain words stand in the text by themselves."""
    problems = []
    for e in (*loaded.terms, *loaded.formal_words, *loaded.abbreviations):
        if e.render not in STANDS_ALONE:
            continue
        source = getattr(e, "expansion", None) or e.term
        have = _sides(source)
        for plain in (e.plain, *getattr(e, "alternatives", ())):
            now = _sides(plain)
            if have - now:
                problems.append(f"{e.origin}: plain wording {plain!r} drops the side {sorted(have - now)[0]!r} of {source!r}")
            elif (now - have) & _LEFT_RIGHT and "both" not in have:  # "one side" for "hemiplegia" is its meaning
                problems.append(f"{e.origin}: plain wording {plain!r} says {sorted((now - have) & _LEFT_RIGHT)[0]!r}, which {source!r} does not")
    return problems


def drug_problems(loaded: Loaded) -> list[str]:
    """A plain wording that drops a drug name its term or one of its variants holds ("prednisone
    burst" -> "short course of steroid pills"): the guard keeps every drug name, so such an edit would
    be refused wherever it is met, and the reader would lose which medicine it is."""
    from ..lexicon import is_drug_name

    problems = []
    for e in (*loaded.terms, *loaded.formal_words):
        if e.render not in STANDS_ALONE:
            continue
        plain = e.plain.lower()
        for form in (e.term, *e.variants):
            for word in re.findall(r"[A-Za-z]+", form):
                if is_drug_name(word.lower()) and word.lower() not in plain:
                    problems.append(f"{e.origin}: plain wording {e.plain!r} drops the drug name {word!r} of {form!r}")
    return problems


_ONE_WORD_IN_CAPITALS = re.compile(r"[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*s?")
EVERYDAY_WORD_ZIPF = 3.0  # "slit", "nexus": a word a patient's text may well hold


def capitals_problems(loaded: Loaded) -> list[str]:
    """A term or formal word written as one word in capitals ("SLIT") whose lower-case form is an
    everyday word ("a slit in the drape"). Terms match in any case, so that word would be rewritten
    as the term ("allergy tablets under the tongue"); abbreviations match only as written. A form
    also listed in lower case ("COVID" and "covid") is meant in any case."""
    from ..lexicon import zipf

    problems = []
    for e in (*loaded.terms, *loaded.formal_words):
        forms = (e.term, *e.variants)
        listed = set(forms)
        for form in forms:
            low = form.lower()
            if _ONE_WORD_IN_CAPITALS.fullmatch(form) and low not in listed and zipf(low) >= EVERYDAY_WORD_ZIPF:
                problems.append(f"{e.origin}: {form!r} is in capitals, but terms match in any case, so the everyday "
                                f"word {low!r} would be rewritten too: list it in abbreviations.csv, which match as written")
    return problems


def _matcher_key(form: str) -> tuple[str, ...]:
    """A short form as the abbreviation matcher reads it: its tokens, less the ones it passes over
    (a hyphen, a possessive "'s"), so "SCD's" is read as "SCD" and "b-hCG" as "b hCG"."""
    from ..document import SKIP_TOKENS
    from ..jargon.matcher import tokenize_phrase

    return tuple(t for t in tokenize_phrase(form) if t not in SKIP_TOKENS and not t.isspace())


def shadowed_abbreviations(loaded: Loaded) -> list[str]:
    """A short form (an abbreviation or one of its variants) that the matcher reads as a form an
    earlier abbreviation with other meanings already holds: the matcher keeps the first, so this
    one is never found, and wherever it is written the other's plain words are put in its place.
    "SCD's" (a variant of SCDs, compression devices) is read as "SCD", so every "SCD" (sickle cell
    disease) read "leg squeeze sleeves". The forms the matcher makes by itself count as held too:
    a capital first letter ("Ddx" for "ddx") and a plural ("UTIs")."""
    groups: dict[str, list] = {}
    for a in loaded.abbreviations:
        groups.setdefault(a.abbr, []).append(a)
    written = {f for abbr, senses in groups.items() for f in (abbr, *[v for s in senses for v in s.variants])}
    owner: dict[tuple[str, ...], str] = {}  # matcher key -> the abbreviation that holds it (the first)
    problems = []
    for abbr, senses in groups.items():
        meanings = {s.expansion.lower() for s in senses}
        listed = {abbr: senses[0]}
        for s in senses:
            for v in s.variants:
                listed.setdefault(v, s)
        made = set()
        for form in listed:
            if form[:1].islower():
                made.add(form[0].upper() + form[1:])
            if len(form) >= 2 and form.isalpha() and form.isupper() and form + "s" not in written:
                made.add(form + "s")
        for form, entry in listed.items():
            key = _matcher_key(form)
            first = owner.get(key)
            if first is not None and first != abbr and {s.expansion.lower() for s in groups[first]} != meanings:
                what = "abbreviation" if form == abbr else "variant"
                problems.append(f"{entry.origin}: {what} {form!r} of {abbr!r} is read as {' '.join(key)!r}, which "
                                f"{first!r} ({groups[first][0].expansion}) already holds: it would never be found, or "
                                f"would be read as {first!r}")
        for form in (*listed, *made):
            owner.setdefault(_matcher_key(form), abbr)
    return problems


def specific_cues(cues: tuple[str, ...]) -> list[str]:
    """The cues the sense chooser really uses: no single letters, no everyday words."""
    from ..lexicon import zipf

    return [c for c in cues if len(c) >= 2 and zipf(c.lower()) < EVERYDAY_ZIPF]


STANDS_ALONE = ("replace", "bracket")  # renders whose plain wording appears outside a bracket
CHANGES_TEXT = ("replace", "bracket", "explain")  # renders that change the text where the term is found


def plain_wording_loops(loaded: Loaded) -> list[str]:
    """A plain wording that itself holds a term the rewriter would rewrite ("anti-inflammatory
    painkiller" while "anti-inflammatory" is an entry) makes simplify() change its own output.
    An `explain` entry counts as rewriting (it adds its bracket the first time). An outer entry
    rendered `explain` or `leave` is exempt: its plain wording only ever appears in the bracket
    right after the term, and the rewriter never rewrites that bracket. Sig codes are always
    replaced, so their plain wording is checked too."""
    rewritten: dict[str, str] = {}
    for t in (*loaded.terms, *loaded.formal_words):
        if t.render in CHANGES_TEXT and t.plain.lower() != t.term.lower():  # a plain wording equal to its term changes nothing
            for form in (t.term, *t.variants):
                rewritten.setdefault(_norm(form), t.id)
    outer: list[tuple[str, str, str]] = [
        (t.origin, t.id, t.plain) for t in (*loaded.terms, *loaded.formal_words, *loaded.abbreviations) if t.render in STANDS_ALONE
    ]
    outer += [(s.origin, s.id, re.sub(r"\{\d\}", " ", s.plain)) for s in loaded.sig_codes]
    problems = []
    for origin, oid, plain in outer:
        words = _norm(plain).split()
        # its own term in a bracket ("blood pressure medicine (ACE inhibitor)") reads as explained, and
        # a plain wording that is one of its own forms changes nothing; anywhere else the term is
        # rewritten again ("heart device check" for the variant "device check")
        unbracketed = f" {_norm(re.sub(r'[(][^()]*[)]', ' ', plain))} "
        for n in range(1, min(5, len(words)) + 1):
            for i in range(len(words) - n + 1):
                gram = " ".join(words[i:i + n])
                owner = rewritten.get(gram)
                if owner and (owner != oid or (f" {gram} " in unbracketed and gram != " ".join(words))):
                    problems.append(f"{origin}: plain wording {plain!r} contains {gram!r}, which entry {owner} rewrites")
    return problems


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())
