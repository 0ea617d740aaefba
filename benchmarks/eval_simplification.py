"""Score sentence simplification on PLABA against the human rewrites, in one run.

Data: ../shared/data/plaba_dev_pairs.jsonl (or --data PATH): sentences of biomedical abstracts, each
with one or more plain-language rewrites written by people.

Figures, for plainspeak (glossary rewriter, or --model DIR for the model rewriter on top) and for
two reference points computed in the same run:
- SARI (Xu et al., 2016), the mean of the sentence scores x 100. Per n-gram order 1-4: F1 of the
  n-grams kept, precision of the n-grams deleted (deletion recall is left out, as in the paper, so
  deleting everything is not rewarded), F1 of the n-grams added; the three averaged over the orders
  and then with each other. Counts are the original implementation's: the source's and the
  output's n-gram counts are multiplied by the number of references and compared with the pooled
  reference counts. Tokens: lower-cased words and punctuation marks.
- "copy the source": the input itself as the output (scores about 17: keeping is rewarded, nothing
  is deleted or added);
- "one reference vs the others": on records with two or more references, the first scored against
  the rest (a human-level figure).
- Flesch-Kincaid grade of the sources, the outputs and the references (mean over sentences);
- facts kept: the share of sentences whose output passes guard.check(source, output, trusted=True):
  every number, unit, dose, frequency, drug name, negation, side and time of the source is still
  there (shown for the first human rewrite too: people drop statistics and p-values freely).

Usage:  python benchmarks/eval_simplification.py [--data PATH] [--mode replace] [--model DIR]
                                                  [--target-grade 8] [--limit N] [--json] [--examples N]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "plaba_dev_pairs.jsonl"
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


# --- SARI ----------------------------------------------------------------------------------------------

def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def ngrams(words: list[str], n: int) -> Counter:
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p > 0 or r > 0 else 0.0


def sari_ngram(source: Counter, output: Counter, refs: list[Counter]) -> tuple[float, float, float]:
    """(keep F1, deletion precision, addition F1) for one n-gram order, as in Xu et al.'s code."""
    n_refs = len(refs)
    ref_all: Counter = Counter()
    for r in refs:
        ref_all.update(r)
    src_rep = Counter({g: c * n_refs for g, c in source.items()})
    out_rep = Counter({g: c * n_refs for g, c in output.items()})
    # keep: n-grams of the source that the output kept, and that the references kept
    keep = src_rep & out_rep
    keep_good = keep & ref_all
    keep_all = src_rep & ref_all
    keep_p = sum(keep_good[g] / keep[g] for g in keep_good) / len(keep) if keep else 0.0
    keep_r = sum(keep_good[g] / keep_all[g] for g in keep_good) / len(keep_all) if keep_all else 0.0
    # delete: n-grams of the source that the output dropped, and that the references dropped too
    delete = src_rep - out_rep
    delete_good = delete - ref_all
    del_p = sum(delete_good[g] / delete[g] for g in delete_good) / len(delete) if delete else 0.0
    # add: new n-grams of the output that some reference has and the source lacks
    added = set(output) - set(source)
    added_good = added & set(ref_all)
    added_all = set(ref_all) - set(source)
    add_p = len(added_good) / len(added) if added else 0.0
    add_r = len(added_good) / len(added_all) if added_all else 0.0
    return _f1(keep_p, keep_r), del_p, _f1(add_p, add_r)


def sari_parts(source: str, output: str, references: list[str]) -> tuple[float, float, float]:
    """(keep, delete, add) of one sentence, each averaged over n-gram orders 1-4, in [0, 1]."""
    s, o, rs = tokens(source), tokens(output), [tokens(r) for r in references]
    keep, delete, add = [], [], []
    for n in range(1, 5):
        k, d, a = sari_ngram(ngrams(s, n), ngrams(o, n), [ngrams(r, n) for r in rs])
        keep.append(k)
        delete.append(d)
        add.append(a)
    return sum(keep) / 4, sum(delete) / 4, sum(add) / 4


def sari(source: str, output: str, references: list[str]) -> float:
    """Sentence SARI in [0, 1]: the mean of keep, delete and add."""
    return sum(sari_parts(source, output, references)) / 3


# --- evaluation -------------------------------------------------------------------------------------

def load(path: Path, limit: int | None) -> list[dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records[:limit] if limit else records


def fk_grade(engine, text: str) -> float:
    return engine.analyze(text).scores.flesch_kincaid_grade


def evaluate(records: list[dict], mode: str, model: str | None, target: float, examples: int) -> dict:
    import plainspeak
    from plainspeak.rewrite.guard import check

    engine = plainspeak.Simplifier(mode=mode, model=model)
    started = time.perf_counter()
    outputs = [engine.simplify(r["source"], target_grade=target) for r in records]
    seconds = time.perf_counter() - started
    facts_lost = [(r, s.text, check(r["source"], s.text, trusted=True)) for r, s in zip(records, outputs)]
    facts_lost = [x for x in facts_lost if x[2]]
    multi = [r for r in records if len(r["references"]) >= 2]
    changed = [s for s in outputs if s.text != s.original]
    result = {
        "records": len(records),
        "mode": mode,
        "model": model,
        "seconds": round(seconds, 1),
        "sari": round(100 * statistics.fmean(sari(r["source"], s.text, r["references"]) for r, s in zip(records, outputs)), 2),
        "sari_changed_only": round(100 * statistics.fmean(
            sari(s.original, s.text, r["references"]) for r, s in zip(records, outputs) if s.text != s.original), 2) if changed else None,
        "sari_keep_delete_add": [round(100 * statistics.fmean(p), 2) for p in zip(*(
            sari_parts(r["source"], s.text, r["references"]) for r, s in zip(records, outputs)))],
        "sari_copy_source": round(100 * statistics.fmean(sari(r["source"], r["source"], r["references"]) for r in records), 2),
        "sari_reference_vs_others": round(100 * statistics.fmean(
            sari(r["source"], r["references"][0], r["references"][1:]) for r in multi), 2) if multi else None,
        "records_with_several_references": len(multi),
        "sentences_changed": len(changed),
        "edits": sum(len(s.edits) for s in outputs),
        "refused_by_guard": sum(len(s.rejected) for s in outputs),
        "fk_grade_source": round(statistics.fmean(s.before.flesch_kincaid_grade for s in outputs), 2),
        "fk_grade_output": round(statistics.fmean(s.after.flesch_kincaid_grade for s in outputs), 2),
        "fk_grade_references": round(statistics.fmean(fk_grade(engine, r["references"][0]) for r in records), 2),
        "facts_kept": round(100 * (1 - len(facts_lost) / len(records)), 2),
        "facts_kept_references": round(100 * statistics.fmean(
            0.0 if check(r["source"], r["references"][0], trusted=True) else 1.0 for r in records), 2),
        "facts_lost_examples": [{"source": r["source"], "output": out, "why": why} for r, out, why in facts_lost[:examples]],
        "edit_reasons": dict(Counter(e.reason for s in outputs for e in s.edits).most_common()),
    }
    if model:
        result["model_sentences_sent"] = sum(s.extra.get("sentences_sent", 0) for s in outputs)
        result["model_sentences_rewritten"] = sum(s.extra.get("sentences_rewritten", 0) for s in outputs)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--mode", default="replace", choices=["replace", "explain", "define"])
    ap.add_argument("--model", help="a local folder of a transformers model, rewriting on top of the glossary")
    ap.add_argument("--target-grade", type=float, default=8.0)
    ap.add_argument("--limit", type=int, help="only the first N records")
    ap.add_argument("--examples", type=int, default=5, help="sentences that lost a fact, to show")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    result = evaluate(load(args.data, args.limit), args.mode, args.model, args.target_grade, args.examples)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"PLABA dev pairs: {result['records']} sentences ({result['records_with_several_references']} with several references)")
    print(f"plainspeak ({args.mode}{', model ' + args.model if args.model else ''}): {result['seconds']} s")
    print(f"  SARI                          {result['sari']:6.2f}   (changed sentences only: {result['sari_changed_only']})")
    print(f"  SARI keep / delete / add       {' / '.join(f'{x:.2f}' for x in result['sari_keep_delete_add'])}")
    print(f"  SARI, copy the source          {result['sari_copy_source']:6.2f}")
    print(f"  SARI, one reference vs others  {result['sari_reference_vs_others']}")
    print(f"  FK grade: source {result['fk_grade_source']}, output {result['fk_grade_output']}, "
          f"references {result['fk_grade_references']}")
    print(f"  facts kept                     {result['facts_kept']:6.2f} %   (the human rewrites: {result['facts_kept_references']} %)")
    print(f"  sentences changed {result['sentences_changed']}, edits {result['edits']}, refused {result['refused_by_guard']}")
    print(f"  edits by reason {result['edit_reasons']}")
    if args.model:
        print(f"  model: {result['model_sentences_sent']} sentences sent, {result['model_sentences_rewritten']} rewritten")
    for x in result["facts_lost_examples"]:
        print(f"  lost: {x['why']}: {x['source']!r} -> {x['output']!r}")


if __name__ == "__main__":
    main()
