"""What the teacher decided in a review, kept apart from the screen that collects it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from quizapp.text import plural


@dataclass(frozen=True)
class ReviewResult:
    """What the review wrote, for the command to report once the screen is gone."""

    path: Path
    kept: int
    total: int


class Decisions:
    """What the teacher has decided so far: which questions stay, and which prompts they reworded.

    Everything starts kept, with the drafted prompts; a prompt edited back to the drafted one
    counts as not edited.
    """

    def __init__(self, drafted_prompts: Mapping[str, str]) -> None:
        self._drafted = dict(drafted_prompts)
        self.kept: set[str] = set(self._drafted)
        self.prompts: dict[str, str] = {}

    @property
    def total(self) -> int:
        return len(self._drafted)

    def is_kept(self, question_id: str) -> bool:
        return question_id in self.kept

    def set_kept(self, question_ids: Iterable[str], keep: bool) -> None:
        for question_id in question_ids:
            if keep:
                self.kept.add(question_id)
            else:
                self.kept.discard(question_id)

    def prompt(self, question_id: str) -> str:
        return self.prompts.get(question_id, self._drafted[question_id])

    def is_edited(self, question_id: str) -> bool:
        return question_id in self.prompts

    def edit_prompt(self, question_id: str, prompt: str) -> None:
        """Record a reworded prompt (already checked to be non-empty)."""
        if prompt == self._drafted[question_id]:
            self.prompts.pop(question_id, None)
        else:
            self.prompts[question_id] = prompt

    @property
    def changed(self) -> bool:
        """Whether quitting now would lose anything the teacher decided."""
        return len(self.kept) != self.total or bool(self.prompts)

    def describe(self) -> str:
        """'3 dropped, 1 prompt edited': what quitting would lose."""
        parts = []
        dropped = self.total - len(self.kept)
        if dropped:
            parts.append(f"{dropped} dropped")
        if self.prompts:
            parts.append(f"{plural(len(self.prompts), 'prompt')} edited")
        return ", ".join(parts) or "no changes"
