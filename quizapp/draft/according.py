"""\"According to X\": a source named for the words, the speaker when X is a person.

Mixed into the attributor. `"...," according to Prof. Banjo.` and `According to university
entomologist Joseph Reyes, "..."` name who said the words; "according to" an organization or a
newspaper names where they were published, so that speaker stays a guess.
"""

from __future__ import annotations

import re

from quizapp.draft.person import Mention, Person

_WORD = re.compile(r"[\w'’-]+")
APPOSITION_TO_QUOTE = r"(?:\s*,[^\"“”.;:]{1,120}?)?\s*[,:]?\s*$"
"""After "according to X": nothing but a comma, perhaps with an apposition ("a professor at ..."), to the quote."""
ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+")
ACCORDING_AFTER = re.compile(r"[\s,—–-]*[Aa]ccording\s+to\s+")


class AccordingTo:
    """Mixed into the attributor: the person or source after "according to"."""

    text: str
    people: dict[str, Person]
    _doubt: str | None

    def _mentions_between(self, start: int, end: int) -> list[Mention]:
        raise NotImplementedError

    def _speaker_of(self, mention: Mention) -> str:
        raise NotImplementedError

    def _according_to(self, position: int, end: int, then: str) -> str | None:
        """The source named right at `position` after "according to", when nothing but `then` follows it.

        A person quoted "according to" them said the words; an organization or a report may only
        have published them, so that speaker stays a guess.
        """
        mention = next(
            (m for m in self._mentions_between(position, min(end, position + 80)) if not m.possessive), None
        )  # "according to university entomologist Joseph Reyes": describing words may come first
        if mention is None or re.search(r"[.;:,\"“”]", self.text[position : mention.start]):
            return None
        if len(_WORD.findall(self.text[position : mention.start])) > 4:
            return None
        if re.match(then, self.text[mention.end : end]) is None:
            return None
        speaker = self._speaker_of(mention)
        if self.people[speaker].kind != "person":
            self._doubt = "“according to” an organization: it may have published the words, not said them"
        return speaker
