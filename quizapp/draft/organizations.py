"""Organizations as speakers: "the Kremlin said", "said the Health Ministry".

Mixed into the attributor. An organization is taken as the speaker only when its name is there
right before the speech verb (or right after "said"); known by its capitals alone, without a word
such as Ministry or Council, it stays a guess, unless it is one word no known person's names hold ("Maddow said",
"Hale said"): then the name, a person's or a body's, is what the reader is told, and it is sure.
"""

from __future__ import annotations

import re

from quizapp.draft.demonyms import country_of_demonym
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import GROUP_NOUNS, NAME_STOPWORDS, OCCUPATIONS, ORGANIZATION_WORDS, ROLE_NOUNS
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Person, next_person_id
from quizapp.draft.titles import ends_with_a_members_title, names_an_office

_ORGANIZATION_SPEAKER = lazy_compile(
    r"^(?:the\s+)?((?:[A-Z][\w.'’-]*)(?:\s+(?:of\s+|for\s+|the\s+)*[A-Z][\w.'’-]*){0,4})"
)
_PARTY_PLURALS = frozenset(
    {"conservatives", "tories", "democrats", "republicans", "liberals", "greens", "nationalists", "unionists"}
)
"""A party named, capitalised, by the plural of its members ("the Conservatives said", "Republicans said"): the
party speaking as a body, though the plural is a group's."""
_NOUN_AFTER = lazy_compile(r"[ \t]+([a-z]+)\b")
"""The lowercase word right after a capitalised name: a role noun there makes the name its qualifier."""
_INVERTED_CLAUSE_ENDS = lazy_compile(r"[ \t]*(?:[.;]|,(?!\s+(?:and|or|the|a|an)\b))")
"""After the one word an inverted said-clause names ("said Baron."): the sentence ends, or a comma opens what
follows it, not a list or a name with words after it."""


_RUN_BEFORE_A_CAPITAL = lazy_compile(r"(?<![\w'’.-])[\w'’.-]++(?=[ \t]+[A-Z])")
"""A run of word characters (and the apostrophes, dots and hyphens of a name) with a capitalised word after it.
Tried only where a run opens, and never given back a character: a shorter piece of the run is followed by more of
it, never by a space, so neither finds another run; `[\\w'’.-]+(?=...)` tried every character of every word and
every shorter piece, three times the time."""
_PLAIN_WORD = lazy_compile(r"\w[\w'’.-]*")
"""A word the runs hold whole: any other is searched for as written."""


_NOT_A_WORD_CHARACTER = lazy_compile(r"[.'’-]")
"""What a run before a capital holds besides word characters."""
_WORD_START = lazy_compile(r"\b\w")
"""Where a tail of a run opens on a word boundary: a word character with none before it."""


def words_before_a_capital(text: str) -> frozenset[str]:
    """Every word `\\bWORD[ \\t]+[A-Z]` finds in `text`, read in one pass: each run before a capital, and each of
    its tails that opens on a word boundary ("O'Neill" and "Neill"). A story writes the same few runs again and
    again ("the", "said"): each distinct run is cut once, and one of word characters only is its own one tail."""
    words: set[str] = set()
    for found in set(_RUN_BEFORE_A_CAPITAL.findall(text)):
        if _NOT_A_WORD_CHARACTER.search(found) is None:
            words.add(found)
        else:
            words.update(found[start.start() :] for start in _WORD_START.finditer(found))
    return frozenset(words)


class OrganizationSpeakers:
    """Mixed into the attributor: an organization named where a speaker is."""

    text: str
    finder: PeopleFinder
    people: dict[str, Person]
    _doubt: str | None
    _words_before_capitals: frozenset[str] | None = None
    """`words_before_a_capital` of the text, read at the first bare name: searched per quotation, a long article
    of one-word speakers cost the square of its length (0.5 MB: 13.6 s)."""

    def _verb_follows(self, position: int, end: int) -> bool:
        raise NotImplementedError

    def _organization(self, position: int, end: int, *, verb_follows: bool) -> str | None:
        """ "the Kremlin said", "said the Health Ministry": an organization speaking."""
        match = _ORGANIZATION_SPEAKER.match(self.text[position:end])
        if match is None:
            return None
        name = match.group(1).rstrip(".")
        tokens = name.split()
        if any(token.endswith(("'s", "’s")) for token in tokens[:-1]):
            return None  # "said Greenway Party’s Dara Quinn": someone of the party speaks, not the party
        if tokens[0] in NAME_STOPWORDS or (len(tokens) == 1 and name.isupper() and len(name) > 5):
            return None
        if len(tokens) == 1 and country_of_demonym(name) is not None:
            return None  # "the Kenyan said": a person of that country (demonyms.py), never an organization
        if len(tokens) == 1 and name.lower() in _PARTY_PLURALS and self._verb_follows(position + match.end(), end):
            self._doubt = f"“{name}” names a party by its members: the words may be one member's"
            return self._organization_id(name)  # "the Conservatives said": the party, as "Labour said" is
        if tokens[-1].lower() in GROUP_NOUNS:
            return None  # "Residents said", "Labour MPs said": a group speaks, no one the reader can name
        noun_after = _NOUN_AFTER.match(self.text, position + match.end(), end)
        if noun_after is not None and noun_after.group(1) in ROLE_NOUNS | OCCUPATIONS:
            return None  # "said the New York businessman": the capitals say where the role's holder is from
        if (
            names_an_office(tokens)
            or ends_with_a_members_title(tokens)
            or (len(tokens) == 1 and name.lower() in ROLE_NOUNS)
        ):
            return None  # "the US Secretary of State said", "the Premier said", "the Party MLA said": no organization
        if verb_follows and not self._verb_follows(position + match.end(), end):
            return None
        if (
            not verb_follows
            and len(tokens) == 1
            and not any(t in ORGANIZATION_WORDS for t in tokens)
            and not (
                self._bare_name(match.group(0), tokens)
                and _INVERTED_CLAUSE_ENDS.match(self.text, position + match.start(1) + len(name))
            )
        ):
            return None  # "said Baron." ends the clause on the name; "said Monday that" names nobody
        if not any(token.rstrip(".") in ORGANIZATION_WORDS for token in tokens) and not self._bare_name(
            match.group(0), tokens
        ):
            holders = self._name_bearers(name) if len(tokens) == 1 else []
            self._doubt = (
                f"“{name}” is the surname of more than one person in the article"  # as attribution.py words it
                if len(holders) > 1 and all(holder.kind == "person" for holder in holders)
                else f"“{name}” was taken for an organization from its capital letters alone"
            )
        return self._organization_id(name)

    def _bare_name(self, written: str, tokens: list[str]) -> bool:
        """Whether a speaker's one capitalised word ("Maddow said", "Hale told reporters") is a name the reader
        needs nothing more for: the words are that name's, a person's or a body's alike. Not when a known person's
        or body's names hold the word ("Trump said" beside Ivanka and Donald Trump: which one the text does not
        say), nor when the text writes it first in a longer name ("Marlow Rail": a body's short name), nor with an
        article before it ("the Texan said": a description), nor an acronym ("the ACU", "CNN")."""
        if len(tokens) != 1 or written[:4].lower() == "the " or tokens[0].isupper():
            return False
        word = tokens[0]
        if self._words_before_capitals is None:
            self._words_before_capitals = words_before_a_capital(self.text)
        if (
            word in self._words_before_capitals
            if _PLAIN_WORD.fullmatch(word)
            else re.search(rf"\b{re.escape(word)}[ \t]+[A-Z]", self.text) is not None
        ):
            return False  # "Marlow Rail and Marlow Buses ... Marlow said": a body's first word, whichever body
        return not self._name_bearers(word)

    def _name_bearers(self, word: str) -> list[Person]:
        """The known people and bodies, other than the bare word itself, with `word` among the words of their names:
        "Trump" is Ivanka's and Donald's."""
        return [
            person
            for person in self.finder.people
            if person.kind in ("person", "organization")
            and person.name != word
            and any(word in form.split() for form in (person.name, *person.aliases))
        ]

    def _organization_id(self, name: str) -> str:
        for person in self.finder.people:
            if person.name == name or name in person.aliases:
                return person.id
        organization = Person(id=next_person_id(self.finder.people), kind="organization", name=name)
        organization.add_alias(name)
        self.finder.people.append(organization)
        self.people[organization.id] = organization
        return organization.id
