"""The quizapp Textual app: owns the study service (store + scheduler) and the screens.

Start-up paints the home screen first and loads everything else after, off the event loop:
the store is opened in the store's own thread, so the first screen costs little more than
Textual itself. The banks' counts come next, from the banks' cached summaries when no file
changed (bank/summary.py): pydantic, the bank models and the session's graders are imported
after the home screen is ready, and a bank is validated in full when the student opens it.

Every call into the domain and the store goes through `db()`, which runs it on one dedicated
thread: SQLite connections belong to the thread that opened them, calls stay in order, and a
database locked by another process never freezes the interface.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.theme import Theme

from quizapp.domain.clock import Clock, utc_now
from quizapp.text import displayable
from quizapp.tui.host import HomeEntry, QuizHost
from quizapp.tui.listing import BankList
from quizapp.tui.palette import BankCommands, MarkedThemes
from quizapp.tui.screens.home import HomeScreen

if TYPE_CHECKING:  # the first screen imports none of these (pydantic, fsrs, sqlite3 load later)
    from quizapp.bank.models import Bank
    from quizapp.bank.summary import BankSummary
    from quizapp.session import StudySession
    from quizapp.study_service import BankOverview, Store, StoreCorrupt, StudyService

T = TypeVar("T")
THEME_SETTING = "theme"
ANSWER_GRACE = 0.3
"""Seconds after a question appears in which enter does not answer it (a double press of the
enter that moved on from the feedback)."""
WATCH_SECONDS = 0.5
"""How often `quizapp preview` looks for a saved bank file."""


def nothing_due_message(overview: BankOverview | None, daily_new_limit: int, now: datetime) -> str:
    """Why a study session is empty: nothing due, and the day's new questions used up (or none left)."""
    from quizapp.text import describe_interval, plural

    message = "Nothing is due in this bank right now"
    if overview is not None and overview.next_due is not None:
        message += f" (next review {describe_interval((overview.next_due - now).total_seconds())})"
    if overview is not None and overview.new > 0:
        message += (
            f", and today's limit of {plural(daily_new_limit, 'new question')} is reached: "
            f"{overview.new} more come on the next days"
        )
    return message + ". Press p to practise anyway: practice leaves the schedule as it is."


@functools.cache
def freeze_startup_objects() -> None:
    """Keep what exists at the first paint out of the garbage collector's full passes, once per process.

    Textual, the first screen and the modules loaded so far live as long as the app; a full pass over
    them stopped the app for about 20 ms just as the banks appeared (tests/benchmarks/startup.py). Once:
    a later app in the same process (tests) would freeze the garbage of the apps before it.
    """
    gc.freeze()


class QuizApp(QuizHost):
    """Study question banks with spaced repetition."""

    CSS_PATH = "app.tcss"
    TITLE = "quizapp"
    COMMANDS: ClassVar = App.COMMANDS | {BankCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(
        self,
        open_store: Callable[[], Store],
        *,
        recover_store: Callable[[str], Store] | None = None,
        profile_name: str,
        bank_paths: Sequence[Path | str] = (),
        include_default_banks: bool = True,
        clock: Clock = utc_now,
        seed: int | None = None,
        fuzz: bool = True,
        exit_after_first_paint: bool = False,
        exit_when_ready: bool = False,
        watch_banks: bool = False,
        bank_cache: Callable[[], Path] | None = None,
        ask_profile: bool = False,
        answer_grace: float = ANSWER_GRACE,
        stopwatch: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._open_store = open_store
        self._recover_store = recover_store
        """Called on the store's thread with "repair" or "afresh" when the progress file is damaged."""
        self.profile_name = profile_name
        self.banks = BankList(bank_paths, include_defaults=include_default_banks, cache=bank_cache)
        """The home screen's banks (used on the store's thread). `bank_cache`: where their summaries are kept;
        None: nowhere, and every start validates every bank."""
        self.clock = clock
        self.seed = seed
        self.fuzz = fuzz
        self.exit_after_first_paint = exit_after_first_paint
        self.exit_when_ready = exit_when_ready
        """Quit once the home screen shows the banks' counts (the start-up benchmark's 'ready')."""
        self.watch_banks = watch_banks
        self.ask_profile = ask_profile
        self.answer_grace = answer_grace
        self.stopwatch = stopwatch
        """Seconds from an arbitrary start: times answers and the grace; a test can move it by hand."""
        self._bank_files_seen: tuple[tuple[str, int, int], ...] | None = None
        self.service: StudyService | None = None
        self.entries: list[HomeEntry] = []
        self.active_session: StudySession | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quizapp-store")

    # -- the store's thread ---------------------------------------------------------------

    async def db(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a domain/store call on the store's thread and wait for it without blocking the UI."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, partial(function, *args, **kwargs))

    async def db_or_say(self, doing: str, function: Callable[..., T], *args: Any) -> T | None:
        """`db`, but a store error (busy, disk full, ...) is told to the student instead of ending
        the app; None then. Every answer already saved stays saved."""
        from quizapp.study_service import StoreError

        try:
            return await self.db(function, *args)
        except StoreError as error:
            self.notify(displayable(str(error)), title=f"Could not {doing}", severity="error", timeout=12, markup=False)
            return None

    def _start_service(self, store: Store) -> StudyService:
        from quizapp.study_service import StudyService

        return StudyService(store, self.profile_name, self.clock, fuzz=self.fuzz, seed=self.seed)

    def _profile_names(self, store: Store) -> list[str]:
        return [profile.name for profile in store.profiles()]

    async def _bank_for(self, summary: BankSummary) -> Bank | None:
        """The validated bank of a listed summary, loaded on the store's thread the first time.

        A file changed since it was listed is not studied as it was counted: the list is read again."""
        bank = await self.db(self.banks.validated, summary)
        if bank is None:
            self.notify("The bank file changed since it was listed: the banks are read again.", timeout=5)
            self.action_reload()
        return bank

    async def listed_banks(self) -> list[Bank]:
        banks = []
        for entry in list(self.entries):
            bank = await self._bank_for(entry.summary) if entry.overview is not None else None
            if bank is not None:
                banks.append(bank)
        return banks

    # -- start-up -------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.push_screen(HomeScreen())

    def home_painted(self) -> None:
        """The home screen is on the terminal: now load the rest."""
        if self.exit_after_first_paint:
            self.exit()
            return
        freeze_startup_objects()
        self.start_up()
        if self.watch_banks and self._bank_files_seen is None:
            self._bank_files_seen = self.banks.files_signature()
            self.set_interval(WATCH_SECONDS, self._check_bank_files)

    def _check_bank_files(self) -> None:
        signature = self.banks.files_signature()
        if signature == self._bank_files_seen:
            return
        self._bank_files_seen = signature
        if isinstance(self.screen, HomeScreen):
            self.action_reload()
            self.notify("Bank reloaded.", timeout=2)
        else:
            self.notify("The bank file changed: end this session (escape) to see the new version.", timeout=5)

    @property
    def home(self) -> HomeScreen:
        return next(screen for screen in self.screen_stack if isinstance(screen, HomeScreen))

    @work(exclusive=True, group="start")
    async def start_up(self) -> None:
        """Once: open the store, ask who is studying if need be, restore the theme, load the banks.

        A job of its own, so that reloading (r) while this runs cannot open the store twice.
        """
        from quizapp.study_service import InvalidValue, StoreCorrupt, StoreError

        try:
            try:
                store = await self.db(self._open_store)
            except StoreCorrupt as damaged:
                recovered = await self._recover(damaged)
                if recovered is None:
                    return
                store = recovered
            if self.ask_profile:
                from quizapp.tui.screens.profile import ProfileScreen

                names = await self.db(self._profile_names, store)
                self.profile_name = await self.push_screen_wait(ProfileScreen(names))
            self.service = await self.db(self._start_service, store)
        except StoreError as error:
            title = (
                "That profile name cannot be used"
                if isinstance(error, InvalidValue)
                else "Your progress file cannot be used"
            )
            await self._show_store_problem(title, error)
            return
        notice = getattr(self.service.store, "notice", None)
        if notice:
            self.notify(displayable(notice), severity="warning", timeout=12, markup=False)
        await self._restore_theme(self.service)
        entries = await self.db(self.banks.cached, self.service)
        if entries is None:
            self.action_reload()  # a first start, or a bank file changed: load them all
            return
        self._show_entries(entries)
        if not self.exit_when_ready:
            self.run_worker(self.db(self.banks.warm_up), group="warm-up")

    @work(exclusive=True, group="load")
    async def action_reload(self) -> None:
        if self.service is None:
            return  # still starting up: start_up loads the banks when the store is open
        self.home.show_loading()
        entries = await self.db(self.banks.load, self.service)
        self._show_entries(entries)

    def _show_entries(self, entries: list[HomeEntry]) -> None:
        """The home screen lists the banks with their counts: the app is ready."""
        self.entries = entries
        self.home.show_entries(self.entries)
        if self.exit_when_ready:
            self.call_after_refresh(self.exit)

    async def _recover(self, damaged: StoreCorrupt) -> Store | None:
        """Ask what to do with a damaged progress file; the reopened store, or None when the student quits."""
        from quizapp.tui.screens.damaged import DamagedScreen

        if self._recover_store is None or damaged.path is None:
            raise damaged

        choice = await self.push_screen_wait(DamagedScreen(damaged.path, str(damaged)))
        if choice is None:
            self.exit(return_code=1)
            return None
        return await self.db(self._recover_store, choice)

    async def _show_store_problem(self, title: str, error: Exception) -> None:
        from quizapp.tui.screens.problem import ProblemScreen

        await self.switch_screen(ProblemScreen(title, str(error)))

    async def _restore_theme(self, service: StudyService) -> None:
        saved = await self.db(service.store.get_setting, THEME_SETTING)
        if saved and saved in self.available_themes and saved != self.theme:
            self.theme = saved
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    def _remember_theme(self, theme: Theme) -> None:
        if self.service is not None:
            self.run_worker(self.db(self.service.store.set_setting, THEME_SETTING, theme.name), group="theme")

    # -- navigation -----------------------------------------------------------------------

    def show_home(self) -> None:
        while not isinstance(self.screen, HomeScreen) and len(self.screen_stack) > 1:
            self.pop_screen()
        if self.watch_banks and self.banks.files_signature() != self._bank_files_seen:
            self._bank_files_seen = self.banks.files_signature()
            self.action_reload()  # the bank was saved during the session
        else:
            self.refresh_home()

    @work(exclusive=True, group="load")
    async def refresh_home(self) -> None:
        if self.service is None:
            return
        entries = await self.db_or_say("read your progress", self.banks.counted_again, self.service, self.entries)
        if entries is not None:
            self.entries = entries
            self.home.show_entries(self.entries)

    @work(exclusive=True, group="session")
    async def start_session(self, listed: BankSummary, mode: str) -> None:
        from quizapp.domain.planner import Mode
        from quizapp.tui.screens.quiz import QuizScreen

        if self.service is None or self.active_session is not None:
            return  # one session at a time (the command palette is open everywhere)
        bank = await self._bank_for(listed)
        if bank is None:
            return
        session = await self.db_or_say("start the session", self.service.start, bank, Mode(mode))
        if session is None:
            return
        if not session.questions:
            await self.db_or_say("close the empty session", session.finish)
            overview = await self.db_or_say("read your progress", self.service.overview, bank)
            limit = self.service.profile.daily_new_limit
            self.notify(nothing_due_message(overview, limit, self.clock()), title=displayable(bank.title), timeout=8)
            return
        self.active_session = session
        await self.push_screen(QuizScreen(session, seed=self.seed))

    @work(exclusive=True, group="session")
    async def finish_session(self, session: StudySession) -> None:
        """End the session (its answers are saved already) and show its summary."""
        from quizapp.tui.screens.summary import SummaryScreen

        summary = await self.db_or_say("end the session", session.finish)
        self.active_session = None
        if summary is None:
            self.show_home()  # the answers are saved; only the session's end time is not
            return
        await self.switch_screen(SummaryScreen(summary, session.bank, session))

    def search_themes(self) -> None:
        """The palette's theme list (ctrl+p, then 'theme'), the theme in use marked."""
        from textual.command import CommandPalette

        self.push_screen(CommandPalette(providers=[MarkedThemes], placeholder="Search for themes…"))

    def action_stats(self) -> None:
        from quizapp.tui.screens.stats import StatsScreen

        if self.service is not None and not isinstance(self.screen, StatsScreen):
            self.push_screen(StatsScreen())

    def action_help(self) -> None:
        from quizapp.tui.screens.help import HelpScreen
        from quizapp.tui.screens.quiz import QuizScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen("quiz" if isinstance(self.screen, QuizScreen) else "home"))

    # -- leaving --------------------------------------------------------------------------

    async def action_quit(self) -> None:
        """Quit at any moment: answers are already saved; the open session gets its end time."""
        if self.active_session is not None:
            from quizapp.study_service import StoreError

            session, self.active_session = self.active_session, None
            with contextlib.suppress(StoreError):  # its answers are saved; only its end time would be lost
                await self.db(session.finish)
        self.exit()

    async def on_unmount(self) -> None:
        if self.service is not None:
            await self.db(self.service.store.close)
        self._executor.shutdown(wait=True)
