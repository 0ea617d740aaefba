"""Passive orders from the tenth set of handouts that stayed passive (stop 22): each said as an order
now, and the near cases where the reading is not certain left as they were."""

from __future__ import annotations

import pytest

from splitter_helpers import assert_cut

CHANGED = [
    # a passive with "later" between its helper and "be", after an order made from an "If" clause's main clause
    # (a missed dose is the reader's, who remembers it)
    ("If a dose is missed, it should be taken as soon as it is remembered on the same day, and the usual twice-daily "
     "schedule should later be restarted.",
     "If you miss a dose, take it as soon as you remember on the same day, and later restart the usual "
     "twice-daily schedule."),
    ("If a dose is missed, take it as soon as it is remembered, unless the next dose is due within 2 hours.",
     "If you miss a dose, take it as soon as you remember, unless the next dose is due within 2 hours."),
    ("If a dose is missed, it may be taken later the same day.", "If you miss a dose, it may be taken later the same day."),
    # (an inverted condition goes all the way at once: "Should a dose be missed" -> "If you miss a dose"; and an order
    # after a linking phrase is said after it)
    ("Should a dose be missed, it should be taken as soon as it is remembered, unless the next dose is due within 6 "
     "hours, in which case the missed dose is to be skipped.",
     "If you miss a dose, take it as soon as you remember, unless the next dose is due within 6 hours. In that case, "
     "skip the missed dose."),
    ("Otherwise, it should be skipped.", "Otherwise, skip it."),
    ("However, the wound should be kept dry.", "However, keep the wound dry."),
    ("A barrier cream should later be applied.", "Later apply a barrier cream."),
    # whom to tell, listed with commas
    ("All doctors, dentists, and pharmacists should be told that apixaban is being taken, especially before any "
     "procedure or surgery.",
     "Tell all doctors, dentists, and pharmacists that apixaban is being taken, especially before any procedure or "
     "surgery."),
    ("Your doctor, nurse, or pharmacist should be told about all the medicines you take.",
     "Tell your doctor, nurse, or pharmacist about all the medicines you take."),
    ("The prescriber should be told if kidney problems are present.", "Tell the prescriber if kidney problems are present."),
    # a subject with amounts in it, and a second item after ", or"
    ("A gain of more than 2 lb in one day or 5 lb in one week, or a loss over 2 lb per day for several days, should "
     "be reported.",
     "Report a gain of more than 2 lb in one day or 5 lb in one week, or a loss over 2 lb per day for several days."),
    # a second subject whose helper is left out ("and your prescriber contacted"): an order too; a dose held back is
    # a dose skipped
    ("If any of these symptoms develop, the next dose should be withheld and your prescriber contacted right away.",
     "If any of these symptoms develop, skip the next dose and contact your prescriber right away."),
    ("After 21 days, clopidogrel is to be stopped and aspirin continued alone.",
     "After 21 days, stop clopidogrel and continue aspirin alone."),
    ("Allopurinol should be stopped and your doctor told right away if a skin rash or fever develops.",
     "Stop allopurinol and tell your doctor right away if a skin rash or fever develops."),
    # (a phrase of how after the second participle: read as the same gap, never "and the site covered" after an order)
    ("The drain should be removed and the site covered with a bandage.",
     "Remove the drain and cover the site with a bandage."),
    # a child in the reader's care, with a verb of its care; "the needs of the baby" is a noun, no verb of the subject's
    ("The baby should be fed on demand, and too much pumping beyond the needs of the baby should be avoided.",
     "Feed the baby on demand, and avoid too much pumping beyond the needs of the baby."),
    ("Young children should not be held on the lap.", "Do not hold young children on the lap."),
    ("It is very important that your child be kept as calm as possible.", "Keep your child as calm as possible."),
    ("It is very important that your baby be kept warm during the first few days at home.",
     "Keep your baby warm during the first few days at home."),
    ("Your child should be kept home from school for 2 days.", "Keep your child home from school for 2 days."),
    ("Your child should be placed on his back to sleep.", "Place your child on his back to sleep."),
    # "put" with where the thing goes; "closed", "secured"; a later participle before a phrase of how needs its object
    ("Preservative-free artificial tears (eye drops for dryness) should be put into the eye with the problem every 1 to 2 "
     "hours while awake.",
     "Put preservative-free artificial tears (eye drops for dryness) into the eye with the problem every 1 to 2 hours "
     "while awake."),
    ("The eyelid should later be closed gently and secured with a soft eye patch or with paper tape.",
     "Later close the eyelid gently and secure it with a soft eye patch or with paper tape."),
    # a series after a semicolon, never read from the "and" inside the second subject
    ("The eye should be closed gently; blinking and squeezing should be avoided.",
     "Close the eye gently; avoid blinking and squeezing."),
    # a hyphenated word of common words opens a subject, no name
    ("Donut-shaped cushions should not be used, since they restrict circulation to the skin.",
     "Do not use donut-shaped cushions, since they restrict circulation to the skin."),
    # a subject with a comparison in it after ", and": a new clause, cut, and its passive said as an order
    ("Active lifting, reaching, pushing, or pulling with the operative arm is not allowed, and objects heavier than a "
     "coffee cup should not be held in that hand until clearance has been given.",
     "Active lifting, reaching, pushing, or pulling with the operative arm is not allowed. Do not hold objects heavier "
     "than a coffee cup in that hand until clearance has been given."),
    # a comma between a noun's adjectives is inside its noun phrase, after an opener or not
    ("After that, a thick, fragrance-free moisturizer such as petroleum jelly should be applied to the whole body "
     "within 3 minutes.",
     "After that, apply a thick, fragrance-free moisturizer such as petroleum jelly to the whole body within 3 minutes."),
    ("A thick, fragrance-free moisturizer should be applied to the whole body.",
     "Apply a thick, fragrance-free moisturizer to the whole body."),
    # a combination written with a hyphen is a medicine its dose stays with, so the semicolon may be cut
    ("Oxycodone-acetaminophen 5/325 mg, 1 to 2 tablets by mouth every 4 to 6 hours if needed for severe pain, may be "
     "prescribed; more acetaminophen should not be taken at the same time.",
     "Oxycodone-acetaminophen 5/325 mg, 1 to 2 tablets by mouth every 4 to 6 hours if needed for severe pain, may be "
     "prescribed. Do not take more acetaminophen at the same time."),
    # a longer listed subject after ", and" (items with their examples): cut, and its passive said as an order
    ("Several often used medicines are known to increase lithium levels significantly, and NSAIDs such as ibuprofen and "
     "naproxen, thiazide diuretics (water pills) such as hydrochlorothiazide, and ACE inhibitors (blood pressure "
     "medicines) such as lisinopril should not be started without talking to your prescriber.",
     "Several often used medicines are known to increase lithium levels significantly. Do not start NSAIDs such as "
     "ibuprofen and naproxen, thiazide diuretics (water pills) such as hydrochlorothiazide, and ACE inhibitors (blood "
     "pressure medicines) such as lisinopril without talking to your prescriber."),
]

UNCHANGED = [
    # a clause inside the subject: no list of whom to contact
    "Your doctor, who knows your history, should be called.",
    # a time with its number before the comma is no subject
    "In 2 weeks, the dressing should be removed.",
    "The first 2 days, the bandage should be kept dry.",
    # a second subject whose doer is named, or a medicine "withheld" (no dose to skip): the passive stays whole
    "The results should be checked and the dose changed by your doctor.",
    "Metformin should be withheld for 48 hours after the scan.",
    # a child with a verb that is not one of its care, or a patient (who may be the reader)
    "Your child should be used to the mask before the trip.",
    "Your child should be seen by a doctor within 2 days.",
    "The patient should be kept in bed for 2 hours.",
    # "put" as part of another verb
    "Sex should be put off until clearance is given at the visit after surgery.",
    "It should be put on a small amount of food.",
    # a hyphenated name
    "Jean-Paul should be told about the plan.",
    # a symptom "checked" is seen to by a clinician: no reader's check, after a linking word or not
    "Bleeding that soaks through several pads in an hour should be checked.",
    "However, bleeding that soaks through several pads in an hour should be checked.",
    # a missed dose whose doer is named; remembering with no missed dose of the reader's
    "If a dose is missed by the nurse, it should be given as soon as it is remembered.",
    "Missed doses should be given as soon as it is remembered.",
    # a dose with no medicine the words name stays in the sentence that names one
    "Blue-pill 5 mg may be prescribed; more acetaminophen should not be taken at the same time.",
]


@pytest.mark.parametrize("text, expected", CHANGED)
def test_passive_order_said_as_an_order(text: str, expected: str) -> None:
    assert_cut(text, expected, guarded=True)


@pytest.mark.parametrize("text", UNCHANGED)
def test_passive_left_alone(text: str) -> None:
    assert_cut(text, text)


# a checklist item in the passive with its helper left out is an order; behind a checkbox only
CHECKLIST = [
    ("- [ ] Alcohol avoided\n", "- [ ] Avoid alcohol\n"),
    ("- [ ] Total sodium intake limited to 2 g (2,000 mg) per day; canned soups, deli meats, frozen meals, and "
     "restaurant food should be avoided\n",
     "- [ ] Limit total sodium intake to 2 g (2,000 mg) per day; avoid canned soups, deli meats, frozen meals, and "
     "restaurant food\n"),
    ("- [ ] NSAIDs such as ibuprofen, naproxen, and aspirin avoided, as they may cause kidney injury and bleeding; "
     "acetaminophen up to 2,000 mg per day is considered acceptable\n",
     "- [ ] Avoid NSAIDs such as ibuprofen, naproxen, and aspirin, as they may cause kidney injury and bleeding; "
     "acetaminophen up to 2,000 mg per day is considered acceptable\n"),
    # a medicine named with its dose, even one the word list does not know
    ("- [ ] Lactulose 20 g (30 mL) by mouth repeated two to three times daily, with the dose changed so that 2 to 3 "
     "soft bowel movements are made each day\n",
     "- [ ] Repeat lactulose 20 g (30 mL) by mouth two to three times daily, with the dose changed so that 2 to 3 "
     "soft bowel movements are made each day\n"),
    ("- [ ] Spironolactone 100 mg by mouth taken once daily with breakfast\n",
     "- [ ] Take spironolactone 100 mg by mouth once daily with breakfast\n"),
    # a later participle after ", and" keeps its comma in an item with no full stop
    ("- [ ] Weight measured after urinating and before breakfast, using the same scale, and recorded\n",
     "- [ ] Measure weight after urinating and before breakfast, using the same scale, and record it\n"),
]

CHECKLIST_KEPT = [
    # no checkbox: a list may say what the clinic does
    "- Dressing changed daily\n",
    # a helper of its own: a statement of what has been done
    "- [ ] Hands have been washed with soap and water\n",
    # a verb whose doer may be the clinic, or a person
    "- [ ] Blood tests checked every week\n",
    "- [ ] Patient kept in bed\n",
]


@pytest.mark.parametrize("text, expected", CHECKLIST)
def test_checklist_passive_said_as_an_order(text: str, expected: str) -> None:
    assert_cut(text, expected, guarded=True)


@pytest.mark.parametrize("text", CHECKLIST_KEPT)
def test_checklist_item_left_alone(text: str) -> None:
    assert_cut(text, text)
