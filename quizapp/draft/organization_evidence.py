"""An organization introduced by what it is, then speaking by its bare name: "French luxury fashion group Hermes,
known for its scarves, ..." and later "Hermes said".

News introduces a company, a club or a paper with a noun phrase ending in the kind of body it is ("the fashion
group Hermes", "the carmaker Norvik") and then writes the bare name as the subject of "said". Either alone is
weak evidence: a noun before a name may introduce a source that never speaks ("according to the trade magazine
Wings Weekly"), and a lone capitalised word before "said" may be a surname. Together they say that an
organization speaks, and only then is the name kept as an organization (so a later "it said" may find it).
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB
from quizapp.draft.whole_words import is_word_character

_VERB_AHEAD = lazy_compile(rf"[ \t]+(?:{SPEECH_VERB})\b")
"""A speech verb after the name's spaces: compiled once, not once per name (the verbs are most of the pattern)."""


def speaks_by_name(text: str, name: str) -> bool:
    """Whether the name stands right before a speech verb ("Hermes said") or right after "said" somewhere in the
    text: the name is a speaker's, not only a source's.

    Read at each place the name is written, with the verbs' pattern compiled once: a pattern per name
    compiled the whole list of speech verbs again for every organization of every article.
    """
    if not name or name[0] in " \t":
        return _by_pattern(text, name)
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _joins(text[at - 1])) and _VERB_AHEAD.match(text, end) is not None:
            return True  # "Hermes said"
        gap = at
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1
        if (
            gap < at
            and gap >= 4
            and text.startswith("said", gap - 4)
            and (gap == 4 or not is_word_character(text[gap - 5]))
            and (end == len(text) or not _joins(text[end]))
        ):
            return True  # "said Hermes"
        at = text.find(name, at + 1)
    return False


_PERFECT_SPEECH = lazy_compile(
    rf"[ \t]+(?:has|had)[ \t]+(?:(?:also|since|now|already|previously)[ \t]+)?(?:{SPEECH_VERB})\b"
)
"""A speech verb in the perfect after a body's name: "has warned", "had also said"."""
_PREPOSITION_BEFORE = lazy_compile(r"\b(?:of|in|at|from|for|with|by|to|on|about|against)[ \t]+$", re.IGNORECASE)


def speaks_in_perfect(text: str, start: int, end: int) -> bool:
    """Whether the body named at text[start:end] is the subject of a speech verb in the perfect: "Downing Street has
    warned MPs", "the Harbour Trust had admitted". News reports a body's statement so as often as with "said",
    and the auxiliary hides the verb from the word right after the name. Singular only ("has", "had"): a name
    before "have said" is most often a complement ("Coaches of the Super Eagles have said"), and never after a
    preposition ("Parents in the village of Ashby Marsh have vowed", "the view from Downing Street had ...")."""
    if _PERFECT_SPEECH.match(text, end) is None:
        return False
    return _PREPOSITION_BEFORE.search(text, max(0, start - 12), start) is None


def _joins(char: str) -> bool:
    """Whether the character goes on with a name's word: a word character or a hyphen ("Hermes-owned")."""
    return is_word_character(char) or char == "-"


def _by_pattern(text: str, name: str) -> bool:
    """The search the reading above stands for, for a name empty or opening with a space (the finder makes none)."""
    escaped = re.escape(name)
    pattern = rf"(?<![\w-]){escaped}{_VERB_AHEAD.pattern}|\bsaid[ \t]+{escaped}(?![\w-])"
    return re.search(pattern, text) is not None
