"""`When a fisherman shouted, "Sell the lot," Dunne joked, "Make me an offer first."`: the fisherman's words.

The said-after sieve gave a quotation to the said-clause right after it. When the words are set in a clause with a
speech verb of its own (someone else shouts them) and the said-clause's one verb goes on to the next words of the
sentence, the said-clause is those next words'; the first words stay unsure (other_voices.py). Interrupted words
with no other voice before them (`The new pier "...," Dunne said, "..."`) are still the said-clause's.
Fixture in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_words_in_another_voices_clause_are_not_the_next_said_clauses() -> None:
    speakers = sure_speakers(pattern("said_clause_of_the_next_words"))
    assert speakers["Sell the lot,"] is None
    assert speakers["Make me an offer"] == "Colm Dunne"


def test_interrupted_words_keep_their_said_clause() -> None:
    speakers = sure_speakers(pattern("said_clause_of_the_next_words"))
    assert speakers["will be open by"] == "Colm Dunne"
    assert speakers["whatever the weather does."] == "Colm Dunne"
