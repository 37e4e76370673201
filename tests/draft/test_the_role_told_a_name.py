""" "...," the mayor told Tomas Reddan: the mayor speaks, Reddan listens; "mayor" is not Reddan's title.

title_holders.py gives a definite role to the one person named with its words before their name. It read the
four words before "Tomas Reddan" as his title, speech verb and all ("the mayor told"), so the mayor's words went
surely to the skipper they were said to. The words before a name title it only after the last speech verb among
them. Fixture in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_listener_after_told_does_not_hold_the_speakers_role() -> None:
    assert sure_speakers(pattern("the_role_told_a_name"))["We will rebuild the"] != "Tomas Reddan"
