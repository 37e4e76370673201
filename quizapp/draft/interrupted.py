"""A quotation interrupted by its said-clause: `"We were poor," said Ana Ruiz, "and we lost."`.

News splits one spoken sentence around its said-clause, and the second part has no cue of its own: the
said-clause before it belongs to the first part (found there by said_after.py), and nothing after it. With
the name-first order (`"...," Ruiz said, "..."`) the before-sieve reads the clause as the second part's own;
with the inverted order ("said Ruiz,") or a role ("said the club's captain,") it did not, and the neighbours'
rule leaves it alone because it does not open its sentence. So: a quotation with no speaker whose sentence
holds, just before it, a quotation whose speaker was found in the said-clause after it, with nothing between
the two but that clause ending in a comma, takes that speaker, as sure as it was (a doubt comes along).

The writer may interrupt a quotation with a gloss of their own instead, set off by dashes: `"I don't think the
old view" -- that Vos is a spendthrift -- "will last," he says`. The name in that gloss is what the words are about,
never the one the said-clause's pronoun means (`in_glossing_aside`, read by pronouns.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB
from quizapp.draft.person import Mention
from quizapp.draft.quotation import Quotation

SPEECH_VERB_PATTERN = lazy_compile(r"\b(?:" + SPEECH_VERB + r")\b")
_SAID_CLAUSE_THEN_COMMA = lazy_compile(r"[\s,—–-]*[^.;:!?\"“”‘’«»()\n]{3,120},\s*")
"""The said-clause between the parts: no sentence end, no bracket, no other quotation, a comma before the rest."""
_ANOTHER_CLAUSE = lazy_compile(r"\b(?:and|but|while|whereas|as|when|before|after|then)\s+(?!adding\b)", re.IGNORECASE)
"""A conjunction opening a clause of its own between the parts ("... said Ruiz, and Dunne replied, ..."): the
second part may be someone else's, so it is left to the other sieves."""
_GLOSS_OPENS = lazy_compile(r"[”\"][ \t]*(?:--|—|–)[ \t]+[^.;:!?\"“”\n]{0,200}$")
"""A closing mark, a dash, then the gloss up to the position: no sentence end nor another mark between."""
_GLOSS_CLOSES = lazy_compile(r"[^.;:!?\"“”\n]{0,200}?[ \t]+(?:--|—|–)[ \t]*[“\"]")
"""The rest of the gloss from the position, a dash, then the opening mark of the quotation's next part."""
_GLOSS_REACH = 220


def in_glossing_aside(text: str, position: int) -> bool:
    """Whether `position` is inside a dash aside between two parts of one quotation: the writer's gloss."""
    before = text[max(0, position - _GLOSS_REACH) : position]
    return _GLOSS_OPENS.search(before) is not None and _GLOSS_CLOSES.match(text, position) is not None


_OWNER_OR_PLACE = lazy_compile(r"\b(?:of|at|for|in|with|from)\s+(?:the\s+)?$")
"""A preposition right before a name: a body or place in the speaker's apposition ("director of (the) Acme")."""


def _in_apposition(text: str, clause_start: int, mention: Mention) -> bool:
    """Whether a name between the parts only describes the speaker: an owner ("said Ruiz, Dunne's deputy,") or a
    body after a preposition ("said Ruiz, director of Harbour Studies at Acme,"), with no speech verb of its own
    after it (the said-clause holds one speech verb)."""
    if len(SPEECH_VERB_PATTERN.findall(text, clause_start, mention.start)) != 1:
        return False  # no verb before the name, or two: "said Ruiz, Dunne added,"
    return mention.possessive or _OWNER_OR_PLACE.search(text, max(0, mention.start - 12), mention.start) is not None


def interrupted_quotations(
    text: str, found: list[Quotation], mentions_between: Callable[[int, int], list[Mention]]
) -> list[Quotation]:
    """`found` with each second part of a quotation split by its said-clause given the first part's speaker."""
    result = list(found)
    for index in range(1, len(result)):
        quotation, before = result[index], result[index - 1]
        if quotation.speaker is not None or before.speaker is None or before.rule not in {"after", "pronoun"}:
            continue
        if before.sentence.start != quotation.sentence.start:
            continue  # `"...," said Ruiz. "..."`: a sentence of its own, the neighbours' rule decides
        start, end = before.quote.close_at, quotation.quote.open_at
        if _SAID_CLAUSE_THEN_COMMA.fullmatch(text, start, end) is None or _ANOTHER_CLAUSE.search(text, start, end):
            continue
        if any(
            mention.person != before.speaker and not _in_apposition(text, start, mention)
            for mention in mentions_between(start, end)
        ):
            continue  # "... said Ruiz, and Dunne, ...": another person named between the parts
        result[index] = Quotation(
            quotation.quote, quotation.text, before.speaker, quotation.sentence, before.rule, before.sure, before.doubt
        )
    return result
