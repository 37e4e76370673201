"""An organization named before a role and a person: `said Environment Agency area manager Priya Raman`.

English puts a person's employer before the role and the name ("Microsoft chief financial officer
Amy Hood", "Environment Agency area manager Priya Raman"). When the role is written in lowercase
the people model sees two names, the organization and the person; after a speech verb the first
is not the speaker but whom the speaker works for. Only a short run of lowercase role words, ending
in a role noun (a comma may set the name off after it), may stand between them: anything else ("said the
Agency and Priya Raman") is left as it was.

The employer's name may look like a person's: a school or a ship named after someone ("said Lady Ada Hart
headteacher, Carol Whitby"). A person's name never takes a bare role after it without a comma, so a name, a
role and a comma before a second person's name make the first a name of the place they work, and the second
the speaker.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import OCCUPATIONS, ROLE_NOUNS
from quizapp.draft.person import Mention, Person

_ROLE_WORDS = lazy_compile(r"\s+((?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]*)),?\s+$")
"""Between the organization and the name: up to four lowercase words, the last of them a role noun, and perhaps
the comma that sets the name off as the role's holder ("Lenham Council chair, Councillor Mark Tulloch, said")."""


_ABUTTING = lazy_compile(r"[ \t]*,?[ \t]+")
"""Nothing but a space or a comma between an organization the capitals made and a person: the organization is a
capitalised title the person holds ("State Rep.", "Teachers Union President,") or where they work, never a second
speaker named before the first."""


def names_employer(text: str, employer: Mention, holder: Mention) -> bool:
    """Whether `employer` is named right before a role `holder` holds there ("Acme chief executive Ian Lowe",
    "Ada Hart headteacher, Carol Whitby"): where the holder works, not someone else in the story."""
    between = _ROLE_WORDS.fullmatch(text, employer.end, holder.start)
    return between is not None and (between.group(2) in ROLE_NOUNS or between.group(2) in OCCUPATIONS)


def employee_after(text: str, employer: Mention, following: list[Mention], people: dict[str, Person]) -> Mention:
    """The person a role names right after their employer (`employer` when there is none): the speaker."""
    if people.get(employer.person) is None or not following:
        return employer
    named = following[0]
    if named.person == employer.person or people.get(named.person) is None:
        return employer
    if people[named.person].kind != "person":
        return employer
    if people[employer.person].kind == "organization" and _ABUTTING.fullmatch(text, employer.end, named.start):
        return named  # "said State Rep. Ann Reid", "says Teachers Union President, Ann Reid": the title's capitals
    between = _ROLE_WORDS.fullmatch(text, employer.end, named.start)
    if between is None or (between.group(2) not in ROLE_NOUNS and between.group(2) not in OCCUPATIONS):
        return employer
    if (
        people[employer.person].kind != "organization"
        and "," not in text[employer.end : named.start]
        and len(text[employer.start : employer.end].split()) > 1
    ):
        return employer  # only a comma makes "said Sir Ian Hale School head, Ana Ruiz" a school named for someone
    return named
