"""A speaker as an explanation names them inside a sentence: "the spokesman", "Judge Ana Ruiz", "Ana Ruiz, coach".

Explanations read "The article attributes these words to SPEAKER." Written with the person's `shown` name and
", role" after it, real articles gave "to The Prime Minister's official spokesman" (a capital mid-sentence),
"to Ana Ruiz, Judge." and "to Ana Ruiz, President." (a title left hanging after the name), and "to Kim, member."
(a role that needs what it is a member of). A title of one capitalised word is written before the name, as the
article wrote it; a bare "member" is left out.
"""

from __future__ import annotations

from quizapp.draft.person import Person

_NEEDS_WHAT_OF = frozenset({"member", "part", "one"})
"""Roles that mean nothing without their "of ...": "a member" of what?"""


def mid_sentence(speaker: Person) -> str:
    """ "The manager" as it reads inside a sentence: "the manager"; a name stays as it is."""
    shown = speaker.shown
    if speaker.kind != "person" and shown.startswith(("The ", "A ", "An ")):
        return shown[0].lower() + shown[1:]
    return shown


def attributed_to(speaker: Person) -> str:
    """The speaker with their role, as it reads inside a sentence (a role speaker is its role)."""
    name = mid_sentence(speaker)
    role = (speaker.role or "").strip() if speaker.kind == "person" else ""
    if not role:
        return name
    if " " not in role:
        if role.lower() in _NEEDS_WHAT_OF:
            return name
        if role[0].isupper() and not name.startswith(role + " "):
            return f"{role} {name}"  # "Judge Ana Ruiz", "President Ruiz"
    return f"{name}, {role}"


def attribution_sentence(speaker: Person) -> str:
    """ "The article attributes these words to SPEAKER.", one full stop even after "Jr." or "Inc."."""
    named = attributed_to(speaker)
    return f"The article attributes these words to {named}" + ("" if named.endswith(".") else ".")
