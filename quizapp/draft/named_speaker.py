""" "Who said this?" answered by typing the speaker's name, for stories with too few people to choose from.

A story that quotes one person (a researcher's finding, a director's reply to a departure) had
no "who said this?" question: three names to choose from are needed, or the question is a coin
toss between two (`who_said.enough_people`). Its sure quotations were asked as clozes on a
common word of the speaker's sentence instead, and read alone those were guessed or unknowable
(issue 10, point 4). Who said what is still what a reader of such a story should remember, and
a typed answer needs no wrong choices: "Who said this? “…”", the answer the speaker's name,
with the surname alone as a right answer too.

Only sure quotations, of a speaker named like a person (a role, "the spokesman", is no name to
type); never one the quotation itself names, one per speaker, and only while the draft is short
of the article's length (quoted_words decides how many are wanted).
"""

from __future__ import annotations

from quizapp.draft.candidate import DraftedQuestion, make_question
from quizapp.draft.extraction import Extraction
from quizapp.draft.offered_people import may_be_one_person, named_like_a_person
from quizapp.draft.person import Person
from quizapp.draft.speaker_wording import attribution_sentence, mid_sentence
from quizapp.draft.who_said import (
    PROMPT_WORDS,
    TAG,
    source_of_quotation,
    usable_quotations,
)
from quizapp.draft.wording import capitalized, question_id, quotation_shown, slug


def typed_speaker_questions(extraction: Extraction, taken: set[int], shown: str, limit: int) -> list[DraftedQuestion]:
    """Up to `limit` typed "who said this?" questions, one per sure speaker, on quotations not asked yet
    (`taken`: where asked quotations open) and not shown by another question (`shown`)."""
    drafted: list[DraftedQuestion] = []
    asked: list[Person] = []
    for quotation, speaker in usable_quotations(extraction):
        if len(drafted) >= limit:
            break
        opening = " ".join(quotation.text.split()[:6])
        if any(may_be_one_person(speaker, other) for other in asked):
            continue  # "Mirza Fakhrul" and "Mirza Fakhrul Islam": one person, asked once
        if quotation.quote.open_at in taken or opening in shown:
            continue
        if speaker.kind != "person" or not named_like_a_person(speaker):
            continue
        source, span = source_of_quotation(extraction, quotation)
        question = make_question(
            "short_answer",
            id=question_id("who-said-typed", slug(quotation.text, 7)),
            prompt=f"Who said this, according to the article? “{quotation_shown(quotation.text, PROMPT_WORDS)}”",
            answer=speaker.shown,
            alternatives=other_names(speaker),
            explanation=attribution_sentence(speaker),
            source=source,
            tags=(TAG,),
        )
        paragraph = extraction.article.paragraph_index(span[0]) + 1
        drafted.append(DraftedQuestion(question, span, paragraph, (quotation.quote.open_at, f"typed:{speaker.id}")))
        asked.append(speaker)
    return drafted


def other_names(person: Person) -> tuple[str, ...]:
    """The person's full name, surname and the article's other names ending on the surname ("Coun Tony Priddle"),
    when they differ from the name shown: each is a right typed answer. A name not ending on the surname is left
    out: the people finder may have merged an organisation into the person ("Ministry of Foreign Affairs")."""
    surname = person.last or ""
    names = [person.name, surname, *(alias for alias in person.aliases if surname and alias.endswith(" " + surname))]
    return tuple(name for name in dict.fromkeys(names) if name and name != person.shown)


QUOTED_UNSURE = "Fill in the blank in these words quoted in the article."
"""For words whose speaker is not sure: what they say is the article's whoever said it, and no one is named."""


def quoted_cloze_wording(speaker: Person | None, sentence: str) -> tuple[str, str]:
    """The prompt and explanation of a cloze in quoted words: naming the speaker only when sure, so no answer
    key rests on a guessed speaker (`quoted_numbers`, `quoted_names`)."""
    if speaker is None:
        return QUOTED_UNSURE, f"The article quotes: “{sentence}”"
    return (
        f"Fill in the blank in these words of {mid_sentence(speaker)}.",
        f"{capitalized(mid_sentence(speaker))} said: “{sentence}”",
    )
