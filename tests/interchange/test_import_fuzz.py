"""Random text never breaks an importer: it gives questions, or located problems, nothing else."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.interchange.importing import import_text
from quizapp.interchange.problems import MalformedInput

# Text made mostly of each format's own marks, so the fuzzing reaches deep into the parsers.
_MARKS = ["{", "}", "=", "~", "#", "->", "::", "\\", "%50%", "$CATEGORY:", "//", "####", "[html]", "T", "FALSE", "..",
          ":", "A. ", "B) ", "ANSWER: ", "{{c1::", "}}", "::", "\t", ",", ";", '"', "#separator:", "#html:", "<b>",
          "&amp;",
          "\n", "\n\n", "\r\n", " ", "x", "1", "é", "_____", "|"]  # fmt: skip
_gift_like = st.lists(st.one_of(st.sampled_from(_MARKS), st.text(max_size=3)), max_size=40).map("".join)
_text = st.one_of(st.text(max_size=200), _gift_like)


def _import_or_problems(text: str, format_name: str | None) -> None:
    try:
        result = import_text(text, "fuzz.txt", format_name)
    except MalformedInput as error:
        assert error.problems, "a MalformedInput must say what is wrong"
        for problem in error.problems:
            assert problem.line >= 1 and problem.message and "\n" not in problem.message
        return
    assert result.questions  # a result always holds at least one question
    ids = [question.id for question in result.questions]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("format_name", ["gift", "aiken", "anki", None])
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_text)
def test_random_text_gives_questions_or_located_problems(format_name: str | None, text: str) -> None:
    _import_or_problems(text, format_name)
