"""Every question kind is known to every layer: adding a kind means one entry in each table.

The tables are the bank models, the domain's kind facts and graders, the TUI's answer widgets,
the neutral explanation importers write, and each interchange format's writer (or its reason
for not carrying the kind). Moodle XML carries every kind; its round trip of every kind's
example is in tests/interchange/test_moodle_xml.py. A kind missing from one of them would show a blank label, crash the
quiz, or vanish from an export without a word; this test names the layer instead.
"""

from __future__ import annotations

import random

import tomli

from quizapp.bank.models import KIND_NAMES, MODEL_BY_KIND
from quizapp.domain import grading
from quizapp.domain.grading import grade
from quizapp.domain.kinds import KINDS, answer_parts, answer_summary, is_recognition, kind_label
from quizapp.interchange import gift_writer, moodle_xml_writer
from quizapp.interchange.explain import EXPLAINERS
from quizapp.tui.draft_review.display import question_body
from quizapp.tui.widgets.answers import ANSWER_WIDGETS, answer_hint


def _examples() -> dict[str, object]:
    examples = {}
    for kind, model in MODEL_BY_KIND.items():
        fields = tomli.loads(model.example)["questions"][0]
        examples[kind] = model(**fields)
    return examples


def test_every_layer_has_every_kind_and_nothing_else() -> None:
    kinds = set(KIND_NAMES)
    assert set(KINDS) == kinds, "quizapp.domain.kinds.KINDS"
    assert {model.__name__ for model in grading._GRADERS} == {model.__name__ for model in MODEL_BY_KIND.values()}
    assert set(ANSWER_WIDGETS) == kinds, "quizapp.tui.widgets.answers.ANSWER_WIDGETS"
    assert set(EXPLAINERS) == kinds, "quizapp.interchange.explain.EXPLAINERS"
    assert set(gift_writer.WRITERS) | set(gift_writer.NOT_IN_GIFT) == kinds, "GIFT writer"
    assert not set(gift_writer.WRITERS) & set(gift_writer.NOT_IN_GIFT)
    assert set(moodle_xml_writer.WRITERS) == kinds, "Moodle XML writer"


def test_each_kind_example_is_labelled_hinted_summarised_graded_and_asked() -> None:
    for kind, question in _examples().items():
        assert kind_label(kind) != kind and kind_label(kind)[0].isupper(), kind
        assert answer_hint(kind), kind
        assert answer_summary(question), kind
        assert answer_parts(question) >= 1, kind
        result = grade(question, None)
        assert not result.correct and result.expected, kind
        widget = ANSWER_WIDGETS[kind].build(question, random.Random(1))
        assert widget is not None, kind
        assert question_body(question).plain.strip(), kind  # the draft review shows its answer


def test_a_right_answer_that_could_be_guessed_is_recognition_and_a_produced_one_recall() -> None:
    recognition = {kind for kind in KINDS if is_recognition(kind)}
    assert recognition == {"true_false", "multiple_choice", "multi_select", "matching"}


def test_an_unknown_kind_gets_neutral_defaults_not_a_crash() -> None:
    assert kind_label("essay") == "essay"
    assert answer_hint("essay") == ""
    assert is_recognition("essay"), "an unknown kind is never rated Easy"
