"""Glossary rows fixed after reading plainspeak's output (stop 22) on the eleventh handout set
(handouts_dev11, read now that it was scored blind), in replace and explain mode: swaps that changed
the meaning (a name's word rewritten in "tumor tissue death factor-alpha", one enzyme as "the liver
enzyme (liver test levels) CYP1A2", MMR as "measles vaccine", psoriasis plaques as "buildups", a
vague "serious germ infection" for tuberculosis) or broke the grammar ("air escapings from the lung"
for the verb "leaks", "to make sure proper healing", "as a safety safety steps", "A lower back joining
spine bones (spinal fusion) have been done", "You have had new valve put in", "re-dose adjustment",
"a significant (major) proportion"). Each case is the exact output, and simplifying it again changes
nothing."""

from __future__ import annotations

import pytest

from simplified import simplified

CASES = [
    # a name's word rewritten: 'tumor tissue death factor-alpha'
    ('replace', 'Adalimumab is a biologic medication that blocks tumor necrosis factor-alpha (TNF-alpha), a protein that contributes to the inflammation underlying moderate to severe plaque psoriasis.',
     'Adalimumab is a biologic medication (medicine made from living cells). It blocks tumor necrosis factor-alpha (TNF-alpha), a protein that contributes to the inflammation (swelling and redness) underlying moderate to severe plaque psoriasis (skin disease with thick scaly patches).'),
    ('explain', 'It blocks tumor necrosis factor-alpha (TNF-alpha), a protein that contributes to the inflammation underlying moderate to severe plaque psoriasis.',
     'It blocks tumor necrosis factor-alpha (TNF-alpha), a protein that contributes to the inflammation (swelling and redness) underlying moderate to severe plaque psoriasis (skin disease with thick scaly patches).'),
    # read 'A serious germ infection (tuberculosis, or TB) screening (early testing) test'
    ('replace', 'A tuberculosis (TB) screening test, either an interferon-gamma release assay (QuantiFERON) or a tuberculin skin test, must be completed.',
     'A tuberculosis (TB) screening test, either an interferon-gamma release assay (QuantiFERON) or a tuberculin skin test (TB skin test), must be finished.'),
    ('explain', 'A tuberculosis (TB) screening test, either an interferon-gamma release assay (QuantiFERON) or a tuberculin skin test, must be completed.',
     'A tuberculosis (TB) screening test, either an interferon-gamma release assay (QuantiFERON) or a tuberculin skin test (TB skin test), must be finished.'),
    # one enzyme read 'the liver enzyme (liver test levels) CYP1A2'
    ('replace', 'Chemicals in tobacco smoke, rather than nicotine itself, accelerate clozapine breakdown by the liver enzyme CYP1A2.',
     'Chemicals in tobacco smoke, rather than nicotine itself, accelerate clozapine breakdown by the liver enzyme CYP1A2.'),
    ('explain', 'Chemicals in tobacco smoke, rather than nicotine itself, accelerate clozapine breakdown by the liver enzyme CYP1A2.',
     'Chemicals in tobacco smoke, rather than nicotine itself, accelerate clozapine breakdown by the liver enzyme CYP1A2.'),
    # the blood test keeps its wording
    ('explain', 'Your doctor will check your liver enzymes every 3 months.',
     'Your doctor will check your liver enzymes (liver test levels) every 3 months.'),
    # read 'needed to make sure proper healing of the needle site'
    ('replace', 'Adherence to the following instructions is required to ensure proper healing of the puncture site and optimal valve function.',
     'Sticking with these instructions is needed to make sure of proper healing of the needle site and best valve function.'),
    # read 'MMR (measles vaccine)'
    ('replace', 'Live vaccines, including MMR, varicella, yellow fever and intranasal influenza vaccine, should be administered at least 4 weeks prior to starting and must be avoided during treatment.',
     'Live vaccines (vaccines with weakened germs) include MMR (measles, mumps and German measles vaccine), chickenpox, yellow fever (virus infection spread by mosquitoes) and nose flu vaccine. These should be given at least 4 weeks before starting and must be avoided during treatment.'),
    # read 'psoriasis plaques (buildups)'
    ('replace', 'Select a site on the front of the thighs or the abdomen, at least 2 inches from the navel, avoiding skin that is bruised, tender, red, hard, scarred or affected by psoriasis plaques.',
     'Choose a site on the front of the thighs or the belly, at least 2 inches from the navel, avoiding skin that is bruised, tender, red, hard, scarred or affected by psoriasis plaques (thick scaly skin patches).'),
    # the verb 'leaks' read 'air escapings from the lung'
    ('replace', 'You were admitted to the hospital with a spontaneous pneumothorax, a condition in which air leaks into the space between the lung and the chest wall and subsequently causes the lung to collapse.',
     'You were admitted to the hospital with a spontaneous collapsed lung (pneumothorax). In this condition, air leaks into the space between the lung and the chest wall and later causes the lung to collapse.'),
    ('explain', 'You were admitted to the hospital with a spontaneous pneumothorax, a condition in which air leaks into the space between the lung and the chest wall and subsequently causes the lung to collapse.',
     'You were admitted to the hospital with a spontaneous pneumothorax (collapsed lung). In this condition, air leaks into the space between the lung and the chest wall and later causes the lung to collapse.'),
    ('replace', 'The tube has now been removed after a chest X-ray confirmed that the lung had fully re-expanded and that no further air leak was present.',
     'The tube has now been removed after a chest X-ray confirmed that the lung had fully re-expanded and that no further air leak was present.'),
    # read 'as a safety safety steps'
    ('replace', 'Naloxone (Narcan) 4 mg nasal spray has been prescribed as a safety precaution.',
     'Naloxone (Narcan) 4 mg nose spray has been prescribed as a safety step.'),
    ('replace', 'Take these precautions after surgery. As a precaution, stay home.',
     'Take these safety steps after surgery. As a safety step, stay home.'),
    # read 'A lower back joining spine bones (spinal fusion) have been done' and 'bone graft (tissue patch)'
    ('replace', 'A lumbar spinal fusion has been performed to permanently join two or more vertebrae in your lower back utilizing bone graft and, usually, screws and rods.',
     'A lower back surgery to join spine bones (spinal fusion) has been done to permanently join two or more spine bones in your lower back using bone graft (bone used to help bones grow together) and, usually, screws and rods.'),
    ('replace', '# Lumbar Spinal Fusion:',
     '# Lower Back Spinal Fusion:'),
    # read 'You have had new valve put in through an artery (TAVR)'
    ('replace', 'You have undergone transcatheter aortic valve replacement (TAVR), a procedure in which a new aortic valve was delivered through a catheter.',
     'You have had valve surgery through an artery (TAVR). In this procedure, a new aortic valve (heart valve to the aorta) was delivered through a catheter (thin tube).'),
    # read 'Return happens in a significant (major) proportion of patients'
    ('replace', 'Recurrence occurs in a significant proportion of patients, most often within the first year.',
     'Return happens in a large share of patients, most often within the first year.'),
    # read 'your prescriber will direct re-dose adjustment from 12.5 mg'
    ('replace', 'If more than 48 hours of doses are missed, clozapine must not be resumed at the previous dose, because fainting and seizures may occur; your prescriber will direct re-titration from 12.5 mg.',
     'If more than 48 hours of doses are missed, do not restart clozapine at the previous dose, because fainting and seizures may happen; your prescriber will direct slowly raising the dose again from 12.5 mg.'),
]


@pytest.mark.parametrize(("mode", "source", "expected"), CASES)
def test_reading_fix(mode: str, source: str, expected: str) -> None:
    out = simplified(source, mode)
    assert out == expected
    assert simplified(out, mode) == out
