"""The splitter's word lists, limits and patterns: rules as data, read by the other modules."""

from __future__ import annotations

import re

# The readability layer's default long-sentence limit (readability.LONG_SENTENCE_WORDS); repeated,
# not imported, because rewrite sits beside readability and never imports it.
LONG_SENTENCE_WORDS = 20
# A sentence over this many words, and no longer than LONG_SENTENCE_WORDS, is cut too, but only where a new
# full clause starts after "; " or ", and / but / so", a reason after ", as / since / because" or a contrast
# after ", although / while" (`SURE_CUT`):
# two sentences of 8 to 10 words read better than one of 18, and those cuts say what the sentence said
SURE_CUT_WORDS = 14
MIN_WORDS = 5
REASON = "split-sentence"
FILLER_REASON = "filler"

# what a cut the splitter may make in a sentence of SURE_CUT_WORDS to LONG_SENTENCE_WORDS words replaces
SURE_CUT = re.compile(r"(?:;|,\s+(?:and|but|so|as|since|because|although|while)\b)", re.IGNORECASE)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")  # readability's word, so "long" means the same thing
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*|[^\sA-Za-z0-9]")
_NUMBER = re.compile(r"\d")

# --- what makes a new clause ----------------------------------------------------------------------

# A pronoun subject is followed by its verb straight away ("you feel", "it heals").
PRONOUN_SUBJECTS = frozenset("you we they it he she i".split())
# A determiner starts a noun phrase; it is a subject only when a finite verb from FINITE_VERBS
# follows within SUBJECT_SPAN words ("the stitches will dissolve", never "the groceries").
DETERMINER_SUBJECTS = frozenset("your our their its this these those the most some many a an each there".split())
SUBJECT_SPAN = 5
# After "A, B, and", the words between the last comma and the "and" are a list item when they are
# this few: "Your heart, your lungs, and the muscles will ..." is one subject, not two clauses.
LIST_ITEM_WORDS = 3
FINITE_VERBS = frozenset(
    """can cannot can't could couldn't may might must shall should shouldn't will won't would wouldn't
    is isn't are aren't was wasn't were weren't has hasn't have haven't had do does doesn't don't did didn't
    helps means needs causes keeps makes takes lowers raises feels gets goes comes works lasts heals starts
    stops becomes depends happens leads lets protects reduces prevents increases affects requires""".split()
)
# The same verbs as a plural subject uses them ("these benefits depend"), and a few more; taken as a
# verb only right after a plural noun, since most of them are nouns too ("the increase", "a cause").
PLURAL_VERBS = frozenset(
    """help mean need cause keep make take lower raise feel get go come work last heal start stop become
    depend happen lead let protect reduce prevent increase affect show improve return occur develop appear
    pass shows improves returns occurs develops appears passes notice find stretch recover interact interacts
    require""".split()
)
# ", which" becomes ". This" only before a verb that tells what something does or may do ("which
# can", "which helps"): "which is the most common problem" describes a noun, which "This" would not
# point back to.
WHICH_VERBS = FINITE_VERBS - frozenset(
    "is isn't are aren't was wasn't were weren't has hasn't have haven't had do does doesn't don't did didn't".split()
)
# Words that cannot be the verb right after a pronoun: "..., and you and your family" is a list.
NOT_A_VERB = frozenset(
    """and or but nor to of in on at for with by from about as than so too also the a an your our their my
    his her its this these that those who which what""".split()
)
# Words in -ly that are not adverbs: "family", "supply", "daily" (a noun or an adjective before a noun).
NOT_ADVERBS = frozenset("family supply reply apply rely ally belly jelly daily weekly monthly yearly early only "
                        "elderly likely unlikely lonely friendly holy ugly silly curly bully".split())
# Without a determiner, a subject is trusted only before one of these (they are finite verbs and
# nothing else) and only when it is this short: "larger stones may", "symptoms can".
MODALS = frozenset("can cannot can't could couldn't may might must shall should shouldn't will won't would wouldn't".split())
BARE_SUBJECT_WORDS = 3
# A quantifier may stand for its noun ("although most become used to it", "while others heal"): a
# subject then, when a verb follows straight away.
QUANTIFIER_SUBJECTS = frozenset("most many some others few both all".split())
CLAUSE_WORDS = frozenset("if when while because since unless until after before whether how why where us them him me".split())
# A noun phrase that has a relative clause before its verb is not a simple subject: "and the foods
# that are salty" ends a list.
RELATIVES = frozenset("that which who whom whose".split())
# Subordinating words: until a comma closes their clause, a cut would break it.
SUBORDINATORS = frozenset("if unless until when whenever while whether although though because since".split())
# A condition or a time also covers every clause joined after it: in "If your child needs albuterol
# often, the asthma is not controlled, and you should call", the call is conditional too, and a cut
# would make it an order. Only a semicolon, a writer's full stop, ends their reach.
SCOPE_SUBORDINATORS = frozenset("if unless until when whenever while whether once".split())
# The first half of a paired construction: its second half must stay in the same sentence.
PAIRED = re.compile(r"\b(?:not only|either|neither|whether)\b", re.IGNORECASE)
# the second half that closes each first half ("either sitting or standing" is a closed pair)
PAIR_ENDS = {"not only": "but", "either": "or", "neither": "nor", "whether": "or"}
# "avoid" counts: "Avoid salt, sugar, or ..." forbids every item, like "Do not eat ...".
NEGATIONS = frozenset(
    """no not never none nor neither without cannot can't don't doesn't didn't won't isn't aren't
    shouldn't mustn't avoid""".split()
)
# ", so you can" is a purpose ("so that you can"): cut off it would be a fragment.
PURPOSE_VERBS = frozenset("can could will would may might".split())
# "as" gives a reason only before a modal ("as these may cause"); before other verbs it often tells
# a time or a manner ("as you walk", "as it is written"), which a cut would lose.
REASON_VERBS = PURPOSE_VERBS | {"should", "must"}
# "since" tells a time with a past ("since you left"), a reason with a present ("since it helps").
PRESENT_VERBS = frozenset("""is isn't are aren't does doesn't helps means needs causes keeps makes takes lowers
    raises feels gets works lasts heals stops becomes depends happens leads lets protects reduces prevents
    increases affects places puts requires""".split())
# ("require" is left as written only before "that", where "need" cannot stand: "procedures require that
# it be stopped" is a reason all the same)

# Words after a comma that open a phrase, never an order of a series: "..., at the same time each day"
NOT_AN_ORDER = frozenset("""at in on for with without by from to after before during until as about over under into
    through around near like including such even especially if when while unless because since so then or and
    but not only once every each all both than instead exactly just right""".split())
# Verbs that start an instruction. After ", and" an instruction is cut off only when the sentence
# started with one too, so both halves speak to the reader ("Your doctor will check it, and call
# you" has a subject, "your doctor", that a cut would lose). Only words that are rarely nouns at the
# start of a sentence.
INSTRUCTIONS = frozenset(
    """take call wash use keep avoid drink eat check weigh tell ask bring wear remove apply place put raise
    elevate rest walk record limit inspect schedule contact notify seek go return stop start continue pat
    rinse hold press wait shake exhale inhale breathe seal make write clean cover leave perform try
    remember choose cut sit stand lie get give let throw store dry empty fill follow note watch look plan
    read learn reduce change move lift tilt allow begin mix be lean bend squeeze relax repeat show aim
    inject present swallow chew stay carry wipe replace talk see monitor measure sip protect prepare
    ensure consult discuss inform soak turn fold attach insert twist recheck dispose treat remain separate skip
    restrict rise moisten flush resume discard finish rotate unclamp mention gargle reserve
    prime strain install unplug loosen tighten fasten refrigerate label pour add arrange prop bathe moisturize
    unscrew pinch pull push remind encourage connect disconnect sterilize boil dab spread""".split()
)
# Orders that are adjectives as often ("a cool, dry drawer", "Clean water"): an order only before its
# object or an adverb (what OBJECT_STARTS opens)
ADJECTIVE_ORDERS = frozenset("dry clean empty present separate".split())
OBJECT_STARTS = frozenset("""it them him her yourself yourselves each every all both any this these that those the a an
    your his their its off out up well with""".split())
# A dose in a sentence makes it a dose instruction or a sig ("Take 1 tablet by mouth 2 times a
# day, with food"): such a sentence is never cut. A lab value ("130 mg/dL") is not a dose.
DOSE = re.compile(r"\d(?:[\d,.]*\d)?\s?(?:mg|mcg|µg|g|ml|mL|L|units?|tablets?|tabs?|capsules?|caps?|puffs?|drops?"
                  r"|teaspoons?|tablespoons?|sprays?|patch(?:es)?)\b(?!/d?[lL]\b)")

# a concession or a contrast: ", although it may" -> ". But it may"
CONCESSIONS = frozenset("although though whereas while".split())
# "that" after these opens what is said or shown ("evidence that", "sure that")
REPORTING = frozenset("""evidence show shows showed shown suggest suggests suggested sure mean means meant note know
    knows say says said think believe found find finds report reports reported likely possible true clear
    important seems appears confirm confirms confirmed indicate indicates indicated""".split())
# ", while" is a contrast before these ("while others heal faster"), not a time
CONTRAST_SUBJECTS = frozenset("some others other most many few".split())
# a reason's subject may be this long before its helper verb ("since flushing medicines down the toilet can")
REASON_SUBJECT_WORDS = 7
# words that end or start something else than a subject: "as soon as you can", "so that it can"
NOT_IN_A_SUBJECT = frozenset("as than so to that what".split())
# "as you may know": after these the "as" comments, it gives no reason
AS_ASIDE_VERBS = frozenset("know remember see expect recall have".split())
# after "as" + a helper these tell a manner, no reason: ", as your doctor may direct", "as the nurse will tell you"
MANNER_VERBS = frozenset("direct tell advise recommend prescribe instruct suggest allow want wish like choose prefer".split())
# a present that says what something does to a risk or a body, a cause (", as frequent walks lower the risk"):
# "as" then gives a reason; a present like "heals", "goes down" tells a time ("as the wound heals")
CAUSING_PRESENTS = frozenset("""lower lowers reduce reduces raise raises increase increases prevent prevents cause causes
    protect protects damage damages harm harms irritate irritates""".split())

# A clause after ", and" / ", but" / ", so" / "; " may open with a subordinate clause of its own, closed by
# a comma ("..., and because warfarin raises the risk of bleeding, it must be stopped"), or with a short
# phrase of time or place ("..., and during that period you should ..."): the opener belongs to the
# clause after it, so a cut before it keeps both together.
OPENING_SUBORDINATORS = frozenset("if when whenever because since although though once unless until after before while".split())
OPENING_PREPOSITIONS = frozenset("during after before in at for within over from until by on".split())
OPENER_WORDS = 20  # the subordinate clause of an opener, up to its comma
OPENER_PHRASE_WORDS = 4  # the words after the preposition of a phrase opener ("that period", "the first week")
# A subject longer than `_clause_verb` reads, or a list, before a helper verb: "..., and the mask, tubing
# and water chamber should be washed", "..., and swimming pools, hot tubs and eye makeup should be avoided"
LISTED_SUBJECT_WORDS = 16
SUBJECT_PREPOSITIONS = frozenset("of with for from in on to".split())
BE_VERBS = frozenset("is are was were".split())  # finite and nothing else, like a helper verb

# --- where a cut may go ---------------------------------------------------------------------------

# (kind, pattern); group "conj" is the conjunction when there is one
_CANDIDATES = re.compile(
    r"(?P<semi>;)(?P<ws_semi>\s+)"
    r"|(?P<bare>[ \t]+)because(?=[ \t]+(?!of\b)[a-z])"
    r"|(?P<due>,)(?P<ws_due>\s+)(?P<cause>due[ \t]+to|because[ \t]+of)(?=\s)"
    r"|(?P<comma>,)(?P<ws_comma>\s+)(?P<conj>and[ \t]+then|and[ \t]+so(?![ \t]+that\b)|and|but|so[ \t]+that|so|or|because|since|as|although|though"
    r"|whereas|while|then)(?P<ws_conj>\s+)"
    r"|(?P<then>[ \t]+and[ \t]+then)(?P<ws_then>[ \t]+)"
    r"|(?P<this>,)(?P<ws_this>\s+)(?P<link>which[ \t]+is[ \t]+why|meaning[ \t]+that|meaning)(?=\s)"
    r"|(?P<which>,)(?P<ws_which>\s+)which(?=\s)"
    r"|(?P<when>,)(?P<ws_when>\s+)when(?=\s)"
    r"|(?P<whence>,)(?P<ws_whence>\s+)(?P<prep>after[ \t]+which|during[ \t]+which|at[ \t]+which[ \t]+(?:point|time)|in[ \t]+which[ \t]+case)(?=\s)"
    r"|(?P<dash>[ \t]+(?:—|–|--|-)(?P<ws_dash>[ \t]+))"
    r"|(?P<quant>,)(?P<ws_quant>\s+)(?P<q>all|both|each|some|most|many)[ \t]+of[ \t]+(?:which|whom)(?=\s)"
    r"|(?P<who>,)(?P<ws_who>\s+)who(?=\s)"
    r"|(?P<sothat>[ \t]+so[ \t]+that)(?P<ws_sothat>[ \t]+)"
    r"|(?P<ing>,)(?P<ws_ing>\s+)(?P<part>causing|resulting[ \t]+(?:in|from)|leading[ \t]+to)(?=\s)"
)
# a participle that tells what the clause before it brings about (", causing swelling"), and the verb
# a sentence of its own says it with: "This causes swelling", or "This can cause" after "may". Not
# "allowing" or "making", which as often tell how ("You may shower, allowing the water to run over it")
RESULTS = {"causing": "cause", "resulting in": "result in", "resulting from": "result from", "leading to": "lead to"}
# a cause named at the end of a sentence, and how a sentence of its own names it: ", due to the risk of
# bleeding" -> ". This is due to the risk of bleeding"
CAUSES = {"due to": "This is due to", "because of": "This is because of"}
# a link that says the clause after it follows from the whole clause before, and the words that say it
# in a sentence of its own: ", which is why tests are used" -> ". This is why tests are used"
THIS_LINKS = {"which is why": "This is why", "meaning that": "This means that", "meaning": "This means"}
# ", when" after a time names what happens then: "Pain peaks on days 3 to 7, when the scabs come off" ->
# ". This is when the scabs come off"; these words among the last few before the comma show the time
TIME_WORDS = frozenset("""seconds minutes hour hours day days night nights week weeks month months year years morning
    mornings evening evenings afternoon trimester""".split())
TIME_SPAN = 4
# "Because A, B" -> "A. So B": the new sentence's link, and the reason of the edit that drops "Because"
SO = "So"
REASON_FIRST = "reason-first"
# a linking adverb and its comma: after a semicolon it stays at the start of the new sentence; at the
# start of a sentence it stands before any order the sentence could be turned into
_CONNECTIVE = re.compile(r"(?:however|otherwise|instead|also|then|next|finally|still|meanwhile|afterwards?|later|"
                         r"in addition|in that case|if so|if not|for example|in fact)[ \t]*,[ \t]+", re.IGNORECASE)
_BRACKETED = re.compile(r"[ \t]*\([^()\n]*\)")
_DASHES = re.compile(r"[ \t](?:—|–|--|-)[ \t]")
_OPEN = {"(": ")", "[": "]", "{": "}"}
_QUOTES = ('"', "“", "”")

# --- empty openers --------------------------------------------------------------------------------

# (pattern at a sentence start, replacement): rules as data. After the replacement the next word is
# capitalised. "It is important that you not ..." is left alone: "Not ..." would not be a sentence.
FILLERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:please be advised|please note|it should be noted|it is (?:important|worth) (?:to note|noting))"
                r" that\s+", re.IGNORECASE), ""),
    (re.compile(r"it is (?:very |extremely |really |most )?(?:important|essential|imperative|critical|crucial|vital|necessary)"
                r" (?:that you|for you to|to)\s+(?=[a-z])(?!(?:not|never|you|your|be able)\b)", re.IGNORECASE), ""),
    # "Patients are ..." becomes an instruction to the reader only when no "they" points back to them
    (re.compile(r"(?:you are|patients are(?![^.!?]*\b(?:they|their|them|themselves)\b)) encouraged to\s+(?=[a-z])",
                re.IGNORECASE), "try to "),
    # "Patients are told to take ..." is an order to the reader: "Take ...". Not when a second "to" goes on
    # the order ("..., and to avoid ..."), which the imperative would leave without its verb.
    (re.compile(r"(?:you are|(?:patients|patients and (?:caregivers|families)|parents|caregivers) are"
                r"(?![^.!?]*\b(?:they|their|them|themselves)\b)) (?:advised|instructed|told|asked)"
                r" to\s+(?=[a-z])(?!(?:not|never|be able)\b)(?![^.!?]*\b(?:and|or),?[ \t]+to[ \t])", re.IGNORECASE), ""),
)


# (start, end, replacement, reason) in one sentence's text
_Change = tuple[int, int, str, str]

# "should be worn", "is to be kept": an order given in the passive
_PASSIVE_ORDER = re.compile(r"\b(?:should|must|is[ \t]+to|are[ \t]+to)[ \t]+(?:not[ \t]+)?be[ \t]+(?P<part>[a-z]+)\b", re.IGNORECASE)
PARTICIPLES = frozenset("""worn kept taken given done shaken seen put left held made eaten drunk sent set brought
    written told shown""".split())

# the name every edit of the splitter carries as its source
SPLITTER_NAME = "splitter"
