"""Descriptions that stand for someone already named: "the Russian president", "the company".

A later "the French president" is the person whose title the article gave earlier ("French
President Emmanuel Macron"), and "the company said" is the organization last named. Linking
them is what lets a quotation after "the president said" go to the right name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from quizapp.draft.epithets import epithet_mentions, topic_before
from quizapp.draft.first_names import gender_of_first_name
from quizapp.draft.genders import role_gender
from quizapp.draft.lexicon import NATIONALITIES, ORGANIZATION_NOUNS, ROLE_NOUNS, alternation
from quizapp.draft.person import Mention, Person
from quizapp.draft.reported import reports_speech
from quizapp.draft.spans import Spans

_DESCRIPTOR = re.compile(
    r"he\s+((?:[A-Z][\w.]*\s+|[a-z][\w-]*\s+){0,2}?)((?:"
    + alternation(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")\b|(?:"
    + alternation(sorted({noun.capitalize() for noun in ROLE_NOUNS}, key=len, reverse=True))
    + r")\b(?![\w'’-]|\s+[A-Z])|(?:MPP|MNA|MSP|MEP|MLA|MLC|MCA|MP)\b(?![\w'’-]|\s+[A-Z]))"
)
"""`[Tt]he <up to two words> <role noun>`, from its "he": see `_after_the`. The noun may be capitalised as a
title ("the Premier said", as British and Australian papers write it), but not when a capitalised word follows:
"the Premier League", "the President Hotel" are names."""
_ORGANIZATION_DESCRIPTOR = re.compile(
    r"he\s+(?:" + alternation(sorted(ORGANIZATION_NOUNS, key=len, reverse=True)) + r")(?:['’]s)?\b"
)


class _TheMatch:
    """A match of one of the patterns above, widened to the "T" or "t" of its "the"."""

    def __init__(self, text: str, match: re.Match[str]) -> None:
        self._text = text
        self._match = match

    def start(self) -> int:
        return self._match.start() - 1

    def end(self) -> int:
        return self._match.end()

    def group(self, index: int) -> str:
        return self._text[self.start() : self.end()] if index == 0 else self._match.group(index)


def _after_the(pattern: re.Pattern[str], text: str, position: int) -> Iterator[_TheMatch]:
    """Matches of `pattern` that begin a word "the" or "The", from `position`.

    The patterns start at "he" and the "[Tt]" and word boundary before it are checked here: a
    pattern that opens with a boundary and a class is tried at every position of the text,
    while one that opens with letters is found by a fast scan for them (about six times
    faster on a long text). A rejected "he" (in "she", "breathe") resumes the scan one
    character on, so no "the" it overlapped is missed.
    """
    search = pattern.search
    match = search(text, position + 1)
    while match is not None:
        at = match.start()
        if text[at - 1] in "Tt" and (at < 2 or not (text[at - 2].isalnum() or text[at - 2] == "_")):
            yield _TheMatch(text, match)
            match = search(text, match.end())
        else:
            match = search(text, at + 1)


_PREDICATE = re.compile(r"\b(?:is|was|are|were|be|been|became|becomes|remains|remained)\s+$")
_SALIENCE_WINDOW = 400
"""Mentions looked back over for a descriptor's person: the nearest earlier sentence is well within."""


class DescriptorLinker:
    """Mixed into the people finder: links descriptions to the people and organizations they stand for."""

    text: str
    body_start: int
    quote_spans: list[tuple[int, int]]
    quoted: Spans
    sentence_starts: list[int]
    people: list[Person]
    mentions: list[Mention]

    _named: list[Mention]
    _named_starts: list[int]

    def _after_preposition(self, position: int) -> bool:
        raise NotImplementedError

    def _descriptors(self) -> None:
        """ "the Russian president" -> the president of Russia, else the president last spoken of."""
        known = {mention.start for mention in self.mentions}
        self._organization_descriptors(known)
        self._named = sorted(self.mentions, key=lambda mention: mention.start)
        self._named_starts = [mention.start for mention in self._named]
        fitting: dict[str, list[Person]] = {}
        narrated = {mention.person for mention in self._named if not mention.in_quote}
        for match in _after_the(_DESCRIPTOR, self.text, self.body_start):
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
            person = candidates[0] if len(candidates) == 1 else self._most_salient(candidates, match.start())
            if person is None:
                continue
            guessed = len(candidates) > 1 and not self._the_topic(person, candidates, match.start())
            if country and person.country is None and len(candidates) == 1:
                person.country = country
            person.add_alias("t" + match.group(0)[1:])
            self.mentions.append(
                Mention(
                    match.start(),
                    match.end(),
                    person.id,
                    False,
                    self.quoted.contains(match.start()),
                    guessed,
                )
            )
        self.mentions.sort(key=lambda mention: mention.start)
        self.mentions += epithet_mentions(
            self.text, self.body_start, self.sentence_starts, self.mentions, self.people, self.quoted
        )

    def _the_topic(self, person: Person, candidates: list[Person], position: int) -> bool:
        """Whether `person` is the one of the `candidates` the sentence before a description is about: "Blake
        insisted the fee was fair. '...,' the manager said." is Blake's, though the article has two managers."""
        by_id = {candidate.id: candidate for candidate in candidates}
        among = frozenset(by_id)
        if topic_before(self.text, self.sentence_starts, self._linked_between, by_id, position, among) != person.id:
            return False
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        topic_start, topic_end = self.sentence_starts[index - 1], self.sentence_starts[index]
        if reports_speech(self.text[topic_start:topic_end]):
            return True  # "Blake insisted the fee was fair.": the one who just spoke
        # "Liverpool manager Tom Bell praised his players. Everton manager Sam Ryan was less happy. "...," the
        # manager said.": a candidate who did not speak, just after another: either may be meant
        earlier = self.sentence_starts[max(0, index - 3)]
        return not any(m.person in among - {person.id} for m in self._linked_between(earlier, topic_start))

    def _topic_among(self, candidates: list[Person], position: int) -> list[Person]:
        """The one of `candidates` the sentence before is about (`topic_before`: it names no one else), alone.
        A qualifier a bare title left out ("the Harbour Party MLA" after "MLA Ana Ruiz said ...") is the person
        just spoken of; a title with qualifiers of its own ("Liberal Democrat leader") is another office."""
        by_id = {person.id: person for person in self.people}
        topic = topic_before(self.text, self.sentence_starts, self._linked_between, by_id, position)
        return [person for person in candidates if person.id == topic]

    def _linked_between(self, start: int, end: int) -> list[Mention]:
        """Mentions outside quotations in [start, end): the names, and the descriptions linked so far (which
        the loop of `_descriptors` appends in text order), each found by bisection."""
        named = self._named[bisect.bisect_left(self._named_starts, start) : bisect.bisect_left(self._named_starts, end)]
        # the descriptions follow the names in `mentions`: bisected in place, not copied out at each call
        low = bisect.bisect_left(self.mentions, start, len(self._named), key=lambda mention: mention.start)
        high = bisect.bisect_left(self.mentions, end, low, key=lambda mention: mention.start)
        return sorted((m for m in [*named, *self.mentions[low:high]] if not m.in_quote), key=lambda m: m.start)

    def _organization_descriptors(self, known: set[int]) -> None:
        """ "the company said" -> the organization last named before it."""
        organizations = {person.id for person in self.people if person.kind == "organization"}
        if not organizations:
            return
        named = sorted((m for m in self.mentions if m.person in organizations), key=lambda mention: mention.start)
        starts = [mention.start for mention in named]
        by_id = {person.id: person for person in self.people}
        fits: dict[tuple[str, str], bool] = {}
        # for each noun, where in `named` the organizations it can stand for are, found by bisection: reading back
        # over the last few named for each "the company" cost a fit test per organization passed
        fitting_at: dict[str, list[int]] = {}
        for match in _after_the(_ORGANIZATION_DESCRIPTOR, self.text, self.body_start):
            if match.start() in known or self.quoted.contains(match.start()):
                continue
            noun = match.group(0).split()[1].removesuffix("'s").removesuffix("’s").lower()
            before = bisect.bisect_left(starts, match.start())
            if noun not in _NAMED_KINDS and noun not in _BUSINESS_NOUNS:  # "the group": the nearest one named
                fitting = named[before - 1].person if before else None
            else:  # the nearest organization before it that the noun can stand for, among the last few named
                if noun not in fitting_at:
                    fitting_at[noun] = [
                        index for index, mention in enumerate(named) if _fits_cached(fits, noun, by_id[mention.person])
                    ]
                nearest = bisect.bisect_left(fitting_at[noun], before) - 1
                fitting = (
                    named[fitting_at[noun][nearest]].person
                    if nearest >= 0 and fitting_at[noun][nearest] >= before - _ORGANIZATIONS_LOOKED_BACK
                    else None
                )
            if fitting is None:
                continue
            self.mentions.append(
                Mention(match.start(), match.end(), fitting, match.group(0).endswith(("'s", "’s")), False)
            )
        self.mentions.sort(key=lambda mention: mention.start)

    @staticmethod
    def _role_matches(person: Person, role_noun: str) -> bool:
        role = re.split(r"['’]s\s+", (person.role or "").lower())[-1]  # "the mayor's spokesman" is no mayor
        if role_noun == "president":
            return bool(re.search(r"(?<!vice )\bpresident\b", role))
        synonyms = ROLE_SYNONYMS.get(role_noun, frozenset())
        if len(role_noun) <= 3:  # "the MP" is no "champion": a short title is matched as a whole word
            return re.search(rf"\b{role_noun}\b", role) is not None
        return role_noun in role or any(re.search(rf"\b{synonym}\b", role) for synonym in synonyms)

    def _most_salient(self, candidates: list[Person], position: int) -> Person | None:
        """The subject of the nearest earlier sentence that names a candidate.

        People named in the descriptor's own sentence are passed over: "Mr. Putin has tried to
        appease the U.S. president" is not about Mr. Putin.
        """
        ids = {person.id for person in candidates}
        sentence = bisect.bisect_right(self.sentence_starts, position) - 1
        own_start = self.sentence_starts[sentence] if sentence >= 0 else 0
        added = [m for m in self.mentions[len(self._named) :] if m.start < position]  # descriptors linked so far
        low = bisect.bisect_left(self._named_starts, own_start)
        high = bisect.bisect_left(self._named_starts, position)
        named_here = {m.person for m in self._named[low:high]} | {m.person for m in added if m.start >= own_start}
        ids -= named_here
        earlier = self._named[:low]
        before = [m for m in earlier[-_SALIENCE_WINDOW:] if m.person in ids and not m.in_quote]
        before += [m for m in added if m.start < own_start and m.person in ids and not m.in_quote]
        before.sort(key=lambda mention: mention.start)
        if not before:
            return None
        nearest = bisect.bisect_right(self.sentence_starts, before[-1].start) - 1
        nearest_start = self.sentence_starts[nearest] if nearest >= 0 else 0
        in_nearest = [m for m in before if m.start >= nearest_start]
        subjects = [m for m in in_nearest if not m.possessive and not self._after_preposition(m.start)]
        chosen = (subjects or in_nearest)[0]
        return next(person for person in self.people if person.id == chosen.person)


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


_NAMED_KINDS = frozenset(
    {"union", "ministry", "agency", "council", "board", "authority", "department", "club", "school", "university",
     "hospital", "police", "court", "committee", "commission", "bank"}
)  # fmt: skip
"""Organization nouns that are part of the names they stand for ("the club" is "Harbour City Football Club")."""


def _fits_cached(cache: dict[tuple[str, str], bool], noun: str, organization: Person) -> bool:
    """`fits_organization`, asked once per noun and organization: a long text asks it for every "the company"."""
    key = (noun, organization.id)
    if key not in cache:
        cache[key] = fits_organization(noun, organization)
    return cache[key]


_NOT_A_BUSINESS = frozenset(
    {"union", "council", "party", "ministry", "department", "police", "court", "committee", "commission",
     "government", "agency", "authority", "university", "school", "hospital", "club", "charity", "trust"}
)  # fmt: skip
"""Words in a body's name that say it is no business: "the company" after "Unite the Union" is some firm else."""
_BUSINESS_NOUNS = frozenset({"company", "firm", "carmaker", "automaker", "airline"})


def fits_organization(noun: str, organization: Person) -> bool:
    """Whether "the <noun>" can stand for the organization: "the club" names a club, "the company" any firm."""
    if noun not in _NAMED_KINDS and noun not in _BUSINESS_NOUNS:
        return True
    names = " ".join([organization.name, *organization.aliases]).lower()
    if noun in _BUSINESS_NOUNS:
        return not _NOT_A_BUSINESS & set(names.split())
    return noun in names.split() or (noun == "club" and re.search(r"\b(?:fc|afc|united|city)\b", names) is not None)


_ORGANIZATIONS_LOOKED_BACK = 30
"""Organization mentions looked back over for "the club": a bound that keeps long texts linear."""
