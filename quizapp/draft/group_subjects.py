"""A group with no determiner as the subject of a relayed speech verb: "Dr Amos said patients often tell her:".

relayed.py gives a quotation to nobody when the said-clause relays someone else's words through a second
speech verb with a subject of its own ("Dunne said her son had told her:"). News writes groups without a
determiner just as often: `said patients often tell her:`, `says residents have told him:`, `said fans
keep asking:`. The words are the group's, said to the speaker, never the speaker's own; a group is no one to
name, so the quotation goes to nobody. Only a plural noun of people counts (a listed group, or the plural of
a role): "said reports had said" or "said this tells us" name no one who speaks.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import GROUP_NOUNS, ROLE_NOUNS, word_set

_PEOPLE = GROUP_NOUNS | word_set(
    """
    people patients clients customers colleagues friends voters workers staff children pupils users viewers
    listeners readers callers members
    """
)
_GROUP_BEFORE_VERB = lazy_compile(
    r"(?:^|\s)(?:(?:how|that|when)\s+)?(?P<group>[a-z][\w'’-]*)\s+"
    r"(?:(?:had|has|have|was|were|once|then|later|repeatedly|often|always|sometimes|still|also|keep)\s+){0,2}$"
)


def group_subject_before(before_verb: str) -> bool:
    """Whether the words before an inner speech verb end with a bare plural group of people as its subject."""
    match = _GROUP_BEFORE_VERB.search(before_verb)
    if match is None:
        return False
    group = match.group("group")
    return group in _PEOPLE or (group.endswith("s") and group[:-1] in ROLE_NOUNS)


_BASE_SPEECH = word_set("tell ask say write warn shout chant complain beg plead insist")
"""Speech verbs in the form a plural subject takes ("fans ask him"), which the speech-verb list, read for a
single speaker's verb, leaves out."""
_GROUP_SPEAKS_TO_COLON = lazy_compile(
    r"(?:^|\s)(?P<group>[a-z][\w'’-]*)\s+(?:(?:often|always|sometimes|still|also|keep|regularly|now)\s+){0,2}"
    r"(?P<verb>[a-z]+)(?:\s+(?:him|her|them|me|us))?\s*:\s*$"
)


def group_speaks_before_colon(text: str, start: int, end: int) -> bool:
    """Whether the clause ending text[start:end] in a colon has a bare group of people as the subject of its
    last verb, a speech verb in the plural's form: "Tom Hill says fans often ask him:"."""
    match = _GROUP_SPEAKS_TO_COLON.search(text, start, end)
    if match is None or match.group("verb") not in _BASE_SPEECH:
        return False
    group = match.group("group")
    return group in _PEOPLE or (group.endswith("s") and group[:-1] in ROLE_NOUNS)
