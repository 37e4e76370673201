"""In a question-and-answer exchange the answer belongs to the one asked, never to the one asking.

Reports of meetings, hearings and courtrooms name who asked: "Lobb asked the foreperson whether the jury had
agreed.", "..., she said, in response to questions from the residents' association chair, Ian Cole." The asker
is the listener of what comes next: a lone quotation after "X asked someone ..." is most often the answer, and
a "he said" after "questions from Ian Cole" is the one who answered. The sieves that read a speaker from the
sentence before (reported.py) or from the last person named (pronouns.py) would take the asker; these tests
let them keep that speaker only as unsure.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.quoted_spans import QUOTED_SPAN

_ASKS_SOMEONE = lazy_compile(
    r"\b(?:asked|asks|quizzed|quizzes|questioned)\s+"
    r"(?:him|her|them|me|us|the\b|a\b|an\b|his\b|their\b|[A-Z])[^.;:!?\"“”]{0,80}?"
    r"\b(?:whether|if|why|how|what|when|where|who|which)\b"
)
"""A question put to someone: "asked the foreperson, a retired engineer, whether ...", "asked Ms Reid why"; not
a request ("asked the council to wait": the words after are the asker's), nor "asked whether" with nobody asked,
whose asker may go on speaking."""
_ASKED_BY = lazy_compile(
    r"\b(?:questions?|quer(?:y|ies)|questioning|asked|quizzed|pressed|challenged)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:from|by)\s+[^.;:!?\"“”,]{0,90}(?:,\s*)?$"
)
"""A name met as the one asking: "in response to questions from the association's director, Ross Dillon",
"when asked by a reporter from the Gazette, ..."; the name may stand in apposition after its role."""
_ASKING_WORDS = ("question", "quer", "asked", "quizzed", "pressed", "challenged")
"""Plain text each of `_ASKED_BY`'s words holds."""


def asks_someone(sentence: str) -> bool:
    """Whether a sentence, outside its quotations, puts a question to someone ("Lobb asked the foreperson ...")."""
    return _ASKS_SOMEONE.search(QUOTED_SPAN.sub(" ", sentence)) is not None


def named_as_asker(text: str, clause_start: int, name_start: int) -> bool:
    """Whether the name at `name_start` is named as the one asking questions, in the clause from `clause_start`."""
    clause = text[clause_start:name_start]
    if not any(word in clause for word in _ASKING_WORDS):
        return False  # none of the pattern's words, which blanking the quotations cannot make: most clauses
    return _ASKED_BY.search(QUOTED_SPAN.sub(" ", clause)) is not None
