"""Word knowledge shared by every layer: English word frequencies (wordfreq's bundled lists, loaded
once and read as a plain dict) and the shape of drug names."""

from __future__ import annotations

import math
import re
import threading

_zipf: dict[str, float] | None = None
_lock = threading.Lock()


def zipf(word: str) -> float:
    """Zipf frequency of a lower-case word: log10 of its uses per billion words; 0 when unseen."""
    global _zipf
    if _zipf is None:
        with _lock:
            if _zipf is None:
                _zipf = _load_zipf()
    return _zipf.get(word, 0.0)


def _load_zipf() -> dict[str, float]:
    """word -> Zipf frequency, from wordfreq's English "best" list. The list's file is read directly
    (it is what `wordfreq.get_frequency_dict("en", "best")` reads, with the same arithmetic per
    frequency band): importing wordfreq and building its dict took about 0.4 s of a cold start,
    reading the file 0.2 s (measured)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("wordfreq")
    path = Path(spec.submodule_search_locations[0]) / "data" / "large_en.msgpack.gz" if spec and spec.submodule_search_locations else None
    bands = _read_bands(path) if path is not None and path.is_file() else None
    if bands is None:  # another layout of wordfreq: ask it
        from wordfreq import get_frequency_dict

        return {w: math.log10(f * 1e9) for w, f in get_frequency_dict("en", wordlist="best").items()}
    table: dict[str, float] = {}
    for index, band in enumerate(bands):
        value = math.log10(10 ** (-index / 100) * 1e9)  # wordfreq's cB_to_freq, then Zipf
        for w in band:
            table[w] = value
    return table


def _read_bands(path: object) -> list[list[str]] | None:
    """wordfreq's "cBpack" file: a header, then lists of words, one per centibel of frequency."""
    import gzip

    try:
        import msgpack  # wordfreq's own dependency
    except ImportError:
        return None
    with gzip.open(path, "rb") as f:  # type: ignore[call-overload]
        data = msgpack.load(f, raw=False)
    header = data[0] if data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    return data[1:]


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
    # antihistamines and antipsychotics of the phenothiazine family; "-azine" alone would take "magazine"
    "thazine", "mazine", "perazine", "henazine", "yzine", "alazine", "spirone", "gabalin", "ozole", "dopa", "fenadine",
    "anib", "darone", "bazam", "binafine", "pezil", "oxifen", "oxifene", "cortisone", "pheniramine", "zosin",
)
# Cephalosporins share a first syllable, not a last one (cefazolin, ceftriaxone, cefdinir); no English
# word starts with "cef" ("cephalic" is spelled with "ceph")
_DRUG_PREFIX = ("cef",)
_DRUG_RE = re.compile(r"[a-z]{3,}(?:" + "|".join(sorted(set(DRUG_STEMS), key=len, reverse=True)) + r")$"
                      r"|(?:" + "|".join(_DRUG_PREFIX) + r")[a-z]{4,}$")
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
    "enalapril ramipril benazepril diltiazem verapamil amiodarone sotalol "
    # the salt or the insulin's name after a drug ("metoprolol tartrate", "insulin glargine") is part of its name
    "tartrate succinate besylate mesylate fumarate maleate hydrochloride sulfate glargine lispro aspart detemir "
    "degludec capsaicin buspirone".split()
)


_drug_cache: dict[str, bool] = {}
_DRUG_CACHE_MAX = 200_000


def is_drug_name(word: str) -> bool:
    """A generic drug name, by list or by stem. Cached per word: the guard asks about every word of
    the line around every edit."""
    known = _drug_cache.get(word)
    if known is None:
        low = word.lower()
        known = low in _COMMON_DRUGS or bool(_DRUG_RE.match(low))
        if len(_drug_cache) > _DRUG_CACHE_MAX:
            _drug_cache.clear()  # bounded memory on endless streams of new words
        _drug_cache[word] = known
    return known


# The four letters outside ASCII that a case-blind regex (re.IGNORECASE) takes for ASCII ones: "ſix"
# matches "six" and "\u212a" (the kelvin sign) matches "k". A word such a regex found is looked up in a
# table of ASCII words through `fold`, or the lookup fails (a KeyError, a traceback for the user).
# Each maps to one character, so a folded text keeps every offset.
ASCII_LOOKALIKES = {0x130: "I", 0x131: "i", 0x17F: "s", 0x212A: "K"}


def fold(word: str) -> str:
    """A word in lower case, its ASCII look-alike letters (see ASCII_LOOKALIKES) made ASCII."""
    return word.translate(ASCII_LOOKALIKES).lower() if not word.isascii() else word.lower()
