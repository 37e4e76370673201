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
import re
from collections.abc import Callable, Sequence

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
_EPITHET = re.compile(
    r"[Tt](?<=\b[Tt])he\s+(?:(\d{1,3})-year-old|("  # \b looked back at: opening with it, tried everywhere
    + "|".join(sorted((noun.capitalize() for noun in _NATIONALITY_NOUNS), key=len, reverse=True))
    + r")|[A-Z][\w'’]+(?:[\s-][A-Z][\w'’]+)?-born(?:\s+("
    + alternation(sorted(ROLE_NOUNS | OCCUPATIONS, key=len, reverse=True))
    + r"))?)\b"
)
"""The epithet, capitalised as a nationality is: "the pole" or "the finn" are things. A birthplace is one too,
alone or before a role noun ("the Lisbon-born architect"): the article says where someone was born only of
someone it has named."""
_IRREGULAR_PAST = word_set(
    """
    began became bought brought built came chose drove fell felt fought found gave got grew held hit kept knew
    led left let lost made met put quit ran read rode rose sat saw sent set shot spent spoke stood struck
    swam taught thought threw took understood went woke won wore wrote
    """
)
_ENDS_NOUN_PHRASE = re.compile(
    r"\s*(?:[,.;:!?)\n—–]|$|(?:"
    + SPEECH_VERB
    + r"|has|had|was|is|who|will|would|also|then|later|now|still|could|did|[a-z]+ed|[a-z]+ly|"
    + "|".join(sorted(_IRREGULAR_PAST))
    + r")\b)"
)
"""What may follow an epithet that is the whole noun phrase: a stop, a verb or "who". Anything else
("the 67-year-old woman", "the Australian government") makes it the adjective of another noun."""
_AGE_GIVEN = re.compile(r",\s*(\d{1,3}),|\s*\((\d{1,3})\)|\b(\d{1,3})-year-old\s+[A-Z]")


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
) -> str | None:
    """The one person the sentence before the one at `position` is about, or None when it is not one person.

    With `among`, only those people count: of two managers, "the manager" is the one the sentence
    before names, whoever else (a captain, a rival) it names beside him.

    The sentence before is in the same
    paragraph, or ends the paragraph before when the sentence at `position` opens with a quotation.
    Its one person must be named there outside quotations, once at least not as a possessive, and
    nobody is named in the sentence at `position` before `position`.
    """
    index = bisect.bisect_right(sentence_starts, position) - 1
    if index < 1:
        return None
    own_start, previous_start = sentence_starts[index], sentence_starts[index - 1]
    if "\n" in text[previous_start:own_start].rstrip() or "\n" in text[own_start:position]:
        return None  # a paragraph break inside the sentence before: it is a heading or a list line
    if "\n" in text[previous_start:own_start] and text[own_start : own_start + 1] not in "\"“‘'":
        return None  # a new paragraph that does not open with quoted words has its own topic
    if any(_is_person(people, mention, among) for mention in mentions_between(own_start, position)):
        return None
    named = [mention for mention in mentions_between(previous_start, own_start) if _is_person(people, mention, among)]
    if len({mention.person for mention in named}) != 1 or all(mention.possessive for mention in named):
        return None
    return named[0].person


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
    links it to that person only; here an age nobody was given is read as an epithet.
    """
    by_id = {person.id: person for person in people}
    known = {mention.start for mention in mentions}
    between = sorted_mentions_between(mentions)
    given: set[str] | None = None  # the ages given with names: the whole text is scanned only if an epithet has one
    found = []
    for match in _EPITHET.finditer(text, start):
        if match.start() in known or quoted.contains(match.start()):
            continue
        age, nationality = match.group(1), match.group(2)
        if age is not None and age in (given := _ages_given(text) if given is None else given):
            continue  # an age the article gave with a name: ages.py's, or nobody's when two share it
        if not _ENDS_NOUN_PHRASE.match(text, match.end()):
            continue  # "the 67-year-old woman", "the Australian coach": a description of someone of its own
        person_id = topic_before(text, sentence_starts, between, by_id, match.start())
        if person_id is None:
            continue
        gender = _NATIONALITY_NOUNS.get(nationality.lower()) if nationality else None
        if gender is not None and by_id[person_id].gender not in {None, gender}:
            continue
        found.append(Mention(match.start(), match.end(), person_id, False, False))
    return found
