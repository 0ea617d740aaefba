"""How much the sentence splitter lowers the reading grade of patient handouts, and what it costs on PLABA.

Handouts: benchmarks/handouts/*.md, written for this project in its own words at the college reading
level of real hospital handouts (long sentences, formal words, jargon), or any folder of them
(--folder benchmarks/handouts_holdout: six more, written blind, by someone who never saw the rewriter). For each one, the consensus
grade, the Flesch-Kincaid grade and the medical grade (plainspeak's own readability:
`plainspeak.analyze(text).scores`) of
  1. the handout as written,
  2. the glossary pass (`Simplifier.simplify` without the splitter; replace mode, the default and the
     handout profile's, or --mode explain),
  3. `Simplifier.simplify` as users get it: the glossary pass followed by the sentence splitter
     (rewrite/splitter.py), each cut guarded and mapped onto the original.
A handout should drop at least 3 grades (issue 6), and keep every fact (the guard's check of the
handout against the output: numbers, doses, negations, sides...).

PLABA (--plaba): the sentences of ../shared/data/plaba_dev_pairs.jsonl, simplified with the glossary
(replace mode, as benchmarks/eval_simplification.py) and then split; SARI, Flesch-Kincaid grade and
facts kept (guard.check of the source against the output), with and without the splitter.

Usage:  python benchmarks/eval_handouts.py [--folder DIR] [--mode explain] [--long-words 20] [--show] [--json]
                                           [--plaba] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
HANDOUTS = ROOT / "benchmarks" / "handouts"


def split(splitter, text: str):
    """The text after the splitter, and the edits it made."""
    from plainspeak.document import Document
    from plainspeak.rewrite.apply import apply_edits

    edits = splitter.propose(Document(text))
    return apply_edits(text, edits), edits


def _grades(engine, text: str) -> dict:
    s = engine.analyze(text).scores
    return {"grade": s.grade, "fk": s.flesch_kincaid_grade, "medical": s.medical_grade, "words": s.words,
            "sentences": s.sentences, "long": s.long_sentences}


def handouts(mode: str, long_words: int, show: bool, folder: Path = HANDOUTS) -> list[dict]:
    import plainspeak
    from plainspeak.rewrite.guard import check
    from plainspeak.rewrite.splitter import SentenceSplitter

    engine = plainspeak.Simplifier(mode=mode, long_sentence_words=long_words, split_sentences=False)
    full = plainspeak.Simplifier(mode=mode, long_sentence_words=long_words)  # what users get: with the splitter
    splitter = SentenceSplitter(long_sentence_words=long_words)
    rows = []
    for path in sorted(p for p in folder.glob("*.md") if p.name != "README.md"):
        text = path.read_text(encoding="utf-8")
        glossary = engine.simplify(text).text
        result = full.simplify(text)
        both = result.text
        edits = [e for e in result.edits if e.source == "splitter"]
        again = split(splitter, both)[1]  # a second run must propose nothing
        row = {"handout": path.stem, "before": _grades(engine, text), "glossary": _grades(engine, glossary),
               "glossary+splitter": _grades(engine, both), "splits": sum(e.reason == "split-sentence" for e in edits),
               "fillers": sum(e.reason == "filler" for e in edits), "idempotent": not again,
               "facts_kept": not check(text, both, trusted=True)}
        rows.append(row)
        if show:
            print(f"--- {path.stem}")
            for e in edits:
                print(f"  {e.reason}: {e.before!r} -> {e.after!r}")
    return rows


def plaba(limit: int | None) -> dict:
    import plainspeak
    from eval_simplification import DEFAULT_DATA, load, sari, sari_parts
    from plainspeak.rewrite.guard import check
    from plainspeak.rewrite.splitter import SentenceSplitter

    records = load(DEFAULT_DATA, limit)
    engine = plainspeak.Simplifier(mode="replace", split_sentences=False)
    full = plainspeak.Simplifier(mode="replace")
    splitter = SentenceSplitter()
    started = time.perf_counter()
    glossary = [engine.simplify(r["source"]).text for r in records]
    outputs = []
    for r in records:
        result = full.simplify(r["source"])
        outputs.append((result.text, [e for e in result.edits if e.source == "splitter"]))
    seconds = time.perf_counter() - started
    result: dict = {"records": len(records), "seconds": round(seconds, 1)}
    for name, texts in (("glossary", glossary), ("glossary+splitter", [o[0] for o in outputs])):
        result[name] = {
            "sari": round(100 * statistics.fmean(sari(r["source"], t, r["references"]) for r, t in zip(records, texts)), 2),
            "sari_keep_delete_add": [round(100 * statistics.fmean(p), 2) for p in zip(*(
                sari_parts(r["source"], t, r["references"]) for r, t in zip(records, texts)))],
            "fk_grade": round(statistics.fmean(engine.analyze(t).scores.flesch_kincaid_grade for t in texts), 2),
            "facts_kept": round(100 * statistics.fmean(0.0 if check(r["source"], t, trusted=True) else 1.0
                                                       for r, t in zip(records, texts)), 2),
        }
    result["sentences_split"] = sum(1 for _t, edits in outputs if edits)
    result["splitter_edits"] = dict(Counter(e.reason for _t, edits in outputs for e in edits))
    result["not_idempotent"] = sum(1 for t, _e in outputs if split(splitter, t)[1])
    return result


def _table(rows: list[dict]) -> str:
    lines = ["| handout | words | consensus grade | Flesch-Kincaid | medical grade | splits / fillers |",
             "|---|---:|---|---|---|---:|"]
    for r in rows:
        b, g, s = r["before"], r["glossary"], r["glossary+splitter"]
        cells = [f"{b[k]:.1f} -> {g[k]:.1f} -> **{s[k]:.1f}**" for k in ("grade", "fk", "medical")]
        lines.append(f"| {r['handout']} | {b['words']} | {' | '.join(cells)} | {r['splits']} / {r['fillers']} |")
    mean = {stage: {k: statistics.fmean(r[stage][k] for r in rows) for k in ("grade", "fk", "medical")}
            for stage in ("before", "glossary", "glossary+splitter")}
    cells = [f"{mean['before'][k]:.1f} -> {mean['glossary'][k]:.1f} -> **{mean['glossary+splitter'][k]:.1f}**"
             for k in ("grade", "fk", "medical")]
    lines.append(f"| mean | | {' | '.join(cells)} | {sum(r['splits'] for r in rows)} / {sum(r['fillers'] for r in rows)} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folder", type=Path, default=HANDOUTS, help="a folder of .md handouts")
    ap.add_argument("--mode", default="replace", choices=["replace", "explain"])
    ap.add_argument("--long-words", type=int, default=20, help="split only sentences over this many words")
    ap.add_argument("--show", action="store_true", help="print every splitter edit")
    ap.add_argument("--plaba", action="store_true", help="also score PLABA dev with and without the splitter")
    ap.add_argument("--limit", type=int, help="PLABA: only the first N records")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = handouts(args.mode, args.long_words, args.show, args.folder)
    out: dict = {"mode": args.mode, "long_words": args.long_words, "handouts": rows}
    if args.plaba:
        out["plaba"] = plaba(args.limit)
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"handouts ({args.mode} mode; before -> glossary -> glossary + splitter; sentences over {args.long_words} words split)")
    print(_table(rows))
    drops = [r["before"]["grade"] - r["glossary+splitter"]["grade"] for r in rows]
    print(f"consensus grade drop: min {min(drops):.1f}, mean {statistics.fmean(drops):.1f}; "
          f"handouts dropping >= 3 grades: {sum(d >= 3 for d in drops)}/{len(drops)}; "
          f"idempotent: {all(r['idempotent'] for r in rows)}; every fact kept: {all(r['facts_kept'] for r in rows)}")
    if args.plaba:
        p = out["plaba"]
        print(f"PLABA dev, {p['records']} sentences ({p['seconds']} s), replace mode:")
        for name in ("glossary", "glossary+splitter"):
            x = p[name]
            print(f"  {name:18} SARI {x['sari']:.2f} (keep/delete/add {' / '.join(map(str, x['sari_keep_delete_add']))}), "
                  f"FK {x['fk_grade']}, facts kept {x['facts_kept']} %")
        print(f"  sentences split {p['sentences_split']}, splitter edits {p['splitter_edits']}, "
              f"not idempotent {p['not_idempotent']}")


if __name__ == "__main__":
    main()
