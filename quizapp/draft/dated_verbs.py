"""A day set between a subject and its speech verb: "the ministry on Friday said", "Norvik Motors on Tuesday said".

Wire-service and South Asian news put the day of a statement between its subject and the verb as often as after
it ("the Foreign Office on Thursday said", "spokesman Abdul Basit Thursday said", "the company late Monday
announced"). Without this the verb is not "right after" its subject, so a body named by its kind ("the ministry")
or by a name of an organization's shape ("Norvik Motors") had no speaker: the said-clause's subject is read past
the day, as it is past an adverb ("later said"). Only a day (a weekday, "yesterday", "today") and the part of it
("on Monday night"), nothing longer, and never set off by commas ("the club, on Friday, said" is an aside the
document asides read).
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB, WEEKDAYS

_DAY = rf"(?:(?:on|late|early|earlier)[ \t]+)?(?:{'|'.join(day.capitalize() for day in WEEKDAYS)})"
_TIME_PHRASE = lazy_compile(rf"[ \t]+(?:{_DAY}(?:[ \t]+(?:morning|afternoon|evening|night))?|yesterday|today)(?=[ \t])")
"""A day after a subject: " on Monday", " late Thursday", " Friday night", " yesterday"."""
_VERB_AFTER_DAY = lazy_compile(rf"[ \t]+(?:also[ \t]+)?(?:{SPEECH_VERB})\b")


def past_time_phrase(text: str, position: int, end: int) -> int:
    """Where the words after a subject ending at `position` go on once a day set after it is passed
    ("the ministry| on Friday| said"), or `position` when no day stands there."""
    match = _TIME_PHRASE.match(text, position, end)
    return position if match is None else match.end()


def speaks_after_a_day(text: str, position: int) -> bool:
    """Whether a speech verb follows the name ending at `position` once a day is passed: "Norvik Motors on
    Tuesday said", "Ana Ruiz late Monday announced"."""
    after = past_time_phrase(text, position, min(len(text), position + 40))
    return after > position and _VERB_AFTER_DAY.match(text, after) is not None
