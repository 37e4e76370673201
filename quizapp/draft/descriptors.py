"""Descriptions that stand for someone already named: "the Russian president", "the company".

A later "the French president" is the person whose title the article gave earlier ("French
President Emmanuel Macron"), and "the company said" is the organization last named. Linking
them is what lets a quotation after "the president said" go to the right name.

Here, which people a description of a person can stand for (its role noun, nationality, qualifiers, gender).
The organizations' descriptions are linked first (organization_descriptors.py); among several people who fit,
the one the text last spoke of is chosen by linked_mentions.py.
"""

from __future__ import annotations

import bisect
import re

from quizapp.draft.epithets import epithet_mentions, topic_before
from quizapp.draft.first_names import gender_of_first_name
from quizapp.draft.genders import role_gender
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NATIONALITIES, ROLE_NOUNS, alternation
from quizapp.draft.linked_mentions import LinkedMentions
from quizapp.draft.organization_descriptors import organization_descriptions
from quizapp.draft.person import Mention, Person
from quizapp.draft.reported import reports_speech
from quizapp.draft.spans import Spans
from quizapp.draft.the_phrases import after_the

_DESCRIPTOR = lazy_compile(
    r"he\s+((?:[A-Z][\w.]*\s+|[a-z][\w-]*\s+){0,2}?)((?:"
    + alternation(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")\b|(?:"
    + alternation(sorted({noun.capitalize() for noun in ROLE_NOUNS}, key=len, reverse=True))
    + r")\b(?![\w'’-]|\s+[A-Z])|(?:MPP|MNA|MSP|MEP|MLA|MLC|MCA|MP)\b(?![\w'’-]|\s+[A-Z]))"
)
"""`[Tt]he <up to two words> <role noun>`, from its "he": see `after_the`. The noun may be capitalised as a
title ("the Premier said", as British and Australian papers write it), but not when a capitalised word follows:
"the Premier League", "the President Hotel" are names."""
_PREDICATE = lazy_compile(r"\b(?:is|was|are|were|be|been|became|becomes|remains|remained)\s+$")


class DescriptorLinker:
    """Mixed into the people finder: links descriptions to the people and organizations they stand for."""

    text: str
    body_start: int
    quote_spans: list[tuple[int, int]]
    quoted: Spans
    sentence_starts: list[int]
    people: list[Person]
    mentions: list[Mention]

    _linked: LinkedMentions

    def _after_preposition(self, position: int) -> bool:
        raise NotImplementedError

    def _descriptors(self) -> None:
        """ "the Russian president" -> the president of Russia, else the president last spoken of."""
        known = {mention.start for mention in self.mentions}
        self.mentions += organization_descriptions(
            self.text, self.body_start, self.quoted, self.people, self.mentions, known
        )
        self.mentions.sort(key=lambda mention: mention.start)
        self._linked = LinkedMentions(self.mentions, self.people)
        fitting: dict[str, list[Person]] = {}
        narrated = {mention.person for mention in self._linked.named if not mention.in_quote}
        for match in after_the(_DESCRIPTOR, self.text, self.body_start):
            if match.start() in known or self.quoted.contains(match.start()):
                continue
            if _PREDICATE.search(self.text, max(0, match.start() - 12), match.start()):
                continue  # "Richardson was the sole other councillor": says what someone is, names nobody
            role_noun = match.group(2).lower()
            modifiers = match.group(1).split()
            if role_noun == "president" and modifiers and modifiers[-1].lower() == "vice":
                role_noun = "vice president"
            if role_noun not in fitting:  # people and their roles do not change here: asked once per noun
                fitting[role_noun] = [p for p in self.people if p.role and self._role_matches(p, role_noun)]
            candidates = [person for person in fitting[role_noun] if not _another_office(person, modifiers)]
            country = next((NATIONALITIES[word.lower()] for word in modifiers if word.lower() in NATIONALITIES), None)
            if country:
                candidates = [person for person in candidates if person.country in {None, country}]
                adjectives = {word.lower() for word in modifiers if word.lower() in NATIONALITIES}
                titled = [
                    person for person in candidates if person.country == country or adjectives & _role_words(person)
                ]
                candidates = titled or candidates  # "the French president": the one titled "French President"
            qualifiers = {word.lower() for word in modifiers if word[0].isupper() and word.lower() not in NATIONALITIES}
            if qualifiers:  # "the Commission president" is not "French President Emmanuel Macron"
                unqualified = candidates
                candidates = [person for person in candidates if qualifiers <= _role_words(person)]
                if not candidates:  # "the Harbour Party MLA" after "MLA Ann Rao": a party her bare title left out
                    bare = [person for person in unqualified if _role_words(person) <= {role_noun}]
                    candidates = self._topic_among(bare, match.start()) if bare else []
            if (noun_gender := role_gender(role_noun)) is not None:  # "the mother" is never a Michael
                candidates = [person for person in candidates if _gender_of(person) in {None, noun_gender}]
            # "the president" in the narrative is never someone only the quoted words name ("President Kibaki had ...")
            candidates = [person for person in candidates if person.id in narrated] or candidates
            if not candidates:
                continue
            person = (
                candidates[0]
                if len(candidates) == 1
                else self._linked.most_salient(candidates, match.start(), self.sentence_starts, self._after_preposition)
            )
            if person is None:
                continue
            guessed = len(candidates) > 1 and not self._the_topic(person, candidates, match.start())
            if country and person.country is None and len(candidates) == 1:
                person.country = country
            person.add_alias("t" + match.group(0)[1:])
            linked = Mention(match.start(), match.end(), person.id, False, False, guessed)  # quoted ones skipped
            self.mentions.append(linked)
            self._linked.add(linked)
        self.mentions.sort(key=lambda mention: mention.start)
        self.mentions += epithet_mentions(
            self.text, self.body_start, self.sentence_starts, self.mentions, self.people, self.quoted
        )

    def _the_topic(self, person: Person, candidates: list[Person], position: int) -> bool:
        """Whether `person` is the one of the `candidates` the sentence before a description is about: "Blake
        insisted the fee was fair. '...,' the manager said." is Blake's, though the article has two managers."""
        by_id = {candidate.id: candidate for candidate in candidates}
        among = frozenset(by_id)
        if topic_before(self.text, self.sentence_starts, self._linked.between, by_id, position, among) != person.id:
            return False
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        topic_start, topic_end = self.sentence_starts[index - 1], self.sentence_starts[index]
        if reports_speech(self.text[topic_start:topic_end]):
            return True  # "Blake insisted the fee was fair.": the one who just spoke
        # "Liverpool manager Tom Bell praised his players. Everton manager Sam Ryan was less happy. "...," the
        # manager said.": a candidate who did not speak, just after another: either may be meant
        earlier = self.sentence_starts[max(0, index - 3)]
        return not any(m.person in among - {person.id} for m in self._linked.between(earlier, topic_start))

    def _topic_among(self, candidates: list[Person], position: int) -> list[Person]:
        """The one of `candidates` the sentence before is about (`topic_before`: it names no one else), alone.
        A qualifier a bare title left out ("the Harbour Party MLA" after "MLA Ana Ruiz said ...") is the person
        just spoken of; a title with qualifiers of its own ("Liberal Democrat leader") is another office."""
        by_id = {person.id: person for person in self.people}
        topic = topic_before(self.text, self.sentence_starts, self._linked.between, by_id, position)
        return [person for person in candidates if person.id == topic]

    @staticmethod
    def _role_matches(person: Person, role_noun: str) -> bool:
        role = re.split(r"['’]s\s+", (person.role or "").lower())[-1]  # "the mayor's spokesman" is no mayor
        if role_noun == "president":
            return bool(re.search(r"(?<!vice )\bpresident\b", role))
        synonyms = ROLE_SYNONYMS.get(role_noun, frozenset())
        if len(role_noun) <= 3:  # "the MP" is no "champion": a short title is matched as a whole word
            return re.search(rf"\b{role_noun}\b", role) is not None
        return role_noun in role or any(re.search(rf"\b{synonym}\b", role) for synonym in synonyms)


ROLE_SYNONYMS = {
    "minister": frozenset({"secretary"}),
    "boss": frozenset({"manager", "coach", "chief", "head"}),
    "premier": frozenset({"prime minister", "chief minister", "first minister"}),
}
"""Role nouns a title names in other words: a "Foreign Secretary" is "the minister" later on, a "Liverpool
manager" "the Liverpool boss", a "Prime Minister" "the Premier"."""


_OFFICE_MODIFIERS = frozenset({"shadow", "former", "ex"})
"""Words that make a title another office: a "Shadow health secretary" is not "the Health Secretary", a "former
president" not "the president"; a description with the same word ("the former president") may still be them.
Not "deputy" or "acting": a deputy named as the successor is "the new minister" a line later."""


def _another_office(person: Person, modifiers: list[str]) -> bool:
    """Whether the person's title is a different office from the description's, by a modifier it lacks."""
    return bool((_role_words(person) & _OFFICE_MODIFIERS) - {word.lower() for word in modifiers})


def _gender_of(person: Person) -> str | None:
    """The gender the article gave the person, or else their first name's."""
    return person.gender or (gender_of_first_name(person.first) if person.first else None)


def _role_words(person: Person) -> set[str]:
    return set(re.findall(r"[\w'’-]+", f"{person.role or ''} {person.country or ''}".lower()))
