""" "What did Coco Gauff speak about?": the subject line of a quotation in a round-up of quotes.

A round-up ("the week in quotes", "the best of the quotes") prints each quotation with a line
of its own saying who spoke and on what: "-- Coco Gauff on what she remembers from watching the
Olympics." The who-said kinds ask whose words they are; the subject line gives a second sound
question per speaker, whose answer is the article's own words and whose wrong options are the
subjects of the other quotations of the same round-up, so every choice is of the same kind
(and none whose "she" cannot be about him).

A subject line is read only where the form is plain: the paragraph right after a quotation
with a sure speaker, opening (after a dash and title words) with that speaker's name and
"on", "about" or "reacting to". Three such lines at least, so each question has two wrong options.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.extraction import Extraction
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.literal_patterns import match_around
from quizapp.draft.person import Person
from quizapp.draft.wording import excerpt, question_id, quotation_shown, slug

MAX_TOPIC_QUESTIONS = 2
MIN_LINES = 3
CHOICE_WORDS = 14
MAX_QUOTATIONS = 60
"""Quotations looked at: a long transcript costs one pass over its first ones."""
_LINE_OPENING = r"\s*(?:--|—|–|-)?\s*(?:[A-Z][\w’'-]*\s+){0,4}?"
_HE = lazy_compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE = lazy_compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_TOPIC = lazy_compile(
    r"\s+(?:on|about|reacting to)\s+(?P<topic>[^\[\]{}|“”\"\n]{8,400}?)\s*(?:\[[^\]\n]*\]\s*)?(?:\.\s|\.?$)"
)


def topic_questions(extraction: Extraction, earlier: Iterable[DraftedQuestion]) -> list[DraftedQuestion]:
    """ "What did NAME speak about?" for the speakers of a round-up whose quotations carry a subject line."""
    lines = _subject_lines(extraction)
    if len({topic for _person, topic, _span in lines}) < MIN_LINES:
        return []
    shown = " ".join(str(getattr(drafted.question, "prompt", "")) for drafted in earlier)
    drafted: list[DraftedQuestion] = []
    for person, topic, (start, end) in lines:
        if len(drafted) >= MAX_TOPIC_QUESTIONS:
            break
        if topic in shown:
            continue
        others = [
            other
            for other_person, other, _span in lines
            if other_person.id != person.id and other != topic and not _other_gender(other, person)
        ]
        choices = tuple(quotation_shown(choice, CHOICE_WORDS) for choice in dict.fromkeys([topic, *others[:3]]))
        if len(choices) < MIN_LINES:
            continue
        question = make_question(
            "multiple_choice",
            id=question_id("spoke-about", slug(person.shown, 3), slug(topic, 5)),
            prompt=f"What did {person.shown} speak about in the words the article quotes?",
            choices=choices,
            answer=choices[0],
            explanation=f"The article says: “{extraction.text[start:end].strip()}”",
            source=extraction.text[start:end].strip(),
            tags=("who-said",),
        )
        paragraph = extraction.article.paragraph_index(start) + 1
        drafted.append(DraftedQuestion(question, (start, end), paragraph, (start, f"topic:{person.id}")))
    return drafted


def _other_gender(subject: str, person: Person) -> bool:
    """Whether a subject's pronouns cannot be the person's: "what she remembers" is no wrong option for him."""
    pronouns = {"female": _HE, "male": _SHE}.get(person.gender or "")
    return pronouns is not None and pronouns.search(subject) is not None


def _subject_lines(extraction: Extraction) -> list[tuple[Person, str, tuple[int, int]]]:
    """(speaker, subject, the line's span) for each quotation followed by its subject line."""
    article = extraction.article
    found: list[tuple[Person, str, tuple[int, int]]] = []
    seen: set[str] = set()
    for quotation in extraction.quotations[:MAX_QUOTATIONS]:
        speaker = extraction.person(quotation.sure_speaker)
        if speaker is None or speaker.id in seen:
            continue
        following = article.paragraph_index(quotation.quote.close_at) + 1
        if following >= len(article.paragraphs):
            continue
        paragraph = article.paragraphs[following]
        line = article.paragraph_text(paragraph)
        names = sorted({speaker.name, speaker.shown, *speaker.aliases}, key=len, reverse=True)
        if not any(name and name in line for name in names):
            continue  # the line cannot open with a name it does not hold
        opening = match_around(_LINE_OPENING, [name for name in names if name], "", line)
        subject = _TOPIC.match(line, opening[1]) if opening else None
        if subject is None:
            continue
        seen.add(speaker.id)
        span = excerpt(extraction.text, paragraph.start, paragraph.end)
        found.append((speaker, subject.group("topic").strip().rstrip("."), span))
    return found
