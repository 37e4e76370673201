"""Where a name stands says whether it can be its sentence's subject: not after a preposition.

"served alongside Mr Dunn" is about the server, and "with French President Macron" names the one spoken
with; a name that opens its paragraph, or follows a fronted phrase ("In 2014, Kerry said"), or is the source
of a report ("According to Francis Atwoli, ..."), can be what its sentence is about. The people finder and
the role readers (roles_around_names.py) both ask this, so it is a rule of its own, mixed into them first.
"""

from __future__ import annotations

from quizapp.draft.fronted import follows_fronted_phrase
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NATIONALITIES, ROLE_NOUNS, TITLE_WORDS, word_set
from quizapp.draft.mention_reading import read_once
from quizapp.draft.name_modifiers import modifies_noun_after
from quizapp.draft.person import Mention

PREPOSITIONS = word_set(
    """
    with to of by for from at in about on against than between among toward towards into onto over under like
    alongside beside behind beyond without amid amongst unlike via
    """
)
"""Words after which a name is an object, never a clause's subject: "served alongside Mr Dunn" is about the server."""
_ARTICLES = frozenset({"the", "a", "an"})
_ACCORDING_OPENS = lazy_compile(r"(?:^|[.!?\n]\s*)According\s+to\s+(?:[\w'’.-]+\s+){0,4}$")
"""A sentence opening "According to" and the words of a title ("union leader"), up to a name."""
_PLACE_PREPOSITION_BEFORE = lazy_compile(r"\b(?:in|at|from|near|outside|inside)\s+$")
_LETTERS = lazy_compile(r"[A-Za-z]+")
_PREPOSITION_THEN_ROLE = lazy_compile(
    r"(?<![\w'’-])(?:"  # not the end of a compound: "stand-in coach Ian Ure" names no preposition's object
    + "|".join(sorted(PREPOSITIONS, key=len, reverse=True))
    + r")\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?:"
    + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")\s+$"
)
"""A preposition, then a lowercase role before the name: "Speaking to reporter Jo Kemp, Sam Ure said:" names
the listener, whom the role does not make a subject (a title in capitals is skipped by `_after_preposition`)."""
_ROLE_REACH = 60
"""Characters before a name read for `_PREPOSITION_THEN_ROLE`."""


def _preposition_then_role(text: str, position: int) -> bool:
    """Whether `_PREPOSITION_THEN_ROLE` ends at the name at `position`. The pattern is tried at every character of
    the stretch before the name, and what it ends with, a role noun between spaces, can only be that stretch's last
    word: the word is looked up first, and the many names after no role noun are decided without the pattern."""
    start = max(0, position - _ROLE_REACH)
    last = text[start:position].rsplit(None, 1)
    return bool(last) and last[-1] in ROLE_NOUNS and _PREPOSITION_THEN_ROLE.search(text, start, position) is not None


class SubjectPosition:
    """Mixed into the people finder: whether a name at a position can be a sentence's subject."""

    text: str

    def _after_preposition(self, position: int) -> bool:
        """ "with Macron", "from the Gazette", "with French President Macron": articles and qualifiers the name
        left out are skipped. A paragraph's first name follows no preposition ("... would go on.\n\nKerry said"),
        nor does a subject after a fronted phrase ("In 2014, Kerry said": fronted.py), nor a name after a comma,
        which closes the preposition's phrase ("Asked what it looks like, Kerry said"); an object's apposition after
        its comma ("met with the mayor, Ana Ruiz,") is told by object_positions.py."""
        reach = max(0, position - 40)  # the line's start is sought only as far back as the words read
        reach = max(reach, self.text.rfind("\n", reach, position) + 1)
        if (mark := max(self.text.rfind(",", reach, position), self.text.rfind(";", reach, position))) >= 0:
            reach = mark + 1  # "Asked what it looks like, Reid said", "launched in 2012, Reid said": phrase ended
        words = _LETTERS.findall(self.text, reach, position)
        while len(words) > 1 and (
            words[-1] in TITLE_WORDS or words[-1].lower() in _ARTICLES or words[-1].lower() in NATIONALITIES
        ):
            words.pop()
        preposition = (bool(words) and words[-1].lower() in PREPOSITIONS) or _preposition_then_role(self.text, position)
        return preposition and not follows_fronted_phrase(self.text, position)  # the dearer test only when it matters

    def _after_place_preposition(self, position: int) -> bool:
        return _PLACE_PREPOSITION_BEFORE.search(self.text[max(0, position - 12) : position]) is not None

    @read_once
    def is_subject_position(self, mention: Mention) -> bool:
        """Whether a mention can be what its sentence is about: not a possessive, not after a preposition, save
        the source of a report ("According to Francis Atwoli, the strike will go on."), whose words follow."""
        if mention.possessive or modifies_noun_after(self.text, mention):
            return False  # "Reid's", "the former Reid campaign treasurer": whose, not who
        return not self._after_preposition(mention.start) or self.names_a_source(mention.start)

    def names_a_source(self, position: int) -> bool:
        """Whether the name at `position` follows a sentence-opening "According to" (and a title)."""
        return _ACCORDING_OPENS.search(self.text, max(0, position - 40), position) is not None
