"""Who-said-what questions: matching quotations to speakers, and "who said this?" multiple choice.

Wrong options are other people of the same article, so a student must have read it; a
quotation that names its own speaker would give the answer away and is not asked.
"""

from __future__ import annotations

from collections import Counter

from quizapp.draft.attribution import Quotation
from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.extraction import Extraction
from quizapp.draft.people import Person
from quizapp.draft.wording import contains_phrase, excerpt, question_id, shorten, slug

MAX_PAIRS = 6
MAX_MATCHING = 3
MAX_WHO_SAID = 8
MAX_PER_SPEAKER = 3
MIN_QUOTATION_WORDS = 5
TAG = "who-said"


def _names_speaker(text: str, speaker: Person) -> bool:
    names = {*speaker.aliases, speaker.name, speaker.shown}
    if speaker.last:
        names.add(speaker.last)
    return any(contains_phrase(text, name) for name in names if len(name) > 2)


def _usable(extraction: Extraction) -> list[tuple[Quotation, Person]]:
    """Attributed quotations worth asking about: long enough, not naming their speaker, one per paragraph."""
    usable = []
    seen: set[tuple[int, str]] = set()
    for quotation in extraction.quotations:
        speaker = extraction.person(quotation.speaker)
        if speaker is None or len(quotation.text.split()) < MIN_QUOTATION_WORDS:
            continue
        key = (quotation.sentence.paragraph, speaker.id)
        if key in seen or _names_speaker(quotation.text, speaker):
            continue
        seen.add(key)
        usable.append((quotation, speaker))
    return usable


def _source(extraction: Extraction, quotation: Quotation) -> tuple[str, tuple[int, int]]:
    start, end = excerpt(extraction.text, quotation.sentence.start, quotation.sentence.end)
    return extraction.text[start:end].strip(), (start, end)


def _others(extraction: Extraction, exclude: set[str], kind: str) -> list[Person]:
    """Other people of the article, those quoted first, then the most mentioned."""
    quoted = Counter(q.speaker for q in extraction.quotations if q.speaker)
    mentioned = Counter(m.person for m in extraction.mentions)
    people = [p for p in extraction.people if p.id not in exclude and p.kind == kind]
    return sorted(people, key=lambda p: (-quoted[p.id], -mentioned[p.id], p.id))


def who_said_questions(extraction: Extraction) -> list[DraftedQuestion]:
    drafted = []
    per_speaker: Counter[str] = Counter()
    for quotation, speaker in _usable(extraction):
        if len(drafted) >= MAX_WHO_SAID or per_speaker[speaker.id] >= MAX_PER_SPEAKER:
            continue
        others = [p.shown for p in _others(extraction, {speaker.id}, speaker.kind) if p.shown != speaker.shown][:3]
        if not others:
            continue
        shown_quote = shorten(quotation.text, 30)
        prompt = f"Who said this? “{shown_quote}”"
        source, span = _source(extraction, quotation)
        role = f", {speaker.role}" if speaker.role else ""
        question = make_question(
            "multiple_choice",
            id=question_id("who-said", slug(quotation.text, 7)),
            prompt=prompt,
            choices=(speaker.shown, *others),
            answer=speaker.shown,
            explanation=f"The article attributes these words to {speaker.shown}{role}.",
            source=source,
            tags=(TAG,),
        )
        per_speaker[speaker.id] += 1
        drafted.append(_drafted(question, span, extraction, quotation, speaker))
    return drafted


def matching_questions(extraction: Extraction) -> list[DraftedQuestion]:
    usable = _usable(extraction)
    chunks: list[list[tuple[Quotation, Person]]] = []
    for item in usable:
        if not chunks or len(chunks[-1]) >= MAX_PAIRS:
            chunks.append([])
        chunks[-1].append(item)
    if len(chunks) > 1 and len(chunks[-1]) < 3:
        chunks.pop()  # too few left for a question of their own; they are asked one by one instead
    drafted = []
    for chunk in chunks[:MAX_MATCHING]:
        speakers = {speaker.id for _q, speaker in chunk}
        if len(speakers) < 2:
            continue
        lefts = []
        pairs = []
        for quotation, speaker in chunk:
            left = f"“{shorten(quotation.text, 14)}”"
            if left in lefts:
                continue
            lefts.append(left)
            pairs.append({"left": left, "right": speaker.shown})
        if len(pairs) < 2:
            continue
        rights = {pair["right"] for pair in pairs}
        distractors = [p.shown for p in _others(extraction, speakers, "person") if p.shown not in rights][:2]
        first_quotation, first_speaker = chunk[0]
        source, span = _source(extraction, first_quotation)
        explanation = "; ".join(f"{pair['right']}: {pair['left']}" for pair in pairs)
        question = make_question(
            "matching",
            id=question_id("who-said-what", slug(first_quotation.text, 6)),
            prompt="Match each quotation to the person who said it.",
            pairs=tuple(pairs),
            distractors=tuple(distractors),
            explanation=f"As attributed in the article — {explanation}",
            source=source,
            tags=(TAG,),
        )
        drafted.append(_drafted(question, span, extraction, first_quotation, first_speaker, kind="matching"))
    return drafted


def _drafted(
    question, span: tuple[int, int], extraction: Extraction, quotation: Quotation, speaker: Person, kind: str = ""
) -> DraftedQuestion:
    paragraph = extraction.article.paragraph_index(span[0]) + 1
    return DraftedQuestion(question, span, paragraph, (quotation.quote.open_at, f"{kind}{speaker.id}"))
