"""A surname two people of the article share: "Reid said" after "Tom Reid and his wife, Ann Reid".

Families, siblings and namesakes share surnames in news (a couple in court, a father and son
in a tribute). The people model links a bare "Reid" to the one bearer named before it, if only one
was (`first_named`: "Ana Reid ... Reid said ... her son, Leo Reid ... Reid said"), and to nobody when
both were; for an answer key that is a guess. A mention that is a bare surname (or a title and a
surname that does not tell them apart) of two people leaves the speaker unsure; "Mrs. Reid" beside a
Mr. Reid does not.
"""

from __future__ import annotations

from quizapp.draft.lexicon import HONORIFICS
from quizapp.draft.person import Mention, Person


def shared_surname(text: str, mention: Mention, people: dict[str, Person]) -> str | None:
    """The surname when `mention` names it alone and two or more people of the article, named in full, bear
    it, else None."""
    words = text[mention.start : mention.end].removesuffix("’s").removesuffix("'s").split()
    honorific = words[0].rstrip(".").lower() if len(words) == 2 and words[0].rstrip(".").lower() in HONORIFICS else None
    if len(words) != 1 and honorific is None:
        return None
    surname = words[-1]
    bearers = [p for p in people.values() if p.kind == "person" and p.last == surname and p.first]
    gender = HONORIFICS.get(honorific) if honorific else None
    if gender is not None:
        bearers = [p for p in bearers if p.gender in {None, gender}]
    return surname if len(bearers) > 1 else None


def first_named(mentions: list[Mention]) -> dict[str, int]:
    """Where each person is first mentioned, by person id."""
    first: dict[str, int] = {}
    for mention in mentions:
        if mention.start < first.get(mention.person, mention.start + 1):
            first[mention.person] = mention.start
    return first
