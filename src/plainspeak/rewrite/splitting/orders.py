"""An order given in the passive at the start of a sentence, said as an order: "Your doctor should be
contacted if ..." -> "Contact your doctor if ...", "Medical attention should be sought right away"
-> "Seek medical attention right away". A handout speaks to its reader, and "should be contacted"
asks the reader to do it; the imperative says the same in two words fewer and in the active voice.

Only whom to contact (a doctor, a clinic, a nurse, a service) or what care to seek, "should" or
"must" and nothing between (a negation, "should not be contacted", or "only" would be lost or
moved), at the very start of the sentence."""

from __future__ import annotations

import re

from ...lexicon import fold, is_drug_name, zipf
from ..grammar import verb_form
from .clauses import _instruction
from .words import _CONNECTIVE, DOSE, FINITE_VERBS, OBJECT_STARTS, PARTICIPLES, _Change

ACTIVE_ORDER_REASON = "active-order"

# whom a reader contacts: the last word of the noun phrase
_CONTACTS = ("doctor|doctors|clinic|office|nurse|provider|surgeon|team|pharmacist|physician|practitioner|specialist"
             "|midwife|dentist|service|services|department|center|centre|unit|line|helpline|hotline|cardiologist"
             "|oncologist|obstetrician|pediatrician|paediatrician|therapist|educator|supplier|company|prescriber|pharmacists|dentists"
             "|nurses|surgeons|providers|physicians|specialists")
# a bracket the glossary wrote after the term goes with it: "your heart doctor (cardiologist)"
# (or the service itself, named without a determiner: "Emergency services should be called", "911 must be called")
# (or a list of them, each item ending in one: "All doctors, dentists, and pharmacists should be told")
_CONTACTED = re.compile(r"(?P<target>(?:(?:your|the|every|each|all(?:[ \t]+your)?)[ \t](?:[A-Za-z'’-]+[ \t]){0,4}?(?:"
                        + _CONTACTS + r")(?:,[ \t]+(?:(?:and|or)[ \t]+)?(?:[A-Za-z'’-]+[ \t]){0,3}?(?:" + _CONTACTS + r")(?=[ \t,]))*"
                        r"|emergency[ \t]services|emergency[ \t]medical[ \t]services|911|an[ \t]ambulance)"
                        r"(?:[ \t]\([^()\n]*\))?)"
                        r"[ \t](?:should|must)[ \t]be[ \t](?P<verb>contacted|called|notified|told|informed)\b", re.IGNORECASE)
_SOUGHT = re.compile(r"(?P<target>(?:medical|emergency|urgent|immediate|prompt)[ \t]"
                     r"(?:attention|care|evaluation|help|treatment|advice))"
                     r"[ \t](?:should|must)[ \t]be[ \t](?P<verb>sought)\b", re.IGNORECASE)
_IMPERATIVES = {"contacted": "Contact", "called": "Call", "notified": "Notify", "sought": "Seek", "told": "Tell",
                "informed": "Tell"}


def _active_order(text: str, cut: bool = False) -> list[_Change]:
    """The sentence's opening passive order as an imperative (or the one after its opening condition),
    or nothing (`cut`: as `_passive_order`)."""
    return _contact_order(text) or _passive_order(text, cut) or _conditioned_order(text)


def _contact_order(text: str) -> list[_Change]:
    """Whom to contact or what care to seek, in the passive at the start: as an imperative, or nothing."""
    m = _CONTACTED.match(text) or _SOUGHT.match(text)
    if m is None:
        return []
    target = m.group("target")
    if target[:3] != "911" and target[1:2].islower():
        target = target[0].lower() + target[1:]  # "Emergency services" -> "emergency services" (never "EMS", "911")
    return [(0, m.end(), _IMPERATIVES[fold(m.group("verb"))] + " " + target, ACTIVE_ORDER_REASON)]


# --- any order in the passive: "The dressing should be kept dry" -> "Keep the dressing dry" -----------
#
# "X should be <done> ..." at the start of a sentence in a handout asks the reader to do it; said as an
# order it is shorter and in the active voice. Only verbs whose doer, in a handout, is the reader (the
# patient or the carer): "avoided", "kept", "reported" ..., never "given", "done", "checked by", "seen",
# whose doer is as often the clinic. A negation stays an order not to ("should not be stopped" -> "Do
# not stop"), "also", "always" stay with the verb ("Also avoid"); the rest of the sentence (times,
# conditions, reasons) stays where it was.

# participle -> the order (base form), for the verbs whose doer is the reader
_READER_VERBS = {
    "avoided": "avoid", "offered": "offer", "reported": "report", "kept": "keep", "continued": "continue",
    "stopped": "stop", "discontinued": "stop", "completed": "complete", "finished": "finish", "emptied": "empty",
    "changed": "change", "applied": "apply", "used": "use", "worn": "wear", "taken": "take", "minimized": "minimize",
    "limited": "limit", "lowered": "lower", "washed": "wash", "cleaned": "clean", "rinsed": "rinse", "stored": "store",
    "followed": "follow", "raised": "raise", "elevated": "raise", "resumed": "restart", "restarted": "restart",
    "started": "start", "chewed": "chew", "swallowed": "swallow", "eaten": "eat", "drunk": "drink", "shared": "share",
    "removed": "remove", "replaced": "replace", "protected": "protect", "skipped": "skip", "measured": "measure",
    "recorded": "record", "checked": "check", "inspected": "inspect", "encouraged": "encourage", "repeated": "repeat",
    "brought": "bring", "carried": "carry", "thrown": "throw", "disposed": "dispose", "separated": "separate",
    # what a reader does to a tube, a dressing, a bottle or a pill ("The tube should be flushed with 30 mL of
    # water" -> "Flush the tube ..."; "The capsule should not be crushed or chewed" -> "Do not crush or chew ...")
    "placed": "place", "positioned": "position", "covered": "cover", "flushed": "flush", "rotated": "rotate",
    "crushed": "crush", "shaken": "shake", "wiped": "wipe", "patted": "pat", "scrubbed": "scrub", "soaked": "soak",
    "scratched": "scratch", "opened": "open", "sipped": "sip", "held": "hold", "pressed": "press", "pushed": "push",
    "moved": "move", "combined": "combine", "allowed": "allow", "put": "put", "closed": "close", "secured": "secure",
    # irregular participles, each said as its own base form ("... rinsed with water and spat out" -> "and spit
    # out", never "and spat out", which reads as a past tense after an order)
    "spat": "spit", "laid": "lay", "wrung": "wring", "hung": "hang", "torn": "tear", "bent": "bend",
    "frozen": "freeze",
    # a dose held back is a dose skipped ("The next dose should be withheld": only a dose, see `_passive_order`)
    "withheld": "skip",
}
# irregular participles that end no "-ed": a second verb of the passive in one of these is a participle
# as "removed" is ("... and spat out", "... and wrung out"), which the order says or the passive stays
_IRREGULAR_PARTICIPLES = PARTICIPLES | frozenset("""spat spit laid wrung hung torn bent spun swept sewn stuck struck
    bound lit frozen hidden thrown chosen broken forgotten beaten bitten spilt split shut cut fed bled""".split())
# "left" after "right or" or before a body part is the side, never the verb ("the right or left leg")
_LEFT_AS_SIDE = re.compile(r"(?:(?<=\bright[ \t]or[ \t])|(?<=\bright[ \t]and[ \t]))left\b|left(?=[ \t]+(?:side|leg|legs|arm|arms|"
                           r"hand|foot|eye|ear|knee|hip|shoulder|wrist|ankle|elbow|breast|lung|kidney|nostril|groin)\b)",
                           re.IGNORECASE)


def _participle(text: str, word: re.Match[str], group: int | str = 0) -> bool:
    """Whether the word of `word` (its `group`) is a participle: "-ed" or irregular ("spat", "wrung"), and
    never the side "left" ("the right or left leg")."""
    low = word.group(group).lower()
    if low == "left" and _LEFT_AS_SIDE.match(text, word.start(group)):
        return False
    return low in _IRREGULAR_PARTICIPLES or verb_form(low) in ("past", "participle")
# a subject that names what a lab or a clinic handles: the doer is not the reader ("The results should
# be reported to the clinic")
_NOT_THE_READERS = frozenset("""result results finding findings test tests value values level levels scan scans sample
    samples specimen specimens x-ray x-rays image images culture cultures report reports record records referral
    referrals appointment appointments treatment treatments therapy therapies surgery procedure""".split())
# words that open something else than a subject: a condition, a time, a reason
_NOT_A_SUBJECT_START = frozenset("""if when whenever while because since although though unless until after before once
    as during for in on at by with without following prior should there here what how why where we you i he she
    please do does not no never to""".split())
_PRONOUN_OBJECTS = {"it": "it", "they": "them", "this": "it"}  # "This should be taken" -> "Take it"
_PEOPLE = frozenset("""child children baby babies infant infants son daughter partner spouse family parent parents
    caregiver caregivers carer carers patient patients people person everyone anyone someone staff doctor doctors nurse
    nurses surgeon provider team friend friends adult adults teen teens""".split())
_CLAUSE_JOINERS = frozenset("although though because since while whereas but if when unless until so".split())
_FINITE = FINITE_VERBS | frozenset("lower lowers raise raise help keep cause make".split())
_PASSIVE_SUBJECT = re.compile(
    r"(?P<subject>[^\s.!?;:()][^.!?;:\n]{0,200}?)[ \t]+(?:should|must|(?:is|are)(?P<negation0>[ \t]+not)?[ \t]+to)[ \t]+"
    r"(?P<adverb>(?:also|always|then|still|later|first)[ \t]+)?(?P<negation>(?:not|never)[ \t]+)?be[ \t]+"
    r"(?P<manner>(?:gently|carefully|slowly|firmly|lightly|thoroughly)[ \t]+)?"
    r"(?P<verb>[a-z]+)(?:[ \t]+(?P<conj>or|and)[ \t]+(?P<verb2>[a-z]+))?(?=[ \t,.;!?]|$)")
_OWN_PASSIVE = re.compile(r"\b(?:should|must|may|can|will|is|are|be)\b", re.IGNORECASE)
_UNSAID_PARTICIPLE = re.compile(r"\b(?:and|or|but)[ \t]+(?:(?:not|never)[ \t]+([a-z]+)\b|([a-z]+)(?=[ \t]+to[ \t]))")
# a second subject with its passive, the "is to be" left out: "clopidogrel is to be stopped and aspirin continued"
# ("... should be stopped and your doctor notified right away if ...": a longer subject, a when after it)
_GAPPED = re.compile(r"\band[ \t]+(?!(?:then|also|not|never|is|are|be|well|[a-z]+ly)\b)(?:[a-z]+[ \t]+){1,3}(?:[a-z]+ed|told|given|seen|sent|kept|taken)"
                     r"(?=[ \t]*(?:[,.;!?]|$|(?:alone|immediately|promptly|right[ \t]+away|at[ \t]+once|if|when"
                     # (or a phrase of how or where: "and the site covered with a bandage")
                     r"|with|in|into|on|onto|at|for|from|to|until|before|after|by|using|under|over|daily|each|every)\b))")
# the subject's own verb after the passive: "Such symptoms should be reported but do not need ..." is
# never "Report such symptoms but do not need ...": the subject must stay to say what does not need
_SUBJECTS_OWN_VERB = re.compile(r"[^,;:]*?\b(?:but|and|or)[ \t]+(?:does|did|is|are|was|were|may|might|can|could|"
                                r"will|would|has|have|often|usually|tend|tends|do(?![ \t]+not[ \t]+(?!necessarily)))\b")
# the subject's own helper verb after the passive, with no subject of its own: "The dressing must be kept
# clean and dry and should remain in place" is never "Keep the dressing clean and dry and should remain":
# the subject must stay to say what should remain (up to the sentence's end or a clause's own punctuation)
_SUBJECTS_OWN_MODAL = re.compile(r"[^.;:!?]*?(?P<join>(?:,[ \t]*|[ \t]+)(?P<conj>and|or|but)[ \t]+)(?P<modal>(?:(?:then|also|still|always)[ \t]+)?"
                                 r"(?:should|must|shall|ought|needs?|remains|stays)\b)")
# ... unless it is a second passive of the same order: "Pens must be stored at 2°C to 8°C and must not be frozen"
# -> "Store pens at 2°C to 8°C and do not freeze them"
_SECOND_PASSIVE = re.compile(r"(?:should|must)[ \t]+(?P<negation>(?:not|never)[ \t]+)?be[ \t]+(?P<verb>[a-z]+)"
                             r"(?:[ \t]+(?P<conj>or|and)[ \t]+(?P<verb2>[a-z]+))?\b"
                             r"(?![ \t]+(?:off|out|up|down|away|back|on|in|over|by)\b)(?![ \t]*\()")
# a verb after a comma or "then" that may be one more participle of the passive ("rinsed well, and allowed to
# air dry", "and then removed"); "then" itself may be the link ("held in place and then removed")
_DANGLING_PARTICIPLE = re.compile(r"(?:,[ \t]+(?P<link>(?:and|or|then)[ \t]+)?|(?P<then>\bthen[ \t]+))(?P<word>[a-z]+)\b")
_GIVING_VERBS = {**_READER_VERBS, "given": "give", "administered": "give"}
_LATER_PARTICIPLE = re.compile(r"\b(and|or)[ \t]+([a-z]+)\b(?=[ \t,.;!?]|$)")
# a clause of its own after the order (one with a helper verb of its own ends `reach` already): a
# later verb is that clause's, not the order's ("a cuff that has been tested and approved")
_OWN_CLAUSE = re.compile(r"\b(?:that|which|who|been|was|were|has|have)\b", re.IGNORECASE)
# "We suggest that the medicine be taken", "It is strongly recommended that you attend": a wish of
# the writer's about what the reader does is the same order
_WISH = re.compile(
    r"(?:it[ \t]+is[ \t]+(?:(?:strongly|generally|often|usually|highly)[ \t]+)?(?:recommended|advised|suggested|advisable)"
    # "It is very important that the whole course be completed": the same order, said more strongly (the
    # opener before "that you" is dropped as a filler already: "It is important that you take" -> "Take")
    r"|it[ \t]+is[ \t]+(?:(?:very|extremely|really|most)[ \t]+)?(?:important|essential|vital|crucial|critical|imperative)"
    r"|(?:we|i)[ \t]+(?:(?:strongly|generally|usually)[ \t]+)?(?:suggest|recommend|advise|ask))[ \t]+that[ \t]+", re.IGNORECASE)
_SO_FIRST = re.compile(r"So,?[ \t]+(?=(?:it|we|I)[ \t])")
# (with the verb's object after it: "that you attend, as ..." alone would read "Attend, as ...")
_WISH_YOU = re.compile(r"you[ \t]+(?P<negation>not[ \t]+)?(?P<verb>[a-z]+)\b(?=[ \t]+[A-Za-z0-9])")
_NOT_AN_ORDER_VERB = frozenset("be is are was were am been being not have has had should must can could may might "
                               "will would shall".split())
_SUBJUNCTIVE = re.compile(
    r"(?P<subject>[^\s.!?;:()][^.!?;:\n]{0,140}?)[ \t]+(?P<negation>not[ \t]+)?be[ \t]+"
    r"(?P<verb>[a-z]+)(?:[ \t]+(?P<conj>or|and)[ \t]+(?P<verb2>[a-z]+))?(?=[ \t,.;!?]|$)")
# "Lifting more than 10 pounds is discouraged for 2 weeks" -> "Avoid lifting more than 10 pounds for 2 weeks"
_DISCOURAGED = re.compile(r"(?P<subject>[^\s.!?;:()][^.!?;:\n]{0,140}?)[ \t]+(?:is|are)[ \t]+"
                          r"(?:(?:strongly|generally|usually)[ \t]+)?discouraged(?=[ \t,.;!?]|$)")


# a child in the reader's care is what a few verbs act on: "The baby should be fed on demand" -> "Feed the baby on
# demand" (never "used", "seen", "given": "Your child should be used to the mask", "... seen by a doctor")
_CARED_FOR = frozenset("baby babies infant infants newborn newborns child children toddler toddlers".split())
_CARE_VERBS = {"fed": "feed", "burped": "burp", "bathed": "bathe", "dressed": "dress", "held": "hold", "kept": "keep",
               "placed": "place", "laid": "lay", "encouraged": "encourage", "allowed": "allow", "offered": "offer"}


# what a finite verb after it is part of: a relative clause ("that are"), or a noun ("the needs of the baby")
_NOUN_BEFORE = frozenset("that which who the a an your its their his her our".split())


# a symptom that "should be checked" is one to have seen to: the doer is a clinician
_SYMPTOMS = frozenset("""bleeding pain fever rash lump lumps cough headache headaches discharge symptom symptoms swelling
    vomiting diarrhea diarrhoea numbness weakness dizziness""".split())


# "put" says an order only with where the thing goes ("should be put into the eye"): "put off", "put on" may be
# other verbs
_PUT_WHERE = re.compile(r"[ \t]+(?:into|in|onto|inside|under|between|behind)\b")
# a phrase of how or where after a later participle: the order needs its object again ("and secure it with tape")
# (or of when: "and eaten prior to getting out of bed" -> "and eat them before ...", never "and eat before")
_PHRASE_AFTER = re.compile(r"[ \t]+(?:with|in|into|on|onto|to|under|over|across|at|from|between|inside|behind|using"
                           r"|before|after|prior|until|during|within)\b")


def _object(subject: str, reader: bool = False, cared: bool = False) -> str | None:
    """The sentence's subject as the object of an order ("The pouch" -> "the pouch", "It" -> "it"),
    or None when it may not be the thing acted on: a person, a condition or time, what a lab handles
    (unless `reader`: the wish names the reader as the doer, "that you weigh yourself ... and that the
    result be recorded"); `cared`: the verb is one of a child's care, which a child in the reader's care may take)."""
    subject = subject.rstrip(" \t")
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", subject)
    if not words or len(words) > 25:
        return None
    low = [w.lower() for w in words]
    if low[0] in _PRONOUN_OBJECTS and len(words) == 1:
        return _PRONOUN_OBJECTS[low[0]] + subject[len(words[0]):]
    if low[0] in ("it", "they"):
        return None
    if low[0] in _NOT_A_SUBJECT_START or (not reader and any(w in _NOT_THE_READERS for w in low)):
        return None
    if low[-1] in ("and", "or", "but", "nor") or any(w in _CLAUSE_JOINERS for w in low):
        return None  # "Sleep deprivation and alcohol lower the threshold and should be ..." has a verb of its own
    if any(w in ("which", "whose", "whom") for w in low):
        return None  # "warm water, the temperature of which should be checked": a relative clause's own passive
    if _instruction(subject) and (len(low) < 2 or low[1] in OBJECT_STARTS or low[0] in ("do", "never", "please", "always")):
        return None  # "Rinse the bottle in warm water, the ... should be checked": an order of its own comes first
    plain = re.sub(r"\([^()]*\)", "", subject)
    adjective = re.match(r"(?i:a|an|the|your|this|these|those|some|any)[ \t]+[a-z][a-z-]*(?=,[ \t]+[a-z])", plain)
    if adjective is not None:
        # "a thick, fragrance-free moisturizer": a comma between a noun's adjectives is inside the noun phrase
        plain = plain[:adjective.end()] + plain[adjective.end() + 1:]
    if "," in plain and _instruction(subject):
        return None  # "Limit fat to 10% of calories, added sugars should be avoided": an order and its comma end a clause
    if any(not _list_part(part) for part in plain.split(",")[1:]):
        return None  # "The feet, once dried, the toes should be": more than a list or an aside before the verb
    if "," in plain and _opens_with_an_adverbial(plain):
        return None  # "Each morning, the dressing should be changed": never "Change each morning, the dressing"
    if plain.count(",") == 1 and re.search(r",[ \t]+(?:and|or|but)[ \t]", plain):
        return None  # two things take no comma before "and": "Your pills slow the heart, and pain relievers" is two clauses
    if any(w in _FINITE and (k == 0 or low[k - 1] not in _NOUN_BEFORE) for k, w in enumerate(low)):
        return None  # "Quiet play is allowed, although ..." (but "Foods that are spicy" is one noun phrase, and
        # "the needs of the baby" a noun's)
    if any(w in ("you", "your", "yours", "we", "us", "i", "he", "she", "they", "them", "who") for w in low[1:]):
        return None  # "Your child should be ..." is a person; "Foods you ..." has a clause of its own
    if any(w in _PEOPLE and not (cared and w in _CARED_FOR) for w in low[:3]):
        return None  # a person is not the thing acted on ("The patient should be kept ...")
    first = words[0]
    if first[1:] != first[1:].lower():
        return subject  # "NSAIDs", "COPD": as written
    if is_drug_name(first) or (first[0].isupper() and zipf(first.lower()) >= 3.0):
        return first[0].lower() + subject[1:]
    if re.match(r"[A-Za-z]+[ \t]+" + DOSE.pattern, subject):
        return first[0].lower() + subject[1:]  # "Lactulose 20 g (30 mL) by mouth": a name with a dose is a medicine's
    if "-" in first and all(zipf(part) >= 2.5 for part in first.lower().split("-")) and (len(words) == 1 or words[1].islower()):
        return first[0].lower() + subject[1:]  # "Preservative-free artificial tears": common words, no name
    return subject if first[0].islower() else None  # a rare capitalised word may be a name: left alone


# what opens an aside inside a subject: "Foods that are hard, such as nuts and chips, should be avoided"
_ASIDE_STARTS = re.compile(r"[ \t]*(?:such[ \t]+as|especially|including|like|particularly|for[ \t]+example|e\.g\.)\b", re.IGNORECASE)


# words that open a phrase of time, manner or frequency, not a noun phrase, before a comma
_ADVERBIAL_OPENERS = frozenset("""each every twice once ideally generally overall wherever whenever finally meanwhile
    daily nightly weekly afterward afterwards then also additionally however therefore otherwise initially first next
    later thereafter again usually often preferably today tomorrow tonight now always sometimes here there""".split())


# words in -ly that may open a noun phrase ("Only distilled, sterile, or boiled water should be used")
_NOT_ADVERBS_IN_LY = frozenset("only early elderly oily family friendly ugly holy".split())


def _opens_with_an_adverbial(plain: str) -> bool:
    """Whether a passive's subject with a comma in it opens with a phrase of time or manner and its comma
    ("Each morning, the dressing", "Twice a day, the wound", "Ideally, the medicine"), or is a phrase and
    one noun phrase after a single comma with no list in it: the order would take the phrase as its object."""
    head, _, tail = plain.partition(",")
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", head)]
    tail = tail.strip()
    if not words or words[0] in _ADVERBIAL_OPENERS or (words[0].endswith("ly") and words[0] not in _NOT_ADVERBS_IN_LY):
        return True
    if re.search(r"\d", head):
        # "In 2 weeks, the dressing", "2 days later, the wound": a time; but a noun phrase with its amount and an
        # item after it is a list ("A gain of more than 2 lb in one day, or a loss over 2 lb per day, should be")
        return not (words[0] in ("a", "an", "the", "any") and re.match(r"(?:or|and)\b", tail))
    return plain.count(",") == 1 and bool(tail) and not _ASIDE_STARTS.match(tail) \
        and re.search(r"\b(?:and|or)\b", tail) is None


_LAST_ITEM_WORDS = 10


def _list_part(part: str) -> bool:
    """Whether what follows a comma in a passive's subject is an item of a list ("fever, or swelling") or an
    aside ("especially after brushing"), or the comma that closes them (nothing after it): a subject with
    anything else after a comma is no plain noun phrase."""
    if _ASIDE_STARTS.match(part):
        return True
    # the last item, after "and" / "or", may be longer when it has no verb of its own ("..., and bending with the
    # head below the waist", "..., or vomiting of material looking like coffee grounds"): a list still
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*", part)
    # (an amount counts as the word of its unit: "a loss over 2 lb per day for several days")
    if words and words[0].lower() in ("and", "or") and len([w for w in words if not w[0].isdigit()]) <= _LAST_ITEM_WORDS and not any(
            w.lower() in FINITE_VERBS or w.lower() in _CLAUSE_JOINERS or w.lower() in ("that", "which", "who", "should", "must",
                                                                                   "may", "can", "will")
            for w in words[1:]):
        return True
    # each item short: "hot tubs and eye makeup", "or earlier boiled and cooled water" (an item's examples left out:
    # "thiazide diuretics such as hydrochlorothiazide")
    items = re.split(r"\b(?:and|or)\b", re.sub(r"\bsuch[ \t]+as[ \t]+[A-Za-z-]+$", "", part.rstrip()))
    return all(len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’-]*", item)) <= 4 for item in items)


def _order(verb: str, verb2: str | None, conj: str | None, negation: str | None, adverb: str | None,
           verbs: dict[str, str] = _READER_VERBS) -> str | None:
    """ "avoided" -> "Avoid", "minimized or avoided" -> "Minimize or avoid", with "Do not" / "Never" /
    "Also" before it; None for a verb whose doer may not be the reader."""
    base = verbs.get(verb.lower())
    if base is None:
        return None
    if verb2 is not None:
        second = verbs.get(verb2.lower())
        if second is None:
            return None
        base = f"{base} {conj} {second}"
    head = ""
    if negation:
        head = "never " if negation.strip().lower() == "never" else "do not "
    if adverb:
        head = adverb.strip().lower() + " " + head
    words = head + base
    return words[0].upper() + words[1:]


# "by" and who does it: a person or people ("by your nurse", "by people who have heart disease",
# "by anyone under 18"); "by mouth", "by hand" say how, and the order stands
_BY_A_DOER = re.compile(r"(?:[ \t]+(?:[a-z]{3,}ly|as[ \t]+soon[ \t]+as[ \t]+possible|right[ \t]+away|at[ \t]+once|again|"
                        r"first|too|well))*[ \t]+by[ \t]+(?:the|your|a|an|his|her|their|our|this|these|those|staff|nurses?|doctors?|"
                        r"people|persons?|individuals?|patients?|anyone|anybody|someone|somebody|everyone|children|"
                        r"adults?|women|men|caregivers?|carers?|family|others|you)\b", re.IGNORECASE)


def _passive_order(text: str, cut: bool = False, reader: bool = False) -> list[_Change]:
    """A sentence that opens with an order in the passive, said as an order: "Water and popsicles
    should be offered often." -> "Offer water and popsicles often.", "It should not be stopped at once"
    -> "Do not stop it at once", "We suggest that medicines be given ..." (a verb of the reader's) ->
    the order alone. Nothing when the doer is named ("by your doctor") or may not be the reader. With `cut`
    (the text is a whole sentence), a second verb of the subject's own after "and" is cut off as a sentence of
    its own ("... must be kept clean and dry and should remain in place" -> "Keep ... clean and dry. It should
    remain in place"); without, the passive stays whole. `reader`: a wish's earlier clause named the reader
    as its doer ("that you weigh yourself"), who does the later ones too."""
    if _CONNECTIVE.match(text):  # a sentence that opens with a joining word: the order would go after it
        return []  # "However, bleeding ... should be checked" never reads "Check however, bleeding ..."
    so = _SO_FIRST.match(text)
    if so is not None and _WISH.match(text, so.end()):
        # "So it is very important that the medicines be taken ..." -> "So take the medicines ...": the result
        # keeps its "So", and the wish after it is the order
        inner = _passive_order(text[so.end():])
        if not inner or inner[0][0] != 0:
            return []
        first = (so.end(), so.end() + inner[0][1], inner[0][2][0].lower() + inner[0][2][1:], inner[0][3])
        return [first] + [(a + so.end(), b + so.end(), new, why) for a, b, new, why in inner[1:]]
    wish = _WISH.match(text)
    if wish is not None:
        you = _WISH_YOU.match(text, wish.end())
        if you is not None:
            # "It is recommended that you attend" -> "Attend": the subjunctive is the order's form
            verb = you.group("verb").lower()
            if verb in _NOT_AN_ORDER_VERB:  # "that you are seen by", "that you can": no order to give
                return []
            head = "Do not " + verb if you.group("negation") else verb[0].upper() + verb[1:]
            more = _more_wishes(text, you.end(), reader=True)
            return [] if more is None else [(0, you.end(), head, ACTIVE_ORDER_REASON), *more]
        m = _SUBJUNCTIVE.match(text, wish.end())
    else:
        m = _PASSIVE_SUBJECT.match(text)
    if m is not None:
        rest = text[m.end():]
        if _BY_A_DOER.match(rest):
            return []  # the doer is named: "should be checked by your nurse", "must not be taken by people who"
        groups = m.groupdict()
        cared = m.group("verb").lower() in _CARE_VERBS and (m.group("verb2") or "fed").lower() in _CARE_VERBS
        subject = _object(m.group("subject"), reader and wish is not None, cared)
        if subject is None:
            return _discouraged(text) if wish is None else []
        # a wish to the reader ("We suggest that medicines be given") names the reader as the doer, and
        # so does a medicine's name ("Acetaminophen is to be given"): "given" is theirs then
        verbs = _GIVING_VERBS if wish is not None or is_drug_name(subject.split(" ", 1)[0]) else _READER_VERBS
        if cared and any(w.lower() in _CARED_FOR for w in re.findall(r"[A-Za-z]+", subject)[:3]):
            verbs = _CARE_VERBS  # a child: only what the reader does in its care
        verb2, conj, stop = m.group("verb2"), m.group("conj"), m.end()
        if verb2 is not None and verb2.lower() not in verbs and verb_form(verb2) not in ("past", "participle"):
            # "stopped and medical care should be sought": "and" opens the next clause, no second verb
            verb2, conj, stop = None, None, m.end("verb")
            rest = text[stop:]
        order = _order(m.group("verb"), verb2, conj, groups.get("negation") or groups.get("negation0"),
                       groups.get("adverb"), verbs)
        if order is None:
            return _discouraged(text) if wish is None else []
        verbs_said = (m.group("verb").lower(), (verb2 or "").lower())  # the verbs the order says
        if "put" in verbs_said and not _PUT_WHERE.match(text, stop):
            return []  # "Sex should be put off until ...", "it should be put on a small amount": a phrasal verb
        if "checked" in verbs_said and _SYMPTOMS & {
                w.lower() for w in re.findall(r"[A-Za-z]+", subject)[:3]}:
            return []  # "Bleeding that soaks through several pads should be checked": by a clinician, no reader's check
        if "withheld" in verbs_said and not re.search(r"\bdoses?$", subject, re.IGNORECASE):
            return []  # "Metformin should be withheld for 48 hours" is no "skip": only a dose is skipped
        if groups.get("manner"):
            # "The tube should be gently rotated" -> "Gently rotate the tube" (only a plain order: never after "not")
            if groups.get("adverb") or groups.get("negation") or groups.get("negation0"):
                return []
            order = groups["manner"].strip().capitalize() + " " + order[0].lower() + order[1:]
        if subject.endswith(",") and re.match(r"[,.!?;:]|$", rest):
            subject = subject[:-1]  # "..., including chips, should be avoided." -> "Avoid ..., including chips."
        # a clause with a passive of its own ends the order's reach ("..., and they should never be
        # crushed or chewed": never "or chew them"); a second verb of the same passive the order cannot
        # say leaves it a passive ("removed from the fridge and allowed to warm", "but never warmed")
        reach = _OWN_PASSIVE.search(text, stop)
        reach = reach.start() if reach else len(text)
        semicolon = text.find(";", stop, reach)
        if semicolon >= 0:
            reach = semicolon  # "...; canned soups, frozen meals ... should be avoided": a clause of its own
        if any((v.group(1) or v.group(2)).lower() not in verbs and ((v.group(1) or v.group(2)).endswith("ed")
                                                                    or _participle(text, v, 1 if v.group(1) else 2))
               for v in _UNSAID_PARTICIPLE.finditer(text, stop, reach)):
            return []
        gapped = _GAPPED.search(text, stop, reach)
        if gapped is not None:
            # "and aspirin continued": a second subject of the passive, said as an order too ("and continue
            # aspirin", "and contact your prescriber right away"), or the passive stays whole
            gapped = _gapped_order(text, gapped, verbs)
            if gapped is None or _GAPPED.search(text, gapped[1], reach):
                return []
        if _SUBJECTS_OWN_VERB.match(text, stop):
            return []
        second = []
        own = _SUBJECTS_OWN_MODAL.match(text, stop)
        if own is not None:
            if _OWN_CLAUSE.search(text, stop, own.start("join")):
                return []  # "to skin that is red and should not be scratched": the clause's own verb, maybe
            second = _second_passive(text, own.start("modal"), subject, verbs)
            if second is None:
                # the subject's own verb, not a passive ("and should remain in place"): a sentence of its own,
                # its subject said again as "It" / "They" (a helper verb agrees with both)
                if not cut or wish is not None or own.group("conj").lower() != "and" \
                        or not re.match(r"(?:should|must)\b", own.group("modal")):
                    return []
                pronoun = "They" if _plural(subject) else "It"
                at = own.start("modal") - len(pronoun) - 1  # where the new sentence's pronoun would begin
                inner = _passive_order(pronoun + " " + text[own.start("modal"):])
                if inner and inner[0][0] == 0:
                    # the new sentence is a passive order itself ("They should be taken off at night"), which a
                    # second run would say as an order: said now ("Take them off at night")
                    second = [(own.start("join"), inner[0][1] + at, ". " + inner[0][2], ACTIVE_ORDER_REASON)]
                    second += [(a + at, b + at, new, why) for a, b, new, why in inner[1:]]
                else:
                    second = [(own.start("join"), own.start("modal"), f". {pronoun} ", ACTIVE_ORDER_REASON)]
        if subject.lower().startswith("the following "):
            subject = "these " + subject[len("the following "):]  # never "Follow the following instructions"
        # the glossary's plain word for the verb, which the order now says: "elevated (raised)" -> "Raise"
        end = stop
        said = re.match(r"[ \t]*\(([^()]*)\)", rest)
        if said is not None:
            if verbs.get(said.group(1).strip().lower()) != verbs.get(m.group("verb").lower()) or verb2:
                return []
            end += said.end()
        changes = [(0, end, f"{order} {subject}", ACTIVE_ORDER_REASON)]
        if wish is not None:
            # "... that meals be taken in smaller portions and that eating be stopped ...": each "that" of the
            # wish is an order too, or none is (never "Take meals ... and that eating be stopped")
            more = _more_wishes(text, end, reader)
            if more is None:
                return []
            changes += more
        # a second verb of the same passive later on: "be measured at home and recorded" -> "and record"
        clause = _OWN_CLAUSE.search(text, stop, reach)
        said: set[int] = set()  # where a later participle the order says begins
        for later in _LATER_PARTICIPLE.finditer(text, stop, clause.start() if clause else reach):
            if later.group(2).lower() not in verbs and _participle(text, later, 2):
                return []  # "... and done 10 times" cannot follow an order: the passive stays whole
            if later.group(2).lower() in verbs:
                base = verbs[later.group(2).lower()]
                if base == "put" and not _PUT_WHERE.match(text, later.end(2)):
                    return []
                if re.match(r"[ \t]*(?:[,.;!?]|$)", text[later.end(2):]) or (base == "allow" and re.match(r"[ \t]+to\b", text[later.end(2):])) \
                        or _PHRASE_AFTER.match(text, later.end(2)):
                    # "... and record, with a target" needs its object again: "and record it" (and "allowed to
                    # warm": "and allow it to warm", "secured with tape": "and secure it with tape")
                    # ("plain crackers or dry toast": "them", as for any list)
                    base += " them" if _plural(subject) else " it"
                comma = re.search(r",[ \t]*$", text[:later.start()]) if later.group(1) == "and" else None
                if comma is not None:
                    # ", and pushed firmly until ..." -> ". Push firmly until ...": an order after an order and its
                    # comma is cut (a second run would cut ", and push"), and is cut now
                    changes.append((comma.start(), later.end(2), ". " + base[0].upper() + base[1:], ACTIVE_ORDER_REASON))
                    said.add(later.start(2))
                    continue
                changes.append((later.start(2), later.end(2), base, ACTIVE_ORDER_REASON))
        changes += second
        if gapped is not None:
            changes.append(gapped)
        said_later = {a for a, _b, _n, _w in changes[1:]} | said
        for dangling in _DANGLING_PARTICIPLE.finditer(text, stop, clause.start() if clause else reach):
            word = dangling.group("word").lower()
            linked = dangling.group("link") or dangling.group("then")
            if dangling.start("word") not in said_later and (word in verbs or (linked and (
                    verb_form(word) == "past" or (word in _IRREGULAR_PARTICIPLES and _participle(text, dangling, "word"))))):
                # "... weekly in warm water, rinsed well, and allowed to air dry", "held in place and then
                # removed": a participle of the same passive the order does not say; the passive stays whole
                return []
        return changes
    return _discouraged(text) if wish is None else []


def _gapped_order(text: str, gapped: re.Match[str], verbs: dict[str, str]) -> _Change | None:
    """The second subject and participle of a passive whose helper is left out ("... should be stopped and
    your physician notified"), said as an order ("notify your physician"), or None when it cannot be: read
    as "<subject> should be <participle> ..." it must be an order of one edit on that subject and verb."""
    start = gapped.start() + len(re.match(r"and[ \t]+", gapped.group(0)).group(0))
    participle = re.search(r"[a-z]+$", gapped.group(0))
    at = gapped.start() + participle.start()  # where the participle begins
    helper = " should be "
    clause = text[start:at].rstrip(" \t") + helper + text[at:]
    inserted = len(clause) - (len(text) - start)  # the helper's length, less the space it took the place of
    orders = _contact_order(clause) or _single_order(clause, verbs)
    if len(orders) != 1 or orders[0][0] != 0 or orders[0][1] < at - start + inserted + len(participle.group(0)):
        return None
    new = orders[0][2]
    return (start, orders[0][1] - inserted + start, new[0].lower() + new[1:], ACTIVE_ORDER_REASON)


def _single_order(clause: str, verbs: dict[str, str]) -> list[_Change]:
    """The passive order that opens `clause` when it is one edit of a verb in `verbs`, else nothing."""
    orders = _passive_order(clause)
    m = _PASSIVE_SUBJECT.match(clause)
    if len(orders) != 1 or m is None or m.group("verb").lower() not in verbs:
        return []
    return orders


def _second_passive(text: str, at: int, subject: str, verbs: dict[str, str]) -> list[_Change] | None:
    """The second passive of the subject an order was made of, at `at` ("and must not be frozen"), said
    as an order on the subject's pronoun ("and do not freeze them"), or None when it is no passive of a
    verb of the reader's, or more follows it (another verb of the subject's, a second participle)."""
    m = _SECOND_PASSIVE.match(text, at)
    if m is None:
        return None
    order = _order(m.group("verb"), m.group("verb2"), m.group("conj"), m.group("negation"), None, verbs)
    if order is None or _SUBJECTS_OWN_MODAL.match(text, m.end()) or _SUBJECTS_OWN_VERB.match(text, m.end()) \
            or any(_participle(text, later, 2) for later in _LATER_PARTICIPLE.finditer(text, m.end())):
        return None
    return [(at, m.end(), order[0].lower() + order[1:] + (" them" if _plural(subject) else " it"), ACTIVE_ORDER_REASON)]


def _plural(subject: str) -> bool:
    """Whether an order's object is more than one thing ("pens", "tea and coffee"): "them", else "it"."""
    plain = re.sub(r"\([^()]*\)", "", subject)
    words = re.findall(r"[A-Za-z]+", plain)
    head = words[-1].lower() if words else ""
    return re.search(r"\b(?:and|or)\b", plain) is not None or (head.endswith("s") and not head.endswith("ss"))


# a second "that" of the same wish: "It is recommended that A be done and that B be done"
# (or a series of them: "that A be done, that B be done and that C be done")
_AND_THAT = re.compile(r"(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)that[ \t]+", re.IGNORECASE)


def _more_wishes(text: str, pos: int, reader: bool = False) -> list[_Change] | None:
    """The next "and that ..." clause of a wish after `pos` said as an order in lower case ("and that eating
    be stopped" -> "and stop eating"; the clauses after it in turn), nothing when there is none, or None when
    it cannot be (all or none)."""
    that = _AND_THAT.search(text, pos)
    if that is None or re.search(r"[.;:!?]", text[pos:that.start()]):
        return []
    if _SUBJUNCTIVE.match(text, that.end()) is None and _WISH_YOU.match(text, that.end()) is None:
        return []  # no wish of its own: "..., that is, before sleep"
    # the clause read as a wish of its own ("We suggest that eating be stopped ..."), said as an order after "and"
    head = "We suggest that "
    orders = _passive_order(head + text[that.end():], reader=reader)
    if not orders or orders[0][0] != 0:
        return None
    shift = that.end() - len(head)
    if re.match(r",[ \t]*and\b", that.group(0), re.IGNORECASE):
        # ", and that the result be recorded" -> ". Record the result": an order after an order and its comma
        # is cut (a second run would cut ", and record the result"), and is cut now
        first = (that.start(), orders[0][1] + shift, ". " + orders[0][2], orders[0][3])
    else:
        start = that.start() + that.group(0).lower().rindex("that")
        first = (start, orders[0][1] + shift, orders[0][2][0].lower() + orders[0][2][1:], orders[0][3])
    return [first] + [(a + shift, b + shift, new, why) for a, b, new, why in orders[1:]]


def _discouraged(text: str) -> list[_Change]:
    """"Lifting more than 10 pounds is discouraged for 2 weeks" -> "Avoid lifting more than 10 pounds for 2 weeks"."""
    d = _DISCOURAGED.match(text)
    if d is None:
        return []
    subject = _object(d.group("subject"))
    if subject is None or subject.split(" ", 1)[0].lower() in _PRONOUN_OBJECTS.values():
        return []
    return [(0, d.end(), f"Avoid {subject}", ACTIVE_ORDER_REASON)]


# --- a passive order after an opening condition: "If X, your doctor should be contacted" -> "If X, contact
# your doctor" -----------------------------------------------------------------------------------------------
#
# The condition says when; the order is the same order as at the start of a sentence, with the same verbs
# whose doer is the reader. A condition that names a clinician ("If your doctor agrees, the dose should
# be lowered") may mean the clinician does it: left alone.
_CONDITION_OPENER = re.compile(r"(?:if|when|whenever|once|unless|after|before|until|should|in[ \t]+(?:the[ \t]+)?case[ \t]+of"
                               # a purpose first: "To prevent irritation, the tablet should be swallowed upright"
                               r"|to[ \t]+[a-z]+"
                               # a time or manner first: "Each morning, the dressing should be changed"
                               r"|each|every|twice|ideally|generally|usually|preferably|wherever|daily|\d+[ \t]+times)[ \t,]",
                               re.IGNORECASE)
# a determiner and one word before a comma: adjectives of a subject listed with commas ("a thick, fragrance-free
# cream"), never the end of a condition
_ADJECTIVE_BEFORE_A_COMMA = re.compile(r"(?:a|an|the|your|his|her|their|this|these|those|any|some|each)[ \t]+[A-Za-z-]+",
                                       re.IGNORECASE)
_CLINICIANS = frozenset("""doctor doctors nurse nurses surgeon surgeons team clinic provider providers pharmacist
    physician physicians staff specialist office hospital""".split())


def _conditioned_order(text: str, start: int = 0, opened: bool = False) -> list[_Change]:
    """The passive order after the condition that opens `text` (from `start`; `opened` when a change
    before `start` writes the condition's opener), said as an order, or nothing."""
    link = _CONNECTIVE.match(text, start) if not opened else None
    if link is not None and not link.group(0).lower().startswith("if"):
        start = link.end()  # "However, if A, the clinic should be contacted": the link stays before the condition
        if not _CONDITION_OPENER.match(text, start):
            # or the order right after the link: "In that case, the missed dose is to be skipped" -> "In that case,
            # skip the missed dose"
            orders = _contact_order(text[start:]) or _passive_order(text[start:])
            if not orders or orders[0][0] != 0:
                return []
            return [(a + start, b + start, new, why) for a, b, new, why in _in_lower_case(orders)]
    if not opened and not _CONDITION_OPENER.match(text, start):
        return []
    if text.rstrip().endswith("?"):
        return []
    before = start  # where the words before this comma begin
    for comma in re.finditer(r",[ \t]+", text[start:]):
        at = start + comma.end()
        if before > start and _ADJECTIVE_BEFORE_A_COMMA.fullmatch(text[before:start + comma.start()]):
            return []  # "After that, a thick, fragrance-free cream should be applied": the subject began already
        before = at
        if text[:at].count("(") != text[:at].count(")"):
            continue  # inside a bracket the glossary wrote
        if re.match(r"(?:and|or|nor)\b", text[at:], re.IGNORECASE):
            continue  # a second condition ("If A, or B, ...") or a clause after the main one: no subject here
        if re.match(r"(?:but|so|then|yet)\b", text[at:], re.IGNORECASE):
            return []  # past the condition: the main clause has begun
        condition = [w.lower() for w in re.findall(r"[A-Za-z]+", text[start:at])]
        if any(w in _CLINICIANS for w in condition):
            return []
        orders = _contact_order(text[at:])
        if not orders and not any(w in _PEOPLE for w in condition[:1]):
            orders = _passive_order(text[at:])
        if orders:
            orders = [(a + at, b + at, new, why) for a, b, new, why in _in_lower_case(orders)]
            if _LATER_PASSIVE.search(text, orders[0][1]):
                # a series of passives ("the medicine should be stopped and medical care should be sought"): all or none
                later = _later_orders(text, orders[-1][1])
                return [] if later is None else orders + later
            return orders
    return []


def _in_lower_case(orders: list[_Change]) -> list[_Change]:
    """The orders with the first one's opening word in lower case: it goes on a sentence already begun."""
    a, b, new, why = orders[0]
    return [(a, b, new[0].lower() + new[1:], why), *orders[1:]]


# what joins the clauses of a series: ", and", ",", "and"
# (a semicolon too: "The eye should be closed gently; blinking and squeezing should be avoided" was read from the
# "and" inside the second subject, "; blinking and avoid squeezing")
_SERIES_JOIN = re.compile(r";[ \t]+|,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")
_LATER_PASSIVE = re.compile(r"\b(?:should|must)[ \t]+(?:\w+[ \t]+)?be\b")
# a phrase of time or manner that closes the order before it (after its comma): "..., approximately every 2 hours, ..."
_WHEN_OR_HOW = re.compile(r",[ \t]+(?:about|approximately|around|roughly|every|each|at[ \t]+least|at[ \t]+most|at|for|before|after|"
                          r"until|during|within|daily|twice|once|ideally|preferably|as[ \t]+(?:often|needed|directed|tolerated)"
                          # (or a time that may come sooner: "every 2 weeks, or sooner if they become soiled, and ...")
                          r"|or[ \t]+(?:sooner|earlier|more[ \t]+often))\b",
                          re.IGNORECASE)


def _later_orders(text: str, pos: int) -> list[_Change] | None:
    """The passives of a series after the order that ends at `pos`, each said as an order in lower case
    ("..., and medical care should be sought right away" -> "and seek medical care right away"), or None when
    one of them cannot be (all or none: a series of orders and passives reads as neither)."""
    out: list[_Change] = []
    while (passive := _LATER_PASSIVE.search(text, pos)) is not None:
        orders: list[_Change] = []
        join = first_join = None
        for join in _SERIES_JOIN.finditer(text, pos, passive.start()):
            first_join = first_join or join
            if join is not first_join and not _WHEN_OR_HOW.match(text, first_join.start()):
                break  # a later join inside a phrase that is no time or manner of the order: a subject's list
            clause = text[join.end():]
            orders = _contact_order(clause) or _passive_order(clause)
            if orders and orders[0][0] == 0 and join.end() + orders[0][1] > passive.start():
                break
            # the order's own time or manner may stand between it and the next clause ("Offer smaller volumes
            # more often, about every 2 to 3 hours, breastfeeding should be continued"): the next join
            orders = []
        if join is None or not orders:
            return None
        orders = _in_lower_case(orders)
        out.extend((a + join.end(), b + join.end(), new, why) for a, b, new, why in orders)
        pos = join.end() + orders[-1][1]
    return out


# words that open a clause of its own (a reason, a time, a relative clause): a passive in it is no item of a series
_OWN_CLAUSE_OPENERS = frozenset("""which who whom whose that since because as if when whenever while although though
    unless until so where once after before""".split())


def _half_series(text: str, pos: int) -> bool:
    """Whether a passive after the order that ends at `pos` is a clause of the same series, with a subject of its own
    after a comma or "and" ("..., and the filter should be washed"): left passive, the series would read as half orders.
    Never one after a semicolon (a sentence of its own), with no subject ("and should be at least 90 mg/dL") or in a
    clause of its own ("which should be treated", "since straining should be avoided")."""
    for passive in _LATER_PASSIVE.finditer(text, pos):
        joins = list(_SERIES_JOIN.finditer(text, pos, passive.start()))
        if not joins or joins[-1].group(0).startswith(";"):
            continue
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", text[joins[-1].end():passive.start()])]
        if words and not any(w in _OWN_CLAUSE_OPENERS for w in words):
            return True
    return False


def orders_after_cuts(text: str, changes: list[_Change], cut_reason: str) -> list[_Change]:
    """The sentences a cut makes open with an order in the passive too ("..., and driving should not be
    restarted" -> ". Do not restart driving"): said as an order in the same run, since a second run
    would see them as sentences of their own and change them. Each such order is merged into its cut
    (they touch: the cut wrote the capital of the new sentence's first word)."""
    out: list[_Change] = []
    if not changes or changes[0][0] > 0:
        # the sentence's own opening, said as an order once the cuts are placed: a cut that needs the
        # passive's subject to see a new clause ("..., and swimming pools should be avoided") comes first
        limit = changes[0][0] if changes else len(text)
        first = _passive_order(text[:limit], cut=True)
        if first:
            # the passives of a series after it, each said as an order when all of them can be
            # ("Limit fat ..., added sugars should be avoided" would read as half a series)
            end = max(b for _a, b, _n, _w in first)
            later = _later_orders(text[:limit], end)
            # (or none when a clause of the series stays passive: "Offer smaller volumes ..., breastfeeding should be
            # continued" reads as a broken sentence; a passive of a clause of its own may stay: "..., which should be")
            first = first + later if later is not None else [] if _half_series(text[:limit], end) else first
        if first and (not changes or max(b for _a, b, _n, _w in first) <= changes[0][0]):
            changes = sorted(first + changes)
    if not any(why == ACTIVE_ORDER_REASON for _a, _b, _n, why in changes):
        # or the order after its opening condition, up to the first cut; after an opener a change wrote
        # ("Should the pain continue" -> "If the pain continues")
        head = changes[0] if changes and changes[0][0] == 0 and changes[0][3] != cut_reason else None
        limit = next((a for a, _b, _n, why in changes if why == cut_reason), len(text))
        first = _conditioned_order(text[:limit], head[1] if head else 0,
                                   head is not None and _CONDITION_OPENER.match(head[2]) is not None)
        if first and all(b <= limit for _a, b, _n, _w in first):
            changes = sorted(first + changes)
    for k, (start, end, after, reason) in enumerate(changes):
        stops = [m.start() for m in re.finditer(r"\.[ \t]+", after)]
        if reason != cut_reason or not stops:
            out.append((start, end, after, reason))
            continue
        head_end = re.match(r"\.[ \t]+", after[stops[-1]:]).end() + stops[-1]
        tail = after[head_end:]  # the new sentence's first word, as the cut wrote it
        next_start = changes[k + 1][0] if k + 1 < len(changes) else len(text)
        orders = _active_order(tail + text[end:next_start], cut=True)
        if orders and orders[0][0] >= len(tail):
            # the order after the new sentence's opening condition: an edit of its own
            out.append((start, end, after, reason))
            out.extend((a + end - len(tail), b + end - len(tail), new, why) for a, b, new, why in orders)
            continue
        if not orders or orders[0][0] != 0 or orders[0][1] < len(tail):
            out.append((start, end, after, reason))
            continue
        shift = end - len(tail)  # a position in the new sentence -> in `text`
        out.append((start, orders[0][1] + shift, after[:head_end] + orders[0][2], reason))
        out.extend((a + shift, b + shift, new, why) for a, b, new, why in orders[1:] if a >= len(tail))
    return out


def with_order(sentence: str) -> str:
    """A sentence (or the lead of the list a rule made of one) with its opening passive order said as an
    order: "Your doctor should be contacted right away if:" -> "Contact your doctor right away if:"."""
    changes = _active_order(sentence)
    for start, end, new, _reason in sorted(changes, reverse=True):
        sentence = sentence[:start] + new + sentence[end:]
    return sentence
