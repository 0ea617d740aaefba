"""simplify and analyze pause the cyclic garbage collector for a short text in a one-thread process
(engine._collector_paused): the collector must come out of every call as it went in, whatever the
host had set, and must never be paused while other threads run."""

import gc
import threading

import pytest

from plainspeak.engine import GC_PAUSE_MAX_CHARS, _collector_paused

NOTE = "Take 1 tab PO BID for HTN."


def test_a_call_leaves_a_running_collector_running(engine):
    assert gc.isenabled()
    assert engine.simplify(NOTE).text == "Take 1 tablet by mouth 2 times a day for high blood pressure."
    assert [f.text for f in engine.analyze(NOTE).findings] == ["tab", "PO", "BID", "HTN"]
    assert gc.isenabled()


def test_a_call_never_resumes_a_collector_the_host_paused(engine):
    gc.disable()
    try:
        engine.simplify(NOTE)
        engine.analyze(NOTE)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_paused_inside_a_short_call_and_back_after_an_error():
    with _collector_paused(True):
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with _collector_paused(True):
            raise ValueError("the call failed")
    assert gc.isenabled()


def test_a_long_text_keeps_the_collector_running(engine):
    with _collector_paused(False):
        assert gc.isenabled()
    long_text = (NOTE + " ") * (GC_PAUSE_MAX_CHARS // len(NOTE) + 1)
    seen = []
    gc.callbacks.append(lambda phase, info: seen.append(gc.isenabled()) if phase == "start" else None)
    try:
        engine.simplify(long_text)
    finally:
        gc.callbacks.pop()
    assert seen and all(seen)


def test_no_pause_while_another_thread_runs(engine):
    # with two threads calls may overlap, and one call's pause would cover the other's for good
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with _collector_paused(True):
            assert gc.isenabled()
        out: list[str] = []
        threads = [threading.Thread(target=lambda: out.append(engine.simplify(NOTE).text)) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        stop.set()
        other.join()
    assert out == ["Take 1 tablet by mouth 2 times a day for high blood pressure."] * 4
    assert gc.isenabled()
