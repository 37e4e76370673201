"""A paragraph of words after a question is the answer: the asker's is not the voice it goes on with.

"The chairman looked uneasy when a reporter asked whether fees would rise. / "Nobody can promise that," he said."
paragraph_voice.py hands a paragraph opening `"...," he said` to the voice the paragraph before ended on, and
"asked" is a speech verb, so the asker was taken, surely. The words answer the question: they are the one
asked's, or at least not surely the asker's. Now an asking voice is passed over and the pronoun chain, with its
doubts, decides. A plain voice ("Kolb said ... / "...," he said") keeps its paragraph. Written in our own words.
"""

from __future__ import annotations

from .speakers import pattern, sure_speakers


def test_the_answer_after_a_question_is_not_the_askers() -> None:
    assert sure_speakers(pattern("asker_before_the_answer"))["Nobody can promise that"] != "Tomas Wyle"


def test_a_voice_that_says_keeps_its_next_paragraph() -> None:
    assert sure_speakers(pattern("asker_before_the_answer"))["We are ready for"] == "Peter Kolb"
