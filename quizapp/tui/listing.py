"""The home screen's banks: listed from their cached summaries when no bank file changed, else loaded
and validated in full; and each listed bank validated when the student opens it.

Every method runs on the app's store thread (`QuizApp.db`), so the validated banks are only ever
touched there, in order. Listing from the cache needs neither pydantic nor the bank models; the
warm-up imports them once the home screen is ready, so that opening a bank does not wait for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.tui.host import HomeEntry

if TYPE_CHECKING:
    from quizapp.bank.models import Bank
    from quizapp.bank.summary import BankSummary
    from quizapp.study_service import StudyService


class BankList:
    """The banks of `paths` (files and folders; the bundled and the student's own first, when
    `include_defaults`), their summaries kept in `cache()` when given."""

    def __init__(
        self, paths: Sequence[Path | str], *, include_defaults: bool, cache: Callable[[], Path] | None
    ) -> None:
        self.paths = list(paths)
        self.include_defaults = include_defaults
        self.cache = cache
        """Where the summaries are kept, asked here (finding the user's cache folder imports platformdirs)."""
        self._validated: dict[Path, Bank] = {}
        """Listed bank file -> its validated bank, for the listing in use."""

    def _listed(self) -> list[Path | str]:
        from quizapp.bank.places import bank_paths

        return bank_paths(self.paths, include_defaults=self.include_defaults)

    def cached(self, service: StudyService) -> list[HomeEntry] | None:
        """The list from the cached summaries, with its counts, when no bank file changed; else None."""
        from quizapp.bank.summary import cached_summaries

        summaries = None if self.cache is None else cached_summaries(self._listed(), self.cache())
        if summaries is None:
            return None
        self._validated = {}
        return [HomeEntry(summary, service.overview(summary) if summary.ok else None) for summary in summaries]

    def load(self, service: StudyService) -> list[HomeEntry]:
        """Every bank loaded and validated (its summary cached for the next start), with its counts."""
        from quizapp.bank.summary import load_and_summarize

        loaded = load_and_summarize(self._listed(), None if self.cache is None else self.cache())
        self._validated = {summary.path: entry.bank for entry, summary in loaded if summary.ok and entry.bank}
        return [HomeEntry(summary, service.overview(summary) if summary.ok else None) for _, summary in loaded]

    @staticmethod
    def counted_again(service: StudyService, entries: Iterable[HomeEntry]) -> list[HomeEntry]:
        """The same list, counted again now (questions fall due as time passes)."""
        return [
            HomeEntry(entry.summary, service.overview(entry.summary) if entry.overview else None) for entry in entries
        ]

    def validated(self, summary: BankSummary) -> Bank | None:
        """The listed bank validated in full (loaded the first time); None when its file no longer
        matches its summary: it changed since it was listed."""
        from quizapp.bank.loader import load_bank
        from quizapp.bank.summary import summarize

        bank = self._validated.get(summary.path)
        if bank is None:
            loaded = load_bank(summary.path, summary.shown_as)
            if loaded.bank is None or not loaded.ok or summarize(loaded) != summary:
                return None
            bank = self._validated[summary.path] = loaded.bank
        return bank

    @staticmethod
    def warm_up() -> None:
        """Import what opening a bank needs (pydantic, the models, the session), once the home is ready."""
        import quizapp.bank.loader
        import quizapp.session  # noqa: F401

    def files_signature(self) -> tuple[tuple[str, int, int], ...]:
        """What changes when a bank file is saved: each given file's path, modification time and size."""
        from quizapp.bank.places import find_bank_files

        signature = []
        for given in self.paths:
            path = Path(given)
            files = find_bank_files(path) if path.is_dir() else [path]  # the files the loader reads
            for file in files:
                try:
                    stat = file.stat()
                except OSError:
                    signature.append((str(file), 0, -1))
                    continue
                signature.append((str(file), stat.st_mtime_ns, stat.st_size))
        return tuple(signature)
