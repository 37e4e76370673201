"""Someone met in the street, then "the man said": the one the article just introduced as "a man".

Local news meets unnamed people and then points back at them: `A reporter spoke to a woman who saw the crash.
"...," the woman said.` "The woman" alone may mean anyone named before ("Ana Ruiz, 45, ... the woman told the
court"), so roles.py keeps it from being a speaker by itself. It is the passer-by's only when the article met one
of that noun ("a woman", "one woman", "another woman") before it, outside quotations, and names nobody between
(attribution.py checks the names). The speaker is kept as the article met them, its relative clause included ("a
woman who saw the crash"), so that two passers-by ("one man said", later "a man who lives opposite") stay two.
"""

from __future__ import annotations

from collections.abc import Callable

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB, alternation, word_set

PASSER_BY_NOUNS = word_set("man woman boy girl teenager pensioner")
"""Nouns for someone the article meets in the street ("one man, who gave only his first name, said", "a local man
told reporters")."""
_NOUN = alternation(sorted(PASSER_BY_NOUNS, key=len, reverse=True))
_INTRODUCED = lazy_compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?(?P<noun>{_NOUN})(?![\w'’-])"
    r"(?P<who>\s+who\b[^,.;:!?\"“”\n]{1,80}?"
    r"(?=\s+(?:but|and|when|as|spoke|speaks|" + SPEECH_VERB + r")\b|[,.;:!?\"“”\n]))?"
)
"""`a man`, `one local woman`, `a man who was too upset to give his name` (up to its clause's end, or to the main
clause's speech verb: `a man who lives nearby spoke` met `a man who lives nearby`)."""
_DEFINITE = lazy_compile(rf"[Tt]he\s+(?P<noun>{_NOUN})(?![\w'’-])")
_REACH = 1500
"""How far back the introduction is sought: a few short paragraphs of a street interview."""


def met_before(text: str, position: int, quoted: Callable[[int], bool]) -> tuple[int, str] | None:
    """For "the man" at `position`: where the last introduction of a man before it stands, outside quotations
    (`quoted(offset)` tells), and its phrase; None when "the man" is not there or nobody was introduced so."""
    definite = _DEFINITE.match(text, position)
    if definite is None:
        return None
    found = None
    for match in _INTRODUCED.finditer(text, max(0, position - _REACH), position):
        if match.group("noun") == definite.group("noun").lower() and not quoted(match.start()):
            found = match
    if found is None:
        return None
    return found.start(), found.group(0)
