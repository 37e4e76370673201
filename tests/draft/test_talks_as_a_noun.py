"""A speech word in -s after a preposition or a determiner is a noun, not the said-clause's verb (issue 10; fixture
in our own words).

On real news "<president> signaled that officials were back in talks, praising their latest statement offering to
meet "..."" gave the quoted words, the statement's, surely to the president: "talks" (a verb in "Reid talks about")
was read as the last speech verb before them. After "in", "the" or "their" a word in -s is never a verb, so no
said-clause is found there and the words have no sure speaker; a said-clause of the same person elsewhere keeps
its own.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_talks_after_in_is_no_speech_verb() -> None:
    assert sure_speakers(pattern("talks_as_a_noun"))["at any hour, in"] is None


def test_the_said_clause_after_keeps_its_speaker() -> None:
    assert sure_speakers(pattern("talks_as_a_noun"))["We will see where"] == "Ana Ruiz"
