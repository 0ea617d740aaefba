"""Where a long sentence may be cut, and what each cut writes (", and you" -> ". You")."""

from __future__ import annotations

import re

from .doses import DoseCuts, limit_cut
from .subjects import _listed_subject_verb, _one_clause, _opener_verb
from .links import _and_predicate, _cause, _reason_first, _relative_cut, _result, _then_when, _this_link, _whence
from .words import (
    _CANDIDATES, CONCESSIONS, DETERMINER_SUBJECTS, FILLERS, FINITE_VERBS, NOT_A_VERB, PAIR_ENDS, PAIRED, PLURAL_VERBS,
    PRESENT_VERBS, PURPOSE_VERBS, REASON, REASON_VERBS, SCOPE_SUBORDINATORS, SUBORDINATORS, WHICH_VERBS, _BRACKETED,
    _CONNECTIVE, _Change, _TOKEN, BARE_SUBJECT_WORDS, MANNER_VERBS, MODALS, NOT_ADVERBS, OPENER_WORDS, OPENING_SUBORDINATORS,
    CLAUSE_WORDS, PRONOUN_SUBJECTS, RELATIVES)
from .clauses import (
    _any_verb, _aside_as, _clause_verb, _closes_or_list, _closes_with_verb, _contrast_while, _ends_in_link, _ends_in_list_item,
    _ends_in_number, _ends_in_plural, _finite_verb, _first_words, _short_items, _goes_back, _instruction, _list_commas_only, _long_reason_verb,
    _listed_nouns_verb, _main_clause, _negated, _noun_phrase_verb, _negative_instruction, _outside_brackets_and_quotes, _passive_is, _passive_order,
    _plural_present, _points_back, _reason_verb, _reported, _resumes, _s_verb, _series, _share_subject_verb, _short_subject_verb, _words)


def piece_cuts(piece: str, min_words: int, doses: DoseCuts | None = None, first: bool = True) -> list[_Change]:
    """The cuts of one piece of a sentence, left to right; each new piece keeps `min_words` words.
    `doses`, in a sentence that holds a dose, keeps each dose with its medicine (and no series of
    orders is cut there); `first` when the piece opens the sentence."""
    # "Because A, B" -> "A. So B": the reason first, then what follows from it
    cuts: list[_Change] = _reason_first(piece, min_words, doses, first)
    piece_start = cuts[-1][1] if cuts else 0
    for m in _CANDIDATES.finditer(piece):
        if m.start() < piece_start:
            continue
        before, rest = piece[piece_start:m.start()], piece[m.end():]
        if _words(before) < min_words or _words(rest) < min_words:
            continue
        if not _outside_brackets_and_quotes(piece, m.start()) or ":" in piece[:m.start()]:
            continue
        # an order cannot continue a reason ("because it raises ..., and eat less"): it goes back to
        # the order the piece began with, past any open "because"
        orders = _instruction(before) and _instruction(rest)
        # a number right before ", when" is a time's ("between days 3 and 7, when"): `_then_when` asks for
        # the time word, which keeps what the number counts
        # ", in which case" names the condition it goes on from ("In that case,"), so an opening "if" may
        # reach over it: "If a dose is missed, take it ..., unless ..., in which case skip it"
        in_case = m.group("whence") and m.group("prep").lower().startswith("in")
        # a reason after the main clause that follows an opening condition gives the reason for all of it
        # ("If the mask leaks, contact your supplier, since a different size may suit": ". This is because")
        reason = m.group("comma") is not None and _conjunction(m) in ("because", "since", "as") and _main_last(before)
        # ", which is why we suggest ..." after the main clause that follows an opening condition: "This is why"
        # points back at the whole sentence before it, its condition with it
        reason = reason or (m.group("this") is not None and " ".join(m.group("link").lower().split()) == "which is why"
                            and _main_last(before))
        # ", and if vomiting happens, place the patient on the side" after "If A, B": a condition of its own, with its
        # own main clause, after the main clause of the first one; the first condition reaches no further
        first_word = [w.lower() for w in _first_words(rest, 1)]
        own_condition = (m.group("comma") is not None and _conjunction(m) in ("and", "but", "so") and _main_last(before)
                         and first_word[:1] in (["if"], ["when"], ["unless"]) and _opener_verb(rest, before) is not None)
        if (_ends_in_number(before) and not m.group("when")) or _ends_in_link(before) or not (
                in_case or _subordinates_ok(before, _joins(m), orders, not _instruction(rest), reason, own_condition)):
            continue
        if _repeats_bracketed(before, rest):
            continue
        if doses is not None and not doses.allows(before, rest, first and piece_start == 0):
            continue
        cut = _cut(m, rest, before)
        series = _series_cuts(piece, piece_start, m, min_words) if cut is None and doses is None else []
        if cut is not None or series:
            cuts.extend(series or [cut])
            piece_start = m.end()
    # "X is A and stays B" -> "X is A. It stays B", once no other cut is left in the piece
    # a limit at the end of a dose line ("..., no more than 3,000 mg in 24 hours") -> ". Take no more than ..."
    return cuts or _and_predicate(piece, min_words, doses, first) or limit_cut(piece, doses, min_words)


def _open_pair(before: str) -> bool:
    """Whether `before` opens a paired construction ("not only", "either", "neither", "whether") that
    it does not close: its second half may come after the cut, and must stay in the same sentence.
    "Stay upright, either sitting or standing, for 30 minutes" has closed its pair."""
    pairs = list(PAIRED.finditer(before))
    if not pairs:
        return False
    last = pairs[-1]
    end = PAIR_ENDS[" ".join(last.group(0).lower().split())]
    return re.search(r"\b" + end + r"\b", before[last.end():], re.IGNORECASE) is None


def _repeats_bracketed(before: str, rest: str) -> bool:
    """Whether a word the glossary put in brackets before the cut ("collapsed lung (pneumothorax)") comes
    again after it ("..., and in cases of spontaneous pneumothorax ..."): the glossary explains a term
    once a sentence, so in a sentence of its own the second mention would be rewritten by a second
    run, and simplifying the output again would change it."""
    return any(re.search(r"\b" + re.escape(b.strip()) + r"\b", rest, re.IGNORECASE)
               for b in re.findall(r"\(([^()]*)\)", before) if len(b.strip()) > 3)


# a pronoun after ", which" and its helper verb that points back at a plural
_THEY = re.compile(r"\b(?:they|them|their|theirs|themselves)\b", re.IGNORECASE)


def _cut(m: re.Match[str], rest: str, before: str) -> _Change | None:
    """The edit (start, end, replacement, reason) for one candidate, or None when it is unsafe."""
    if m.group("due"):
        return _cause(m, rest, before)
    if m.group("bare"):
        return _bare_because(m, rest, before)
    if m.group("whence"):
        return _whence(m, rest, before)
    if m.group("ing"):
        return _result(m, rest, before)
    if m.group("this"):
        return _this_link(m, rest)
    if m.group("when"):
        return _then_when(m, rest, before)
    if m.group("sothat"):
        # "Fold the diaper below the stump so that it stays dry" -> ". That way, it stays dry": a purpose
        # after an order, as after ", so that"; never after a negation ("Do not sit so that your hips
        # are low" forbids a way of sitting), and only before a clause with its own subject
        if not (_instruction(before) or _passive_order(before)) or _negated(_main_clause(before)) \
                or _clause_verb(_BRACKETED.sub("", rest)) is None or re.search(r"[,;:]", rest):
            return None
        return m.start(), m.end(), ". That way," + m.group("ws_sothat"), REASON
    if m.group("quant") or m.group("who"):
        return _relative_cut(m, rest, before)
    if m.group("which"):
        verb = _first_words(rest, 1)
        if verb and verb[0].lower() in ("are", "were") and "," not in rest and ";" not in rest and _ends_in_plural(before):
            # "polyps, which are growths that ..." -> "polyps. These are growths that ...": "are" agrees
            # only with a plural, so "These" points back to the noun right before, and to nothing else
            return m.start(), m.end(), "." + m.group("ws_which") + "These", REASON
        if _defines(verb, rest) and _named_last(before):
            # "... (appendectomy), which is the surgical removal of ..." -> ". This is the surgical removal
            # ...": what the noun just named is, to the sentence's end
            return m.start(), m.end(), "." + m.group("ws_which") + "This", REASON
        if (not verb or not (verb[0].lower() in WHICH_VERBS or _s_verb(verb) or _passive_is(rest)) or ";" in rest
                or not _list_commas_only(rest)):
            return None  # a comma may close the aside, with the main clause going on after it
        if verb[0].lower() in MODALS and _ends_in_plural(before) and _THEY.search(rest):
            # "skin glue or adhesive strips, which should be allowed to fall off on their own" -> ". These should
            # ...": "their" says the clause speaks of the plural before it, which "This" cannot point at (a helper
            # verb agrees with both)
            return m.start(), m.end(), "." + m.group("ws_which") + "These", REASON
        # else "This": the verbs allowed agree with it, and "These" would need the antecedent,
        # which the last word does not tell ("the chance of bleeding from cuts, which may")
        return m.start(), m.end(), "." + m.group("ws_which") + "This", REASON
    conj = _conjunction(m)
    clause = rest
    linked = None
    if m.group("semi"):
        linked = _CONNECTIVE.match(rest)  # "; however, you should": the clause starts after the link
        clause = rest[linked.end():] if linked else rest
    # a bracket the glossary wrote after a word ("your heart doctor (cardiologist) will") is no
    # part of the clause's shape
    verb = _clause_verb(_BRACKETED.sub("", clause))
    if verb is None and conj in ("and", "but", "so") and not m.group("semi") and _opens_with_clause(before) \
            and not _clause_series(before):
        # "..., and aspirin increases the chance of bleeding": a short bare subject and its finite verb after a
        # full clause (a list that is a subject, "Fever, chills, and pain are", is stopped below)
        verb = _bare_noun_verb(_BRACKETED.sub("", clause))
        if verb is None:
            # "..., and about 70 to 85 percent of patients reach full recovery": a share of people is a subject
            verb = _share_subject_verb(_BRACKETED.sub("", clause))
    if verb is None and (conj in ("because", "since", "as") or conj in CONCESSIONS):
        verb = _reason_verb(clause)  # "since flushing medicines can harm ...": a longer subject
    if verb is None and conj in ("as", "since") and _points_back(clause):
        verb = "(points back)"  # "as these agents impair ...": a verb no list knows, after "these" + a noun
    if verb is None and conj in ("as", "since") and _linked_reason(clause):
        verb = "(linked)"  # "as lying flat is often linked to more pain": a link between two things, a reason
    if verb is None and conj in ("as", "since", "because") and _long_reason_verb(clause) is not None:
        verb = "(long reason)"  # "as a severe reaction with flushing, nausea and vomiting may happen"
    if verb is None and conj == "because" and not re.search(r"[,;:]", _BRACKETED.sub("", rest)) \
            and _first_words(rest, 1) != ["of"]:
        # "because" gives a reason whatever its clause looks like ("because a mask that is too tight
        # can ...", "because the symptoms often return", "because a long tube gives"): "This is because"
        # takes it whole (the words after it are the same clause as before the cut), as long as
        # nothing comes after it ("because of" takes a noun, which "This is because of" would too, but
        # no verb tells that it is a reason and not a list)
        verb = _any_verb(_BRACKETED.sub("", rest))  # a bracket the glossary wrote is no part of the clause
    if verb is None and (m.group("semi") or (conj in ("and", "and then", "then") and _instruction(before)
                                             and (not _negated(_without_limits(_main_clause(before)))
                                                  or _negative_instruction(clause)
                                                  or _closes_or_list(before)))
                         or (conj == "but" and _instruction(before)) or conj == "so"):
        # two instructions: "Wash the area gently, and pat it dry" -> "... gently. Pat it dry"; a
        # negation might reach over the "and" ("Do not lift the baby, and carry ..."), so it stops it,
        # unless the second one has its own ("Do not rub your eye, and do not swim") or the negation's
        # "or" list has closed ("Do not take it with tea, or coffee, and separate it from ..."); an order after
        # "so" draws a conclusion, which no negation before it reaches ("..., so ask for sauces on the side")
        # a semicolon ends a series of its own ("Remove X, season Y; rinse Z": the first two stay joined)
        verb = "(you)" if _instruction(clause) and (m.group("semi") or not _series(before)) else None
    if verb is None and (conj in ("because", "since") or conj in CONCESSIONS):
        verb = _listed_subject_verb(clause)  # "although complete darkness and total isolation are not needed"
    if verb is None and (m.group("semi") or conj in ("and", "but", "so")):
        # "..., and because warfarin raises ..., it must": a clause that opens with its own subordinate
        # clause or phrase; "..., and the mask, tubing and water chamber should be washed": a long subject
        verb = _opener_verb(clause, before, bool(m.group("semi"))) or (
            _listed_subject_verb(clause, been=True) if conj in ("", "and") and _one_clause(before) else None)
    if verb is None and conj == "and" and not m.group("semi"):
        verb = _opener_then_phrase(clause)
        if verb is None and _one_clause(before):
            # "..., and NSAIDs such as A and B, diuretics such as C, and ACE inhibitors such as D should not be started"
            verb = _listed_nouns_verb(clause)
    if verb is None and m.group("semi"):
        verb = _semicolon_clause(before, rest, clause)
    if verb is None:
        return None
    filler = next(((f, r) for f, r in ((p.match(rest), r) for p, r in FILLERS) if f), None)
    if filler is not None and (conj not in ("", "and") or linked):
        return None  # a clause whose opener a later run would drop (idempotence)
    if conj and _open_pair(before):
        return None
    if conj == "or" and _negated(before):
        return None
    if conj in ("and", "or") and not m.group("semi") and _short_items(before):
        return None  # "Blistering, dusky skin, or crepitus may mean ...": items that share the verb after the cut
    if conj in ("and", "or") and not m.group("semi") and _noun_list(before):
        return None  # "The best dose, the link between how well it works and ..., and the highest safe dose are"
    if conj in ("and", "or", "and then", "then") and _ends_in_list_item(before):
        return None  # "Your heart, your lungs, and the muscles will ...": the last item of a subject
    if conj == "so" and verb in PURPOSE_VERBS:
        return None
    long_reason = conj in ("as", "since") and (verb in ("(long reason)", "(points back)", "(linked)")
                                               or _long_reason_verb(clause) is not None)
    if (conj == "as" and ((verb not in REASON_VERBS and not long_reason and not _points_back(clause)
                           and not _as_state(clause, verb) and verb not in _CAUSING_VERBS
                           and not _causes_something(clause, verb))
                          or _aside_as(clause))
            or (conj == "since" and verb not in REASON_VERBS | PRESENT_VERBS and not long_reason
                and not _plural_present(clause, verb) and not _causes_something(clause, verb))):
        return None  # "as you walk", "since you left" tell a time, not a reason; "as it may" is a reason
    if conj == "as" and _manner_as(clause):
        return None  # ", as your doctor may direct you" tells how, not why
    if conj == "as" and [w.lower() for w in _first_words(clause, 2)] in (["you", "can"], ["you", "could"]):
        return None  # "as you can do it without pain" (the glossary's "as you are able to") tells how far
    if conj in ("because", "since", "as", "although", "though", "whereas", "while") and _goes_back(rest):
        return None  # "Limit salt, because it ..., and reduce meat": the reason sits inside the order
    if conj in CONCESSIONS and (_resumes(rest) or _reported(before)):
        # "and, while severe cases may need surgery, can give ...": the main clause goes on after the
        # aside; "there is evidence that some cases ..., while others ...": the contrast is part of
        # what the evidence says, and a sentence of its own would state it as a fact
        return None
    this = re.match(r"\s*this(?=[ \t]+(?:[a-z]+s|can|may|might|could|will)\b)", rest)
    if conj in ("since", "as") and this is not None and (verb in PRESENT_VERBS or verb in _THIS_MODALS):
        # ", since this places stress on ..." -> ". This places stress on ...", ", as this may injure" -> ". This may
        # injure": "This is because this" says it twice
        return m.start("comma"), m.end() + this.end(), "." + m.group("ws_comma") + "This", REASON
    if conj in ("because", "since", "as"):
        # the reason keeps its link: ", because it" -> ". This is because it"
        return m.start("comma"), m.end("conj"), "." + m.group("ws_comma") + "This is because", REASON
    if conj in ("although", "though", "whereas") or (conj == "while" and _contrast_while(clause, verb)):
        # a concession or a contrast stays one: ", although it may" -> ". But it may"
        return m.start("comma"), m.end("conj"), "." + m.group("ws_comma") + "But", REASON
    if conj == "while":
        return None  # "while the wound heals" tells a time, which a cut would lose
    if conj == "so that":
        # a purpose after an instruction: "Wait 5 minutes, so that the drop is not washed out" -> ". That
        # way, the drop ..."; never after a statement, where it may tell a result ("Antibiotics can
        # weaken birth control pills, so that you should use a condom")
        if not (_instruction(before) or _passive_order(before)):
            return None
        return m.start("comma"), m.end("conj"), "." + m.group("ws_comma") + "That way,", REASON
    if conj in ("and then", "then"):
        # the order of steps stays: ", and then tilt" -> ". Then tilt"; never the "then" that closes
        # a clause opening the sentence ("After the nurse removes the drain, then you can shower")
        opener = _first_words(before, 1)
        if opener and opener[0].lower() in SUBORDINATORS | {"after", "before", "once", "as"}:
            return None
        if m.group("then"):
            return m.start("then"), m.end("then"), ". Then", REASON
        return m.start("comma"), m.end("conj"), "." + m.group("ws_comma") + "Then", REASON
    if conj in ("but", "so", "or"):
        # keep the conjunction, capitalised: ", but" -> ". But"
        start = m.start("comma")
        end = m.end("conj")
        return start, end, "." + m.group("ws_comma") + conj.capitalize(), REASON
    # "; you", ", and you", " — you": the first word of the new sentence gets its capital
    ws = m.group("ws_semi") or m.group("ws_dash") or m.group("ws_conj")
    if m.group("comma") and "\n" in m.group("ws_comma"):
        ws = m.group("ws_comma")  # ",\nand you": the line break stays
    # an opener that carries no fact goes with the cut: ", and it is important to complete" -> ". Complete"
    skip, new = (filler[0].end(), filler[1]) if filler is not None else (0, "")
    first = re.match(r"[A-Za-z]+", rest[skip:])
    if first is None:
        return None
    word = new + first.group(0)
    return m.start(), m.end() + skip + first.end(), "." + ws + word[0].upper() + word[1:], REASON


# words that are no part of a bare noun subject ("and also needs", "and without medicine ... are")
_NOT_IN_SUBJECT = NOT_A_VERB | frozenset("""without within after before during under over into through between among
    against despite unlike per via then still often never always again just even only there here""".split())


def _bare_noun_verb(clause: str) -> str | None:
    """The finite verb after a short bare noun subject ("aspirin increases", "treatment is"); None when a
    word before it is an adverb, a preposition or a link ("also needs", "similarly are", "without X are")."""
    verb = _short_subject_verb(clause)
    if verb is None:
        return None
    words = [w.lower() for w in _first_words(clause, BARE_SUBJECT_WORDS + 1)]
    subject = words[:words.index(verb)]
    if any(w in _NOT_IN_SUBJECT or (len(w) > 4 and w.endswith("ly") and w not in NOT_ADVERBS) for w in subject):
        return None
    return verb


# words that open a clause inside a noun phrase ("the link between how well it works"): its verb is no main verb
_EMBEDDED_WH = re.compile(r"(?<=\w)[ \t]+(?:how|what|whether|why|where)\b[^,]*", re.IGNORECASE)


def _noun_list(before: str) -> bool:
    """Whether `before` is noun phrases parted by commas and nothing else, no order and no finite verb but one
    inside a clause that a noun phrase holds ("the link between how well it works and the blood level"): the
    items of a subject whose verb comes after the ", and" that adds its last item. Cut there, the first
    piece would be no sentence."""
    plain = _BRACKETED.sub("", before)
    parts = re.split(r",(?!\d)", plain)
    if len(parts) < 2 or re.match(r"\s*(?:and|or)\s", parts[-1]) or _instruction(plain):
        return False
    if _closes_with_verb([[w.lower() for w in _TOKEN.findall(p)] for p in parts]):
        return False  # "Many drugs, including A, B and C, need ...": the list's verb came before the cut
    if re.search(r"\binclude[sd]?\b", plain, re.IGNORECASE):
        return False  # "Symptoms include A, B and C, and they can ...": a verb no list knows
    # only where a noun phrase holds a clause: elsewhere `_short_items` reads a list of short things
    return (any(_finite_verb(p) is not None for p in parts)
            and all(_words(p) > 0 and _finite_verb(_EMBEDDED_WH.sub("", p)) is None for p in parts))


def _opens_with_clause(before: str) -> bool:
    """Whether `before` opens with a clause: an order, or a verb before its first comma ("Codeine is not safe
    ..."), never a noun phrase that is the first item of a subject list ("The dose, the timing, and X are")."""
    plain = _BRACKETED.sub("", before)
    return _instruction(plain) or _finite_verb(plain.split(",", 1)[0]) is not None


def _clause_series(before: str) -> bool:
    """Whether `before` ends in a clause of its own after a comma ("because the skin is thin, the blood flow is
    weak"): the ", and" after it closes a series of clauses, which whatever opened the first one may reach over."""
    parts = _BRACKETED.sub("", before).rsplit(",", 1)
    if len(parts) < 2 or re.match(r"\s*(?:and|or)\s", parts[1]):
        return False
    return _clause_verb(parts[1]) is not None or _short_subject_verb(parts[1]) is not None


_THIS_MODALS = frozenset("can may might could will".split())
# after "as", verbs that tell what something causes: a reason ("as it raises the risk of ..."), never a time or a
# manner, as "as it heals", "as you walk" are
_CAUSING_VERBS = frozenset("raises increases lowers reduces causes prevents protects leads makes means".split())
# a verb that does something to what follows it: after "as it" / "since they" and before its object, a reason
# ("as they relax the throat muscles", "since they raise the risk"); without an object it may tell a time ("as
# your muscles relax", "as it heals")
_ACTING_VERBS = frozenset("""raise increase lower reduce cause prevent protect relax relaxes shorten shortens worsen
    worsens weaken weakens irritate irritates damage damages thin thins block blocks""".split())
_OBJECT_OPENERS = frozenset("the a an your their its this these that his her any some".split())


def _causes_something(clause: str, verb: str) -> bool:
    """", as they relax the throat muscles" / ", since they raise the risk of bleeding": a thing ("it",
    "they", "this", "these") that does something to an object (a determiner right after the verb), a reason;
    never "you" or "we" ("as you lower yourself" tells how)."""
    words = [w.lower() for w in _first_words(_BRACKETED.sub("", clause), 3)]
    return (len(words) == 3 and words[0] in ("it", "they", "this", "these") and words[1] == verb
            and verb in _ACTING_VERBS and words[2] in _OBJECT_OPENERS)

# words that open a piece leaning on the clause before it, never a sentence of its own
_LEANING = frozenset("and or nor but not than up including such especially like except".split())


def _semicolon_clause(before: str, rest: str, clause: str) -> str | None:
    """The verb of the clause after a semicolon whose subject is longer than the other rules read
    ("; laboratory analysis of the stone enables ...", "; walking and a heating pad applied to the
    shoulder may give relief"). A writer's semicolon joins two sentences, unless it separates the
    items of a list ("bring your ID; your insurance card; a list of medicines"): so every part between
    semicolons must have a finite verb of its own, and the clause must not start as a fragment that
    leans on the one before ("; not more than 3,000 mg a day", "; and ...")."""
    parts = [before] + rest.split(";")
    first = _first_words(clause, 1)
    if not first or first[0].lower() in _LEANING:
        return None
    if len(parts) == 2 and _finite_verb(_BRACKETED.sub("", before)) is None and not _opens_clause(before) \
            and not _pronoun_verb(before):
        # "NSAIDs, including ibuprofen and naproxen; acetaminophen is the preferred pain reliever": an item
        # with no verb (a list item's, under "Medicines to avoid"), then a clause with its own subject and verb.
        # The item is the same fragment either way; only a full clause after it, never another item
        plain = _BRACKETED.sub("", clause)
        return _clause_verb(plain) or _short_subject_verb(plain)
    if not all(_finite_verb(_BRACKETED.sub("", p)) or _opens_clause(p) or _pronoun_verb(p) for p in parts):
        return None
    return _finite_verb(_BRACKETED.sub("", clause)) or ("(opener)" if _opens_clause(clause) else None)


def _opener_then_phrase(clause: str) -> str | None:
    """"(opener)" for ", and because the gap between a helpful level and a harmful one is narrow, regular lab tests
    and care with these instructions are needed": a subordinate clause that opens the clause after ", and",
    closed by a comma, then a main clause whose subject is a phrase of nouns (`_noun_phrase_verb`), which
    `_opener_verb` does not read. The cut keeps the opener and its main clause together."""
    words = _first_words(clause, 1)
    if not words or words[0].lower() not in OPENING_SUBORDINATORS:
        return None
    head, comma, tail = _BRACKETED.sub("", clause).partition(",")
    if not comma or not 3 <= _words(head) <= OPENER_WORDS or re.search(r"[;:\"“”]", head) or _finite_verb(head) is None:
        return None
    return "(opener)" if _noun_phrase_verb(tail) is not None else None


_WE_THEY = frozenset("we they i".split())


def _pronoun_verb(part: str) -> bool:
    """"So we suggest that ...": a pronoun that can only be a subject ("we", "they", "I") and a plain word right
    after it, a verb no list knows; no item of a list has one."""
    words = [w.lower() for w in _TOKEN.findall(_BRACKETED.sub("", part))]
    return any(w in _WE_THEY and k + 1 < len(words) and words[k + 1].isalpha() and words[k + 1] not in NOT_A_VERB
               for k, w in enumerate(words))


def _opens_clause(part: str) -> bool:
    """"if it sticks, moisten it": a part that opens with a subordinate clause closed by a comma has
    its main clause after the comma, whatever the verb there."""
    first = _first_words(part, 1)
    return bool(first) and first[0].lower() in SUBORDINATORS and "," in part


_LIMIT = re.compile(r"\b(?:no|not)[ \t]+(?:more|less|fewer|longer|later|earlier|higher|lower)[ \t]+than\b", re.IGNORECASE)


def _without_limits(text: str) -> str:
    """`text` without the limits it sets ("to no more than 2,000 mg a day"): "no" there caps a number,
    and negates no order that a later ", and" could fall under."""
    return _LIMIT.sub("", text)


# words after "until" that open a time, no clause: "until several hours after", "until about noon", "until next week"
_UNTIL_PHRASE = frozenset("several about around at after later then tomorrow next noon bedtime".split())


def _time_phrase(words: list[str], k: int) -> bool:
    """Whether the word at `k` opens a phrase, not a clause, inside the piece: "until the following
    morning", "until 6 weeks after surgery", "while lying on your back", "if needed". A phrase belongs to the verb
    before it and cannot reach over a later ", and" as a condition or a clause of time can ("Call us
    if you have a fever, and stay home"). Never the first word, and no finite verb after it."""
    if k == 0 or k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    phrase = ((words[k] == "until" and (nxt in DETERMINER_SUBJECTS or nxt.isdigit() or nxt in _UNTIL_PHRASE))
              or (words[k] in ("while", "when") and nxt.endswith("ing") and nxt not in ("during", "nothing", "something"))
              # "if needed", "if necessary": a set phrase of the verb before, no condition of the next clause
              or (words[k] == "if" and nxt in ("needed", "necessary", "possible", "required", "desired")))
    return phrase and not any(w in FINITE_VERBS or w in PLURAL_VERBS for w in words[k + 1:])


def _conjunction(m: re.Match[str]) -> str:
    """The conjunction of a candidate, lower case and single-spaced ("and then" for ", and then" and
    " and then"); "" for a semicolon, a dash or ", which"."""
    if m.group("then"):
        return "and then"
    conj = " ".join((m.group("conj") or "").lower().split())
    return "so" if conj == "and so" else conj  # ", and so your doctor has" draws a result, as ", so" does


def _series_cuts(piece: str, piece_start: int, m: re.Match[str], min_words: int) -> list[_Change]:
    """A series of three or more orders, each a full sentence's worth ("Exhale away from the
    mouthpiece, place the mouthpiece between your teeth, and seal your lips around it"), cut into one
    sentence per order: ". Place ...", ". Seal ...". A negation that opens the series reaches over
    all of it ("Do not lift, push, or pull"), so then every order must say its own "do not"."""
    if _conjunction(m) not in ("and", "and then") or not m.group("comma"):
        return []
    rest = piece[m.end():]
    commas = list(re.finditer(r",(\s+)", piece[piece_start:m.start()]))
    bounds = [piece_start] + [piece_start + c.end() for c in commas] + [m.end()]
    orders = [piece[a:b] for a, b in zip(bounds, bounds[1:] + [len(piece)])]
    if len(orders) < 3 or any(not _instruction(o) or _words(o.split(",")[0]) < min_words for o in orders):
        return []
    if _negated(orders[0].split(",")[0]) and not all(_negative_instruction(o) for o in orders):
        return []
    if any(_ends_in_number(piece[:piece_start + c.start()]) or not _outside_brackets_and_quotes(piece, piece_start + c.start())
           for c in commas):
        return []
    cuts = []
    for c in commas:
        start, end = piece_start + c.start(), piece_start + c.end()
        word = re.match(r"[A-Za-z]+", piece[end:]).group(0)
        cuts.append((start, end + len(word), "." + c.group(1) + word[0].upper() + word[1:], REASON))
    if _conjunction(m) == "and then":
        cuts.append((m.start("comma"), m.end("conj"), "." + m.group("ws_comma") + "Then", REASON))
    else:
        word = re.match(r"[A-Za-z]+", rest).group(0)
        ws = m.group("ws_comma") if "\n" in m.group("ws_comma") else m.group("ws_conj")
        cuts.append((m.start(), m.end() + len(word), "." + ws + word[0].upper() + word[1:], REASON))
    return cuts


def _joins(m: re.Match[str]) -> str:
    """How a candidate joins its clauses: "semicolon", "and" (also "or", a dash: joined on the same
    level), or "other" (but, so, because, which: the second clause stands apart)."""
    if m.group("semi"):
        return "semicolon"
    return "and" if m.group("dash") or _conjunction(m) in ("and", "or", "and then", "then") else "other"


def _main_last(before: str) -> bool:
    """Whether the last comma-separated part of `before` is a main clause of its own, an order or a clause
    with a subject and a verb ("If the mask leaks, or feels tight, contact your supplier"): an opening
    condition has closed before it."""
    parts = _BRACKETED.sub("", before).rsplit(",", 1)
    return len(parts) == 2 and (_instruction(parts[1].strip()) or _clause_verb(parts[1]) is not None
                                or _noun_phrase_verb(parts[1]) is not None)


def _subordinates_ok(before: str, joins: str, orders: bool = False, own_subject: bool = False,
                     reason: bool = False, own_condition: bool = False) -> bool:
    """False while a subordinate clause ("if you feel dizzy") is still open (no comma has closed it),
    or when a condition or a time may reach over the cut: one that opens the piece reaches over any
    comma ("If X, A, and B": B is conditional too), a trailing one over "and" ("Call us if you have
    a fever, and stay home"). A semicolon ends a trailing clause ("Call us if you bleed; you may
    need ..."), so there only a clause that opens the piece counts. A time phrase ("until the next
    morning", "while lying down") reaches over ", and" only to an order that shares its "you" ("...,
    and change it only if ..."), never to a clause with a subject of its own (`own_subject`: "..., and
    an adult should stay with you")."""
    words = [w.lower() for w in _TOKEN.findall(before)]
    # "because of the risk" is a phrase, no clause: nothing opens there that a comma must close
    words = [w if not (w == "because" and words[k + 1:k + 2] == ["of"]) else "because-of" for k, w in enumerate(words)]
    if words and words[0] in SCOPE_SUBORDINATORS and joins != "semicolon" and not reason and not own_condition:
        return False  # (a reason after the main clause, `reason`, gives the reason for the condition and all)
    if joins == "and" and not own_condition and any(w in SCOPE_SUBORDINATORS and not (own_subject and _time_phrase(words, k))
                              for k, w in enumerate(words)):
        return False
    if orders or joins == "other":
        # ", but" / ", so" / ", because" close a trailing clause ("They can play sports when it is
        # controlled, but an attack can be dangerous"): the contrast or reason is the main clause's
        return True
    # "as" opens a clause only at the start ("As X is ..."); elsewhere it is mostly "as needed"
    opened = [i for i, w in enumerate(words)
              if (w in SUBORDINATORS and joins != "semicolon" and not (own_subject and _time_phrase(words, i)))
              or (i == 0 and (w in SUBORDINATORS or w == "as"))]
    return not opened or "," in words[opened[-1]:]


# words that make a "because" right after them part of the clause before ("only because", "is because")
_BOUND_BECAUSE = frozenset("only just simply partly mainly mostly largely not is was that it this precisely".split())


def _bare_because(m: re.Match[str], rest: str, before: str) -> _Change | None:
    """"Extra oxygen has been prescribed for you because the level of oxygen in your blood was low" -> "...
    for you. This is because the level ...": a reason with no comma before it, cut as ", because" is. Never
    after a negation, which may deny the reason instead of the verb ("Do not stop it because you feel
    better"), nor while a condition, a time or another reason is open before it, nor after a word that
    binds the "because" to it ("only because", "is because"); and only before a clause that runs to the
    end of the sentence (commas only of a list of short things)."""
    plain = _BRACKETED.sub("", rest)
    words = [w.lower() for w in _TOKEN.findall(_BRACKETED.sub("", before))]
    if not words or words[-1] in _BOUND_BECAUSE or _negated(before) or ";" in rest or not _list_commas_only(plain):
        return None
    if any(w in SUBORDINATORS or w in ("as", "so") for w in words) or _finite_verb(before) is None:
        return None
    times = [k for k, w in enumerate(words) if w in ("before", "after", "once")]
    if times and _finite_verb(" ".join(words[times[0] + 1:])) is not None:
        return None  # "before your treatment starts because ...": the reason may be the time clause's
    verb = (_clause_verb(plain) or _reason_verb(plain) or _listed_subject_verb(plain)
            or (_any_verb(_BRACKETED.sub("", rest)) if not re.search(r"[,;:]", rest) else None))
    if verb is None or _goes_back(rest):
        return None
    return m.start(), m.end(), ". This is because", REASON


_DEFINES = re.compile(r"\s*is[ \t]+(?:a|an|the)[ \t]", re.IGNORECASE)
_APPOSITION = re.compile(r"\s*(?:a|an|the|[a-z]{2,}ing)[ \t](?![^,;]*\b(?:is|are|was|were|may|can|will|should|must|might|could)\b)")


def _defines(verb: list[str], rest: str) -> bool:
    """", which is a conditioned response to ...", ", which is the surgical removal of ...": after ", which"
    what the noun just named is, up to the end of the sentence, with no comma after it but one that opens
    a noun of its own (", the gland situated behind the stomach") or a phrase in -ing (", using a camera"),
    with no verb of its own: the main clause cannot go on after it."""
    if verb[:1] != ["is"] or not _DEFINES.match(rest) or ";" in rest:
        return False
    return all(_APPOSITION.match(part) for part in re.split(r",(?!\d)", _BRACKETED.sub("", rest))[1:])


def _named_last(before: str) -> bool:
    """Whether "This" after ", which is a ..." can point only at the term just named: a term in a bracket right
    before the comma ("swelling of the pancreas (acute pancreatitis)"), with no list before it back to a comma
    ("A and B (C), which is"). Elsewhere "which is the ..." may describe some other noun ("the chance of an
    infection, which is": the chance, or the infection?)."""
    if not before.rstrip().endswith(")"):
        return False
    segment = " ".join(_BRACKETED.sub("", before).rsplit(",", 1)[-1].lower().split()[-5:])
    return re.search(r"\b(?:including|such as|like|and|or|and/or)\b", segment) is None


def _manner_as(clause: str) -> bool:
    """", as your doctor may direct (you)", ", as the nurse will tell you": "as" + a helper + a verb of telling
    says how something is done, not why."""
    words = [w.lower().strip(".!?") for w in _first_words(_BRACKETED.sub("", clause), 6)]
    return any(w in MODALS and words[k + 1:k + 2] and words[k + 1] in MANNER_VERBS for k, w in enumerate(words))


# after "as it is" / "as they are" these tell a manner or a measure, no reason ("as you are able", "as it is needed")
_NOT_A_STATE = frozenset("""able well ready told allowed likely usual normal comfortable possible soon long much far often
    needed directed prescribed written shown""".split())


_LINKED = re.compile(r"\s*(?P<subject>(?:[A-Za-z][\w'’-]*[ \t]+){1,6}?)(?:is|are)[ \t]+(?:(?:[a-z]+ly|often|also)[ \t]+)?"
                     r"(?:linked|associated|tied)[ \t]+(?:to|with)\b")


def _linked_reason(clause: str) -> bool:
    """", as lying flat is often linked to more pain", ", as stopping early is associated with ...": a subject of
    plain words and "is / are (often) linked to", a link between two things, which after "as" or "since" gives a
    reason and never tells a time or a manner. Never a person ("as you are linked to ..." says no such thing)."""
    m = _LINKED.match(_BRACKETED.sub("", clause))
    if m is None:
        return False
    words = [w.lower() for w in m.group("subject").split()]
    return not any(w in PRONOUN_SUBJECTS or w in CLAUSE_WORDS or w in RELATIVES or w in SUBORDINATORS
                   or w in FINITE_VERBS or w in ("as", "than", "so") for w in words)


def _as_state(clause: str, verb: str) -> bool:
    """", as they are flammable", ", as it is toxic to pets": "as" and what something is, a reason (". This is
    because they are flammable"). Only a pronoun for a thing ("it", "they", "these", "this") or a determiner and
    its noun, "is" or "are", and an adjective right after it that tells no manner or measure (never a
    participle, "as it is written", nor "-ing", "as it is healing", which tells a time). What something is not
    yet is a reason too (", as the repaired tendon is not yet strong"): the "not" stays with its verb."""
    words = [w.lower() for w in _first_words(_BRACKETED.sub("", clause), 8)]
    if verb not in ("is", "are") or verb not in words or words[0] in ("you", "we", "i", "he", "she"):
        return False
    k = words.index(verb)
    if words[k + 1:k + 2] == ["not"]:
        k += 2 if words[k + 2:k + 3] == ["yet"] else 1
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return (nxt.isalpha() and nxt not in _NOT_A_STATE and not nxt.endswith(("ed", "en", "ing"))
            and nxt not in NOT_A_VERB and nxt not in DETERMINER_SUBJECTS and nxt not in ("not", "still", "also"))
