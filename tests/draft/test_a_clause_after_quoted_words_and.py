"""A closing quotation mark before "and" ends a clause: the name after it is no second subject (our own words).

On PolNeAR's train split "<one candidate> accuses Obama of "..." and <another> says he's "..."" left the second
candidate's words unsure, "the speech verb has two subjects": the test for "X and Y said" took the quotation mark
before "and" for the end of a first subject's name. Quoted words end the clause before, as a comma does there
(listeners.py); "Holm and Marsh said" keeps its doubt.
"""

from __future__ import annotations

from .speakers import offered, pattern


def test_the_name_after_quoted_words_and_is_the_lone_subject() -> None:
    extraction = pattern("a_clause_after_quoted_words_and")
    assert offered(extraction, "selling the harbour") == ("Petra Holm", True)
    assert offered(extraction, "a gift to the") == ("Ivo Marsh", True)


def test_two_names_joined_by_and_still_share_the_words() -> None:
    assert offered(pattern("a_clause_after_quoted_words_and"), "the vote must wait") == ("Ivo Marsh", False)
