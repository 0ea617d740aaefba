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
