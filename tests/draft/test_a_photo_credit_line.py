"""A photo's credit line names its photographer, no one of the story (fixture in our own words).

A line that is only a name and an agency ("<Name> / Reuters.", "<Name> via Getty Images.") stood between a caption
and a "he said": the photographer was taken for a person of the story, the nearest name before the pronoun.
"""

from __future__ import annotations

from quizapp.draft.photo_credits import credit_lines

from .speakers import pattern, sure_speakers


def test_a_credit_line_makes_no_person() -> None:
    names = {person.name for person in pattern("a_photo_credit_line").people}
    assert "Peter Wendell" not in names
    assert "Mark Olsen" not in names
    assert {"Tom Ruiz", "Dana Pike"} <= names


def test_the_pronoun_after_a_credit_is_never_the_photographer_s() -> None:
    assert sure_speakers(pattern("a_photo_credit_line"))["We built it to"] != "Peter Wendell"


def test_credit_lines_are_whole_lines_of_a_name_and_an_agency() -> None:
    text = "AP Photo/Jo Lane\nREUTERS/Jo Lane\nJo Lane/AFP/Getty Images\nShe said it via Reuters.\nJo Lane of AP.\n"
    assert [text[start:end] for start, end in credit_lines(text)] == [
        "AP Photo/Jo Lane",
        "REUTERS/Jo Lane",
        "Jo Lane/AFP/Getty Images",
    ]
