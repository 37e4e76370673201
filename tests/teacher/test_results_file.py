"""A results file cut short anywhere, or made by hand wrongly, is named with one line; never a traceback."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from class_fixtures import answer, results

from quizapp.interchange.results_file import ResultsFile, UnreadableResults, read_results, results_json


def test_every_truncation_of_a_results_file_is_reported(tmp_path: Path) -> None:
    full = json.dumps(results("Ann", [answer("q1", 1, 1), answer("q2", 0.5, 2)]), indent=1)
    path = tmp_path / "ann.json"
    for cut in range(0, len(full) - 1, 7):
        path.write_text(full[:cut], encoding="utf-8")
        with pytest.raises(UnreadableResults) as raised:
            read_results(path, "ann.json")
        message = str(raised.value)
        assert message.startswith("ann.json") and "\n" not in message


def test_json_nested_too_deeply_is_named_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(UnreadableResults, match=r"^deep.json:1:17: not a results file: tables or arrays nested more "):
        read_results(path, "deep.json")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda text: text.replace('"duration_ms": 4001', '"duration_ms": ' + "9" * 5001), "a number of 5,001 digits"),
        (lambda text: text.replace('"duration_ms": 4001', '"duration_ms": ' + "9" * 41), "a number of 41 digits"),
        (
            lambda text: text.replace('"student": "Ann"', '"student": "' + "A" * 100_001 + '"'),
            "student: text of 100,001",
        ),
        (lambda text: text.replace('"student": "Ann"', '"student": ' + "[" * 20 + "]" * 20), "nested more than 16"),
    ],
)
def test_files_past_a_limit_are_named_with_the_limit_in_one_line(
    tmp_path: Path, change: Callable[[str], str], message: str
) -> None:
    text = json.dumps(results("Ann", [answer("q1", 1, 1)]))
    assert '"duration_ms": 4001' in text and '"student": "Ann"' in text
    path = tmp_path / "ann.json"
    path.write_text(change(text), encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(UnreadableResults, match=message) as raised:
        read_results(path, "ann.json")
    assert "\n" not in str(raised.value) and str(raised.value).startswith("ann.json:")
    assert time.perf_counter() - started < 2


def test_a_file_cut_inside_a_string_is_called_cut_short(tmp_path: Path) -> None:
    full = json.dumps(results("Ann", [answer("q1", 1, 1)]))
    path = tmp_path / "ann.json"
    path.write_text(full[: full.index('"q1"') + 2], encoding="utf-8")  # ends inside the id
    with pytest.raises(UnreadableResults, match="the file is cut short"):
        read_results(path, "ann.json")


def test_written_results_read_back_the_same(tmp_path: Path) -> None:
    original = ResultsFile.model_validate(results("Ann", [answer("q1", 1, 1)]))
    path = tmp_path / "ann.json"
    path.write_text(results_json(original), encoding="utf-8")
    assert read_results(path) == original


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r["banks"][0]["answers"][0].update(score=1.5), "banks.0.answers.0.score: Input should be less"),
        (lambda r: r["banks"][0]["answers"][0].update(answered_at="2026-03-02T09:00:00"), "timezone info"),
        (lambda r: r.update(version=2), "results format version 2; this quizapp reads version 1"),
        (lambda r: r.update(format="something-else"), "not a quizapp results file"),
        (lambda r: r.update(extra="x"), "extra: Extra inputs are not permitted"),
    ],
)
def test_hand_edited_files_are_named_with_the_reason(tmp_path: Path, change: object, message: str) -> None:
    content = results("Ann", [answer("q1", 1, 1)])
    change(content)  # type: ignore[operator]
    path = tmp_path / "ann.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(UnreadableResults, match=message):
        read_results(path, "ann.json")
