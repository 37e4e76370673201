"""Someone new the story quotes unnamed by any noun is that someone, as written (issue 10; fixture in our own words).

On 837 real political news articles (PolNeAR, train split) thirty quotations given to "one user wrote", "said one
Republican involved in the planning", "Another commenter said" had nobody: their nouns are no role nouns, so the
role sieve let them go. A phrase opening on "a", "one" or "another" introduces someone new, so the words are that
phrase's speaker when it stands as the whole subject of the speech verb, never the name met before. A document's
words ("a statement said") are its author's to find, and an object after a verb ("shared a warning.") no speaker.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_any_noun_after_one_or_another_speaks_as_written() -> None:
    speakers = sure_speakers(pattern("someone_new_by_any_noun"))
    assert speakers["Too loud, too late"] == "one reader"
    assert speakers["The bells were drowned"] == "another parishioner"


def test_an_inverted_subject_with_a_qualifier_and_who_clause() -> None:
    speakers = sure_speakers(pattern("someone_new_by_any_noun"))
    assert speakers["The council never asked"] == "one builder familiar with the plans"


def test_the_mayor_keeps_her_own_words_and_gets_none_of_theirs() -> None:
    speakers = sure_speakers(pattern("someone_new_by_any_noun"))
    assert speakers["We heard every complaint,"] == "Helen Carrow"
    assert speakers["It was the best"] == "one shop owner's cousin"


def test_a_document_and_an_object_are_no_speakers() -> None:
    speakers = sure_speakers(pattern("someone_new_by_any_noun"))
    assert speakers["The lanterns were lovely,"] != "a statement"
    assert speakers["Please keep the quay"] != "a warning"
