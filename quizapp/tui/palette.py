"""The command palette's entries (ctrl+p): start any bank in any mode, statistics, help, reload; and the themes."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.theme import ThemeProvider

from quizapp.text import displayable
from quizapp.tui.host import QuizHost


class BankCommands(Provider):
    """Command palette: start any bank in any mode, open statistics or help; all listed when the
    palette opens, before anything is typed."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app = self.app
        assert isinstance(app, QuizHost)
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("Statistics", app.action_stats, "accuracy, forecast and streak"),
            ("Help", app.action_help, "keys and how scheduling works"),
            ("Reload banks", app.action_reload, "read the bank files again"),
        ]
        in_session = app.active_session is not None
        for entry in [] if in_session else app.entries:  # bank commands start sessions: not during one
            bank = entry.summary
            if entry.overview is None:
                continue  # a bank with problems
            for mode, verb in (("study", "Study"), ("practice", "Practice"), ("exam", "Exam")):
                commands.append(
                    (f"{verb}: {displayable(bank.title)}", partial(app.start_session, bank, mode), f"{mode} mode")
                )
        return commands

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)


class MarkedThemes(ThemeProvider):
    """Textual's theme list, with the theme in use marked."""

    @property
    def commands(self) -> list[tuple[str, Callable[[], None]]]:
        current = self.app.theme
        return [(f"{name}  ✓ current" if name == current else name, pick) for name, pick in super().commands]
