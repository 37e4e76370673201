"""The class report's statistics, checked against a small class computed by hand."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from class_fixtures import BANK_PATH, CONTENT_HASH, answer, results, small_class, write_class

from quizapp.cli import main
from quizapp.interchange.results_file import ResultsFile
from quizapp.teacher.report import build_report, group_size
from quizapp.teacher.report_csv import report_csv


def _files(named: dict) -> list[tuple[str, ResultsFile]]:
    return [(name, ResultsFile.model_validate(content)) for name, content in named.items()]


def test_scores_and_item_analysis_match_the_hand_computation() -> None:
    report = build_report(_files(small_class()))
    (version,) = report.versions
    # A score is over every question, a blank scoring 0: Eve's 2 of 4 is .5, not 2/3.
    # Ranked by score, ties by name: Ann .75, Cal .625, Ben .5, Dee .5, Eve .5
    assert [(s.student, s.answered, s.right, s.score) for s in version.students] == [
        ("Ann", 4, 3, 0.75),
        ("Cal", 4, 2, 0.625),
        ("Ben", 4, 2, 0.5),
        ("Dee", 4, 2, 0.5),
        ("Eve", 3, 2, 0.5),
    ]
    # Eve answered 3 of 4 = 75%, the minimum share: everyone is analysed, n = 5.
    assert (version.analysed, version.left_out) == (5, ())
    # 27% of 5 = 1.35 -> groups of 1: upper = Ann, lower = Eve (last after the name tie-break)
    assert version.group_size == 1
    # Score table (Ann, Ben, Cal, Dee, Eve; Eve's blank q3 is 0), totals 3, 2, 2.5, 2, 2:
    #   q1: 1 1 1  1 1   facility 1.0   D = 1 - 1 = 0    r: none (q1 does not vary)
    #   q2: 1 1 .5 0 0   facility .5    D = 1 - 0 = 1    r = -.5 / sqrt(1.0 x .8)   = -.559
    #   q3: 1 0 0  0 0   facility .2    D = 1 - 0 = 1    r = -.1 / sqrt(.8 x .2)    = -.25
    #   q4: 0 0 1  1 1   facility .6    D = 0 - 1 = -1   r = -1.6 / sqrt(1.2 x 2.8) = -.873
    # (r against the rest of the test: q4's rests are 3, 2, 1.5, 1, 1, mean 1.7.)
    # No flags: 5 students are fewer than MIN_N, and a figure from so few is noise.
    assert [
        (i.question_id, i.answered, i.n, i.facility, i.discrimination, _round(i.item_total), i.flags)
        for i in version.items
    ] == [
        ("q1", 5, 5, 1.0, 0.0, None, ()),
        ("q2", 5, 5, 0.5, 1.0, -0.559, ()),
        ("q3", 4, 5, 0.2, 1.0, -0.25, ()),
        ("q4", 5, 5, 0.6, -1.0, -0.873, ()),
    ]
    # alpha = 4/3 x (1 - (0 + .25 + .2 + .3) / .2) = -3.667 (sample variances; the totals vary little)
    # SEM = SD x sqrt(1 - alpha) = sqrt(.2) x sqrt(4.667) = .966 points = 24.15% of 4 points
    assert (_round(version.alpha), _round(version.sem, 2)) == (-3.667, 24.15)
    assert report.warnings == ("ben.json: 1 answer given before the question's answer changed: left out",)


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def test_a_student_who_answered_too_little_is_listed_and_left_out_of_the_groups() -> None:
    files = small_class()
    files["fay.json"] = results("Fay", [answer("q1", 1, 50)])  # 1 of 4: 25%, with one right answer
    version = build_report(_files(files)).versions[0]
    fay = next(s for s in version.students if s.student == "Fay")
    assert fay.score == 0.25  # not 100%: she is not the top student
    assert [s.student for s in version.left_out] == ["Fay"]
    assert version.analysed == 5
    assert version.items == build_report(_files(small_class())).versions[0].items


def test_the_last_attempt_can_count_instead() -> None:
    version = build_report(_files(small_class()), attempt="last").versions[0]
    eve = next(s for s in version.students if s.student == "Eve")
    assert eve.item_scores["q1"] == 0  # her later, wrong answer to q1
    assert eve.score == 0.25  # q4 right, of four questions


@pytest.mark.parametrize(("students", "size"), [(0, 0), (1, 0), (2, 1), (4, 1), (5, 1), (10, 3), (50, 14)])
def test_group_size_is_27_percent_rounded_half_up(students: int, size: int) -> None:
    # 10 x .27 = 2.7 -> 3; 50 x .27 = 13.5 -> 14 (half up, not Python's half-to-even 14 by luck)
    assert group_size(students) == size


def test_a_file_sent_twice_is_counted_once() -> None:
    files = small_class()
    files["ann-again.json"] = files["ann.json"]
    report = build_report(_files(files))
    assert [s.student for s in report.versions[0].students].count("Ann") == 1
    assert "ann-again.json is another file of Ann for 'capitals': counted once, from ann.json" in report.warnings
    assert report.versions[0].items == build_report(_files(small_class())).versions[0].items


def test_a_student_counts_once_per_bank_even_with_every_time_shifted() -> None:
    """Shifting every answer by a microsecond made the same answers look like another student's."""
    files = small_class()
    shifted = json.loads(json.dumps(files["ann.json"]))
    for record in shifted["banks"][0]["answers"]:
        record["answered_at"] = record["answered_at"].replace("+00:00", ".000001+00:00")
    shifted["student"] = " ann "
    files["ann-shifted.json"] = shifted
    report = build_report(_files(files))
    assert sorted(s.student for s in report.versions[0].students) == ["Ann", "Ben", "Cal", "Dee", "Eve"]
    assert "ann-shifted.json is another file of  ann  for 'capitals': counted once, from ann.json" in report.warnings


def test_of_two_files_of_one_student_the_later_export_counts() -> None:
    files = small_class()
    files["ann-later.json"] = results("Ann", [answer("q1", 0, 500)])
    files["ann-later.json"]["exported_at"] = "2026-03-06T12:00:00+00:00"
    version = build_report(_files(files)).versions[0]
    ann = next(s for s in version.students if s.student == "Ann")
    assert (ann.source, ann.answered, ann.score) == ("ann-later.json", 1, 0)


def test_another_version_of_the_bank_is_reported_apart_with_a_warning() -> None:
    files = small_class()
    files["zoe.json"] = results("Zoe", [answer("q1", 0, 1)], content_hash="v2")
    report = build_report(_files(files))
    assert [(v.content_hash, len(v.students)) for v in report.versions] == [(CONTENT_HASH, 5), ("v2", 1)]
    different = f"zoe.json answered a different version of the bank (v2, not {CONTENT_HASH})"
    assert any(different in w for w in report.warnings)
    assert report.versions[0].items == build_report(_files(small_class())).versions[0].items


def test_csv_is_a_mark_book_with_item_rows() -> None:
    rows = list(csv.reader(io.StringIO(report_csv(build_report(_files(small_class()))))))
    assert rows[0] == [
        "bank",
        "version",
        "student",
        "file",
        "answered",
        "right",
        "score_percent",
        "q1",
        "q2",
        "q3",
        "q4",
    ]
    assert rows[1] == ["capitals", CONTENT_HASH, "Ann", "ann.json", "4", "3", "75.0", "1.00", "1.00", "1.00", "0.00"]
    assert rows[5][2:] == ["Eve", "eve.json", "3", "2", "50.0", "1.00", "0.00", "", "1.00"]  # a blank stays blank
    assert rows[6][2:] == ["(n)", "", "", "", "", "5", "5", "5", "5"]
    assert rows[7][2:] == ["(facility)", "", "", "", "", "1.00", "0.50", "0.20", "0.60"]
    assert rows[8][2:] == ["(discrimination)", "", "", "", "", "0.00", "1.00", "1.00", "-1.00"]
    assert rows[9][2:] == ["(item-total r)", "", "", "", "", "", "-0.56", "-0.25", "-0.87"]
    assert rows[10][2:] == ["(flags)", "", "", "", "", "", "", "", ""]  # five students: too few for flags


def test_report_command_prints_tables_writes_csv_and_names_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    paths = [path.relative_to(tmp_path) for path in write_class(tmp_path / "results", small_class())]
    truncated = Path("results/cut.json")
    truncated.write_text(paths[0].read_text(encoding="utf-8")[:200], encoding="utf-8")
    other = Path("results/notes.json")
    other.write_text('{"hello": "world"}', encoding="utf-8")
    out_csv = tmp_path / "class.csv"

    files = [*map(str, paths), str(truncated), str(other), str(paths[0])]
    code = main(["report", *files, "--bank", str(BANK_PATH), "--csv", str(out_csv)])

    captured = capsys.readouterr()
    assert code == 2  # the report is printed, but a script learns that some files were left out
    assert "cut.json:" in captured.err and "the file is cut short" in captured.err
    assert f"{other}: not a quizapp results file" in captured.err
    assert "is given twice; read once" in captured.err
    assert "European capitals (capitals, version" in captured.out and CONTENT_HASH in captured.out
    assert "Dee" in captured.out and "Cronbach's alpha -3.67" in captured.out
    expected = build_report(_files({f"results/{name}": content for name, content in small_class().items()}))
    assert out_csv.read_text(encoding="utf-8") == report_csv(expected)


def test_report_of_only_unusable_files_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "quizapp-results", "version": 1, "student": ""}', encoding="utf-8")
    assert main(["report", str(bad), str(tmp_path / "missing.json")]) == 2
    err = capsys.readouterr().err
    assert "bad.json: student: String should have at least 1 character (and 2 more)" in err
    assert "missing.json: no such file" in err
    assert "no usable results files" in err


def test_results_of_another_bank_are_a_section_of_their_own() -> None:
    files = small_class()
    other = results("Ann", [answer("q1", 0, 1)])
    other["banks"][0]["id"] = "rivers"
    files["ann-rivers.json"] = other
    report = build_report(_files(files))
    assert [(v.bank_id, len(v.students)) for v in report.versions] == [("capitals", 5), ("rivers", 1)]
    assert report.versions[0].items == build_report(_files(small_class())).versions[0].items
