"""What every sieve mixed into the attributor reads from it, declared once.

The sieves (`said_after.SaidAfter`, `coordinated_verbs.CoordinatedVerbs`, `fronted_saying.FrontedSaying`,
`said_before.SaidBefore`, `relayed.RelayedSpeech`, `pronouns.PronounResolver`, `according.AccordingTo`,
`listeners.Listeners`, `colons.Colons`) are mixins of
`attribution.Attributor`: they call its helpers without owning them. Declaring those helpers here,
on the one base they share, keeps the type checker honest without each mixin writing the same stubs;
being the last class in the attributor's method order, this base never hides a real method.
"""

from __future__ import annotations

from quizapp.draft.article import Article
from quizapp.draft.person import Mention, Person

SAID_CLAUSE_REACH = 3000
"""How far back a said-clause is sought, by every sieve that reads one: news sentences run to hundreds of
characters; one of thousands is text whose marks never close (`Reid said "the plan. ` repeated), read again per
quotation for minutes."""


class SieveHost:
    """The attributor as its sieves see it: the article's text, its people, the current doubt, and three
    helpers that `attribution.Attributor` defines, and one a sieve lends the others."""

    article: Article
    text: str
    people: dict[str, Person]
    _doubt: str | None
    """Set while finding one quotation's speaker when a step of it was a guess."""

    def _mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions of people outside quotations between two positions of the text."""
        raise NotImplementedError

    def _inside_other_quote(self, position: int) -> bool:
        """Whether a position lies inside a quotation other than the one being attributed."""
        raise NotImplementedError

    def _speaker_of(self, mention: Mention) -> str:
        """The person id a mention stands for."""
        raise NotImplementedError

    def _speaks_as_agent(self, mention: Mention) -> bool:
        """Whether a mention is the one who spoke in a passive about a thing (`listeners.Listeners`)."""
        raise NotImplementedError
