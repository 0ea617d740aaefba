"""A purpose put first ("To prevent irritation of the esophagus, tetracycline should be swallowed while
upright") opens the sentence like a condition, and the passive order after it becomes the order. The
passive-order rule had read "To prevent irritation ..., tetracycline" as the subject and written
"Swallow to prevent irritation of the food pipe, tetracycline while upright" (the ninth dev set, read
after it was scored blind)."""

from __future__ import annotations

import pytest

import plainspeak


@pytest.mark.parametrize("text, expected", [
    ("To prevent irritation of the esophagus, tetracycline should be swallowed while upright, and lying down "
     "should be avoided for at least 30 minutes afterward.",
     "To prevent irritation of the food pipe, swallow tetracycline while upright, and avoid lying down for at "
     "least 30 minutes afterward."),
    ("To reduce swelling, the leg should be elevated on pillows.", "To reduce swelling, raise the leg on pillows."),
])
def test_a_purpose_first_keeps_its_place_before_the_order(text, expected):
    out = plainspeak.simplify(text).text
    assert out == expected
    assert plainspeak.simplify(out).text == out
