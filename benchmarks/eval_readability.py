"""How well plainspeak's readability scores track human ratings, and how fast scoring is.

    python benchmarks/eval_readability.py [--data PATH] [--split dev|train|all] [--no-speed]

Quality: Pearson and Spearman correlation with the MedReadMe human ratings (1 easy .. 6 hard, one per
sentence) of Flesch-Kincaid, SMOG, the consensus grade and the medical grade, each taken from
`plainspeak.analyze(sentence).scores`, exactly what a user gets. The medical grade is fitted on the
train split (benchmarks/fit_medical_grade.py); dev is held out from that fit.

Speed: about 100k words of the same sentences, joined into 5-sentence paragraphs, are read into a
Document, checked for jargon and scored; the scoring step is timed cold (first call in the process:
dictionaries load) and warm, against textstat computing the same seven formulas once on the joined
text. CPU time is reported, so other work on the machine does not inflate it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fit_medical_grade import DEFAULT_DATA, pearson, spearman  # noqa: E402

SCORES = ("flesch_kincaid_grade", "smog_index", "grade", "medical_grade")


def quality(rows: list[dict], split: str) -> None:
    import plainspeak

    engine = plainspeak.Simplifier()
    chosen = [r for r in rows if split == "all" or r["split"] == split]
    values = {k: [] for k in SCORES}
    for r in chosen:
        s = engine.analyze(r["text"]).scores
        for k in SCORES:
            values[k].append(getattr(s, k))
    y = np.array([r["readability"] for r in chosen])
    print(f"MedReadMe {split}: {len(chosen)} sentences rated 1-6 by people")
    print(f"{'score':24s} {'pearson':>8s} {'spearman':>9s}")
    for k in SCORES:
        v = np.array(values[k], dtype=float)
        print(f"{k:24s} {pearson(v, y):8.3f} {spearman(v, y):9.3f}")


def speed(rows: list[dict], target_words: int = 100_000) -> None:
    import textstat

    import plainspeak
    from plainspeak.document import Document
    from plainspeak.readability import FORMULAS, score

    texts = [r["text"] for r in rows]
    paragraphs = [" ".join(texts[i:i + 5]) for i in range(0, len(texts), 5)]
    chosen, words = [], 0
    while words < target_words:
        for p in paragraphs:
            chosen.append(p)
            words += len(p.split())
            if words >= target_words:
                break
    text = "\n\n".join(chosen)
    engine = plainspeak.Simplifier()
    engine.analyze("Warm up the tokenizer and the glossary.")

    def timed(fn):
        t = time.process_time()
        out = fn()
        return out, time.process_time() - t

    doc, t_doc = timed(lambda: Document(text))
    findings, t_detect = timed(lambda: engine.detector.detect(doc))
    _, t_cold = timed(lambda: score(doc, findings))
    _, t_warm = timed(lambda: score(doc, findings))
    joined = " ".join(text.split())
    _, t_textstat = timed(lambda: [getattr(textstat, k)(joined) for k in FORMULAS])
    print(f"\nscoring {len(text.split()):,} words ({len(doc.sentences):,} sentences), CPU seconds:")
    print(f"  document (tokens, sentences, blocks)      {t_doc:6.2f}")
    print(f"  jargon detection                          {t_detect:6.2f}")
    print(f"  readability.score, first call            {t_cold:6.2f}  (loads the CMU dictionary)")
    print(f"  readability.score, again                 {t_warm:6.2f}  (7 formulas, per-sentence grades, medical grade)")
    print(f"  baseline: textstat, 7 formulas, 1 text   {t_textstat:6.2f}  (no per-sentence grades)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", choices=("dev", "train", "all"), default="dev")
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"data not found: {args.data} (pass --data)")
    rows = [json.loads(line) for line in args.data.open(encoding="utf-8")]
    quality(rows, args.split)
    if not args.no_speed:
        speed(rows)


if __name__ == "__main__":
    main()
