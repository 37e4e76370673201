"""Reading a sentence "outside its quotations" masks whole quotations, apostrophes inside them included.

The question-and-answer rule (answers.py) and the reported-speech rule (reported.py) masked quotations with an
old pattern of their own that ended a quotation at its first typographic apostrophe ("I’ve"), so the rest of the
speaker's words were read as the article's prose: a question inside the quotation looked like one put to someone,
a "said" inside it like the sentence reporting speech. Both read quoted_spans.QUOTED_SPAN now, as pronouns.py
does. The sentences are our own.
"""

from __future__ import annotations

from quizapp.draft.answers import asks_someone
from quizapp.draft.reported import reports_speech


def test_a_question_inside_the_quoted_words_is_not_one_the_sentence_puts() -> None:
    sentence = "“I’ve asked the owners whether they will sell the building,” the shopkeeper’s sign read."
    assert not asks_someone(sentence)
    assert asks_someone("The shopkeeper asked the owners whether they would sell the building.")


def test_a_speech_verb_inside_the_quoted_words_does_not_make_the_sentence_report_speech() -> None:
    assert not reports_speech("A banner on the hall read “It’s what we said in March, and we meant it.”")
    assert reports_speech("Mara Toll said the hall would close in March.")
