"""Whether "he" or "she" can mean a person: learnt from the article's own pronouns and role words.

A pronoun's speaker is sure only when one named person could be meant, and without genders
every person fits every pronoun. Honorifics (Ms., Mr.) already tell; so do role nouns ("his
wife Cherrie", "the victim's mother") and a sentence naming one person that goes on with
"his" or "her" ("Wozniacki ... her first quarter-final"), or naming others whose genders those signs told and one
person of no known gender, when the pronoun's gender is none of the others' ("he told Ms. Pak": the unknown is the
"he"). A unanimous sign is taken, and so is a clear majority: at least MAJORITY votes for one gender and at most one
against. A pronoun voting for a name is sometimes someone else's ("Sanders said she is not prepared to debate"), and
one such stray "her" among sixteen, in a long profile of a woman, left her of no known gender: every "she" then
stayed unsure, for any man named near.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from quizapp.draft.first_names import gender_of_first_name
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, SPEECH_VERBS, alternation, word_set
from quizapp.draft.person import Mention, Person
from quizapp.draft.pronoun_after_name import PRONOUN_SPEAKS
from quizapp.draft.pronoun_rivals import same_gender_object, unquoted
from quizapp.draft.spans import Spans

_MALE_WORDS = frozenset({"he", "his", "himself"})
_FEMALE_WORDS = frozenset({"she", "her", "hers", "herself"})
_LETTERS = lazy_compile(r"[^\W_]+")
"""Words as the pronoun patterns saw them: letters and digits, split at apostrophes ("he's" holds "he")."""
_OTHER_FEMALE = lazy_compile(r"\b(?:[a-z]+ed|told|gave|met|let|made|sent|saw|thanked|urged)\s+her\b")
"""An object pronoun never means the subject of its own clause ("Judge Ashworth told him his crimes"):
someone else of that gender is in the sentence, so its pronouns say nothing of the person named."""
_SUBJECT_PRONOUN = lazy_compile(r"\b(?:he|she)\b", re.IGNORECASE)
_CONJUNCTIONS = frozenset({"that", "how", "why", "when", "if"})
"""The subject of reported words ("Sam Reid said she told him ..."): the very pronoun the attributor may later
resolve, so taking it for the named person's gender would prove itself. It may be anyone."""
_ROLE_GENDER = {
    **dict.fromkeys(
        [
            "father",
            "son",
            "brother",
            "husband",
            "uncle",
            "king",
            "prince",
            "spokesman",
            "chairman",
            "councilman",
            "congressman",
            "sir",
            "lord",
        ],
        "male",
    ),
    **dict.fromkeys(
        [
            "mother",
            "daughter",
            "sister",
            "wife",
            "aunt",
            "queen",
            "princess",
            "spokeswoman",
            "chairwoman",
            "councilwoman",
            "congresswoman",
            "dame",
        ],
        "female",
    ),
}
ROLE_GENDER_WORDS = frozenset(_ROLE_GENDER)
"""Words for a person that say their gender: "mother", "spokesman"."""
GENDERED_NOUNS = ROLE_GENDER_WORDS | word_set(
    """man woman boy girl gentleman lady wife husband grandfather grandmother grandson granddaughter nephew niece
    widow widower chairman chairwoman businessman businesswoman salesman saleswoman"""
)
"""Every noun for a person that says a man or a woman, singular: the role words above (which also vote a named
person's gender) and the plain ones ("the three men", "a woman in her 70s") that name nobody's role."""
MAJORITY = 3
"""Votes for one gender that outweigh a single vote against it (a stray pronoun meaning someone else)."""


def infer_genders(
    text: str, sentence_starts: list[int], mentions: list[Mention], people: list[Person], quoted: Spans
) -> None:
    """Set `gender` on people whose role or nearby pronouns say it, unless known already or contradicted."""
    by_id = {person.id: person for person in people}
    votes: dict[str, Counter[str]] = {}
    for person in people:
        by_name = gender_of_first_name(person.first or "") if person.kind == "person" else None
        if by_name is not None:
            votes.setdefault(person.id, Counter())[by_name] += 1  # "Grace Hollins": one sign among the others
        role_words = (person.role or "").lower().split()
        for word in role_words:
            if word in _ROLE_GENDER:
                votes.setdefault(person.id, Counter())[_ROLE_GENDER[word]] += 1
    bounds = [*sentence_starts, len(text)]
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        if not mention.in_quote and by_id.get(mention.person) and by_id[mention.person].kind == "person":
            by_sentence.setdefault(bisect.bisect_right(sentence_starts, mention.start) - 1, []).append(mention)
    told = {person.id for person in people if person.gender is not None}
    for index, named in by_sentence.items():
        if index < 0 or len({mention.person for mention in named}) != 1 or _settled(named[0].person, told, votes):
            continue
        if (gender := _pronouns_gender(text, bounds, index, named, quoted)) is not None:
            votes.setdefault(named[0].person, Counter())[gender] += 1
    _vote_from_next_sentence(text, bounds, by_sentence, votes, quoted, told)
    _settle(votes, by_id)
    for index, named in by_sentence.items():  # once the others' genders are known, the one left is told by them
        target, others = _only_unknown(named, by_id)
        if index < 0 or target is None:
            continue
        gender = _pronouns_gender(text, bounds, index, named, quoted)
        if gender is not None and gender not in others:  # "Ms. Reid hired Jo Kemp, and his first act was": Kemp's
            votes.setdefault(target, Counter())[gender] += 1
    _settle(votes, by_id)


def _settle(votes: dict[str, Counter[str]], by_id: dict[str, Person]) -> None:
    """Give each person of no known gender the one their votes say: unanimous, or a clear majority."""
    for person_id, genders in votes.items():
        person = by_id[person_id]
        (leading, most), *others = genders.most_common()
        if person.gender is None and (not others or (most >= MAJORITY and others[0][1] <= 1)):
            person.gender = leading


def _pronouns_gender(text: str, bounds: list[int], index: int, named: list[Mention], quoted: Spans) -> str | None:
    """The one gender of the he/his/she/her in a sentence after its first name, outside quotations; None when
    there are none, both, or they may be others' (a pronoun before the name, "told her")."""
    if _PRONOUN_SUBJECT_FIRST.search(text, bounds[index], named[0].start):
        return None  # "She thanked him and named Ruth Adeyemi as his successor": the pronouns are others'
    end = bounds[index + 1]
    own_apposition = _POSSESSIVE_APPOSITION.match(text, named[0].end, end)
    rest = "".join(
        text[_past_said_pronoun(text, named[0].end, start, stop, quoted) : stop]
        for start, stop in _unquoted(own_apposition.end() if own_apposition else named[0].end, end, quoted)
    )  # pronouns inside a quotation are the speaker's, not about them; nor is its said-clause's about the name
    words = set(_LETTERS.findall(rest.lower()))  # one pass over the words, then set lookups
    if ("he" in words or "she" in words) and not words.isdisjoint(SPEECH_VERBS):
        rest = _without_reported_subjects(rest)
        words = set(_LETTERS.findall(rest.lower()))
    male = not words.isdisjoint(_MALE_WORDS) and "him" not in words
    female = not words.isdisjoint(_FEMALE_WORDS) and not ("her" in words and _OTHER_FEMALE.search(rest))
    return None if male == female else "male" if male else "female"


def _only_unknown(named: list[Mention], by_id: dict[str, Person]) -> tuple[str | None, set[str | None]]:
    """The one person of no known gender a sentence names among others whose genders are known, and theirs; no
    one when the sentence names one person (whose vote was taken) or two or more of unknown gender."""
    persons = list(dict.fromkeys(mention.person for mention in named))
    if len(persons) == 1:
        return None, set()
    unknown = [person for person in persons if by_id[person].gender is None]
    if len(unknown) != 1:
        return None, set()
    return unknown[0], {by_id[person].gender for person in persons if person != unknown[0]}


def _settled(person_id: str, told: set[str], votes: dict[str, Counter[str]]) -> bool:
    """Whether no more votes can change the person's gender: the article told it (an honorific), or both genders
    have two votes or more (no majority can be clear). Their sentences are not read: in a long text a person is
    named thousands of times."""
    counted = votes.get(person_id)
    return person_id in told or (counted is not None and len(counted) > 1 and min(counted.values()) > 1)


def _without_reported_subjects(text: str) -> str:
    """The text with each "he" or "she" that follows a speech verb (perhaps and "that") blanked out."""
    pieces, position = [], 0
    for pronoun in _SUBJECT_PRONOUN.finditer(text):
        before = text[max(0, pronoun.start() - 30) : pronoun.start()].lower().split()
        if before and before[-1] in _CONJUNCTIONS:
            before.pop()
        if before and before[-1] in SPEECH_VERBS:
            pieces.append(text[position : pronoun.start()])
            position = pronoun.end()
    return "".join(pieces) + text[position:] if pieces else text


def _past_said_pronoun(text: str, name_end: int, start: int, stop: int, quoted: Spans) -> int:
    """Where the piece of text at `start` goes on past the "he" or "she" of a said-clause right after a quotation
    (`Ruth Adeyemi "...," he said`, `Adeyemi's plan means "...," she said`): the words' speaker, someone other
    than the name before the words, so it says nothing of the name's gender; unless a speech verb follows the
    name (`Adeyemi declared: "...," she said`), when the pronoun is the name's own."""
    words = quoted.holding(start - 1) if start > 0 else None
    if words is None or not SPEECH_VERBS.isdisjoint(
        _LETTERS.findall(text[name_end : min(words[0], name_end + 40)].lower())[:2]
    ):
        return start  # the name's own verb, or a word after it: "Adeyemi declared", "Adeyemi then told"
    said = _PRONOUN_SAID.match(text, start, stop)
    return said.end(1) if said is not None and said.group(2) in SPEECH_VERBS else start


def _unquoted(start: int, end: int, quoted: Spans) -> list[tuple[int, int]]:
    pieces = []
    position = start
    for quote_start, quote_end in quoted.overlapping(start, end):
        if quote_start > position:
            pieces.append((position, quote_start))
        position = max(position, quote_end)
    if position < end:
        pieces.append((position, end))
    return pieces


_POSSESSIVE_APPOSITION = lazy_compile(r",\s+(?:his|her|their)\b[^,.;:!?\"“”]*(?:,|$)")
"""An apposition that opens with a possessive ("Tobiah Kessling, her deputy at the board,"): the possessive is
someone else's, the person the named one is deputy to, so it says nothing of the named person's gender."""
_OPENING_PRONOUN = lazy_compile(r"\s*[\"“‘']?(He|She)\b")
_PRONOUN_SAID = lazy_compile(r"[\s,]*(?:[—–-]+\s*)?(he|she)\s+([a-z]+)\b")
_PRONOUN_SUBJECT_FIRST = lazy_compile(alternation(["he", "He", "she", "She", "they", "They"], word_start=True) + r"\b")
"""A subject pronoun in a sentence before its one name: the sentence is about someone else, named before."""


def _pronoun_after_opening_quotation(text: str, start: int, end: int, quoted: Spans) -> re.Match[str] | None:
    """The he/she of a said-clause right after a quotation that opens the sentence at `start`, if any."""
    opening = start + len(text[start:end]) - len(text[start:end].lstrip())
    span = quoted.holding(opening + 1) if opening + 1 < end else None
    if span is None or span[0] - opening > 1:
        return None
    said = _PRONOUN_SAID.match(text, span[1], end)
    return said if said is not None and said.group(2) in SPEECH_VERBS else None


_ROLE_IN_SENTENCE = lazy_compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w'’-]+\s+){0,3}?(?:" + "|".join(sorted(ROLE_NOUNS)) + r")\b"
)


def _vote_from_next_sentence(
    text: str,
    bounds: list[int],
    by_sentence: dict[int, list[Mention]],
    votes: dict[str, Counter[str]],
    quoted: Spans,
    told: set[str],
) -> None:
    """ "Peter Quinn spoke at the meeting. He added that ...": the next sentence's opening pronoun is the gender
    of the one person the sentence before names, when that person opens it and no unnamed role ("the minister")
    is there to be the pronoun's person instead. So is the pronoun of a said-clause after a quotation that opens
    the next sentence: `Anja Richter said the loss was fast. "...," she explained.`"""
    for index, named in by_sentence.items():
        if index < 0 or index + 1 in by_sentence or len({mention.person for mention in named}) != 1:
            continue
        if _settled(named[0].person, told, votes):
            continue
        start, end, after = bounds[index], bounds[index + 1], bounds[index + 2] if index + 2 < len(bounds) else None
        if (
            after is None
            or named[0].possessive
            or len(text[start : named[0].start].split()) > 2
            or "," in text[start : named[0].start]
        ):
            continue  # the person is not the sentence's subject ("Leo Grant's goal settled it.")
        pronoun = (
            _OPENING_PRONOUN.match(text, end, after)
            or _pronoun_after_opening_quotation(text, end, after, quoted)
            or PRONOUN_SPEAKS.match(text, end, after)  # "Speaking on Monday, she said"
        )
        if pronoun is None:
            continue
        word = pronoun.groupdict().get("pronoun") or pronoun.group(1)
        gender = "male" if word.lower() == "he" else "female"
        if (
            not _ROLE_IN_SENTENCE.search(text, named[0].end, end)
            and same_gender_object(unquoted(text[named[0].end : end]), gender) is None  # "Reid thanked her."
        ):
            votes.setdefault(named[0].person, Counter())[gender] += 1


def role_gender(phrase: str) -> str | None:
    """The gender a role phrase says ("a spokeswoman", "his brother"), or None when it says none."""
    genders = {_ROLE_GENDER[word] for word in phrase.lower().split() if word in _ROLE_GENDER}
    return next(iter(genders)) if len(genders) == 1 else None
