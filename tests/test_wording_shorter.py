"""Shorter, plainer words that read right where they land (issue 6): a handout's grade is held up by
long words once its sentences are short, so formal words get one-syllable wordings, and no wording
may read wrongly in its sentence. Every sentence here was written for this test."""

import pytest

from plainspeak import Simplifier


@pytest.fixture(scope="module")
def engine():
    return Simplifier()


@pytest.mark.parametrize("text, expected", [
    # "be consumed" is never "be had"; the splitter then turns the order around
    ("Nothing should be consumed by mouth after midnight.", "Take nothing by mouth after midnight."),
    ("Grapefruit must never be consumed with this pill.", "Never take grapefruit with this pill."),
    # "have" has no passive that reads right: a passive left without an entry keeps its word
    ("The soup was consumed.", "The soup was consumed."),
    # the progressive is not a passive: "is consuming" -> "is having"
    ("If he is consuming alcohol, call us.", "If he is having alcohol, call us."),
    # "preceding" before its object is "before", never "coming before"
    ("Shower on the evening preceding surgery.", "Shower on the evening before surgery."),
    ("Eat a light meal on the day preceding the test.", "Eat a light meal on the day before the test."),
    # the passive of "experience" says the thing happens
    ("Soreness may be experienced for 24 hours.", "Soreness may happen for 24 hours."),
    ("Cramps are often experienced in the first week.", "Cramps are common in the first week."),
    ("Tiredness is frequently experienced for several days.", "Tiredness is common for several days."),
    ("A small amount of bleeding is not a cause for concern.", "A small amount of bleeding is not a reason to worry."),
])
def test_awkward_wordings_read_right(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # a participle that describes the noun after it keeps its word: never "breathed in bronchodilators"
    ("Pills and inhaled bronchodilators help.", "Pills and inhaled bronchodilators (airway-opening medicines) help."),
    # used as a verb it still gets its plain words
    ("Take 2 puffs inhaled every 4 hours.", "Take 2 puffs breathed in every 4 hours."),
    # the short form and the term after its bracket make one name: no "(blocker)" after "(ACE) inhibitor"
    ("An angiotensin-converting enzyme (ACE) inhibitor lowers blood pressure.",
     "An angiotensin-converting enzyme (ACE) inhibitor lowers blood pressure."),
])
def test_words_that_are_part_of_a_name_or_a_noun_phrase(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("Your pain should ease considerably by day 3.", "Your pain should ease a lot by day 3."),
    ("This pill may need to be temporarily withheld.", "This pill may need to be stopped for a short time."),
    ("Do not take more than the amount specified on the label.", "Do not take more than the amount set on the label."),
    ("Mild cramps, comparable to period cramps, are normal.", "Mild cramps, like period cramps, are normal."),
    ("Eat a soft diet consisting of soup and rice.", "Eat a soft diet made up of soup and rice."),
    ("A barking cough is characteristic of asthma.", "A barking cough is typical of asthma."),
    ("Avoid sexual intercourse for 2 weeks.", "Avoid sex for 2 weeks."),
    ("Heat packs are not substitutes for your pain pills.", "Heat packs do not replace your pain pills."),
    ("The dose is raised at weekly intervals.", "The dose is raised every week."),
    ("You were diagnosed with asthma last year.", "You were found to have asthma last year."),
    ("Call your provider if the pain gets worse.", "Call your doctor or nurse if the pain gets worse."),
    ("Do not use lotions containing alcohol.", "Do not use lotions with alcohol."),
    ("Call if you notice increasing swelling.", "Call if you notice more swelling."),
    ("Use the cream as directed by your nurse.", "Use the cream as told by your nurse."),
    # "adhere to" in the passive is followed, never "should be stuck to" (and then an order)
    ("These steps should be adhered to.", "Follow these steps."),
])
def test_formal_words_get_short_plain_words(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # only the adjective: "the characteristics of" is a noun and stays
    ("The characteristic signs are a rash and a fever.", "The typical signs are a rash and a fever."),
    ("We studied the characteristics of the cough.", "We studied the characteristics of the cough."),
    # "diagnosed with" means "by" after a test: only "been" or "you" before it is safe
    ("The gout was diagnosed with a blood test.", "The gout was diagnosed with a blood test."),
    ("You were diagnosed with gout in May.", "You were found to have gout in May."),
    # "containing" as a verb, or inside a compound word, keeps its word
    ("This is key for containing the spread.", "This is key for containing the spread."),
    ("Avoid sugar-containing drinks.", "Avoid sugar-containing drinks."),
    ("Drink only caffeine-free fluids.", "Drink only caffeine-free fluids."),
    # an adverb before it would be left describing the plain words
    ("Call for rapidly increasing swelling.", "Call for quickly increasing swelling."),  # the adverb alone gets its plain word
])
def test_narrowed_wordings_stay_where_they_would_read_wrong(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("Continue taking your pills.", "Keep taking your pills."),
    ("She continued to take the pills.", "She kept taking the pills."),
    ("Bluish discoloration of the lips needs care.", "Bluish color of the lips needs care."),
    ("Use sunscreen to lower discoloration.", "Use sunscreen to lower discoloration."),
    ("A Pap test is usually recommended in 6 months.", "A Pap test (cervix cell test) is usually advised in 6 months."),
    # shorter plain words: "advised" for "indicated", a bracket without a 4-syllable word
    ("Repeat the scan as indicated.", "Repeat the scan as advised."),
    ("Liver inflammation can be serious.", "Liver inflammation (swelling and redness) can be serious."),
])
def test_shorter_plain_words(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("Call if it stays above 130 mg/dL for 3 consecutive days.", "Call if it stays above 130 mg/dL for 3 days in a row."),
    ("Call if it is over 250 mg/dL on two consecutive readings.", "Call if it is over 250 mg/dL on two readings in a row."),
    # only the plural: "a reading in a row" would not read
    ("A consecutive reading above 300 needs a call.", "A consecutive reading above 300 needs a call."),
    ("Gentle walking is encouraged.", "Gentle walking is advised."),
    ("Family members are encouraged to report any change.", "Family members are asked to report any change."),
    ("Readings of 160/110 or higher need immediate evaluation.", "Readings of 160/110 or higher need urgent care."),
    ("Your medicine may need to be temporarily held.", "Your medicine may need to be stopped for a short time."),
])
def test_phrases_that_reorder_or_shorten(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("Wait until the wound is completely healed.", "Wait until the wound is fully healed."),
    ("Smoking carries an increased risk of clots. The increased risk lasts a year.",
     "Smoking carries a higher risk of clots. The higher risk lasts a year."),
    # "increased" as a verb stays: "levels increased risk" is not "levels higher risk"
    ("Low levels increased risk for early birth.", "Low levels increased risk for early birth."),
    ("They may look completely different.", "They may look very different."),
    ("Sip water throughout the day.", "Sip water all day."),
    ("Tight bands cut blood flow to the surrounding skin.", "Tight bands cut blood flow to the skin around it."),
])
def test_everyday_words_for_formal_ones(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    # "indicated" before its object is the past of "indicate" (show), never "advised"
    ("A belly ultrasound indicated the presence of a cyst.", "A belly ultrasound showed the presence of a cyst."),
    ("If indicated, a repeat scan is done.", "If advised, a repeat scan is done."),
])
def test_indicated_as_a_verb_or_an_adjective(engine, text, expected):
    assert engine.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("The pancreas produces insulin.", "The pancreas makes insulin."),
    ("Bile is produced by the liver.", "Bile is made by the liver."),
    # the noun is food
    ("Eat fresh produce every day.", "Eat fresh produce every day."),
    ("You will get specialized care.", "You will get special care."),
    ("A nurse specialized in wound care will visit.", "A nurse expert in wound care will visit."),
    # "produced" alone may describe a noun: only "produced by" and "is produced" are rewritten
    ("Hormones produced by the placenta raise sugar.", "Hormones made by the placenta raise sugar."),
    ("They measured the produced antibodies.", "They measured the produced antibodies."),
    ("Call for vomiting, or inability to keep fluids down.", "Call for vomiting, or not being able to keep fluids down."),
    ("Vomiting with inability to pass gas needs care.", "Vomiting with inability to pass gas needs care."),
])
def test_verb_forms_and_short_adjectives(engine, text, expected):
    assert engine.simplify(text).text == expected
