"""An organization named before a role and a person: `said Environment Agency area manager Priya Raman`.

English puts a person's employer before the role and the name ("Microsoft chief financial officer
Amy Hood", "Environment Agency area manager Priya Raman"). When the role is written in lowercase
the people model sees two names, the organization and the person; after a speech verb the first
is not the speaker but whom the speaker works for. Only a short run of lowercase role words, ending
in a role noun (a comma may set the name off after it), may stand between them: anything else ("said the
Agency and Priya Raman") is left as it was.
"""

from __future__ import annotations

import re

from quizapp.draft.lexicon import OCCUPATIONS, ROLE_NOUNS
from quizapp.draft.person import Mention, Person

_ROLE_WORDS = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)),?\s+$")
"""Between the organization and the name: up to four lowercase words, the last of them a role noun, and perhaps
the comma that sets the name off as the role's holder ("Lenham Council chair, Councillor Mark Tulloch, said")."""


def employee_after(text: str, employer: Mention, following: list[Mention], people: dict[str, Person]) -> Mention:
    """The person a role names right after their employer (`employer` when there is none): the speaker."""
    if people.get(employer.person) is None or not following:
        return employer
    named = following[0]
    if named.person == employer.person or people.get(named.person) is None:
        return employer
    if people[named.person].kind != "person":
        return employer
    between = _ROLE_WORDS.fullmatch(text, employer.end, named.start)
    if between is None or (between.group(2) not in ROLE_NOUNS and between.group(2) not in OCCUPATIONS):
        return employer
    if people[employer.person].kind != "organization" and "," not in text[employer.end : named.start]:
        return employer  # only a comma makes "said Sir Ian Hale School head, Ana Ruiz" a school named for someone
    return named
