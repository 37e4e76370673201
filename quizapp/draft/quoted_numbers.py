"""A cloze on a number inside quoted words: "Only {{13}} players trained today."

Many articles quote one person, or a statement whose speaker is not sure, and drafted a single
question or none; the counts in those words are the article's facts. The cloze is on the sentence
of the quotation that holds the number, readable alone (no he or she, nothing pointing back), one
per paragraph of the quotation (a statement running over paragraphs holds several). The prompt
names a sure speaker ("these words of the manager"); a quotation whose speaker is not sure is asked
as "words quoted in the article", naming no one, so the answer key never rests on a guessed speaker.

A number is not blanked when the words beside it give it away: one end of a rough range ("two or
three weeks"), a count spelt out item by item, hours followed by the clock times they span (`counted`), or
the same number twice. Neither a quotation another question asks nor one it shows is used: a cloze that
names the speaker would answer a "who said this?" on the same words.
"""

from __future__ import annotations

import re

from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.counted import counted_beside, counted_one_by_one, end_of_a_range, hours_between_times
from quizapp.draft.extraction import Extraction
from quizapp.draft.fact_numbers import find_numbers
from quizapp.draft.facts import Element
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.named_speaker import quoted_cloze_wording
from quizapp.draft.person import Person
from quizapp.draft.quoted_sentences import a_said_sentence
from quizapp.draft.shown_fact import all_names, is_reference, part_of_a_number
from quizapp.draft.spelled_numbers import whole_spelled_number
from quizapp.draft.standalone import standalone_edits
from quizapp.draft.wording import capitalized, contains_phrase, excerpt, question_id, slug

MAX_QUOTED_NUMBERS = 3
MIN_WORDS, MAX_WORDS = 5, 45
_UNSAFE = lazy_compile(r"[{}|]")


def quoted_number_questions(extraction: Extraction, taken: set[int], shown: str) -> list[DraftedQuestion]:
    """Clozes on numbers in quotations no other question asks (`taken`: where asked quotations open) or shows
    (`shown`), one per paragraph of a quotation, at most MAX_QUOTED_NUMBERS."""
    lowered = extraction.lowered()
    drafted: list[DraftedQuestion] = []
    for quotation in extraction.quotations:
        if len(drafted) >= MAX_QUOTED_NUMBERS:
            break
        speaker = extraction.person(quotation.sure_speaker)  # None: asked as words quoted, naming no one
        if quotation.quote.open_at in taken or " ".join(quotation.text.split()[:6]) in shown:
            continue  # a who-said question shows these words: a cloze naming the speaker would answer it
        asked_in: set[int] = set()  # the paragraphs of the quotation a cloze was drafted in
        for segment_start, segment_end in quotation.quote.segments:
            paragraph = extraction.article.paragraph_index(segment_start)
            for sentence in extraction.segment_sentences(segment_start, segment_end):
                if len(drafted) >= MAX_QUOTED_NUMBERS or paragraph in asked_in:
                    break
                question = _number_cloze(extraction, speaker, sentence.start, sentence.end, lowered)
                if question is not None:
                    drafted.append(question)
                    asked_in.add(paragraph)
    return drafted


def _number_cloze(
    extraction: Extraction, speaker: Person | None, start: int, end: int, lowered: str
) -> DraftedQuestion | None:
    """A cloze on the first number of the quoted sentence text[start:end] that is a count, readable alone."""
    text = extraction.text
    while start < end and text[start] in '“"‘ ':
        start += 1  # a quotation running over paragraphs opens each of them with a mark
    while end > start and text[end - 1] in ",;: ":
        end -= 1  # "... all season," Brook said: the comma belongs to the reporting sentence
    words = text[start:end].split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or _UNSAFE.search(text[start:end]):
        return None
    if standalone_edits(extraction, start, end) is None or re.search(r"\b(?:he|she|He|She)\b", text[start:end]):
        return None  # "He is going to miss three months": who is he, out of the quotation?
    if not a_said_sentence(text, start, end):
        return None  # "the last 12 months": a piece of the article's sentence; "13 Hours: ...": a title
    for found in find_numbers(text, start, end, lowered):
        if (number := whole_spelled_number(text, found)) is None:
            continue  # "twenty-first": an ordinal, no number to blank
        if number.value == "1" or is_reference(text, number) or part_of_a_number(text, number):
            continue
        before, after = text[start : number.start], text[number.end : end]
        if end_of_a_range(before, after) or counted_beside(after, number.value):
            continue  # "{{two}} or three chances": the other end gives it away, and no one number was said
        if counted_one_by_one(after, number.value) or hours_between_times(after):
            continue  # "{{two}} incidents, one was a red, one was a yellow": counted out beside the blank
        rest = f"{before} {after}"
        if any(contains_phrase(rest, name) for name in all_names(extraction, number)):
            continue  # the same number twice: the blank is answered beside it
        return _drafted_number(extraction, speaker, number, start, end)
    return None


def _drafted_number(
    extraction: Extraction, speaker: Person | None, number: Element, start: int, end: int
) -> DraftedQuestion:
    text = extraction.text
    surface = text[number.start : number.end]
    alternatives = [alt for alt in number.alternatives if alt != surface and not _UNSAFE.search(alt)]
    blank = "{{" + "|".join([surface, *alternatives[:4]]) + "}}"
    sentence, span = text[start:end].strip(), excerpt(text, start, end)
    prompt, explanation = quoted_cloze_wording(speaker, sentence)
    question = make_question(
        "cloze",
        id=question_id("fill-quoted", slug(surface, 3), slug(text[start : number.start] + text[number.end : end], 5)),
        prompt=prompt,
        text="“" + capitalized((text[start : number.start] + blank + text[number.end : end]).strip()) + "”",
        explanation=explanation,
        source=text[slice(*span)],
        tags=("facts",),
    )
    paragraph = extraction.article.paragraph_index(start) + 1
    return DraftedQuestion(question, span, paragraph, (start, f"quoted:{number.value}"))
