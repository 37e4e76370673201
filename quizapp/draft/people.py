"""Who is in the article: people (and speaking organizations), every name they go by, and where.

One person has many names in a news story: "President Vladimir V. Putin", "Mr. Putin",
"Putin", "the Russian president", "Vladimir". A name is taken for a person only on evidence:
an honorific (Mr., Ms.), a title (Prime Minister), a role ("spokeswoman Ana Ruiz", "Ana Ruiz,
the mayor,"), a speech verb ("Ana Ruiz said"), or a common first name ("Grace Hollins"). Later
bare surnames and first names then resolve to the person already known, so "Russia" or "White
House" never become people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.draft.ages import age_mentions
from quizapp.draft.demonyms import demonym_mentions
from quizapp.draft.descriptors import DescriptorLinker
from quizapp.draft.evidence import NameEvidence
from quizapp.draft.first_names import is_census_first_name
from quizapp.draft.genders import infer_genders
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import (
    HONORIFICS,
    NAME_STOPWORDS,
    NATIONALITIES,
    ORGANIZATION_WORDS,
    ROLE_NOUNS,
    TITLE_WORDS,
    UPPERCASE,
    alternation,
)
from quizapp.draft.name_candidates import NameCandidate
from quizapp.draft.name_index import NameIndex
from quizapp.draft.name_modifiers import qualifies_the_noun_after, title_joined_after
from quizapp.draft.name_parts import (
    JOINED_ARTICLES,
    SURNAME_PARTICLES,
    merge_particle_surnames,
    name_before_affiliation,
    surname,
)
from quizapp.draft.name_runs import OPENING_SAID, run_pieces, trimmed
from quizapp.draft.name_shape import is_organization, name_shape, short_enough_for_a_body
from quizapp.draft.name_words import (
    after_organization_noun,
    first_name_and_surname,
    merge_first_names,
    opening_verb,
    qualified_nationality,
)
from quizapp.draft.organization_evidence import speaks_by_name, speaks_in_perfect
from quizapp.draft.people_by_name import PeopleByName
from quizapp.draft.person import Mention, Person
from quizapp.draft.photo_credits import credit_lines
from quizapp.draft.prefixed_names import merge_prefixed_names
from quizapp.draft.run_qualifiers import held_before_an_ordinal_rank
from quizapp.draft.sentence_openers import SentenceOpeners
from quizapp.draft.spans import Spans
from quizapp.draft.surnames import first_named
from quizapp.draft.titles import ends_with_a_members_title, title_as_held

_UPPER = UPPERCASE
_MOJIBAKE = "(?:(?<=[ÃÂ\u0303])[\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e]|\u0303)"
"""The second character of an accented letter written as UTF-8 and read as Latin-1 ("PeÃ±a" for "Peña"; the "Ã"
itself sometimes decomposed, an "A" and a combining tilde): part of the word, or the name ends mid-word ("PeÃ")."""
_TOKEN = rf"(?:[{_UPPER}](?:\.(?:[{_UPPER}]\.){{1,3}}|(?:[\w'’\-]|{_MOJIBAKE})*\.?))"
"""A capitalised word, or initials written together ("J.M.S. Brito"). The capital is written once, before
both: a pattern that opens with one set of letters is tried only where one of them stands, and the scan for
names skips the rest of the text at the speed of a search for a character."""
_PARTICLES = r"(?:de|da|del|della|di|du|van|von|der|den|la|le|bin|bint|ibn|al|el|dos|das|ter|of|for|the)"
_ARTICLE_JOINED = rf"(?:{'|'.join(sorted(JOINED_ARTICLES))})-[{_UPPER}][\w'’\-]*"
"""An Arabic surname joined to its article, lowercase inside a name: "Saif al-Nuaimi", "Dr al-Nuaimi"."""
_SEQUENCE = lazy_compile(rf"{_TOKEN}(?:[ \t]+(?:{_PARTICLES}[ \t]+)*(?:{_TOKEN}|{_ARTICLE_JOINED}))*")
_HOLIDAYS = frozenset({"Christmas", "Easter", "Thanksgiving", "Halloween", "Hanukkah", "Passover", "Eid", "Diwali"})
"""Days that follow a word the census lists as a first name ("Merry Christmas", "Happy Easter")."""
_PLACE_WORD = lazy_compile(rf"({alternation(['in', 'of'], word_start=True)}) (?=(\w+)\b(?![-'’]|\s+[{_UPPER}]))")
"""A word after "in " or "of " not followed by a hyphen, an apostrophe or a capitalised word: a place ("in Reno",
"of Florida"), never part of a longer name ("in Florida Keys"). The lookahead reads each word without taking it,
so "in in Reno" finds both. Searched over the whole text: "in" and "of" are written with `word_start`."""
_AND_AFTER = lazy_compile(r"[ \t]+and\b")
_SENTENCE_OPENS = lazy_compile(r"(?:^|[.!?][\"”’]?[ \t]+|\n[ \t]*)$")
"""What stands right before a sentence's first word: the text's start, a line's, or a sentence's end."""
_SET_OFF_QUOTE = lazy_compile(r"[ \t]*[,:][ \t]*[\"“]")
"""A comma or colon and an opening quotation mark: "Said Vellan, "..."" gives the words to the name before it."""
"""" and" right after a name: matched where the name ends, never on a copy of the rest of the text."""
_DETERMINER_BEFORE = lazy_compile(r"\b(?:the|a|an|one|another|its|their|his|her)\s+$", re.IGNORECASE)
"""An article or possessive ending the text before a member's title: "the Harbour Party MLA" names no one."""


class PeopleFinder(NameEvidence, PeopleByName, DescriptorLinker):
    """Finds people in two passes: names with evidence first, then every other use of those names."""

    def __init__(
        self,
        text: str,
        quote_spans: list[tuple[int, int]],
        body_start: int,
        sentence_starts: list[int] | None = None,
        heading_start: int | None = None,
    ) -> None:
        self.sentence_starts = sentence_starts or [body_start]
        self.heading_start = body_start if heading_start is None else min(heading_start, body_start)
        """Where the headline starts: its names only name people the story names ("Ana Ruiz: 'We Won'" gives the
        story's bare "Ruiz" her first name); a headline's capitals are no evidence ("Donor Ruiz and Mayor May")."""
        self.text = text
        self.quote_spans = quote_spans
        self.quoted = Spans(quote_spans)
        self.body_start = body_start
        self.people: list[Person] = []
        self.mentions: list[Mention] = []
        self._speaking_name_words: set[str] = set()
        """Single words next to a speech verb ("Wozniacki said"): the surname or first name of a full name."""
        self._speaking_names: dict[str, bool] = {}
        """Whether each organization's name speaks somewhere in the text (`speaks_by_name`), read once per name."""
        self._index: NameIndex | None = None
        """The people by their names while the candidates are read (name_index.py); None before and after."""
        self._named_from: dict[str, int] | None = None
        """Where each person was first named, while the names without evidence are looked up; None otherwise."""
        self._openers: SentenceOpeners | None = None
        """Which capitalised words open sentences only (sentence_openers.py); read while the candidates are."""
        self._bare_words: set[str] = set()
        """Capitalised words the body writes alone, a run of one word: a person's surname said short ("Fiorina")."""
        self._given_before: dict[str, set[str]] = {}
        """For each last word of a run of two words or more, the words written before it: "Clinton" after "Bill"
        and "Hillary" is two people's surname."""
        self._lowercase: frozenset[str] | None = None
        """The words the text writes in lowercase, read once when a census first name is asked about."""
        self._place_words: dict[str, set[str]] | None = None
        """The words the text writes after "in " and after "of " as a place (`_PLACE_WORD`), read in one pass when
        a census first name is asked about: a search of the whole text per name grew with the square of its length."""

    # -- finding candidate names ------------------------------------------------------------

    def _candidates(self) -> list[NameCandidate]:
        """Capitalised runs in text order, trimmed to the words a name may be; one pass over the text, and each
        distinct run cut once (name_runs.py)."""
        found = []
        for match in _SEQUENCE.finditer(self.text, self.heading_start):
            at = match.start()
            for piece in run_pieces(match.group(0)):
                if piece.finished is not None:
                    done = piece.finished
                    if done.end == len(match.group(0)) and held_before_an_ordinal_rank(self.text, match.end()):
                        continue  # "Air Force 1st Lt. Ann Cole": the service the rank is held in (run_qualifiers.py)
                    found.append(NameCandidate(at + done.start, at + done.end, list(done.tokens), done.possessive))
                    continue
                tokens, offsets = list(piece.tokens), [at + offset for offset in piece.offsets]
                if (
                    len(tokens) > 2
                    and tokens[0].endswith("ing")
                    and opening_verb(self.text, offsets[0], offsets[-1] + len(tokens[-1]))
                ):
                    tokens.pop(0)  # "Thanking Leo Grant, the caretaker, ...": a verb, then the name
                    offsets.pop(0)
                if len(tokens) == 2 and tokens[0] in OPENING_SAID and self._said_opens(offsets[0], offsets[1], tokens):
                    tokens.pop(0)  # "Said Vellan, "..."": the verb opening the sentence, then its speaker
                    offsets.pop(0)
                while len(tokens) > 1 and tokens[0].lower() in NATIONALITIES and self._described(offsets[0]):
                    tokens.pop(0)  # "The 21-year-old American Keys": a nationality, not a first name
                    offsets.pop(0)
                if tokens:
                    found.append(trimmed(name_before_affiliation(tokens), offsets, self.text))
        return found

    def _said_opens(self, verb_at: int, name_at: int, tokens: list[str]) -> bool:
        """Whether "Said" (or "Added") at `verb_at` opens its sentence as the verb: the name after it alone stands
        before a comma or colon and a quotation ("Said Vellan, "...""). Elsewhere "Said Jalili" may be a name."""
        end = name_at + len(tokens[1])
        return (
            _SENTENCE_OPENS.search(self.text, max(0, verb_at - 4), verb_at) is not None
            and _SET_OFF_QUOTE.match(self.text, end) is not None
        )

    def _described(self, position: int) -> bool:
        """Whether a lowercase describing word comes just before (`the 21-year-old American Keys`)."""
        return re.search(r"\b[a-z][\w-]*[ \t]+$", self.text[max(0, position - 30) : position]) is not None

    # -- the first pass: names with evidence ---------------------------------------------------

    def find(self) -> None:
        credits = Spans(credit_lines(self.text))  # "Ana Ruiz / Reuters.": a photographer, no one of the story
        found = [candidate for candidate in self._candidates() if not credits.contains(candidate.start)]
        heading = [candidate for candidate in found if candidate.start < self.body_start]
        candidates = found[len(heading) :]
        candidates = _said_before_a_surname(candidates)
        surnames = {surname(c.tokens) for c in found if len(c.tokens) > 1}  # the only words looked up in it
        surnames |= _first_of_one_pair(candidates)  # "said Wambua" after "Wambua Kioko", none of "Marlow Rail, Buses"
        self._speaking_name_words = {
            c.tokens[0]
            for c in candidates
            if len(c.tokens) == 1
            and c.tokens[0] in surnames
            and c.tokens[0] not in NAME_STOPWORDS
            and self._speech_verb_adjacent(c)
        }
        self._openers = SentenceOpeners(self.text, self.sentence_starts, candidates)
        self._bare_words = {c.tokens[0] for c in candidates if len(c.tokens) == 1}
        self._given_before = {}
        for c in found:
            if len(c.tokens) > 1:
                self._given_before.setdefault(c.tokens[-1], set()).add(c.tokens[-2])
        unresolved: list[NameCandidate] = []
        self._index = NameIndex(self.people)
        for candidate in candidates:
            if not self._with_evidence(candidate):
                unresolved.append(candidate)
        for (
            candidate
        ) in heading:  # a headline's full name for the story's speaking surname: "Ana Ruiz: ...", "said Ruiz"
            last = candidate.tokens[-1]
            if len(candidate.tokens) > 1 and last in self._speaking_name_words and not self._index.with_last(last):
                self._with_evidence(candidate)
        known = len(self.people)
        self.mentions = merge_particle_surnames(self.people, merge_prefixed_names(self.people, self.mentions))
        if len(self.people) < known:  # "Republican Ana Reid" or "De Reid" left: the bare "Reid" below is Ana (de) Reid
            self._index = NameIndex(self.people)
        looked_up: dict[tuple[str, ...], Person | None] = {}  # names repeat: each looked up once while no one changes
        self._named_from = first_named(self.mentions)  # a bare surname two people bear: whoever was named before it
        for candidate in heading + unresolved:
            self._known_name(candidate, looked_up)
        self._named_from = None
        self._index = None  # the merges and descriptions below change people the index does not follow
        self.mentions = merge_particle_surnames(self.people, merge_first_names(self.people, self.mentions))
        self._descriptors()
        self.mentions += demonym_mentions(self.text, self.body_start, self.mentions, self.people, self.quoted)
        self.mentions += age_mentions(self.text, self.body_start, self.mentions, self.quoted)
        self.mentions.sort(key=lambda mention: mention.start)
        infer_genders(self.text, self.sentence_starts, self.mentions, self.people, self.quoted)

    def _with_evidence(self, candidate: NameCandidate) -> bool:
        tokens = candidate.tokens
        shape = name_shape(tuple(tokens))  # what the words say alone; the context is read below
        if shape.honorific is not None:
            if shape.honorific_name is None:
                return False
            before = self.text[max(0, candidate.start - 30) : candidate.start].split()
            role = None  # "board chairwoman Ms. Ann Reid": the title right before the honorific is hers
            if before and before[-1].lower() in ROLE_NOUNS and self.text[candidate.start - 1].isspace():
                role = self._role_around(candidate)
                role = role and re.sub(r"^(?:[a-z]+ed\s+)+", "", role)  # "elected chairwoman Ms. Ann Reid"
            role = role or shape.rank_role  # "Gov. Ana Ruiz": "the governor"
            name = list(shape.honorific_name)
            person = self._person_for(name, gender=HONORIFICS[shape.honorific], honorific=tokens[0], role=role)
            self._mention(person, candidate)
            return True
        if shape.group:
            return False  # "Tory MPs", "Local Residents": a group, never one person
        if (
            len(tokens) > 1
            and tokens[-1] in TITLE_WORDS
            and not shape.first_name_and_surname
            and title_joined_after(self.text, candidate.end)
        ):
            return False  # "Kestrel Air President and CEO Ana Ruiz": the first part of her title
        if ends_with_a_members_title(tokens) and (member := self._member_named(candidate)) is not None:
            return self._with_evidence(member)  # "Ana Ruiz MP said": the name before the member's title
        if shape.rest_only_roles or ends_with_a_members_title(tokens):
            return False  # "General Manager": a title with no name after it
        title, rest_tokens = shape.title, shape.rest
        if title and rest_tokens and (shape.rest_country_alone or self._qualifies_a_role(candidate, rest_tokens)):
            return False  # "Former England forward Gary Lineker": "England" qualifies the role after it
        if title:
            if rest_tokens and shape.titled_name is not None:
                role = title_as_held(self.text, candidate.start, shape.titled_role)
                person = self._person_for(list(shape.titled_name), role=role, country=shape.titled_country)
                self._mention(person, candidate)
                return True
            return False
        if (
            (
                shape.organization
                and not (
                    shape.organization_but_first_name
                    and (self._role_around(candidate) is not None or self._speaking_surname(candidate))
                )
            )  # "Board member Tom Park", "Ann Hall Reid ... Reid said": a first name, a surname or a middle name that
            # is also a place word, and a role around them or the surname speaking alone
            or shape.nationality_and_noun
            or after_organization_noun(self.text, candidate.start)
        ):
            known = self._lookup(tokens) if len(tokens) == 1 else None
            if known is not None and known.kind == "person":
                self._mention(known, candidate)  # "Park said" after "Tom Park": a surname that is also a noun
                return True
            if self._followed_by_role(candidate):
                return False  # "Council leader Anne Harper said:": the council qualifies her role, she speaks
            if shape.capitals_alone and tokens[0] in ORGANIZATION_WORDS:
                return False  # "a pro-Clinton super PAC": the kind of body, a common noun, names none
            if short_enough_for_a_body(tokens) and (
                self._speech_verb_adjacent(candidate)
                or (not candidate.possessive and speaks_in_perfect(self.text, candidate.start, candidate.end))
                or (after_organization_noun(self.text, candidate.start) and self._speaks_by_name(" ".join(tokens)))
                or (shape.organization and len(tokens) == 2 and tokens[0] in self._speaking_name_words)
            ):  # "Norvik Motors said"; "the fashion group Hermes, known for its scarves," and "Hermes said";
                # "Norvik Motors plans ..." and later "Norvik said"
                self._mention(self._organization_for(tokens), candidate)
                return True
            return False
        if shape.capitals_alone or qualified_nationality(tokens):
            return False  # "AFT", "the GOP official": an acronym or initials alone; "the Central Asian steppe"
        if sum(token not in SURNAME_PARTICLES for token in tokens) > 4 or (
            not shape.first_name_and_surname and self._followed_by_role(candidate)
        ):  # "Current Leeds manager Simon Grayson", "Fine Gael leader": it qualifies the role noun; a surname's
            return False  # particles ("Lifeguard Zoltan van der Berg") make a name no longer
        if len(tokens) == 1 and self._speaks_then_it_says(candidate):
            self._mention(self._organization_for(tokens), candidate)  # "Kelvara announced ... It said ..."
            return True
        found_role = self._role_around(candidate)
        if (  # the cheap evidence first: the speech verb is looked for only when nothing else is found
            found_role is not None
            or shape.first_name_and_surname
            or (len(tokens) >= 2 and (self._speaking_surname(candidate) or self._speech_verb_adjacent(candidate)))
            or (len(tokens) == 1 and self._mononym(candidate))
            or self._census_first_name(candidate)
        ):
            if not self._known_name(candidate):
                self._mention(self._person_for(tokens, role=found_role), candidate)
            elif found_role:
                known = self._lookup(tokens)
                if known is not None and known.role is None:
                    known.role = found_role
            return True
        return False

    def _speaking_surname(self, candidate: NameCandidate) -> bool:
        """Whether the name's surname (or a two-word name's first word) speaks alone elsewhere ("Reid said"), and
        the word before it is no sentence's capital only: "Neither Reid nor Okoye" where Ana Reid is named
        (sentence_openers.py). A first word that ends another name ("Trump Tower" beside "Donald Trump") is that
        person's surname naming a thing after them, no first name: his speaking is no evidence of it."""
        tokens = candidate.tokens
        last = surname(tokens)
        if not (
            last in self._speaking_name_words
            or (len(tokens) == 2 and tokens[0] in self._speaking_name_words and tokens[0] not in self._given_before)
        ):
            return False
        return self._openers is None or not self._openers.opening_word_only(candidate, last)

    def _census_first_name(self, candidate: NameCandidate) -> bool:
        """Whether two words are a first name of the census lists and a surname the article goes on to use alone:
        "Carly Fiorina ... Fiorina was upfront". The census lists words too ("Will Trump win?", "May Day", "Grant
        Park"), so neither word may be one the article writes in lowercase, nor a sentence's or a date's word, nor a
        place's (the first word alone "in Florida" or "of Florida", the surname alone "in Reno") or a holiday's
        ("Merry Christmas"); and a headline's capitals say nothing ("Ken Starr Praises ..." beside the story's
        "Kenneth Starr")."""
        tokens = candidate.tokens
        if (
            candidate.start < self.body_start
            or len(tokens) != 2
            or tokens[1] not in self._bare_words
            or not tokens[0].isalpha()
        ):
            return False
        first, last = tokens
        if first in NAME_STOPWORDS or last in NAME_STOPWORDS or first.lower() in NATIONALITIES:
            return False
        if not is_census_first_name(first):
            return False
        if self._lowercase is None:
            self._lowercase = frozenset(re.findall(r"\b[a-z]+\b", self.text))
        if first.lower() in self._lowercase or last.lower() in self._lowercase or last in _HOLIDAYS:
            return False
        if self._place_words is None:
            self._place_words = {"in": set(), "of": set()}
            for match in _PLACE_WORD.finditer(self.text):
                self._place_words[match.group(1)].add(match.group(2))
        given = self._given_before.get(last, set())
        if len(given) > 1 and not _one_family(given, self._place_words["in"] | self._place_words["of"]):
            return False  # "Ken Starr" and "Kenneth Starr", "Florida Republican" and "Orlando Republican"
        if first in self._place_words["in"] or first in self._place_words["of"]:
            return False  # "Senator Marco Rubio of Florida": the first word a place, "the Florida Republican" no name
        if last.isalnum():  # a word of word characters only: the pass above found it if the text places it
            return last not in self._place_words["in"]
        return re.search(rf"\bin {re.escape(last)}\b(?![-'’]|\s+[{_UPPER}])", self.text) is None  # "in O'Neill"

    def _member_named(self, candidate: NameCandidate) -> NameCandidate | None:
        """The name of two or three words before a member's title ("Ana Ruiz MP", "Ana Ruiz QC") when a speech verb
        follows and no article comes before: "the Harbour Party MLA said" and "a Sinn Fein MLA" name a member of
        a party, no one by name."""
        name = candidate.tokens[:-1]
        if not 2 <= len(name) <= 3 or is_organization(name) or any(t.lower() in NATIONALITIES for t in name):
            return None
        if _DETERMINER_BEFORE.search(self.text[max(0, candidate.start - 12) : candidate.start]):
            return None
        if not self._speech_verb_adjacent(candidate):
            return None
        return NameCandidate(candidate.start, candidate.end, name, candidate.possessive)  # the title in the span

    def _qualifies_a_role(self, candidate: NameCandidate, rest: Sequence[str]) -> bool:
        """Whether the words after a title (three at most) are followed by a role noun, so they qualify that role:
        a team, a country or a party ("Former England forward", "Labour group leader"), never a person's name."""
        if first_name_and_surname(list(rest)) and _AND_AFTER.match(self.text, candidate.end):
            return False  # "Former Ambassador John Bolton and Breitbart editor Ada Gorka": the role is the second's
        return len(rest) <= 3 and self._followed_by_role(candidate)  # "Former Newcastle United midfielder"

    def _followed_by_role(self, candidate: NameCandidate) -> bool:
        """Whether a role noun, or a group's plural, follows the name (`qualifies_the_noun_after`)."""
        return not candidate.possessive and qualifies_the_noun_after(self.text, candidate.end)

    def _speaks_by_name(self, name: str) -> bool:
        """`speaks_by_name` once per name: it reads the whole text, and a name may be written thousands of times."""
        if name not in self._speaking_names:
            self._speaking_names[name] = speaks_by_name(self.text, name)
        return self._speaking_names[name]


def _first_of_one_pair(candidates: list[NameCandidate]) -> set[str]:
    """First words of two-word names that begin no other two-word name: "Wambua" of "Wambua Kioko" alone may be
    that name said short; "Marlow" of "Marlow Rail" and "Marlow Buses" is neither for sure."""
    seconds: dict[str, set[str]] = {}
    for candidate in candidates:
        if len(candidate.tokens) == 2:
            seconds.setdefault(candidate.tokens[0], set()).add(candidate.tokens[1])
    return {first for first, after in seconds.items() if len(after) == 1}


def _one_family(given: set[str], places: set[str]) -> bool:
    """Whether the words written before a surname are one first name, or the first names of different people of
    one family ("Bill Clinton" and "Hillary Clinton", "Jeb Bush" and "George Bush"): census first names, none a
    place the text names ("in Orlando", "of Florida": "Orlando Republican" beside "Florida Republican") nor another's
    short form ("Ken" of "Kenneth": one person or two, whose is "Starr"?). A title before it ("President Clinton")
    says nothing of it."""
    names = {word for word in given if word not in TITLE_WORDS and word.rstrip(".").lower() not in HONORIFICS}
    if len(names) <= 1:
        return True
    return all(name.isalpha() and is_census_first_name(name) and name not in places for name in names) and len(
        {name[:3] for name in names}
    ) == len(names)


def _said_before_a_surname(candidates: list[NameCandidate]) -> list[NameCandidate]:
    """The candidates, "Said Vellan" cut to "Vellan" when "Vellan" is the surname of a first name and surname found
    elsewhere ("Martin Vellan"): the verb opening a sentence before its speaker, not a second man named Said."""
    surnames = {
        c.tokens[-1] for c in candidates if c.tokens[0] not in OPENING_SAID and first_name_and_surname(c.tokens)
    }
    return [
        NameCandidate(c.end - len(c.tokens[1]), c.end, c.tokens[1:], c.possessive)
        if len(c.tokens) == 2 and c.tokens[0] in OPENING_SAID and c.tokens[1] in surnames
        else c
        for c in candidates
    ]
