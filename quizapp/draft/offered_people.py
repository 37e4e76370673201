"""Who may be offered as a choice in a question on who said or did something: the article's other people,
those who speak first, never the answer under another of its names.

Every question kind with people for options (who said, who did, who is, quoted words) asks here, so none
offers a coin toss between two names or the right answer twice ("Yeo" beside "Sandra Yeo").
"""

from __future__ import annotations

import functools
import re

from quizapp.draft.demonyms import is_nationality
from quizapp.draft.extraction import Extraction
from quizapp.draft.first_names import is_census_first_name, is_common_first_name
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import HONORIFICS, NATIONALITIES, ROLE_NOUNS, TITLE_WORDS, word_set
from quizapp.draft.person import Person
from quizapp.draft.whole_words import WholePhrases
from quizapp.draft.wording import contains_phrase

MAX_OPTIONS = 4
"""Wrong options a question may take from `other_people`, with one to spare for a namesake of the answer."""
MIN_PEOPLE_OFFERED = 3
"""People a question on who said or did something offers at least: between two, a student tosses a coin."""
_DEFINITE = lazy_compile(r"the\s", re.IGNORECASE)
"""A definite description ("the head of state") names someone the article has introduced: perhaps the answer."""
_NAME_PARTICLES = word_set("de da di du del della der den van von ter la le bin al el dos das")
_COUNTRIES = frozenset(NATIONALITIES.values())
"""The countries of the nationality words ("Turkey", "China"): a country read as a one-word name is no one."""
_BEFORE_A_MODIFIER = lazy_compile(r"(?:\b(?:a|an|the|on)\s+)$", re.IGNORECASE)
_WORD_AFTER = lazy_compile(r"\s+([A-Za-z][\w-]*)(\.?)")


def names_speaker(text: str | WholePhrases, speaker: Person) -> bool:
    """Whether `text` names the speaker by any of their names, as whole words, ignoring case (`contains_phrase`);
    a text asked of many people is read once for all (`WholePhrases`)."""
    read = text if isinstance(text, WholePhrases) else WholePhrases(text)
    return read.contains_any(_phrases(speaker))


def _phrases(speaker: Person) -> frozenset[str]:
    """The names `names_speaker` looks for: every name of the speaker longer than two characters, stripped."""
    names = {*speaker.aliases, speaker.name, speaker.shown}
    if speaker.last:
        names.add(speaker.last)
    return frozenset(phrase for name in names if len(name) > 2 and (phrase := name.strip()))


def _offer_facts(extraction: Extraction, person: Person) -> tuple[frozenset[str], bool]:
    """What `other_people` reads of a person whatever the question: the names a quotation may name them by
    (`_phrases`), and whether they may be offered at all, a name's shape (`named_like_a_person`) and not only a
    word qualifying a noun (`only_modifies`). Read once per draft (`Extraction.once`), not once per question."""
    offerable = named_like_a_person(person) and not (
        person.kind == "person" and (only_modifies(extraction, person) or named_after_another(extraction, person))
    )
    return _phrases(person), offerable


def named_after_another(extraction: Extraction, person: Person) -> bool:
    """Whether a "person" of two words or more opens on another person's surname that is no first name: "Trump
    Tower", "Sanders Iowa", "Bundy Ranch", a place or a thing named after someone and read as a person (a real
    namesake bears the surname last: "Heidi Cruz"). Such a name is no one to offer, nor the answer to a question."""
    words = person.name.split()
    if person.kind != "person" or len(words) < 2 or is_common_first_name(words[0]) or is_census_first_name(words[0]):
        return False
    return any(
        other.id != person.id and other.kind == "person" and len(other.name.split()) >= 2 and other.last == words[0]
        for other in extraction.people
    )


def named_like_a_person(person: Person) -> bool:
    """Whether a "person" of the article has a name's shape: "Lawyers for Twitter", taken for a person by the
    people finder, has a lowercase word that no name has ("de", "van" and such particles aside)."""
    if person.kind != "person":
        return True
    words = person.name.split()
    if all(word in TITLE_WORDS for word in words):
        return False  # "President": a title read as a name, the answer's own title perhaps
    if len(words) == 1 and not person.honorific and (is_nationality(words[0]) or words[0] in _COUNTRIES):
        return False  # "American" of "the great American", "Turkey", "Saudi": a nation's word, offered among names
    return all(not word.islower() or word in _NAME_PARTICLES for word in words)


def only_modifies(extraction: Extraction, person: Person) -> bool:
    """Whether every mention of a "person" reads as a word qualifying the noun after it, never as someone:
    "Former Texas Gov. Jane Roe" and "the Texas senator" (a state before a title or a role), "a Telemundo
    Facebook chat" and "wrote on Facebook" (a brand before a noun, a platform). A person is named, so the
    people finder's such "person" is no wrong choice a student could weigh: a place or a brand among names."""
    mentions = [mention for mention in extraction.mentions_of(person.id) if not mention.guessed]
    return bool(mentions) and all(_modifies(extraction.text, mention.start, mention.end) for mention in mentions)


def _modifies(text: str, start: int, end: int) -> bool:
    if text[end : end + 1] in ("'", "’"):
        return False  # "Obama's pact": a possessive names its owner
    after = _WORD_AFTER.match(text, end)
    if after is not None:
        word = after.group(1)
        if word in TITLE_WORDS or word.casefold() in ROLE_NOUNS or (after.group(2) and word.casefold() in HONORIFICS):
            return True  # "Texas Gov. Jane Roe", "the Texas senator"
    if _BEFORE_A_MODIFIER.search(text, max(0, start - 6), start) is None:
        return False
    return after is None or after.group(1)[:1].islower() or text[end : end + 1] in ".,;"


def other_people(extraction: Extraction, exclude: set[str], kind: str, named_in: str = "") -> list[Person]:
    """Other people of the article, those quoted first, then the most mentioned.

    People named in `named_in` (the quotation itself) are left out: "I'm not sure that Vladimir
    Putin has a strategy" is plainly not Putin's, so he would be a wasted wrong option.
    """
    quoted = extraction.quoted_counts()
    names = [name for person_id in exclude if (excluded := extraction.person(person_id)) for name in _forms(excluded)]
    roles = [p for person_id in exclude if (p := extraction.person(person_id)) is not None and p.kind == "role"]
    chosen: list[Person] = []
    named_in_read = WholePhrases(named_in)  # read once for every person asked of it
    for person in extraction.ranked_people(kind):  # the named-in check reads the quotation: stop at enough options
        if person.id in exclude:
            continue
        phrases, offerable = extraction.once("offered", person.id, functools.partial(_offer_facts, extraction, person))
        if not (named_in and named_in_read.contains_any(phrases)):
            if not offerable or _same_name(person, names) or any(same_role(person, o) for o in roles):
                continue  # "Lawyers for Twitter" is no person; "Texas" of "the Texas senator", "Facebook" of "a
                # Facebook chat" no one; "Yeo" beside "Sandra Yeo" is one person twice
            if person.kind == "role" and not quoted[person.id]:
                continue  # a role only guessed ("the service" beside the service it may be) is no sound option
            chosen.append(person)
            names += _forms(person)
            roles += [person] if person.kind == "role" else []
            if len(chosen) > MAX_OPTIONS:
                break
    if len(chosen) < 2:  # too few of a kind: other speakers ("A Ryanair spokesman", "NASA"), never "the head of state"
        chosen += [
            p
            for p in extraction.people
            if p.id not in exclude
            and p.kind != kind
            and quoted[p.id]
            and not _DEFINITE.match(p.shown)
            and not (named_in and names_speaker(named_in_read, p))
        ]
    return _one_per_label(chosen)


def _one_per_label(people: list[Person]) -> list[Person]:
    """Each offered label once: two unnamed roles read alike ("Another EU diplomat" twice) are two people to the
    article, but as choices they are one option offered twice."""
    seen: set[str] = set()
    kept = []
    for person in people:
        if person.shown not in seen:
            seen.add(person.shown)
            kept.append(person)
    return kept


def _forms(person: Person) -> list[str]:
    return [name for name in {person.name, person.shown} if name]


def _same_name(person: Person, names: list[str]) -> bool:
    """Whether the person is named by, or names, one already offered or excluded: the people finder may keep
    "Yeo", "Sandra Yeo" and "MP Sandra Yeo" apart, and each would then be a right answer. Namesakes with
    other first names ("Joshua Davey", "Michael Davey") stay apart."""
    return any(_one_names_the_other(form, name) for form in _forms(person) for name in names)


def enough_people(*offered: str) -> bool:
    """Whether a question offers enough different people to choose from (MIN_PEOPLE_OFFERED): the one place
    every "who said", "who did" and "who is" question asks, so none drafts a coin toss."""
    return len(set(offered)) >= MIN_PEOPLE_OFFERED


def speakers_first(extraction: Extraction, people: list[Person]) -> list[Person]:
    """The wrong choices of a "who said" question: only people who speak in the article when two or more do.

    Anyone else offered is the story's subject more often than not (the player a tribute remembers, the
    defendant, a firm or a shop the people finder took for a person), a choice a reader rules out or disputes.
    With fewer speakers, the others are kept but for the headline's people who never speak: a story's subject,
    talked about ("tributes pour in for ..."), when two other people are left to offer.
    """
    quoted = extraction.quoted_counts()
    speaking = [person for person in people if quoted[person.id]]
    if len(speaking) >= 2:
        return speaking
    headline = extraction.article.headline or ""
    not_the_subject = [p for p in people if quoted[p.id] or not (headline and names_speaker(headline, p))]
    return not_the_subject if len(not_the_subject) >= 2 else people


def may_be_one_person(first: Person, second: Person) -> bool:
    """Whether two people of the article may be one person named twice ("Mirza Fakhrul", "Mirza Fakhrul
    Islam"): neither may be the wrong choice of a question whose answer is the other."""
    return first.id == second.id or _same_name(first, _forms(second)) or same_role(first, second)


def same_role(first: Person, second: Person) -> bool:
    """Whether two unnamed people may be one: the role of one holds every word of the other's ("A theatre
    representative", later "the representative"). "A Ryanair spokesman" and "a council spokesman" stay two."""
    if first.kind != "role" or second.kind != "role" or not first.role or not second.role:
        return False
    shorter, longer = sorted((first.role.casefold().split(), second.role.casefold().split()), key=len)
    return all(word in longer for word in shorter)


@functools.lru_cache(maxsize=4096)
def _one_names_the_other(first: str, second: str) -> bool:
    """Whether either name holds the other as whole words, or the shorter's words in order ending on the same
    surname ("Amb Kamau" in "Principal Secretary Amb Macharia Kamau"): asked of the same few names for every
    question's options, so each pair is read once."""
    return contains_phrase(second, first) or contains_phrase(first, second) or _within_ending_alike(first, second)


def _within_ending_alike(first: str, second: str) -> bool:
    shorter, longer = sorted((first.casefold().split(), second.casefold().split()), key=len)
    if not shorter or shorter[-1] != longer[-1]:
        return False
    rest = iter(longer[:-1])
    return all(word in rest for word in shorter[:-1])  # "Joshua Davey" and "Michael Davey" stay two people
