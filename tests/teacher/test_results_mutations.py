"""Hypothesis mutates a results file the way a careless edit, a cut-short download or a hostile student does:
characters deleted and flipped, the file cut, huge numbers, deep nesting, values of the wrong type, control
characters. `read_results` reads it or names the problem in one line, in under 2 s, and never raises anything else."""

from __future__ import annotations

import json
import time

import pytest
from class_fixtures import answer, results
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.interchange.results_file import UnreadableResults, read_results

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def results_text() -> str:
    return json.dumps(results("Ann", [answer("q1", 1, 1), answer("q2", 0, 2)]), indent=1)


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["delete", "flip", "hostile", "cut"]),
            st.integers(0, 10_000),
            st.sampled_from(
                [
                    "9" * 5001,
                    "9" * 50,
                    "[" * 3000 + "]" * 3000,
                    '"' + "\x1b]0;t\x07" + '"',
                    "[1, 2]",
                    "{}",
                    "null",
                    "-1e999",
                    '"' + "x" * 120_000 + '"',
                ]
            ),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_a_mutated_results_file_is_read_or_named_in_one_line_in_under_2_s(
    tmp_path_factory: pytest.TempPathFactory, changes: list[tuple[str, int, str]]
) -> None:
    text = results_text()
    for action, position, hostile in changes:
        at = position % (len(text) + 1)
        if action == "delete":
            text = text[:at] + text[at + 5 :]
        elif action == "flip" and text:
            at = min(at, len(text) - 1)
            text = text[:at] + chr(ord(text[at]) ^ 1) + text[at + 1 :]
        elif action == "hostile":
            text = text[:at] + hostile + text[at:]
        elif action == "cut":
            text = text[:at]
    path = tmp_path_factory.mktemp("results") / "ann.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    started = time.perf_counter()
    try:
        read_results(path, "ann.json")
    except UnreadableResults as error:
        assert "\n" not in str(error) and str(error).startswith("ann.json")
    assert time.perf_counter() - started < 2


def test_the_mutations_start_from_a_valid_results_file(tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("results") / "ann.json"
    path.write_text(results_text(), encoding="utf-8")
    assert read_results(path).student == "Ann"
