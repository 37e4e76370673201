"""An article pasted with hidden characters drafts a bank that shows the words as the article prints them.

Escape sequences, a bell, zero-width marks and direction overrides are invisible in a browser but reach a
drafted bank; there a right-to-left override would make a prompt read reversed in the teacher's editor
("Trojan Source"). Drafting removes them; right-to-left letters themselves are kept.
"""

from __future__ import annotations

import tomli

from quizapp.bank.loader import parse_bank_text
from quizapp.draft import draft_article

_ARTICLE = (
    "Library reopens in Ashby after flood repairs\n\n"
    'Mayor Ann Reid said: "We \x1b[31mwaited\x1b[0m fourteen weeks for this\x07 day, and the shelves are full."\n\n'
    '"Readers missed the quiet room\u202e more than anything," said Tom Hale, who runs the reading group.\n\n'
    '"The children\u2066s corner\u2069 is twice the size it was," said Joan Pike, a volunteer since 2019.\n\n'
    "The new sign over the door reads \u05e1\u05e4\u05e8\u05d9\u05d4 as well as Library, for Hebrew readers.\n"
)
_HIDDEN = ("\x1b", "\x07", "\u202e", "\u2066", "\u2069")


def test_a_drafted_bank_holds_no_escape_sequence_bell_or_direction_override() -> None:
    bank_text = draft_article(_ARTICLE, include_unsure=True).to_toml()

    assert not [mark for mark in _HIDDEN if mark in bank_text]
    prompts = " ".join(question["prompt"] for question in tomli.loads(bank_text)["questions"])
    assert "Readers missed the quiet room more than anything" in prompts  # the words read as printed
    bank, problems = parse_bank_text(bank_text, "drafted.toml")
    assert bank is not None and problems == ()  # and the bank is valid


def test_right_to_left_letters_are_kept_when_the_marks_around_them_go() -> None:
    extraction = draft_article(_ARTICLE, include_unsure=True).extraction

    assert "\u05e1\u05e4\u05e8\u05d9\u05d4" in extraction.text
    assert not [mark for mark in _HIDDEN if mark in extraction.text]


def test_a_run_of_thousands_of_possessives_drafts_instead_of_running_out_of_stack() -> None:
    """ "Ann's Ann's ... spokesman Bo Li said": each owner's possessive cuts the capitalised run, and a pasted
    page repeating one thousands of times once made the drafter recurse once per word and crash."""
    owners = "Ann's " * 5000
    article = f'Harbour news\n\n{owners}spokesman Bo Li said: "The harbour reopens in May, and the ferries with it."\n'
    draft = draft_article(article)
    assert [person.name for person in draft.extraction.people if person.name == "Bo Li"] == ["Bo Li"]
    assert "The harbour reopens in May" in draft.to_toml()
