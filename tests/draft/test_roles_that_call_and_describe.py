"""An unnamed role that calls or describes before the words: `one strategist called the talks "..."`.

Written in our own words after election and council reports. A verb that introduces words only before them
("called", "described") right after a role is that role's said-clause, as "said" is (role_speakers.py); and
"one X" picks someone of a group, never the "the X" the article met before.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .speakers import sure_speakers


def test_a_role_right_before_called_is_the_speaker() -> None:
    article = (
        "Port talks stall\n\n"
        "Ana Ruiz met Tom Hale on Monday to discuss the port deal. Ruiz has led the talks since May.\n\n"
        'One strategist called the talks "a slow dance with no music at all."\n'
    )
    assert sure_speakers(extract(article))["a slow dance with"] == "one strategist"


def test_one_of_a_group_is_not_the_role_met_before() -> None:
    article = (
        "Council row\n\n"
        'The councillor, who represents the harbour ward, said the plan was "a threat to every family here."\n\n'
        'The plan went to a vote in May; one councillor called it "the worst idea in a generation."\n'
    )
    said = sure_speakers(extract(article))
    assert said["a threat to every"] == "the councillor"
    assert said["the worst idea in"] == "one councillor"  # someone else of the council, not the councillor before
