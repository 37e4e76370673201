"""A speaker's label alone in its paragraph, with no colon, over the quotation it introduces.

Broadsheet reaction pieces set each speaker's name in a paragraph of its own and the words in
the next ones: `Finance Minister Gordon Pryce`, `Opposition housing critic Samira Haddad`,
`Darnell Whitcombe, president of the Builders' Association`, `KEVIN O'SHAUGHNESSY, economist,
Harbourline Bank`. English builds such a label in one of two ways: a role (its last word a role
noun or a title) then the name, or the name then a comma and the role. Neither has a verb nor
ends a sentence, which is what tells it from narration; ending in a full name of two or more
capitalised words after a role word is what tells it from a subheading ("Growing fears in Port
Arden", "Business leaders"), which never names a speaker. A full name alone (`Gwen Arkwright`) is a label too
when the article knows that person by it: no subheading is a person's bare name.
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import OCCUPATIONS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, UPPERCASE, heading_about
from quizapp.draft.name_parts import SURNAME_PARTICLES
from quizapp.draft.person import Person

_MORE_ROLES = frozenset(
    {"critic", "pundit", "commentator", "lobbyist", "broadcaster", "presenter", "singer",
     "centre", "center", "prop", "hooker", "lock", "flanker", "wing", "fly-half", "scrum-half", "full-back",
     "fullback", "halfback", "back-row", "second-row", "utility", "quarterback", "pitcher", "catcher",
     "shortstop", "batsman", "batter", "bowler", "all-rounder", "wicketkeeper", "wicket-keeper"}
)  # fmt: skip
"""Role nouns that label a speaker in a line of their own but are too rare as unnamed speakers for ROLE_NOUNS,
and the positions of team sports, which label each player of a post-match reaction ("Ana Ruiz, centre")."""
_NAME_WORD = lazy_compile(rf"^[{UPPERCASE}][\w'’.-]*$")
_INNER_PARTICLES = SURNAME_PARTICLES
"""Lowercase words inside a full name ("Damian de Allende", "Lotte van der Berg"), never its first or last."""
_ROLE_QUALIFIERS = frozenset(
    {"of", "the", "for", "and", "at", "in", "on", "to", "a", "an", "former", "chief", "senior"}
)
_NOT_A_LABEL = lazy_compile(r"[!?;:\"“”«»‘]|\.\s*$|\s[-–—]+\s")
"""A sentence's end, a quotation or a dash: narration or a signed line, not a label."""
_DASH_FOR_COMMA = lazy_compile(r"(?<=\w)\s+[-–—]+\s+(?=\w)")
"""A dash between a name and its role, as blogs set a label: `ANA RUIZ - Labour leader` reads as a comma."""
_LONGEST = 100
LABEL_LOWERCASE = frozenset({"of", "the", "and", "for", "de", "van", "von", "bin", "al"})
"""Lowercase words a `Name:` label may hold. Narrower than name_parts.NAME_PARTICLES on purpose, for now: the
whole list moves a draft of the corpus's check split and of no tuning set, so whether it helps cannot be told."""
_BARE = lazy_compile(rf"^([{UPPERCASE}][\w'’.-]*(?:\s+[\w'’.-]+){{1,7}})$")
_QUOTE_OPENERS = "\"“«‘'„"
_BYLINE_ROLES = frozenset({"reporter", "correspondent", "editor", "writer", "journalist", "columnist", "staff"})


def is_role_word(word: str) -> bool:
    lowered = word.lower().strip("'’")
    return word in TITLE_WORDS or lowered in ROLE_NOUNS or lowered in OCCUPATIONS or lowered in _MORE_ROLES


def _name_words(tokens: list[str]) -> bool:
    """Two to four capitalised words, the way a person's full name is written (upper case too)."""
    return (
        2 <= len(tokens) <= 4
        and all(_NAME_WORD.match(token) or token in _INNER_PARTICLES for token in tokens[1:-1])
        and all(_NAME_WORD.match(token) for token in (tokens[0], tokens[-1]))
    )


def plain_full_name(words: str) -> bool:
    """Whether `words` are a name and nothing else: two to four capitalised words, none a title or a role."""
    tokens = words.split(None, 4)  # a fifth part means five words or more: a paragraph is not split whole
    return len(tokens) <= 4 and _name_words(tokens) and not any(is_role_word(token) for token in tokens)


def role_then_name(label: str) -> str | None:
    """`Opposition housing critic Samira Haddad` -> "Samira Haddad": a role ending in a role word, then a name.

    Lowercase words may only qualify the role noun right before it ("housing critic", "union organizer"):
    a phrase about someone ("Anger at Finance Minister Jim Flaherty", "Tributes to former captain Bobby
    Moore") has its lowercase words apart from the role noun, or a preposition among them.
    """
    tokens = label.split()
    for split in range(len(tokens) - 2, 0, -1):
        name, role = tokens[split:], tokens[:split]
        if not _name_words(name) or not is_role_word(role[-1]):
            continue
        capitalised = len(role) - 1
        while capitalised > 0 and not role[capitalised - 1][0].isupper():
            capitalised -= 1
        modifiers = role[capitalised:-1]
        if any(not word[0].isupper() for word in role[:capitalised]) or len(modifiers) > 2:
            return None
        if any(word.lower() in _ROLE_QUALIFIERS - {"former", "chief", "senior"} for word in role):
            return None
        return " ".join(name)
    return None


def name_then_role(label: str) -> str | None:
    """`Darnell Whitcombe, president of the Builders' Association` -> "Darnell Whitcombe": the name, a comma,
    then a role whose first word (after "the", "a", "former") is a role noun or a title."""
    parts = [part.strip() for part in label.split(",")]
    if len(parts) < 2 or not _name_words(parts[0].split()):
        return None
    role = [word for word in parts[1].split() if word.lower() not in _ROLE_QUALIFIERS]
    if not role or not (is_role_word(role[0]) or _employer_then_role(role)):
        return None
    own = parts[1].split(" of ", 1)[0]  # "president of the nurses' union": what follows "of" is free
    rest = [word for part in [own, *parts[2:]] for word in part.split()]
    if any(
        not word[0].isupper() and word.lower() not in _ROLE_QUALIFIERS and not qualifies_a_role(rest, index)
        for index, word in enumerate(rest)
    ):
        return None  # only the role's own nouns and a place or an employer after it: no verb, no clause
    if any(word.lower() in SPEECH_VERBS for part in parts[1:] for word in part.split()):
        return None
    return parts[0]


def _employer_then_role(words: list[str]) -> bool:
    """`Verlane campaign manager`, `Harbour City youth coach`, `the transport secretary`: capitalised words (whose
    the role is), then the role ending in a role word, with at most two lowercase words qualifying it right
    before it."""
    ending = next((i for i in range(len(words) - 1, -1, -1) if is_role_word(words[i])), None)
    return ending is not None and all(
        word[0].isupper() or qualifies_a_role(words, i) for i, word in enumerate(words[:ending])
    )


def qualifies_a_role(words: list[str], index: int) -> bool:
    """Whether words[index] is a role word, or one of the two words after it is ("campaign manager", "head
    of youth coaching" is not): the lowercase nouns English puts before a role noun to say which."""
    return any(is_role_word(word) for word in words[index : index + 3])


def bare_label_name(paragraph: str) -> str | None:
    """The name a paragraph holding only a speaker's label gives, or None when it is anything else: a byline
    ("By Jane Smith", "Jane Smith, political correspondent") names the writer, who quotes others."""
    text = _DASH_FOR_COMMA.sub(", ", paragraph.strip(), count=1)  # `ANA RUIZ - Labour leader`
    if not text or len(text) > _LONGEST or _NOT_A_LABEL.search(text) or text.lower().startswith("by "):
        return None
    if any(word.lower().strip(",") in _BYLINE_ROLES for word in text.split()):
        return None
    return name_then_role(text) if "," in text else role_then_name(text)


def titled_name(text: str) -> re.Match[str] | None:
    """`Liberal Leader Anne Fortier`: capitalised words with a title or role word and a name of two words or
    more after it, so that a subheading ("Reaction", "Business Leaders") is never a speaker."""
    label = _BARE.match(text)
    if label is None:
        return None
    words = label.group(1).split()
    titled = [i for i, word in enumerate(words) if word in TITLE_WORDS or word.lower() in ROLE_NOUNS]
    return label if titled and len(words) - titled[-1] - 1 >= 2 else None


def is_label(words: str) -> bool:
    """Only names, titles and role nouns ("Harbour City captain Mia Torres", "Harbour City youth coach Mia
    Torres"), no verb ("Lind said"), and not a
    heading about someone: "Remembering Leo Okoye:", "Farewell Leo Okoye:", "Okoye's Legacy:" name whom the
    words are about, not who said them."""
    tokens = words.split()
    if not tokens or heading_about(tokens):
        return False
    if all(
        word[0].isupper() or word in LABEL_LOWERCASE or qualifies_a_role(tokens, i) for i, word in enumerate(tokens)
    ):
        return True  # "Tory MP and outgoing London mayor Jo Hill": lowercase words may say which role
    return "," in words and bare_label_name(words) is not None  # `Jo Hill, Verlane campaign manager`


def label_shape(text: str) -> str | None:
    """The name a paragraph holding only a speaker's label gives (`Ukip leader Ana Ruiz`, `Ana Ruiz, the
    party's candidate`), or None: whether it stands over the words or under them is for the caller."""
    if not text or len(text) > 100 or text[0] in _QUOTE_OPENERS or text.endswith(":"):
        return None
    named = bare_label_name(text)
    if named is not None:
        return named
    label = titled_name(text)
    return label.group(1) if label is not None and is_label(label.group(1)) else None


def known_name_alone(people: list[Person], text: str) -> bool:
    """Whether a paragraph is only the full name of someone the article knows as a person (`Ana Ruiz`): a label.
    It labels the words under it; under words it may be a heading for what follows, so it never signs them."""
    return person_named_alone(people, text) is not None


def person_named_alone(people: list[Person], text: str) -> Person | None:
    """The person whose full name, and nothing else, a paragraph is (`Ana Ruiz`), when the article knows them."""
    if not plain_full_name(text):
        return None
    return next(
        (person for person in people if person.kind == "person" and (text == person.name or text in person.alias_set)),
        None,
    )
