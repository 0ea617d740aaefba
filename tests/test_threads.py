"""One Simplifier shared by many threads gives exactly what it gives one caller at a time (a web
server builds one at start-up and calls it from every request)."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import plainspeak

HERE = Path(__file__).parent
MODES = ("replace", "explain", "define")


def texts() -> list[str]:
    sentences = [json.loads(line)["text"] for line in (HERE / "data" / "clinical_sentences.jsonl").read_text().splitlines() if line.strip()]
    examples = [p.read_text(encoding="utf-8") for p in sorted((HERE.parent / "examples").glob("*")) if p.suffix in (".txt", ".md")]
    # single sentences, short notes made of neighbours, whole documents: different lengths, so the
    # threads interleave at different points
    notes = ["\n".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)]
    return sentences + notes + examples


def work(engine: plainspeak.Simplifier, job: tuple[int, str]) -> dict:
    i, text = job
    mode = MODES[i % len(MODES)]
    return {"analysis": engine.analyze(text).to_dict(), "simplification": engine.simplify(text, mode=mode).to_dict()}


def test_eight_threads_give_the_sequential_results():
    engine = plainspeak.Simplifier()
    jobs = list(enumerate(texts()))
    assert len(jobs) > 200
    sequential = [work(engine, j) for j in jobs]
    # every text twice, in an order that differs from the sequential one, from 8 threads
    shuffled = jobs[::-1] + jobs[1::2] + jobs[::2]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda j: (j[0], work(engine, j)), shuffled))
    assert len(threaded) == 2 * len(jobs)
    for i, result in threaded:
        assert result == sequential[i], f"text {i} differs when threads share the engine"


def test_a_fresh_engine_used_first_from_many_threads_at_once():
    """Nothing is built lazily in a way that lets the first callers see half of it."""
    engine = plainspeak.Simplifier(mode="explain")
    text = "Pt with HTN and DM2. Take 1 tab PO BID. No SOB. Renal function stable.\n- f/u in 2 wks"
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: engine.simplify(text).to_dict(), range(32)))
    assert all(r == results[0] for r in results)
    assert results[0] == engine.simplify(text).to_dict()
