"""A name behind its whole title still opens its sentence: the speech verb a few words on is its own.

News puts a long title before a name ("Former state premier and Harbour Party leader Omar Ali") and lets the
name's own verb phrase reach the speech verb ("Omar Ali also took to social media to say, "...""). Counting
the title's words as words before the subject made the name look like one met inside the sentence, and the
speaker was left unsure ("named several words before the speech verb"). The name is the subject when

- every word before it is a title's word: capitalised (places, parties, bodies), a role noun, or a joining
  word of titles ("and", "of", "the", "former");
- the words from the name to the speech verb are few and one phrase: no punctuation, no clause word ("that",
  "who", "and", "after"), no second speech verb. A clause of its own between ("said Thursday that ..., a day
  after the president said") leaves the doubt where it is.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, SPEECH_VERBS

_WORD = lazy_compile(r"[\w'’()-]+|[^\w\s]")
_TITLE_JOINERS = frozenset({"and", "of", "the", "former", "ex", "then", "deputy", "acting", "interim", "party"})
_CLAUSE_WORDS = frozenset(
    {"that", "who", "which", "whom", "whose", "when", "while", "whereas", "after", "before", "because", "as",
     "and", "but", "or", "if", "although", "though", "since", "until", "where"}
)  # fmt: skip
_REACH = 6
"""At most this many words from the name to its speech verb ("also took to social media to")."""


def title_then_own_verb(text: str, start: int, name_start: int, name_end: int, verb_at: int) -> bool:
    """Whether the name at text[name_start:name_end] opens the sentence from `start` behind nothing but its title,
    and reaches the speech verb at `verb_at` through a short phrase of its own."""
    before = _WORD.findall(text, start, name_start)
    if not before or not all(
        word[0].isupper() or word.lower() in ROLE_NOUNS or word.lower() in _TITLE_JOINERS for word in before
    ):
        return False
    between = _WORD.findall(text, name_end, verb_at)
    return len(between) <= _REACH and not any(
        not word[0].isalnum() or word.lower() in _CLAUSE_WORDS or word.lower() in SPEECH_VERBS for word in between
    )
