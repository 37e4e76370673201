"""`Kettering said Ormsby's remarks "have frightened every family"`: Kettering's words about Ormsby's remarks.

possessed_words.py gives words set beside a possessive noun of saying ("Ormsby's remarks, "..."") to the
possessor. Its comma was optional, so a possessive noun opening a clause after "said" or "that", whose predicate
the quoted words are, gave them surely to the one whose remarks they judge. Without a comma and away from a
clause's opening ("rejected Ormsby's claim "..."") the words are still the possessor's. Fixture in our own words.
"""

from __future__ import annotations

from quizapp.draft.possessed_words import possessor_of_saying

from .speakers import pattern, sure_speakers


def test_words_said_of_someones_remarks_are_not_theirs() -> None:
    speakers = sure_speakers(pattern("possessed_words_as_subject"))
    assert speakers["have frightened every family"] != "Declan Ormsby"
    assert speakers["was never worth saving"] == "Declan Ormsby"


def test_a_possessive_opening_a_clause_owns_no_words_without_a_comma() -> None:
    for text in ("Kettering said Ormsby's remarks ", "Kettering told us that the chair's reply "):
        assert possessor_of_saying(text, 0, len(text)) is None
    for text in ("Kettering said Ormsby's remarks, ", "Kettering rejected Ormsby's claim "):
        assert possessor_of_saying(text, 0, len(text)) == text.index("'s")
