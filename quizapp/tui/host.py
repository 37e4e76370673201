"""What the screens may ask of the app that hosts them: a narrow interface, so screens never import the App.

`QuizApp` (tui/app.py) is the one implementation. Screens annotate `app: QuizHost` and call only
what is declared here: run a call on the store's thread and tell the student when it fails, start
and finish a session, and read the clock, stopwatch and the banks on the home screen. The App
imports the screens; the screens import only this module, so the two never import each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from textual.app import App

if TYPE_CHECKING:
    from datetime import datetime

    from textual.worker import Worker

    from quizapp.bank.models import Bank
    from quizapp.bank.summary import BankSummary
    from quizapp.session import StudySession
    from quizapp.study_service import BankOverview, StudyService

T = TypeVar("T")


@dataclass(frozen=True)
class HomeEntry:
    """A bank as the home screen lists it: its summary (from the cache, or from loading the file) and its
    numbers for this student (None when the bank could not be loaded: the summary has its problems)."""

    summary: BankSummary
    overview: BankOverview | None


class QuizHost(App[None]):
    """The part of the quiz app that its screens use."""

    profile_name: str
    ask_profile: bool
    service: StudyService | None
    """None until the store is open (the home screen paints before that)."""
    entries: list[HomeEntry]
    active_session: StudySession | None
    clock: Callable[[], datetime]
    stopwatch: Callable[[], float]
    """Seconds from an arbitrary start: times answers and the grace; a test can move it by hand."""
    answer_grace: float
    """Seconds after a question appears in which enter does not answer it."""

    async def db_or_say(self, doing: str, function: Callable[..., T], *args: Any) -> T | None:
        """Run `function` on the store's thread; a store error is told to the student, and None returned."""
        raise NotImplementedError

    def home_painted(self) -> None:
        """The home screen is on the terminal: the app may now load the rest."""
        raise NotImplementedError

    def show_home(self) -> None:
        """Back to the home screen, its counts refreshed."""
        raise NotImplementedError

    def refresh_home(self) -> Worker[None]:
        """Count what is due again (questions fall due as time passes)."""
        raise NotImplementedError

    def start_session(self, bank: BankSummary, mode: str) -> Worker[None]:
        """Start studying, practising or sitting an exam of the listed `bank` (loaded in full first)."""
        raise NotImplementedError

    async def listed_banks(self) -> list[Bank]:
        """The validated banks of the home screen's list (loaded in full now when the list came from
        the cache); a bank whose file changed since it was listed is left out, and the list read again."""
        raise NotImplementedError

    def action_stats(self) -> None:
        """Open the statistics (once the store is open)."""
        raise NotImplementedError

    def action_help(self) -> None:
        """Open the help for the screen in use."""
        raise NotImplementedError

    def action_reload(self) -> Worker[None]:
        """Read the bank files again and list them."""
        raise NotImplementedError

    def finish_session(self, session: StudySession) -> Worker[None]:
        """End `session` (its answers are saved already) and show its summary."""
        raise NotImplementedError
