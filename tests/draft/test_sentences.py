"""Sentences of a paragraph: cut at each sentence end, never inside a quotation.

The attribution reads a quotation with the words of its own sentence ("...," she said.), and
each fact question quotes one sentence: a cut in the wrong place loses a speaker or a fact.
"""

from __future__ import annotations

from quizapp.draft.sentences import split_sentences


def _sentences(text: str, quotes: list[tuple[int, int]], start: int = 0) -> list[str]:
    end = len(text)
    return [text[s.start : s.end] for s in split_sentences(text, start, end, quotes, 0)]


def _quote(text: str, words: str) -> tuple[int, int]:
    opening = text.index(words) - 1
    return opening, text.index("\u201d", opening) + 1


def test_a_quotation_full_stops_stay_in_the_sentence_that_attributes_it() -> None:
    text = "\u201cWe will win. We always do,\u201d she said. Mr. Lee left at 5 p.m. on Monday. Then it rained."

    assert _sentences(text, [_quote(text, "We will")]) == [
        "\u201cWe will win. We always do,\u201d she said.",
        "Mr. Lee left at 5 p.m. on Monday.",
        "Then it rained.",
    ]


def test_a_quotation_ending_in_a_full_stop_ends_its_sentence_and_a_question_before_its_speaker_does_not() -> None:
    text = "She said the drones were \u201ca menace.\u201d Then she left. \u201cAre you serious?\u201d Mr. Vance asked."

    assert _sentences(text, [_quote(text, "a menace"), _quote(text, "Are you")]) == [
        "She said the drones were \u201ca menace.\u201d",
        "Then she left.",
        "\u201cAre you serious?\u201d Mr. Vance asked.",
    ]


def test_a_quotation_running_on_from_the_paragraph_before_is_not_cut_inside() -> None:
    text = "\u201cWe met twice. It went well.\n\nWe will meet again. Soon,\u201d he said. The talks end today."
    paragraph = text.index("We will")

    assert _sentences(text, [(0, text.index("\u201d") + 1)], start=paragraph) == [
        "We will meet again. Soon,\u201d he said.",
        "The talks end today.",
    ]


def test_a_rank_with_a_full_stop_ends_no_sentence_and_a_title_written_whole_does() -> None:
    text = "Brig. Gen. Ana Ruiz spoke first. The crowd said thank you, sir. Cpl. Dan Obi spoke next."

    assert _sentences(text, []) == [
        "Brig. Gen. Ana Ruiz spoke first.",
        "The crowd said thank you, sir.",
        "Cpl. Dan Obi spoke next.",
    ]
