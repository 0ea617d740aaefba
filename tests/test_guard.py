"""The guard: every fact of the source survives a proposal, whichever way it is written."""

import pytest

from plainspeak.rewrite.guard import check, facts, keeps_facts_together


@pytest.mark.parametrize("source, proposal", [
    ("Take two tablets.", "Take 2 tablets."),
    ("Take 2 tabs PO BID x 7 days.", "Take two tablets by mouth twice daily for seven days."),
    ("Use it twice daily.", "Use it 2 times a day."),
    ("Use it 2 times a day.", "Use it two times per day."),
    ("Acetaminophen 650 mg q6h PRN pain.", "Acetaminophen 650 mg every 6 hours if needed for pain."),
    ("Acetaminophen 650 mg q6h PRN pain.", "Acetaminophen 650 mg every six hours as needed for pain."),
    ("Oxycodone 5 mg q4-6h.", "Oxycodone 5 mg every 4 to 6 hours."),
    ("Pain in L knee.", "Pain in the left knee."),
    ("RLQ tenderness.", "Tenderness in the lower right belly."),
    ("Bilateral LE edema.", "Swelling in both legs."),
    ("B/L crackles.", "Crackling on both sides."),
    ("Give 0,5 mg now.", "Give 0.5 mg now."),
    ("Take 1-2 tabs.", "Take 1 to 2 tablets."),
    ("Max 3 g/day.", "At most 3 grams a day."),
    ("Take 25 mg QHS.", "Take 25 mg at bedtime."),
    ("Inject 10 U QD.", "Inject 10 units daily."),
    ("Take it every other day.", "Take it QOD."),
    ("Walk twenty-five minutes.", "Walk 25 minutes."),
    ("Take 2.5 tablets.", "Take two and a half tablets."),
    ("HR 72 bpm.", "Heart rate 72 beats a minute."),
    ("Patient denies chest pain.", "The patient says there is no chest pain."),
])
def test_the_same_fact_written_another_way_is_kept(source, proposal):
    assert check(source, proposal, trusted=False, implied="") == []


@pytest.mark.parametrize("source, proposal, reason", [
    ("Take 2 tablets.", "Take tablets.", "drops the number '2'"),
    ("Take two tablets.", "Take 3 tablets.", "drops the number '2'"),
    ("Metoprolol 25 mg BID.", "Metoprolol 25 mg daily.", "drops the frequency '2/day'"),
    ("Metoprolol 25 mg BID.", "Metoprolol 25 mg.", "drops the frequency '2/day'"),
    ("Acetaminophen 650 mg q6h.", "Acetaminophen 650 mg every 8 hours.", "drops the frequency 'every 6 hour'"),
    ("Give 25 mg metoprolol and 50 mcg levothyroxine.", "Give 50 mg metoprolol and 25 mcg levothyroxine.",
     "drops the dose '25 mg'"),
    ("No fever.", "Fever.", "drops the negation 'negation'"),
    ("The scan was not normal.", "The scan was normal.", "drops the negation 'negation'"),
    ("Pain in L knee.", "Pain in the knee.", "drops the side 'left'"),
    ("Pain in L knee.", "Pain in the right knee.", "drops the side 'left'"),
    ("Swelling of the LLE.", "Swelling of the leg.", "drops the side 'left'"),
    ("Bilateral edema.", "Swelling of one leg.", "drops the side 'both'"),
    ("A right to left shunt.", "A shunt.", "drops the side 'right'"),
    ("Give 0,5 mg.", "Give 5 mg.", "drops the number '0.5'"),
    ("Take 1-2 tabs.", "Take 2 tablets.", "drops the number '1'"),
    ("Take 25 mg QHS.", "Take 25 mg.", "drops the time 'night'"),
    ("Take it PRN.", "Take it.", "drops the frequency 'as needed'"),
    ("Start metoprolol today.", "Start the new pill today.", "drops the drug name 'metoprolol'"),
    ("Follow up on May 3.", "Follow up soon.", "drops the number '3'"),
    ("Weigh yourself daily.", "Weigh yourself.", "drops the frequency '1/day'"),
])
def test_a_lost_fact_is_refused_with_its_reason(source, proposal, reason):
    assert reason in check(source, proposal, trusted=False)
    assert reason in check(source, proposal, trusted=True)


def test_a_model_may_not_add_a_claim_but_the_glossary_may_spell_one_out():
    assert check("Take it BID.", "Take it 2 times a day.", trusted=True) == []
    assert check("Afebrile.", "No fever.", trusted=True) == []
    assert check("Afebrile.", "No fever.", trusted=False) == ["adds the negation 'negation'"]
    assert check("Afebrile.", "No fever.", trusted=False, implied="no fever") == []
    assert check("Take it with food.", "Take 2 of it with food.", trusted=False) == ["adds the number '2'"]
    assert check("Take it with food.", "Take it daily with food.", trusted=False) == ["adds the frequency '1/day'"]
    assert check("Knee pain.", "Left knee pain.", trusted=False) == ["adds the side 'left'"]
    assert check("Take the pill.", "Take aspirin.", trusted=False) == ["adds the drug name 'aspirin'"]


def test_brand_names_must_survive_a_model_but_not_a_glossary_edit():
    assert check("Keep taking your Lasix every day.", "Keep taking your water pill every day.", trusted=False) == [
        "drops the name 'Lasix'"
    ]
    assert check("Keep taking your Lasix every day.", "Keep taking your water pill every day.", trusted=True) == []


@pytest.mark.parametrize("text", [
    "You may feel tired.",        # "may" the verb is not the month
    "I am feeling better.",        # "am" the verb is not the morning
    "Call right away.",           # "right away" is not a side
    "Activities of daily living.",  # "daily" the adjective is not a schedule
    "Once you feel better, walk more.",  # "once" the conjunction is not a count
])
def test_words_with_another_everyday_meaning_are_not_facts(text):
    f = facts(text)
    assert not (f.numbers or f.sides or f.times or f.frequencies), f


def test_units_written_glued_or_spelled_count_once():
    assert facts("250mg").units == facts("250 milligrams").units == {"mg": 1}
    assert facts("250mg").doses == {"250 mg": 1}
    assert facts("2 L of fluid").sides == {}  # "2 L" is two litres, not the left side
    assert facts("2 L of fluid").doses == {"2 l": 1}


def test_thousands_separators_and_decimal_commas():
    assert facts("1,000 mg").numbers == {"1000": 1}
    assert facts("0,5 mg").numbers == {"0.5": 1}
    assert facts("days 1,2 and 3").numbers == {"1": 1, "2": 1, "3": 1}
    assert facts("1.0 mg").numbers == facts("1 mg").numbers
    assert facts(".5 mg").numbers == facts("0.5 mg").numbers


def test_a_memo_of_source_facts_changes_no_verdict():
    """The engine passes one memo for all the edits of a text; the verdicts are those of fresh checks."""
    source = "Take metformin 500 mg PO BID x7d; no NSAIDs. Left knee."
    proposals = [source.replace("BID", "2 times a day"), source.replace("500", "50"), source.replace("no ", ""),
                 source.replace("Left", "Right"), source.replace("x7d", "for 7 days"), source]
    memo: dict = {}
    for proposal in proposals:
        assert check(source, proposal, trusted=True, memo=memo) == check(source, proposal, trusted=True)
    assert list(memo) == [source]


def test_one_check_per_line_still_refuses_the_edit_that_loses_a_fact(engine):
    # two edits on one line: the line-at-once check must not let the good one carry the bad one
    from plainspeak.model import Edit

    text = "Pt has HTN and SBP <65 today.\nNo fever."
    good = Edit(7, 10, "HTN", "high blood pressure", "abbreviation", "test")
    bad = Edit(19, 20, "<", "less than", "unsafe-abbreviation", "test")  # "less than65": the 65 is lost
    fine = Edit(0, 2, "Pt", "The patient", "abbreviation", "test")
    accepted, rejected = [], []
    engine._guard(text, [fine, good, bad], accepted, rejected)
    assert accepted == [fine, good]
    assert [r.edit for r in rejected] == [bad] and "65" in rejected[0].why
    accepted, rejected = [], []
    engine._guard(text, [fine, good], accepted, rejected)
    assert accepted == [fine, good] and rejected == []


@pytest.mark.parametrize("source, proposal, reasons", [
    ("No fever but cough.", "Fever but no cough.",
     ["turns the denied 'fever' into a claim", "denies 'cough', which the source claims"]),
    ("Denies chest pain. Has nausea.", "Has chest pain. Denies nausea.",
     ["turns the denied 'chest' into a claim", "turns the denied 'pain' into a claim", "denies 'nausea', which the source claims"]),
    # kept: the same words denied, in other words or another order
    ("No fever.", "You do not have a fever.", []),
    ("Do not lift heavy things for 2 weeks.", "For 2 weeks, do not lift heavy things.", []),
    ("Do not take ibuprofen. Take acetaminophen.", "Take acetaminophen. Do not take ibuprofen.", []),
])
def test_a_model_rewrite_may_not_move_what_is_denied(source, proposal, reasons):
    # every negation and every word kept, yet the meaning reversed: counts alone would let it pass
    assert check(source, proposal, trusted=False) == reasons


def test_a_line_checked_at_once_does_not_let_one_edits_added_number_hide_anothers_loss():
    source = "Your A1c rose 3 points."
    # the first change adds a "3" in its own words; the second loses the 3 of the source
    proposal = "Your A1c (3-month sugar average) rose points."
    changes = [("A1c", "A1c (3-month sugar average)"), ("3 points", "points")]
    assert check(source, proposal, trusted=True) == []  # counted naively, the line still holds one 3
    assert keeps_facts_together(source, proposal, changes) is False
    kept = "Your A1c (3-month sugar average) rose 3 points."
    assert keeps_facts_together(source, kept, changes[:1]) is True


def test_a_line_checked_at_once_passes_only_when_every_fact_is_kept():
    source = "Take 1 tab PO BID, not at night, for the left knee."
    proposal = "Take 1 tablet by mouth 2 times a day, not at night, for the left knee."
    changes = [("tab", "tablet"), ("PO", "by mouth"), ("BID", "2 times a day")]
    assert keeps_facts_together(source, proposal, changes) is True
    assert keeps_facts_together(source, proposal.replace("not ", ""), changes) is False
    assert keeps_facts_together(source, proposal.replace("left", "right"), changes) is False


def test_an_ampersand_abbreviation_is_not_a_side():
    assert not facts("Admitted to L&D for R&R.").sides
    assert facts("R knee, L hip").sides == {"right": 1, "left": 1}
