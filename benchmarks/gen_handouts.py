"""Benchmark text, made only from the project's own `examples/` and `glossary/` (never from the
development data in ../shared/data, which is for quality scoring).

The text mixes the real example documents (a discharge note, a portal message, a handout) with
sentences built from glossary entries, so every code path (terms, abbreviations, sig codes, formal
words, plain prose, lists, headings) is exercised in the same proportions at every size. Everything
is deterministic for a given seed, so two runs time the same text.
"""

from __future__ import annotations

import csv
import random
import re
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GLOSSARY = ROOT / "glossary"

_WORD = re.compile(r"\S+")


def count_words(text: str) -> int:
    """Words as whitespace-separated chunks: the unit of every per-word figure."""
    return len(_WORD.findall(text))


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


@lru_cache(maxsize=1)
def glossary_words() -> dict[str, tuple[str, ...]]:
    """Terms, abbreviations, formal words and sig codes of the built-in glossary, read from its CSV
    files directly (so the generator does not depend on the code it benchmarks)."""
    terms: list[str] = []
    for path in sorted((GLOSSARY / "terms").glob("*.csv")):
        for row in _rows(path):
            terms.append(row["term"])
            terms.extend(_split(row.get("variants", "")))
    abbrs = [r["abbr"] for r in _rows(GLOSSARY / "abbreviations.csv")]
    formal_rows = _rows(GLOSSARY / "formal_words.csv")
    formal = [r["term"] for r in formal_rows]
    verbs = [r["term"] for r in formal_rows if r.get("pos") == "verb"]
    sigs = [r["code"] for r in _rows(GLOSSARY / "sig_codes.csv") if not r.get("pattern")]
    return {
        "terms": tuple(t for t in terms if t),
        "abbreviations": tuple(a for a in abbrs if a),
        "formal_words": tuple(f for f in formal if f),
        "formal_verbs": tuple(v for v in verbs if v) or tuple(f for f in formal if f),
        "sig_codes": tuple(s for s in sigs if s),
    }


def glossary_phrases() -> list[str]:
    """Every phrase a glossary matcher must find (terms and variants, abbreviations and their
    variants, formal words): the input of the naive regex baseline."""
    phrases = set(glossary_words()["terms"]) | set(glossary_words()["formal_words"])
    for row in _rows(GLOSSARY / "abbreviations.csv"):
        phrases.add(row["abbr"])
        phrases.update(_split(row.get("variants", "")))
    return sorted(p for p in phrases if p)


@lru_cache(maxsize=1)
def example_paragraphs() -> tuple[str, ...]:
    """Blank-line separated blocks of the example documents (Python files are skipped)."""
    blocks: list[str] = []
    for path in sorted(EXAMPLES.iterdir()):
        if path.suffix not in (".txt", ".md"):
            continue
        text = path.read_text(encoding="utf-8")
        blocks.extend(b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip())
    return tuple(blocks)


_TEMPLATES = (
    "The scan showed {term}, and we will {formal} the plan at your next visit.",
    "Your {term} was checked today; the {abbr} result is in your chart.",
    "Take 1 tab {sig} {sig2} and call us if the {term} gets worse.",
    "We found signs of {term}. No {term2} was seen on the left side.",
    "Please {formal} the handout about {term} before you come in on 12/03.",
    "Pt with h/o {term} and {abbr}, seen in clinic for follow-up.",
    "If you notice {term} or {term2}, call the clinic at once.",
    "Your doctor may {formal} a test for {term} in 2 weeks.",
    "Blood pressure was 128/82 and the {abbr} was within normal limits.",
    "Keep taking your medicine 500 mg {sig} even when you feel well.",
)


def generated_sentence(rng: random.Random) -> str:
    words = glossary_words()
    return rng.choice(_TEMPLATES).format(
        term=rng.choice(words["terms"]), term2=rng.choice(words["terms"]),
        abbr=rng.choice(words["abbreviations"]), formal=rng.choice(words["formal_verbs"]),
        sig=rng.choice(words["sig_codes"]), sig2=rng.choice(words["sig_codes"]),
    )


def generated_paragraph(rng: random.Random) -> str:
    return " ".join(generated_sentence(rng) for _ in range(rng.randint(3, 6)))


def corpus(words: int, seed: int = 0) -> str:
    """About `words` words (never fewer): example blocks and generated paragraphs, alternating."""
    rng = random.Random(seed)
    examples = example_paragraphs()
    parts: list[str] = []
    total = 0
    i = 0
    while total < words:
        block = examples[i % len(examples)] if i % 2 == 0 else generated_paragraph(rng)
        parts.append(block)
        total += count_words(block)
        i += 1
    return "\n\n".join(parts) + "\n"


def portal_message(words: int = 300, seed: int = 0) -> str:
    """A portal message of about `words` words: the example message, extended with generated
    paragraphs (and trimmed at a sentence end) to the requested length."""
    rng = random.Random(seed)
    text = (EXAMPLES / "portal_message.txt").read_text(encoding="utf-8").strip()
    while count_words(text) < words:
        text += "\n\n" + generated_paragraph(rng)
    sentences = re.split(r"(?<=[.!?])\s+", text)
    out: list[str] = []
    for s in sentences:
        out.append(s)
        if count_words(" ".join(out)) >= words:
            break
    return _rejoin(text, out)


def _rejoin(text: str, sentences: list[str]) -> str:
    """The prefix of `text` that holds `sentences`, keeping its original line breaks."""
    end = 0
    for s in sentences:
        end = text.index(s, end) + len(s)
    return text[:end] + "\n"


def handout(rng: random.Random) -> str:
    """A Markdown handout: a heading, two to four paragraphs and a bulleted list."""
    words = glossary_words()
    topic = rng.choice(words["terms"])
    examples = example_paragraphs()
    parts = [f"# {topic[:1].upper()}{topic[1:]}: what to know", generated_paragraph(rng)]
    for _ in range(rng.randint(1, 3)):
        parts.append(rng.choice(examples) if rng.random() < 0.5 else generated_paragraph(rng))
    parts.append("## When to call us")
    parts.append("\n".join(f"- {generated_sentence(rng)}" for _ in range(rng.randint(3, 5))))
    return "\n\n".join(parts) + "\n"


def write_handouts(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """`count` handouts in `folder` (Markdown and plain text, alternately); returns their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"handout_{i:05d}.{'md' if i % 2 == 0 else 'txt'}"
        path.write_text(handout(rng), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":  # pragma: no cover - a manual look at the generated text
    import sys

    print(portal_message(int(sys.argv[1]) if len(sys.argv) > 1 else 300))
