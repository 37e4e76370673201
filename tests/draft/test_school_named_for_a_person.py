"""A school named after someone, before its head's role and name, is not the speaker nor a rival to them.

`"...", said Lady Anne Marsh headteacher, Carol Whitby.` reads the school's name as a person's ("Lady" is a title);
a person's name never takes a bare role after it, so a name, a role noun and a comma before a second name make
the first where the second works. Before, the school was the sure speaker of the head's words, and the paragraph
of her words after them stayed unsure, the school counting as someone named in between. The fixture is in our
own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def _said() -> dict[str, str | None]:
    return sure_speakers(pattern("school_named_for_a_person"))


def test_the_head_named_after_the_school_is_the_speaker() -> None:
    assert _said()["We are very proud"] == "Carol Whitby"


def test_the_words_after_hers_go_on_with_her() -> None:
    assert _said()["Maths results rose again"] == "Carol Whitby"


def test_a_role_after_a_plain_name_still_names_that_person() -> None:
    assert _said()["The staff worked through"] == "Tom Baines"
