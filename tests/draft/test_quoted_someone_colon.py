"""Words after "X quoted Y:" are Y's as X relays them, not surely X's (issue 10).

"Carrow quoted Tom Pellow, the harbour master who retired last year: "..."" made Carrow the sure speaker, as the
subject of the clause the colon ends, though the words are Pellow's: "quoting" already left a speaker unsure, the
active "quoted" with its person did not. "Quoted" with no person after it ("Pellow, quoted in the report") is
still the speaker's own words. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_words_after_x_quoted_y_are_not_surely_xs() -> None:
    said = sure_speakers(pattern("quoted_someone_colon"))
    assert said["A harbour is only"] is None


def test_plain_said_clauses_beside_it_keep_their_speakers() -> None:
    said = sure_speakers(pattern("quoted_someone_colon"))
    assert said["We will mend every"] == "Helen Carrow"
    assert said["I am quoted in"] == "Tom Pellow"
