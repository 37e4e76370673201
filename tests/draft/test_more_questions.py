"""Issue 10's question side: more questions a teacher keeps, and none a teacher must delete.

Each fixture (tests/draft/fixtures/questions) is written in our own words and holds the
patterns drafts from real articles got wrong: a dateline or a lone weekday blanked, half a
name blanked, a pronoun "one" or one side of a score asked as a number, a heading read as a
fact, a month blanked out of its date; and the material that gave too few questions: speech
reported without quotation marks, and numbers said by the only person quoted.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from quizapp.bank.models import Cloze, MultipleChoice, Ordering, QuestionBase, TrueFalse
from quizapp.draft import Draft, draft_article

QUESTIONS = Path(__file__).parent / "fixtures" / "questions"


def _draft(name: str) -> Draft:
    return draft_article((QUESTIONS / f"{name}.txt").read_text(encoding="utf-8"))


def _shown(question: QuestionBase) -> str:
    """What the student reads of a question."""
    parts = [question.prompt]
    if isinstance(question, Cloze):
        parts.append(question.text)
    if isinstance(question, Ordering):
        parts += list(question.items)
    return " ".join(parts)


def _blanks(draft: Draft) -> list[str]:
    """The first answer of every cloze blank."""
    return [
        blank.split("|")[0]
        for drafted in draft.questions
        if isinstance(drafted.question, Cloze)
        for blank in re.findall(r"\{\{(.*?)\}\}", drafted.question.text)
    ]


def test_no_dateline_pronoun_score_round_or_heading_is_asked() -> None:
    draft = _draft("harbour_report")
    shown = " ".join(_shown(drafted.question) for drafted in draft.questions)
    assert "PORTHAVEN" not in shown  # the dateline is where the story was filed
    assert "Stays in Place" not in shown and "in Place" not in shown  # a heading is not a fact
    clozes = " ".join(d.question.text for d in draft.questions if isinstance(d.question, Cloze))
    assert "{{" in clozes
    for wrong in ("on {{one", "6-{{", "{{6", "last {{"):  # "one another", "6-3", "the last four"
        assert wrong not in clozes, clozes
    assert "Tuesday" not in _blanks(draft)  # the story's only weekday is its news day


def test_a_date_is_blanked_whole_and_names_are_never_cut() -> None:
    draft = _draft("harbour_report")
    blanks = _blanks(draft)
    assert "September 9" in blanks and "September" not in blanks
    assert not {"Easton", "Bay", "Trawlers"} & set(blanks)  # part of "Easton Bay Trawlers"


def test_reported_speech_asks_who_with_the_article_people_as_options() -> None:
    draft = _draft("harbour_report")
    reported = [
        d.question
        for d in draft.questions
        if isinstance(d.question, MultipleChoice) and d.question.id.startswith("who-reported")
    ]
    assert reported, [d.question.id for d in draft.questions]
    for question in reported:
        assert "_____" in question.prompt
        assert question.answer in {"Maria Ostrova", "Tom Reddick"}
        assert set(question.choices) == {"Maria Ostrova", "Tom Reddick", "Lena Frost"}  # never two: a coin toss
        sentence = question.prompt.split("“", 1)[1].rstrip("”")
        names = (question.answer, question.answer.split()[-1])  # "Council leader Maria Ostrova", "Ostrova said"
        assert any(sentence.replace("_____", name) in draft.text for name in names)  # only the speaker blanked


def test_a_number_in_the_only_speakers_quotation_is_asked_in_their_words() -> None:
    draft = _draft("one_voice")
    clozes = [d.question for d in draft.questions if isinstance(d.question, Cloze)]
    assert [(c.prompt, c.text) for c in clozes] == [
        (
            "Fill in the blank in these words of Alan Brook.",
            "“Only {{14|fourteen}} players trained this morning, which is the fewest all season”",
        )
    ]


def test_a_quotation_asked_as_who_said_is_not_also_a_cloze() -> None:
    draft = _draft("harbour_report")
    assert "19" not in _blanks(draft)  # "We lost 19 working days" is Reddick's who-said question


def test_events_on_the_last_days_of_a_month_keep_their_order() -> None:
    draft = _draft("month_end")
    dates = [event.date for event in sorted(draft.extraction.events, key=lambda event: event.when)]
    assert dates == [dt.date(2025, 3, day) for day in (27, 29, 30, 31)] + [dt.date(2025, 4, 1)]
    ordering = next(d.question for d in draft.questions if isinstance(d.question, Ordering))
    assert len(ordering.items) == 5  # none of the 29th-31st dropped as a collision
    assert "Buses were sent on a long detour" in ordering.items  # "from March 30 onwards" goes whole


def test_false_statements_swap_a_date_for_another_date() -> None:
    draft = _draft("month_end")
    for drafted in draft.questions:
        question = drafted.question
        if isinstance(question, TrueFalse) and not question.answer:
            assert re.search(r"\b(?:March|April) \d+\b", question.prompt), question.prompt


def test_clock_times_addresses_and_possessives_are_not_asked_as_they_stand() -> None:
    from quizapp.draft.fact_numbers import find_numbers
    from quizapp.draft.facts import find_places

    text = "The 18.00 service to Galway left 45 minutes late, and fares rose 4.25 per cent."
    assert [number.text for number in find_numbers(text, 0, len(text))] == ["45", "4.25"]
    text = "Pupils climbed onto the roof at Block 971A after the match in Italy's north."
    assert [place.text for place in find_places(text, 0, len(text), [])] == ["Italy"]


def test_an_unnamed_speaker_reads_as_a_role_inside_the_prompt() -> None:
    text = (
        "Keeper Ruled Out\n\nThe Kingsford manager spoke before the derby.\n\n"
        "The manager said: \u201cOnly 14 players trained this morning, which is the fewest all season.\u201d\n"
    )
    prompts = [d.question.prompt for d in draft_article(text).questions if isinstance(d.question, Cloze)]
    assert prompts == ["Fill in the blank in these words of the manager."]
