"""Who "it said" means: the organization a sentence before it opens with, or nobody surely.

Kept apart from `pronouns.PronounResolver`, which mixes it in, because "it" follows its own rule: it is never a
person, so the people's genders and the sieve's rivals do not apply; what decides is whether the sentences
before open with a body (or "It") and nothing else takes over as the subject in between.
"""

from __future__ import annotations

import bisect

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.person import Mention
from quizapp.draft.sentences import Sentence
from quizapp.draft.sieve_host import SieveHost
from quizapp.draft.spans import Spans

_WORDS = lazy_compile(r"[\w'’-]+")
_OPENS_WITH_IT = lazy_compile(r"\s*[\"“‘']?It\b")


class ItSpeakers(SieveHost):
    sentences: list[Sentence]
    sentence_starts: list[int]
    quoted: Spans

    def _resolve_it(self, position: int) -> str | None:
        """The organization an "it said" speaks for: the one opening the sentence before, or the last sentence
        of a chain of sentences opening with "It". A sentence about anything else ("The regulator approved
        the rise.") breaks the chain: "it" is then that thing, named or not, and nobody is sure. Quoted words
        are no subject: `"...," the council said in a statement. "...," it said` is the council's, past the
        sentences and paragraphs its quotation runs on over."""
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        looked = 0
        for sentence_index in range(index, max(-1, index - 12), -1):
            sentence = self.sentences[sentence_index]
            if sentence_index < index and not _WORDS.search(self._outside_quotations(sentence.start, sentence.end)):
                continue  # words of a quotation running on: the speech, not a sentence about something else
            looked += 1
            if looked > 4:
                return None
            mentions = self._mentions_between(sentence.start, min(sentence.end, position))
            opening = mentions[0] if mentions else None
            if (
                opening is not None
                and not opening.possessive
                and len(_WORDS.findall(self._outside_quotations(sentence.start, opening.start))) <= 1
                and self._may_be_it(opening, sentence.start)
            ):
                return self._speaker_of(opening)
            if sentence_index < index and not _OPENS_WITH_IT.match(self.text, sentence.start):
                return None
        return None

    def _may_be_it(self, opening: Mention, sentence_start: int) -> bool:
        """An organization, or a name of no known gender whose said-clause follows its quotation (`"...," Wisma
        Putra said`): "it" is never a person, so the name the people model could not place is the body's."""
        person = self.people[opening.person]
        if person.kind == "organization":
            return True
        return person.gender is None and bool(self.quoted.overlapping(sentence_start, opening.start))

    def _outside_quotations(self, start: int, end: int) -> str:
        """The text from `start` to `end` with its quotations left out."""
        pieces, at = [], start
        for open_at, close_at in self.quoted.overlapping(start, end):
            pieces.append(self.text[at:open_at])
            at = max(at, close_at)
        return " ".join([*pieces, self.text[at:end]])
