"""The home screen lists the banks from their cached summaries when no file changed: the same counts as a
full load, a bank validated in full only when the student opens it, and an edit never studied unseen."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests_tui_support import BANKS, NOW, settle, shown_text
from textual.widgets import Static

from quizapp.bank.loader import load_bank
from quizapp.domain.clock import fixed_clock
from quizapp.domain.planner import Mode
from quizapp.storage import Store
from quizapp.study_service import StudyService
from quizapp.tui.screens.quiz import QuizScreen
from quizapp.tui.screens.stats import StatsScreen


def copied_bank(tmp_path: Path) -> Path:
    bank = tmp_path / "kinds.toml"
    shutil.copy(BANKS / "kinds.toml", bank)
    return bank


async def listed(app) -> list:
    """The numbers the home screen shows once it is ready."""
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        return [entry.overview for entry in app.entries]


def answer_two_questions(db_path: Path, bank_file: Path) -> None:
    """Progress made meanwhile (in another quizapp): two questions answered wrong."""
    loaded = load_bank(bank_file)
    assert loaded.bank is not None
    with Store.open(db_path, clock=fixed_clock(NOW)) as store:
        session = StudyService(store, "ana", fixed_clock(NOW), fuzz=False, seed=1).start(loaded.bank, Mode.STUDY)
        for _ in range(2):
            session.answer(None, seconds=5)  # no answer given: wrong, whatever the kind
        session.finish()


async def study_two_questions(make_app, db_path: Path, bank: Path, cache: Path) -> list:
    """A first start writes the cache; then two answers are saved; the numbers a full load gives now."""
    await listed(make_app(bank, bank_cache=cache))
    answer_two_questions(db_path, bank)
    return await listed(make_app(bank))  # no cache: every bank loaded and validated


async def test_a_second_start_lists_the_banks_from_the_cache_with_the_same_counts(make_app, db_path, tmp_path) -> None:
    bank, cache = copied_bank(tmp_path), tmp_path / "cache" / "banks"
    counted = await study_two_questions(make_app, db_path, bank, cache)
    assert len(list(cache.iterdir())) == 1  # the summaries of this set of banks
    assert counted[0].new < counted[0].total  # the answers count

    cached = make_app(bank, bank_cache=cache)
    async with cached.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        assert [entry.overview for entry in cached.entries] == counted
        assert cached.banks._validated == {}  # listed without validating the bank
        detail = shown_text(cached.screen.query_one("#detail-text", Static))
        assert f"{counted[0].new} new" in detail and f"{counted[0].total} in all" in detail

        await pilot.press("enter")  # the bank is validated now, and studied
        await settle(pilot)
        assert isinstance(cached.screen, QuizScreen)
        assert cached.screen.session.bank.id == cached.entries[0].summary.id


async def test_statistics_from_a_cached_list_cover_its_banks(make_app, db_path, tmp_path) -> None:
    bank, cache = copied_bank(tmp_path), tmp_path / "banks"
    await study_two_questions(make_app, db_path, bank, cache)
    app = make_app(bank, bank_cache=cache)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, StatsScreen)
        assert app.screen.query_one("#stats-banks").row_count == 1


async def test_a_bank_edited_after_it_was_listed_is_read_again_not_studied_as_counted(
    make_app, db_path, tmp_path
) -> None:
    bank, cache = copied_bank(tmp_path), tmp_path / "banks"
    before = await study_two_questions(make_app, db_path, bank, cache)
    app = make_app(bank, bank_cache=cache)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        text = bank.read_text(encoding="utf-8")
        extra = '\n[[questions]]\nid = "added"\nkind = "true_false"\nprompt = "Added later."\nanswer = true\n'
        bank.write_text(text + extra + 'explanation = "A teacher added it."\n', encoding="utf-8")
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, QuizScreen)
        assert any("changed since it was listed" in n.message for n in app._notifications)
        assert app.entries[0].overview.total == before[0].total + 1  # listed again, as the file is now
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, QuizScreen)
