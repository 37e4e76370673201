"""Words in someone else's claim are not the speaker's, whoever's name owns the claim (said_before.py).

Issue 10: a wrong sure speaker found by probing the construction; the fixture is in our own words
(tests/draft/fixtures/patterns)."""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_words_of_a_named_persons_claim_are_not_given_to_the_one_who_rejects_it() -> None:
    said = sure_speakers(pattern("someone_elses_claim_by_name"))
    # Corran's claim, which Dunne calls false: not Dunne's words but Corran's own (possessed_words.owner_of_claim)
    assert said.get("safe for now") == "Ivy Corran"
    assert said["We are looking for"] == "Ivy Corran"
