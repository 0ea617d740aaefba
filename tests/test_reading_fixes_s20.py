"""Glossary rows fixed after reading plainspeak's output on the clinical dev sentences, the examples
and 400 PLABA abstracts (stop 20): swaps that changed the meaning ("Abdominal exam benign (not cancer)",
"proteins interact (mix badly)", "early interventions (services for young children with delays)" in
shock care) or broke the grammar ("the how well it works of", "two small small lumps", "respirations
... breathing rate become"). Each case is the exact output, and simplifying it again changes nothing."""

from __future__ import annotations

import pytest

from simplified import simplified

CASES = [
    # read 'benign (not cancer)': a normal exam, not a growth
    ('replace', 'Abdominal exam benign, incision clean, dry and intact.',
     'Belly exam benign (harmless), cut clean, dry and intact (unbroken).'),
    # 'benign (not cancer) brain and nerve syndromes'
    ('replace', 'It is prominent in a number of benign neurological syndromes.',
     'It is prominent in some benign (harmless) brain and nerve syndromes.'),
    # the edges of a rash read 'edges of the removed tissue'
    ('replace', 'Cellulitis of the left lower leg, margins marked and receding on antibiotics.',
     'Skin infection (cellulitis) of the left lower leg, margins (edges) marked and receding on antibiotics.'),
    # a clear surgical margin is still explained
    ('replace', 'The spot was a seborrheic keratosis, which is harmless, and the margins are clear.',
     'The spot was a warty skin growth (seborrheic keratosis), which is harmless, and the margins are clear (no disease at the edges).'),
    # read 'lung small lump (nodule)'
    ('replace', 'The CT showed a 4 mm pulmonary nodule that is likely benign.',
     'The CT showed a 4 mm lump in the lung (pulmonary nodule) that is likely benign (harmless).'),
    # read 'two small small lumps'
    ('replace', 'The ultrasound showed two small nodules that meet criteria for an FNA.',
     'The ultrasound showed two small lumps (nodules) that meet criteria for an FNA (needle biopsy).'),
    # read 'the how well it works of magnesium'
    ('replace', 'Magnesium supplements are marketed for the prophylaxis of cramps but the efficacy of magnesium for this purpose remains unclear.',
     'Magnesium supplements are marketed for the prevention of cramps but the benefit of magnesium for this purpose stays unclear.'),
    # read 'community surveillance (regular check-ups)'
    ('replace', 'A study was conducted on 279 respiratory swabs originating from community surveillance, contact cases and suspect cases.',
     'A study was conducted on 279 breathing swabs coming from community surveillance (close watch), contact cases and suspect cases.'),
    # read 'surveillance (regular check-ups) camera exam of the colon'
    ('replace', 'Repeat surveillance colonoscopy is recommended in 5 years.',
     'Repeat follow-up camera exam of the colon (surveillance colonoscopy) is advised in 5 years.'),
    # proteins read 'interact (mix badly)'
    ('replace', 'Depletion of GRP94 was shown to physically interact with PC2.',
     'Loss of GRP94 was shown to physically interact with PC2.'),
    # 'interact' is left as written, never 'mix badly'
    ('replace', 'Which medicines may interact with warfarin?',
     'Which medicines may interact with warfarin?'),
    # shock care read 'services for young children with delays'
    ('replace', 'The importance of timely detection of shock is well known, as early interventions improve mortality.',
     'The importance of timely detection of shock is well known, as early interventions (early help) improve mortality (death rate).'),
    # read 'carb is the carbs, protein and fat with the greatest effect'
    ('replace', 'Although carbohydrate is the macronutrient with the greatest effect on glycemic control, there is little evidence.',
     'Although carb is the main nutrient with the greatest effect on blood sugar control, there is little evidence.'),
    # read 'breathing rate become unsteady'
    ('replace', 'The pulse slows while systolic blood pressure rises and respirations become ataxic.',
     'The pulse slows while top blood pressure number rises and breaths become unsteady.'),
    # read 'Cold-sensitive fingers and toes (...) causes'
    ('replace', "Raynaud's phenomenon causes fingers and toes to turn white or blue in the cold.",
     "Poor blood flow to the fingers and toes in the cold (Raynaud's phenomenon) causes fingers and toes to turn white or blue in the cold."),
    # DNA read 'duplex (blood flow scan)'
    ('replace', 'Base pairing led to amplification of duplex and larger molecules.',
     'Base pairing led to amplification of duplex and larger molecules.'),
    # the scan is still explained
    ('replace', 'Lower extremity duplex negative for DVT.',
     'Lower extremity duplex (blood flow scan) showing no sign of a deep vein blood clot (DVT).'),
    # read 'antiviral (virus-fighting medicine) functions'
    ('replace', 'The antiviral functions of neutrophils suggest that targeting of neutrophils is best performed under the umbrella of antiviral treatment.',
     'The antiviral (virus-fighting) functions of neutrophils (types of white blood cells) suggest that targeting of neutrophils is best done under the umbrella of antiviral treatment.'),
    # the drugs keep a plural noun
    ('replace', 'Antivirals work best when started within 2 days of symptoms.',
     'Antivirals (virus-fighting medicines) work best when started within 2 days of symptoms.'),
    # read 'breathing in stridor at rest'
    ('replace', '3 y/o with 2 days of barky cough and inspiratory stridor at rest.',
     '3 year-old with 2 days of barky cough and inspiratory stridor at rest (harsh breathing noise even when calm).'),
    # read 'breathing-in harsh, high breathing sound'
    ('replace', 'He had inspiratory stridor and drooling.',
     'He had harsh high-pitched breathing in and drooling.'),
    # read 'Ambulatory (able to walk) oxygen level'
    ('replace', 'Ambulatory SpO2 88-90% on 2 L via NC, consistent with baseline.',
     'Oxygen level while walking 88-90% on 2 L through NC, consistent with (fits with) baseline (starting point).'),
    # the virus's name read 'breathing syncytial virus'
    ('replace', 'Viral infections, especially respiratory syncytial virus and human rhinovirus, are major antecedents.',
     'Viral infections, especially respiratory syncytial virus (a common cold-like virus) and human common cold virus (rhinovirus), are major antecedents.'),
    # read 'positive (signs found) predictive value'
    ('replace', 'The positive predictive value (PPV) was 29%, while the negative predictive values (NPVs) were high.',
     'The positive predictive value (PPV) was 29%, while the negative predictive values (NPVs) were high.'),
    # read 'dominant-negative (no sign found)'
    ('replace', 'Mutations are often dominant-negative and occur at higher frequencies.',
     'Gene changes are often dominant-negative and happen at higher frequencies.'),
    # read 're-positive (signs found)'
    ('replace', 'Prevention of re-positive testing in discharged patients is a concern.',
     'Prevention of re-positive testing in discharged (sent home) patients is a concern.'),
    # read 'maximally handled losartan'
    ('replace', 'Her proteinuria has improved to a uPCR of 0.6 g/g on maximally tolerated losartan.',
     'Her protein in the urine has improved to a uPCR of 0.6 g/g on the highest comfortable dose of losartan.'),
    # read 'maximally handled dose'
    ('replace', 'The maximally tolerated dose was 40 mg.',
     'The highest dose that can be taken without bad side effects was 40 mg.'),
    # a named care plan read 'improved recovery protocols'
    ('replace', 'As enhanced recovery protocols become more widespread, PONV prevention is imperative.',
     'As enhanced recovery protocols become more widespread, PONV (sick stomach and throwing up after surgery) prevention is very important.'),
    # read 'may improve the effects of benzodiazepines'
    ('replace', 'Study results indicate that duloxetine may enhance the effects of benzodiazepines.',
     'Study results show that duloxetine may boost the effects of benzodiazepines (calming medicines).'),
    # read 'they showed up wheezing'
    ('replace', 'Patients were excluded if they manifested wheezing, stridor, or angioedema.',
     'Patients were excluded if they showed wheezing, harsh high-pitched breathing, or deep swelling under the skin (angioedema).'),
    # read 'the World Health Organization reported the reduction'
    ('replace', 'In 1999 the World Health Organization endorsed the reduction in fasting plasma glucose threshold.',
     'In 1999 the World Health Organization said yes to the reduction in fasting blood sugar threshold.'),
    # read 'benign (not cancer)': a normal exam, not a growth; explain mode
    ('explain', 'Abdominal exam benign, incision clean, dry and intact.',
     'Abdominal (belly) exam benign (harmless), incision (cut) clean, dry and intact (unbroken).'),
    # read 'maximally handled losartan'; explain mode
    ('explain', 'Her proteinuria has improved to a uPCR of 0.6 g/g on maximally tolerated losartan.',
     'Her proteinuria (protein in the urine) has improved to a uPCR of 0.6 g/g on maximally tolerated (the highest comfortable dose of) losartan.'),
    # 'interact' is left as written, never 'mix badly'; explain mode
    ('explain', 'Which medicines may interact with warfarin?',
     'Which medicines may interact with warfarin?'),
    # read 'decreased by mouth intake'
    ('replace', 'The infant has had decreased PO intake and fewer wet diapers.',
     'The baby has had decreased eating and drinking and fewer wet diapers.'),
    # read 'sleep habits practices'
    ('replace', 'Insomnia can often be improved with consistent sleep hygiene practices.',
     'Trouble sleeping can often be improved with consistent sleep habits.'),
    # read '(a heart tracing signs of low blood flow)'
    ('replace', 'ECG showed ST depressions in V4-V6.',
     'ECG (heart tracing) showed ST depressions (heart tracing signs of low blood flow) in V4-V6.'),
    # plural read 'infusions (slow drip into a veins)'
    ('explain', 'A total of 125 patients were randomised and received blinded infusions.',
     'A total of 125 patients were randomised (assigned by chance) and got blinded infusions (slow drips into a vein).'),
    # read 'imperfectly known bad reactions': the medicine was lost
    ('replace', 'Antidepressant-induced movement disorders are rare and imperfectly known adverse drug reactions.',
     'Antidepressant-induced movement disorders are rare and imperfectly known bad reactions to medicines.'),
    # the disease itself read 'no obvious underlying pathology (lab study of tissue)'
    ('replace', 'Typically, such cramps have no obvious underlying pathology, and so are termed idiopathic.',
     'Usually, such cramps have no obvious underlying disease, and so are termed unexplained.'),
    # the lab report still reads right
    ('replace', 'The pathology from your gallbladder surgery was benign.',
     'The pathology (lab study of tissue) from your gallbladder surgery was benign (harmless).'),
    # read 'Distal (farther from the body's center) thumb-side forearm bone (radius) break'
    ('replace', 'Distal radius fracture closed reduced in ED and placed in sugar-tong splint.',
     'Broken wrist (distal radius fracture) closed reduced in ED and placed in an arm and wrist splint.'),
    # read 'right-sided weakness on one side of the body'
    ('replace', 'Residual right-sided hemiparesis and expressive aphasia on discharge.',
     'Remaining weakness on the right side of the body and expressive aphasia (trouble getting words out) on discharge.'),
    ('replace', 'She has left hemiparesis after the stroke.',
     'She has weakness on the left side of the body after the stroke.'),
    # a slow taper read 'with worsening withdrawal over 3 weeks'
    ('replace', '29 patients receiving clobazam with progressive withdrawal over 3 weeks.',
     '29 patients getting clobazam with step-by-step stopping over 3 weeks.'),
]

@pytest.mark.parametrize("mode, source, expected", CASES)
def test_reading_fix(mode, source, expected):
    assert simplified(source, mode) == expected


@pytest.mark.parametrize("mode, source, expected", CASES)
def test_reading_fix_is_idempotent(mode, source, expected):
    assert simplified(expected, mode) == expected
