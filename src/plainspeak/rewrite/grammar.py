"""What substitution breaks, fixed: a/an, singular/plural, verb forms, capitals."""

from __future__ import annotations

import re
from functools import lru_cache

_PREPOSITIONS = (" of ", " in ", " on ", " for ", " with ", " from ", " to ", " that ", " which ", " at ", " by ", " around ", " between ", " inside ", " under ")
_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "tooth": "teeth", "foot": "feet", "person": "people", "mouse": "mice"}
_UNCOUNTABLE = frozenset("blood pressure sugar fluid water air pain swelling bleeding damage weakness tiredness breath".split())

# verb -> (past, past participle, -ing, -s)
_IRREGULAR_VERBS = {
    "be": ("was", "been", "being", "is"), "begin": ("began", "begun", "beginning", "begins"),
    "bring": ("brought", "brought", "bringing", "brings"), "buy": ("bought", "bought", "buying", "buys"),
    "choose": ("chose", "chosen", "choosing", "chooses"), "come": ("came", "come", "coming", "comes"),
    "do": ("did", "done", "doing", "does"), "drink": ("drank", "drunk", "drinking", "drinks"),
    "eat": ("ate", "eaten", "eating", "eats"), "feel": ("felt", "felt", "feeling", "feels"),
    "find": ("found", "found", "finding", "finds"), "get": ("got", "gotten", "getting", "gets"),
    "give": ("gave", "given", "giving", "gives"), "go": ("went", "gone", "going", "goes"),
    "have": ("had", "had", "having", "has"), "hold": ("held", "held", "holding", "holds"),
    "keep": ("kept", "kept", "keeping", "keeps"), "know": ("knew", "known", "knowing", "knows"),
    "lead": ("led", "led", "leading", "leads"), "leave": ("left", "left", "leaving", "leaves"),
    "let": ("let", "let", "letting", "lets"), "make": ("made", "made", "making", "makes"),
    "meet": ("met", "met", "meeting", "meets"), "put": ("put", "put", "putting", "puts"),
    "read": ("read", "read", "reading", "reads"), "run": ("ran", "run", "running", "runs"),
    "say": ("said", "said", "saying", "says"), "see": ("saw", "seen", "seeing", "sees"),
    "send": ("sent", "sent", "sending", "sends"), "set": ("set", "set", "setting", "sets"),
    "show": ("showed", "shown", "showing", "shows"), "sit": ("sat", "sat", "sitting", "sits"),
    "sleep": ("slept", "slept", "sleeping", "sleeps"), "speak": ("spoke", "spoken", "speaking", "speaks"),
    "spend": ("spent", "spent", "spending", "spends"), "stand": ("stood", "stood", "standing", "stands"),
    "stop": ("stopped", "stopped", "stopping", "stops"), "take": ("took", "taken", "taking", "takes"),
    "tell": ("told", "told", "telling", "tells"), "teach": ("taught", "taught", "teaching", "teaches"),
    "undergo": ("underwent", "undergone", "undergoing", "undergoes"), "think": ("thought", "thought", "thinking", "thinks"),
    "understand": ("understood", "understood", "understanding", "understands"), "write": ("wrote", "written", "writing", "writes"),
    "cut": ("cut", "cut", "cutting", "cuts"), "plan": ("planned", "planned", "planning", "plans"),
    "fit": ("fit", "fit", "fitting", "fits"), "swell": ("swelled", "swollen", "swelling", "swells"),
    "win": ("won", "won", "winning", "wins"), "lose": ("lost", "lost", "losing", "loses"),
    "shut": ("shut", "shut", "shutting", "shuts"), "grow": ("grew", "grown", "growing", "grows"),
    "fall": ("fell", "fallen", "falling", "falls"), "break": ("broke", "broken", "breaking", "breaks"),
    "spread": ("spread", "spread", "spreading", "spreads"), "stick": ("stuck", "stuck", "sticking", "sticks"),
    "hurt": ("hurt", "hurt", "hurting", "hurts"),
    "feed": ("fed", "fed", "feeding", "feeds"), "bleed": ("bled", "bled", "bleeding", "bleeds"),
}
# a past form after these is a participle; "not" and "never" too, since no past form follows them
# ("the scan was not performed" -> "was not done", never "was not did")
_BE_HAVE = frozenset("is are was were be been being am has have had get gets got not never".split())
_PREFIX = re.compile(r"^(?:under|over|with|mis|out|re)(?=[a-z]{3})")
_IRREGULAR_PAST_FORMS = frozenset(v for forms in _IRREGULAR_VERBS.values() for v in forms[:2])
_NOT_INFLECTED = frozenset(
    "is are was were am be been being has had can could will would should shall may might must not no "
    "a an the to too very more less much each every all any some".split()
)


_NOT_A_LETTER = re.compile(r"[^A-Za-z]")
_LETTER_NAME = re.compile(r"[A-Z](?:-|$)")


def article_for(phrase: str) -> str:
    """"a" or "an" for the phrase that follows, by its first sound."""
    word = phrase.strip().split(" ", 1)[0] if phrase.strip() else ""
    if not word:
        return "a"
    letters = _NOT_A_LETTER.sub("", word)
    if _LETTER_NAME.match(word):  # a letter said by its name: a U-shaped, an X-ray, an S
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    if len(letters) >= 2 and letters.isupper():  # read letter by letter: an MRI, a CT
        return "an" if letters[0] in "AEFHILMNORSX" else "a"
    low = word.lower()
    if low.startswith(("hour", "honest", "honor", "honour", "heir")):
        return "an"
    if low.startswith(("uni", "use", "usu", "uti", "ura", "ure", "uri", "uro", "ute", "uvu", "eu", "one", "once", "ewe")):
        return "a"
    return "an" if low[:1] in "aeiou" else "a"


# head nouns that count (one of them takes "a"): plain words with one of these heads need "a" where
# the term they replace stands bare ("treated for cellulitis" -> "treated for a skin infection"). Only
# nouns seldom said without an article in the singular: "disease", "failure", "cancer", "damage", "pain"
# read well bare ("treated for heart disease"), and so do "virus" ("COVID-19 virus": one, known) and
# "growth" ("proliferation" is cells multiplying, never "a growth")
_COUNT_HEADS = frozenset("""test tube scan check shot pill exam break x-ray spot marker rash ultrasound tear problem germ
    valve sample clot sign tumor lump cell sound study hole machine device condition opening pocket sac patch attack
    disorder infection reaction heartbeat bulge sore bump cyst ulcer stone brace drain bag implant mole hernia seizure
    headache blockage pump monitor inhaler mask pacemaker defect bruise wart crack illness stroke procedure operation
    injury area diet program visit appointment catheter stent splint cast graft fracture wound needle pouch
    blister boil abscess polyp nodule fistula""".split())
# first words of plain words that bring their own determiner, or a number
_OWN_DETERMINER = frozenset("a an the no some any one two your my his her its our their this that each every".split())
# what ends the head of plain words: a phrase or a clause after it ("infection of a line into a vein")
_AFTER_A_HEAD = re.compile(r" (?:of|in|on|for|with|from|to|that|which|at|by|around|between|inside|under|when|if|so|"
                           r"after|before|during|while|where|without|through|into|over|behind|near|below|above|like|"
                           r"caused|made|used|given|seen|called|shown)\b| \(")


@lru_cache(maxsize=4096)  # a few hundred wordings recur in every text; asked of most findings
def needs_an_article(phrase: str) -> bool:
    """Plain words whose head noun counts, in the singular, with no determiner of their own: "skin
    infection", "condition with extreme mood swings" (its head), never "high blood pressure" or "no germ
    growth". Where the term they replace stands bare, they take "a"."""
    words = phrase.split(" ", 1)
    first = words[0].lower()
    if first in _OWN_DETERMINER or first.endswith(("'s", "’s")) or first[:1].isdigit():
        return False
    head = _AFTER_A_HEAD.split(phrase, 1)[0].rsplit(" ", 1)[-1].lower()
    return head in _COUNT_HEADS


# heads of plain words that count no items: "a hemorrhage" is "bleeding", never "a bleeding"
_MASS_HEADS = frozenset("bleeding scarring damage weakness tiredness".split())  # "a swelling" is a lump: it counts


def takes_no_article(phrase: str) -> bool:
    """Plain words whose head noun takes no "a" ("bleeding in the brain (hemorrhage)")."""
    words = phrase.split(" (", 1)[0]
    for prep in _PREPOSITIONS:
        words = words.split(prep, 1)[0]
    return words.rsplit(" ", 1)[-1].lower() in _MASS_HEADS


# words that open a clause inside plain words ("pain when pressed", "swelling that comes back")
_CLAUSE_OPENERS = re.compile(r" (?:when|if|while|where|that|which|who|whose|once|until|because|so) ")


# a phrase after the head of plain words, other than an "of" phrase: "repair through a large cut",
# "time between catching a germ and getting sick", "ability to move around", "main result measured"
_PHRASE_AFTER_THE_HEAD = re.compile(r" (?:in|on|at|by|from|with|without|to|for|into|through|around|between|under|over|"
                                    r"after|before|during|inside|like)(?: |$)|[a-z]{3}ed$")


def ends_in_a_clause(phrase: str) -> bool:
    """Plain words whose head has a clause or a phrase after it ("pain when pressed", "repair through a
    large cut"): an "of" complement after the term cannot follow them ("tenderness of the breasts" never
    reads "pain when pressed of the breasts", "open surgical repair of AAA" never "repair through a large
    cut of AAA"). An "of" phrase may ("list of possible causes of MODY subtypes")."""
    return _CLAUSE_OPENERS.search(phrase) is not None or _PHRASE_AFTER_THE_HEAD.search(phrase) is not None


@lru_cache(maxsize=4096)
def pluralize(phrase: str) -> str:
    """Plural of a plain noun phrase: the head noun changes ("blood clot in the lung" ->
    "blood clots in the lung"); words that do not count ("high blood pressure") stay.
    Cached: the same few glossary wordings are made plural again at every mention and in every pass."""
    head_end = len(phrase)
    for prep in _PREPOSITIONS:
        k = phrase.find(prep)
        if 0 < k < head_end:
            head_end = k
    head = phrase[:head_end]
    rest = phrase[head_end:]
    words = head.split(" ")
    last = words[-1]
    words[-1] = _plural_word(last)
    return " ".join(words) + rest


def _plural_word(word: str) -> str:
    head, hyphen, tail = word.rpartition("-")
    if hyphen and head and tail.isalpha() and head.replace("-", "").isalpha():
        return head + hyphen + _plural_word(tail)  # "flare-up" -> "flare-ups", "x-ray" -> "x-rays"
    low = word.lower()
    if low in _UNCOUNTABLE or not low.isalpha():
        return word
    if low in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[low]
    if low.endswith("s") and not low.endswith(("ss", "us", "is", "ys")) and len(low) > 3:
        return word  # already plural ("liver test levels"), never "levelses"
    if low.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if low.endswith("y") and len(low) > 1 and low[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def looks_plural(surface: str, term_forms: tuple[str, ...]) -> bool:
    """The matched text is a plural of the term: "lesions" for "lesion", "metastases" for
    "metastasis" (the term's own forms, which may be plural variants, never count)."""
    low = surface.lower()
    first = term_forms[0].lower() if term_forms else ""
    if term_forms and low == first:
        return False
    words = low.split()
    last = words[-1] if words else low
    base_words = first.split()
    base = base_words[-1] if base_words else ""
    if last == base:
        return False
    if base.endswith("um") and last == base[:-2] + "a":
        return True  # "atria" of "atrium", "bacteria" of "bacterium"
    return last.endswith("s") or last.endswith(("ae", "ata", "i")) and not base.endswith(("ae", "ata", "i"))


# After the past form of a verb that takes an object, these start a phrase that says by whom, where
# or when instead: the form is a participle ("the week selected for the exam" -> "chosen for", never
# "chose for"). A verb without an object ("resolved with rest" -> "went away with rest") is past.
_AFTER_PARTICIPLE = frozenset("by in at on during for with from within after before under prior via through throughout until".split())
_SUBJECTS = frozenset("i we you they he she it who that which".split())
# a person who did it: "She awakened at 3 am" is past ("that", "which" may stand for the thing it was done to:
# "than that observed with X")
_PERSONS = frozenset("i we you they he she".split())
# how a medicine is given, said after its verb ("given orally"): never the start of the verb's object,
# as another adverb may be ("received potentially harmful agents")
_ROUTES = frozenset("""orally intravenously subcutaneously intramuscularly topically rectally sublingually
    intranasally intrathecally transdermally vaginally""".split())
# a time or place said right after it, with no object between: "the treatment provided today" is the
# treatment given today, never "the treatment gave today" ("we provided today" is past)
# (and how: "if herbs administered alone or with ..." are herbs given alone)
_WHEN_OR_WHERE = frozenset("today yesterday tonight earlier here there below above alone together separately".split())
# a past form right after a preposition describes the noun after it: "of orally administered gabapentin"
# -> "given", "for selected patients" -> "chosen"; a finite verb never follows a preposition
_PREPOSITIONS_BEFORE = frozenset("of for with from in on at into without about among between via per".split())
# a participle between a determiner and its noun describes the noun: "the administered dose" -> "the given dose"
# (a determiner as written: the "A" of "T&A (...) presented with" is none)
_DETERMINERS = frozenset("the a an your my his her its our their this these those any each every no".split())
_VERB_AFTER_A_PARTICIPLE = frozenset("should must may might can could will would is are was were".split())
# what the caller passes as `next_word` when the clause ends right after the verb (a stop, a comma, a
# bracket, the end of a line): see verb_form
CLAUSE_END = "."
# words before a verb that cannot be the noun it describes: the verb after them is no reduced passive
# ("and obtained.", "as directed.", "what we provided.")
_NOT_A_NOUN_BEFORE = frozenset("""a an the and or but nor as than that which who what whom whose when where while if
    so to of in on at by for with from into about after before since until not no also then there here this these
    those it its i we you they he she them us him her me my your our their his one all any each some both""".split())


def _base_in_eed(word: str) -> bool:
    """"proceed", "exceed", "need", "bleed": base forms that end like a past ("agreed", "freed" are past)."""
    return word.endswith("eed") and word not in _PAST_IN_EED


_PAST_IN_EED = frozenset("agreed disagreed freed decreed guaranteed refereed".split())


@lru_cache(maxsize=4096)
def verb_form(surface: str, previous_word: str = "", next_word: str = "", takes_object: bool = False) -> str:
    """Which form of a verb the text uses: base, past, participle, ing or s. Cached, as inflect is:
    a verb term is met with the same words around it in every pass, and both took 1-2 us (measured)."""
    first = surface.split()[0].lower() if surface.split() else ""
    if first.endswith("ing"):
        return "ing"
    if (first.endswith("ed") and not _base_in_eed(first)) or first in _IRREGULAR_PAST_FORMS \
            or _PREFIX.sub("", first) in _IRREGULAR_PAST_FORMS:  # "undertaken", "overdone": prefixed irregular forms
        prev, after = previous_word.lower(), next_word.lower()
        # a verb of its own right after it makes it a participle after its noun ("the shield provided should
        # be worn": never "the shield gave should"), as does, after a verb that takes an object, a preposition
        # (unless a person did it: "She awakened at 3 am"), or "to", "as" or a route, unless a pronoun did it
        # ("the cup provided to measure the dose" is the cup given to you, never "the cup gave to measure";
        # "a chelator administered orally" has no object, so "given by mouth"; "we provided to" is past).
        # A verb that takes an object, with none before the clause ends and a noun before it, is a
        # participle too: "after cultures obtained." never "got", "with the device provided," never "gave"
        participle = prev in _BE_HAVE or (prev in _DETERMINERS and not previous_word.isupper()) or prev in _PREPOSITIONS_BEFORE \
            or after == "by" or after in _VERB_AFTER_A_PARTICIPLE \
            or (takes_object and after == CLAUSE_END and prev.isalpha() and prev not in _NOT_A_NOUN_BEFORE
                and not prev.endswith("ly")) \
            or (takes_object and ((after in _AFTER_PARTICIPLE and prev not in _PERSONS)
                                  or ((after in ("to", "as") or after in _ROUTES or after in _WHEN_OR_WHERE)
                                      and prev not in _SUBJECTS)))
        return "participle" if participle else "past"
    if first.endswith("s") and not first.endswith("ss"):
        return "s"
    return "base"


@lru_cache(maxsize=4096)
def inflect(plain: str, form: str) -> str:
    """Put the first word of a plain verb phrase in the given form: ("use", "past") -> "used"."""
    if form == "base" or not plain:
        return plain
    head, _, rest = plain.partition(" ")
    low = head.lower()
    if (form == "ing" and low.endswith("ing")) or (form in ("past", "participle") and low.endswith("ed") and not _base_in_eed(low)):
        return plain  # the glossary already gives this form ("ambulating" -> "walking")
    if (low in _IRREGULAR_PAST_FORMS and low not in _IRREGULAR_VERBS) or low in _NOT_INFLECTED or (low.endswith("ly") and len(low) > 4):
        # already a past form ("came in"), a helper verb ("is needed", "can"), a word that is not a
        # verb ("a", "slowly"): adding -ed or -s would write "camed", "iss", "slowlyed"
        return plain
    if low in _IRREGULAR_VERBS:
        past, participle, ing, s = _IRREGULAR_VERBS[low]
        new = {"past": past, "participle": participle, "ing": ing, "s": s}[form]
    elif form in ("past", "participle"):
        new = low + "d" if low.endswith("e") else (low[:-1] + "ied" if low.endswith("y") and low[-2:-1] not in ("a", "e", "i", "o", "u") else low + "ed")
    elif form == "ing":
        new = (low[:-1] if low.endswith("e") and not low.endswith("ee") else low) + "ing"
    else:
        new = _plural_word(low) if not low.endswith("y") or low[-2:-1] in ("a", "e", "i", "o", "u") else low[:-1] + "ies"
    if form == "past" and " there is " in f" {rest} ":
        rest = f" {rest} ".replace(" there is ", " there was ").strip()  # "ensured sufficient" -> "made sure there was enough"
    return new + ((" " + rest) if rest else "")


def match_case(replacement: str, original: str, sentence_start: bool) -> str:
    """Capitals: ALL-CAPS text stays in capitals; a capital at the start of a sentence stays."""
    if not replacement:
        return replacement
    if original.isupper() and len(original) > 4 and not _is_abbreviation(original):  # cheap tests first
        letters = [c for c in original if c.isalpha()]
        if len(letters) > 3 and all(c.isupper() for c in letters) and " " in original.strip() + " ":
            return replacement.upper()
    if sentence_start and original[:1].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement


def _is_abbreviation(text: str) -> bool:
    return len(text) <= 6 and " " not in text
