"""Readability: the classic formulas (through textstat, offline), per text and per sentence, plus a
jargon-aware `medical_grade` fitted to human ratings of medical sentences.

Structure matters: each list item, table row and labelled field is scored as a sentence of its own
(a bulleted medication list is not one 200-word sentence) and headings are left out; the result
says what was left out. Texts under 100 words or 3 sentences still get scores, with a note that
they are less reliable.
"""

from __future__ import annotations

import json
import re
import statistics
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

from .document import Document, Sentence
from .model import Finding, Scores
from .lexicon import zipf

LONG_SENTENCE_WORDS = 20
_END = re.compile(r"[.!?][\"')\]]*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_BE = frozenset("am is are was were be been being get gets got gotten getting".split())
# irregular past participles that do not end in -ed
_IRREGULAR_PARTICIPLES = frozenset(
    """arisen awoken borne born beaten become begun bent bitten bled blown broken brought built burnt burst bought
    caught chosen come cost cut dealt done drawn dreamt drunk driven eaten fallen fed felt fought found fled flown
    forbidden forgotten forgiven frozen given gone ground grown hung heard hidden hit held hurt kept known laid led
    left lent let lain lit lost made meant met paid put quit read ridden rung risen run said seen sought sold sent
    set shaken shed shone shot shown shut sung sunk sat slept slid spoken spent spun split spread stood stolen stuck
    stung struck sworn swept swum taken taught torn told thought thrown understood woken worn woven wept won wound
    written withdrawn undergone undertaken overtaken""".split()
)
_ADVERB = re.compile(r"^[a-z]+ly$")

_textstat_lock = threading.Lock()


@dataclass(frozen=True)
class ReadabilitySettings:
    long_sentence_words: int = LONG_SENTENCE_WORDS


@lru_cache(maxsize=1)
def medical_grade_model() -> dict[str, Any]:
    """Coefficients of the medical grade, shipped as data (fitted by benchmarks/fit_medical_grade.py)."""
    with resources.files("plainspeak").joinpath("data/medical_grade.json").open("r", encoding="utf-8") as f:
        return json.load(f)


def _ts() -> Any:
    import textstat

    return textstat


def _clear_textstat_caches() -> None:
    """textstat keeps its last 128 results per function keyed on the whole text; after a large text
    that would keep megabytes alive, so the caches are emptied."""
    import sys

    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend"):
            for value in vars(module).values():
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


def scoring_units(doc: Document) -> tuple[list[Sentence], int]:
    """The sentences that are scored (headings are not), and how many headings were left out."""
    units = [s for s in doc.sentences if s.block != "heading"]
    return units, len(doc.sentences) - len(units)


def unit_text(doc: Document, s: Sentence) -> str:
    """A sentence as textstat should see it: one line, ending in a full stop."""
    t = " ".join(doc.text[s.start:s.end].split())
    return t if _END.search(t) else t + "."


def is_passive(words: Sequence[str]) -> bool:
    """A form of "be" (or "get"), an optional adverb, then a past participle: "was given", "is
    being closely watched"."""
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        if w not in _BE:
            continue
        j = i + 1
        while j < len(low) and (_ADVERB.match(low[j]) or low[j] in ("not", "being", "been", "also", "then")):
            j += 1
        if j < len(low):
            nxt = low[j]
            if (nxt.endswith("ed") and len(nxt) > 3) or nxt in _IRREGULAR_PARTICIPLES:
                return True
    return False


def formula_scores(text: str) -> dict[str, float]:
    """Every classic formula by name, as textstat computes it."""
    ts = _ts()
    with _textstat_lock:  # textstat's caches are shared module state
        values = {
            "flesch_kincaid_grade": ts.flesch_kincaid_grade(text),
            "smog_index": ts.smog_index(text),
            "flesch_reading_ease": ts.flesch_reading_ease(text),
            "gunning_fog": ts.gunning_fog(text),
            "coleman_liau_index": ts.coleman_liau_index(text),
            "automated_readability_index": ts.automated_readability_index(text),
            "dale_chall_readability_score": ts.dale_chall_readability_score(text),
        }
        if len(text) > 20_000:
            _clear_textstat_caches()
    return {k: round(float(v), 2) for k, v in values.items()}


def consensus_grade(values: dict[str, float]) -> float:
    """The median of the five grade-level formulas: no single formula's quirks decide the grade."""
    grades = [values[k] for k in ("flesch_kincaid_grade", "smog_index", "gunning_fog", "coleman_liau_index", "automated_readability_index")]
    return round(statistics.median(grades), 1)


def syllables(word: str) -> int:
    return int(_ts().syllable_count(word))


def medical_features(words: Sequence[str], sentences: int, jargon: int) -> dict[str, float]:
    """The few features the medical grade uses, all easy to explain."""
    n = max(1, len(words))
    syl = [syllables(w) for w in words] if words else []
    rare = sum(1 for w in words if len(w) > 3 and zipf(w.lower()) < 3.0)
    return {
        "words_per_sentence": len(words) / max(1, sentences),
        "syllables_per_word": sum(syl) / n,
        "polysyllable_share": sum(1 for s in syl if s >= 3) / n,
        "jargon_per_word": jargon / n,
        "rare_word_share": rare / n,
    }


def medical_grade(features: dict[str, float]) -> float:
    m = medical_grade_model()
    value = m["intercept"] + sum(m["coefficients"][k] * features.get(k, 0.0) for k in m["coefficients"])
    return round(max(m.get("floor", 0.0), min(m.get("ceiling", 20.0), value)), 1)


def score(doc: Document, findings: Sequence[Finding], settings: ReadabilitySettings | None = None) -> tuple[Scores, list[dict[str, Any]]]:
    """Scores for the whole document, and per-sentence figures (in the order of doc.sentences)."""
    settings = settings or ReadabilitySettings()
    units, headings = scoring_units(doc)
    per_sentence: list[dict[str, Any]] = []
    unit_texts = []
    long_count = passive_count = 0
    all_words: list[str] = []
    fi = 0
    ordered = sorted(findings, key=lambda f: f.start)
    for s in doc.sentences:
        words = _WORD.findall(doc.text[s.start:s.end])
        own: list[Finding] = []
        while fi < len(ordered) and ordered[fi].start < s.start:
            fi += 1
        k = fi
        while k < len(ordered) and ordered[k].start < s.end:
            own.append(ordered[k])
            k += 1
        is_long = len(words) > settings.long_sentence_words
        passive = is_passive(words)
        info = {"sentence": s, "words": len(words), "long": is_long, "passive": passive, "findings": own}
        if s.block != "heading":
            t = unit_text(doc, s)
            unit_texts.append(t)
            all_words.extend(words)
            long_count += is_long
            passive_count += passive
            info["grade"] = round(float(_ts().flesch_kincaid_grade(t)), 1) if words else 0.0
            info["medical_grade"] = medical_grade(medical_features(words, 1, len(own))) if words else 0.0
        else:
            info["grade"] = 0.0
            info["medical_grade"] = 0.0
        per_sentence.append(info)
    scoring_text = " ".join(unit_texts)
    values = formula_scores(scoring_text) if scoring_text else {k: 0.0 for k in _FORMULAS}
    jargon = len(findings)
    n_words = len(all_words)
    notes = []
    if headings:
        notes.append(f"{headings} heading{'s' if headings != 1 else ''} not scored")
    items = sum(1 for s in units if s.block in ("list-item", "table-row", "field"))
    if items:
        notes.append(f"{items} list item{'s' if items != 1 else ''}, table row{'s' if items != 1 else ''} or field{'s' if items != 1 else ''} scored as sentences")
    reliable = n_words >= 100 and len(units) >= 3
    if not reliable:
        notes.append("short text (under 100 words or 3 sentences): scores are less reliable")
    scores = Scores(
        **values,
        grade=consensus_grade(values) if scoring_text else 0.0,
        medical_grade=medical_grade(medical_features(all_words, len(units), jargon)) if all_words else 0.0,
        words=n_words, sentences=len(units), long_sentences=long_count, passive_sentences=passive_count,
        jargon=jargon, jargon_per_100_words=round(100 * jargon / n_words, 1) if n_words else 0.0,
        reliable=reliable, notes=tuple(notes),
    )
    return scores, per_sentence


_FORMULAS = ("flesch_kincaid_grade", "smog_index", "flesch_reading_ease", "gunning_fog", "coleman_liau_index",
             "automated_readability_index", "dale_chall_readability_score")
