"""Long sentences that stayed whole in the tenth handout set: a share of people as the subject after ", and"
("about 70 percent of patients reach ..."), a participle's aside inside ", a condition in which" ("a blood clot,
usually starting in a leg vein, has moved ..."), and a semicolon after a clause whose verb no list knows ("we
suggest that ..."). Sentences from the handout sets, reworded."""

from __future__ import annotations

import pytest

from splitter_helpers import assert_cut, shorten

CHANGED = [
    # a share of people, its plural noun and a verb right after it: a subject of its own
    ("Most of the swelling goes down within 2 to 3 weeks, and about 70 to 85 percent of patients reach a full "
     "recovery within 3 to 6 months, especially when treatment starts early.",
     "Most of the swelling goes down within 2 to 3 weeks. About 70 to 85 percent of patients reach a full "
     "recovery within 3 to 6 months, especially when treatment starts early."),
    ("The rash is usually gone within a week or two without any treatment at all, and about 1 in 4 people get it "
     "again within the next few years.",
     "The rash is usually gone within a week or two without any treatment at all. About 1 in 4 people get it "
     "again within the next few years."),
    # the clause after "in which" has its subject before the first comma and its verb after the aside
    ("You have been told that you have a blood clot in the lung (pulmonary embolism), a condition in which a clot, "
     "usually starting in the deep veins of the leg, has moved to the arteries of the lungs.",
     "You have been told that you have a blood clot in the lung (pulmonary embolism). In this condition, a clot, "
     "usually starting in the deep veins of the leg, has moved to the arteries of the lungs."),
    # "we suggest": a pronoun that is only ever a subject, and its verb; the semicolon joins two sentences
    ("So we suggest that about 2 to 3 liters of fluid be taken daily and that the salt in your food be kept steady; "
     "sudden cuts in salt, heavy sweating, and bouts of vomiting may raise the lithium level to a dangerous degree.",
     "So we suggest that about 2 to 3 liters of fluid be taken daily and that the salt in your food be kept steady. "
     "Sudden cuts in salt, heavy sweating, and bouts of vomiting may raise the lithium level to a dangerous degree."),
]

# a subordinate clause after ", and", then a main clause whose subject is a phrase of nouns joined by "and" and
# prepositions ("to" before a determiner only); the reason that opens the new sentence is then put first
CHANGED += [
    ("Lithium has been prescribed to prevent mood episodes linked to bipolar disorder, and because the gap between "
     "a helpful blood level and a harmful one is narrow, regular blood tests and careful attention to these "
     "instructions are needed for its safe use.",
     "Lithium has been prescribed to prevent mood episodes linked to bipolar disorder. The gap between "
     "a helpful blood level and a harmful one is narrow. So regular blood tests and careful attention to these "
     "instructions are needed for its safe use."),
    ("Because the gap between a helpful blood level and a harmful one is narrow, regular blood tests and careful "
     "attention to these instructions are needed.",
     "The gap between a helpful blood level and a harmful one is narrow. So regular blood tests and careful "
     "attention to these instructions are needed."),
]

# ", resulting from" names the cause of what the clause before says: ". This results from" ("can" after "may")
CHANGED += [
    ("Bell's palsy is a sudden weakness of the muscles on one side of the face, resulting from swelling of the "
     "facial nerve, which is often linked to a herpes virus.",
     "Bell's palsy is a sudden weakness of the muscles on one side of the face. This results from swelling of the "
     "facial nerve, which is often linked to a herpes virus."),
    ("Some people may feel tired and short of breath for a few weeks after the operation, resulting from the loss "
     "of blood during surgery.",
     "Some people may feel tired and short of breath for a few weeks after the operation. This can result from the "
     "loss of blood during surgery."),
]

# a subject whose "such as" aside is closed by its verb is one main clause, as with "including": a new clause
# after its ", and" is cut
CHANGED += [
    ("Many common medicines, such as metformin, gabapentin and some antibiotics, need a smaller dose in kidney "
     "disease, and every doctor and pharmacist should be told about your kidney disease.",
     "Many common medicines, such as metformin, gabapentin and some antibiotics, need a smaller dose in kidney "
     "disease. Tell every doctor and pharmacist about your kidney disease."),
]

# a bracket the glossary wrote in a reason's subject ("(PICC line)") is no part of the clause: the verb after it
# is still among the first words
CHANGED += [
    ("Careful care of the line is key, because a long thin tube into a vein of the arm (PICC line) gives germs a "
     "direct path into the blood and careless handling may cause a serious infection.",
     "Careful care of the line is key. This is because a long thin tube into a vein of the arm (PICC line) gives "
     "germs a direct path into the blood and careless handling may cause a serious infection."),
]

# ", which is why" after the main clause that follows an opening condition: "This is why" points back at the whole
# sentence, its condition with it (a subject of nouns joined by "and" reads as the main clause's)
CHANGED += [
    ("If the swelling in the joints is left untreated, lasting joint damage and deformity may happen within the "
     "first 2 years, which is why we start treatment as early as possible after the diagnosis.",
     "If the swelling in the joints is left untreated, lasting joint damage and deformity may happen within the "
     "first 2 years. This is why we start treatment as early as possible after the diagnosis."),
]

# a list of three noun phrases with their examples, longer than the listed subjects read before, is the subject of a
# new clause after ", and"
CHANGED += [
    ("Some common medicines can raise the lithium level, and NSAIDs (pain relievers) such as ibuprofen and "
     "naproxen, water pills such as hydrochlorothiazide, and blood pressure pills such as lisinopril should not be "
     "started without asking your doctor.",
     # (the cut-off passive then becomes an order: splitting/orders.py, the same stop)
     "Some common medicines can raise the lithium level. Do not start NSAIDs (pain relievers) such as ibuprofen and "
     "naproxen, water pills such as hydrochlorothiazide, and blood pressure pills such as lisinopril without asking "
     "your doctor."),
]

# ", as" + what something is not (yet), or a link between two things ("is often linked to"): a reason
CHANGED += [
    ("Wear the sling with its pillow at all times, even during sleep, for about 4 to 6 weeks after surgery, as the "
     "repaired tendon is not yet strong enough.",
     "Wear the sling with its pillow at all times, even during sleep, for about 4 to 6 weeks after surgery. This is "
     "because the repaired tendon is not yet strong enough."),
    ("Keep breastfeeding on the side with the problem, as the milk is not harmful to a healthy baby and stopping "
     "all at once raises the risk of an abscess.",
     "Keep breastfeeding on the side with the problem. This is because the milk is not harmful to a healthy baby "
     "and stopping all at once raises the risk of an abscess."),
    ("Sleeping in a recliner, supported by pillows at about 45 degrees, is advised for the first several weeks, as "
     "lying flat is often linked to more pain.",
     "Sleeping in a recliner, supported by pillows at about 45 degrees, is advised for the first several weeks. This "
     "is because lying flat is often linked to more pain."),
]

# "until several hours after ..." is a time phrase, as "until the next morning" is: it reaches no clause with a
# subject of its own after ", and"
CHANGED += [
    ("These symptoms may not appear until several hours after the injury, and they are often worse in the evening or "
     "after a long day at school.",
     "These symptoms may not appear until several hours after the injury. They are often worse in the evening or "
     "after a long day at school."),
]

# a subject's aside that says what it is may hold a bracket the glossary wrote
CHANGED += [
    ("Apixaban, an oral anticoagulant (blood thinner), has been prescribed to stop the clot from growing and to lower "
     "the risk of new clots.",
     "Apixaban is an oral anticoagulant (blood thinner). It has been prescribed to stop the clot from growing and to "
     "lower the risk of new clots."),
]

# a reason after ", because" with a bracket the glossary wrote (its comma is no list's), or with a long subject that
# holds a list ("a reaction marked by flushing, nausea and vomiting may happen")
CHANGED += [
    ("Take omeprazole 20 mg by mouth once daily 30 to 60 minutes before breakfast, because acid reducers (proton pump "
     "inhibitors, or PPIs) work best when a meal has just turned on the stomach's acid pumps.",
     "Take omeprazole 20 mg by mouth once daily 30 to 60 minutes before breakfast. This is because acid reducers "
     "(proton pump inhibitors, or PPIs) work best when a meal has just turned on the stomach's acid pumps."),
    ("Do not drink alcohol during treatment and for at least 72 hours after the last dose of metronidazole, because a "
     "reaction marked by flushing, nausea, vomiting and a racing heartbeat may happen.",
     "Do not drink alcohol during treatment and for at least 72 hours after the last dose of metronidazole. This is "
     "because a reaction marked by flushing, nausea, vomiting and a racing heartbeat may happen."),
]

# a reason put first, then a main clause whose subject is a long phrase of nouns ("to both the ... and the ...")
CHANGED += [
    ("Because these medicines lower the body's power to fight infection, strict adherence to both the dose schedule "
     "and the safety steps listed below is key to the survival of the new kidney.",
     "These medicines lower the body's power to fight infection. So strict adherence to both the dose schedule "
     "and the safety steps listed below is key to the survival of the new kidney."),
]

KEPT = [
    # the aside's verb is plural: "It" cannot stand for the subject
    "Apixaban and warfarin, two blood thinners (anticoagulants), have been studied for the prevention of new clots "
    "after a clot in the lung.",
    # "until" with a clause of its own may reach over the ", and"
    "Keep the child at home and resting quietly until several of the symptoms have gone, and they are able to "
    "read for a short time.",
    # "as it is not" + a measure or a participle tells how, not why
    "Take the tablets with a full glass of water and some food for the first few weeks of the treatment, as it is not "
    "needed later on.",
    "You may go back to light work and short walks during the first few weeks after surgery, as you are linked to "
    "the clinic by phone.",
    # an item with a clause of its own: the list may not be a subject
    "Some common medicines can raise the lithium level, and pain relievers that you buy at a shop, water pills such "
    "as hydrochlorothiazide, and blood pressure pills such as lisinopril should not be started without asking.",
    # the condition has not closed: what "This" would point back at is only a condition
    "If the swelling in the joints is left untreated for more than a few months after the first signs, which is "
    "why we start treatment early, lasting damage may happen.",
    # "meaning that" after an opening condition may be the condition's result only: it stays in its sentence
    "If the test shows the virus in the sample that was taken from your nose, you have the infection, meaning "
    "that you must stay at home for 5 days.",

    # "to" before a verb opens a purpose, no part of a subject
    "Lithium has been prescribed to prevent mood episodes linked to bipolar disorder, and because the gap between a "
    "helpful blood level and a harmful one is narrow, regular tests to check the level and the dose are needed.",
    # a word between the noun and its verb: the subject may go on ("patients treated early")
    "Most of the swelling goes down within 2 to 3 weeks, and about 70 percent of patients treated early recover "
    "fully within 3 to 6 months of the first signs.",
    # an aside that is no participle's phrase: the verb after it may be the main clause's
    "You were found to have a blood clot in the lung, a condition in which a clot, as the doctor said, has moved "
    "to the arteries of the lungs.",
]


@pytest.mark.parametrize("text,expected", CHANGED)
def test_cut(text, expected):
    assert_cut(text, expected, guarded=True)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text):
    assert shorten(text) == text
