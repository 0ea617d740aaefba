"""Two things substitution broke (issue 6: singular/plural agreement; no text said twice):
- plain words with a plural head standing for a singular subject kept its singular verb: "No further
  imaging is required" read "No further scans is needed". The verb right after the term now agrees
  with the plain words' head, only where the term is the subject (not after "of") and the plain words
  are a noun phrase (not "how well it works");
- explain mode wrote a term twice when its plain words, less the word the text repeats after it, are
  the term itself: "The PET scan" read "The PET (PET) scan", and "C. diff (C. diff)", "resolved
  (resolved)"."""

from __future__ import annotations

import pytest

import plainspeak


@pytest.mark.parametrize("text, expected", [
    ("No further imaging is required.", "No further scans are needed."),
    ("Imaging was normal.", "Scans were normal."),
    ("Sleep hygiene is important.", "Sleep habits are important."),
    ("Imaging isn't needed.", "Scans aren't needed."),
    # a singular head, and a term after a preposition, keep the verb
    ("The pleura is thin.", "The lining of the lungs (pleura) is thin."),
    ("The cost of imaging is high.", "The cost of scans is high."),
    ("Diabetes is common.", "Diabetes is common."),
])
def test_the_verb_after_plural_plain_words_agrees(text, expected):
    assert plainspeak.simplify(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("The PET scan showed a node.", "The PET scan showed a node."),
    ("A PET showed a node.", "A PET (PET scan) showed a node."),
    ("Your cardiac rehabilitation program starts Monday.", "Your heart rehab program (cardiac rehabilitation) starts Monday."),
])
def test_a_term_is_never_explained_by_itself(text, expected):
    assert plainspeak.simplify(text).text == expected
