"""How the review looks at 80x24 on the test article.

The questions are written in conftest.hand_drafted, so what the drafter writes does not move these.
Update after an intended change of look:
pytest tests/tui_draft_review/test_review_snapshots.py --snapshot-update, after looking at snapshot_report.html.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual.pilot import Pilot

from .conftest import SIZE, ReviewFactory, hand_drafted, press, settle


def _then(*keys: str) -> Callable[[Pilot], Awaitable[None]]:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await press(pilot, *keys)

    return run_before


def test_review_with_a_dropped_and_an_edited_question(snap_compare, make_review: ReviewFactory) -> None:
    """Row 2 dropped (✗, struck through), row 3 reworded (✎), row 1 highlighted: its `[red]` shown as typed."""
    keys = ["down", "d", "down", "e", "f7", *"Fill in the missing number.", "enter", "up", "up"]
    assert snap_compare(make_review(of=hand_drafted()), terminal_size=SIZE, run_before=_then(*keys))


def test_editing_a_prompt_in_place(snap_compare, make_review: ReviewFactory) -> None:
    """The prompt becomes an editor; the footer shows only the editor's keys."""
    keys = ["down", "down", "down", "e", *" Use the article's words."]
    assert snap_compare(make_review(of=hand_drafted()), terminal_size=SIZE, run_before=_then(*keys))
