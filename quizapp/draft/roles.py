"""Unnamed speakers kept as the roles the article gives them: "a Ryanair spokesman", "the judge".

Newswire often quotes someone it never names. Giving such words to the nearest named person
makes a false question, so the speaker stays the role as written ("one Mansfield employee"),
which the teacher can check. A role followed by a name ("the mayor, Ana Ruiz,") is the named
person's, not a role speaker.
"""

from __future__ import annotations

import re

from quizapp.draft.bodies import names_a_body, same_body
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import HONORIFICS, NATIONALITIES, ROLE_NOUNS, SPEECH_VERBS, alternation, word_set
from quizapp.draft.passers_by import PASSER_BY_NOUNS, met_before
from quizapp.draft.person import Mention, Person, next_person_id

UNNAMED_ONLY_ROLE_NOUNS = word_set("sergeant foreperson foreman forewoman juror bailiff usher")
"""Roles of a courtroom or a force that speak unnamed ("the jury foreperson said", "the courtroom sergeant
announced"), kept out of ROLE_NOUNS: there, as titles, they would be read as part of a name ("Sergeant Ann
Bell") by the people model, which was not tuned for them."""
# Nouns for someone the article meets in the street: a speaker when introduced as someone new, with "a" or
# "one"; "the man" may point back at someone named ("Tom Reid, 45, ... the man told the court"), so it is one
# only after "a man" was met (passers_by.py).
_ROLE_NOUN = alternation(sorted(ROLE_NOUNS | UNNAMED_ONLY_ROLE_NOUNS | PASSER_BY_NOUNS, key=len, reverse=True))
_LOWER_WORD = (
    r"(?!(?:said|says|told|and|or|but|who|which|that|was|is|has|had|will|would|also|to|not|did|could|may)\b)"
    r"(?![a-z]+ed\b)[a-z][\w'’-]*"
)
"""A lowercase word of what a role is of ("for the county health department"), not the verb after it:
"a spokeswoman for the airline declined to comment" is a spokeswoman for the airline. A past tense
("declined", "refused") or "to" ends the noun phrase; the adjectives of a role's qualifier seldom end in -ed."""
ROLE_PHRASE = lazy_compile(
    r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]his|[Aa]nother|[A-Z][\w-]*['’]s)\s+"
    r"(?:(?!said\b|says\b|told\b)(?![a-z][\w'’-]*[.!?]\s)"  # never past a sentence's end
    r"(?!(?<!of )(?:the|a|an)\s)[\w'’.-]+\s+){0,4}?"
    rf"(?:{_ROLE_NOUN})(?!['’]s\b)"  # "the victim's brother": the brother speaks, not the victim
    r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?(?:[A-Z0-9][\w'’.-]*\s*){1,5}(?<!\s)"
    rf"|\s+(?:of|for|at|from)\s+(?:the\s+|an?\s+)?{_LOWER_WORD}(?:\s+{_LOWER_WORD}){{0,2}})?"
    r"(?:\s+in\s+(?:his|her)\s+\d0s)?\b"
)
"""An article (or a name's possessive: "Tully's lawyer"), up to four words, then a role noun, perhaps
"for Ang Mo Kio Town Council" or "for the airport" after it: the whole phrase is how the article
names the speaker. A second article among the words opens a second phrase ("The minutes record the chair"), save
after "of" ("One of the residents"). It opens at a word's start: the tail of "Republican strategist" is no "an
strategist" met after the name it describes."""
_QUALIFIER = lazy_compile(r"\s+(?:of|for|at|in|from|on|with)\s+[^,.;:!?\"“”]{1,60}?(?=,)")
"""What the role is of, up to the comma that may set off its holder's name: "of the planning committee"."""
_NOUN_TAIL = lazy_compile(r"(?:\s+[a-z][\w'’-]*){1,2}(?=,)")
"""The rest of a compound role up to the comma before its holder's name: "chief" + " executive"."""
_COMPOUND_TAIL = lazy_compile(rf"(?:\s+[a-z][\w-]*)?\s+(?:{_ROLE_NOUN})\b(?!['’]s\b)")
"""The rest of a compound role after the first role noun the phrase stops at: "the airline's chief" + "
executive", "the bank's chief" + " economist", "the firm's chief" + " financial officer". Without it the role
shown is cut short ("the airline's chief")."""
_NAME_FOLLOWS = lazy_compile(r",?\s+(?:[A-Z][\w'’.-]+\s*){1,3}[,.]?")


def role_at(text: str, position: int, end: int) -> str | None:
    """The role phrase starting at `position` (before `end`) that names nobody, or None."""
    match = ROLE_PHRASE.match(text, position, end)
    if match is None or (
        _last_word(match.group(0)) in PASSER_BY_NOUNS
        and not _introduces(match.group(0))
        and met_before(text, position, lambda _offset: False) is None
    ):
        return None  # "the man" only after "a man" was met
    compound = _COMPOUND_TAIL.match(text, match.end(), end)  # "the airline's chief" + " executive"
    phrase_end = compound.end() if compound else match.end()
    qualified = _QUALIFIER.match(text, phrase_end, end)  # "the leader of the council, Fiona Grant"
    qualified = qualified or _NOUN_TAIL.match(text, phrase_end, end)  # "the trust's chief executive, Ann Bell"
    after = _NAME_FOLLOWS.match(text, qualified.end() if qualified else phrase_end, end)
    if after and not _starts_with_verb(after.group(0)):
        return None  # "the mayor, Ana Ruiz, said", "the 26-year-old veteran Wozniacki": the role has a name
    return text[position:phrase_end]


def _last_word(phrase: str) -> str:
    return phrase.rsplit(None, 1)[-1].lower()


def _introduces(phrase: str) -> bool:
    """Whether a phrase meets someone new ("a man", "one local woman"), not someone met before ("the man")."""
    return phrase.split(None, 1)[0].lower() in {"a", "an", "one", "another"}


def _starts_with_verb(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text)
    return bool(words) and words[0].lower() in SPEECH_VERBS


_ARTICLES = frozenset({"a", "an", "the", "one", "this", "another"})


def role_key(phrase: str) -> str:
    """ "A Ryanair spokesman" and "the Ryanair spokesman" are one speaker: the phrase without its article."""
    words = phrase.split()
    if words[0].lower() in _ARTICLES:
        words = words[1:]
    return " ".join(words).lower()  # "Tully's lawyer" keeps whose lawyer it is


def is_one_of_many(phrase: str) -> bool:
    """Whether a role phrase picks one of a group ("one passenger", "another fan"), not a post one person holds
    ("a spokesman"): the next unnamed words may be another of the group's."""
    return phrase.split(None, 1)[0].lower() in {"one", "another"}


_DEFINITE = lazy_compile(r"(?:[Tt]he|[Tt]his)\s")


def role_person(people: list[Person], phrase: str) -> Person:
    """The role speaker for `phrase`, reusing the one already met under the same words."""
    key = role_key(phrase)
    first = phrase.split(None, 1)[0].lower()
    someone_else = first == "another"  # "another passenger" is not the passenger before
    for person in [] if someone_else else people:
        if (
            person.kind == "role"
            and role_key(person.name) == key
            and (first != "one" or not _DEFINITE.match(person.name))
        ):
            # "one lawmaker" picks someone of a group: never "the lawmaker" met before under a definite article
            person.add_alias(phrase)
            return person
    # a phrase that names no body ("another EU diplomat") is not compared with every role met before: an article of
    # 5,000 unnamed voices drafted in time growing as its square
    bodies = [p for p in people if p.kind == "role" and same_body(phrase, p.name)] if names_a_body(phrase) else []
    if len(bodies) == 1:  # "the firm" after "the company", "the ministry" after "the foreign ministry": one body
        bodies[0].add_alias(phrase)
        return bodies[0]
    person = Person(id=next_person_id(people), kind="role", name=_as_inside_a_sentence(phrase), role=key)
    person.add_alias(phrase)
    people.append(person)
    return person


_OPENING_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "One", "Another"})


def _as_inside_a_sentence(phrase: str) -> str:
    """ "The Dutch marine insurer" -> "the Dutch marine insurer": a role met opening a sentence is named as the
    article names it mid-sentence, so a question's choices read alike ("the company", "the Dutch marine insurer",
    "police"), and an explanation opening on it capitalises it again."""
    first, _, rest = phrase.partition(" ")
    return f"{first.lower()} {rest}" if rest and first in _OPENING_DETERMINERS else phrase


def described_by(phrase: str, people: list[Person]) -> Person | None:
    """A named person that a definite role ("the British minister", "the judge") may stand for, though the
    article never linked them: one whose title shares the phrase's nationality or role noun.

    "A spokesman" introduces someone new; "the British minister" points back at someone the reader
    knows, and if a "British Foreign Secretary Helen Marsh" was named, the words may be hers.
    """
    words = phrase.lower().split()
    if words[0] != "the" and not words[0].endswith(("'s", "’s")):
        return None  # "a spokesman" is someone new; "the judge", "Tully's lawyer" someone the reader may know
    telling = {word for word in words[1:] if word in ROLE_NOUNS or word in NATIONALITIES}
    for person in people:
        if person.kind == "person" and person.role:
            title = set(person.role.lower().split()) | {(person.country or "").lower()}
            if telling & title or {NATIONALITIES[w] for w in telling if w in NATIONALITIES} & {person.country}:
                return person
    return None


_TITLE_BEFORE = lazy_compile(r"(?:[\w'’-]+[ \t]+){1,3}(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?$")
"""The words right before a name, in its clause, past an honorific: "board chairwoman Ms. "."""


def titled_before_name(phrase: str, text: str, mentions: list[Mention], people: dict[str, Person]) -> Person | None:
    """A named person the article introduced with the phrase's role noun right before their name or in an
    apposition after it, though the people model kept no title for them: "Harbour board chairwoman Ms. Ann
    Reid ... the chairwoman said", "Ruth Akers, the health secretary, ... the health secretary said"."""
    return TitledNames(text, mentions).named(phrase, people)


class TitledNames:
    """The role nouns written next to each mention (`titled_before_name`), each mention read at most once per article:
    asked of every unnamed role that speaks, reading the mentions again per quotation grew with the square of a long
    article. They are read in order, only as far as a question needs (the first titled person usually comes early)."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.mentions = mentions
        self._read = 0
        """How many mentions have been read, in order."""
        self._by_noun: dict[str, list[int]] = {}
        """Each role noun, and the numbers of the mentions read so far that it stands next to, in order."""

    def named(self, phrase: str, people: dict[str, Person]) -> Person | None:
        """The person of the first mention titled with a role noun of `phrase` ("the chairwoman"), if any."""
        words = phrase.lower().split()
        if words[0] != "the":
            return None
        telling = {word for word in words[1:] if word in ROLE_NOUNS}
        for number in sorted({number for noun in telling for number in self._by_noun.get(noun, ())}):
            person = people.get(self.mentions[number].person)
            if person is not None and person.kind == "person":
                return person
        while self._read < len(self.mentions):
            mention = self.mentions[self._read]
            self._read += 1
            person = people.get(mention.person)  # people are only added, and never change kind, while asked
            if person is None or person.kind != "person" or mention.in_quote:
                continue
            nouns = self._nouns_next_to(mention)
            for noun in nouns:
                self._by_noun.setdefault(noun, []).append(self._read - 1)
            if nouns & telling:
                return person
        return None

    def _nouns_next_to(self, mention: Mention) -> set[str]:
        """The role nouns titling the mention: the word right before it ("board chairwoman Ms. Ann Reid"; never
        "a neighbour held Reid": a verb between) and those of an apposition after it ("Ruth Akers, the health
        secretary,")."""
        nouns = set()
        title = _TITLE_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
        if title is not None:
            nouns.add(_role_word_before_name(title.group(0)))
        apposition = _APPOSITION_AFTER.match(self.text, mention.end)
        if apposition is not None:
            nouns.update(apposition.group(1).lower().split())
        return nouns & ROLE_NOUNS


def _role_word_before_name(title: str) -> str:
    """The word right before a name, past an honorific: a title only when it is the role noun itself."""
    words = [word for word in title.lower().split() if word.rstrip(".") not in HONORIFICS]
    return words[-1] if words else ""


_APPOSITION_AFTER = lazy_compile(r",\s+((?:the|a|an|his|her|their)\s+[^,.;:!?\"“”]{1,60}),")
_QUOTED = lazy_compile(r"[\"“‘«][^\"“”‘’«»]*[\"”’»]")
_WORDS = lazy_compile(r"[\w'’-]+")
_NOT_BEFORE_SUBJECT = frozenset(
    {"with", "to", "of", "by", "for", "from", "at", "in", "about", "on", "against", "than", "told", "thanked", "met"}
)


def unnamed_subject(text: str, start: int, end: int) -> str | None:
    """An unnamed role as a subject in text[start:end], outside quotations: "A local farmer disagreed."

    Such a person may be the one who speaks next, so words after them are not surely the speaker's
    before them. A role after a preposition or as an object ("told the judge") is not a subject.
    """
    span = text[start:end]
    if not ROLE_NOUNS.intersection(_WORDS.findall(span.lower())):
        return None
    span = _QUOTED.sub(lambda quoted: " " * len(quoted.group(0)), span)
    for match in ROLE_PHRASE.finditer(span):
        phrase = role_at(span, match.start(), len(span))
        before = _WORDS.findall(span[max(0, match.start() - 20) : match.start()])
        if phrase is not None and not (before and before[-1].lower() in _NOT_BEFORE_SUBJECT):
            return phrase
    return None


_THING_SENSES = word_set("head chair")
"""Role nouns that as often name a thing: a severed head, the chair on the stage."""
_BARE_THING = lazy_compile(r"(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w-]*\s+)?(?:head|chair)$")
_PERSON_AFTER = lazy_compile(r"\s+(?:of|for|at|teacher|teachers|coach|girl|boy|[a-z]+ed\s+by)\b")


def may_be_a_thing(text: str, phrase: str, end: int) -> bool:
    """Whether a role phrase ending at `end` may name a thing, not a person: "the head" with nothing after it that
    only a person takes ("the head was found in a park", not "the head of the school" nor "the head said")."""
    if _last_word(phrase) not in _THING_SENSES or _BARE_THING.fullmatch(phrase.strip()) is None:
        return False
    following = re.match(r"\s+([a-z]+)", text[end : end + 30])
    return _PERSON_AFTER.match(text, end) is None and not (following and following.group(1) in SPEECH_VERBS)
