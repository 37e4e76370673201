"""\"According to X\": a source named for the words, the speaker when X is a person.

Mixed into the attributor. `"...," according to Prof. Banjo.` and `According to university
entomologist Joseph Reyes, "..."` name who said the words; "according to" an organization or a
newspaper names where they were published, and a journalist ("the BBC's political editor X") may
relay someone else's words, so that speaker stays a guess. "According to a friend of X", "a lawyer
for X", "papers filed by X" name a source that is not X: nobody is sure. When the sentence has a
speech verb of its own (`According to Nina Okafor, Mayor Tom Reid told councillors "..."`, `Reid
told them: "...," according to Okafor`, `Reid called it "a disgrace", according to Okafor`), X is
the source of a report of someone else's words, never their speaker: the said-clause decides.

"According to X" may also open the clause the quoted words sit in, with no comma to the quotation: `Reid said the
stewards, who according to PC Ana Holt did a "superb job", were thanked`. The words in the marks are Holt's
verdict, not Reid's: the source of a clause holding only a short verb phrase before the quotation, with nobody
else named and no speech verb of its own, is its speaker; before, the sentence's said-clause surely took them.
"""

from __future__ import annotations

import re

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS, SPEECH_VERBS_BEFORE_QUOTE_ONLY, word_set
from quizapp.draft.sieve_host import SieveHost

_WORD = lazy_compile(r"[\w'’-]+")
APPOSITION_TO_QUOTE = r"(?:\s*,[^\"“”.;:]{1,120}?)?\s*[,:]?\s*$"
"""After "according to X": nothing but a comma, perhaps with an apposition ("a professor at ..."), to the quote."""
_OF_SOMEONE = lazy_compile(r"\b[a-z][\w'’-]*\s+(?:for|of|to|by|from|with|at|behind)\s")
"""A lowercase word and a preposition before the name: the source is someone or something of theirs."""
_UTTERED = (
    SPEECH_VERBS
    | SPEECH_VERBS_BEFORE_QUOTE_ONLY
    | word_set(
        """
        yelled yells screamed screams shouted cried cries chanted chants whispered whispers muttered mutters sang
        read reads
        """
    )
)
"""Verbs that give a quotation its own speaker or writing ("the text read", "the mayor called it "a disgrace""):
"according to" after them names who reported it."""
_REPORTERS = word_set(
    """
    editor correspondent reporter journalist columnist commentator biographer author writer presenter
    broadcaster blogger historian
    """
)
"""Who reports for a living: "according to the BBC's political editor X" names whoever told the story, and the
words may be those of someone X heard."""
CLAUSE_TO_QUOTE = r"\s*,?\s*(?:[a-z][\w'’-]*\s+){1,6}$"
"""After "according to X" in the quotation's own clause: a few lowercase words (a verb phrase) to the quote."""
REPORTED_AFTER = lazy_compile(
    r"[\s,—–-]*(?:reported\b|[^\s,.;:!?\"“”]+(?:\s+[^\s,.;:!?\"“”]+){0,5}?\s+(?:(?:also|first|later)\s+)?reported\b)"
)
"""`"...," The Herald reported` or `"...," reported the Herald` after a quotation: after `Reid said, "..."` it names
who reported the words, as "according to" does, never who said them."""
ACCORDING_TO = lazy_compile(r"\b[Aa]ccording\s+to\s+")
ACCORDING_AFTER = lazy_compile(r"[\s,—–-]*[Aa]ccording\s+to\s+")


class AccordingTo(SieveHost):
    """Mixed into the attributor: the person or source after "according to"."""

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
        if len(_WORD.findall(self.text[position : mention.start])) > 4 or _OF_SOMEONE.search(
            self.text, position, mention.start
        ):
            return None  # "according to a friend of Leo Grant", "court papers filed by Grant": not Grant
        if re.match(then, self.text[mention.end : end]) is None or self._speech_verb_in(mention.end, end):
            return None
        if any(m.person != mention.person for m in self._mentions_between(mention.end, end)):
            return None  # "according to Holt, Reid's team did a ...": another person between
        speaker = self._speaker_of(mention)
        if _REPORTERS.intersection(word.lower() for word in _WORD.findall(self.text[position : mention.start])):
            self._doubt = "“according to” a journalist: the words may be those of someone they heard"
        elif self.people[speaker].kind != "person":
            self._doubt = "“according to” an organization: it may have published the words, not said them"
        return speaker

    def _speech_verb_in(self, start: int, end: int) -> bool:
        """Whether text[start:end] has a speech verb outside quotation marks: a said-clause of its own."""
        return any(
            word.group(0).lower() in _UTTERED and not self._inside_other_quote(word.start())
            for word in _WORD.finditer(self.text, start, end)
        )
