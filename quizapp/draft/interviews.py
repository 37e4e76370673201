"""Who answers in a question-and-answer layout: the one person the introduction names.

Interviews are often printed as a short introduction (`Clara Venn took over the museum in March. She
spoke to us about her plans.`) and then alternating lines, `Q: What comes first?` and `A: "Opening the old
shed."`. The `A:` label names nobody, and the sentence rules find no speaker either, so the answers were lost.
Whose they are is said once, before the first question: the person introduced. Only an introduction naming
exactly one person is read so; one naming two (the interviewer, someone replaced) leaves the answers to nobody,
as before. The questions are the interviewer's, who is not named.
"""

from __future__ import annotations

from quizapp.draft.article import Article, Paragraph
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Person

_QUESTION = lazy_compile(r"^(?:Q|Question)\s*[:.]\s")
_ANSWER = lazy_compile(r"^(?:A|Answer)\s*[:.]\s*")
"""An answer's label, then the answer; its quotation opens right after the label."""


def answer_label(text: str) -> int | None:
    """Where the words start after an answer's `A:` label opening `text`, or None when there is none."""
    label = _ANSWER.match(text)
    return label.end() if label is not None else None


def interviewee(
    article: Article, paragraphs: list[Paragraph], finder: PeopleFinder, texts: list[str] | None = None
) -> Person | None:
    """The one person named before the first `Q:` line, when answers (`A:` lines) follow; None otherwise. `texts`
    are the paragraphs' texts, stripped, when the caller has them already."""
    if texts is None:
        texts = [article.paragraph_text(paragraph).strip() for paragraph in paragraphs]
    first = next((index for index, text in enumerate(texts) if _QUESTION.match(text)), None)
    if first is None or not any(_ANSWER.match(text) for text in texts[first + 1 :]):
        return None
    end = paragraphs[first].start
    named = {mention.person for mention in finder.mentions if mention.end <= end and not mention.in_quote}
    people = [person for person in finder.people if person.id in named and person.kind == "person"]
    return people[0] if len(people) == 1 else None
