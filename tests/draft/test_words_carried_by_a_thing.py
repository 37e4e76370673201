"""Words a headline, a crowd's song or emails received carry are nobody's (carried_words.py).

Issue 10: wrong sure speakers found by probing the constructions; the fixture is in our own words
(tests/draft/fixtures/patterns). The words go to nobody, never to the one who reads, hears or gets them."""

from __future__ import annotations

from quizapp.draft.carried_words import carried_by_a_thing

from .speakers import pattern, sure_speakers


def test_a_headline_a_song_or_emails_received_are_nobodys_words() -> None:
    said = sure_speakers(pattern("words_carried_by_a_thing"))
    assert said.get("stand up for the") is None  # the fans sang it, not the manager who thanked them
    assert said.get("Tolley must go") is None  # a headline the players saw
    assert said.get("enough is enough") is None  # the emails' senders, not the chairwoman who got them
    assert said["I will not sack"] == "Bettina Oyelaran"


def test_messages_count_only_when_received_and_a_relative_clause_only_when_it_sings_or_shouts() -> None:
    received = "Ruiz said she had received emails saying "
    assert carried_by_a_thing(received, 0, len(received))
    posted = "Ruiz posted a message saying "
    assert not carried_by_a_thing(posted, 0, len(posted))  # her own message: her words
    sung = "Reid thanked the fans who had sung "
    assert carried_by_a_thing(sung, 0, len(sung))
    praised = "Reid thanked the fans who had called it "
    assert not carried_by_a_thing(praised, 0, len(praised))
