"""Glossary rows fixed after reading plainspeak's output (stop 21) on the clinical dev sentences, the
examples, the handouts of dev sets 7 to 9 and 400 PLABA abstracts (seed 21), in replace and explain
mode: swaps that changed the meaning ("traction bronchiectasis" read as a pulling treatment, "rebound
heartburn" as belly pain on release, a "surrogate marker" as a person who decides for the patient,
"Chlamydia pneumoniae" as an infection spread by sex, "determined by HPLC" as "found out by") or broke
the grammar ("a further four round of treatment", "these lab-made antibody drug", "PKU (PKU (...))",
"total joint joint replacement"). Each case is the exact output, and simplifying it again changes
nothing."""

from __future__ import annotations

import pytest

from simplified import simplified

CASES = [
    # read 'pulling treatment (traction) widened, damaged airways': a scan sign, not a treatment
    ('replace', 'HRCT demonstrated subpleural reticulation with traction bronchiectasis in a UIP pattern.',
     'HRCT (detailed lung CT scan) showed subpleural reticulation with airways pulled wide by lung scarring (traction bronchiectasis) in a UIP (lung scarring) pattern.'),
    # read 'multiplex tying off-dependent probe amplification': a lab method, not surgery
    ('replace', 'Patients were analysed using TruSight One panel for next-generation sequencing (NGS) and multiplex ligation-dependent probe amplification (MLPA) assay.',
     'Patients were analysed using TruSight One panel for detailed gene testing (NGS) and multiplex ligation-dependent probe amplification (MLPA) assay.'),
    # read 'gene tests of the cancer' for children with an inherited disease
    ('replace', 'Twenty-nine unrelated paediatric patients were analysed using next-generation sequencing.',
     'Twenty-nine unrelated children were analysed using detailed gene testing.'),
    # a plain phrase was explained by the words it replaced: 'wound tape strips (adhesive strips)'
    ('replace', 'The incision may be closed with sutures or adhesive strips.',
     'The cut may be closed with stitches or adhesive strips.'),
    # read 'the rectal (in the rectum) wall'
    ('replace', 'Cores were taken either through the rectal wall (transrectal approach) or through the skin.',
     'Cores were taken either through the rectal wall (transrectal approach) or through the skin.'),
    # read 'during continuous feeding (tube feeding schedule)'
    # (the splitter says the passive order as an order)
    ('replace', 'The tube should be flushed every 4 hours during continuous feeding.',
     'Flush the tube every 4 hours during continuous feeding.'),
    # read 'A stomach feeding tube placement (PEG) tube has been placed'
    ('replace', 'A percutaneous endoscopic gastrostomy (PEG) tube has been placed through the abdominal wall.',
     'A percutaneous endoscopic gastrostomy (PEG) tube (stomach feeding tube) has been placed through the belly wall.'),
    # a lab marker read 'surrogate (person who makes health choices for the patient) marker'
    ('replace', 'Copeptin is a stable and reliable surrogate marker for arginine vasopressin.',
     'Copeptin is a stable (steady) and reliable surrogate marker for arginine vasopressin.'),
    # acid rebound read 'rebound (pain when pressure is let go) heartburn'
    ('replace', 'Abrupt discontinuation may cause temporary rebound heartburn.',
     'Sudden stopping may cause temporary heartburn that comes back worse.'),
    # belly-exam rebound is still explained
    ('replace', 'Right lower quadrant tenderness with rebound and guarding.',
     'Lower right belly pain when pressed with rebound (pain when pressure is let go) and tensing of belly muscles.'),
    # a chest germ read 'Chlamydia (common infection spread through sex) pneumoniae'
    ('replace', 'Chlamydia pneumoniae was found in the throat swab.',
     'Chlamydia pneumoniae (a germ that causes lung infections) was found in the throat swab.'),
    # the germ's name read 'Neisseria gonorrhea (infection spread through sex)'
    ('replace', 'Neisseria gonorrhoeae and Arcanobacterium haemolyticum have been suggested as rare pathogens.',
     'Neisseria gonorrhoeae (the germ that causes gonorrhea) and Arcanobacterium haemolyticum have been suggested as rare germs.'),
    # a species name read 'Mycoplasma pneumoniae (lung infections)'
    ('replace', 'Mycoplasma pneumoniae has also been suggested as a cause.',
     'Mycoplasma pneumoniae (a germ that causes lung infections) has also been suggested as a cause.'),
    # read 'pregnant and lactating (lactic acid) women'
    ('replace', 'The supplement was studied in pregnant and lactating women.',
     'The supplement was studied in pregnant and breastfeeding women.'),
    # a study's talk therapy read 'brief intervention (short talk about alcohol or drug use)'
    ('replace', 'The results indicate that this novel, brief intervention was effective in reducing maternal depression.',
     'The results show that this novel, brief intervention was effective in reducing maternal depression.'),
    # a statistical result read 'non-significant (too small to matter)'
    ('replace', 'They were non-significant in comparison with group III.',
     'They were non-significant (possibly due to chance) in comparison with group III.'),
    # read 'human immunoglobulin (antibody) G': IgG is one class of antibody
    ('explain', 'Binding was measured using soluble radiolabeled aggregates of human immunoglobulin G as a probe.',
     'Binding was measured using soluble radiolabeled aggregates of human immunoglobulin G (main antibody in the blood) as a probe.'),
    # read 'the preferred scans modality (types of treatment)'
    ('replace', 'Ultrasound may be the preferred imaging modality when physical examination is inconclusive.',
     'Ultrasound may be the preferred type of scan when physical exam is inconclusive (not clear).'),
    # read 'benign scans characteristics'
    ('replace', 'As the lesion has benign imaging characteristics, no further follow-up is required.',
     'As the abnormal area (lesion) has benign (harmless) scan features, no further follow-up is needed.'),
    # a single modality read 'modality (types of treatment)'
    ('replace', 'Ultrasonography is the recommended modality for surveillance.',
     'Ultrasonography is the recommended modality (type of treatment or test) for surveillance (close watch).'),
    # read 'neuropsychological problems with strength or feeling'
    ('replace', 'Three subjects demonstrated developmental delays and/or neuropsychological deficits on formal testing.',
     'Three subjects showed slow development (developmental delays) and/or problems with thinking and memory on formal testing.'),
    # a study's start read 'at the usual level for this person'
    ('replace', 'Urine erythrocytes fell from 64/µl at baseline to 18/µl at 6 months.',
     'Urine red blood cells fell from 64/µl at baseline (starting point) to 18/µl at 6 months.'),
    # a patient's usual state keeps its wording
    ('replace', 'The patient is at her baseline.',
     'The patient is at the usual level for this person.'),
    # read 'a further four round of treatment'
    ('replace', 'We recommend a further four cycles of chemotherapy before considering surgery.',
     'We recommend a further four rounds of treatment before considering surgery.'),
    # read 'of inborn errors of metabolism (IEM)' -> 'inherited body chemistry disorder (IEM)'
    ('replace', 'Newborn screening of inborn errors of metabolism (IEM) is a coordinated system.',
     'Newborn screening (newborn blood test) of inherited body chemistry disorders (IEM) is a coordinated system.'),
    # read 'failed first treatment without surgeries'
    ('replace', 'Patients with failed initial conservative treatments were included.',
     'Patients with failed first treatments without surgery were included.'),
    # read 'slow developments (developmental delays)'
    ('replace', 'Three subjects demonstrated developmental delays on formal testing.',
     'Three subjects showed slow development (developmental delays) on formal testing.'),
    # read 'Pain relief using several kinds of medicine have become'
    ('replace', 'Multimodal analgesia has become the standard of care for total joint arthroplasty.',
     'Pain relief from several kinds of medicine has become the standard of care for joint replacement.'),
    # read 'ST elevations (a heart tracing signs of a blocked artery)'
    ('replace', '55 y/o M with pleuritic chest pain, diffuse ST elevations and PR depressions.',
     '55 year-old male with chest pain when breathing in, widespread ST elevations (heart tracing signs of a blocked artery) and PR depressions.'),
    # read 'Gases and bowel movement'
    ('replace', 'Flatus and BM on HD 3; NGT removed.',
     'Gas and bowel movement on HD 3; tube from nose to stomach removed.'),
    # read 'the glucose level rechecked' -> 'the sugar rechecked'
    ('replace', 'The glucose level should be rechecked after 15 minutes.',
     'The sugar level should be rechecked after 15 minutes.'),
    # read 'higher HbA1c and sugar': the levels were lost
    ('replace', 'They had higher glucose levels and lower insulin.',
     'They had higher sugar levels and lower insulin.'),
    # read 'these lab-made antibody drug'
    ('replace', 'High doses of these mAbs had limited efficacy.',
     'High doses of these lab-made antibody drugs had limited benefit.'),
    # read 'PKU (PKU (a body-chemistry disorder))'
    ('replace', 'If left untreated, PKU results in increased phenylalanine concentrations.',
     'If left untreated, PKU (inherited protein-processing disorder) results in increased phenylalanine concentrations.'),
    # read 'HLA-B27 (HLA-B27 gene test)'
    ('replace', 'Your HLA-B27 is positive, which fits with ankylosing spondylitis.',
     'Your HLA-B27 (gene test) is positive (signs found), which fits with arthritis of the spine (ankylosing spondylitis).'),
    # read 'IgM (IgM antibody) and IgG (IgG antibody)'
    ('replace', 'IgM and IgG appear simultaneously in most circumstances.',
     'IgM (antibody made early in an infection) and IgG (main antibody in the blood) appear simultaneously in most circumstances.'),
    # read '8% BSA (part of the skin)'
    ('replace', 'SJS with 8% BSA epidermal detachment.',
     "Severe skin reaction to a drug (SJS) with 8% BSA (share of the body's skin) epidermal detachment."),
    # a patient read 'in pt (inpatient) with known Addison's disease'
    ('replace', "Adrenal crisis in pt with known Addison's disease after missed doses.",
     "Sudden adrenal hormone shortage (adrenal crisis) in patient with known Addison's disease (adrenal gland failure) after missed doses."),
    # a CT of the belly read 'CT (chest tube) summary and plan'
    ('replace', 'CT A/P with sigmoid diverticulitis and 2.1 cm pericolic abscess, not amenable to IR drainage.',
     'CT A/P (CT scan of the belly and pelvis) with sigmoid infected bowel pouches (diverticulitis) and 2.1 cm pericolic pocket of pus (abscess), not suited to image-guided drainage.'),
    # read 'Treatment effect was mainly found out by disease phenotype'
    ('replace', 'Treatment effect was mainly determined by disease phenotype.',
     'Treatment effect was mainly determined by disease phenotype (observable traits).'),
    # read 'concentrations were found out by HPLC'
    ('replace', 'Plasma concentrations were determined by HPLC.',
     'Plasma concentrations were determined by HPLC.'),
    # 'determine' is still 'find out' where it means to learn
    ('replace', 'A biopsy is done in order to determine whether prostate cancer is present.',
     'A biopsy (tissue sample) is done to find out whether prostate cancer is present.'),
    # a wrong result read 'may otherwise be taken', as a sample is
    ('replace', 'Stop the PPI 2 weeks before testing, because false-negative results may otherwise be obtained.',
     'Stop the PPI 2 weeks before testing. This is because false-negative (wrong result missing a problem) results may otherwise happen.'),
    # a tissue sample is still taken
    ('replace', 'Small tissue samples may be obtained.',
     'Small tissue samples may be taken.'),
    # read 'in non-demented older with memory complaints'
    ('replace', 'Phosphatidylserine may improve cognitive function in non-demented elderly with memory complaints.',
     'Phosphatidylserine may improve cognitive function in non-demented older people with memory complaints.'),
    # 'elderly' before a noun is still 'older'
    ('replace', 'The study included 26 elderly patients.',
     'The study included 26 older patients.'),
    # read 'being the most commonly saw'
    ('replace', 'Gastrointestinal adverse events were the most commonly observed.',
     'Digestive harmful health events were the most often seen.'),
    # read 'not open to IR drainage'
    ('replace', 'The abscess was not amenable to drainage.',
     'The pocket of pus (abscess) was not suited to drainage.'),
    # read 'is diagnostic (to find the cause) of EP'
    ('replace', 'No single level of hCG is diagnostic of EP.',
     'No single level of hCG (pregnancy hormone) confirms EP.'),
    # a diagnostic procedure is still explained
    ('replace', 'Diagnostic thoracentesis yielded 400 mL of fluid.',
     'Diagnostic (to find the cause) chest fluid drain (thoracentesis) yielded 400 mL of fluid.'),
    # read 'total joint joint replacement (arthroplasty)'
    ('replace', 'Multimodal analgesia has become the standard of care for total joint arthroplasty.',
     'Pain relief from several kinds of medicine has become the standard of care for joint replacement.'),
    # read 'unrelated children's patients'
    ('replace', 'Twenty-nine unrelated paediatric patients were analysed.',
     'Twenty-nine unrelated children were analysed.'),
    # one patient reads 'a child', never 'a children'
    ('replace', 'A pediatric patient was seen.',
     'A child was seen.'),
    # cells that move into tissue read 'Neutrophils cloudy area on the lung scan the airways'
    ('replace', 'Neutrophils infiltrate the airways of pediatric patients with RSV-induced bronchiolitis.',
     'Neutrophils (types of white blood cells) spread into the airways of children with RSV-induced infection of the small airways (bronchiolitis).'),
    # an infiltrate on a chest x-ray is still a cloudy area
    ('replace', 'CXR negative for infiltrate or pneumothorax.',
     'Chest X-ray showing no sign of a cloudy area on the lung scan or collapsed lung (pneumothorax).'),
    # read 'a lung infection (PJP) pneumonia'
    ('replace', 'M with newly diagnosed HIV presented with PJP pneumonia; treated with high-dose Bactrim.',
     'M with newly diagnosed HIV showed up with a lung infection (PJP pneumonia); treated with high-dose Bactrim.'),
    # read 'a commonly found normal harmless difference'
    ('replace', 'A capsular opening to the bursa is a commonly found normal anatomic variant.',
     'A capsular opening to the bursa is an often found harmless difference.'),
    # an inverse agonist read 'agonists (activators)': it does the opposite
    ('replace', 'They bind the receptor at which BZR inverse agonists act.',
     'They bind the receptor at which BZR inverse agonists (drugs that turn a receptor down) act.'),
    # an immune skin-test response read 'delayed allergic reaction'
    ('replace', 'A lack of delayed hypersensitivity reaction in presence of a positive test was seen.',
     'A lack of delayed hypersensitivity reaction (slow immune reaction) in presence of a positive (signs found) test was seen.'),
    # read 'a young age of the start 6.0 months'
    ('replace', 'The mean age at onset was 40 years.',
     'The mean age when it started was 40 years.'),
    # read '80% of infiltrated (cloudy area on the lung scan) cells'
    ('replace', 'Neutrophils enter in vast numbers: about 80% of infiltrated cells are neutrophils.',
     'Neutrophils (types of white blood cells) enter in vast numbers: about 80% of cells that moved into the tissue are neutrophils.'),
    # read 'You have been told to stay not putting any weight'
    ('replace', 'She remained non-weight-bearing for 6 weeks.',
     'She avoided putting any weight for 6 weeks.'),
    # read 'for most the day'
    ('replace', 'The leg should be elevated above the level of the heart for the majority of the day.',
     'Raise the leg above the level of the heart for most of the day.'),
    # 'the majority of' before a plain noun is still 'most'
    ('replace', 'For the majority of indications the target range is 2 to 3.',
     'For most indications the target range is 2 to 3.'),
    # read 'caused by strain of the muscles rather than to a serious disease'
    ('replace', 'Low back pain is, in most cases, attributable to strain of the muscles rather than to a serious disease.',
     'Low back pain is, usually, due to strain of the muscles rather than to a serious disease.'),
    # read 'Lower lifting, bending and twisting'
    ('replace', 'Lifting, bending and twisting should be minimized until the pain has decreased.',
     'Limit lifting, bending and twisting until the pain has decreased.'),
    # read 'has been found as a main cause'
    ('replace', 'H. pylori has been identified as a principal cause of peptic ulcer disease.',
     'H. pylori (a stomach germ) has been found to be a main cause of a stomach ulcer (peptic ulcer disease).'),
    # read 'found to be being at increased risk' (one step further)
    ('replace', 'Because you have been identified as being at increased risk, home monitoring is advised.',
     'Because you have been found to be at higher risk, home monitoring is advised.'),
    # read 'Early glaucoma usually makes no symptoms'
    ('replace', 'Early glaucoma typically produces no symptoms.',
     'Early glaucoma usually causes no symptoms.'),
    # a double negative read 'if NSAIDs are not not safe to use'
    ('replace', 'Ibuprofen 400 mg every 6 hours with food PRN, if NSAIDs are not contraindicated.',
     'Ibuprofen 400 mg every 6 hours with food if needed, if NSAIDs (anti-inflammatory pain relievers) are not contraindicated (safe for you to use).'),
    # 'contraindicated' alone is still 'not safe to use'
    ('replace', 'Codeine and tramadol are contraindicated in children following tonsillectomy.',
     'Codeine and tramadol are not safe to use in children after tonsil removal (tonsillectomy).'),
    # read 'may worsen blocked or narrowed airway and stridor'
    ('replace', 'Crying and agitation may exacerbate airway narrowing and stridor.',
     'Crying and restlessness may worsen narrowing of the airway and harsh high-pitched breathing.'),
    # a cough read 'looking like that of a seal'
    ('replace', 'The characteristic symptoms include a harsh barking cough resembling that of a seal.',
     'The typical symptoms include a harsh barking cough like that of a seal.'),
    # read 'to help help safe, successful removal'
    ('replace', 'Know when to call a consultant to help facilitate safe, successful removal of objects.',
     'Know when to call a consultant to help with safe, successful removal of objects.'),
    # read 'liver function and blood blood fat metabolism'
    ('replace', 'Liver function and blood lipid metabolism were abnormal.',
     'Liver function and blood fat metabolism were abnormal.'),
    # a 2 g limit read '2 g low-salt diet'
    ('replace', 'Diet: 2 g sodium restriction, 2 L fluid restriction.',
     'Diet: 2 g salt limit, 2 L fluid limit.'),
    # the coordinator's reading of the helpers' reports (stop 21)
    # read 'tablets had was': a passive of "have" or "get" never reads right; the formal word stays
    ('replace', 'The mean number of tablets consumed was 12.', 'The mean number of tablets consumed was 12.'),
    ('replace', 'We have obtained consent.', 'We have gotten consent.'),
    # read 'Restlessness patients': "agitated" was a variant of the noun
    ('replace', 'Agitated patients received haloperidol.', 'Restless and upset patients got haloperidol.'),
    ('replace', 'She became more agitated at night.', 'She became more restless and upset at night.'),
    ('explain', 'He was agitated overnight.', 'He was agitated (restless and upset) overnight.'),
    # read '(fistula) have healed': the head of "passage between two body parts" is "passage"
    ('replace', 'Your fistula has healed.', 'Your passage between two body parts (fistula) has healed.'),
    ('replace', 'Your fistulas have healed.', 'Your passages between two body parts (fistulas) have healed.'),
    # read '12 hours stay': time that remains is time left
    ('replace', 'Do not give the dose unless fewer than 12 hours remain.',
     'Do not give the dose unless fewer than 12 hours remain.'),
    ('replace', 'The symptoms may remain for weeks.', 'The symptoms may stay for weeks.'),
    # read 'the third after surgery and sixth months': an ordinal is no noun to put the phrase after
    ('replace', 'Pain was assessed at the postoperative third and sixth months.',
     'Pain was checked at the after-surgery third and sixth months.'),
    # read 'Acupuncture (before meals)': a sig code the text defines as something else is that thing
    ('replace', 'Acupuncture (AC) reduced pain. Patients in the AC group improved.',
     'Acupuncture (AC) reduced pain. Patients in the AC group improved.'),
    ('replace', 'Take 1 tab PO AC and at bedtime.', 'Take 1 tablet by mouth before meals and at bedtime.'),
    # the tenth handout set, read after it was scored blind
    # read 'need that 911 be called': "need" takes no "that" clause
    ('replace', 'Seizures, fainting, or unresponsiveness require that 911 be called without delay.',
     'Seizures, fainting, or unresponsiveness require that 911 be called without delay.'),
    ('replace', 'Surgery requires a ride home.', 'Surgery needs a ride home.'),
    # read 'with the given at a changed dose so that': the dose-adjusted adjective ate the noun
    ('replace', 'Take it twice daily, with the dose adjusted so that you have 2 soft stools a day.',
     'Take it twice daily, with the dose changed so that you have 2 soft stools a day.'),
    # read 'a flapping hand tremor of the hands'
    ('replace', 'A flapping tremor of the hands.', 'A flapping tremor of the hands.'),
    # read 'is told to help elimination': "is recommended in order to" became "is advised to", then "told"
    ('replace', 'Fluid intake is recommended in order to flush out the iodine.',
     'Fluid intake is suggested to flush out the iodine.'),
    # read 'compatible with (fits with) breastfeeding'
    ('replace', 'These medications are considered compatible with breastfeeding.',
     'These medicines are thought to be safe while breastfeeding.'),
    # read 'sudden weaning (cutting back slowly)', a contradiction
    ('replace', 'Abrupt weaning raises the risk of abscess formation.',
     'Stopping breastfeeding all at once raises the risk of abscess (pocket of pus) formation.'),
    # read 'determined by the gave dose': a participle after a determiner describes its noun
    ('replace', 'The number of days depends on the administered dose.',
     'The number of days depends on the given dose.'),
    # read 'Thin, weak bones (osteoporosis) raises': a present verb agrees with plural plain words too
    ('replace', 'Osteoporosis raises the risk of fractures.', 'Thin, weak bones (osteoporosis) raise the risk of breaks.'),
    ('replace', 'Hypertension raises the risk of stroke.', 'High blood pressure raises the risk of stroke.'),
    # a gerund with its object is one act: 'eating fewer calories improves', never 'improve'
    ('replace', 'Caloric restriction improves blood sugar.', 'Eating fewer calories improves blood sugar.'),
    # read 'Change where you give the shot each time with each patch': sites are rotated for patches too
    ('replace', 'Rotate sites with each patch.', 'Switch spots with each patch.'),
    # read 'linked to condition with extreme mood swings (bipolar disorder)': a named condition used with
    # no article keeps its name, and the countable plain words stand in brackets
    ('replace', 'Lithium is used for mood episodes associated with bipolar disorder.',
     'Lithium is used for mood episodes linked to bipolar disorder (condition with extreme mood swings).'),
    ('replace', 'He has metabolic syndrome.', 'He has metabolic syndrome (group of heart risk factors).'),
    # "So we suggest that X be done" is the order after "So", as "So it is very important that" was
    ('replace', 'So we suggest that about 2 liters of fluid be taken daily.', 'So take about 2 liters of fluid daily.'),
    # read 'After that, a thick, apply fragrance-free moisturizer': a subject's adjectives listed with a
    # comma are no end of the opener (stop 22: the comma is read inside the noun phrase, and the order made)
    ('replace', 'After that, a thick, fragrance-free moisturizer should be applied to the whole body.',
     'After that, apply a thick, fragrance-free moisturizer to the whole body.'),
    ('replace', 'After that, a thick moisturizer should be applied to the whole body.',
     'After that, apply a thick moisturizer to the whole body.'),
    # read 'How are the ear drops gave?': a passive question's verb is a participle
    ('replace', 'How are the ear drops administered?', 'How are the ear drops given?'),
    ('replace', 'Who administered the dose?', 'Who gave the dose?'),
    # 'eczema herpeticum' read 'eczema (dry, itchy, irritated skin) herpeticum'
    ('replace', 'Blisters with fever may indicate eczema herpeticum.',
     'Blisters with fever may show cold sore virus spread over itchy skin (eczema herpeticum).'),
    ('replace', 'Rotate injection sites to avoid lumps.', 'Change where you give the shot each time to avoid lumps.'),
]

@pytest.mark.parametrize("mode, source, expected", CASES)
def test_reading_fix(mode, source, expected):
    assert simplified(source, mode) == expected


@pytest.mark.parametrize("mode, source, expected", CASES)
def test_reading_fix_is_idempotent(mode, source, expected):
    assert simplified(expected, mode) == expected
