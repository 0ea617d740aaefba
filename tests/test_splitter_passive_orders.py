"""Orders given in the passive, said as orders to the reader ("The dressing should be kept dry" ->
"Keep the dressing dry"): only with verbs whose doer is the reader, with every negation, time and
condition kept; nothing when the doer may be someone else or the subject is not what is acted on."""

from __future__ import annotations

import pytest


from splitter_helpers import assert_cut, shorten

CHANGED = [
    ("Fruit juice and ice pops should be offered every hour.", "Offer fruit juice and ice pops every hour."),
    ("The bandage should be kept clean and dry for 3 days.", "Keep the bandage clean and dry for 3 days."),
    # a negation stays an order not to
    ("Hot baths should not be taken for 1 week.", "Do not take hot baths for 1 week."),
    ("It should never be stopped without a plan.", "Never stop it without a plan."),
    ("Warfarin is not to be used with this antibiotic.", "Do not use warfarin with this antibiotic."),
    # "also" stays with the verb; two verbs go together
    ("Contact sports should also be avoided until the cast is off.", "Also avoid contact sports until the cast is off."),
    ("Coffee and tea should be limited or avoided.", "Limit or avoid coffee and tea."),
    # a list with its aside keeps its commas
    ("Foods that are hard, such as nuts and chips, should be avoided for 10 days.",
     "Avoid foods that are hard, such as nuts and chips, for 10 days."),
    ("New rash, fever, or swelling should be reported the same day.", "Report new rash, fever, or swelling the same day."),
    ("This inhaler is to be continued every day.", "Continue this inhaler every day."),
    # a wish of the writer's is the same order
    ("We suggest that the drops be used at bedtime.", "Use the drops at bedtime."),
    ("It is strongly recommended that you bring your list of medicines.", "Bring your list of medicines."),
    ("It is advised that heavy lifting not be restarted for 6 weeks.", "Do not restart heavy lifting for 6 weeks."),
    ("We suggest that your weight be measured each morning and recorded, before breakfast.",
     "Measure your weight each morning and record it, before breakfast."),
    # a medicine's name: "given" is the reader's verb there
    ("Ibuprofen is to be given with food.", "Give ibuprofen with food."),
    # "is discouraged"
    ("Bending at the waist is discouraged for 2 weeks.", "Avoid bending at the waist for 2 weeks."),
    # the sentence a cut makes opens with a passive order too
    ("Heavy lifting is discouraged for the first four weeks after the operation, and swimming should not be restarted "
     "until the wound has healed.",
     "Avoid heavy lifting for the first four weeks after the operation. Do not restart swimming until the wound has healed."),
]


@pytest.mark.parametrize("text,expected", CHANGED)
def test_a_passive_order_is_said_as_an_order(text, expected):
    assert_cut(text, expected, guarded=True)


UNCHANGED = [
    # the doer is named, or may be the clinic
    "Your wound should be checked by your nurse in 2 days.",
    "The test results should be reported to your doctor.",
    "The vaccine is to be given at 2 months.",
    "Blood samples should be taken before breakfast.",
    # a person is not the thing acted on (a child in the reader's care is, with a verb of its care: see
    # test_splitter_orders_s22.py)
    "Your partner should be kept home from work for 2 days.",
    # the subject has a verb of its own: not one noun phrase
    "Rest and fluids help the body heal and should be continued.",
    "Walking is allowed, although running should be avoided for 2 weeks.",
    # a condition before it: not at the start of the sentence
    "If the pain continues, the dose should be increased.",
    # "may" gives leave, it is no order
    "Tablets may be taken with or without food.",
    # a rare capitalised word may be a name
    "Zorbex should be taken with food.",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_other_passives_are_left_as_written(text):
    assert shorten(text) == text


def test_the_subjects_closing_comma_goes_when_a_comma_follows_the_verb():
    text = "Bleeding gums, especially after brushing, should be reported, as this may mean the dose is too high."
    out = shorten(text)
    # (19 words: the reason is cut off as a sure cut, and "as this may" is said "This may")
    assert out == "Report bleeding gums, especially after brushing. This may mean the dose is too high."
    assert ",," not in out and ",." not in out


@pytest.mark.parametrize("text, expected", [
    # the doer is named as people, not the reader: "Do not take sumatriptan by people who" was wrong
    ("Sumatriptan must not be taken by individuals who have heart disease.",
     "Sumatriptan must not be taken by people who have heart disease."),
    ("This medicine should not be used by anyone under 18 years.", "This medicine should not be used by anyone under 18 years."),
])
def test_a_passive_whose_doer_is_named_as_people_stays(engine, text, expected):
    assert engine.simplify(text).text == expected
