"""Words quoted from someone else's statement: `Ruiz praised their latest letter offering "..."`.

A said-clause before a quotation gives the words to the verb's subject. But the words may stand in a statement,
letter or call that the sentence says belongs to another ("their statement calling for "...", "the council's
letter offering "...""): the subject praises, welcomes or describes what another wrote, and the quoted words are
the writer's. Read between the sentence's start and the quotation: an owner ("their", "its", or a name's
possessive that is not the speaker's), a noun of saying or writing, then only what describes its content up to
the quotation ("calling for", "offering to", "that"), with no finite speech verb of the subject's own after it
("read their statement and said "..."" is the subject's) and no "was" or "were" ("said their remarks were "..."" judges
the remarks in the subject's words). Nor is a statement the words' owner when the sentence judges it: the object of a
verb of naming ("called their remarks a "..."", the words are what the subject calls them), or the subject of a
clause whose verb the quotation opens ("said that her comments "show ..."": the words are the one judging's). A person
found as the speaker is then a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS
from quizapp.draft.person import Mention, Person

OWNED_STATEMENT_DOUBT = "the words stand in a statement the sentence gives to someone else (“their letter calling for”)"

_STATEMENT = lazy_compile(
    r"(?:\b(?P<pronoun>[Tt]heir|[Ii]ts)|['’]s)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:statement|letter|message|note|tweet|post|announcement|offer|proposal|reply|response|appeal|plea|call|"
    r"pledge|promise|warning|remarks|comments|declaration|communiqu[eé])s?\b"
    r"(?P<rest>[^\"“”‘’.;:!?]{0,120})(?:[:,]\s*)?$"
)
"""An owned noun of saying or writing, and what follows it up to the quotation, in one clause."""
_WORD = lazy_compile(r"[\w'’-]+")
_CONTENT_OPENERS = frozenset({"that", "which", "to", "for", "of", "on", "about", "against", "in"})
"""Words that open what a statement says, right after its noun: "their call for", "its pledge to", "a letter that"."""
_BE = frozenset({"is", "was", "were", "are", "be", "been", "seemed", "seem", "remain", "remained", "sounded"})
_LOWERCASE_OWNER = lazy_compile(r"\b[a-z][\w-]*$")
_OWNER_WORD = lazy_compile(r"\b[\w-]+$")
_JUDGED = lazy_compile(
    r"\b(?:calls?|called|calling|dubs?|dubbed|terms?|termed|labels?|labell?ed|brands?|branded|deems?|deemed)\s+"
    r"(?!(?:for|on|up|in|out|off)\b)(?:[\w.'’-]+\s+){0,3}$"
)
"""A verb of naming (not "called for") and at most three words of the owner's phrase up to the statement's noun:
"called the former senator's"; the quotation after the statement is what the subject names it."""
_SUBJECT_OPENER = lazy_compile(r"(?:\bthat\s+|^|[.!?\n][\"“”\s]*)(?:(?:[Tt]he|[Aa]n?|[a-z][\w-]*)\s+){0,2}$")
""""that" or a sentence's start, then the owner, perhaps after an article and a lowercase word ("that the city
council's"): the statement is the subject of a clause of its own."""
_FINITE_OPENING = lazy_compile(
    r"[\"“‘'](?:is|was|are|were|has|have|had|will|would|can|could|should|must|might|may|[a-z]+s|[a-z]+ed)\b"
)
"""A quotation opening with a finite verb ("is", "shows", "proved"): the predicate of the subject before it."""


def in_owned_statement(text: str, start: int, quote_at: int, named: Sequence[Mention], speaker: Person | None) -> bool:
    """Whether the quotation at `quote_at` stands in a statement owned by someone other than `speaker`, a named
    person, in text[start:quote_at]; `named` are the mentions there."""
    if speaker is None or speaker.kind != "person":
        return False
    match = _STATEMENT.search(text, start, quote_at)
    if match is not None and _judged(text, start, quote_at, match, named):
        return False
    rest = _WORD.findall(match.group("rest")) if match is not None else []
    if match is None or (rest and not rest[0].endswith("ing") and rest[0] not in _CONTENT_OPENERS):
        return False  # "said their remarks were "...", a judgement of the statement, not its words
    if any((word in SPEECH_VERBS and not word.endswith("ing")) or word in _BE for word in rest):
        return False  # "read their statement and said "..."": the subject's own words again
    if match.group("pronoun") is not None:
        return True  # "their", "its": never a lone named person's own
    owner = next((m for m in named if m.possessive and m.end == match.start()), None)
    if owner is None:  # "the council's letter": a body of no name, never the named speaker
        return _LOWERCASE_OWNER.search(text, max(start, match.start() - 30), match.start()) is not None
    return owner.person != speaker.id


def _judged(text: str, start: int, quote_at: int, match: re.Match[str], named: Sequence[Mention]) -> bool:
    """Whether the sentence judges the statement `match` found rather than quotes it: the object of a verb of naming
    ("called their remarks a "..."") or, the quotation right after its noun opening with a finite verb, the subject
    whose verb the quotation opens ("that her comments "show ...""). The words are then the subject's or the judge's."""
    owner = next((m for m in named if m.possessive and m.end == match.start()), None)
    if match.group("pronoun") is not None:
        owner_at = match.start("pronoun")
    elif owner is not None:
        owner_at = owner.start
    else:  # "the council's": the word before the "'s"
        word = _OWNER_WORD.search(text, max(start, match.start() - 30), match.start())
        owner_at = word.start() if word is not None else match.start()
    before = max(start, owner_at - 60)
    if _JUDGED.search(text, before, owner_at) is not None:
        return True
    return (
        not match.group("rest").strip()
        and not text[match.end("rest") : quote_at].strip()
        and _FINITE_OPENING.match(text, quote_at) is not None
        and _SUBJECT_OPENER.search(text, before, owner_at) is not None
    )
