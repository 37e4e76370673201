"""Someone who spoke before the pronoun's person last spoke is no rival for "she said" (fixture in our own words).

The pronoun sieve doubts a "she said" in a paragraph of its own after a sentence about someone silent, when another
woman spoke in the two sentences before that one: the speech may go on with her. But when the candidate herself
speaks, or is the subject, after that other woman in those sentences ("Whitfield has said she would not ... Ellen
Kurtz said before the meeting that ... / Kurtz moved to the town ... / "...," she said."), the last voice is the
candidate's. Nor is someone of a paragraph before who is not the voice of its speech verb ("Mayor Ines Porter won
the seat by sending what has been described as a "street army"", "she argued, Obama got a lot of money"): the
speech there is not theirs to go on with. On PolNeAR's train split the two rules made 10 pronouns sure, all right
by reading (the gold's chain is wrong or missing for 5). Someone who speaks after the candidate keeps the doubt.
"""

from __future__ import annotations

from .speakers import offered, pattern


def test_the_candidate_spoke_after_the_rival() -> None:
    extraction = pattern("a_rival_named_before_the_candidate_speaks")
    assert offered(extraction, "I pay more to park") == ("Ellen Kurtz", True)


def test_a_rival_speaking_after_the_candidate_keeps_the_doubt() -> None:
    extraction = pattern("a_rival_named_before_the_candidate_speaks")
    assert offered(extraction, "Nobody wants to pay") == ("Grace Obi", False)


def test_someone_who_did_not_speak_in_the_paragraph_before_is_no_rival() -> None:
    extraction = pattern("a_rival_named_before_the_candidate_speaks")
    assert offered(extraction, "We need someone who") == ("Rosa Lind", True)
