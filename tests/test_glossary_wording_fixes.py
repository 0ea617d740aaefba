"""Glossary wordings fixed after handouts showed them wrong: a named syndrome is explained whole, so no
word inside it is rewritten on its own ("GLUT1 deficiency syndrome" never reads "GLUT1 shortage
syndrome"), and a plural cell type gets a plural wording."""

from __future__ import annotations

import plainspeak


def test_glut1_deficiency_syndrome_is_explained_whole():
    engine = plainspeak.Simplifier()
    assert engine.simplify("Her son has GLUT1 deficiency syndrome.").text == \
        "Her son has GLUT1 deficiency syndrome (an inherited lack of sugar in the brain)."


def test_white_cell_types_are_explained_in_their_own_number():
    # the plural term gets the plural wording, never "a kind of white blood cell" after "monocytes"
    engine = plainspeak.Simplifier()
    assert engine.simplify("The smear showed basophils and one monocyte.").text == \
        ("The smear showed basophils (white blood cells that take part in allergies) and one monocyte "
         "(white blood cell that fights germs).")


def test_the_spelled_out_syndrome_and_its_short_form_stay_one_name():
    # "GLUT1-DS" was read as the sig code "DS" (double-strength)
    engine = plainspeak.Simplifier()
    assert engine.simplify("Children with glucose transporter 1 deficiency syndrome (GLUT1-DS) often have seizures.").text == \
        ("Children with an inherited lack of sugar in the brain (glucose transporter 1 deficiency syndrome, or GLUT1-DS) "
         "often have seizures.")
