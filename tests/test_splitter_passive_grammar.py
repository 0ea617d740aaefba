"""A passive said as an order must still read as English: an irregular participle of the same passive
becomes its base form ("and spat out" -> "and spit out"), every "that X be done" of one wish becomes an
order or none does, a subject that also governs a verb of its own ("and should remain in place") is cut
off as "It" / "They" or left alone, a second passive of the subject is an order on its pronoun ("and must
not be frozen" -> "and do not freeze them"), "left" after "the right or" is a side, and ", which" after a
plural that the clause speaks of ("on their own") is "These". Each case pins the exact text."""

from __future__ import annotations

import pytest

import plainspeak
from plainspeak.rewrite.guard import check

from splitter_helpers import assert_cut, shorten

CHANGED = [
    # an irregular participle after "and" is said as the order's verb (dev8 asthma plan)
    ("The mouth should be rinsed with water and spat out following each use in order to reduce the risk of oral "
     "thrush (candidiasis).",
     "Rinse the mouth with water and spit out following each use in order to reduce the risk of oral thrush "
     "(candidiasis)."),
    ("The cloth should be soaked in warm water and wrung out before use.",
     "Soak the cloth in warm water and wring out before use."),
    ("The leg should be laid flat on a pillow.", "Lay the leg flat on a pillow."),
    ("When lifting is needed, the knees should be bent rather than the back.",
     "When lifting is needed, bend the knees rather than the back."),
    # "left" after "the right or" is the side, not a second participle (dev7 auto-injector)
    ("The orange tip should be placed against the middle of the outer thigh, on either the right or left leg, "
     "and pushed firmly until a click is heard.",
     "Place the orange tip against the middle of the outer thigh, on either the right or left leg. "
     "Push firmly until a click is heard."),
    # every "that" of a wish is an order
    ("It is recommended that meals be taken in smaller portions and that eating be discontinued at least 2 to 3 "
     "hours before lying down.",
     "Take meals in smaller portions and stop eating at least 2 to 3 hours before lying down."),
    ("We suggest that the drops be used at bedtime, that the bottle be shaken first and that the cap be kept on.",
     "Use the drops at bedtime, shake the bottle first and keep the cap on."),
    ("It is recommended that you rest and that the leg be raised on pillows.", "Rest and raise the leg on pillows."),
    # after "that you ...", the reader does the later clauses too (a result is theirs then); ", and that" is cut
    # (dev5 heart failure)
    ("It is recommended that you weigh yourself every morning after urinating and prior to eating breakfast, on the "
     "same scale and wearing similar clothing, and that the result be recorded in your HF diary.",
     "Weigh yourself every morning after urinating and prior to eating breakfast, on the same scale and wearing "
     "similar clothing. Record the result in your HF diary."),
    # a "that" with no wish of its own is no second clause of the wish
    ("We suggest that the drops be used at bedtime, that is, before sleep.",
     "Use the drops at bedtime, that is, before sleep."),
    # the subject's own verb after the order: a sentence of its own (dev7 carpal tunnel)
    ("The bulky dressing applied in the operating room must be kept clean and dry and should remain in place for "
     "48 to 72 hours, after which it may be replaced with a small adhesive bandage unless otherwise instructed.",
     "Keep the bulky dressing applied in the operating room clean and dry. It should remain in place for 48 to 72 "
     "hours. After that, it may be replaced with a small adhesive bandage unless otherwise instructed."),
    ("The stitches should be kept dry and should dissolve in 2 weeks.",
     "Keep the stitches dry. They should dissolve in 2 weeks."),
    # a second passive of the same subject: an order on its pronoun (dev6 biologic pens) ...
    ("Pens must be stored at 36°F to 46°F (2°C to 8°C) and must not be frozen.",
     "Store pens at 36°F to 46°F (2°C to 8°C) and do not freeze them."),
    ("The dressing should be kept dry and should not be removed for 2 days.",
     "Keep the dressing dry and do not remove it for 2 days."),
    ("The tablets should be swallowed whole and should never be crushed or chewed.",
     "Swallow the tablets whole and never crush or chew them."),
    # ... or, with a second participle or a particle the order cannot say, a sentence of its own
    ("The drops should be kept cold and must not be frozen and then thawed.",
     "Keep the drops cold. They must not be frozen and then thawed."),
    ("The stockings should be worn all day and should be taken off at night.",
     "Wear the stockings all day. Take them off at night."),
    # ", which" after a plural the clause speaks of ("their own"): "These" (dev9 hysterectomy)
    ("The small incisions are usually closed with absorbable sutures and covered with skin glue or adhesive "
     "strips, which should be permitted to fall off on their own.",
     "The small incisions are usually closed with absorbable sutures and covered with skin glue or adhesive "
     "strips. These should be permitted to fall off on their own."),
]

UNCHANGED = [
    # a result named alone is what a clinic handles
    "It is recommended that the results be recorded in your diary.",
    # a "that" of the wish that cannot be an order: none is ("consumed" is no verb of the reader's here)
    "It is recommended that meals be consumed in smaller portions and that eating be discontinued at least 2 "
    "to 3 hours before lying down.",
    # the subject's own verb after an opening condition: the condition would not reach the cut-off sentence
    "If the skin is red, the dressing should be kept dry and should stay on.",
    # "and should" may belong to the clause inside the subject's phrase
    "The cream should be applied to skin that is red and should not be scratched.",
]


@pytest.mark.parametrize("text, expected", CHANGED)
def test_a_passive_order_reads_as_english(text, expected):
    assert_cut(text, expected)
    assert not check(text, expected, trusted=True)


@pytest.mark.parametrize("text", UNCHANGED)
def test_a_passive_the_order_cannot_say_whole_stays(text):
    assert shorten(text) == text


@pytest.mark.parametrize("mode", ["replace", "explain"])
def test_the_handouts_sentences_in_both_modes(mode):
    simplifier = plainspeak.Simplifier(mode=mode)
    gerd = simplifier.simplify(
        "It is recommended that meals be consumed in smaller portions and that eating be discontinued at least 2 to "
        "3 hours prior to lying down or retiring.").text
    assert gerd.startswith("Take meals in smaller portions and stop eating at least 2 to 3 hours ")
    strips = simplifier.simplify(
        "The small incisions are usually closed with absorbable sutures and covered with skin glue or adhesive "
        "strips, which should be permitted to fall off on their own.").text
    assert strips.endswith("adhesive strips. Allow these to fall off on their own.")
