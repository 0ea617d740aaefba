"""A passive order whose list only the order lets the list rules read ("Medical evaluation should be sought
promptly for A, B, C, or D") becomes the list on the first run also when more of its paragraph follows it.
The list takes in the space before the rest of the paragraph; the edit took only the sentence, so the list
was refused there, and a second run made it (issue 6: simplifying the output again changes nothing)."""

from __future__ import annotations

import plainspeak

SOURCE = ("Heartburn can usually be managed at home.\n\n"
          "Medical evaluation should be sought promptly for difficulty swallowing, unintentional weight loss, "
          "persistent vomiting, black or tarry stools, or symptoms that persist despite 8 weeks of treatment. "
          "Emergency services (911) should be called for vomiting of blood.\n")

EXPECTED = ("Heartburn can usually be managed at home.\n\n"
            "Seek medical evaluation quickly for any of these:\n"
            "- trouble swallowing\n"
            "- weight loss without trying\n"
            "- ongoing vomiting\n"
            "- black or tarry stools\n"
            "- symptoms that continue despite 8 weeks of treatment\n\n"
            "Call emergency services (911) for vomiting of blood.\n")


def test_the_list_is_made_on_the_first_run_with_the_rest_of_the_paragraph_after_it():
    simplifier = plainspeak.Simplifier()
    once = simplifier.simplify(SOURCE)
    assert once.text == EXPECTED
    assert simplifier.simplify(once.text).text == once.text


def test_at_the_end_of_its_paragraph_the_list_is_made_as_before():
    simplifier = plainspeak.Simplifier()
    source = SOURCE.replace(" Emergency services (911) should be called for vomiting of blood.", "")
    expected = EXPECTED.replace("\n\nCall emergency services (911) for vomiting of blood.", "")
    assert simplifier.simplify(source).text == expected
