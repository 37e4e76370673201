"""A phrase leading into the said-clause, whose names are not its subject: "Praising Tom Reid, Ana Ruiz said:".

News opens many answers with a phrase of what the speaker did or faced before saying it: "Paying tribute to Reid,
Ruiz said:", "Defending Reid, she said:", "Unlike Reid, Ruiz told reporters:". The name in that phrase is its
object, yet it is the first name in the sentence after no preposition, and the said-clause sieves took it for the
subject: a wrong answer key. When the clause after the phrase's last comma opens with a name (perhaps after its
titles and role, or "and"/"but") or a he/she, and that subject's own speech verb follows it, the subject is sought from
there. A phrase that itself holds a speech verb ("Reid said, ...") is not leading anything; an apposition
("Ana Ruiz, the mayor, said:") leaves no name before the verb, so nothing changes; nor does a name that
opens the sentence with its apposition and then ", and" another ("Tom Reid, the manager, and his deputy Jo Hill
said:"): that is two subjects, not a phrase leading in. A leading clause opened by "as", "when" or "while" may
end on an aside set off by dashes rather than a comma ("As Reid spoke of the budget — and of the strike — Ruiz
answered:"): the closing dash then ends the phrase as the comma would.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEAKS_NEXT, SPEECH_VERBS, SUBJECT_PRONOUNS
from quizapp.draft.person import Mention

_WORD = lazy_compile(r"[\w'’-]+")
_BEFORE_THE_NAME = lazy_compile(r"(?:(?:and|but|yet|while)\s+)?(?:[\w'’.-]+\s+){0,5}")
"""Between the comma and the subject's name: a conjunction, and a few words of title or role ("deputy harbour
master", "Prime Minister")."""
_SUBORDINATE_OPENING = lazy_compile(r"\s*(?:As|When|While|After|Before|Although|Though|Because|Since|If)\s")
_CLOSING_DASH = lazy_compile(r" (?:—|–|--) (?=\S)")


def main_clause_start(text: str, start: int, end: int, mentions: Sequence[Mention]) -> int | None:
    """Where the main clause opens in text[start:end] when a leading phrase ending in a comma comes before a
    subject with its own speech verb; None when there is no such phrase."""
    comma = text.rfind(", ", start, end)
    clause = comma + 2
    if _SUBORDINATE_OPENING.match(text, start) is not None:
        dashes = list(_CLOSING_DASH.finditer(text, max(start, comma), end))
        if len(dashes) >= 2:  # "As Reid spoke — of the strike — Ruiz answered:": the aside's closing dash
            comma, clause = dashes[-1].start(), dashes[-1].end()
    if comma < 0 or {word.lower() for word in _WORD.findall(text, start, comma)} & SPEECH_VERBS:
        return None
    words = _WORD.findall(text, clause, end)[:2]
    if len(words) == 2 and words[0].lower() in SUBJECT_PRONOUNS and words[1].lower() in SPEECH_VERBS:
        return clause  # "Defending Reid, she said:"
    subject = next((mention for mention in mentions if mention.start >= clause), None)
    if (
        subject is None
        or _BEFORE_THE_NAME.fullmatch(text, clause, subject.start) is None
        or (said := SPEAKS_NEXT.match(text, subject.end)) is None
        or said.end() > end
    ):
        return None
    if words and words[0] == "and" and any(not text[start : mention.start].strip() for mention in mentions):
        return None  # "Tom Reid, the manager, and his deputy Jo Hill said:": two subjects, no leading phrase
    return clause
