"""Lines a reader's eye passes over between one paragraph of a story and the next: subheadings and page furniture.

Web articles break a run of speech with a subheading ("Fitness update") or with what the page carried beside
the text ("Hide Ad", "Advertisement"), pasted along with it. A reader goes on from the paragraph before such a
line to the one after it, and so does the speech: a lone quotation after a subheading is still the words of
whoever was introduced or quoted before it. A line counts only when it is short, ends with no stop, holds no
quotation mark and names nobody (no person, no body): a line naming someone ("Arsène Wenger (Arsenal)")
labels whose words follow (label_paragraphs.py), and one ending in a stop is a sentence of the story.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

from quizapp.draft.article import Article
from quizapp.draft.lazy_patterns import lazy_compile

_MAX_WORDS = 8
_WORD = lazy_compile(r"[\w'’-]+")
_SENTENCE_ENDS = tuple(".!?:;,\"“”‘’'»«")
"""Marks that end a sentence, a clause or a quotation: a paragraph ending with one (spaces aside) is the story's."""
_QUOTE_MARK = lazy_compile(r"[\"“”«»]")

NamesSomeone = Callable[[int, int], bool]
"""Whether text[start:end] names a person or a body (any mention of the people model)."""


def is_interlude(article: Article, index: int, names_someone: NamesSomeone) -> bool:
    """Whether paragraph `index` of the story is a subheading or page furniture, which the speech runs past."""
    if index < article.body_start:
        return False
    paragraph = article.paragraphs[index]
    words = article.text[paragraph.start : paragraph.end]
    # the cheapest tests first: most paragraphs end with a stop, and none of these tests has a side effect
    return (
        not words.rstrip().endswith(_SENTENCE_ENDS)  # what `[...]\s*$` finds: the same whitespace is stripped
        and 0 < sum(1 for _word in islice(_WORD.finditer(words), _MAX_WORDS + 1)) <= _MAX_WORDS
        and _QUOTE_MARK.search(words) is None
        and not names_someone(paragraph.start, paragraph.end)
    )


def paragraph_read_before(article: Article, index: int, names_someone: NamesSomeone) -> int:
    """The paragraph a reader reads just before paragraph `index`, past interludes: `index - 1` for most."""
    before = index - 1
    while before > article.body_start and is_interlude(article, before, names_someone):
        before -= 1
    return before
