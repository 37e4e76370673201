"""Issue 10, item 4: a short report with one quoted expert still gives about one question per 80 words.

The fixture (tests/draft/fixtures/questions/lab_finding.txt, written in our own words) is a science
report: one quotation, few numbers, no place to ask about. Its narrative sentences are asked as
key-word clozes, quoted as the article wrote them, and only those that read alone: no sentence
opening on "they" or "these movements", whose meaning is in the sentence before.
"""

from __future__ import annotations

import re
from pathlib import Path

from quizapp.bank.models import Cloze
from quizapp.draft import Draft, draft_article
from quizapp.draft.extraction import extract
from quizapp.draft.lexicon import word_set
from quizapp.draft.quoted_words import WordCounts, key_word, quoted_word_questions
from quizapp.draft.sentence_clozes import sentence_clozes

FIXTURE = Path(__file__).parent / "fixtures" / "questions" / "lab_finding.txt"
_FUNCTION_WORDS = word_set("the a an of to in on at for with and or but that this these is was are were be have has")


def _draft() -> Draft:
    return draft_article(FIXTURE.read_text(encoding="utf-8"))


def _sentence_clozes(draft: Draft) -> list[Cloze]:
    return [d.question for d in draft.questions if isinstance(d.question, Cloze) and d.id.startswith("fill-word")]


def _plain(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def test_a_report_with_one_voice_reaches_one_question_per_80_words() -> None:
    draft = _draft()
    assert len(draft.questions) >= len(draft.text.split()) / 80, [d.id for d in draft.questions]
    assert _sentence_clozes(draft), "the narrative sentences give questions"


def test_a_sentence_cloze_blanks_a_noun_of_the_articles_own_sentence() -> None:
    draft = _draft()
    article = _plain(draft.text)
    for cloze in _sentence_clozes(draft):
        blanks = re.findall(r"\{\{(.*?)\}\}", cloze.text)
        assert len(blanks) == 1
        answer = blanks[0]
        assert answer.islower() and answer not in _FUNCTION_WORDS and len(answer) >= 4, answer
        assert _plain(cloze.text.replace("{{" + answer + "}}", answer)) in article
        assert cloze.prompt == "Fill in the blank in this sentence of the article."


def test_a_sentence_leaning_on_the_one_before_is_not_asked() -> None:
    extraction = extract(FIXTURE.read_text(encoding="utf-8"))
    asked = [d.question.text for d in sentence_clozes(extraction, []) if isinstance(d.question, Cloze)]
    assert len(asked) == 3  # one per paragraph, as far as 140 words ask (one question per 65)
    shown = " ".join(asked)
    assert "Remarkably" not in shown  # "they found" out of the article says nothing
    assert "movements were" not in shown  # "These movements": which ones?
    assert "Farmers who keep owls" in shown  # "their barns" after "Farmers" reads alone


def test_the_key_is_the_noun_not_the_adjective_before_it() -> None:
    sentence = "Volunteers rebuilt a historic bridge over the canal."
    for adjective, noun in (("historic", "bridge"), ("bad", "bridge"), ("local", "bridge")):
        text = sentence.replace("historic", adjective)
        found = key_word(text, 0, len(text), WordCounts(text.lower()), set())
        assert found is not None
        assert text[found[0] : found[1]] == noun, adjective


_ONE_LONG_PARAGRAPH = (
    "Village keeps its bridge\n\n"
    "The parish council voted on Monday to repair the stone bridge over the river instead of replacing it. "
    "Engineers had warned that the arches were cracking after years of heavy traffic from the quarry. "
    "Residents raised most of the money through a summer fair and a sponsored walk along the valley. "
    "Repairs will begin in the spring and should take about four months to finish.\n"
)


def test_a_long_paragraph_gives_a_second_cloze_when_the_article_has_no_other() -> None:
    asked = [d for d in sentence_clozes(extract(_ONE_LONG_PARAGRAPH), []) if isinstance(d.question, Cloze)]
    assert len(asked) >= 2, [d.question.text for d in asked]
    assert len({d.source_span for d in asked}) == len(asked)  # each its own sentence


def test_a_quoted_term_may_stand_in_the_sentence_but_is_never_the_blank() -> None:
    text = (
        "School appeals against report\n\n"
        "Inspectors rated the small village school ‘adequate’ after a two-day visit in the autumn term.\n\n"
        "The head teacher said the report ignored “the best results the school has had in years” and would appeal.\n"
    )
    asked = [d.question.text for d in sentence_clozes(extract(text), []) if isinstance(d.question, Cloze)]
    assert len(asked) == 1, asked  # the second sentence quotes more than a term: a quotation, not asked here
    assert "‘adequate’" in asked[0]


def test_her_before_anyone_named_leans_back_but_in_his_letter_name_points_on() -> None:
    text = (
        "Baker retires after fifty years\n\n"
        "Joan Pickard closed her bakery on the high street on Saturday after fifty years of early mornings.\n\n"
        "Customers describe her as the kindest shopkeeper in the whole town.\n\n"
        "In her farewell note, Pickard thanked the customers who queued outside in every kind of weather.\n\n"
        '"She never missed a day, not even when the snow came up to the windows," said her neighbour Alan Cross.\n\n'
        '"We will all miss the smell of bread at six in the morning," said Cross, who lives above the shop.\n'
    )
    asked = " ".join(d.question.text for d in sentence_clozes(extract(text), []) if isinstance(d.question, Cloze))
    assert "Customers describe" not in asked  # whose kindness? "her" names nobody in the sentence
    assert "In her farewell" in asked  # "her" points on to Pickard, named right after the comma


def test_one_long_quoted_paragraph_gives_more_than_one_key_word_cloze() -> None:
    text = (FIXTURE.parent / "one_long_quotation.txt").read_text(encoding="utf-8")
    asked = [d.question.text for d in quoted_word_questions(extract(text), []) if isinstance(d.question, Cloze)]
    assert len(asked) >= 2, asked  # one speaker, one paragraph of quotation: still more than one question
    assert any("walled {{garden}}" in text for text in asked), asked  # the noun, not the participle before it
