"""Number words in typed answers, in any language text2num reads, with text2num loaded only when needed."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quizapp.bank.models import ShortAnswer
from quizapp.domain.grading import grade


def question(answer: str) -> ShortAnswer:
    return ShortAnswer(kind="short_answer", id="q", prompt="How many?", explanation="So.", answer=answer)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("115", "one hundred and fifteen"),
        ("115", "One hundred fifteen"),
        ("100", "a hundred"),
        ("2005", "two thousand and five"),
        ("42", "forty-two"),
        ("14 civilians", "fourteen civilians"),
        ("one hundred fifteen", "115"),
    ],
)
def test_english_number_words_are_the_number(answer: str, typed: str) -> None:
    assert grade(question(answer), typed).correct


def test_a_wrong_number_in_words_is_still_wrong() -> None:
    assert not grade(question("115"), "one hundred and sixteen").correct
    assert not grade(question("100"), "a thousand").correct


def test_the_banks_language_reads_its_own_number_words() -> None:
    assert grade(question("115"), "cent quinze", language="fr").correct
    assert grade(question("14"), "catorce", language="es").correct
    assert not grade(question("115"), "cent quinze").correct  # not English words
    assert grade(question("cent"), "cent", language="xx").correct  # a language text2num lacks: words as words


def test_text2num_is_imported_only_for_an_answer_with_number_words() -> None:
    code = (
        "import sys\n"
        "from quizapp.bank.models import ShortAnswer\n"
        "from quizapp.domain.grading import grade\n"
        "q = ShortAnswer(kind='short_answer', id='q', prompt='Where?', explanation='So.', answer='Istanbul')\n"
        "grade(q, 'Istambul')\n"
        "print('text_to_num' in sys.modules)\n"
        "grade(q, 'fourteen')\n"
        "print('text_to_num' in sys.modules)\n"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert shown == ["False", "True"]
