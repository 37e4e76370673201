"""Words the said-clause's subject answers rather than says: someone else's claim, or a report of someone's words.

A speech verb before a quotation makes its subject the speaker (said_before.py), but news often quotes, after
such a verb, the words the subject is reacting to: "the minister responded to a statement credited to the former
president that "...", "Reid dismissed remarks attributed to Okoye that the port was "finished"", "Dunne rejected
claims by Grant that ...". The quoted words are then the claim's, said by whoever the claim is credited to, or by
nobody named. Two shapes:

- a noun of saying with its content ("claims that", "suggestions that") after a verb, a determiner or a name's
  possessive: the sentence is about someone else's claim, not the subject's own (`someone_elses_claim`: nobody);
  unless the claim is the subject of a verdict the quotation completes ("said Grant's claim that the port is shut
  is "untrue"": the content has its own finite verb, and another stands right before the words), which is the
  said-clause subject's;
- a noun of saying "credited to", "attributed to" or "ascribed to" someone (`credited_words`): the words are
  that one's as the report has them, and the subject only answers them; a doubt, since the report may be of the
  subject's own words ("denied the remarks attributed to him").
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS, SPEECH_VERBS_BEFORE_QUOTE_ONLY

_CLAIMS = (
    r"claims?|suggestions?|reports?|accusations?|allegations?|remarks?|comments?|criticism|assertions?|"
    r"charges?|rumou?rs?|warnings?|descriptions?"
)
_SAYING_NOUNS = r"(?:" + _CLAIMS + r"|statements?|words|quotes?|views?|utterances?)"
_SOMEONE_ELSES_CLAIM = lazy_compile(
    r"(?:\b(?:[a-z]+ed|the|these|those|such|any|his|her|their|its)|\b[A-Z][\w-]*['’]s)\s+(?:"
    + _CLAIMS
    + r")\s+(?:(?:by|from|of)\s+[^,;:\"“”]{1,60}?\s+)?that\b[^\"“”]*$"
    + r"|\b"
    + _SAYING_NOUNS
    + r"\s+(?:by|from)\s+[^,;:\"“”]{1,60}?\s+that\b[^\"“”]*$"
)
"""Someone else's saying (a noun after a verb, a determiner or a name's possessive) and its content up to the
quotation: "rejected claims by Grant that the port was ", "denied suggestions that she had been ", "said Grant's
claim that jobs were ". Not the verb "Dunne claims that". Any noun of saying credited by "by" or "from" to
someone is theirs too, whatever stands before it: "knocked a statement by Grant that an "..."" is Grant's."""
_FINITE = lazy_compile(r"\b(?:is|was|are|were|has|have|had|will|would)\b")
"""Finite auxiliaries, as in possessed_words.py: two in a claim's "that"-content mean its own clause has ended."""
_CLAIM_NOUNS = (
    "claim", "suggestion", "report", "accusation", "allegation", "remark", "comment", "criticism", "assertion",
    "charge", "rumo", "warning", "description", "statement", "word", "quote", "view", "utterance",
)  # fmt: skip
"""The nouns of `_CLAIMS` as plain text: a clause holding none of them is not tried with the pattern."""
_CREDITED_WORDS = lazy_compile(
    r"\b" + _SAYING_NOUNS + r"\s+(?:credited|attributed|ascribed)\s+to\s+([^;:\"“”]{1,80}?"
    r"(?:\s*,?\s*(?:that|which|saying|reading|as\s+saying)\b)?[^\"“”.!?]{0,120})$"
)
"""A noun of saying credited to someone, then at most its content up to the quotation: "responded to a statement
credited to the former president that, ", "remarks attributed to Okoye that the plan was "". A speech verb after
it is the sentence's own saying: "Asked about remarks attributed to Okoye, Ruiz said "..."" is Ruiz's."""
_WORD = lazy_compile(r"[\w'’-]+")
_COMMA_PARTICIPLE = lazy_compile(r",\s+([a-z]+ing)\b[^,;:\"“”]*$")
"""A comma, then an -ing word, and no other clause mark up to the quotation: ", calling him "."""
_PARTICIPLES = frozenset(word for word in SPEECH_VERBS | SPEECH_VERBS_BEFORE_QUOTE_ONLY if word.endswith("ing"))
DISOWNED_DOUBT = "the words are a statement credited to someone, which the speech verb's subject answers"


def someone_elses_claim(text: str, start: int, end: int) -> bool:
    """Whether the quotation at `end` stands in someone else's claim that the sentence from `start` tells of."""
    return (
        text.find("that", start, end) >= 0
        and any(text.find(noun, start, end) >= 0 for noun in _CLAIM_NOUNS)
        and (claim := _SOMEONE_ELSES_CLAIM.search(text, start, end)) is not None
        and not main_clause_participle(text, start, end)
        and not verdict_on_claim(text, claim.start(), end)
    )


def verdict_on_claim(text: str, claim_at: int, end: int) -> bool:
    """Whether the quotation at `end` completes a verdict on the claim at `claim_at` rather than its content: a finite
    verb of the content's own ("that the port is shut") and another right before the words ("is "untrue""). One
    alone is the content's ("claims that the port was "finished"")."""
    that = text.find("that", claim_at, end)
    finite = list(_FINITE.finditer(text, that, end))
    return len(finite) > 1 and not text[finite[-1].end() : end].strip()


def main_clause_participle(text: str, start: int, end: int) -> bool:
    """Whether a participle of saying after a comma ends the clause before the quotation at `end`: "Dunne repeated
    claims that Grant had lied, calling him "...": the claim's content stops at the comma, and the participle hangs
    on the main clause, whose subject says the words."""
    participle = _COMMA_PARTICIPLE.search(text, start, end)
    return participle is not None and participle.group(1).lower() in _PARTICIPLES


def credited_words(text: str, start: int, end: int) -> bool:
    """Whether the quotation at `end` follows a noun of saying credited or attributed to someone."""
    if text.find(" to ", start, end) < 0 or (credited := _CREDITED_WORDS.search(text, start, end)) is None:
        return False
    return SPEECH_VERBS.isdisjoint(_WORD.findall(credited.group(1))) or "saying" in credited.group(1).split()
