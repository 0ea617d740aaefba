"""Fit plainspeak's medical grade to human readability ratings of medical sentences (MedReadMe).

    python benchmarks/fit_medical_grade.py [--data PATH] [--write]

Reads `medreadme_ratings_train_dev.jsonl` (a rating from 1, easy, to 6, hard, per sentence; split
train/dev) from ../shared/data relative to the repository unless --data is given. Each sentence is
read by plainspeak itself (Document, the default glossary's Detector, readability.measure), so the
features are exactly those the library computes. The model is ordinary least squares on the train
split (with a tiny ridge for stability), mapped linearly onto a grade scale: across the train
sentences its mean and spread equal those of the Flesch-Kincaid grade. It is reported on dev, which
the fit never sees. --write stores the coefficients in src/plainspeak/data/medical_grade.json.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "medreadme_ratings_train_dev.jsonl"
MODEL_PATH = REPO / "src" / "plainspeak" / "data" / "medical_grade.json"
FEATURES = ("log_words_per_sentence", "rarity_per_sentence", "jargon_per_sentence", "mean_content_zipf")
RIDGE = 1.0  # on standardised features: barely moves OLS, keeps it stable if two features align
FLOOR, CEILING = 0.0, 30.0


@dataclass
class Record:
    id: str
    split: str
    rating: float
    features: dict[str, float]
    fk: float  # Flesch-Kincaid grade as plainspeak reports it (equals textstat's)
    smog: float
    grade: float  # consensus grade


def load(path: Path) -> list[Record]:
    """Every rated sentence, measured by plainspeak."""
    from plainspeak import Simplifier
    from plainspeak.document import Document
    from plainspeak.readability import MedicalCounts, TextCounts, consensus_grade, formulas, measure, medical_features

    if not path.exists():
        sys.exit(f"data not found: {path} (pass --data)")
    engine = Simplifier()
    records = []
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        doc = Document(row["text"])
        measures = [m for m in measure(doc, engine.detector.detect(doc)) if m.counts is not None]
        counts = TextCounts.total(m.counts for m in measures)
        medical = MedicalCounts.total(m.medical for m in measures)
        values = {k: round(v, 2) for k, v in formulas(counts).items()}
        records.append(Record(row["id"], row["split"], float(row["readability"]), medical_features(medical),
                              values["flesch_kincaid_grade"], values["smog_index"], consensus_grade(values)))
    return records


def pearson(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(a, b)[0, 1])


def ranks(x: np.ndarray) -> np.ndarray:
    """Ranks with ties averaged (as Spearman's correlation needs)."""
    order = np.argsort(x, kind="mergesort")
    r = np.empty(len(x))
    sx = x[order]
    i = 0
    while i < len(x):
        j = i
        while j + 1 < len(x) and sx[j + 1] == sx[i]:
            j += 1
        r[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    return pearson(ranks(a), ranks(b))


def fit(records: list[Record]) -> dict:
    train = [r for r in records if r.split == "train"]
    X = np.array([[r.features[f] for f in FEATURES] for r in train])
    y = np.array([r.rating for r in train])
    mu, sd = X.mean(0), X.std(0)
    Z = np.column_stack([np.ones(len(X)), (X - mu) / sd])
    penalty = RIDGE * np.eye(Z.shape[1])
    penalty[0, 0] = 0.0  # the intercept is not shrunk
    b = np.linalg.solve(Z.T @ Z + penalty, Z.T @ y)
    coef = b[1:] / sd  # back to the features' own units
    intercept = b[0] - float(coef @ mu)
    rating = intercept + X @ coef
    # onto the grade scale: same mean and spread as Flesch-Kincaid over the train sentences
    fk = np.array([r.fk for r in train])
    scale = fk.std() / rating.std()
    shift = fk.mean() - scale * rating.mean()
    return {
        "note": "plainspeak medical grade: intercept + sum(coefficient * feature), clipped to [floor, ceiling]. "
                "Fitted by benchmarks/fit_medical_grade.py on MedReadMe train ratings, mapped onto the "
                "Flesch-Kincaid scale (same mean and spread over the train sentences).",
        "intercept": round(shift + scale * intercept, 4),
        "coefficients": {f: round(float(scale * c), 4) for f, c in zip(FEATURES, coef)},
        "floor": FLOOR,
        "ceiling": CEILING,
        "fitted_on": f"MedReadMe train split, {len(train)} sentences",
    }


def apply(model: dict, features: dict[str, float]) -> float:
    value = model["intercept"] + sum(c * features[f] for f, c in model["coefficients"].items())
    return round(max(model["floor"], min(model["ceiling"], value)), 1)


def report(records: list[Record], model: dict) -> None:
    for split in ("train", "dev"):
        rs = [r for r in records if r.split == split]
        y = np.array([r.rating for r in rs])
        mg = np.array([apply(model, r.features) for r in rs])
        clipped = sum(1 for r in rs if apply(model, r.features) in (model["floor"], model["ceiling"]))
        print(f"{split:5s} n={len(rs):4d}  medical_grade pearson {pearson(mg, y):.3f} spearman {spearman(mg, y):.3f}"
              f"  (FK pearson {pearson(np.array([r.fk for r in rs]), y):.3f}; clipped {clipped})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--write", action="store_true", help=f"write the coefficients to {MODEL_PATH.relative_to(REPO)}")
    args = ap.parse_args()
    records = load(args.data)
    model = fit(records)
    print(json.dumps(model, indent=2))
    report(records, model)
    if args.write:
        MODEL_PATH.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
        print(f"written to {MODEL_PATH}")


if __name__ == "__main__":
    main()
