"""Questions on the words of the article's sure speakers, for articles that quote one person or few.

An article built on one speaker (a manager's injury update, a head teacher's reply to a report)
gave one question or none: "who said this?" needs someone else to choose from, and the facts
are few. "Which of these did NAME say?" asks what the speaker said, quoting the article's own
words: one of the speaker's quotations against quotations of other sure speakers of the same
article. Never an invented quotation, so every wrong choice is plainly someone else's words.

A cloze on a word of a quotation ("The tear to the {{hamstring}} is a serious one") is no longer
drafted: read alone, its blank is a common word the student guesses from the sentence or cannot
know at all (0 of 26 were sound on 50 real articles read question by question, issue 10 point 4).
A number in a quotation is still asked, by `said_questions`, with its unit beside the blank.

In a story of one or two people, a sure quotation is asked as "who said this?" answered by
typing the speaker's name (`named_speaker`): no wrong choices are needed.

Drafted only up to the article's length (one question per WORDS_PER_QUESTION words with what is
drafted already): they fill thin drafts, and a rich draft keeps its own questions.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.extraction import Extraction
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.named_speaker import typed_speaker_questions
from quizapp.draft.offered_people import may_be_one_person, names_speaker
from quizapp.draft.person import Person
from quizapp.draft.quotation import Quotation
from quizapp.draft.quoted_names import quoted_name_questions
from quizapp.draft.sentences import Sentence
from quizapp.draft.speaker_wording import attributed_to, mid_sentence
from quizapp.draft.who_said import may_be_someone_named, too_few_people
from quizapp.draft.wording import excerpt, question_id, question_wording, quotation_shown, slug

WORDS_PER_QUESTION = 65
"""The drafts aim a little above issue 10's one question per 80 words, as a teacher deletes a few."""
MAX_WHICH_SAID = 2
MAX_TYPED = 3
"""Typed "who said this?" questions (`named_speaker`), one per speaker, in a story of one or two people."""
MAX_NAMES = 3
"""Clozes on a name in quoted words (`quoted_names`): what a draft of one speaker's words still lacks."""
MAX_QUOTATIONS = 40
"""Quotations looked at: a long article (a transcript) is drafted in linear time, from its first ones."""
MIN_WORDS, MAX_WORDS = 6, 32
CHOICE_WORDS = 16
_UNSAFE = lazy_compile(r"[{}|\[\]]")
_BLANK = lazy_compile(r"\{\{([^|}]*)[^}]*\}\}")
"""A cloze's blank, "{{83|eighty-three}}": read with its answer in place, the words are the article's."""
_INNER_QUOTE = lazy_compile(r"[“”‘\"'.!?,](?:(?<=[.!?,])’|(?<=[“”‘\"])|(?<=')(?:(?<![A-Za-z]')|(?![A-Za-z])))")
"""Marks of a quotation inside the quotation (an apostrophe sits between letters): `[“”‘"]|[.!?,]’|(?<![A-Za-z])'|
'(?![A-Za-z])`, its possible first characters written first, so the search skips to them."""
_MARKS = " “”\"‘’'"
POINTING_BACK = lazy_compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]ers|[Tt]hey|[Tt]hem|[Tt]heir|[Ii]t|[Ii]ts|[Tt]hese|[Tt]hose|[Bb]oth|"
    r"[Tt]his(?=\s*[.,;:!?]|\s+(?:is|was|has|had|will|would)\b))\b"
)
"""Words whose meaning is in an earlier sentence: out of the article, "it is rare" says nothing."""


def quoted_word_questions(extraction: Extraction, earlier: Iterable[DraftedQuestion]) -> list[DraftedQuestion]:
    """ "Which of these did NAME say?" on sure quotations, then, in a story of one or two people, "who said
    this?" answered by typing the name, then clozes on names in quoted words, as far as the article's length
    asks."""
    earlier = list(earlier)
    return _with_names(extraction, earlier, _which_and_typed(extraction, earlier))


def _which_and_typed(extraction: Extraction, earlier: list[DraftedQuestion]) -> list[DraftedQuestion]:
    enough = (len(earlier) + MAX_WHICH_SAID) * WORDS_PER_QUESTION  # a longer text asks no more
    wanted = math.ceil(extraction.words_up_to(enough) / WORDS_PER_QUESTION) - len(earlier)
    few_people = too_few_people(extraction)
    if wanted <= 0 and not few_people:
        return []
    taken = {drafted.answer_key[0] for drafted in earlier}
    shown = " ".join(question_wording(drafted.question, choices=True) for drafted in earlier)
    shown = _BLANK.sub(r"\1", shown)  # a cloze on a quotation shows it: asked again whole, it gives the blank away
    which_wanted = MAX_WHICH_SAID if few_people else min(wanted, MAX_WHICH_SAID)
    which = _which_said(extraction, taken, shown, which_wanted)  # in place of a coin toss between two people
    if not few_people or wanted <= len(which):
        return which
    shown += " " + " ".join(question_wording(drafted.question, choices=True) for drafted in which)
    taken |= {drafted.answer_key[0] for drafted in which}
    return which + typed_speaker_questions(extraction, taken, shown, min(wanted - len(which), MAX_TYPED))


def _with_names(
    extraction: Extraction, earlier: list[DraftedQuestion], drafted: list[DraftedQuestion]
) -> list[DraftedQuestion]:
    """`drafted`, then clozes on names in quoted words (`quoted_names`) up to one question per WORDS_PER_QUESTION."""
    asked = earlier + drafted
    enough = (len(asked) + MAX_NAMES) * WORDS_PER_QUESTION
    wanted = min(math.ceil(extraction.words_up_to(enough) / WORDS_PER_QUESTION) - len(asked), MAX_NAMES)
    if wanted <= 0:
        return drafted
    taken = {question.answer_key[0] for question in asked}
    shown = _BLANK.sub(r"\1", " ".join(question_wording(question.question, choices=True) for question in asked))
    blanks = {blank for question in asked for blank in _BLANK.findall(question_wording(question.question))}
    return drafted + quoted_name_questions(extraction, taken, shown, wanted, blanks)


def _sure(extraction: Extraction) -> list[tuple[Quotation, Person]]:
    """The first MAX_QUOTATIONS quotations with a sure speaker: enough to choose from, however long the article."""
    sure = []
    for quotation in extraction.quotations:
        if (speaker := extraction.person(quotation.sure_speaker)) is not None:
            sure.append((quotation, speaker))
            if len(sure) >= MAX_QUOTATIONS:
                break
    return sure


def _which_said(extraction: Extraction, taken: set[int], shown: str, limit: int) -> list[DraftedQuestion]:
    """ "Which of these did NAME say?": a sentence the speaker said, sentences of other speakers as wrong choices."""
    said = [(piece, speaker) for quotation, speaker in _sure(extraction) for piece in _pieces(extraction, quotation)]
    drafted: list[DraftedQuestion] = []
    asked: set[str] = set()
    offered: set[str] = set()
    answers: set[str] = set()
    for (start, end), speaker in said:
        if len(drafted) >= limit:
            break
        answer = extraction.text[start:end]
        if speaker.id in asked or start in taken or " ".join(answer.split()[:6]) in shown or answer in offered:
            continue  # another question shows these words, perhaps with (or as not) their speaker's
        if names_speaker(answer, speaker) or POINTING_BACK.search(answer):
            continue
        if may_be_someone_named(extraction, speaker):
            continue  # "Which of these did the Republican candidate say?": perhaps all the choices, said by Trump
        others = [
            extraction.text[other_start:other_end]
            for (other_start, other_end), other_speaker in said
            if not may_be_one_person(other_speaker, speaker) and not may_be_someone_named(extraction, other_speaker)
        ]
        others = [o for o in dict.fromkeys(others) if o not in answers and not names_speaker(o, speaker)][:3]
        if len(others) < 2:
            continue  # one wrong choice is a coin toss; "Malema should..." is plainly not Malema's
        choices = tuple(f"“{quotation_shown(choice, CHOICE_WORDS)}”" for choice in (answer, *others))
        span = _source_span(extraction, start, end)
        question = make_question(
            "multiple_choice",
            id=question_id("which-said", slug(speaker.shown, 3), slug(answer, 6)),
            prompt=f"Which of these did {mid_sentence(speaker)} say, according to the article?",
            choices=choices,
            answer=choices[0],
            explanation=f"The article attributes these words to {attributed_to(speaker)}: “{answer}”",
            source=extraction.text[slice(*span)],
            tags=("who-said",),
        )
        paragraph = extraction.article.paragraph_index(start) + 1
        drafted.append(DraftedQuestion(question, span, paragraph, (start, f"which:{speaker.id}")))
        asked.add(speaker.id)
        offered.update(others)
        answers.add(answer)
    return drafted


def _pieces(extraction: Extraction, quotation: Quotation) -> list[tuple[int, int]]:
    """The sentences of a quotation that can be a choice: whole, plain, and of a readable length."""
    if _INNER_QUOTE.search(quotation.text.strip(_MARKS)):
        return []  # a quotation inside it: its sentences may be pieces of someone else's words
    pieces = []
    for sentence in _quoted_sentences(extraction, quotation):
        start, end = _trimmed(extraction.text, sentence.start, sentence.end)
        piece = extraction.text[start:end]
        if MIN_WORDS <= len(piece.split()) <= MAX_WORDS and not _UNSAFE.search(piece):
            pieces.append((start, end))
    return pieces


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A quoted sentence without its quotation marks, and without the comma that belongs to "..., she said"."""
    while start < end and text[start] in "“\"‘' ":
        start += 1
    while end > start and text[end - 1] in ",;: ”\"’'":
        end -= 1
    return start, end


def _source_span(extraction: Extraction, start: int, end: int) -> tuple[int, int]:
    """The article's sentence holding the chosen words, so the feedback shows who the article says spoke them
    (`Ryan said Obama's actions "amount to a form of intimidation"`), not the words again; the words alone when
    that sentence is too long to show whole (a source cut mid-sentence reads as a misquotation)."""
    sentence = extraction.sentence_holding(start)
    if sentence is not None and sentence.start <= start and end <= sentence.end:
        whole = excerpt(extraction.text, sentence.start, sentence.end)
        if whole == (sentence.start, sentence.end):
            return whole
    return excerpt(extraction.text, start, end)


def _quoted_sentences(extraction: Extraction, quotation: Quotation) -> list[Sentence]:
    """The sentences of a quotation, paragraph by paragraph (a quotation may run over several)."""
    sentences = []
    for start, end in quotation.quote.segments:
        sentences += extraction.segment_sentences(start, end)
    return sentences
