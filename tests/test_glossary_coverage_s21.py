"""Glossary coverage added in stop 21 (issue 4: recall on clinical text no one has shown us).

Each new file under glossary/terms/ is checked on a few short sentences written the way discharge notes,
portal messages and handouts are: the exact findings (text, kind, canonical term), which file the new
entries come from, and the plain wording of the simplified text in replace and explain mode. Before these
entries the terms were missed, found only as rare words with no plain wording, or read wrongly
("tested positive for flu" read "tested showing signs of flu", "CT A/P" read "CT summary and plan",
"AP and lateral views" read "AP and outer views", "the knee aspiration" read as food going into the lungs,
"the sample was hemolyzed" read "the sample was breakdown of red blood cells")."""

from __future__ import annotations

import pytest

import plainspeak

CASES = {
    'eye_ear_mouth.csv': [
        ('Your child has esotropia and will start patching the stronger eye.',
         [('esotropia', 'term', 'esotropia'), ('patching', 'term', 'patching')],
         'Your child has esotropia (eye that turns in) and will start patching (wearing an eye patch) the stronger eye.',
         'Your child has esotropia (eye that turns in) and will start patching (wearing an eye patch) the stronger eye.'),
        ('A laser peripheral iridotomy was done on both eyes to lower the risk of angle closure.',
         [('laser peripheral iridotomy', 'term', 'iridotomy')],
         'A laser peripheral iridotomy (laser hole in the iris) was done on both eyes to lower the risk of angle closure.',
         'A laser peripheral iridotomy (laser hole in the iris) was done on both eyes to lower the risk of angle closure.'),
        ('The swelling by the eye is dacryocystitis.',
         [('dacryocystitis', 'term', 'dacryocystitis')],
         'The swelling by the eye is dacryocystitis (infected tear sac).',
         'The swelling by the eye is dacryocystitis (infected tear sac).'),
        ('Flexible nasendoscopy showed a normal voice box.',
         [('Flexible nasendoscopy', 'term', 'nasendoscopy')],
         'Flexible nasendoscopy (camera look into the nose and throat) showed a normal voice box.',
         'Flexible nasendoscopy (camera look into the nose and throat) showed a normal voice box.'),
        ('Laryngomalacia usually gets better by age 2.',
         [('Laryngomalacia', 'term', 'laryngomalacia')],
         'Laryngomalacia (floppy voice box) usually gets better by age 2.',
         'Laryngomalacia (floppy voice box) usually gets better by age 2.'),
        ('Pain in the temporomandibular joint gets worse with chewing gum.',
         [('temporomandibular joint', 'term', 'temporomandibular joint')],
         'Pain in the jaw joint (temporomandibular joint) gets worse with chewing gum.',
         'Pain in the temporomandibular joint (jaw joint) gets worse with chewing gum.'),
        ('A pulpotomy was done on the baby tooth.',
         [('pulpotomy', 'term', 'pulpotomy')],
         'A pulpotomy (removal of the top of the tooth nerve) was done on the baby tooth.',
         'A pulpotomy (removal of the top of the tooth nerve) was done on the baby tooth.'),
    ],
    'pregnancy_children_urology.csv': [
        ('Membranes ruptured spontaneously with clear fluid.',
         [('Membranes ruptured', 'term', 'membranes ruptured'), ('spontaneously', 'term', 'spontaneously')],
         'Waters broke on their own with clear fluid.',
         'Membranes ruptured (waters broke) spontaneously (on their own) with clear fluid.'),
        ('Rubella immune, Rh positive.',
         [('Rubella', 'term', 'rubella'), ('Rh positive', 'term', 'Rh positive')],
         'German measles immune, Rh positive (with the Rh blood factor).',
         'Rubella (German measles) immune, Rh positive (with the Rh blood factor).'),
        ('Amniocentesis is offered at 16 weeks if the screening result is high.',
         [('Amniocentesis', 'term', 'amniocentesis'), ('screening', 'term', 'screening')],
         'Amniocentesis (test of the fluid around the baby) is offered at 16 weeks if the screening (early testing) result is high.',
         'Amniocentesis (test of the fluid around the baby) is offered at 16 weeks if the screening (early testing) result is high.'),
        ('Heavy bleeding after delivery was due to uterine atony and stopped with medicine.',
         [('uterine atony', 'term', 'uterine atony')],
         'Heavy bleeding after delivery was due to uterine atony (womb not tightening after birth) and stopped with medicine.',
         'Heavy bleeding after delivery was due to uterine atony (womb not tightening after birth) and stopped with medicine.'),
        ('Bladder spasms are common while the stent is in place.',
         [('Bladder spasms', 'term', 'bladder spasm'), ('stent', 'term', 'stent')],
         'Bladder cramps are common while the stent (small tube) is in place.',
         'Bladder spasms (bladder cramps) are common while the stent (small tube) is in place.'),
        ('A staghorn calculus was removed in two stages.',
         [('staghorn calculus', 'term', 'staghorn calculus')],
         'A staghorn calculus (large branching kidney stone) was removed in two stages.',
         'A staghorn calculus (large branching kidney stone) was removed in two stages.'),
        ('Bilious vomiting in a newborn needs urgent review.',
         [('Bilious vomiting', 'term', 'bilious vomiting')],
         'Bilious vomiting (green vomit) in a newborn needs urgent review.',
         'Bilious vomiting (green vomit) in a newborn needs urgent review.'),
        ('Your baby has torticollis and stretches will help.',
         [('torticollis', 'term', 'torticollis')],
         'Your baby has torticollis (twisted neck) and stretches will help.',
         'Your baby has torticollis (twisted neck) and stretches will help.'),
    ],
    'rehab_wound_notes.csv': [
        ('Pt was pan-cultured.',
         [('Pt', 'abbreviation', 'patient'), ('pan-cultured', 'term', 'pan-cultured')],
         'Patient was tested for germs in blood and other samples.',
         'Pt (patient) was pan-cultured (tested for germs in blood and other samples).'),
        ('She was given a fluid bolus.',
         [('fluid bolus', 'term', 'fluid bolus')],
         'She was given a quick dose of fluid into a vein.',
         'She was given a fluid bolus (quick dose of fluid into a vein).'),
        ('Use crutches and stay non-weight bearing on the left leg.',
         [('crutches', 'term', 'crutch'), ('stay non-weight bearing on', 'term', 'stay non-weight bearing on')],
         'Use crutches and keep all weight off the left leg.',
         'Use crutches and stay non-weight bearing on (keep all weight off) the left leg.'),
        ('The wound was dressed with a nonadherent dressing.',
         [('nonadherent dressing', 'term', 'nonadherent dressing')],
         'The wound was dressed with a non-stick dressing.',
         'The wound was dressed with a nonadherent dressing (non-stick dressing).'),
        ('She has generalized debility after a long ICU stay.',
         [('generalized debility', 'term', 'debility'), ('ICU', 'abbreviation', 'intensive care unit')],
         'She has weakness after a long intensive care unit stay.',
         'She has generalized debility (weakness) after a long ICU (intensive care unit) stay.'),
        ('OT gave her a reacher and a sock aid to use at home.',
         [('OT', 'abbreviation', 'occupational therapy'), ('reacher', 'term', 'reacher'), ('sock aid', 'term', 'sock aid')],
         'OT (occupational therapy) gave her a long-handled grabber and a sock aid (tool to help put on socks) to use at home.',
         'OT (occupational therapy) gave her a reacher (long-handled grabber) and a sock aid (tool to help put on socks) to use at home.'),
        ('His weight has plateaued over the last 2 months.',
         [('plateaued', 'term', 'plateaued')],
         'His weight has leveled off over the last 2 months.',
         'His weight has plateaued (leveled off) over the last 2 months.'),
        ('He was placed on a heparin drip for the clot.',
         [('a heparin drip', 'term', 'a heparin drip')],
         'He was placed on heparin through a steady drip into a vein for the clot.',
         'He was placed on a heparin drip (heparin through a steady drip into a vein) for the clot.'),
        ('You were treated with nebs, steroids and antibiotics.',
         [('nebs', 'term', 'neb treatment'), ('steroids', 'term', 'steroid'), ('antibiotics', 'term', 'antibiotic')],
         'You were treated with breathing treatments, steroids and antibiotics.',
         'You were treated with nebs (breathing treatments), steroids and antibiotics.'),
        ('She is on a dysphagia diet with thickened liquids.',
         [('dysphagia diet', 'term', 'dysphagia diet'), ('thickened liquids', 'term', 'thickened liquids')],
         'She is on a diet that is easier to swallow with thickened liquids (drinks made thicker).',
         'She is on a dysphagia diet (diet that is easier to swallow) with thickened liquids (drinks made thicker).'),
    ],
    'heart_nerves_mind_more.csv': [
        ('She was hyperglycemic on admission.',
         [('was hyperglycemic', 'term', 'was hyperglycemic')],
         'She had high blood sugar on admission.',
         'She was hyperglycemic (had high blood sugar) on admission.'),
        ('He was agitated overnight.',
         [('was agitated', 'term', 'was agitated')],
         'He was restless and upset overnight.',
         'He was agitated (was restless and upset) overnight.'),
        ('He remained tachycardic.',
         [('remained tachycardic', 'term', 'remained tachycardic')],
         'He kept having a fast heart rate.',
         'He remained tachycardic (kept having a fast heart rate).'),
    ('He became tachycardic overnight.',
         [('became tachycardic', 'term', 'became tachycardic')],
         'He developed a fast heart rate overnight.',
         'He became tachycardic (developed a fast heart rate) overnight.'),
        ('The stress test showed chronotropic incompetence.',
         [('stress test', 'term', 'stress test'), ('chronotropic incompetence', 'term', 'chronotropic incompetence')],
         'The stress test (heart exercise test) showed chronotropic incompetence (heart rate that does not rise enough with effort).',
         'The stress test (heart exercise test) showed chronotropic incompetence (heart rate that does not rise enough with effort).'),
        ('Stasis dermatitis should improve with compression stockings.',
         [('Stasis dermatitis', 'term', 'stasis dermatitis'), ('compression stockings', 'term', 'compression stockings')],
         'Stasis dermatitis (skin changes from poor vein blood flow) should improve with tight elastic stockings.',
         'Stasis dermatitis (skin changes from poor vein blood flow) should improve with compression stockings (tight elastic stockings).'),
        ('After the stroke she has apraxia and agnosia.',
         [('stroke', 'term', 'stroke'), ('apraxia', 'term', 'apraxia'), ('agnosia', 'term', 'agnosia')],
         'After the stroke she has apraxia (trouble planning movements) and agnosia (trouble recognizing things).',
         'After the stroke she has apraxia (trouble planning movements) and agnosia (trouble recognizing things).'),
        ('Focal impaired awareness seizures may cause staring.',
         [('Focal impaired awareness seizures', 'term', 'focal impaired awareness seizure')],
         'Focal impaired awareness seizures (seizures in one area with loss of awareness) may cause staring.',
         'Focal impaired awareness seizures (seizures in one area with loss of awareness) may cause staring.'),
        ('She reports derealization during panic attacks.',
         [('derealization', 'term', 'derealization')],
         'She reports derealization (feeling that things around you are not real) during panic attacks.',
         'She reports derealization (feeling that things around you are not real) during panic attacks.'),
        ('Wait until you are in moderate withdrawal to avoid precipitated withdrawal.',
         [('withdrawal', 'term', 'withdrawal'), ('precipitated withdrawal', 'term', 'precipitated withdrawal')],
         'Wait until you are in moderate withdrawal to avoid precipitated withdrawal (sudden withdrawal set off by a medicine).',
         'Wait until you are in moderate withdrawal to avoid precipitated withdrawal (sudden withdrawal set off by a medicine).'),
    ],
    'gut_lungs_infection_more.csv': [
        ('Pelvic floor biofeedback helps with constipation.',
         [('Pelvic floor', 'term', 'pelvic floor'), ('biofeedback', 'term', 'biofeedback')],
         'Pelvic floor biofeedback (training with body signals shown on a screen) helps with constipation.',
         'Pelvic floor biofeedback (training with body signals shown on a screen) helps with constipation.'),
        ('A diverting loop ileostomy was made to protect the new join.',
         [('diverting loop ileostomy', 'term', 'diverting ileostomy')],
         'A diverting loop ileostomy (short-term bowel opening so a join can heal) was made to protect the new join.',
         'A diverting loop ileostomy (short-term bowel opening so a join can heal) was made to protect the new join.'),
        ('Tube feeds will run overnight.',
         [('Tube feeds', 'term', 'tube feeds')],
         'Tube feeds (liquid food through a tube) will run overnight.',
         'Tube feeds (liquid food through a tube) will run overnight.'),
        ('Sputum grew nontuberculous mycobacteria.',
         [('Sputum', 'term', 'sputum'), ('nontuberculous mycobacteria', 'term', 'nontuberculous mycobacteria')],
         'Phlegm grew nontuberculous mycobacteria (germs related to TB).',
         'Sputum (phlegm) grew nontuberculous mycobacteria (germs related to TB).'),
        ('Morning highs may be the dawn phenomenon.',
         [('dawn phenomenon', 'term', 'dawn phenomenon')],
         'Morning highs may be the dawn phenomenon (early-morning rise in blood sugar).',
         'Morning highs may be the dawn phenomenon (early-morning rise in blood sugar).'),
        ('Lupus serositis caused the chest pain.',
         [('Lupus', 'term', 'lupus'), ('serositis', 'term', 'serositis')],
         'Lupus (body-attacking immune disease) serositis (swollen linings around the heart or lungs) caused the chest pain.',
         'Lupus (body-attacking immune disease) serositis (swollen linings around the heart or lungs) caused the chest pain.'),
    ],
    'results_and_orders.csv': [
        ('The EMG showed mild carpal tunnel syndrome on the right.',
         [('EMG', 'abbreviation', 'electromyography'), ('mild carpal tunnel syndrome', 'term', 'mild carpal tunnel')],
         'The muscle nerve test (EMG) showed mild pinched nerve at the wrist (mild carpal tunnel syndrome) on the right.',
         'The EMG (muscle nerve test) showed mild carpal tunnel syndrome (mild pinched nerve at the wrist) on the right.'),
        ('He has a loop recorder implanted.',
         [('loop recorder implanted', 'term', 'loop recorder implanted')],
         'He has a heart monitor put under the skin.',
         'He has a loop recorder implanted (heart monitor put under the skin).'),
        ('You tested positive for influenza A.',
         [('tested positive for', 'term', 'tested positive for'), ('influenza', 'term', 'influenza')],
         'You had a test that showed flu A.',
         'You tested positive for (had a test that showed) influenza (flu) A.'),
        ('She tested negative for COVID.',
         [('tested negative for', 'term', 'tested negative for'), ('COVID', 'term', 'COVID-19')],
         'She had a test that did not show COVID.',
         'She tested negative for (had a test that did not show) COVID.'),
        ('If you test positive for strep, call us.',
         [('test positive for', 'term', 'test positive for')],
         'If you have a test that shows strep, call us.',
         'If you test positive for (have a test that shows) strep, call us.'),
        ('Your culture results are pending and we will call you.',
         [('culture', 'term', 'culture'), ('are pending', 'term', 'are pending')],
         'Your culture (lab test to grow germs) results are still to come and we will call you.',
         'Your culture (lab test to grow germs) results are pending (are still to come) and we will call you.'),
        ('CT A/P showed no abscess.',
         [('CT A/P', 'term', 'CT A/P'), ('abscess', 'term', 'abscess')],
         'CT A/P (CT scan of the belly and pelvis) showed no pocket of pus (abscess).',
         'CT A/P (CT scan of the belly and pelvis) showed no abscess (pocket of pus).'),
        ('AP and lateral views of the knee show no fracture.',
         [('AP and lateral', 'term', 'AP and lateral'), ('fracture', 'term', 'fracture')],
         'Front and side views of the knee show no break.',
         'AP and lateral (front and side) views of the knee show no fracture (break).'),
        ('The knee aspiration showed crystals.',
         [('knee aspiration', 'term', 'knee aspiration')],
         'The knee aspiration (joint fluid drain) showed crystals.',
         'The knee aspiration (joint fluid drain) showed crystals.'),
        ('Your potassium was slightly high but the sample was hemolyzed.',
         [('potassium', 'term', 'potassium'), ('was hemolyzed', 'term', 'was hemolyzed')],
         'Your potassium was slightly high but the sample was damaged.',
         'Your potassium was slightly high but the sample was hemolyzed (was damaged).'),
        ('I would like you to see urology.',
         [('see urology', 'term', 'see urology')],
         'I would like you to see a urinary tract doctor.',
         'I would like you to see urology (see a urinary tract doctor).'),
        ('The nerve study showed mild carpal tunnel on the right.',
         [('mild carpal tunnel', 'term', 'mild carpal tunnel')],
         'The nerve study showed mild pinched nerve at the wrist (mild carpal tunnel) on the right.',
         'The nerve study showed mild carpal tunnel (mild pinched nerve at the wrist) on the right.'),
    ],

}

ROWS = [(name, *case) for name, cases in CASES.items() for case in cases]


@pytest.fixture(scope="module")
def engines():
    return plainspeak.Simplifier(), plainspeak.Simplifier(mode="explain")


@pytest.mark.parametrize("name,text,findings,replaced,explained", ROWS, ids=[r[1][:40] for r in ROWS])
def test_new_entries_are_found_and_read_plainly(engines, name, text, findings, replaced, explained):
    replace, explain = engines
    analysis = replace.analyze(text)
    assert [(f.text, f.kind, f.term) for f in analysis.findings] == findings
    # at least one finding comes from the new file it is filed under
    assert any((f.source or "").startswith(name + "#") for f in analysis.findings)
    result = replace.simplify(text)
    assert result.text == replaced
    assert explain.simplify(text).text == explained
    # simplifying the output again changes nothing
    assert replace.simplify(result.text).text == result.text


def test_tested_negative_for_keeps_the_negation():
    engine = plainspeak.Simplifier()
    assert engine.simplify("Your baby may test negative for the virus at first.").text == \
        "Your baby may have a test that does not show the virus at first."


def test_lateral_alone_still_reads_outer_and_a_lateral_view_reads_side_view():
    engine = plainspeak.Simplifier()
    assert engine.simplify("A lateral view of the spine was taken.").text == "A side view of the spine was taken."
    assert engine.simplify("She has lateral knee pain.").text == "She has outer knee pain."
