"""A name with an initial and a "Jr." after a two-word title is still a name (issue 10; fixture in our own words).

On real news a round-up's caption named its speaker as a district attorney with a middle initial and "Jr.": five
capitalised words after the title read as too long for a name, so nobody was found and the words had no speaker.
An initial or a generation suffix adds no length to a name.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_a_caption_names_a_titled_speaker_with_an_initial_and_jr() -> None:
    speakers = sure_speakers(pattern("initials_and_suffixes_after_a_long_title"))
    assert speakers["These are works that"] == "Lionel T. Brack Jr."


def test_titled_names_with_initials_speak_after_their_words() -> None:
    speakers = sure_speakers(pattern("initials_and_suffixes_after_a_long_title"))
    assert speakers["We will rebuild the"] == "Edna P. Colfax Sr."
    assert speakers["The harbour will reopen"] == "Ruth A. Okafor"
    assert speakers["Nobody warned us."] == "Dorian K. Wexley Jr."
