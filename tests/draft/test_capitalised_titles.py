"""A title written with a capital after "the" stands for the person given that title: "the Premier said" after
"State Premier Jo Lindqvist" (issue 10, point 2: quotations found, their speaker known, no candidate). British,
Irish and Australian papers capitalise offices ("the Premier", "the President", "the Principal Secretary"); the
descriptions were matched in lower case only, and "the President" was even taken for an organisation. A
different office is not the same title: a "Shadow health secretary" is not "the Health Secretary". Written in
our own words.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract


def _attributions(article: str) -> list[tuple[str | None, bool]]:
    extraction = extract(article)
    return [
        (person.shown if (person := extraction.person(quotation.speaker)) else None, quotation.sure)
        for quotation in extraction.quotations
    ]


def test_the_capitalised_premier_is_the_premier_named_before() -> None:
    article = (
        "State Premier Jo Lindqvist has defended the decision to keep the ferry terminal closed.\n\n"
        'Asked about criticism from the opposition, the Premier said "the terminal stays shut until it is safe".\n'
    )
    assert _attributions(article) == [("Jo Lindqvist", True)]


def test_a_capitalised_title_after_a_quotation_is_the_titled_person() -> None:
    article = (
        "Harbour Authority Principal Secretary Ana Ruiz spoke to reporters on Friday.\n\n"
        "Ruiz said the port would reopen within a week.\n\n"
        '"These channels remain open and they have kept the port safe for a decade," the Principal Secretary '
        "stated.\n"
    )
    assert ("Ana Ruiz", True) in _attributions(article)
    assert all(speaker != "Principal Secretary" for speaker, _sure in _attributions(article))


def test_a_capitalised_role_noun_before_a_name_is_part_of_that_name_not_a_title() -> None:
    article = (
        "State Premier Jo Lindqvist opened the new stadium on Saturday.\n\n"
        'The Premier League said in a statement: "The stadium will host its first match in May."\n'
    )
    assert ("Jo Lindqvist", True) not in _attributions(article)


def test_a_shadow_secretary_is_not_the_secretary() -> None:
    article = (
        'The Health Secretary said it was "deeply disappointing" that nurses had voted to strike.\n\n'
        "Tom Hale, who became Health Secretary in the summer, met union leaders on Monday.\n\n"
        'Shadow health secretary Mia Kerr accused the government of "a year of neglect".\n'
    )
    extraction = extract(article)
    said = {q.text: q.sure_speaker for q in extraction.quotations}
    kerr = next(person.id for person in extraction.people if person.name == "Mia Kerr")
    assert said.get("deeply disappointing") != kerr  # the Health Secretary's words, never the shadow's
    assert said["a year of neglect"] == kerr  # her own accusation (a verdict verb, reported.py)
