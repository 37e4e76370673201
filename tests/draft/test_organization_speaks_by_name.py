"""An organization speaks by its bare name (issue 10, speed: read where the name is written, no pattern per name).

What a teacher would see if this went wrong: a company that says something in the story ("Hermes said")
left out of the who-said questions, or a surname next to a stray "said" taken for a company.
"""

from __future__ import annotations

import pytest

from quizapp.draft.organization_evidence import speaks_by_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Profits rose. Norvik Motors said on Monday that", "Norvik Motors"),
        ("Profits rose, said\tNorvik Motors.", "Norvik Motors"),
        ("Norvik Motors  told investors", "Norvik Motors"),
        ("Norvik Motors-owned plants closed. Norvik Motors said", "Norvik Motors"),  # the second one speaks
    ],
)
def test_a_name_before_a_speech_verb_or_after_said_speaks(text: str, name: str) -> None:
    assert speaks_by_name(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Norvik Motorsport said", "Norvik Motors"),  # a longer word
        ("the Norvik Motors-said rumour", "Norvik Motors"),
        ("Anti-Norvik Motors said", "Norvik Motors"),  # a hyphen before the name joins it to another word
        ("unsaid Norvik Motors", "Norvik Motors"),  # "said" inside a longer word
        ("said Norvik Motors-owned plants", "Norvik Motors"),
        ("Norvik Motors, its rival said", "Norvik Motors"),  # a comma between: not the verb's subject
        ("said\nNorvik Motors", "Norvik Motors"),  # a line break is no space within a sentence's clause
        ("Norvik Motors sold cars", "Norvik Motors"),
    ],
)
def test_a_name_not_next_to_a_speech_verb_does_not_speak(text: str, name: str) -> None:
    assert not speaks_by_name(text, name)


def test_a_name_written_thousands_of_times_is_read_for_speech_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hostile text: "the fashion group Hermes" 5,000 times read the whole text once per place (quadratic)."""
    import quizapp.draft.people as people
    from quizapp.draft.extraction import extract

    names: list[str] = []

    def counted(text: str, name: str) -> bool:
        names.append(name)
        return speaks_by_name(text, name)

    monkeypatch.setattr(people, "speaks_by_name", counted)
    extract("The fashion group Hermes, known for scarves, grew. " * 5000)
    assert names == ["Hermes"]
