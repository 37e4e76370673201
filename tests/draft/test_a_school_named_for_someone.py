"""A role set off by a comma after a namesake's name is held by the name after it (issue 10; fixture in our words).

On real news "said Sir <Founder> headteacher, <Name>." gave the words surely to the founder the school is named
after, because the employer before a role was read only when it was an organization. A person's name, then a
role and a comma, then another name, is a body named for someone: the holder after the comma speaks.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_holder_after_the_comma_speaks_not_the_namesake() -> None:
    said = sure_speakers(pattern("a_school_named_for_someone"))
    assert said["Every pupil here has"] == "Nadia Okonedo"
