"""Word knowledge shared by every layer: English word frequencies (wordfreq's bundled lists, loaded
once and read as a plain dict) and the shape of drug names."""

from __future__ import annotations

import math
import re
import threading

_freq: dict[str, float] | None = None
_lock = threading.Lock()


def zipf(word: str) -> float:
    """Zipf frequency of a lower-case word: log10 of its uses per billion words; 0 when unseen."""
    global _freq
    if _freq is None:
        with _lock:
            if _freq is None:
                from wordfreq import get_frequency_dict

                _freq = get_frequency_dict("en", wordlist="best")
    f = _freq.get(word)
    return math.log10(f * 1e9) if f else 0.0


# Generic drug names share a small set of endings (the USAN stems). A word with one of them is a
# drug name: patients know their medicines by name, and a drug name must never be rewritten.
DRUG_STEMS = (
    "olol", "alol", "ilol", "pril", "prilat", "sartan", "statin", "vastatin", "dipine", "mab", "ximab", "zumab", "umab",
    "cillin", "mycin", "micin", "cycline", "floxacin", "oxacin", "azole", "conazole", "prazole", "tidine", "oxetine",
    "triptan", "gliptin", "gliflozin", "glutide", "glinide", "glitazone", "parin", "xaban", "gatran", "grel", "grelor",
    "setron", "tinib", "zomib", "ciclib", "platin", "rubicin", "taxel", "pam", "zepam", "zolam", "barbital", "caine",
    "profen", "fenac", "coxib", "semide", "thiazide", "tiazide", "lukast", "terol", "tropium", "sonide", "asone", "olone",
    "nisone", "dronate", "vir", "navir", "previr", "buvir", "tegravir", "lamine", "triptyline", "pramine", "faxine",
    "peridol", "apine", "idone", "oxone", "codone", "morphone", "fentanil", "adol", "ipine", "ectin", "nidazole", "sulfa",
    "cort", "vudine", "statin", "trel", "relin", "tide", "parib", "lisib", "degib", "rafenib", "metinib", "fungin",
)
_DRUG_RE = re.compile(r"[a-z]{3,}(?:" + "|".join(sorted(set(DRUG_STEMS), key=len, reverse=True)) + r")$")
_COMMON_DRUGS = frozenset(
    "aspirin acetaminophen paracetamol ibuprofen naproxen insulin metformin warfarin heparin digoxin furosemide "
    "nitroglycerin lisinopril amlodipine albuterol prednisone morphine oxycodone hydrocodone codeine tramadol "
    "gabapentin levothyroxine amoxicillin azithromycin doxycycline clopidogrel apixaban rivaroxaban dabigatran "
    "spironolactone hydrochlorothiazide sertraline fluoxetine citalopram escitalopram bupropion trazodone "
    "lorazepam alprazolam diazepam clonazepam zolpidem melatonin omeprazole pantoprazole famotidine ondansetron "
    "docusate senna sennosides polyethylene glycol loratadine cetirizine diphenhydramine montelukast fluticasone "
    "tiotropium budesonide methotrexate hydroxychloroquine allopurinol colchicine tamsulosin finasteride sildenafil "
    "estradiol progesterone testosterone nicotine naloxone buprenorphine methadone epinephrine atropine lidocaine "
    "vancomycin ceftriaxone cephalexin ciprofloxacin levofloxacin nitrofurantoin metronidazole clindamycin "
    "sulfamethoxazole trimethoprim fluconazole acyclovir valacyclovir oseltamivir potassium chloride "
    "carvedilol metoprolol atenolol propranolol labetalol hydralazine isosorbide mononitrate dinitrate "
    "atorvastatin rosuvastatin simvastatin pravastatin ezetimibe empagliflozin dapagliflozin semaglutide "
    "liraglutide dulaglutide sitagliptin glipizide glyburide glimepiride pioglitazone losartan valsartan "
    "enalapril ramipril benazepril diltiazem verapamil amiodarone sotalol".split()
)


def is_drug_name(word: str) -> bool:
    low = word.lower()
    return low in _COMMON_DRUGS or bool(_DRUG_RE.match(low))


