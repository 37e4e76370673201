"""The said-clause right after a quotation: `"...," Mr. Putin said`, `"...," said Ana Ruiz`, `"...," he wrote`.

Mixed into the attributor (attribution.py), which it left when that module reached its size limit and a new
sieve had to be registered there. The speaker is the name (or role, pronoun, organization) whose speech verb
follows the closing mark, in the orders English gives a said-clause: the name then the verb, perhaps across a
clause or an apposition ("Adhanom, who was in Juba, told reporters"); a few describing words before the name
("two-time finalist Wozniacki said"); the verb then the name or role ("said the club's captain, Jade Morrow");
or a dash and a name closing the line (`"R.I.P. Diego" - Pele`).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from quizapp.draft.adverbial_clauses import verb_right_after
from quizapp.draft.clause_openers import opens_own_clause
from quizapp.draft.employers import employee_after
from quizapp.draft.how_put import HOW_OPENING, how_verb_follows
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ABBREVIATION, HONORIFICS, SPEECH_VERB, SPEECH_VERBS, SUBJECT_PRONOUNS
from quizapp.draft.manner_verbs import MANNER_VERBS_AFTER_QUOTE
from quizapp.draft.name_modifiers import modifies_noun_after
from quizapp.draft.passive_saying import OBJECT_PRONOUNS, QUOTER_THEN_OBJECT, as_saying_follows
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Mention
from quizapp.draft.possessed_roles import holder_after, possessed_role
from quizapp.draft.roles import role_person
from quizapp.draft.sieve_host import SieveHost

_WORD = lazy_compile(r"[\w'’-]+")
_SIGNED = lazy_compile(r"[ \t]*[—–-]+[ \t]*$")
_SIGNATURE_ENDS = lazy_compile(r"[ \t]*(?:\([^)\n]{0,60}\))?[ \t.]*(?:\n|$)")
"""A quotation signed on its line: a dash, a name, perhaps "(@handle)", then the end of the line."""
_OF_SOMEONE = lazy_compile(r"\b[a-z][\w'’-]*\s+(?:for|of|to|by|from|with|at|behind)\s")
"""A lowercase noun and a preposition ("a spokesman for", "the lawyer of"), unlike a title ("Director of")."""
_CLAUSE = lazy_compile(
    r",\s+(?:\d{1,3}|(?:[^.;:!?\"“”]|" + ABBREVIATION + r"){3,160}?),\s*"
    r"|\s*\([^()\n\"“”]{1,60}\)\s*"
    r"|\s+[—–-]{1,2}\s+[^—–.;:!?\"“”\n]{3,160}?\s+[—–-]{1,2}\s*"
    r"|\s+(?:of|with|from|at)\s+(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&’'.-]*){0,4}\s+"
)
"""A relative clause or apposition set off by commas after a name, or an age: "Mary Dunne, 61, said" (abbreviated
states and parties inside: "Ann Ruiz, R-Ky., said", "Ann Ruiz, of Dover, Del., said"); or set off
by brackets, as Irish and British papers give ages and captions ("Mary Dunne (61) said", "Dunne (pictured)
said"), or by dashes ("Dunne – who has lived there since 1990 – said"); or where they work, with no comma
("Dunne with the Met Office said", "Okoye from the county council said")."""
_CLAUSES_READ = 4
"""Clauses and appositions read one after another between a name and its verb: a bracket, a role, a clause; or an
age, a town, its state and a clause ("Jo Hale, 30, of Dover, Del., who was polled, said")."""
_ABBREVIATED = lazy_compile(r"\b([A-Z][a-z]{1,4})\.(?=\s)")


def _without_rank_stops(text: str) -> str:
    """The text without the full stops of abbreviated ranks and honorifics, which end no sentence: "said former
    Ohio Gov. and party chair Jo Pace"."""
    return _ABBREVIATED.sub(lambda m: m.group(1) if m.group(1).lower() in HONORIFICS else m.group(0), text)


_RELATIVE = lazy_compile(r"\b(?:which|that|where|whose|when)\b")
"""A relative clause opening between the inverted verb and a name: the name is that clause's subject."""
_APPOSITION_THEN_VERB = lazy_compile(
    r",\s+(?:the|a|an|his|her|their|[A-Z][\w-]*['’]s)\s+(?:[^,.;:!?\"“”\s]+\s+){0,6}?(?=(?:" + SPEECH_VERB + r")\b)"
)
"""`, the victim's sister said`: an apposition the writer did not close with a comma."""


class SaidAfter(SieveHost):
    """Mixed into the attributor: the speaker of a said-clause right after the quotation."""

    finder: PeopleFinder

    if TYPE_CHECKING:  # the attributor's own methods and its other mixins': declared, never shadowed

        def _mention_at(self, position: int, limit: int) -> Mention | None:
            raise NotImplementedError

        def _verb_follows(self, position: int, end: int) -> bool:
            raise NotImplementedError

        def _role(self, position: int, end: int, *, verb_follows: bool) -> str | None:
            raise NotImplementedError

        def _unless_relayed(self, mention: Mention, end: int) -> str | None:
            raise NotImplementedError

        def _resolve_pronoun(self, gender: str, position: int) -> str | None:
            raise NotImplementedError

        def _organization(self, position: int, end: int, *, verb_follows: bool) -> str | None:
            raise NotImplementedError

    def _after(self, start: int, end: int) -> str | None:
        """`"...," Mr. X said` or `"...," said Mr. X` or `"...," he wrote`."""
        if (how := HOW_OPENING.match(self.text, start, end)) is not None:
            return self._how_put(how.end(), end)  # `"...," was how Ana Ruiz put it`
        if (quoter := QUOTER_THEN_OBJECT.match(self.text, start, end)) is not None:
            return self._quoted_as_saying(quoter.end(), end)  # `"...," the agency quoted Ruiz as saying`
        position = start
        while position < end and self.text[position] in " ,—–-\t":
            position += 1
        words = list(islice(_WORD.finditer(self.text, position, end), 2))  # the first two words are all it reads
        if not words or words[0].start() - position > 1:
            return None
        first = words[0].group(0)
        mention = self._mention_at(position, position + 4)
        if mention is not None and (owned := self._owned_role(mention, end)) is not None:
            return owned  # `"...," Ana Ruiz's spokesperson said`: the spokesperson's words, not Ruiz's
        if mention is not None and (holder := self._role_holder(mention, end)) is not None:
            return holder  # `"...," Ruiz's spokesman Dan Hale said`: the spokesman, named
        if mention is not None and mention.possessive and (role := self._role(position, end, verb_follows=True)):
            return role  # `"...," Ruiz's spokesman said`: the spokesman's words, not Ruiz's
        if mention is not None and not self._modifies_a_role(mention, end):  # "Ruiz campaign manager Lena Vos"
            if self._verb_follows(mention.end, end) or self._clause_then_verb(mention.end, end):
                return self._unless_relayed(mention, end)  # "Dunne recalled him saying": not Dunne's words
            if _SIGNED.match(self.text, start, position) and _SIGNATURE_ENDS.match(self.text, mention.end, end):
                return self._speaker_of(mention)  # `"R.I.P. Diego" - Pele`: a dash, a name, the line ends
            return None
        described = self._described_speaker(position, end)
        if described is not None:
            return described
        role = self._role(position, end, verb_follows=True)
        if role is not None:
            return role
        if first.lower() in SUBJECT_PRONOUNS and len(words) > 1 and self._verb_follows(words[0].end(), end):
            return self._resolve_pronoun(SUBJECT_PRONOUNS[first.lower()], position)
        if (
            (first.lower() in SPEECH_VERBS or first.lower() in MANNER_VERBS_AFTER_QUOTE)
            and len(words) > 1
            and not first.endswith("ing")
        ):
            # `"...", adding Quinn Estates "are ..."`: a participle's subject is the speaker before, never inverted
            after_verb = words[1].start()
            linked = self._mention_at(after_verb, after_verb + 1)  # "added the minister": linked to a name
            if linked is not None and self.text.startswith(("the ", "The "), after_verb):
                # "writes the Daily Ledger critic Ana Ruiz": the paper is whom the named critic writes for
                return self._speaker_of(
                    employee_after(self.text, linked, self._mentions_between(linked.end, end), self.people)
                )
            role = self._role(after_verb, end, verb_follows=False)
            if role is not None:
                return role
            mention = self._mention_at(after_verb, after_verb + 5)
            if mention is not None and not mention.possessive:  # "said Acme area manager Ana Ruiz": Ana Ruiz
                return self._speaker_of(
                    employee_after(self.text, mention, self._mentions_between(mention.end, end), self.people)
                )
            # "said the club's captain, Jade Morrow": a role, then the name
            clause_end = min(end, after_verb + 70)
            # "said the agent for Adeyemi, Marco Bellini", "said Adeyemi's former coach, Jurgen Klopp": the
            # first name that is not an object or a possessive is the speaker
            mention = next(
                (m for m in self._mentions_between(after_verb, clause_end) if self.finder.is_subject_position(m)),
                None,
            )
            between = self.text[after_verb : mention.start] if mention is not None else ""
            between = _without_rank_stops(between)  # "said former Ohio Gov. and party chair Jo Pace"
            if mention is not None and not re.search(r"[.;:\"“”«»]", between) and not _RELATIVE.search(between):
                return self._speaker_of(mention)  # not "said a poster, which Vogt photographed": a clause of its own
            return self._organization(after_verb, end, verb_follows=False)
        return self._organization(position, end, verb_follows=True)

    def _how_put(self, position: int, end: int) -> str | None:
        """The name or pronoun after "was how", when its verb of saying follows (how_put.py)."""
        mention = self._mention_at(position, position + 4)
        if mention is not None and not mention.possessive and how_verb_follows(self.text, mention.end, end):
            return self._speaker_of(mention)
        pronoun = _WORD.match(self.text, position, end)
        said_by_pronoun = pronoun is not None and pronoun.group(0).lower() in SUBJECT_PRONOUNS
        if pronoun is not None and said_by_pronoun and how_verb_follows(self.text, pronoun.end(), end):
            return self._resolve_pronoun(SUBJECT_PRONOUNS[pronoun.group(0).lower()], position)
        return None

    def _quoted_as_saying(self, position: int, end: int) -> str | None:
        """The object of "quoted ... as saying" after the words: a name, or "him"/"her" resolved (passive_saying.py)."""
        mention = self._mention_at(position, position + 4)
        if mention is not None and not mention.possessive and as_saying_follows(self.text, mention.end, end):
            return self._speaker_of(mention)
        pronoun = _WORD.match(self.text, position, end)
        if pronoun is None or pronoun.group(0) not in OBJECT_PRONOUNS:
            return None
        if not as_saying_follows(self.text, pronoun.end(), end):
            return None
        return self._resolve_pronoun(OBJECT_PRONOUNS[pronoun.group(0)], position)

    def _clause_then_verb(self, position: int, end: int) -> bool:
        """ "Adhanom, who was in Juba with the minister, told": a clause or apposition, or a few in a row ("Ann Ruiz
        (D-Md.), chair of the panel, said"), then a speech verb."""
        if any(self._verb_follows(after, end) for after in self._past_clauses(position, end)):
            return True
        clause = _APPOSITION_THEN_VERB.match(self.text, position, end)
        return clause is not None and self._verb_follows(clause.end(), end)

    def _clause_then_this_verb(self, position: int, verb_start: int) -> bool:
        """ "Okafor, an early critic of the mayor, calls the plan": clauses or appositions, then at once the verb at
        `verb_start`, whichever verb it is (a verb of calling or praising too, not only a speech verb)."""
        return any(verb_right_after(self.text, after, verb_start) for after in self._past_clauses(position, verb_start))

    def _past_clauses(self, position: int, end: int) -> list[int]:
        """Where each of the clauses and appositions set off one after another after a name at `position` ends, up
        to three in a row ("(D-Md.)", then ", chair of the panel, "): the verb may follow any of them."""
        ends: list[int] = []
        while len(ends) < _CLAUSES_READ and (clause := _CLAUSE.match(self.text, position, end)) is not None:
            ends.append(clause.end())
            closed = self.text[clause.start() : clause.end()].rstrip()
            position = clause.start() + len(closed) - 1 if closed.endswith(",") else clause.end()  # opens the next
        return ends

    def _modifies_a_role(self, mention: Mention, end: int) -> bool:
        """Whether a name after the words only says whose role the speaker holds ("Ruiz campaign manager Lena Vos
        said"), the speaker named next; a name its speech verb follows ("Ruiz told reporters Monday") speaks."""
        return modifies_noun_after(self.text, mention) and not self._verb_follows(mention.end, end)

    def _described_speaker(self, position: int, end: int) -> str | None:
        """`"...," two-time US Open finalist Wozniacki said`: a few describing words, the name, the verb."""
        limit = min(end, position + 80)
        for mention in self._mentions_between(position, limit):
            between = self.text[position : mention.start]
            words = _WORD.findall(between)
            if re.search(r"[.;:!?\"“”]", between) or len(words) > 6 or opens_own_clause(words):
                return None  # "... and Ruiz asked": a clause of its own, after the words (clause_openers.py)
            if any(word.lower() in SPEECH_VERBS for word in words) or _OF_SOMEONE.search(between):
                return None  # "a spokesman for Mayor Tom Reid said": the name is whom the speaker is of
            if self._modifies_a_role(mention, end):
                continue  # "Ruiz campaign manager Lena Vos said": whose campaign; the manager is named next
            if (owned := self._owned_role(mention, end)) is not None:
                return owned  # "...," opposition leader Ana Ruiz's spokesperson said
            if (holder := self._role_holder(mention, end)) is not None:
                return holder  # "...," opposition leader Ana Ruiz's spokesman, Dan Hale, said
            said = self._verb_follows(mention.end, end) or self._clause_then_verb(mention.end, end)
            return self._unless_relayed(mention, end) if said else None  # "former judge Ann Ruiz of ... wrote"
        return None

    def _role_holder(self, mention: Mention, end: int) -> str | None:
        """The named holder of the role a possessive name owns, as the subject of the speech verb after their
        name ("Ana Ruiz's spokesman Dan Hale said", "Ruiz's aide, Petra Lund, said"): the holder, never the owner."""
        start = holder_after(self.text, mention, end)
        holder = self._mention_at(start, start + 1) if start is not None else None
        if holder is None or holder.possessive:
            return None
        if not (self._verb_follows(holder.end, end) or self._clause_then_verb(holder.end, end)):
            return None
        return self._unless_relayed(holder, end)

    def _owned_role(self, mention: Mention, end: int) -> str | None:
        """The role a possessive name owns, as the subject of the speech verb right after it ("Ana Ruiz's
        spokesperson said", possessed_roles.py), kept as that role: never the owner."""
        phrase = possessed_role(self.text, mention, end)
        if phrase is None:
            return None
        after = mention.start + len(phrase)
        if not (self._verb_follows(after, end) or self._clause_then_verb(after, end)):
            return None
        person = role_person(self.finder.people, phrase)
        self.people[person.id] = person
        return person.id
