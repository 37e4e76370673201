"""One person, many names: a name in the story resolves to the person already known by it, or adds one.

A news story names a person in full once ("Bill Slater") and then short ("Slater", "Mr Slater", "Bill"):
a bare surname or first name is the one person who bears it, a contradicting honorific ("Ms Slater") is
someone else, a surname two people bear is no alias of either (unless only one of them was named before it:
surnames.py), and a fuller name written later ("Tom Becker" after "Mr. Becker") is the one shown. Mixed into
the people finder, apart from the evidence that makes a name a person's (evidence.py and its siblings): this
is the register the evidence writes to, and that the signature and speaker-line readers ask by label
(`person_labelled`, `organization_labelled`).
"""

from __future__ import annotations

from quizapp.draft.first_names import gender_of_first_name
from quizapp.draft.lexicon import NAME_STOPWORDS, ROLE_NOUNS, TITLE_WORDS
from quizapp.draft.name_candidates import NameCandidate
from quizapp.draft.name_index import NameIndex
from quizapp.draft.name_parts import surname, without_joined_article
from quizapp.draft.name_shape import is_organization
from quizapp.draft.name_words import contradicts, may_bear, names_a_group, spelled_alike
from quizapp.draft.person import Mention, Person, in_name_case, next_person_id
from quizapp.draft.spans import Spans
from quizapp.draft.titles import split_last_title, split_title


class PeopleByName:
    """Mixed into the people finder: the people found so far, looked up, added and mentioned by their names."""

    text: str
    quoted: Spans
    people: list[Person]
    mentions: list[Mention]
    _index: NameIndex | None
    _named_from: dict[str, int] | None

    def person_labelled(self, label: str) -> Person | None:
        """The person a label names ("NDP Leader Jack Layton", "Roger Federer"), found or added; None if no name."""
        tokens = label.split()
        if not tokens or len(tokens) > 8 or tokens[0] in NAME_STOPWORDS:
            return None
        known = self._lookup(tokens)
        if known is not None:
            return known
        title, name = split_last_title(tokens)
        if not title:
            title, name = split_title(tokens)
        if not name or len(name) > 4 or is_organization(name) or any(t.lower() in ROLE_NOUNS for t in name):
            return None
        if names_a_group(name):
            return None  # "Labour MPs:": a group's label
        if len(name) < 2 and not title:
            return None  # "Update:", "Watch:": a single capitalised word is no evidence of a person
        known = self._lookup(name)
        if known is not None:
            known.add_alias(label)
            return known
        person = self._person_for(name, role=" ".join(title) or None)
        person.add_alias(label)
        return person

    def organization_labelled(self, label: str) -> Person | None:
        """The organization a signature names by its words ("Redmoor United"), found or added; None if none."""
        tokens = label.split()
        return self._organization_for(tokens) if 0 < len(tokens) <= 5 and is_organization(tokens) else None

    def _lookup(self, tokens: list[str], gender: str | None = None, at: int | None = None) -> Person | None:
        """The known person `tokens` name, if one; `at`, where a bare word stands, lets a surname that several
        bear be the one bearer named before it (`_named_from`)."""
        index = self._index if self._index is not None and self._index.covers(self.people) else None
        name = " ".join(tokens)
        if index is not None:
            named = index.named(name)
        else:
            named = next((person for person in self.people if name in person.alias_set or name == person.name), None)
        if named is not None:
            if gender is None or not contradicts(named, gender):
                return named
            if len(tokens) > 1:
                return None
            # "Ms Slater" after "Bill Slater ... Mr Slater": a contradicting honorific is someone else, whom the
            # surname's other bearers may be ("Mrs. Slater" beside Bill and Ann Slater: Ann; the second "Ms Slater"
            # of a story naming only Bill: the first one's woman, never a new person at each mention)
        if len(tokens) == 1:
            last_matches = (
                index.with_last(tokens[0]) if index else [person for person in self.people if person.last == tokens[0]]
            )
            if gender is not None:  # "Mrs. Reid" beside Tom and Ann Reid: Ann; beside Tom alone: neither
                last_matches = [person for person in last_matches if not contradicts(person, gender)]
                if len(last_matches) > 1:
                    last_matches = [person for person in last_matches if may_bear(person, gender)]
            if len(last_matches) == 1:
                return last_matches[0]
            if len(last_matches) > 1 and at is not None:
                before = self._named_before(last_matches, at)  # "Ana Reid ... Reid said ... her son, Leo Reid"
                if len(before) == 1:
                    return before[0]
            first_matches = (
                index.with_first(tokens[0])
                if index
                else [person for person in self.people if person.first == tokens[0]]
            )
            if len(first_matches) == 1 and not last_matches:
                return first_matches[0]
            if not last_matches and not first_matches:  # "Norvik said" after "Norvik Motors": the body, if one
                bodies = [
                    p
                    for p in (index.maybe_led_by(tokens[0]) if index else self.people)
                    if p.kind == "organization" and tokens[0] in p.name and p.name.split()[0] == tokens[0]
                ]
                if len(bodies) == 1 and len(bodies[0].name.split()) > 1:
                    return bodies[0]
            if not last_matches and not first_matches:  # "said Nuaimi" after "Saif al-Nuaimi": the article dropped
                joined = [
                    p
                    for p in (index.maybe_joined_last(tokens[0]) if index else self.people)
                    if p.kind == "person" and without_joined_article(p.last) == tokens[0]
                ]
                if len(joined) == 1:
                    return joined[0]
            if not last_matches and not first_matches and len(tokens[0]) > 4:
                variants = [
                    p
                    for p in (index.maybe_spelled_like(tokens[0]) if index else self.people)
                    if p.kind == "person" and spelled_alike(p.last, tokens[0])
                ]
                return variants[0] if len(variants) == 1 else None  # "Matthews" in a story about Ed Mathews
            return None
        first, last = tokens[0], surname(tokens)
        for person in index.with_last(last) if index else self.people:
            if person.kind == "person" and person.last == last and (person.first in {None, first}):
                first_gender = gender_of_first_name(first) if person.first is None else None
                if first_gender is not None and contradicts(person, first_gender):
                    continue  # "Mrs. Bales" before "Robert Bales": his wife, not him
                return person
        return None

    def _person_for(
        self,
        name_tokens: list[str],
        *,
        gender: str | None = None,
        honorific: str | None = None,
        role: str | None = None,
        country: str | None = None,
    ) -> Person:
        person = self._lookup(name_tokens, gender)
        if person is None:
            person = Person(id=next_person_id(self.people), kind="person", name=" ".join(name_tokens))
            self.people.append(person)
        cased = in_name_case(" ".join(name_tokens)).split()  # "PETRA VANCE" is Petra: a later "Vance said" is hers
        if len(name_tokens) > 1:
            if person.first is None:
                person.first = cased[0]
            if len(" ".join(name_tokens)) > len(person.name) or person.last is None:
                person.name = " ".join(name_tokens)
        person.last = person.last or surname(cased)
        person.gender = person.gender or gender
        person.honorific = person.honorific or (honorific.rstrip(".") + "." if honorific else None)
        person.role = person.role or role
        person.country = person.country or country
        self._note(person)
        joined = " ".join(name_tokens)
        if joined not in person.alias_set and (len(name_tokens) > 1 or self._bearing_surname(joined) == 1):
            person.add_alias(joined)  # a surname two people bear is no alias of either
            self._note(person)
        return person

    def _bearing_surname(self, last: str) -> int:
        """How many people have the surname `last`."""
        if self._index is not None and self._index.covers(self.people):
            return len(self._index.with_last(last))
        return sum(person.last == last for person in self.people)

    def _note(self, person: Person) -> None:
        """Tell the index (while there is one) of a person added or of a change to their names."""
        if self._index is not None:
            self._index.note(person)

    def _organization_for(self, tokens: list[str]) -> Person:
        name = " ".join(tokens)
        for person in self.people:
            if person.kind == "organization" and (name == person.name or name in person.alias_set):
                return person
        organization = Person(id=next_person_id(self.people), kind="organization", name=name)
        organization.add_alias(name)
        self.people.append(organization)
        self._note(organization)
        return organization

    def _known_name(
        self, candidate: NameCandidate, looked_up: dict[tuple[str, ...], Person | None] | None = None
    ) -> bool:
        """Mention the known person the candidate names, if any. `looked_up` keeps each name's lookup
        for the next candidates, and is emptied whenever this changes a person (a name, an alias)."""
        # "Judge Prince" after "Judge Christopher Prince": every word a title word, the last one his surname
        tokens = [token for token in candidate.tokens if token not in TITLE_WORDS] or candidate.tokens[-1:]
        key = tuple(tokens)
        if len(tokens) == 1 and self._named_from is not None:  # a shared surname: who was named before it counts
            index = self._index if self._index is not None and self._index.covers(self.people) else None
            bearers = index.with_last(tokens[0]) if index else [p for p in self.people if p.last == tokens[0]]
            if len(bearers) > 1:
                key = (*key, *(person.id for person in self._named_before(bearers, candidate.start)))
        if looked_up is not None and key in looked_up:
            person = looked_up[key]
        else:
            person = self._lookup(tokens, at=candidate.start) if len(tokens) <= 3 else None
            if looked_up is not None:
                looked_up[key] = person
        if person is None:
            return False
        if len(tokens) > 1 and person.first is None and person.kind == "person":
            person.first = tokens[0]  # "Mr. Becker" first, "Tom Becker" later: the fuller name is shown
            person.name = " ".join(tokens)
            self._note(person)
            if looked_up is not None:
                looked_up.clear()
        if self._mention(person, candidate) and looked_up is not None:
            looked_up.clear()
        return True

    def _named_before(self, people: list[Person], at: int) -> list[Person]:
        """Those of `people` the article names before `at` (all of them when no first namings are known)."""
        named_from = self._named_from
        if named_from is None:
            return people
        return [person for person in people if named_from.get(person.id, at) < at]

    def _mention(self, person: Person, candidate: NameCandidate) -> bool:
        """Record the mention; whether its wording was a new alias of the person."""
        surface = self.text[candidate.start : candidate.end]
        known = len(person.aliases)
        person.add_alias(surface)
        if len(person.aliases) > known:
            self._note(person)
        self.mentions.append(
            Mention(
                start=candidate.start,
                end=candidate.end,
                person=person.id,
                possessive=candidate.possessive,
                in_quote=self.quoted.contains(candidate.start),
            )
        )
        return len(person.aliases) > known
