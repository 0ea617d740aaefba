"""How the glossary rewriter reads when the text already explains a term, or introduces a short form."""

import pytest

from plainspeak import Simplifier


@pytest.mark.parametrize("mode", ["replace", "explain"])
@pytest.mark.parametrize("text", [
    "Hypertension, or high blood pressure, raises your risk.",
    "High blood pressure, also called hypertension, raises your risk.",
    "Hypertension is high blood pressure.",
])
def test_a_sentence_that_explains_the_term_itself_is_left_as_written(engine, text, mode):
    assert engine.simplify(text, mode=mode).text == text


def test_the_term_is_rewritten_when_its_plain_words_are_elsewhere_in_the_sentence(engine):
    # "high blood pressure" here is not joined to the term as its explanation
    s = engine.simplify("Hypertension can be treated; high blood pressure is common.", mode="replace")
    assert s.text == "High blood pressure can be treated; high blood pressure is common."


@pytest.mark.parametrize("mode, expected", [
    ("replace", "You had a heart attack (MI) last year. The MI was small."),
    ("explain", "You had a heart attack (myocardial infarction, or MI) last year. The MI was small."),
])
def test_a_term_that_introduces_its_short_form_is_rewritten_and_the_short_form_kept(engine, mode, expected):
    text = "You had a myocardial infarction (MI) last year. The MI was small."
    s = engine.simplify(text, mode=mode)
    # the short form is defined in the text, so its later use reads as the reader just learnt it
    assert s.text.split(". ")[0] + "." == expected.split(". ")[0] + "."
    assert engine.simplify(s.text, mode=mode).text == s.text


def test_a_bracket_that_is_not_a_short_form_of_the_term_is_not_taken_for_one(engine):
    s = engine.simplify("Your hypertension (since 2019) is better.", mode="replace")
    assert s.text == "Your high blood pressure (since 2019) is better."


def test_the_same_plain_words_twice_in_a_row_are_written_once(engine):
    s = engine.simplify("Myocardial infarction, commonly called MI, is treated fast.", mode="replace")
    assert s.text.startswith("Heart attack, often called MI,")  # "commonly" is "often": the short form stays


LONG = ("It is imperative that you take your medications as prescribed every day, and you should contact "
        "your physician if you experience dizziness or palpitations.")


def test_simplify_cuts_a_long_sentence_at_a_new_clause(engine):
    s = engine.simplify(LONG, mode="replace")
    assert s.text == ("Take your medicines as prescribed every day. You should contact your doctor "
                      "if you have dizziness or racing or pounding heartbeats.")
    assert {e.reason for e in s.edits} >= {"filler", "split-sentence"}
    assert s.after.sentences == 2 and s.before.sentences == 1
    assert engine.simplify(s.text, mode="replace").text == s.text


def test_sentences_stay_whole_when_splitting_is_off():
    import plainspeak

    s = plainspeak.Simplifier(split_sentences=False).simplify(LONG, mode="replace")
    assert s.after.sentences == 1
    assert "split-sentence" not in {e.reason for e in s.edits}


@pytest.mark.parametrize("mode, expected", [
    ("replace", "Hypoglycemia, or low blood sugar, may happen if you skip a meal."),
    ("explain", "Hypoglycemia, or low blood glucose (blood sugar), may happen if you skip a meal."),
])
def test_a_term_explained_in_other_words_keeps_the_term_and_simplifies_the_explanation(engine, mode, expected):
    s = engine.simplify("Hypoglycemia, or low blood glucose, may occur if you skip a meal.", mode=mode)
    assert s.text == expected
    assert engine.simplify(s.text, mode=mode).text == s.text


def test_a_list_ending_in_or_is_not_taken_for_an_explanation(engine):
    s = engine.simplify("Call if you have hypertension, or diarrhea, or a fever.", mode="replace")
    assert s.text == "Call if you have high blood pressure, or diarrhea, or a fever."


def test_a_bare_noun_subject_before_a_helper_verb_starts_a_new_sentence(engine):
    s = engine.simplify("Most small kidney stones pass on their own within a few weeks with plenty of water, "
                        "and larger stones may need a procedure to break them up.", mode="replace")
    assert s.text == ("Most small kidney stones pass on their own within a few weeks with plenty of water. "
                      "Larger stones may need a procedure to break them up.")


@pytest.mark.parametrize("text, expected", [
    # a trailing "when" clause is closed by the comma before "but": the contrast is the main clause's
    ("Most children with asthma can take part fully in school, sports and other activities when their "
     "condition is under control, but an attack can become dangerous if it is not treated quickly.",
     "Most children with asthma can take part fully in school, sports and other activities when their "
     "condition is under control. But an attack can become dangerous if it is not treated quickly."),
    # an adverb after a noun phrase is followed by its verb
    ("Metformin often causes an upset stomach when it is first started, but these effects generally go away "
     "within a few weeks.",
     "Metformin often causes an upset stomach when it is first started. But these effects usually go away "
     "within a few weeks."),
    # never inside a negation's list, even with "but" further on
    ("Do not lift, push, or pull anything heavier than a gallon of milk for six weeks after your surgery.",
     "Do not lift, push, or pull anything heavier than a gallon of milk for six weeks after your surgery."),
])
def test_long_sentences_are_cut_only_where_a_new_main_clause_starts(engine, text, expected):
    assert engine.simplify(text, mode="replace").text == expected


@pytest.mark.parametrize("text, expected", [
    ("He did well postoperatively.", "He did well after surgery."),
    ("Antibiotics were given preoperatively.", "Antibiotics were given before surgery."),
    # (before a noun that ends its phrase, the adjective's words go after it: "Pain after surgery was mild")
    ("Postoperative pain medicine helps.", "After-surgery pain medicine helps."),
])
def test_an_adverb_gets_adverb_words_and_an_adjective_adjective_words(engine, text, expected):
    assert engine.simplify(text, mode="replace").text == expected


@pytest.mark.parametrize("text, expected", [
    ("Your child may consequently experience coughing.", "Your child may as a result have coughing."),
    ("He fell, and consequently broke his hip.", "He fell, and so broke his hip."),
    ("Consequently, stop the drug.", "So, stop the drug."),
])
def test_so_stands_only_where_a_clause_starts(engine, text, expected):
    # "may so experience" is not English: inside a clause the entry's other wording is used
    assert engine.simplify(text, mode="replace").text == expected


def test_a_possessive_plain_wording_does_not_stack_on_a_possessive(engine):
    s = engine.simplify("Ask your child's pediatrician. Ask the pediatrician.", mode="replace")
    assert s.text == "Ask your child's doctor (pediatrician). Ask the children's doctor."


def test_a_noun_entry_met_as_a_verb_with_its_object_is_left_as_written(engine):
    # "consult" is listed as a noun ("a consult": a specialist visit); "consulting the clinic" is a verb
    assert engine.simplify("Keep consulting the clinic.").text == "Keep consulting the clinic."
    # the phrase "without (first) consulting" is a verb entry of its own (stop 20): "asking"
    assert engine.simplify("Do not stop without first consulting the clinic.").text == \
        "Do not stop without first asking the clinic."
    assert engine.simplify("You will have a consult with cardiology.").text == \
        "You will have a consult (specialist visit) with cardiology (heart care)."


def test_a_bracket_with_the_plural_plain_words_counts_as_the_explanation(engine):
    # "percentile" explains as "rank out of 100"; in the plural the bracket reads "ranks out of 100",
    # which a second pass must recognise, or it adds the bracket again and again
    s = engine.simplify("Scores stayed at the lower percentiles of normal.")
    assert s.text == "Scores stayed at the lower percentiles (ranks out of 100) of normal."
    assert engine.simplify(s.text).text == s.text


@pytest.mark.parametrize("text, expected", [
    # what was observed was seen: "watched" would say someone kept an eye on it
    ("No bleeding was observed.", "No bleeding was seen."),
    ("We observed an improvement in your kidney function.", "We saw an improvement in your kidney function."),
    # an instruction to observe is one to watch
    ("Observe the site for redness.", "Watch the site for redness."),
    ("The nurse will observe you for 2 hours.", "The nurse will watch you for 2 hours."),
])
def test_observed_reads_seen_and_observe_reads_watch(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("mode, text, expected", [
    # the plain words join the bracket that follows the term: one bracket, never two in a row
    ("explain", "He has CHF (EF 35%).", "He has CHF (heart failure; EF 35%)."),
    ("explain", "Your hypertension (since 2019) is better.", "Your hypertension (high blood pressure; since 2019) is better."),
    ("replace", "You have COPD (FEV1 45%).", "You have long-term lung disease (COPD; FEV1 45%)."),
    # replace mode with a term that needs no bracket: the bracket stays as it was
    ("replace", "Your hypertension (since 2019) is better.", "Your high blood pressure (since 2019) is better."),
])
def test_plain_words_join_a_bracket_after_the_term(engine, mode, text, expected):
    s = engine.simplify(text, mode=mode)
    assert s.text == expected
    assert engine.simplify(s.text, mode=mode).text == s.text


@pytest.mark.parametrize("text, expected", [
    # a title-case heading keeps its title case
    ("## Monitoring Your Symptoms\n", "## Keeping Track of Your Symptoms\n"),
    ("## Dietary Sodium and Fluid Restriction\n", "## Salt in Your Food and Fluid Limit\n"),
    # a heading in sentence case, or in capitals, and a sentence keep theirs
    ("## When to call about dyspnea\n", "## When to call about shortness of breath\n"),
    ("# HYPERTENSION CARE\n", "# HIGH BLOOD PRESSURE CARE\n"),
    ("Monitoring your symptoms helps.\n", "Keeping track of your symptoms helps.\n"),
])
def test_plain_words_in_a_title_case_heading_are_title_case(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # a phrase headed by a verb takes the verb's form ("Monitoring" is not an order)
    ("Monitor your weight daily.", "Keep track of your weight daily."),
    ("We are monitoring your kidney function.", "We are keeping track of your kidney function."),
    ("The headache may be accompanied by a stiff neck.", "The headache may come with a stiff neck."),
    ("The rash is accompanied by a fever.", "The rash comes with a fever."),
    # and agrees with its subject
    ("You are dependent on oxygen.", "You depend on oxygen."),
    ("He is dependent on oxygen.", "He depends on oxygen."),
])
def test_a_formal_phrase_headed_by_a_verb_takes_its_form(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # a verb entry is rewritten where it is a verb ...
    ("If you experience chest pain, call 911.", "If you have chest pain, call 911."),
    ("Call if you are experiencing pain.", "Call if you are having pain."),
    ("The virus is transmitted by coughing.", "The virus is passed on by coughing."),
    # ... and left where it is a noun (after "your", "the", or a preposition) or the adjective
    ("Your experience matters to us.", "Your experience matters to us."),
    ("Nurses with experience in wound care will visit.", "Nurses with experience in wound care will visit."),
    ("An experienced nurse will visit.", "An experienced nurse will visit."),
])
def test_a_verb_entry_is_rewritten_only_where_it_is_a_verb(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # a medical verb entry keeps its plain words where the term is a noun: they are nouns too
    ("The incision may be closed with sutures.", "The cut may be closed with stitches."),
    ("The fracture healed well.", "The break healed well."),
])
def test_a_medical_verb_entry_used_as_a_noun_keeps_its_plain_words(engine, text, expected):
    assert engine.simplify(text).text == expected


def test_a_participle_with_phrasal_plain_words_is_left_before_its_noun(engine):
    # "your breathed in medicines" is not English; "inhale" is rewritten where it is a verb
    assert engine.simplify("Proper use of your inhaled medicines helps.").text == "Proper use of your inhaled medicines helps."
    assert engine.simplify("Inhale slowly.").text == "Breathe in slowly."


@pytest.mark.parametrize("text, expected", [
    # the "stopped" written for the first "DC'd" is no cue for the second: with a cue for each sense
    # around it, the second is left as written, never "Patient stopped home"
    ("Metformin DC'd due to AKI. Pt DC'd home with family.",
     "Metformin DC'd due to a sudden kidney injury (AKI). Patient DC'd home with family."),
    ("Pt DC'd home with family.", "Patient sent home with family."),
    ("Metformin DC'd due to side effects.", "Metformin stopped due to side effects."),
])
def test_a_short_forms_own_plain_words_are_no_cue_for_its_next_use(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # a variant is the same thing as its term: a mask that leaks is not "how the mask fits"
    ("If the mask leaks, tighten the straps.", "If the mask leaks, tighten the straps."),
    # a whole name is read before its parts ("chickenpox zoster virus")
    ("Shingles is caused by the varicella zoster virus.", "Shingles is caused by the chickenpox and shingles virus."),
    # "acute" is "sudden" alone, but an acute medication stops an attack
    ("Take your acute medication at the first sign of a migraine.",
     "Take your medicine to stop an attack at the first sign of a migraine."),
])
def test_phrases_whose_words_mean_something_else_together(engine, text, expected):
    assert engine.simplify(text).text == expected


def test_a_mention_that_a_cut_makes_the_first_of_its_sentence_is_read_again():
    # the cut makes "In cases of ... pneumothorax" a sentence of its own; the glossary reads it anew
    # in the same call, so simplifying the output again changes nothing
    engine = Simplifier(mode="explain")
    text = "The pulmonary cysts may lead to pneumothorax, and in cases of primary, spontaneous pneumothorax the syndrome should be excluded."
    out = engine.simplify(text).text
    assert out == ("The pulmonary (lung) cysts may lead to pneumothorax (collapsed lung). In cases of primary, "
                   "spontaneous collapsed lung the syndrome should be excluded.")
    assert engine.simplify(out).text == out


@pytest.mark.parametrize("text, expected", [
    # "insufficient" alone is "not enough", which cannot follow "a" or "an"
    ("There were an insufficient number of platelets.", "There were too few platelets."),
    ("An insufficient amount of water was taken.", "Too little water was taken."),
    ("Eat a sufficient number of meals.", "Eat enough meals."),
    ("Insufficient sleep can worsen pain.", "Not enough sleep can worsen pain."),
])
def test_a_sufficient_or_insufficient_amount_reads_as_enough_too_few_or_too_little(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # "rebound" alone, in an exam, is rebound tenderness; before another term it means "comes back stronger"
    ("Stopping suddenly can cause rebound tachycardia.", "Stopping suddenly can cause fast heart rate that comes back stronger."),
    ("No rebound or guarding.", "No rebound (pain when pressure is let go) or tensing of belly muscles."),
    # "sedated" is "given calming medicine" for a procedure, but a feeling after a dose is sleepiness
    ("If you feel sedated, do not drive.", "If you feel very sleepy, do not drive."),
    ("The patient was sedated for the procedure.", "The patient was given calming medicine for the procedure."),
])
def test_a_word_with_two_medical_senses_reads_by_the_phrase_it_stands_in(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("Palpitations that continue for an hour need a check.", "Racing or pounding heartbeats that continue for an hour need a check."),
    ("A palpitation is a feeling.", "A racing or pounding heartbeat is a feeling."),
])
def test_a_plural_term_gets_plural_plain_words_so_its_verb_still_agrees(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("Take 1 tab PO q6h PRN with food.", "Take 1 tablet by mouth every 6 hours if needed with food."),
    ("Take 2 tabs PRN for pain.", "Take 2 tablets if needed for pain."),
    ("Take 1 tab PRN pain, max 4 a day.", "Take 1 tablet if needed for pain, max 4 a day."),
    ("Use PRN.", "Use if needed."),
])
def test_prn_takes_for_only_before_what_the_dose_is_for(engine, text, expected):
    # "PRN pain" names a reason; "PRN with food" does not ("if needed for with food")
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("Your eGFR of 52 is consistent with stage 3 kidney disease.", "Your eGFR (kidney filtering rate) of 52 fits with stage 3 kidney disease."),
    ("Your results are consistent with mild asthma.", "Your results fit with mild asthma."),
    ("The scans were consistent with a clot.", "The scans fit with a clot."),
])
def test_consistent_with_is_jargon_and_reads_as_fits_with_in_the_verbs_number(engine, text, expected):
    # a medical hedge that patients misread, so it counts as jargon (not a style note), and the verb
    # keeps its number ("results fit", not "results fits")
    found = [f for f in engine.analyze(text).findings if "consistent" in f.text]
    assert [(f.kind, f.confidence) for f in found] == [("term", 1.0)]
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text", [
    "Do not share needles, syringes, razors or toothbrushes.",  # the lookup table says "syrinx"
    "Avoid cola and coffee after 2 pm.",  # ... and "colon"
    "The night watchmen checked the doors.",  # ... and "watchman", a heart device
])
def test_an_everyday_word_the_lemma_table_files_under_a_medical_word_is_left_alone(engine, text):
    s = engine.simplify(text)
    assert s.text == text
    assert [f.term for f in s.remaining if f.term] == []  # no glossary entry claims it


def test_the_medical_word_itself_is_still_rewritten(engine):
    assert engine.simplify("A syrinx was seen.").text == "A fluid cyst in the spinal cord was seen."


@pytest.mark.parametrize("text, expected", [
    # a dialysis fistula is made on purpose: the plain words must not call it abnormal
    ("Check the fistula every day.", "Check the passage between two body parts (fistula) every day."),
    # "ambulatory" here is the monitor you wear at home, not "able to walk"
    ("A 30-day ambulatory heart monitor was ordered.",
     "A 30-day portable heart monitor was ordered."),
])
def test_terms_whose_word_by_word_reading_was_wrong(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # plain words with a phrase after their head cannot describe the next noun ("pause in breathing
    # test"): the term stays there, explained once in brackets
    ("An apnea test was done.", "An apnea (pause in breathing) test was done."),
    ("He lay in a supine position.", "He lay in a supine (lying on your back) position."),
    ("Use a stoma powder on the skin.", "Use a stoma (opening made by surgery) powder on the skin."),
    ("The desaturation period lasted 28 minutes.", "The desaturation (a drop in oxygen level) period lasted 28 minutes."),
    # the next word is a verb or an adverb: the plain words stand in the term's place
    ("Vasoconstriction occurs.", "Narrowing of blood vessels happens."),
    ("The hematuria stopped.", "The blood in the urine stopped."),
    # plain words without a phrase after their head can describe a noun
    ("An echocardiogram report was sent.", "An echocardiogram (heart ultrasound) report was sent."),
])
def test_a_term_that_describes_the_next_noun_keeps_its_place(engine, text, expected):
    assert engine.simplify(text).text == expected


def test_a_term_before_a_noun_is_explained_where_the_reader_first_meets_the_term(engine):
    # the first mention is replaced, so the reader first meets "hematuria" at the test: it is explained there
    text = "Hematuria can be serious. A hematuria test was done. The hematuria test was normal."
    assert engine.simplify(text).text == ("Blood in the urine can be serious. A hematuria (blood in the urine) test was "
                                          "done. The hematuria test was normal.")


@pytest.mark.parametrize("text, expected", [
    # an entry the glossary leaves as written stays so before a noun too
    ("Take the oral medicines with food.", "Take the oral medicines with food."),
    # a short form named after its long form is not explained a second time inside the bracket
    ("Flush the intravenous (IV) line daily.", "Flush the intravenous (IV) line daily."),
    ("Fluids were given (IV) today.", "Fluids were given (IV) today."),
    ("Give fluids IV today.", "Give fluids IV (into a vein) today."),
])
def test_brackets_are_never_put_where_they_break_the_words_around_them(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("The pain is secondary to fatigue.", "The pain is caused by fatigue."),
    ("Children hospitalized with asthma need a plan.", "Children in the hospital with asthma need a plan."),
])
def test_a_term_that_ends_in_a_preposition_leads_a_phrase_and_is_replaced(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("Part of the heart muscle is deprived of oxygen.", "Part of the heart muscle is without oxygen."),
    ("A referral has been placed on your behalf.", "A referral has been placed for you."),
    # a prefixed irregular participle takes the plain verb's participle
    ("Air travel should not be undertaken for 2 weeks.", "Air travel should not be done for 2 weeks."),
    ("She undertook the test.", "She did the test."),
    ("The hernia protrudes when you cough.", "The hernia sticks out when you cough."),
    ("The rash resembles a bruise.", "The rash looks like a bruise."),
])
def test_formal_words_from_the_fourth_handout_set(engine, text, expected):
    assert engine.simplify(text).text == expected
