"""Whether a mention of a person is plainly not the subject of its clause: a possessive, after a preposition, or
right after a verb whose next name is its object ("told Roy", "beat Grant", "would not rush Baptiste back").

A person named so is not whom the next sentence's "he" or "she" means, nor who took over a speech between two
quotations: the pronoun sieve, its rivals and the said-clause sieves all ask here, once per mention.
"""

from __future__ import annotations

import bisect

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, SPEECH_VERBS
from quizapp.draft.mention_reading import read_once
from quizapp.draft.object_appositions import apposition_of_object
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Mention
from quizapp.draft.quoted_spans import QUOTED_SPAN
from quizapp.draft.sentences import Sentence
from quizapp.draft.sieve_host import SieveHost

_QUOTED = QUOTED_SPAN
_OBJECT_VERBS = frozenset(
    {"told", "tells", "tell", "left", "leaves", "met", "meets", "gave", "gives", "saw", "sees", "beat", "beats",
     "hit", "let", "made", "sent", "took", "brought", "caught", "kept", "paid", "thanks", "urges", "asks", "blames"}
)  # fmt: skip
"""Verbs whose next name is their object ("told Roy"); any other word before a name might be an
inverted subject ("as did Okoro", "said Okoro"), so it leaves the name a possible subject."""
_NOT_OBJECT = frozenset({"need", "indeed", "succeed", "exceed", "proceed", "speed", "feed", "embed"})
_AUXILIARIES = frozenset(
    {"not", "to", "will", "would", "can", "could", "should", "must", "might", "may", "shall", "did", "does", "do",
     "never", "cannot"}
)  # fmt: skip
"""Words before a bare verb ("would not rush", "to thank"): the name after that verb is its object."""
_ARTICLES = frozenset({"a", "an", "the"})
"""Before a word in -ed or -ing and a name, an article makes that word an adjective of the name ("an angered Reid")."""
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "former", "new"})
_TOKEN = lazy_compile(r"[\w'’-]+|[,;:()—–]")
_WORD_RUN = lazy_compile(r"[\w'’-]*")
_WINDOW = 240
"""Characters before a name read first; widened only when too few words are left there."""


class ObjectPositions(SieveHost):
    """Mixed into the pronoun resolver: which mentions are objects, read once each."""

    sentences: list[Sentence]
    sentence_starts: list[int]
    finder: PeopleFinder

    def _may_be_subject(self, mention: Mention) -> bool:
        """Whether someone named between two quotations may have taken over the speech: not whom a said-clause
        told ("he told Wide World of Sports", "told BBC Radio Five Live"), thanked or beat (neighbours.py)."""
        return not self._object_position(mention)

    @read_once
    def _object_position(self, mention: Mention) -> bool:
        """Whether a mention is plainly not a clause's subject: a possessive, after a preposition, or right
        after a verb or other word that does not open a clause ("told Roy", "left the Opposition")."""
        if not self.finder.is_subject_position(mention) or self.text.startswith(("'s", "’s"), mention.end):
            return True
        if self.finder.names_a_source(mention.start):
            return False  # "According to union leader Francis Otieno,": not the object of "to"
        index = max(0, bisect.bisect_right(self.sentence_starts, mention.start) - 1)
        before = _QUOTED.sub(" , ", self.text[self.sentences[index].start : mention.start])
        words, popped_role = _words_before(before)
        if not words:
            return False
        verb = words[-1]
        if verb == "," and apposition_of_object(self.text, self.sentences[index].start, mention.start, mention.end):
            return True  # "the kidnap of his deputy, Mr. Tom Lawal, by gunmen": an object's apposition
        if popped_role and (len(words) == 1 or words[-2] == ","):
            return False  # "Their spokeswoman, retired teacher Joan Petrakis,": a modifier of the role, no verb
        if verb in _OBJECT_VERBS or (
            verb.endswith(("ed", "ing"))
            and verb not in SPEECH_VERBS
            and verb not in _NOT_OBJECT
            and not (len(words) > 1 and words[-2].lower() in _ARTICLES)  # "a flabbergasted Grant": an adjective
        ):  # "beat Grant", "thanked Grant", "replacing Grant"
            return True
        # "would not rush Baptiste back": after an auxiliary and a bare verb the name is that verb's object
        return len(words) > 1 and words[-2].lower() in _AUXILIARIES and verb.islower() and verb not in SPEECH_VERBS


def _words_before(before: str) -> tuple[list[str], bool]:
    """The words and marks of `before` (a sentence up to a name) less those qualifying the name ("Congress
    leader", "the", "CPI(M)"), and whether a role noun was among them. Only the last two words left are read,
    so the end of `before` is tokenized, widened until two are left: a long sentence is not read whole per name."""
    window = _WINDOW
    while True:
        at = max(0, len(before) - window)
        if at > 0 and _WORD_RUN.match(before, at - 1).end() > at:  # type: ignore[union-attr]
            at = _WORD_RUN.match(before, at).end()  # type: ignore[union-attr]  # a word cut by the window: left out
        words = _TOKEN.findall(before, at)
        popped_role = False
        while words and (
            words[-1][0].isupper() or words[-1].lower() in ROLE_NOUNS or words[-1].lower() in _DETERMINERS
        ):
            popped_role = popped_role or words[-1].lower() in ROLE_NOUNS
            words.pop()
        if len(words) >= 2 or at == 0:
            return words, popped_role
        window *= 4
