"""Descriptions that stand for an organization already named: "the company", "the club", "the ministry".

"The company said" is the organization last named that a company can be; "the club" one whose name says it is a
club. Kept apart from the descriptions of people (descriptors.py): these are linked by nearness and the kind the
noun names, before any person's description, and the rules for what a noun can stand for (`fits_organization`)
are also read by bodies.py, for a body that speaks unnamed.
"""

from __future__ import annotations

import bisect
import re

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ORGANIZATION_NOUNS, alternation
from quizapp.draft.person import Mention, Person
from quizapp.draft.spans import Spans
from quizapp.draft.the_phrases import after_the

_ORGANIZATION_DESCRIPTOR = lazy_compile(
    r"he\s+(?:" + alternation(sorted(ORGANIZATION_NOUNS, key=len, reverse=True)) + r")(?:['’]s)?\b"
)
"""`[Tt]he <organization noun>`, from its "he": see `after_the`."""


def organization_descriptions(
    text: str, body_start: int, quoted: Spans, people: list[Person], mentions: list[Mention], known: set[int]
) -> list[Mention]:
    """ "the company said" -> the organization last named before it: a mention for each description linked,
    in text order. `known` are the starts of mentions already found, which no description takes again."""
    organizations = {person.id for person in people if person.kind == "organization"}
    if not organizations:
        return []
    named = sorted((m for m in mentions if m.person in organizations), key=lambda mention: mention.start)
    starts = [mention.start for mention in named]
    by_id = {person.id: person for person in people}
    fits: dict[tuple[str, str], bool] = {}
    # for each noun, where in `named` the organizations it can stand for are, found by bisection: reading back
    # over the last few named for each "the company" cost a fit test per organization passed
    fitting_at: dict[str, list[int]] = {}
    linked: list[Mention] = []
    for match in after_the(_ORGANIZATION_DESCRIPTOR, text, body_start):
        if match.start() in known or quoted.contains(match.start()):
            continue
        noun = match.group(0).split()[1].removesuffix("'s").removesuffix("’s").lower()
        before = bisect.bisect_left(starts, match.start())
        if noun not in _NAMED_KINDS and noun not in _BUSINESS_NOUNS:  # "the group": the nearest one named
            fitting = named[before - 1].person if before else None
        else:  # the nearest organization before it that the noun can stand for, among the last few named
            if noun not in fitting_at:
                fitting_at[noun] = [
                    index for index, mention in enumerate(named) if _fits_cached(fits, noun, by_id[mention.person])
                ]
            nearest = bisect.bisect_left(fitting_at[noun], before) - 1
            fitting = (
                named[fitting_at[noun][nearest]].person
                if nearest >= 0 and fitting_at[noun][nearest] >= before - _ORGANIZATIONS_LOOKED_BACK
                else None
            )
        if fitting is None:
            continue
        linked.append(Mention(match.start(), match.end(), fitting, match.group(0).endswith(("'s", "’s")), False))
    return linked


_NAMED_KINDS = frozenset(
    {"union", "ministry", "agency", "council", "board", "authority", "department", "club", "school", "university",
     "hospital", "police", "court", "committee", "commission", "bank", "campaign"}
)  # fmt: skip
"""Organization nouns that are part of the names they stand for ("the club" is "Harbour City Football Club")."""


def _fits_cached(cache: dict[tuple[str, str], bool], noun: str, organization: Person) -> bool:
    """`fits_organization`, asked once per noun and organization: a long text asks it for every "the company"."""
    key = (noun, organization.id)
    if key not in cache:
        cache[key] = fits_organization(noun, organization)
    return cache[key]


_NOT_A_BUSINESS = frozenset(
    {"union", "council", "party", "ministry", "department", "police", "court", "committee", "commission",
     "government", "agency", "authority", "university", "school", "hospital", "club", "charity", "trust"}
)  # fmt: skip
"""Words in a body's name that say it is no business: "the company" after "Unite the Union" is some firm else."""
_BUSINESS_NOUNS = frozenset({"company", "firm", "carmaker", "automaker", "airline"})
_PLACES_OF_TRADE = frozenset({"airport", "station", "port", "harbour", "harbor", "stadium", "arena", "terminal"})
"""Words in a body's name that say it is a place others trade at: "the airline" is never "Eastport Airport"."""


def fits_organization(noun: str, organization: Person) -> bool:
    """Whether "the <noun>" can stand for the organization: "the club" names a club, "the company" any firm."""
    if noun not in _NAMED_KINDS and noun not in _BUSINESS_NOUNS:
        return True
    names = " ".join([organization.name, *organization.aliases]).lower()
    if noun in _BUSINESS_NOUNS:
        words = set(names.split())
        return not _NOT_A_BUSINESS & words and not (noun not in {"company", "firm"} and _PLACES_OF_TRADE & words)
    return noun in names.split() or (noun == "club" and re.search(r"\b(?:fc|afc|united|city)\b", names) is not None)


_ORGANIZATIONS_LOOKED_BACK = 30
"""Organization mentions looked back over for "the club": a bound that keeps long texts linear."""
