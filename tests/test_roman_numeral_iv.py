""""IV" after another Roman numeral is the number four, not "into a vein" (issue 4: numbers are not
jargon). The sig code's pattern already passed over "stage IV", "class IV" and the like; a series of
numerals ("NYHA classes III and IV", "types I, II, III and IV", "stages III-IV") was read as a route
and explained as "IV (into a vein)", in PLABA's abstracts and in cardiology letters alike."""

from __future__ import annotations

import pytest

import plainspeak

NUMERALS = [
    "Patients in NYHA classes III and IV were enrolled.",
    "Types I, II, III and IV were compared.",
    "Stages III-IV disease was found in 12 patients.",
    "Grades II/IV were seen in 3 cases.",
    "Classes I to IV are used.",
    "Stage II or IV cancer was excluded.",
]


@pytest.mark.parametrize("text", NUMERALS)
def test_iv_in_a_series_of_numerals_is_not_a_route(text):
    # it may still be reported as the abbreviation whose sense the cues pick or leave open, never
    # as the route, and the text keeps it as written
    found = [f for f in plainspeak.analyze(text).findings if f.text == "IV"]
    assert found and all(f.kind == "abbreviation" and "vein" not in (f.plain or "") for f in found)
    assert "vein" not in plainspeak.simplify(text).text


@pytest.mark.parametrize("text, expected", [
    ("Give cefazolin 1 g IV q8h.", "Give cefazolin 1 g IV (into a vein) every 8 hours."),
    ("Start IV fluids now.", "Start IV (into a vein) fluids now."),
    ("I gave the antibiotic IV.", "I gave the antibiotic IV (into a vein)."),
])
def test_iv_as_a_route_is_still_explained(text, expected):
    assert plainspeak.simplify(text).text == expected
