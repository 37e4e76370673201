"""A quotation in the headline is said by whoever says the same words in the story.

Headlines quote without a said-clause ("'He can rot in jail,' says victim's brother") or with one
that names a role the story goes on to name ("admits captain"). The sentence rules cannot read
them: the headline is no sentence of the story, and reading it as one gave its quotation to a
name from the first paragraph. The story itself tells: the same words, quoted there with a sure
speaker, are that speaker's. Words the story never quotes again, or quotes for two people, stay
without a speaker.
"""

from __future__ import annotations

from quizapp.draft.article import Article
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.person import Person
from quizapp.draft.quotation import Quotation
from quizapp.draft.quotes import Quote
from quizapp.draft.sentences import Sentence

_WORD = lazy_compile(r"[\w'’-]+")
_MIN_WORDS = 2
"""A single quoted word in a headline ('chaos') is a label, never evidence of who said it."""
_TITLE_WORDS = 20
_STOP_AT_END = lazy_compile(r"[.!?][\"'”’]?\s*$")


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


_SUBJECT_AFTER = lazy_compile(
    r"[\s,:]*?(?::\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+[a-z]+s\b"
    r"|,?\s+(?:says|said)\s+(?P<inverted>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*$)"
)
"""A headline's subject after its quotation: `'...': Ruiz urges ...` (a colon, a name, a verb in the present), or
`'...', says Ana Ruiz` ending the line."""


def headline_subject(text: str, quote: Quote, sentence: Sentence, people: list[Person]) -> str | None:
    """The one person of the story a headline names as its subject right after its quotation, or None. Only a
    guess: a headline may sum up, or give the words to whoever its story is about."""
    match = _SUBJECT_AFTER.match(text, quote.close_at, sentence.end)
    if match is None:
        return None
    name = match.group("name") or match.group("inverted")
    words = name.split()
    named = [
        person
        for person in people
        if person.kind == "person"
        and (name == person.name or name in person.alias_set or (len(words) == 1 and person.last == name))
    ]
    return named[0].id if len(named) == 1 else None


def from_the_story(quotations: list[Quotation], heading: dict[int, str | None]) -> list[Quotation]:
    """Heading quotations (their indexes, the keys of `heading`) with the speaker of the story's quotation of the
    same words; failing that, the headline's own subject (the index's value: `headline_subject`), unsure."""
    result = list(quotations)
    if not heading:
        return result
    for index, subject in heading.items():
        if subject is None:
            continue
        quotation = quotations[index]
        doubt = "a headline names its subject after the words: it may sum up rather than quote them"
        result[index] = Quotation(
            quotation.quote, quotation.text, subject, quotation.sentence, "headline", False, doubt
        )
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
