"""Plainer, shorter words (issue 6, stop 22): formal words and phrases left in the outputs of the read
handout sets (the tenth among them), each swap tested on the sentence it was found in (or one of the same
shape), and where it must not fire: "significantly" is "greatly" only before a verb of change and never in
a study's sentence (a statistics word there); "is considered" is "is thought to be" only before a word
that judges ("safe", "normal"); "is consistently" is "stays" only before a limit; "completed" and "result
in" only as verbs ("a completed stroke", "promising results in"); "the operative arm" is "the treated arm"
(a relative clause in the subject would stop the splitter's cut)."""

import pytest


def _both(engine, text, mode="replace"):
    out = engine.simplify(text, mode=mode).text
    assert engine.simplify(out, mode=mode).text == out  # simplifying the output changes nothing
    return out


@pytest.mark.parametrize("text, expected", [
    ('A blood clot, usually originating in the deep veins of the leg, has travelled to the lungs.',
     'A blood clot, usually starting in the deep veins of the leg, has travelled to the lungs.'),
    ('Sodium originates from processed and restaurant foods.',
     'Sodium comes from processed and restaurant foods.'),
    ('Never take two doses at the same time to compensate for a missed dose.',
     'Never take two doses at the same time to make up for a missed dose.'),
    ('Take the whole course. This is because premature stopping may permit the infection to come back.',
     'Take the whole course. This is because early stopping may allow the infection to come back.'),
    ('Take the complete course even if symptoms improve within the first two days, since premature discontinuation is associated with recurrence and abscess formation.',
     'Take the complete course even if symptoms improve within the first two days. This is because early stopping is linked to return and abscess (pocket of pus) formation.'),
    ('A stent is placed where a portion of the heart muscle is without oxygen.',
     'A stent (small tube) is placed where part of the heart muscle is without oxygen.'),
    ('It is often in association with fever above 100.4 °F (38 °C).',
     'It is often along with fever above 100.4 °F (38 °C).'),
    ('Do not start driving until clearance has been given at your visit after surgery.',
     'Do not start driving until you have been cleared at your visit after surgery.'),
    ('Avoid heavy lifting for 4 weeks, or until clearance is given at your visit.',
     'Avoid heavy lifting for 4 weeks, or until you are cleared at your visit.'),
    ('The sling may be removed only for bathing, dressing, and prescribed exercises, and the operative arm should be kept close to the body whenever the sling is off.',
     'The sling may be removed only for bathing, dressing, and prescribed exercises. Keep the treated arm close to the body whenever the sling is off.'),
    ('Lifting of objects heavier than 10 pounds should be avoided, and the arm on the operative side should not be raised above shoulder level until the drains have been removed.',
     'Avoid lifting of objects heavier than 10 pounds. Do not raise the arm on the treated side above shoulder level until the drains have been removed.'),
    ('Place a pillow under the operative knee.',
     'Place a pillow under the treated knee.'),
    ('Keep the non-operative arm free.',
     'Keep the non-operative arm free.'),
    ('Avoid aspirin for 48 hours unless otherwise directed, as it may increase bleeding.',
     'Avoid aspirin for 48 hours unless told otherwise, as it may increase bleeding.'),
    ('Call if your pulse is consistently below 50 beats per minute.',
     'Call if your pulse stays below 50 beats per minute.'),
    ('Keep taking it until your fasting blood sugar is consistently between 80 and 130 mg/dL.',
     'Keep taking it until your fasting blood sugar stays between 80 and 130 mg/dL.'),
    ('The finding is consistently associated with risk.',
     'The finding is consistently linked to risk.'),
    ('None are consistently effective.',
     'None are consistently effective.'),
    ('Its control depends on salt restriction and the consistent use of diuretic medications.',
     'Its control depends on salt limit and the regular use of diuretic medications (water pills).'),
    ('Do not wake your child unless you have been specifically told to do so.',
     'Do not wake your child unless you have been told to do so.'),
    ('Avoid aspirin, unless specifically prescribed.',
     'Avoid aspirin, unless prescribed for you.'),
    ('Do not use loperamide (Imodium) unless specifically approved by your doctor.',
     'Do not use loperamide (Imodium) unless approved by your doctor.'),
    ('The dose will be individually adjusted by your prescriber.',
     'The dose will be adjusted for each person by your prescriber.'),
    ('Wear the sling, as the repaired tendon is not yet sufficiently strong.',
     'Wear the sling, as the repaired tendon is not yet strong enough.'),
    ('Your belly pain has improved sufficiently to permit discharge.',
     'Your belly pain has improved enough to allow discharge.'),
    ('About 6 weeks is needed before the fistula is sufficiently developed to be used.',
     'About 6 weeks is needed before the passage between two body parts (fistula) is developed enough to be used.'),
    ('Both are considered safe while breastfeeding.',
     'Both are thought to be safe while breastfeeding.'),
    ('A small amount of clear drainage is considered normal.',
     'A small amount of clear drainage is thought to be normal.'),
    ('Blood in the semen may last for 4 to 6 weeks and is not considered harmful.',
     'Blood in the semen may last for 4 to 6 weeks and is not thought to be harmful.'),
    ('Taking two tablets the next day is usually considered acceptable.',
     'Taking two tablets the next day is usually thought to be acceptable.'),
    ('It is considered safe throughout pregnancy and breastfeeding.',
     'It is thought to be safe throughout pregnancy and breastfeeding.'),
    ('These medications are considered compatible with breastfeeding.',
     'These medicines are thought to be safe while breastfeeding.'),
    ('Adverse effects were considered detrimental.',
     'Side effects were thought to be harmful.'),
    ('The episode was considered to have been brought on by alcohol use.',
     'The episode was considered to have been brought on by alcohol use.'),
    ('Acetaminophen is usually considered the preferred option.',
     'Acetaminophen is usually considered the preferred option.'),
    ('The use of leg compression can be considered stable CHF patients.',
     'The use of leg compression can be considered stable (steady) CHF (heart failure) patients.'),
    ('Do not take potassium supplements unless specifically directed.',
     'Do not take potassium supplements unless told.'),
    ('This is because premature cessation greatly raises the risk.',
     'This is because early stopping greatly raises the risk.'),
    ('After the dressing has been removed, brief showering is acceptable.',
     'After the dressing has been removed, brief showering is fine.'),
    ('The skin in these areas is more susceptible to thinning.',
     'The skin in these areas is more at risk of thinning.'),
    ('Because it weakens part of the immune response, it is linked to an increased susceptibility to infection.',
     'Because it weakens part of the immune response, it is linked to a higher risk of infection.'),
    ('Do not stop apixaban, as stopping significantly raises the risk of stroke.',
     'Do not stop apixaban, as stopping greatly raises the risk of stroke.'),
    ('Other drugs may significantly change apixaban levels.',
     'Other drugs may greatly change apixaban levels.'),
    ('In this study, smoking significantly raised the risk of stroke (p < 0.01).',
     'In this study, smoking significantly raised the risk of stroke (p < 0.01).'),
    ('Smoking significantly raised the risk of stroke in the treated group.',
     'Smoking significantly raised the risk of stroke in the treated group.'),
    ('Smoking significantly increases the likelihood of stroke.',
     'Smoking greatly raises the chance of stroke.'),
    ('The risk of a blood clot in a vein is significantly increased after C-section.',
     'The risk of a blood clot in a vein is greatly increased after C-section.'),
    ('Results: Dronedarone significantly decreased mean 24-hour heart rate.',
     'Results: Dronedarone significantly decreased mean 24-hour heart rate.'),
    ('Both positions were significantly lower than the others.',
     'Both positions were significantly lower than the others.'),
    ('The pain was significantly worse.',
     'The pain was significantly worse.'),
    ('The test is usually completed in 8 to 12 minutes.',
     'The test is usually finished in 8 to 12 minutes.'),
    ('Every dose must be completed even if you feel well.',
     'Finish every dose even if you feel well.'),
    ('Diarrhea coming back after treatment has been completed.',
     'Diarrhea coming back after treatment has been finished.'),
    ('The risk of a completed stroke is greatest during the first 48 hours.',
     'The risk of a completed stroke is greatest during the first 48 hours.'),
    ('Of 350 children, 284 completed the study.',
     'Of 350 children, 284 completed the study.'),
    ('Too much oxygen may cause carbon dioxide retention, resulting in sleepiness, headache and confusion.',
     'Too much oxygen may cause carbon dioxide retention, leading to sleepiness, headache and confusion.'),
    ('This can result in low blood calcium.',
     'This can lead to low blood calcium.'),
    ('This results in dryness and itching.',
     'This leads to dryness and itching.'),
    ('Lorazepam treatment resulted in less agitation.',
     'Lorazepam treatment led to less restlessness.'),
    ('The drug has shown promising results in trials.',
     'The drug has shown promising results in trials.'),
    ('The full benefit may not be apparent for 2 to 3 months.',
     'The full benefit may not be clear for 2 to 3 months.'),
    ('This may not become apparent until several hours later.',
     'This may not become clear until several hours later.'),
    ('There was no apparent cause.',
     'There was no apparent cause.'),
    ('It is acceptable for your child to sleep.',
     'It is fine for your child to sleep.'),
    ('Take 1,200 mg daily, preferably from food sources.',
     'Take 1,200 mg daily, best from food sources.'),
])
def test_formal_words_s22(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Do not start driving until clearance has been given at your visit after surgery.',
     'Do not start driving until you have been cleared at your visit after surgery.'),
    ('Place a pillow under the operative knee.',
     'Place a pillow under the treated knee.'),
])
def test_formal_words_s22_explain(engine, text, expected):
    assert _both(engine, text, "explain") == expected


@pytest.mark.parametrize("text, expected", [
    # "permit" is "allow" as a verb: after "to", a helping verb, a pronoun or a link word; the noun stays
    ('Treatment has been started to prevent extension of the clot and to permit your body to slowly dissolve it.',
     'Treatment has been started to prevent extension of the clot and to allow your body to slowly dissolve it.'),
    ('Do not smoke or permit open flames near oxygen equipment.',
     'Do not smoke or allow open flames near oxygen equipment.'),
    ('It permits the administration of intravenous therapy.',
     'It allows the administration of intravenous (through a vein) therapy.'),
    ('This is because premature stopping may permit the infection to come back.',
     'This is because early stopping may allow the infection to come back.'),
    ('Bring your parking permit.',
     'Bring your parking permit.'),
    ('Work permits are needed.',
     'Work permits are needed.'),
    ('Driving is permitted after 2 weeks.',
     'Driving is allowed after 2 weeks.'),
    ('Ice for 20 minutes at a time and enough rest are also recommended.',
     'Ice for 20 minutes at a time and enough rest are also advised.'),
    ('Deep, forceful massage of the breast is no longer recommended.',
     'Deep, forceful massage of the breast is no longer advised.'),
    ("Give 2.5 mg by mouth once daily, if recommended by your child's doctor.",
     "Give 2.5 mg by mouth once daily, if advised by your child's doctor."),
])
def test_permit_and_recommended_s22(engine, text, expected):
    assert _both(engine, text) == expected


@pytest.mark.parametrize("mode, text, expected", [
    # "markedly" is a formal word, not a medical one: replace mode swaps it ("markedly (greatly) reduced" read twice)
    ('replace', 'Never take grapefruit, since they markedly raise tacrolimus levels.',
     'Never take grapefruit, since they greatly raise tacrolimus levels.'),
    ('replace', 'Call for dizziness or markedly reduced urine output.',
     'Call for dizziness or greatly reduced urine output.'),
    ('explain', 'Call for dizziness or markedly reduced urine output.',
     'Call for dizziness or markedly (greatly) reduced urine output.'),
])
def test_markedly_is_greatly_s22(engine, mode, text, expected):
    assert _both(engine, text, mode) == expected
