"""A full name written with a word before it: "Republican Ana Reid", "Vermonter Ana Reid", "Attacks On Ana Reid".

A capitalised run takes in the capitalised words before a name: a party, a place, a headline's verb. When the
article also names the person without them ("Ana Reid"), the longer run made a second person: a second bearer
of the surname, so that every bare "Reid said" found nobody and was read as an organization by its capitals,
and a second answer choice labelled with the descriptor. The longer run is the shorter name's person when the
shorter one opens with a common first name (first_names.py) and the longer does not: "Republican Ana Reid" is
Ana Reid, shown so. When instead the longer run opens with a common first name and the shorter does not ("Ana
Vargas Llosa" and "Vargas Llosa"), the shorter is a surname of two words and the person the longer one's. When
both or neither open with one, nothing tells which is the name: both stay.
"""

from __future__ import annotations

from quizapp.draft.first_names import is_common_first_name
from quizapp.draft.person import Mention, Person, merge_person_into


def merge_prefixed_names(people: list[Person], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each longer run's person merged as the module says (`people` changed in place)."""
    by_name = {person.name: person for person in people if person.kind == "person"}
    for person in [p for p in people if p.kind == "person" and len(p.name.split()) >= 3]:
        words = person.name.split()
        for cut in range(1, len(words) - 1):
            shorter = by_name.get(" ".join(words[cut:]))
            if shorter is None or shorter is person or shorter not in people:
                continue
            leading, inner = is_common_first_name(words[0]), is_common_first_name(words[cut])
            if leading and not inner:
                mentions = _merge(person, shorter, people, mentions)  # "Vargas Llosa" is Ana Vargas Llosa
            elif inner and not leading:
                mentions = _merge(shorter, person, people, mentions, keep_aliases=False)  # "Republican Ana Reid"
            break
    return mentions


def _merge(
    kept: Person, absorbed: Person, people: list[Person], mentions: list[Mention], *, keep_aliases: bool = True
) -> list[Mention]:
    """`merge_person_into`, but a descriptor's run ("Republican Ana Reid") is no name of the person's: not kept."""
    if not keep_aliases:
        absorbed.aliases = [alias for alias in absorbed.aliases if len(alias.split()) < 2 or alias in kept.alias_set]
        absorbed.alias_set = set(absorbed.aliases)
    return merge_person_into(kept, absorbed, people, mentions)
