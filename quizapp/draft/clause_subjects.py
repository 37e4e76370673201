"""The speaker of a speech verb is the subject of its main clause, never a name in a clause set into it.

Mixed into the attributor, first in its method order. In `Ana Ruiz's spokesperson said:` the speaker is the
spokesperson; in "The club where Ferreira began his career, Boca Juniors, tweeted:" it is the club, not the
name after "where"; in "According to Dunne, the pilot told passengers:" it is the pilot; a sentence that
opens with a quotation has its subject after it; and a speech verb follows its subject after at most a
couple of adverbs ("Ruiz later also said"). Every sieve reading a clause before or after a quotation asks
for its subject, so this is a rule apart from the sieves and from the attributor's loop over quotations.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.draft.dated_verbs import past_time_phrase
from quizapp.draft.employers import employee_after
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.leading_phrases import main_clause_start
from quizapp.draft.lexicon import SPEECH_VERBS, SUBJECT_PRONOUNS, word_set
from quizapp.draft.listeners import PASSIVE
from quizapp.draft.manner_verbs import manner_verb_at
from quizapp.draft.passive_saying import passive_saying_at
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Mention
from quizapp.draft.sieve_host import SieveHost
from quizapp.draft.spans import Spans

_AUXILIARIES = frozenset({"has", "had", "have", "would", "will"})
"""Words of _ADVERBS that a said-clause's verb follows only in a tense ("Ruiz had said"), never as an -ing form."""
_ADVERBS = word_set(
    """
    later also then again recently once simply flatly quietly bluntly earlier previously repeatedly often has
    had have would will just told reportedly allegedly publicly privately
    """
)
_SUBORDINATORS = word_set(
    "who whom whose which where when that after before because while if whether what how why since although though"
)
_SPACES = lazy_compile(r"\s*")
"""The spaces a stretch of text opens with, matched in place: not a stripped copy of the stretch."""
_WORD = lazy_compile(r"[\w'’-]+")
_CLAUSE_MARKS = ",;:(—–"
"""Marks that end a clause: a name's own clause is the words after the last of them (found by `rfind`). A colon
too: "Even those who backed it hedged: Ana Ruiz called it "..."" starts a clause of its own at the colon."""


class ClauseSubjects(SieveHost):
    """Mixed into the attributor: who is the subject of a clause that says something, and whether a verb follows."""

    finder: PeopleFinder
    quoted: Spans

    if TYPE_CHECKING:  # the attributor's other mixins' methods: declared, never shadowed

        def _object_of_pronoun(self, start: int, mention: Mention) -> bool:
            raise NotImplementedError

        def _owned_role(self, mention: Mention, end: int) -> str | None:
            raise NotImplementedError

        def _speech_verb_in(self, start: int, end: int) -> bool:
            raise NotImplementedError

        def _object_position(self, mention: Mention) -> bool:
            raise NotImplementedError

        def _agent(self, passive: re.Match[str], end: int) -> str | None:
            raise NotImplementedError

        def _relayed(
            self, start: int, end: int, subject: Mention | None, words: list[str] | None = None
        ) -> tuple[bool, str | None]:
            raise NotImplementedError

        def _doubt_together(self, start: int, subject: Mention, verb_at: int) -> None:
            raise NotImplementedError

        def _resolve_pronoun(self, gender: str, position: int) -> str | None:
            raise NotImplementedError

        def _role(self, position: int, end: int, *, verb_follows: bool) -> str | None:
            raise NotImplementedError

    def _verb_follows(self, position: int, end: int) -> bool:
        if passive_saying_at(self.text, position, end):  # `"...," Ana Ruiz was quoted as saying`
            return True
        position = past_time_phrase(self.text, position, end)  # "the ministry on Friday said" (dated_verbs.py)
        before = ""
        for count, word in enumerate(_WORD.finditer(self.text, position, end)):
            lowered = word.group(0).lower()
            if lowered.endswith("ing") and before in _AUXILIARIES:
                return False  # `the "kind of problems" Ruiz had answering questions`: no said-clause, a noun's
            if lowered in SPEECH_VERBS or manner_verb_at(self.text, word.start(), end):  # also `"...," Ruiz fumed`
                return True
            if lowered not in _ADVERBS or count >= 2:
                return False
            before = lowered
        return False

    def _subject(self, start: int, end: int) -> str | None:
        """The first person named in text[start:end] who is not after a preposition nor a possessive."""
        start = self._past_quotations(start, end)  # `"...," she told reporters, adding:`: the clause is hers
        start = main_clause_start(self.text, start, end, self._mentions_between(start, end)) or start  # "Praising X,"
        for mention in self._mentions_between(start, end):
            if self._object_of_pronoun(start, mention):
                break  # "She asked Lord Freud:": the one asked; the pronoun, read below, is the subject
            if (owned := self._owned_role(mention, end)) is not None:
                return owned  # "Ana Ruiz's spokesperson said:": the spokesperson's, never Ruiz's
            if self.finder.names_a_source(mention.start) and self._speech_verb_in(mention.end, end):
                continue  # "According to Dunne, the pilot told passengers:": Dunne reports the pilot's words
            if (
                self.finder.is_subject_position(mention)
                and not self._in_subordinate_clause(start, mention)
                and not self._object_position(mention)  # "X accused Ngata of lying, adding": Ngata is accused
            ):
                if (passive := PASSIVE.match(self.text, mention.end, end)) is not None:
                    return self._agent(passive, end)
                relayed, inner = self._relayed(start, end, mention)  # "Dunne said her son had told her:"
                if relayed:
                    return inner
                self._doubt_together(start, mention, end)  # "Acme chairman Ian Lowe said:": Lowe, not Acme
                return self._speaker_of(
                    employee_after(self.text, mention, self._mentions_between(mention.end, end), self.people)
                )
        words = _WORD.findall(self.text[start:end])
        if words and words[0].lower() in SUBJECT_PRONOUNS:
            relayed, inner = self._relayed(start, end, None)  # "She said her client had told the judge:"
            return inner if relayed else self._resolve_pronoun(SUBJECT_PRONOUNS[words[0].lower()], start)
        opening = _SPACES.match(self.text, start, max(start, end)).end() - start  # type: ignore[union-attr]
        return self._role(start + opening, end, verb_follows=False)

    def _past_quotations(self, start: int, end: int) -> int:
        """Where the text from `start` stops being quoted: a sentence that opens with a quotation has its
        subject after it, never inside it."""
        while (opening := self.quoted.first_start_in(start, end)) is not None and not self.text[start:opening].strip():
            span = self.quoted.holding(opening)
            if span is None or span[1] >= end:
                break
            start = span[1]
        return start

    def _in_subordinate_clause(self, start: int, mention: Mention) -> bool:
        """ "The club where Ferreira began his career, Boca Juniors, tweeted:": a name after "where", "who",
        "after" ... in its clause is the subject of that clause, not of the sentence's speech verb."""
        clause_start = max(start, *(self.text.rfind(mark, start, mention.start) + 1 for mark in _CLAUSE_MARKS))
        words = [word.lower() for word in _WORD.findall(self.text, clause_start, mention.start)]
        if words and words[-1] == "as":
            return False  # "a resident who gave his name only as Mr Tolland": the same person, named
        return any(word in _SUBORDINATORS for word in words)
