"""A disease keeps its name beside its short form (issue 6). Replace mode wrote "plain words (ABBR)" for
a term followed by its short form, which dropped the name readers know and look up: "Parkinson's
disease (PD)" read "shaking and stiffness brain disease (PD)", "Rheumatoid arthritis (RA)" read "Immune
joint disease (RA)". A condition, or a term named after a person, now keeps it: "(rheumatoid arthritis,
or RA)", as explain mode writes it. Other terms still give way to the short form the text goes on with.
And a name at the start of a sentence kept its capital letter only outside the bracket: "(crohn's
disease)"."""

from __future__ import annotations

import pytest

import plainspeak


@pytest.mark.parametrize("text, expected", [
    ("Long-term treatment of Parkinson's disease (PD) is hampered by motor complications.",
     "Long-term treatment of shaking and stiffness brain disease (Parkinson's disease, or PD) is hampered by "
     "motor problems."),
    ("Crohn's disease (CD) is a bowel disease.",
     "Long-term swelling of the gut (Crohn's disease, or CD) is a bowel disease."),
    ("Rheumatoid arthritis (RA) is common.", "Immune joint disease (rheumatoid arthritis, or RA) is common."),
    ("Patients with chronic obstructive pulmonary disease (COPD) were seen.",
     "Patients with long-term lung disease (chronic obstructive pulmonary disease, or COPD) were seen."),
    # a test or procedure gives way to the short form the text goes on with
    ("A lumbar puncture (LP) was done.", "A spinal tap (LP) was done."),
])
def test_a_named_disease_keeps_its_name_beside_its_short_form(text, expected):
    assert plainspeak.simplify(text).text == expected


def test_a_name_keeps_its_capital_in_the_bracket_at_the_start_of_a_sentence():
    out = plainspeak.simplify("Raynaud's phenomenon makes the fingers turn white in the cold.").text
    assert "(Raynaud's phenomenon)" in out, out
    assert plainspeak.simplify("Lesions were seen.").text == "Abnormal areas (lesions) were seen."
