"""An unnamed voice between a named person and "he said" (issue 10; fixture in tests/draft/fixtures/patterns,
our own words): "Outside, a fisherman ... said he had sold a boat. "...," he said." means the fisherman, not
the minister named a paragraph before. Such voices are mostly plain nouns no role list holds ("fisherman",
"successor"), or a listed role after "by" ("opposed by a local shopkeeper, who said"); the pronoun's named
candidate stays only as unsure. Found probing the pronoun sieve after judging real articles nobody had tuned on."""

from __future__ import annotations

from quizapp.draft.unnamed_speakers import unnamed_speaker_between

from .speakers import pattern, sure_speakers


def test_an_unnamed_voice_before_the_pronoun_leaves_the_named_person_unsure() -> None:
    extraction = pattern("unnamed_voice_before_a_pronoun")
    said = sure_speakers(extraction)
    assert said["It is a good"] == "Peter Lund"  # nobody else speaks between: still his
    assert said["Nobody will come down"] is None  # the shopkeeper's
    assert said["I cannot feed my"] is None  # the fisherman's
    assert said["She built this club"] is None  # her successor's, about her
    assert said["I thought I was"] is None  # one of the men rescued, not the officer
    doubts = {" ".join(q.text.split()[:4]): q.doubt or "" for q in extraction.quotations if not q.sure}
    assert "a fisherman" in doubts["I cannot feed my"]


def test_only_a_person_who_speaks_or_opens_a_sentence_and_fits_the_pronoun_counts() -> None:
    def voice(text: str, gender: str = "male") -> str | None:
        return unnamed_speaker_between(text, 0, len(text), gender)

    assert voice("Outside, a fisherman from the coast said he had sold a boat.") == "a fisherman"
    assert voice("The plan was opposed by a local shopkeeper, who said it would ruin him.") == "a local shopkeeper"
    assert voice("The paper said the plan was late.") is None  # a newspaper, and "the": mostly a company
    assert voice("A spokeswoman for the port said it was closed.") is None  # "he" cannot mean her
    assert voice("He met a farmer on the way home.") is None  # a farmer who neither speaks nor opens the sentence
    assert voice("Later. One of the men, a driver, thanked the crew.") == "One of the men"
    assert voice("Later. His car hit a cyclist on the road.") is None  # the cyclist is the object, after a verb
    assert voice("Later. Their players thanked the fans.") is None  # many: not the one "he" who speaks
    assert voice('She told "a fisherman said so" to the court.') is None  # inside a quotation: someone's words
