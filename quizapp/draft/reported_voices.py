"""Someone a speech verb reports on, between the verb and the quotation, who may have said the words instead.

`Gallop said remarks by Kent - who accused the referees of "a disgrace" - went too far`, `Police said the driver
was heard shouting "..."`, `Ilves said Berg's party had described her as "..."`: the said-clause's subject
reports, and the quoted words are in what is told of another, who may be anyone. The said-clause sieve
(said_before.py) still names its subject, unsure, with the reason read here. Kept apart from that sieve, which
finds who the verb's subject is: this reads only what follows the verb, and only to doubt.
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS

_WORD = lazy_compile(r"[\w'’-]+")
_WHO_CLAUSE_BEFORE_QUOTE = lazy_compile(r"[,–—-]\s+who\s")
"""A relative clause between the speech verb and the quotation: "Gallop said remarks by Kent - who accused the
referees of "a disgrace" - went too far": the quoted words are in what the clause tells of Kent, perhaps his."""
_CLAUSE_CLOSED = lazy_compile(
    r"[,–—-]\s+(?:was|is|were|are|had|has|have|will|would|could|should|must|may|might|did|does|remains|remained|"
    r"became|seemed|looked|that)\b(?![^\"“”]*[,–—-]\s+who\s)"
)
"""The relative clause closed before the quotation, its sentence's own verb resuming: "the boy, who was brought by
his mother, was "at risk"": the words are said of the boy by the speaker, not in the clause; or the speech verb's
own "that" resuming after the clause about its listener ("told Reid, who had run the fund, that it was "...")."""
_VOICED_BEFORE_QUOTE = lazy_compile(
    r"\b(?:shouting|chanting|yelling|screaming|crying|singing|whispering|muttering|pleading|heard|overheard)"
    r"\s*[,:]?\s*$"
)
"""A voice verb right before the words, in what the speech verb reports: "Police said the driver was heard shouting
"..."", "said witnesses heard "...": the words of the one heard, who may be anyone but the said-clause's subject."""
_VOICES = ("shouting", "chanting", "yelling", "screaming", "crying", "singing", "whispering", "muttering", "pleading",
           "heard")  # fmt: skip
"""`_VOICED_BEFORE_QUOTE`'s verbs ("overheard" ends as "heard"), looked up at the clause's end first."""
_NAMED_BY_ANOTHER = lazy_compile(
    r"\s*(?:that\s+)?(?!\s*(?:that\s+)?(?:he|she|I|we|they)\b)[^,;:\"“”]{2,60}?\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:described|called|branded|labelled|labeled|dubbed|termed)\s+(?:[\w'’-]+\s+){0,3}?(?:as\s+)?"  # _NAMING_VERBS
)
"""After the speech verb, someone else who named a thing or a person: "Ilves said Berg's party had described her
as "..."", "Ruiz said the report called the plan "...": the name is theirs, not the speaker's."""
_AND_BEFORE_VERB = lazy_compile(r"\s(?:and|but)\s+(?:(?:then|later|also|even)\s+)?$")
"""The "and" joining a second verb to the one before it, perhaps with an adverb: "mocked the senator and (called)"."""
_RELATIVE = lazy_compile(r"\b(?:who|whom|whose|that|which|where|when)\b")
"""A clause set into the object, whose own subject may be the one who names: "attacked a panel that (called)"."""
_NAMING_VERBS = frozenset({"described", "called", "branded", "labelled", "labeled", "dubbed", "termed"})


def reported_voice_doubt(text: str, verbs: list[re.Match[str]], end: int) -> str | None:
    """Why the words before `end` may be someone else's than the subject of the last of `verbs` (the speech verbs
    before the quotation, in text order), or None when nothing between that verb and the words says so."""
    verb = verbs[-1]
    doubt = None
    if (who := _WHO_CLAUSE_BEFORE_QUOTE.search(text, verb.end(), end)) is not None and not _CLAUSE_CLOSED.search(
        text, who.end(), end
    ):
        doubt = "the words stand in a relative clause about someone else, who may have said them"
    voiced = (
        _VOICED_BEFORE_QUOTE.search(text, verb.end(), end)
        if text[verb.end() : end].rstrip().rstrip(",:").rstrip().endswith(_VOICES)
        else None
    )  # the pattern's voice verb ends the clause: tried only when the clause's last word may be one
    if voiced is not None and _WORD.search(text, verb.end(), voiced.start()) is not None:
        doubt = "someone the speech verb reports on voices the words: they may be that person's"
    reporter = verbs[-2] if len(verbs) > 1 and verb.group(0) in _NAMING_VERBS else verb  # "said X had called"
    if _NAMED_BY_ANOTHER.fullmatch(text, reporter.end(), end) is not None and not _joined_to_reaction(
        text, reporter, verb
    ):
        doubt = "someone the speech verb reports on gave the words as a name: they may be that one's"
    return doubt


def _joined_to_reaction(text: str, reporter: re.Match[str], verb: re.Match[str]) -> bool:
    """Whether the naming verb is joined by "and" to a verb of reaction that takes an object, not a clause: "Reid
    mocked the senator and called him "...": the subject of both verbs names him, and nobody is reported on. A verb
    of saying ("Reid said the panel met and called it") may report a clause whose subject names it: never joined."""
    return (
        reporter is not verb
        and reporter.group(0).lower() not in SPEECH_VERBS
        and _AND_BEFORE_VERB.search(text, reporter.end(), verb.start()) is not None
        and _RELATIVE.search(text, reporter.end(), verb.start()) is None
    )
