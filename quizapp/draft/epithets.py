"""'The 49-year-old said', 'said the Scot': an epithet for the one person the sentence before is about.

News prose names someone, then goes on calling them by an epithet instead of repeating the
name: an age ("the 67-year-old") the article never gave anyone with their name, or a
nationality noun ("the Scot", "the Australian", "the Frenchman"). The reader takes the epithet
for the person the text was just about: the one person named in the sentence before, in the
same paragraph, or ending the paragraph before when the epithet's sentence opens with a
quotation (`Reid said he had turned down two clubs.` / `'...,' said the Scot.`). When that
sentence names two people, or the epithet's own sentence names someone before it, nobody can
be sure and the epithet links nobody.

The same test tells which of several people a description that fits them all ("the manager",
when the article has two) means: the one person the sentence before is about, if it is one of
them (descriptors.py).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from quizapp.draft.first_names import gender_of_first_name
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NATIONALITIES, OCCUPATIONS, ROLE_NOUNS, SPEECH_VERB, alternation, word_set
from quizapp.draft.person import Mention, Person
from quizapp.draft.spans import Spans

_NATIONALITY_NOUNS = {
    **dict.fromkeys(word_set("scot briton brit spaniard swede dane finn pole turk kiwi aussie czech greek thai"), None),
    **dict.fromkeys(word_set("frenchman englishman irishman welshman dutchman scotsman"), "male"),
    **dict.fromkeys(word_set("frenchwoman englishwoman irishwoman welshwoman dutchwoman scotswoman"), "female"),
    **{adjective: None for adjective in NATIONALITIES if adjective.endswith(("an", "i")) and "." not in adjective},
}
"""Nouns for one person of a country, and the gender a few of them say. Adjectives that are also nouns
for a person end in -an or -i ("the Australian", "the Pakistani"); "the French" or "the Swiss" may be a
whole people, so they are left out."""
_OCCUPATION = alternation(sorted(OCCUPATIONS, key=len, reverse=True))
_KNOWN_AS = OCCUPATIONS - word_set(
    """
    referee umpire solicitor barrister midwife critic reviewer columnist vicar electrician plumber mechanic caretaker
    headteacher headmaster headmistress homeowner landowner crofter soldier sailor coxswain baker grandmother
    grandfather producer policeman policewoman fisherman fisherwoman host co-host anchor moderator co-moderator
    nominee delegate rival front-runner frontrunner hopeful
    """
)
"""Occupations a story calls the person it is about by ("the actress", "the mother-of-two"); not those of
someone the person deals with ("the referee", "the solicitor", "the vicar" are seldom the one just named)."""
_EPITHET = lazy_compile(
    r"[Tt](?<=\b[Tt])he\s+(?:(?P<age>\d{1,3})-year-old(?:\s+(?P<aged>"
    + _OCCUPATION
    + r"))?|(?P<nationality>"
    + "|".join(sorted((noun.capitalize() for noun in _NATIONALITY_NOUNS), key=len, reverse=True))
    + r")|[A-Z][\w'’]+(?:[\s-][A-Z][\w'’]+)?-born(?:\s+("
    + alternation(sorted(ROLE_NOUNS | OCCUPATIONS, key=len, reverse=True))
    + r"))?|(?P<occupation>"
    + alternation(sorted(_KNOWN_AS, key=len, reverse=True))
    + r")|(?P<work>(?:[A-Z][\w'’:-]*\s+){1,4})star)\b"
)
"""The epithet, capitalised as a nationality is: "the pole" or "the finn" are things. A birthplace is one too,
alone or before a role noun ("the Lisbon-born architect"): the article says where someone was born only of
someone it has named. So is an occupation ("the actress", "the 52-year-old bricklayer") and the work someone is
known for ("the Operation Valentine star"), which the article may never have given the person: those are sure
only of the one person the article gave that occupation (`_given`)."""
_IRREGULAR_PAST = word_set(
    """
    began became bought brought built came chose drove fell felt fought found gave got grew held hit kept knew
    led left let lost made met put quit ran read rode rose sat saw sent set shot spent spoke stood struck
    swam taught thought threw took understood went woke won wore wrote
    """
)
_ENDS_NOUN_PHRASE = lazy_compile(
    r"\s*(?:[,.;:!?)\n—–]|$|(?:"
    + SPEECH_VERB
    + r"|has|had|was|is|who|will|would|also|then|later|now|still|could|did|[a-z]+ed|[a-z]+ly|"
    + "|".join(sorted(_IRREGULAR_PAST))
    + r")\b)"
)
"""What may follow an epithet that is the whole noun phrase: a stop, a verb or "who". Anything else
("the 67-year-old woman", "the Australian government") makes it the adjective of another noun."""
_AGE_GIVEN = lazy_compile(r",\s*(\d{1,3}),|\s*\((\d{1,3})\)|\b(\d{1,3})-year-old\s+[A-Z]")


def _ages_given(text: str) -> set[str]:
    return {next(age for age in match.groups() if age) for match in _AGE_GIVEN.finditer(text)}


MentionsBetween = Callable[[int, int], Sequence[Mention]]
"""The mentions outside quotations that start in [start, end), in text order: found by bisection, so that a
long text with many epithets costs no more per epithet than a short one."""


def sorted_mentions_between(mentions: Sequence[Mention]) -> MentionsBetween:
    """`MentionsBetween` over `mentions` (outside quotations), sorted once."""
    ordered = sorted((mention for mention in mentions if not mention.in_quote), key=lambda mention: mention.start)
    starts = [mention.start for mention in ordered]
    return lambda start, end: ordered[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def topic_before(
    text: str,
    sentence_starts: Sequence[int],
    mentions_between: MentionsBetween,
    people: dict[str, Person],
    position: int,
    among: frozenset[str] | None = None,
    *,
    across: bool = False,
) -> str | None:
    """The one person the sentence before the one at `position` is about, or None when it is not one person.

    With `among`, only those people count: of two managers, "the manager" is the one the sentence
    before names, whoever else (a captain, a rival) it names beside him.

    The sentence before is in the same
    paragraph, or ends the paragraph before when the sentence at `position` opens with a quotation, or
    `across` paragraphs (`opens_paragraph`), when the whole paragraph before names that person alone.
    Its one person must be named there outside quotations, once at least not as a possessive, and
    nobody is named in the sentence at `position` before `position`.
    """
    index = bisect.bisect_right(sentence_starts, position) - 1
    if index < 1:
        return None
    own_start, previous_start = sentence_starts[index], sentence_starts[index - 1]
    if "\n" in text[previous_start:own_start].rstrip() or "\n" in text[own_start:position]:
        return None  # a paragraph break inside the sentence before: it is a heading or a list line
    new_paragraph = "\n" in text[previous_start:own_start] and text[own_start : own_start + 1] not in "\"“‘'"
    if new_paragraph and not across:
        return None  # a new paragraph that does not open with quoted words has its own topic
    if any(_is_person(people, mention, among) for mention in mentions_between(own_start, position)):
        return None
    named = [mention for mention in mentions_between(previous_start, own_start) if _is_person(people, mention, among)]
    if len({mention.person for mention in named}) != 1 or all(mention.possessive for mention in named):
        return None
    if new_paragraph:  # the paragraph before is about that person alone: "Reid won. Hale lost. / The Scot said"
        paragraph_start = text.rfind("\n", 0, previous_start) + 1
        if any(
            _is_person(people, mention, among) and mention.person != named[0].person
            for mention in mentions_between(paragraph_start, previous_start)
        ):
            return None
    return named[0].person


def opens_paragraph(text: str, sentence_starts: Sequence[int], position: int) -> bool:
    """Whether the sentence at `position` opens a paragraph, not with quoted words, after a sentence of the
    paragraph before: its topic is new, unless the words at `position` point back ("The 66-year-old said")."""
    index = bisect.bisect_right(sentence_starts, position) - 1
    if index < 1:
        return False
    own_start, previous_start = sentence_starts[index], sentence_starts[index - 1]
    return "\n" in text[previous_start:own_start] and text[own_start : own_start + 1] not in "\"“‘'"


def _is_person(people: dict[str, Person], mention: Mention, among: frozenset[str] | None = None) -> bool:
    person = people.get(mention.person)
    in_play = among is None or mention.person in among
    return person is not None and person.kind == "person" and not mention.in_quote and in_play


def epithet_mentions(
    text: str,
    start: int,
    sentence_starts: Sequence[int],
    mentions: Sequence[Mention],
    people: Sequence[Person],
    quoted: Spans,
) -> list[Mention]:
    """A mention for each epithet of the text that stands for the one person the sentence before is about.

    An age the article gave anyone with their name ("Dean Price, 29,") is left to ages.py, which
    links it to that person only; here an age nobody was given is read as an epithet. An epithet opening
    a paragraph stands for the one person the paragraph before is about, and one the article never gave
    them (an occupation, a work) for the person the sentence before is about: both are guesses, kept
    with the reason (`Mention.why`), for a teacher to check.
    """
    by_id = {person.id: person for person in people}
    known = {mention.start for mention in mentions}
    named_between = sorted_mentions_between(mentions)
    given: set[str] | None = None  # the ages given with names: the whole text is scanned only if an epithet has one
    found: list[Mention] = []
    found_starts: list[int] = []  # `found` is in text order: the epithets in a stretch are a slice of it
    named_in_order = named_between(0, len(text) + 1)
    named_read = 0
    people_so_far: set[str] = set()  # the people named (or linked) before the epithet read now, grown as it moves on
    given_to: dict[
        str, set[str]
    ] = {}  # who was given each occupation: the names do not change here, read once per noun

    def holders_of(occupation: str) -> set[str]:  # `_given` reads every mention: once per epithet grew as a square
        if occupation not in given_to:
            given_to[occupation] = _given(occupation, text, mentions, by_id)
        return given_to[occupation]

    def between(start: int, end: int) -> list[Mention]:  # the names, and the epithets linked so far
        linked = found[bisect.bisect_left(found_starts, start) : bisect.bisect_left(found_starts, end)]
        return sorted([*named_between(start, end), *linked], key=_start)

    for match in _EPITHET.finditer(text, start):
        if match.start() in known or quoted.contains(match.start()):
            continue
        age = match.group("age")
        if age is not None and age in (given := _ages_given(text) if given is None else given):
            continue  # an age the article gave with a name: ages.py's, or nobody's when two share it
        if not _ENDS_NOUN_PHRASE.match(text, match.end()):
            continue  # "the 67-year-old woman", "the Australian coach": a description of someone of its own
        opening = opens_paragraph(text, sentence_starts, match.start())
        person_id = topic_before(text, sentence_starts, between, by_id, match.start(), across=opening)
        if person_id is None:
            continue
        person = by_id[person_id]
        noun = match.group("aged") or match.group("occupation") or match.group("nationality") or ""
        gender = _NATIONALITY_NOUNS.get(noun.lower()) or _noun_gender(noun)
        if gender is not None and _gender_of(person) not in {None, gender}:
            continue  # "the actress" is never a Michael
        phrase = match.group(0)
        occupation = match.group("occupation") or ("star" if match.group("work") else None)
        while named_read < len(named_in_order) and named_in_order[named_read].start < match.start():
            if _is_person(by_id, named_in_order[named_read]):
                people_so_far.add(named_in_order[named_read].person)
            named_read += 1
        why = None  # sure of the one person the article has named yet: whom else could "the" point back at
        if people_so_far <= {person_id}:
            why = None
        elif opening:
            why = f"“{phrase}” opens a paragraph: taken for {person.shown}, whom the paragraph before is about"
        elif occupation is not None and holders_of(occupation) != {person_id}:
            why = f"“{phrase}” is taken for {person.shown}, the one person the sentence before is about"
        linked = Mention(match.start(), match.end(), person_id, False, False, why is not None, why)
        found.append(linked)
        found_starts.append(linked.start)
        if _is_person(by_id, linked):
            people_so_far.add(person_id)
    return found


def _start(mention: Mention) -> int:
    return mention.start


def _noun_gender(noun: str) -> str | None:
    """The gender an occupation says: "actress", "businesswoman", "mother-of-two"; "actor" says none."""
    noun = noun.lower()
    if noun.endswith(("woman", "ess")) or noun.startswith("mother"):
        return "female"
    if noun.endswith("man") or noun.startswith("father"):
        return "male"
    return None


def _gender_of(person: Person) -> str | None:
    return person.gender or (gender_of_first_name(person.first) if person.first else None)


_TITLE_BEFORE = lazy_compile(r"([\w'’-]+)[ \t]+$")
_ROLE_AFTER = lazy_compile(r",\s+(?:(?:who|who's)\s+(?:is|was)\s+(?:also\s+)?)?(?:an?|the)\s+([^,.;:!?\"“”]{1,60})[,.]")


def _given(noun: str, text: str, mentions: Sequence[Mention], people: dict[str, Person]) -> set[str]:
    """The people the article gave the occupation `noun`: as their role, right before their name ("actress
    Ana Ruiz") or in an apposition after it ("Ana Ruiz, an actress,")."""
    holders = {person.id for person in people.values() if noun in (person.role or "").lower().split()}
    for mention in mentions:
        if mention.in_quote or mention.person not in people:
            continue
        before = _TITLE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        after = _ROLE_AFTER.match(text, mention.end)
        if (before and before.group(1).lower() == noun) or (after and noun in after.group(1).lower().split()):
            holders.add(mention.person)
    return holders
