"""The JSON of `check` is written by report.jsonfmt, and to_dict() caches each class's field names:
both must give exactly what json.dumps(indent=2, ensure_ascii=False) of the dataclasses' fields gave."""

from __future__ import annotations

import enum
import json
import math
from dataclasses import fields
from pathlib import Path

import pytest

import plainspeak
from plainspeak import batch
from plainspeak.model import Analysis, Edit, Finding, Rejection, Scores, Sense, SentenceReport, Simplification
from plainspeak.report import CheckResult
from plainspeak.report.jsonfmt import dumps

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = [ROOT / "examples" / n for n in ("discharge_note.txt", "handout.md", "portal_message.txt")]


def reference_to_dict(obj):
    """to_dict() as it was written first: dataclasses.fields() walked on every call."""
    def plain(value):
        if hasattr(value, "to_dict"):
            return reference_to_dict(value) if hasattr(value, "__dataclass_fields__") else value.to_dict()
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        return value
    return {f.name: plain(getattr(obj, f.name)) for f in fields(obj)}


def reference_json(data, level=0):
    return json.dumps(data, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)


@pytest.fixture(scope="module")
def results():
    out = []
    for path in EXAMPLES:
        text = path.read_text()
        out.append(plainspeak.analyze(text))
        for mode in ("replace", "explain", "define"):
            out.append(plainspeak.simplify(text, mode=mode))
    return out


def test_to_dict_is_the_fields_walk_with_the_same_order_and_types(results):
    for r in results:
        d = r.to_dict()
        ref = reference_to_dict(r)
        assert d == ref
        assert repr(d) == repr(ref)  # key order, and lists (not tuples) all the way down
        assert list(d) == [f.name for f in fields(r)]


def test_to_dict_of_every_class_and_of_extra():
    sense = Sense("left eye", "left eye", "abbr:os")
    finding = Finding(0, 2, "OS", "abbreviation", ambiguous=True, senses=(sense,), alternatives=("a", "b"))
    edit = Edit(0, 2, "OS", "left eye", "abbreviation", "abbr:os")
    scores = Scores(*[1.5] * 9, 10, 1, 0, 0, 1, 10.0, notes=("short",))
    sentence = SentenceReport(0, 2, "OS", "paragraph", 1, 1.0, 1.0, False, False, 1, findings=(finding,))
    analysis = Analysis("OS", (finding,), scores, (sentence,), warnings=("w",))
    simp = Simplification("OS", "left eye", (edit,), scores, scores, (), rejected=(Rejection(edit, "why"),),
                          extra={"model": "m", "tries": (1, 2), "nested": {"e": edit, "n": None}})
    for obj in (sense, finding, edit, scores, sentence, analysis, simp):
        assert repr(obj.to_dict()) == repr(reference_to_dict(obj))
    assert simp.to_dict()["extra"] == {"model": "m", "tries": [1, 2], "nested": {"e": edit.to_dict(), "n": None}}


def test_dumps_is_json_dumps_on_real_results(results):
    for r in results:
        d = r.to_dict()
        for level in (0, 1, 3):
            assert dumps(d, level) == reference_json(d, level)


class Level(enum.IntEnum):
    HIGH = 3


class Name(str):
    pass


@pytest.mark.parametrize("value", [
    None, True, False, 0, -7, 10**30, 0.1, 1e-7, 1e16, -0.0, 12.0, math.nan, math.inf, -math.inf,
    "", "plain", 'quote " backslash \\ slash /', "line\nbreak\ttab\r\x00\x1f\x7f", "é ü 中文 😀 \u2028",
    [], {}, (), [[]], [{}], {"a": []}, {"a": {}}, [1, "two", 3.0, None, True, [False, {"x": (1,)}]],
    {"k": {"j": {"i": [1, 2, {"h": "deep"}]}}}, {1: "int key", 2.5: "float key", True: "t", False: "f", None: "n"},
    {"": "empty key", "é\n": "escaped key"}, Level.HIGH, Name("sub"), {"sub": Name("x"), Name("k"): Level.HIGH},
])
def test_dumps_matches_json_dumps_value_by_value(value):
    for level in (0, 1, 2):
        assert dumps(value, level) == reference_json(value, level)
        assert dumps([value, {"v": value}], level) == reference_json([value, {"v": value}], level)


def test_dumps_refuses_what_json_dumps_refuses():
    for value in (object(), {"a": {1, 2}}, [b"bytes"], {(1, 2): "tuple key"}):
        with pytest.raises(TypeError):
            json.dumps(value)
        with pytest.raises(TypeError):
            dumps(value)


def test_check_report_items_and_list_are_json_dumps(tmp_path, results):
    batch.init_worker((), (), 20)
    items, dicts = [], []
    for path in EXAMPLES:
        result = batch.check_file(str(path), 8.0, "handout")
        checked = batch.for_report(result, batch.JSON)
        d = result.to_dict()
        assert checked.part == reference_json(d, 1)
        items.append(checked.part)
        dicts.append(d)
    missing = batch.check_file(str(tmp_path / "none.txt"), 8.0, "handout")
    assert isinstance(missing, CheckResult) and missing.error
    items.append(batch.for_report(missing, batch.JSON).part)
    dicts.append(missing.to_dict())
    assert batch.json_list(items) == json.dumps(dicts, ensure_ascii=False, indent=2) + "\n"
