"""Glossary rows fixed after reading plainspeak's output (stop 22) on the clinical dev sentences, the
examples, the handouts of dev sets 5, 6, 9 and 10 and 400 PLABA abstracts (seed 22), in replace and
explain mode: swaps that changed the meaning ("divided into 4 groups" as "split into doses",
granulomas as "healed tissue", a lupus antibody's seroconversion as "the body fighting the germ",
cell cultures as "lab tests to grow germs", "PEG-red blood cell booster", "image-guided procedures
team drainage", a pharmacist's "prior approval" as "insurance approval", an opioid "utilized
sparingly" as "put on a small amount", SARS as "severe sudden breathing syndrome") or broke the
grammar ("more susceptible (more likely to get it) to thinning", "shoulder muscles and tendons
(rotator cuff) repair", "relapsing (return of illness)", "wrong number of chromosomes pregnancies",
"tiny sacs releaseds by cells", "mucus dripping down the throats", "a long-term long-term swelling
of the gut", "a having high blood pressure disorder", "salt water salt water nose rinse").
Each case is the exact output, and simplifying it again changes nothing."""

from __future__ import annotations

import pytest

from simplified import simplified

CASES = [
    # an adjective read 'relapsing (return of illness)': a noun explaining it
    ('replace', 'Atopic dermatitis is a chronic, relapsing inflammatory skin condition in children.',
     'Atopic dermatitis is a long-term, relapsing (with flare-ups) inflammatory skin condition in children.'),
    # read 'more susceptible (more likely to get it) to thinning'
    ('replace', 'Avoid the face, since the skin in these areas is more susceptible to thinning.',
     'Avoid the face, since the skin in these areas is more at risk of thinning.'),
    ('explain', 'Avoid the face, since the skin in these areas is more susceptible to thinning.',
     'Avoid the face, since the skin in these areas is more susceptible to (at risk of) thinning.'),
    # read 'susceptible (more likely to get it) subjects'
    ('replace', 'Injury might promote the onset of asthma in susceptible subjects.',
     'Injury might promote the start of asthma in susceptible (easily affected) subjects.'),
    # read 'after shoulder muscles and tendons (rotator cuff) repair'
    ('replace', 'Follow these instructions during the initial six weeks following rotator cuff repair.',
     'Follow these instructions during the first six weeks after shoulder tendon repair (rotator cuff repair).'),
    ('replace', '# Rotator Cuff Repair: Sling Care and Home Instructions',
     '# Shoulder Tendon Repair: Sling Care and Home Instructions'),
    # read 'the early detection of wrong number of chromosomes pregnancies'
    ('replace', 'It is a noninvasive option for the early detection of aneuploidy pregnancies.',
     'It is a noninvasive (not going into the body) option for the early detection of pregnancies with the wrong number of chromosomes.'),
    # a lupus antibody's seroconversion read 'first sign of the body fighting the germ'
    ('replace', 'Seroconversion of anti-dsDNA (27%), anti-C1q (50%) and anti-Sm (67%) was seen.',
     'Seroconversion (change in antibody test result) of anti-dsDNA (lupus antibody test; 27%), anti-C1q (50%) and anti-Sm (67%) was seen.'),
    # the granulomas of sarcoidosis read 'small knots of healed tissue'
    ('explain', 'EBUS-guided TBNA of mediastinal lymph nodes showed non-caseating granulomas, c/w sarcoidosis.',
     'EBUS-guided TBNA of mediastinal (mid-chest) lymph nodes (lymph glands) showed non-caseating granulomas (small clumps of immune cells), c/w sarcoidosis (small lumps in organs).'),
    # cells grown in a lab read 'primary cultures (lab tests to grow germs)'
    ('replace', 'The gene was expressed in primary cultures of skin fibroblasts from 3 patients.',
     'The gene was expressed in primary cultures (cells grown in lab dishes) of skin fibroblasts (tissue-building cells) from 3 patients.'),
    # read 'mucus dripping down the throats' and 'eosinophilic swelling of the airways (bronchitis)'
    ('replace', 'In addition to CVA, PNDs and GER, eosinophilic bronchitis is also an important cause of chronic cough.',
     'As well as CVA, mucus drips in the throat and GER (stomach contents coming back up), eosinophilic bronchitis (airway swelling that causes a long-lasting cough) is also an important cause of long-term cough.'),
    # read 'EVs (tiny sacs releaseds by cells)'
    ('replace', 'The EVs were isolated by ultracentrifugation.',
     'The EVs (tiny cell-made sacs) were isolated by ultracentrifugation.'),
    # a drug name read 'PEG-red blood cell booster'
    ('replace', 'Mean Hb upon starting PEG-EPO in patients who had received no prior treatment was 10.8g/l.',
     'Mean Hb (hemoglobin) on starting PEG-EPO (long-acting red blood cell booster) in patients who had gotten no earlier treatment was 10.8g/l.'),
    # read 'not suited to image-guided procedures team drainage'
    ('replace', 'CT A/P with sigmoid diverticulitis and 2.1 cm pericolic abscess, not amenable to IR drainage.',
     'CT A/P (CT scan of the belly and pelvis) with sigmoid infected bowel pouches (diverticulitis) and 2.1 cm pericolic pocket of pus (abscess), not suited to image-guided drainage.'),
    # a verb read 'relapsed (return of illness)'
    ('replace', 'If the patients relapsed during the continuation phase, the dose was increased.',
     'If the patients relapsed (got sick again) during the continuation phase, the dose was increased.'),
    # read 'non-relapsing (return of illness)': the bracket said the opposite
    ('replace', 'COVID-19 was expected to be an immunizing non-relapsing disease.',
     'COVID-19 was expected to be an immunizing non-relapsing (that does not come back) disease.'),
    # study groups read 'randomly split into doses into 4 groups'
    ('replace', 'They were randomly divided into 4 groups.',
     'They were randomly divided into 4 groups.'),
    # read '80 mg/kg/day split into doses into 2 doses'
    ('replace', 'Amoxicillin 80 mg/kg/day divided into 2 doses.',
     'Amoxicillin 80 mg/kg/day divided into 2 doses.'),
    # read 'a long-term long-term swelling of the gut (inflammatory bowel disease, or IBD)'
    ('replace', "Crohn's disease is a chronic inflammatory bowel disease (IBD) which may affect any portion of the gastrointestinal tract.",
     "Crohn's disease is a long-term swelling disease of the gut (inflammatory bowel disease, or IBD) which may affect any portion of the gut."),
    # read 'a having high blood pressure disorder of pregnancy'
    ('replace', 'Preeclampsia is a hypertensive disorder of pregnancy, generally arising after 20 weeks of gestation.',
     'Preeclampsia is a high blood pressure disorder of pregnancy, usually arising after 20 weeks of pregnancy.'),
    # read 'having high blood pressure Chinese patients'
    ('replace', 'This prospective study enrolled 2529 hypertensive Chinese patients.',
     'This prospective study enrolled 2529 hypertensive (with high blood pressure) Chinese patients.'),
    # a transplant pharmacist's 'prior approval' read 'insurance approval in advance'
    ('replace', 'No over-the-counter medicine should be commenced without prior approval by the transplant pharmacist.',
     'No over-the-counter medicine should be started without approval first by the transplant pharmacist.'),
    # an insurer's prior authorization still reads as one
    ('replace', 'Prior authorization from your insurer is required.',
     'Insurance approval in advance from your insurance company is needed.'),
    # read 'the gagging when the throat is touched may be weakened'
    ('replace', 'Do not eat until the numbness of your throat has completely resolved, since the gag reflex may be impaired.',
     'Do not eat until the numbness of your throat has fully gone away. This is because the ability to gag may be weakened.'),
    # read 'for disease-related exam'
    ('replace', 'Small tissue samples were obtained by transbronchial biopsy for pathological examination.',
     'Small tissue samples were taken by transbronchial biopsy for tissue testing in the lab.'),
    # lidocaine sprayed in the throat read 'topical (skin) lidocaine'
    ('explain', 'Because moderate sedation and topical lidocaine were utilized, the following precautions must be observed.',
     'Moderate sedation (light sleep medicine) and topical lidocaine (numbing spray or gel) were used. So these precautions (safety steps) must be observed.'),
    # a pump gives rapid-acting insulin all day: it read 'fast insulin for meals'
    ('replace', 'An insulin pump delivers rapid-acting insulin continuously through a thin cannula.',
     'An insulin pump delivers rapid-acting insulin (insulin that starts working in minutes) nonstop through a thin cannula.'),
    # read 'NPH (NPH insulin)'
    ('replace', 'Take the last dose 24 hours prior to pump start if it is glargine, or 12 hours prior if it is NPH or detemir.',
     'Take the last dose 24 hours before pump start if it is glargine, or 12 hours earlier if it is NPH (medium-acting insulin) or detemir.'),
    # read 'the maternal-baby's medicine clinic'
    ('replace', 'Contact the maternal-fetal medicine clinic if you observe sudden swelling of the face or hands.',
     'Contact the high-risk pregnancy care clinic if you notice sudden swelling of the face or hands.'),
    # a title read 'Breast Swelling, Often With Infection During Breastfeeding'
    ('replace', '# Mastitis During Breastfeeding',
     '# Painful Breast Swelling During Breastfeeding'),
    # an opioid 'utilized sparingly' read 'put on a small amount'
    ('replace', 'If an opioid has been prescribed for breakthrough pain, it should be utilized sparingly.',
     'If an opioid has been prescribed for pain that flares between regular doses, use it only a little.'),
    # read 'permanent joint worn areas and deformity'
    ('replace', 'If inflammation is left untreated, permanent joint erosion and deformity may occur within the first 2 years.',
     'If inflammation (swelling and redness) is left untreated, permanent wearing away of the joint and deformity may happen within the first 2 years.'),
    # read 'inactivated flu and vaccines against a lung infection germ'
    ('replace', 'Live vaccines should be avoided, although inactivated influenza and pneumococcal vaccinations are recommended.',
     'Avoid live vaccines (vaccines with weakened germs). But inactivated flu and lung infection vaccines are advised.'),
    # read 'we analysed 830 blood'
    ('replace', 'In subsequent steps we analysed 830 sera, 476 of known and 354 of unknown reactivity.',
     'In later steps we analysed 830 blood samples, 476 of known and 354 of unknown reactivity.'),
    # methylprednisolone non-responders read 'people whose bodies made no protection after a vaccine'
    ('replace', 'In non-responders, the balance of serum cytokines increased after methylprednisolone.',
     'In non-responders (people whose bodies did not respond), the balance of blood immune signaling proteins increased after methylprednisolone.'),
    # an electrode's dislocation read 'joint out of place'
    ('replace', 'There was a high incidence of adverse events like electrode erosions, dislocation, wire fracture and/or infection.',
     'There was a high incidence (rate of new cases) of harmful health events like electrode worn areas, slipping out of place (dislocation), wire break and/or infection.'),
    # 'likely pathogenic' lost its 'likely': 'pathogenic or harmful gene changes'
    ('replace', 'Patients carrying apparent de novo pathogenic or likely pathogenic variants were recruited.',
     'Patients carrying apparent de novo (new, for the first time) pathogenic or probably harmful gene changes were recruited.'),
    # read 'your repeat scans to check the cancer shows'
    ('replace', 'Dear Mr. Pearce, your restaging scan shows a partial response to treatment.',
     'Dear Mr. Pearce, your repeat scan to check the cancer shows a partial response (cancer shrank but remains) to treatment.'),
    # read 'a harmless, warty skin growth (seborrheic keratosis), which is harmless'
    ('replace', 'The spot removed from your shoulder was a seborrheic keratosis, which is harmless.',
     'The spot removed from your shoulder was a warty skin growth (seborrheic keratosis), which is harmless.'),
    # read 'a sudden ischemic (short of blood flow) dead tissue from blocked blood (infarct)'
    ('replace', 'MRI brain showed an acute ischemic infarct in the left MCA territory.',
     'MRI brain showed a sudden ischemic (short of blood flow) area of dead tissue from blocked blood flow (infarct) in the left main brain artery territory.'),
    # a concussion's photosensitivity read 'sensitivity to sunlight'
    ('replace', 'Symptoms of a concussion may include headache, photosensitivity, and difficulty concentrating.',
     'Symptoms of a concussion (mild brain injury) may include headache, sensitivity to light, and trouble concentrating.'),
    # read 'showed mild stiff heart muscle'
    ('replace', 'Your echo showed mild diastolic dysfunction, which we will monitor.',
     'Your heart ultrasound (echo) showed mild stiffness of the heart muscle, which we will monitor.'),
    # read 'increases susceptibility (being more likely to get it) to infection'
    ('replace', 'Chemotherapy may cause neutropenia, which increases susceptibility to infection.',
     'Cancer medicine (chemotherapy) may cause low infection-fighting white cells (neutropenia), which increases risk of infection.'),
    # read 'salt water salt water nose rinse'
    ('replace', 'Use saline nasal irrigation once or twice daily to clear mucus and allergens.',
     'Use salt water nose rinse once or twice daily to clear mucus and allergy triggers.'),
    # read 'pupils equal and reactive (showed a reaction)'
    ('replace', 'Glasgow Coma Scale 15, pupils equal and reactive bilaterally.',
     'Glasgow Coma Scale (alertness score) 15, pupils the same size and getting smaller in bright light on both sides.'),
    # the disease's name read 'severe sudden breathing syndrome (SARS)'
    ('replace', 'Coronaviruses cause the common cold and, recently, severe acute respiratory syndrome (SARS).',
     'Coronaviruses cause the common cold and, recently, severe acute respiratory syndrome (SARS).'),
    # read 'heart artery bulges in a blood vessel (aneurysms)'
    ('replace', 'Echo without coronary aneurysms; continue low-dose aspirin until repeat echo in 6 wks.',
     'Heart ultrasound (echo) without bulges in the heart arteries. Continue low-dose aspirin until repeat heart ultrasound in 6 weeks.'),
    # read 'class IV lupus (body-attacking immune disease) swelling of the kidneys (nephritis)'
    ('replace', 'SLE flare with class IV lupus nephritis on biopsy; induction started with IV cyclophosphamide.',
     'SLE (lupus) flare with class IV kidney swelling from an immune disease (lupus nephritis) on biopsy (tissue sample); induction started with IV (into a vein) cyclophosphamide.'),
    # read 'removal circles for severe combined weak immune system (immunodeficiency)'
    ('replace', 'T-cell receptor excision circles for severe combined immunodeficiency is one promising example.',
     'T-cell receptor excision circles (markers of new immune cells) for inherited lack of immune defenses (severe combined immunodeficiency) is one promising example.'),
    # read 'a shallow spreading serious skin cancer (melanoma)'
    ('replace', "The excision from Mrs. Neal's back confirmed a superficial spreading melanoma, Breslow thickness 0.6 mm.",
     "The removal from Mrs. Neal's back confirmed a serious skin cancer that spreads along the surface (superficial spreading melanoma), Breslow thickness (melanoma depth) 0.6 mm."),
    # read 'a 2.1 cm left adrenal noncancerous growth in a gland (adenoma)'
    ('replace', 'She was seen following an incidental finding of a 2.1 cm left adrenal adenoma.',
     'She was seen following an incidental finding (something found by chance) of a 2.1 cm left noncancerous adrenal growth (adrenal adenoma).'),
    # read 'villous (with finger-like growths) shrinking'
    ('replace', 'Duodenal biopsies showed villous atrophy, confirming coeliac disease.',
     'Upper small bowel biopsies (tissue samples) showed flattened lining of the small bowel (villous atrophy), confirming gut damage from gluten (coeliac disease).'),
    # read 'repeated belly button area belly pain'
    ('replace', 'He attended with his mother for recurrent periumbilical abdominal pain.',
     'He attended with his mother for repeated pain around the belly button.'),
    # read 'thigh numbing shot near a nerve (nerve block)'
    ('explain', 'There was no evidence of pain control additional to that provided by femoral nerve block.',
     'There was no evidence of (no sign of) pain control more to that given by femoral nerve block (numbing shot near the thigh nerve).'),
    # read 'given blood 2 units red blood cell transfusions'
    ('replace', 'Hgb 7.2 on admission, transfused 2 units PRBCs with appropriate response.',
     'Hgb (hemoglobin) 7.2 on admission, given blood 2 units donated red blood cells with proper response.'),
    # read 'prepubertal (puberty-related) children'
    ('explain', 'The most common infections in prepubertal children are tinea corporis and tinea capitis.',
     'The most common infections in prepubertal (before puberty) children are tinea corporis (ringworm) and tinea capitis (scalp ringworm).'),
    # read 'a potential new treatment add-on treatment'
    ('replace', 'We present here a potential new treatment adjunct for glioblastoma.',
     'We present here a potential new treatment add-on for fast-growing brain cancer (glioblastoma).'),
    # a test read 'barium esophagography as an add-on treatment'
    ('replace', 'Dysphagia was studied, with barium esophagography as an adjunct.',
     'Trouble swallowing was studied, with barium esophagography as an add-on.'),
    # read 'dronedarone improves heart slowing the heart rate'
    ('replace', 'Dronedarone improves ventricular rate control in patients with permanent AF.',
     'Dronedarone improves pulse control in patients with permanent irregular heartbeat (AF).'),
    # read 'both rhythm and slowing the heart rate properties'
    ('replace', 'Dronedarone has both rhythm and rate control properties.',
     'Dronedarone has both rhythm and pulse control properties.'),
    # an H. pylori stool antigen test read 'quick germ test'
    ('replace', 'A urea breath test or stool antigen test should be performed at least 4 weeks after therapy.',
     'A urea breath test (stomach germ breath test) or stool antigen test (stool test for the germ) should be done at least 4 weeks after therapy.'),
]


@pytest.mark.parametrize(("mode", "source", "expected"), CASES)
def test_reading_fix(mode: str, source: str, expected: str) -> None:
    out = simplified(source, mode)
    assert out == expected
    assert simplified(out, mode) == out
