"""A sentence closed by an inverted said-clause ("..., said Rook, in the chamber.") reports its subject's speech, so
the words right after it in the paragraph are theirs, as after "..., Rook said." (said_before.py).

Issue 10: council write-ups lost such quotations with no speaker; the fixture is in our own words
(tests/draft/fixtures/patterns). A role after the verb speaks too, whether the clause ends with it ("said the
spokesperson.") or it runs on into more words ("said the clerk of the council.", read by reported.py).
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_name_after_an_inverted_verb_speaks_the_next_words() -> None:
    said = sure_speakers(pattern("inverted_said_clause_then_the_words"))
    assert said["The motion is simply"] == "Ines Rook"


def test_a_role_after_an_inverted_verb_speaks_them_short_or_long() -> None:
    said = sure_speakers(pattern("inverted_said_clause_then_the_words"))
    assert said["Publishing such a list"] == "the spokesperson"
    assert said["We counted the hands"] == "the clerk of the council"
