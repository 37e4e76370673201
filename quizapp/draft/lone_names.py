"""One capitalised word as a sentence's subject that the people model did not take: "HyunA revealed ...".

Stage names, mononyms and surnames of people the model missed in full ("Ke Huy Quan ... Quan gave his mother a
shout-out") stand alone as a subject; "he said" or "she said" after them may well mean them. The pronoun sieve
passed over them, for nothing told it they were people, to someone named before: a wrong answer key. pronouns.py
already treats two or three capitalised words opening a sentence as a possible he or she (`_UNRECOGNISED`); a
single word is most often no name at all ("Officials said", "Police found", "Nobody knew", "Hungary has said"), so
it counts only when the article writes it as a person's name: never in lowercase, no country, and somewhere the
last word of a longer capitalised name or right after a role ("singer HyunA").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NAME_STOPWORDS, NATIONALITIES, OCCUPATIONS, ROLE_NOUNS, TITLE_WORDS, word_set

_LONE_SUBJECT = lazy_compile(
    r"\s*(?:[A-Z][\w'’-]*(?:\s+[^,.;:!?\"“”‘’\s]+){0,8},\s+)?([A-Z][a-z][\w'’-]*)\s+([a-z]+)\b"
)
"""The sentence's subject, one capitalised word, perhaps after a short phrase leading in ("In a tearful moment,
Quan thanked"), then a lowercase word: its verb."""
_NOT_VERBS = word_set("and or nor of in on at to for from with by the a an as than who which that whose")
"""Lowercase words after a capitalised one that make it no lone subject: "Officials in", "Reid and"."""
_WORD = lazy_compile(r"[\w'’-]+")
_COUNTRIES = frozenset(word for country in NATIONALITIES.values() for word in country.split())


def lone_subjects(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The sentence text[start:end]'s subject when it is one capitalised word the article writes as a proper noun,
    with the verb after it, as `_UNRECOGNISED`'s groups: the word (1) and the word after it (2)."""
    found = _LONE_SUBJECT.match(text, start, end)
    if (
        found is None
        or found.group(2) in _NOT_VERBS
        or found.group(1) in NAME_STOPWORDS  # read by the caller too: here it spares reading the whole text
        or not proper_noun(text, found.group(1))
    ):
        return []
    return [found]


@lru_cache(maxsize=1024)
def proper_noun(text: str, word: str) -> bool:
    """Whether the article writes `word` as a person's name: never in lowercase ("Officials", "Nobody"), no country,
    and somewhere either the last word of a longer capitalised name ("Ke Huy Quan") or right after a role or
    occupation ("singer HyunA"). A place or a firm ("Hungary has been criticised") has neither. Cached: each
    pronoun's window asks again about the same sentences, and the answer reads the whole text."""
    if word in _COUNTRIES or any(True for _ in _whole_words(text, word.lower())):
        return False
    for start in _whole_words(text, word):
        window = text[max(0, start - 40) : start]
        stripped = window.rstrip(" \t")
        if not stripped or len(stripped) == len(window):
            continue  # the text's first word, or a line break or mark right before it
        previous = stripped.rsplit(None, 1)[-1]
        if not _WORD.fullmatch(previous):
            continue  # "said:", "Reid.", "(": a mark ends the word before, or the sentence before
        if previous.lower() in ROLE_NOUNS or previous.lower() in OCCUPATIONS:
            return True
        if previous[0].isupper() and previous not in NAME_STOPWORDS and previous not in TITLE_WORDS:
            return True
    return False


def _whole_words(text: str, word: str) -> Iterator[int]:
    """Where `word` stands as a whole word in `text`, found with str.find: a regex with word boundaries around the
    word scanned the whole text far slower (a 0.25 MB article spent 3% of its draft here)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not _WORD.match(text, start - 1)) and (end == len(text) or not _WORD.match(text, end)):
            yield start
        start = text.find(word, end)


_PAST_VERB = lazy_compile(r"[a-z]+ed")
"""A verb of the past in the regular form: "defied", "opened", "answered"."""


def paragraph_opening_subject(text: str, start: int, end: int) -> str | None:
    """The subject of a paragraph's first sentence text[start:end] when it is one capitalised word, written nowhere
    in lowercase and no country, then a verb of the past: "Carson defied the question. "...," he said." The words
    after open a new paragraph on that person, whatever the people model made of a name met only once, so the
    proper-noun signs `lone_subjects` asks for are not needed here: a "he" that follows is as likely that person
    as anyone named in the paragraphs before."""
    found = _LONE_SUBJECT.match(text, start, end)
    if (
        found is None
        or _PAST_VERB.fullmatch(found.group(2)) is None
        or found.group(1) in NAME_STOPWORDS
        or found.group(1) in TITLE_WORDS
        or found.group(1) in _COUNTRIES
        or found.group(1).lower() in ROLE_NOUNS
        or any(True for _ in _whole_words(text, found.group(1).lower()))
    ):
        return None
    return found.group(1)
