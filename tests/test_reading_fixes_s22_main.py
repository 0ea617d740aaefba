"""Wrong wordings found reading the eleventh handout set's output (stop 22), fixed in their glossary rows:
each source with its exact output, and a second pass that changes nothing."""

from __future__ import annotations

import pytest

from simplified import simplified


@pytest.mark.parametrize("mode, source, expected", [
    # "joining spine bones" is a gerund phrase: after "lower back" it read as a plural subject
    # ("A lower back joining spine bones (spinal fusion) have been done")
    ("replace", "A lumbar spinal fusion has been performed to join two bones.",
     "A lower back surgery to join spine bones (spinal fusion) has been done to join two bones."),
    ("explain", "Spinal fusions are common.", "Spinal fusions (surgeries to join spine bones) are common."),
])
def test_reading_fix(mode, source, expected):
    assert simplified(source, mode) == expected
    assert simplified(expected, mode) == expected


@pytest.mark.parametrize("mode, source, expected", [
    # a count before a short form of a unit: its plain word is plural ("for 3 wk" read "for 3 week")
    ("replace", "Continue for 3 wk.", "Continue for 3 weeks."),
    ("replace", "Recheck in 2-3 wk.", "Recheck in 2-3 weeks."),
    ("explain", "Continue for 3 wk.", "Continue for 3 wk (weeks)."),
    # one is one; a count before a short form that counts nothing ("POD 2 s/p") changes nothing
    ("replace", "Continue for 1 wk.", "Continue for 1 week."),
    ("replace", "POD 2 s/p knee surgery.", "POD 2 (day 2 after surgery) after knee surgery."),
    # a unit in a compound adjective stays singular
    ("replace", "Collect a 24-hr urine sample.", "Collect a 24-hr urine sample."),
])
def test_a_counted_unit_is_plural(mode, source, expected):
    assert simplified(source, mode) == expected
    assert simplified(expected, mode) == expected
