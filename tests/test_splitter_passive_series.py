"""A passive order's subject is a plain noun phrase inside its own clause (issue 6): an order the first
run wrote, with the comma that ends its clause, is never read as the subject of the next passive."""

from __future__ import annotations

from splitter_helpers import shorten

SERIES = ("Saturated fat should be limited to less than 10% of daily calories, added sugars should be avoided, "
          "and a fiber intake of 25 grams per day is encouraged.")
# both passive orders of the series said as orders in the first run (all of them that are passive orders)
FIRST = ("Limit saturated fat to less than 10% of daily calories, avoid added sugars, "
         "and a fiber intake of 25 grams per day is encouraged.")
# what the first run wrote before, as a text may still hold it
HALF = ("Limit saturated fat to less than 10% of daily calories, added sugars should be avoided, "
        "and a fiber intake of 25 grams per day is encouraged.")


def test_first_run_makes_every_passive_order_of_the_series():
    assert shorten(SERIES) == FIRST
    assert shorten(FIRST) == FIRST


def test_second_run_leaves_the_order_and_its_clause_alone():
    # it read "Avoid limit saturated fat ..., added sugars, and ...": the whole first clause taken as a subject
    assert shorten(HALF) == HALF


def test_an_order_with_a_bracket_the_glossary_wrote_is_no_subject_either():
    text = ("Limit saturated fat (fat found in meat and full-fat dairy) to less than 10% of daily calories, "
            "added sugars should be avoided, and a fiber intake of 25 grams per day is encouraged.")
    assert shorten(text) == text


def test_a_list_before_the_passive_stays_a_subject():
    assert shorten("New rash, fever, or swelling should be reported the same day.") == \
        "Report new rash, fever, or swelling the same day."


def test_a_series_of_passives_after_a_condition_becomes_a_series_of_orders():
    # all or none: each passive of the series is said as an order in the same run
    assert shorten("If hives or swelling of the lips or tongue develops, the medicine should be stopped and medical "
                   "care should be sought right away.") == \
        "If hives or swelling of the lips or tongue develops, stop the medicine and seek medical care right away."
    text = "Until all blisters have crusted over, the rash should be kept covered, and hands should be washed often."
    assert shorten(text) == "Until all blisters have crusted over, keep the rash covered, and wash hands often."
