"""A short quotation that opens its sentence and has its said-clause right after it is speech, not a scare quote.

British, Irish, Indian and many other papers put the comma outside the closing mark (`"We lost", she said.`,
`'No comment', said Ruiz.`), so a short quotation ends without the comma or stop that marks speech inside its
marks, and three words or fewer in marks without one read as a scare quote (terms.py). A sentence that opens
with the quoted words and goes on with a comma and a said-clause (a name, a pronoun or "the" and a role, then a
speech verb; or the verb first, then the speaker) is someone's speech in any of those papers. So is a short
phrase in mid-sentence when that said-clause closes the sentence (`The day had been "long", she said.`): the
sentence is her report, and the words in marks are hers.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB

_SAID_CLAUSE_AFTER_COMMA = lazy_compile(
    r"[\"”’']?\s*,\s*(?:"
    r"(?:(?:he|she|they|we|I|it)|(?:the|a|an|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[A-Z][\w'’-]*)\s+(?:(?:later|also|then|had|has|would)\s+)?(?:" + SPEECH_VERB + r")\b"
    r"|(?:" + SPEECH_VERB + r")\s+(?:the\s+|a\s+|an\s+)?[A-Z]?[\w'’-]+)"
)
"""The closing mark, a comma, then a said-clause in either order ("Ruiz said", "said Ruiz", "the coach said")."""
_SENTENCE_BREAK = lazy_compile(r"[.!?\n]")
_SENTENCE_END = lazy_compile(r"[.!?](?:\s|$)")


def said_right_after(text: str, open_at: int, close_at: int) -> bool:
    """Whether the quotation at text[open_at:close_at] opens its sentence and a said-clause follows its comma."""
    before = text[max(0, open_at - 200) : open_at]
    if _SENTENCE_BREAK.split(before)[-1].strip():
        return False  # inside the writer's sentence: a phrase there may be a scare quote whoever speaks after it
    return _SAID_CLAUSE_AFTER_COMMA.match(text, close_at - 1) is not None


def said_clause_ends_sentence(text: str, close_at: int) -> bool:
    """Whether the quotation closing just before `close_at` is followed by a comma and a said-clause that ends
    the sentence: `... had gone up to "take photos", she said.` The whole sentence is her report and the words
    in marks are the ones she used, wherever in the sentence they stand."""
    said = _SAID_CLAUSE_AFTER_COMMA.match(text, close_at - 1)
    return said is not None and _SENTENCE_END.match(text, said.end()) is not None
