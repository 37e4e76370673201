"""The report as a teacher reads it: 80 columns with charts in the terminal, and one HTML page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from class_fixtures import BANK_PATH, answer, results, small_class, write_class
from test_item_analysis import simulated_class

from quizapp.cli import main
from quizapp.interchange.results_file import ResultsFile
from quizapp.teacher.report import build_report
from quizapp.teacher.report_html import report_html
from quizapp.teacher.report_text import bar, render

LONG_ID = "who-said-the-talks-in-istanbul-were-a-step-towards-a-memorandum-on-a-future-peace-deal"
PROMPTS = {
    "q1": "What is the capital of France, the country west of Germany and north of Spain?",
    "q2": "What is the capital of Italy?",
    "q3": "What is the capital of <Spain> & of its kingdom?",
    "q4": "Which city is the capital of Portugal?",
}


def _with_prompts(content: dict, long_id: bool = False) -> dict:
    for question in content["banks"][0]["questions"]:
        question["prompt"] = PROMPTS[question["id"]]
    if long_id:
        for part in (content["banks"][0]["questions"], content["banks"][0]["answers"]):
            for entry in part:
                key = "id" if "id" in entry else "question_id"
                if entry[key] == "q2":
                    entry[key] = LONG_ID
    return content


def _report(long_id: bool = False):  # type: ignore[no-untyped-def]
    files = {name: _with_prompts(content, long_id) for name, content in small_class().items()}
    files["fay.json"] = _with_prompts(results("Fay", [answer("q1", 1, 50)]), long_id)
    return build_report([(name, ResultsFile.model_validate(content)) for name, content in files.items()])


def test_every_line_fits_80_columns_and_ids_are_never_cut() -> None:
    text = render(_report(long_id=True))
    assert max(len(line) for line in text.splitlines()) <= 80
    assert LONG_ID in text.replace("\n", "")  # whole, over two lines if it must be
    assert "q1  What is the capital of France, the country west of Germany and north of Spa…\n" in text
    assert "q3  What is the capital of <Spain> & of its kingdom?" in text


def test_each_question_shows_its_figures_with_n_and_a_facility_bar() -> None:
    lines = render(_report()).splitlines()
    q4 = lines.index("q4  Which city is the capital of Portugal?")
    assert lines[q4 + 1] == "    0.60 ██████····   -1.00   -0.87     5"
    assert "Questions (n = 5 students analysed; discrimination: top 1 against bottom 1)" in lines
    assert "Left out (answered less than 75% of the questions): Fay (1/4)" in lines


def test_the_score_distribution_is_a_histogram_of_the_students_analysed() -> None:
    lines = render(_report()).splitlines()
    start = lines.index("Score distribution (5 students analysed)")
    # scores .75, .625, .5, .5, .5: three in 50-60%, one in 60-70%, one in 70-80% (Fay is left out)
    assert [line.split()[-1] if "█" in line else "" for line in lines[start + 1 : start + 11]] == [
        "", "", "", "", "", "3", "1", "1", "", "",
    ]  # fmt: skip
    assert lines[start + 6].startswith("    50–60% " + "█" * 40)


def test_bars_are_drawn_in_eighths() -> None:
    assert bar(0.0) == "··········"
    assert bar(0.55) == "█████▌····"
    assert bar(1.0) == "██████████"
    assert bar(None) == " " * 10


def test_the_html_page_is_self_contained_escaped_and_has_the_same_sections() -> None:
    page = report_html(_report(long_id=True))
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert not re.search(r"(src|href)=|https?://|<script|<link|@import", page)  # nothing fetched
    assert "What is the capital of &lt;Spain&gt; &amp; of its kingdom?" in page
    assert LONG_ID in page and "Left out (answered less than 75% of the questions): Fay (1/4)" in page
    assert "Score distribution (5 students analysed)" in page and page.count("<svg") == 10 + 4
    assert "Cronbach&#x27;s alpha -3.67" in page


def test_report_writes_the_html_page_and_takes_a_minimum_share(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = write_class(tmp_path, {name: _with_prompts(content) for name, content in small_class().items()})
    page = tmp_path / "class.html"
    assert main(["report", *map(str, paths), "--bank", str(BANK_PATH), "--html", str(page), "--min-answered", "1"]) == 0
    out = capsys.readouterr().out
    assert "Left out (answered less than 100% of the questions): Eve (3/4)" in out
    assert "<h1>Class report</h1>" in page.read_text(encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["report", *map(str, paths), "--min-answered", "75"])
    assert "not from 0 to 1" in capsys.readouterr().err


def test_a_large_class_report_flags_the_miskeyed_question_in_print() -> None:
    text = render(build_report(simulated_class()))
    assert max(len(line) for line in text.splitlines()) <= 80
    q12 = text.splitlines().index("q12")
    assert text.splitlines()[q12 + 1].endswith("192  miskeyed?")
