"""How the app looks at 80x24, at a fixed instant with a fixed seed, on the test banks.

Update after an intended change of look: pytest tests/tui/test_snapshots.py --snapshot-update
(and look at snapshot_report.html first).
"""

from __future__ import annotations

import pytest
from tests_tui_support import one_question_bank, settle

SIZE = (80, 24)


async def _loaded(pilot) -> None:
    await settle(pilot)


def _then(*keys: str):
    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run_before


def test_home(snap_compare, make_app) -> None:
    assert snap_compare(make_app("kinds.toml", "broken.toml"), terminal_size=SIZE, run_before=_loaded)


@pytest.mark.parametrize("kind", ["mc", "ms", "tf", "sa", "cz", "or", "ma"])
def test_each_kind_asked(snap_compare, make_app, tmp_path, kind: str) -> None:
    app = make_app(one_question_bank(tmp_path, kind))
    assert snap_compare(app, terminal_size=SIZE, run_before=_then("enter"))


def test_feedback_on_a_wrong_answer(snap_compare, make_app, tmp_path) -> None:
    app = make_app(one_question_bank(tmp_path, "sa"))
    assert snap_compare(app, terminal_size=SIZE, run_before=_then("enter", "r", "o", "m", "e", "enter"))


def test_feedback_with_parts(snap_compare, make_app, tmp_path) -> None:
    app = make_app(one_question_bank(tmp_path, "cz"))
    keys = ["enter", *"14", "enter", *"monday", "enter"]
    assert snap_compare(app, terminal_size=SIZE, run_before=_then(*keys))


def test_summary(snap_compare, make_app, tmp_path) -> None:
    app = make_app(one_question_bank(tmp_path, "tf"))
    assert snap_compare(app, terminal_size=SIZE, run_before=_then("enter", "t", "enter"))


def test_stats(snap_compare, make_app, tmp_path) -> None:
    app = make_app("kinds.toml")
    assert snap_compare(app, terminal_size=(80, 40), run_before=_then("p", "1", "enter", "escape", "s"))


def test_help(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_then("question_mark"))


SMALL = (60, 20)


def test_feedback_on_a_small_terminal(snap_compare, make_app, tmp_path) -> None:
    app = make_app(one_question_bank(tmp_path, "sa"))
    assert snap_compare(app, terminal_size=SMALL, run_before=_then("enter", "r", "o", "m", "e", "enter"))


def test_exam_review(snap_compare, make_app, tmp_path) -> None:
    app = make_app(one_question_bank(tmp_path, "ma"))
    assert snap_compare(app, terminal_size=SIZE, run_before=_then("e", "1", "enter", "enter"))


def test_exam_review_on_a_small_terminal(snap_compare, make_app, tmp_path) -> None:
    app = make_app(one_question_bank(tmp_path, "ma"))
    assert snap_compare(app, terminal_size=SMALL, run_before=_then("e", "1", "enter", "enter"))


def test_numeric_asked(snap_compare, make_app) -> None:
    assert snap_compare(make_app("numeric.toml"), terminal_size=SIZE, run_before=_then("enter", *"2,9"))


def test_numeric_feedback_with_partial_credit(snap_compare, make_app) -> None:
    keys = ["enter", *"2.9 h", "enter"]
    assert snap_compare(make_app("numeric.toml"), terminal_size=SIZE, run_before=_then(*keys))
