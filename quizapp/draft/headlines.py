"""A quotation in the headline is said by whoever says the same words in the story.

Headlines quote without a said-clause ("'He can rot in jail,' says victim's brother") or with one
that names a role the story goes on to name ("admits captain"). The sentence rules cannot read
them: the headline is no sentence of the story, and reading it as one gave its quotation to a
name from the first paragraph. The story itself tells: the same words, quoted there with a sure
speaker, are that speaker's. Words the story never quotes again, or quotes for two people, stay
without a speaker.
"""

from __future__ import annotations

import re

from quizapp.draft.article import Article
from quizapp.draft.quotation import Quotation
from quizapp.draft.quotes import Quote
from quizapp.draft.sentences import Sentence

_WORD = re.compile(r"[\w'’-]+")
_MIN_WORDS = 2
"""A single quoted word in a headline ('chaos') is a label, never evidence of who said it."""
_TITLE_WORDS = 20
_STOP_AT_END = re.compile(r"[.!?][\"'”’]?\s*$")


def in_heading(article: Article, quote: Quote) -> Sentence | None:
    """The heading paragraph holding `quote`, as the quotation's sentence, or None when it is in the story."""
    body = article.paragraphs[article.body_start].start if article.body_start < len(article.paragraphs) else 0
    if quote.open_at >= body:
        return None
    for index, paragraph in enumerate(article.paragraphs[: article.body_start]):
        if paragraph.start <= quote.open_at < paragraph.end:
            return Sentence(paragraph.start, paragraph.end, index)
    return None


def in_title_line(article: Article, quote: Quote) -> Sentence | None:
    """The first paragraph holding `quote`, as its sentence, when it is a title pasted as the text's first line:
    no heading was told apart (plain text), and the paragraph is short and ends with no stop ("'We will not be
    silenced,' says nurse"). Only for words the sentence rules found nobody for: the story may say them again."""
    if article.body_start != 0 or len(article.paragraphs) < 2:
        return None
    first = article.paragraphs[0]
    line = article.text[first.start : first.end]
    if not first.start <= quote.open_at < first.end or len(_WORD.findall(line)) > _TITLE_WORDS:
        return None
    return None if _STOP_AT_END.search(line) else Sentence(first.start, first.end, 0)


def from_the_story(quotations: list[Quotation], heading: set[int]) -> list[Quotation]:
    """Heading quotations (their indexes in `heading`) with the speaker of the story's quotation of the same words."""
    result = list(quotations)
    if not heading:
        return result
    story = [(_words(q.text), q) for index, q in enumerate(quotations) if index not in heading and q.sure]
    for index in heading:
        quotation = quotations[index]
        words = _words(quotation.text)
        if len(words.split()) < _MIN_WORDS:
            continue
        speakers = {q.speaker for text, q in story if f" {words} " in f" {text} "}
        if len(speakers) == 1:
            speaker = next(iter(speakers))
            result[index] = Quotation(quotation.quote, quotation.text, speaker, quotation.sentence, "headline", True)
    return result


def _words(text: str) -> str:
    return " ".join(word.lower().replace("’", "'") for word in _WORD.findall(text))
