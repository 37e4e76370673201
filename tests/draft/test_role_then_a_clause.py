"""An unnamed speaker set off from the speech verb by a clause is still its subject: `"...," a neighbour, who did
not want to be named, told reporters` (issue 10, point 2: found, and nobody offered). A name with such a clause
("Adhanom, who was in Juba, told reporters") was read across it; a role ("a neighbour", "a fire service
spokesman") had to be followed by the verb itself. Written in our own words; people who will not be named are
introduced this way in every paper.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

LEDE = "Firefighters fought a blaze on Elm Street for six hours on Tuesday.\n\n"


def _attributions(paragraph: str) -> list[tuple[str | None, bool]]:
    extraction = extract(LEDE + paragraph + "\n")
    return [
        (person.shown if (person := extraction.person(quotation.speaker)) else None, quotation.sure)
        for quotation in extraction.quotations
    ]


def test_a_role_and_a_relative_clause_after_the_quotation() -> None:
    paragraph = '"The smoke came through the walls first," a neighbour, who did not want to be named, told reporters.'
    assert _attributions(paragraph) == [("a neighbour", True)]


def test_a_role_and_a_participle_clause_after_the_quotation() -> None:
    paragraph = '"We are lucky nobody was hurt," a fire service spokesman, speaking at the scene, said.'
    assert _attributions(paragraph) == [("a fire service spokesman", True)]


def test_a_role_and_a_relative_clause_before_the_quotation() -> None:
    paragraph = 'A neighbour, who lives at the end of the street, said the alarm "never went off that night".'
    assert _attributions(paragraph) == [("a neighbour", True)]


def test_a_role_whose_clause_names_someone_else_is_not_given_their_words() -> None:
    paragraph = (
        '"The smoke came through the walls first," a neighbour of fire chief Ann Bell, who was at the scene, said.'
    )
    assert ("Ann Bell", True) not in _attributions(paragraph)
