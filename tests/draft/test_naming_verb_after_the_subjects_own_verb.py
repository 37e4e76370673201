"""A short characterization after a naming verb ("called him a "..."") that hangs on the sentence's subject: joined by
"and" to a verb of reaction whose object is named ("mocked Grant and called him"), or a participle after a comma that
ends a claim's content ("repeated claims that ..., calling it"), or after a clause of the subject's pronoun opened by
", and" ("..., and she has fought the board since, at one point calling"). Written in our own words; the subject of
the main clause is the subject of such a verb, unless another subject or a relative clause stands between them.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

LEDE = "Harbour minister Tomas Velde and councillor Ana Ruiz met islanders in Westport on Monday.\n\n"


def _attributions(paragraph: str) -> list[tuple[str, str | None, bool]]:
    extraction = extract(LEDE + paragraph + "\n")
    return [
        (quotation.text, person.shown if (person := extraction.person(quotation.speaker)) else None, quotation.sure)
        for quotation in extraction.quotations
    ]


def test_a_naming_verb_joined_to_a_reaction_with_a_named_object_is_the_subjects() -> None:
    attributions = _attributions("Velde mocked Ruiz on Tuesday and called her a “weathervane.”")
    assert attributions == [("weathervane.", "Tomas Velde", True)]


def test_a_naming_verb_after_a_said_clause_with_its_own_subject_stays_unclaimed() -> None:
    attributions = _attributions("Velde said Ruiz had lied and called him a “weathervane.”")
    assert all(not sure for _text, _speaker, sure in attributions)


def test_a_participle_after_a_claims_content_hangs_on_the_main_clause() -> None:
    paragraph = "Velde repeated claims that Ruiz misleads the island, calling her a “weathervane.”"
    assert _attributions(paragraph) == [("weathervane.", "Tomas Velde", True)]


def test_a_participle_inside_someone_elses_claim_stays_theirs() -> None:
    paragraph = "Velde rejected claims by Ruiz that the ferry was calling at “empty piers.”"
    assert all(speaker != "Tomas Velde" for _text, speaker, _sure in _attributions(paragraph))


def test_criticism_of_someone_for_naming_is_not_the_critics_words() -> None:
    paragraph = "Velde criticized Ruiz for calling the timetable “a shambles.”"
    assert all(speaker != "Tomas Velde" or not sure for _text, speaker, sure in _attributions(paragraph))


def test_a_participle_after_a_clause_of_the_subjects_pronoun_is_hers() -> None:
    paragraph = (
        "Ruiz backed the ferry plan in her first term, but the money ran out, and she has fought the operator "
        "ever since, at one point calling its owner a “pirate.”"
    )
    assert _attributions(paragraph) == [("pirate.", "Ana Ruiz", True)]


def test_what_she_called_closing_its_clause_is_hers() -> None:
    paragraph = (
        "Ruiz said on Monday that she had phoned Velde after the vote, to wish him well after what she called "
        "“a patient and generous effort.”"
    )
    assert _attributions(paragraph) == [("a patient and generous effort.", "Ana Ruiz", True)]


def test_what_he_calls_inside_a_longer_phrase_stays_a_term() -> None:
    paragraph = "Velde said talks over what he calls the “deeper faults” of the timetable must come first."
    assert _attributions(paragraph) == []


def test_a_naming_verb_joined_to_a_reaction_in_a_when_clause_is_that_clauses_subjects() -> None:
    paragraph = "The debate turned sour, as when Velde knocked Ruiz on fares and called her a “weathervane.”"
    assert _attributions(paragraph) == [("weathervane.", "Tomas Velde", True)]
