"""A name followed by "whom" and a speech verb is that verb's object (said_before.py).

`strategist Ana Ruiz, whom one colleague described as "a machine"`: the colleague describes, Ruiz is described.
The words are not Ruiz's; they are the unnamed describer's, kept as its role ("one member") when the role reads as
one (role_speakers.py), else nobody's. The fixture is in our own words.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .speakers import sure_speakers


def test_the_name_before_whom_is_not_the_speaker() -> None:
    text = (
        "The council hired strategist Ana Ruiz last spring.\n\n"
        'Her closest ally is planner Tomas Berg, whom one member described as "her shadow in every meeting."\n\n'
        'His own mentor is engineer Paul Lind, whom one old colleague described as "the last honest man here."\n'
    )
    said = sure_speakers(extract(text))
    assert said["her shadow in every"] == "one member"  # never Berg's
    assert said["the last honest man"] is None
