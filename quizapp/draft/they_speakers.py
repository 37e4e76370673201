"""Who "they said" means: a family the sentence before (or the clause before it) makes its subject, or nobody.

News lets a bereaved family speak as one, and then as "they": `Soon after Tom died, his family paid tribute.
In a statement, they wrote: "..."`, `Her family sat by her bed. They said: "..."`. The family is no person the
people model can name; it is kept as the article writes it ("his family"), as an unnamed role is, never moved
to the one whose family it is. "They" is read only so: any other plural (two people named together, the
police, "residents") is left to nobody, as before, since "they" may mean many things a teacher cannot check.
One more reading, a guess: a single unnamed role whose noun gives no gender ("A theatre representative said ...
"...," they said"), the subject of the sentence before, is the singular "they" many outlets now write for such a
speaker; it is offered unsure, since "they" may still mean a plural the article spoke of.
"""

from __future__ import annotations

import bisect

from quizapp.draft.bodies import FAMILY_PHRASE
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.people import PeopleFinder
from quizapp.draft.quoted_spans import QUOTED_SPAN
from quizapp.draft.roles import role_person
from quizapp.draft.sentences import Sentence
from quizapp.draft.sieve_host import SieveHost

_FAMILY_SUBJECT = lazy_compile(
    rf"(?:^|[.!?]\s+|,\s+|\n\s*)[\"“]?(?P<family>{FAMILY_PHRASE})(?![\w'’-])(?!\s+(?:of|and|member|members|home|friend)\b)"
)
"""The family opening a sentence or the clause after a fronted phrase ("Shortly after he died, his family paid"),
and not a longer noun ("his family home", "the family of the victim": then whose family is another matter)."""
_OTHER_PLURAL = lazy_compile(
    r"\b(?:police|officers|residents|neighbours|neighbors|friends|colleagues|officials|both|the\s+couple|the\s+pair"
    r"|[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+)\b"
)
"""Others "they" may mean, named between the family and the pronoun: then nobody is sure."""


_NEUTRAL_ROLE_SUBJECT = lazy_compile(
    r"(?:^|[.!?]\s+|\n\s*)(?P<role>(?:An?|The)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:spokesperson|representative|official|source|insider))"
    r"(?:\s+(?:for|of|at|from)\s+[^,.;:!?\"“”\n]{1,60}?)?\s+(?:also\s+)?(?:said|says|told|added|confirmed|explained)\b"
)
"""A singular role of no gender opening a sentence as its speech verb's subject: "A council spokesperson said",
"The representative of the theatre told"."""


class TheySpeakers(SieveHost):
    sentences: list[Sentence]
    sentence_starts: list[int]
    finder: PeopleFinder

    def _resolve_they(self, position: int) -> str | None:
        """The family a "they" at `position` speaks for: one that is the subject of the pronoun's own sentence
        (before it) or of the sentence just before, with no other plural named in between; else nobody."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        start = self.sentences[max(0, index - 1)].start
        span = self.text[start:position]
        families = list(_FAMILY_SUBJECT.finditer(span))
        if not families:
            return self._singular_they(span)
        family = families[-1]
        if _OTHER_PLURAL.search(span, family.end("family")) is not None:
            return None
        person = role_person(self.finder.people, family.group("family"))
        self.people[person.id] = person
        return person.id

    def _singular_they(self, span: str) -> str | None:
        """The one unnamed role of no gender that is the subject in `span` (the pronoun's sentence up to it and the
        sentence before), with no plural and no one named after it: unsure."""
        roles = list(_NEUTRAL_ROLE_SUBJECT.finditer(span))
        if len(roles) != 1:
            return None
        role = roles[0]
        after = QUOTED_SPAN.sub(" ", span[role.end() :])  # the words quoted name no one "they" may mean
        if _OTHER_PLURAL.search(after) is not None or _NAME_OR_PLURAL_NOUN.search(after):
            return None
        person = role_person(self.finder.people, role.group("role"))
        self.people[person.id] = person
        self._doubt = "“they” may be the one role named before, or others the article spoke of"
        return person.id


_NAME_OR_PLURAL_NOUN = lazy_compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b|\b[a-z]{3,}(?<!s)s\s+(?:were|are|have|had)\b")
"""A capitalised word inside a sentence (a name, perhaps) or a plural subject ("the actors were") between the role
and the pronoun: "they" may mean them."""
