"""Words a pronoun's person relays from someone else are not surely hers (issue 10; fixture in our own words).

"She said her client had told the probation officer: "..."" gave the client's words surely to the barrister: the
colon sieve reads whether a named subject relays an inner speaker's words ("<name> said her son had told her:"),
but not when the subject is a pronoun, and "had written" was no speech verb for it at all. Both now relay: the
words are the client's, whom the article does not name, so nobody is sure; the barrister's own words stay hers.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_after_she_said_the_clients_words_are_not_hers() -> None:
    assert sure_speakers(pattern("she_relays_her_clients_words"))["I cannot undo what"] is None


def test_had_written_relays_too() -> None:
    assert sure_speakers(pattern("she_relays_her_clients_words"))["I am sorry for"] is None


def test_her_own_words_stay_hers() -> None:
    speakers = sure_speakers(pattern("she_relays_her_clients_words"))
    assert speakers["He will spend the"] == "Claire Dunmore"
