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


_XML_PIECES = ["<quiz>", "</quiz>", '<question type="multichoice">', '<question type="numerical">',
               '<question type="truefalse">', '<question type="matching">', '<question type="multianswer">',
               '<question type="category">', "</question>", "<questiontext>", "</questiontext>", "<text>",
               "</text>", '<answer fraction="100">', '<answer fraction="-33.3">', "</answer>", "<tolerance>",
               "</tolerance>", "<subquestion>", "</subquestion>", "<single>false</single>", "<name>", "</name>",
               "{1:SA:=a~%50%b}", "{1:NM:=4:0.5}", "<![CDATA[<p>x</p>]]>", "&lt;", "&amp;", "&bogus;", "x", "1",
               "é", "\n", " "]  # fmt: skip
_xml_like = st.lists(st.one_of(st.sampled_from(_XML_PIECES), st.text(max_size=3)), max_size=50).map(
    lambda pieces: "<quiz>" + "".join(pieces) + "</quiz>"
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_xml_like, st.text(max_size=200)))
def test_random_moodle_xml_gives_questions_or_located_problems(text: str) -> None:
    _import_or_problems(text, "moodle-xml")


def _xml_question(kind: str, text: str, answers: list[tuple[str, str, str]], flags: list[str]) -> str:
    from xml.sax.saxutils import escape

    parts = [f'<question type="{kind}"><name><text>{escape(text[:8])}</text></name>',
             f"<questiontext format=\"html\"><text>{escape(text)}</text></questiontext>", *flags]  # fmt: skip
    for fraction, answer, tolerance in answers:
        parts.append(
            f'<answer fraction="{fraction}"><text>{escape(answer)}</text><tolerance>{escape(tolerance)}</tolerance>'
            f"<feedback><text>{escape(answer[::-1])}</text></feedback></answer>"
            f"<subquestion><text>{escape(answer)}</text><answer><text>{escape(tolerance)}</text></answer></subquestion>"
        )
    return "".join(parts) + "</question>"


def _printable(size: int) -> st.SearchStrategy[str]:
    """Text XML can hold (no control characters), so the question readers are reached."""
    return st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=size)


_TYPES = ["multichoice", "truefalse", "shortanswer", "numerical", "matching", "ordering", "multianswer", "essay",
          "category", ""]  # fmt: skip
_FLAGS = [
    "<single>false</single>",
    "<single>true</single>",
    "<usecase>1</usecase>",
    "<shuffleanswers>0</shuffleanswers>",
]
_well_formed = st.lists(
    st.builds(
        _xml_question,
        st.sampled_from(_TYPES),
        st.one_of(_printable(20), st.sampled_from(["{1:SA:=a~=b}", "{1:NM:=4:0}", "{:MC:=a~b}", "<b>x</b>"])),
        st.lists(
            st.tuples(
                st.sampled_from(["100", "0", "50", "-50", "33.33333", "x", ""]),
                st.one_of(_printable(6), st.sampled_from(["true", "false", "4", "2.5", "*", "1e400"])),
                st.sampled_from(["0", "0.5", "x", "", "-1"]),
            ),
            max_size=5,
        ),
        st.lists(st.sampled_from(_FLAGS), max_size=2),
    ),
    min_size=1,
    max_size=4,
).map(lambda questions: "<quiz>" + "".join(questions) + "</quiz>")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_well_formed)
def test_well_formed_moodle_xml_of_any_content_gives_questions_or_located_problems(text: str) -> None:
    _import_or_problems(text, "moodle-xml")


@pytest.mark.parametrize("format_name", ["gift", "aiken", "anki", "moodle-xml"])
def test_an_import_past_the_limits_is_one_located_problem_before_any_reader(format_name: str) -> None:
    """A 5,001-digit number or millions of lines: refused at the line where the limit is passed."""
    huge_number = "::q:: How many? {#" + "9" * 5001 + "}\n"
    for text, line, words in (
        ("\n" * 3 + huge_number, 4, "5,001 digits"),
        ("q\n" * 1_000_001, 1_000_001, "more than 1,000,000 values and lines"),
    ):
        with pytest.raises(MalformedInput) as raised:
            import_text(text, "big.txt", format_name)
        (problem,) = raised.value.problems
        assert (problem.line, problem.col) == (line, None)
        assert words in problem.message
