"""A "he" after a long answer still reaches the person named before it: `Pressed on the vote, he replied: "..."`,
paragraphs of the answer, then `Asked if she would stand again, she said: "..."` (issue 10, point 2: found, the
speaker known, no candidate). The pronoun's person was sought eight sentences back, the answer's own sentences
counted among them. Written in our own words; interview pieces are built this way.
"""

from __future__ import annotations

from quizapp.draft.extraction import extract

ANSWER = "\n\n".join(
    [
        '"The budget comes first.',
        '"Then the housing plan, which has waited two years.',
        '"Then the bridge, and the road to the harbour.',
        '"Those are the things people ask me about in the street.',
        '"They do not ask me about elections.',
        '"They ask about bins and buses and the library hours.',
        '"That is the job, and I like the job.',
        '"I have said so every week since the summer.',
        '"And I will keep saying it until the budget is through."',
    ]
)
ARTICLE = f"""Mayor Olive Brandt has refused to say whether she will stand for a third term.

Pressed on whether she was ruling it out, she replied: "I am not going to talk about that today.

{ANSWER}

Asked if she was leaning towards standing again, she said: "I am not offering any comment on that at all."
"""

LONE_NAMES = f"""Mayor Olive Brandt has refused to say whether she will stand for a third term.

Pressed on whether she was ruling it out, she replied: "I am not going to talk about that today.

{ANSWER}

Her deputy, Rosa Kemp, said the mayor was tired and should rest.

Asked about the deputy's words, she said: "I am not offering any comment on that at all."
"""


def _speaker_of(article: str, words: str) -> tuple[str | None, bool]:
    extraction = extract(article)
    quotation = next(q for q in extraction.quotations if words in q.text)
    person = extraction.person(quotation.speaker)
    return (person.shown if person else None), quotation.sure


def test_she_after_a_long_answer_is_the_mayor_named_before_it() -> None:
    assert _speaker_of(ARTICLE, "not offering any comment") == ("Olive Brandt", True)


def test_someone_else_of_her_gender_named_in_between_is_still_a_rival() -> None:
    assert _speaker_of(LONE_NAMES, "not offering any comment") != ("Olive Brandt", True)
