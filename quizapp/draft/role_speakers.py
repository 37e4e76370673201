"""An unnamed speaker is kept as the role the story gives it ("a Ryanair spokesman said"), not the nearest name.

Mixed into the attributor, first in its method order. A role that speaks ("a neighbour said", "the club
said") becomes a speaker of its own, unless the story tells who holds it: named later ("The spokesman, Dan
Hale,"), the one person titled so ("head coach Scott Cooper ... The head coach said"), a heading's person,
or the "a man who ..." met before. A role a named person may hold keeps a `doubt`. Every sieve that finds
a subject asks this, so it is a rule apart from the sieves and from the attributor's loop over quotations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.draft.article import Article
from quizapp.draft.back_references import named_just_before
from quizapp.draft.bodies import body_at, organisations_for
from quizapp.draft.introduced_speakers import introduced_at
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS_BEFORE_QUOTE_ONLY, alternation
from quizapp.draft.named_later import named_later
from quizapp.draft.passers_by import met_before
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Mention, Person
from quizapp.draft.roles import TitledNames, described_by, role_at, role_person
from quizapp.draft.section_headings import headed_by
from quizapp.draft.sieve_host import SieveHost
from quizapp.draft.title_holders import only_holder

_QUOTE_ONLY_VERB = lazy_compile(
    rf"\s+(?:(?:also|later|then|once|had|has|have)\s+)?(?:{alternation(sorted(SPEECH_VERBS_BEFORE_QUOTE_ONLY))})\b"
)
"""A verb that introduces words only before them, right after the role ("one strategist called the talks "...""):
every caller asking for a verb after the role (`verb_follows`) reads a clause before the quotation."""


class RoleSpeakers(SieveHost):
    """Mixed into the attributor: an unnamed speaker at a position, kept as its role's person."""

    article: Article
    finder: PeopleFinder
    mentions: list[Mention]
    _titled_names: TitledNames | None = None
    """The role nouns next to each mention, read at the first role that speaks (roles.py)."""
    _nouns_met_as_new: dict[str, bool] | None = None
    """Whether the article met each role noun with "a", "an" or "one" (title_holders.py), read once per noun."""
    _holders: dict[str, Person | None] | None = None
    """The one holder of each definite role phrase (`only_holder`), read once per phrase."""

    if TYPE_CHECKING:  # the attributor's other mixins' methods: declared, never shadowed

        def _verb_follows(self, position: int, end: int) -> bool:
            raise NotImplementedError

        def _clause_then_verb(self, position: int, end: int) -> bool:
            raise NotImplementedError

    def _role(self, position: int, end: int, *, verb_follows: bool) -> str | None:
        """An unnamed speaker at `position` ("a Ryanair spokesman"), kept as that role."""
        phrase = role_at(self.text, position, end) or body_at(self.text, position, end)  # "a spokesman", "the club"
        if phrase is None:  # "one user wrote", "said another voter": someone new, whatever the noun
            phrase = introduced_at(self.text, position, end)
            if phrase is not None and self._mentions_between(position, position + len(phrase)):
                return None  # a name inside ("a Vale Street neighbour"): the people model read it otherwise
        after = position + len(phrase or "")  # "a neighbour said", "a neighbour, who asked not to be named, said"
        if phrase is None or (
            verb_follows
            and not (
                self._verb_follows(after, end)
                or self._clause_then_verb(after, end)
                or _QUOTE_ONLY_VERB.match(self.text, after, end) is not None
            )
        ):
            return None
        if (later := named_later(phrase, self.text, position, self.mentions, self.people)) is not None:
            return later.id  # "a club spokesman said", then "The spokesman, Dan Hale,": Hale's words
        if (holder := self._only_holder(phrase)) is not None:
            return holder.id  # "head coach Scott Cooper" ... "The head coach said": the one the article titled so
        if (headed := headed_by(self.article, phrase, position, self.finder.people)) is not None:
            return headed.id  # `Jo Vale` as a heading, then "The Labour leader said:" (section_headings.py)
        if (met := met_before(self.text, position, self._inside_other_quote)) is not None:
            if any(self.people[m.person].kind == "person" for m in self._mentions_between(met[0], position)):
                return None  # "a man was hurt ... Tom Reid ... the man said": Reid, maybe; no one surely
            person = role_person(self.finder.people, met[1])  # "the man" is the "a man who ..." met before
            person.add_alias(phrase)
        else:
            person = role_person(self.finder.people, phrase)
        self.people[person.id] = person
        named = (
            described_by(phrase, self.finder.people)
            or self._titled().named(phrase, self.people)
            or named_just_before(phrase, self.text, position, self.mentions, self.people)
        )
        if named is not None:
            self._doubt = f"“{phrase}” may be {named.shown}, named with that title"
        elif bodies := organisations_for(phrase, self.finder.people):
            self._doubt = f"“{phrase}” may be {' or '.join(body.shown for body in bodies)}, named in the article"
        return person.id

    def _only_holder(self, phrase: str) -> Person | None:
        """`only_holder` once per phrase: it reads every mention, and the mentions, the people they name and their
        roles and genders do not change while quotations are attributed (the people added then are unnamed roles)."""
        if self._holders is None or self._nouns_met_as_new is None:
            self._holders, self._nouns_met_as_new = {}, {}
        if phrase not in self._holders:
            self._holders[phrase] = only_holder(phrase, self.text, self.mentions, self.people, self._nouns_met_as_new)
        return self._holders[phrase]

    def _titled(self) -> TitledNames:
        """The mentions' role nouns (`titled_before_name`), read once for all the article's quotations."""
        if self._titled_names is None or self._titled_names.mentions is not self.mentions:
            self._titled_names = TitledNames(self.text, self.mentions)
        return self._titled_names
