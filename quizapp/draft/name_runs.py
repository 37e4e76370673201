"""Runs of capitalised words cut into candidate names, once per distinct run of an article.

The people finder takes every run of capitalised words ("Mr. Putin. Last week", "The Norvik
Motors") for a possible name, and most of the cutting depends on the run alone: where a full stop
or a dash ends a name, which opening words are never names ("The", "But"), which connectors
cannot end one ("of", "van"), what follows an affiliation ("Oliver White of NASA"), a common noun
before its complement ("Shares of Cisco": noun_complements.py), a possessive "'s" and a sentence's
full stop. A story repeats its names, so each distinct run is cut once here
and its pieces kept with offsets relative to the run; the finder shifts them to where the run
stands. Only three cuts need the text around the run (a verb's -ing form opening the sentence, a
nationality after a describing word, "Said" before a single name), and a piece that might need them
is handed back uncut for the finder to finish.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from quizapp.draft.lexicon import NAME_STOPWORDS, NATIONALITIES, ORGANIZATION_WORDS, TITLE_CONNECTORS
from quizapp.draft.name_candidates import NameCandidate
from quizapp.draft.name_parts import GENERATION_SUFFIXES, name_before_affiliation
from quizapp.draft.name_words import cut_run, first_name_and_surname, is_initial_or_honorific
from quizapp.draft.not_names import is_adverb_or_contraction
from quizapp.draft.noun_complements import complement_start
from quizapp.draft.run_qualifiers import ADJECTIVE_ENDINGS, cut_qualifiers
from quizapp.draft.titles import ends_with_a_members_title

TRAILING_CONNECTORS = TITLE_CONNECTORS | {"de", "van", "von", "al", "el", "la", "le"}
"""Words that join a name's parts and so never end one ("Secretary of", "Ana de")."""


OPENING_SAID = frozenset({"Said", "Says", "Added", "Adds"})
"""Speech verbs that open a sentence before its speaker ("Said Osric Vellan: ..."). "Said" is a given name too, so
only a run of two more words after it loses it here; a run of one word after it ("Said Jalili", "Said Vellan") is
handed back uncut, for the finder to tell the verb by the text around it (people.py)."""
_PLACE_OPENERS = frozenset(
    {"New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower"}
)
"""Words that open a two-word place's name ("New Hampshire", "North Korea", "West Bank"), never a person's: read as
a name, the place was a person in who-said choices and took "North Korea said" as a man's words. A longer run
("New York Times", "New Hampshire Republican") may be a body or a group, and is judged as any run is."""
_PROGRAMME_WORDS = frozenset({"Show"})
"""The last word of a programme named after its host ("The Ana Ruiz Show"): the words before it are the host's
name, a person the story may quote ("Ruiz said"), never the programme a person."""


class RunPiece(NamedTuple):
    """One piece of a run, its offsets relative to the run's start."""

    finished: NameCandidate | None
    """The candidate the piece is, when the run alone decides it (read it, never change it)."""
    tokens: tuple[str, ...]
    offsets: tuple[int, ...]
    """Otherwise the piece's words and their offsets, for the finder to finish with the text around it."""


def needs_context(tokens: list[str]) -> bool:
    """Whether a piece may open with a verb's -ing form or a nationality, which only the text before it tells
    apart from a name ("Thanking Leo Grant, ..." and "the 21-year-old American Keys")."""
    return (len(tokens) > 2 and tokens[0].endswith("ing")) or (len(tokens) > 1 and tokens[0].lower() in NATIONALITIES)


def is_never_a_name(word: str) -> bool:
    """ "The", "But.", "Obviously", "I've": a capitalised word that never starts a name."""
    return (
        word in NAME_STOPWORDS
        or word.rstrip(".") in NAME_STOPWORDS
        or is_adverb_or_contraction(word)
        or word.lower().endswith(ADJECTIVE_ENDINGS)  # "American-based": describes, names no one
    )


@lru_cache(maxsize=16384)
def run_pieces(run: str) -> tuple[RunPiece, ...]:
    """The candidate names of a run of capitalised words, trimmed to the words a name may be."""
    if " " not in run and "\t" not in run:  # one word, the usual case: no nationality, no affiliation
        return () if is_never_a_name(run) else (RunPiece(trimmed([run], [0], run), (), ()),)
    pieces = []
    for tokens, offsets in (piece for words in cut_run(run, 0) for piece in cut_qualifiers(*words)):
        complement = 0
        if len(tokens) == 1:
            word = tokens[0]
            if is_never_a_name(word) or word in TRAILING_CONNECTORS or word[0].islower():
                continue
        else:
            while tokens and (is_never_a_name(tokens[0]) or tokens[0][0].islower()):
                tokens.pop(0)
                offsets.pop(0)
            if len(tokens) == 2 and tokens[0] in OPENING_SAID:
                pieces.append(RunPiece(None, tuple(tokens), tuple(offsets)))  # "Said Vellan": a verb or a name
                continue
            if len(tokens) > 2 and tokens[0] in OPENING_SAID:
                tokens.pop(0)  # "Said Osric Vellan, of the chamber:": the verb, then the speaker's full name
                offsets.pop(0)
            while tokens and tokens[-1] in TRAILING_CONNECTORS:
                tokens.pop()
            complement = complement_start(tokens)  # "Lawyers for Kestrel Air": the noun is no part of a name
            del tokens[:complement], offsets[:complement]
            if tokens and needs_context(tokens):
                pieces.append(RunPiece(None, tuple(tokens), tuple(offsets)))
                continue
            if not tokens:
                continue
            tokens = name_before_affiliation(tokens)
            if len(tokens) > 2 and ends_with_a_members_title(tokens) and first_name_and_surname(tokens[:-1]):
                tokens.pop()  # "Ana Ruiz MP": a member's title after her full name is no part of the name
            if len(tokens) > 1 and tokens[-1] in _PROGRAMME_WORDS:
                tokens.pop()  # "The Ana Ruiz Show": the host's name
            if len(tokens) == 2 and tokens[0] in _PLACE_OPENERS and tokens[1].rstrip(".") not in ORGANIZATION_WORDS:
                continue  # "North Korea", "New Hampshire": a place, never a person ("North Bank" may be a body)
        piece = trimmed(tokens, offsets, run)
        if complement:  # the complement's owner, as "Kestrel Air's lawyers" would be: never the verb's subject
            piece = NameCandidate(piece.start, piece.end, piece.tokens, True)
        pieces.append(RunPiece(piece, (), ()))
    return tuple(pieces)


def trimmed(tokens: list[str], offsets: list[int], text: str) -> NameCandidate:
    """The candidate of a trimmed run found in `text`: a possessive "'s" and a sentence's full stop are not
    part of it. `tokens` is changed."""
    last = tokens[-1]
    possessive = last.endswith(("'s", "’s")) or (last.endswith(("'", "’")) and last[:-1].endswith("s"))
    if last.endswith(("'s", "’s")):
        tokens[-1] = last[:-2]
    elif last.endswith(("'", "’")):
        tokens[-1] = last[:-1]
    if tokens[-1].endswith(".") and not is_initial_or_honorific(tokens[-1]) and tokens[-1] not in GENERATION_SUFFIXES:
        tokens[-1] = tokens[-1][:-1]  # a full stop ending the sentence ("Jr." keeps its own)
    # a lone word (perhaps cut of its "'s" or full stop) starts where it was found
    end = offsets[0] + len(tokens[0]) if len(tokens) == 1 else _real_end(text, offsets[0], tokens)
    return NameCandidate(offsets[0], end, tokens, possessive)


def _real_end(text: str, start: int, tokens: list[str]) -> int:
    position = start
    for token in tokens:
        position = text.index(token, position) + len(token)
    return position
