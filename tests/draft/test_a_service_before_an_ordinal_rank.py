"""The service before a rank with an ordinal is no speaker (fixture in our own words).

On PolNeAR's train split "said Air Force 1st Lt. <name>" gave the words to "Air Force": the ordinal breaks the run of
capitals, so the service stood alone right after "said", and the lieutenant was never reached (unsure at best, as
the words said "I"; a one-word service took them surely). A run ending right before an ordinal and a rank is where
the rank is held, no name (run_qualifiers.py), as "Alabama" is in "Alabama Sen. Jo Pace".
"""

from __future__ import annotations

from quizapp.draft.run_qualifiers import held_before_an_ordinal_rank

from .speakers import pattern, sure_speakers


def test_the_officer_after_the_ordinal_rank_says_the_words() -> None:
    extraction = pattern("a_service_before_an_ordinal_rank")
    said = sure_speakers(extraction)
    assert said["Nobody has asked what"] == "Colm Brassey"
    assert said["We will vote, but"] == "Petra Quayle"
    assert said["I keep waiting for"] == "Ruth Halden"
    assert not any(person.name in {"Air Force", "Army"} for person in extraction.people)


def test_an_ordinal_before_an_ordinary_word_keeps_the_run() -> None:
    assert held_before_an_ordinal_rank("Air Force 1st Lt. Ann Cole", len("Air Force"))
    assert not held_before_an_ordinal_rank("Ann Cole 2nd place", len("Ann Cole"))
    assert not held_before_an_ordinal_rank("the Sixth Circuit 5th District", len("the Sixth Circuit"))
