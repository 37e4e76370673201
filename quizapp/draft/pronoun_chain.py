"""How far back a "he" or "she" reaches: past the speaker's own words, and past sentences that go on about them.

The pronoun resolver (pronouns.py) looks for a pronoun's person in the sentences just before it, at most eight
back, and lets sentences that open with the same pronoun and name nobody ("He added that ...") carry the chain
on without counting as distance. An interview piece runs longer than that: "Pressed on the poll, he replied:
"...", then three paragraphs of the answer, then "Asked if he would stand, he said: "..."". Its name is far
back, yet no reader doubts who "he" is, because nothing between met anyone new as the narrator's subject.

So the reach is counted in the narrator's sentences: a sentence wholly inside a quotation (the speaker's own
words, where the narrator names no subject) is passed over without using it up. It still counts as distance, so
a pronoun whose person was named before a long quotation, with someone else named in between, stays unsure as
before: a reported exchange ("She was watching," he said) may be anyone's in it.
"""

from __future__ import annotations

from collections.abc import Iterator

from quizapp.draft.article import Article
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SUBJECT_PRONOUNS
from quizapp.draft.quotation import Quotation
from quizapp.draft.quotes import Quote
from quizapp.draft.sentences import Sentence
from quizapp.draft.spans import Spans
from quizapp.draft.spoken_of import SPOKEN_OF_DOUBT

REACH = 8
"""Sentences of the narrator's own a pronoun's person may be sought back over."""
_OPENING_PRONOUN = lazy_compile(r"\s*(He|She)\b")
_WORD = lazy_compile(r"\w")
_NOT_SPACE = lazy_compile(r"\S")


def wholly_quoted(text: str, sentence: Sentence, quoted: Spans) -> bool:
    """Whether the sentence lies inside one quotation, but for its marks and spaces: the speaker's own words."""
    first = _NOT_SPACE.search(text, sentence.start, sentence.end)  # read up to the first mark, not the whole sentence
    opening = sentence.end if first is None else first.start()
    span = quoted.holding(opening) or quoted.holding(opening + 1)  # the sentence may open with the quotation mark
    return span is not None and _WORD.search(text, span[1], sentence.end) is None


def carries_chain(text: str, sentence: Sentence, gender: str) -> bool:
    """Whether a sentence naming nobody of `gender` goes on about the pronoun's person without counting as distance:
    it opens with the same pronoun ("He added that ...")."""
    match = _OPENING_PRONOUN.match(text, sentence.start)
    return match is not None and SUBJECT_PRONOUNS.get(match.group(1).lower()) == gender


def reach_back(
    text: str, sentences: list[Sentence], index: int, quoted: Spans, known: dict[int, bool] | None = None
) -> Iterator[int]:
    """The sentence indexes a pronoun in sentence `index` may look back over, its own first: REACH sentences of
    the narrator's, the quotations' sentences between them not counted. Given one at a time, as the resolver
    reads them: it mostly stops at the first sentence or two, and the rest need not be read for quotations.
    `known` keeps which sentences are wholly quoted, by index, for a caller that asks again with the same text
    and quotations: each pronoun reads back over sentences the one before it read."""
    known = {} if known is None else known
    yield index
    counted = 0
    position = index
    farthest = max(0, index - 6 * REACH)  # bounded: an article all quotation is not read back to its start per pronoun
    while position > farthest and counted < REACH:
        position -= 1
        quoted_sentence = known.get(position)
        if quoted_sentence is None:
            quoted_sentence = known[position] = wholly_quoted(text, sentences[position], quoted)
        if not quoted_sentence:
            counted += 1
        yield position


def goes_on_unsure(article: Article, previous: Quotation, speaker: str | None, quote: Quote) -> str | None:
    """The doubt a `"...," he said` inherits from the quotation just before it, in its paragraph or the one before,
    when the chain found that quotation's own speaker and those words spoke of that speaker by name (spoken_of.py):
    "“... running against President Obama and me ...,” the former president said. / “...,” he said." goes on
    with the voice before, which the words showed was someone else than the one found; it is no surer than it."""
    if speaker is None or previous.speaker != speaker or previous.sure or previous.doubt != SPOKEN_OF_DOUBT:
        return None
    if article.paragraph_index(quote.open_at) - article.paragraph_index(previous.quote.open_at) > 1:
        return None
    return "the pronoun goes on with the quotation before, whose words speak of the speaker found by name"
