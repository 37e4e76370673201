"""An unnamed role opening the clause the colon ends is its speaker, not the person named in the clause before:
"Vale was not available, but a spokeswoman said:" (issue 10, point 2: unnamed speakers were given to someone
named nearby). Written in our own words; a common construction when someone declines to comment.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

LEDE = "Transport minister Nina Vale faced questions over late trains on Monday.\n\n"


def _speakers(paragraph: str) -> list[str | None]:
    extraction = extract(LEDE + paragraph + "\n")
    return [
        person.shown if (person := extraction.person(quotation.sure_speaker)) else None
        for quotation in extraction.quotations
    ]


def test_a_role_after_but_is_the_speaker_not_the_name_before() -> None:
    assert _speakers('Vale was not available, but a spokeswoman said: "The minister is travelling."') == [
        "a spokeswoman"
    ]


def test_a_role_after_a_comma_and_is_the_speaker() -> None:
    paragraph = 'Vale declined to comment, and a spokesman for the ministry told reporters: "Trains will improve."'
    assert _speakers(paragraph) == ["a spokesman for the ministry"]


def test_a_name_and_a_role_joined_as_one_subject_give_the_words_to_neither_role_alone() -> None:
    assert _speakers('Vale and a spokeswoman said: "We are travelling."') != ["a spokeswoman"]
