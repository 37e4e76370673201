"""A quotation inside a quotation is said by whoever the outer speaker names as saying it.

`"The coach, Mia Torres, told us: 'Nobody leaves this room a loser,'" the captain said.` holds
two speakers: the captain said all of it, and Mia Torres said the inner words. The inner
quotation is a term (quoted inside a quotation) unless the outer words name its speaker with a
speech verb right before it (`Mia Torres told us:`) or right after it (`'...,' Mia Torres
said`); a pronoun there ("he told us") is left alone: whom the outer speaker means by "he"
is the outer speaker's story, not the article's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB, SPEECH_VERBS
from quizapp.draft.person import Mention, Person
from quizapp.draft.quotation import Quotation
from quizapp.draft.quotes import Quote
from quizapp.draft.sentences import Sentence

_SAID_BEFORE = lazy_compile(
    rf"\]?,?\s+(?:{SPEECH_VERB})\b(?:\s+(?:us|me|them|him|her|everyone|reporters))?\s*[,:]?\s*$"
)
"""Between the inner speaker's name and the inner quotation: "told us:", "said,"; past the bracket of a name the
writer put in for the speaker's "he" ("[Torres] said, '...'")."""


def nested_quotations(
    text: str,
    nested: list[Quote],
    mentions: list[Mention],
    people: dict[str, Person],
    sentence_at: Callable[[int], Sentence],
) -> list[Quotation]:
    """Quotations inside quotations whose speaker the outer words name, sure; the others stay terms."""
    in_quote = [mention for mention in mentions if mention.in_quote]
    starts = [mention.start for mention in in_quote]  # once for all the nested quotations: a long text has many
    found = []
    for quote in nested:
        speaker = nested_speaker(text, quote, in_quote, people, starts)
        if speaker is not None:
            sentence = sentence_at(quote.open_at)
            found.append(Quotation(quote, quote.text(text), speaker, sentence, "nested", True))
    return found


def nested_speaker(
    text: str, quote: Quote, in_quote: list[Mention], people: dict[str, Person], starts: list[int] | None = None
) -> str | None:
    """The person the words around a nested quotation name as its speaker, or None; `starts` are the mentions'
    starts, when the caller keeps them."""
    if starts is None:
        starts = [mention.start for mention in in_quote]
    index = bisect.bisect_left(starts, quote.open_at) - 1
    if index >= 0:  # `Mia Torres told us: '...'`
        mention = in_quote[index]
        if not mention.possessive and _SAID_BEFORE.fullmatch(text, mention.end, quote.open_at):
            return _person(mention, people)
    after = bisect.bisect_left(starts, quote.close_at)
    if after < len(in_quote):  # `'...,' Mia Torres said`
        mention = in_quote[after]
        if not text[quote.close_at : mention.start].strip(" ,") and _verb_right_after(text, mention.end):
            return _person(mention, people)
    return None


def _verb_right_after(text: str, position: int) -> bool:
    words = re.match(r"\s+([a-z]+)", text[position : position + 30])
    return words is not None and words.group(1) in SPEECH_VERBS


def _person(mention: Mention, people: dict[str, Person]) -> str | None:
    person = people.get(mention.person)
    return person.id if person is not None and person.kind == "person" else None
