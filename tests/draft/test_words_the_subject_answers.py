"""After a speech verb, words that are someone else's statement are no one's for sure.

`Ruiz responded to a statement credited to Okoye that "..."`: the words are the statement's, as credited to
Okoye, and Ruiz only answers them (disowned_words.py). It was a sure wrong speaker on an unseen article. The
fixture is in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("words_the_subject_answers"))


def test_a_statement_credited_to_someone_is_not_the_answering_subjects() -> None:
    assert _said().get("the board is asleep") is None


def test_plain_said_clauses_keep_their_speaker() -> None:
    said = _said()
    assert said["we will keep asking"] == "Piet Horvath"
    assert said["the harbour will reopen"] == "Ana Ruiz"
    assert said["the board has never"] == "Ana Ruiz"  # her own speech verb after the credited remarks
