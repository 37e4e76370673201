"""A said-clause closing the sentence a quotation is set into: `The plan signals "the end" for the town, Ana Ruiz said.`

News often quotes a few words inside a sentence of paraphrase and names the speaker only at its end: `Sales
are "holding up" despite the rain, said Ana Ruiz, the shop's owner.`, `"We will win," and the count agrees,
Ruiz said.` The said-clause sieve reads only what follows the closing mark at once, and the sieves before the
words found no verb, so the quotation had no speaker though its sentence names one. The whole sentence is the
speaker's report, the quoted words included: the clause after its last comma, a name and a speech verb in
either order (perhaps with an apposition, a listener, a time or a place), is read as a said-clause.

It is tried last, when no sieve before the words named anyone (`Reid said the plan was "dead", Okoye said.`
keeps Reid's verb), only on a clause with no quotation, colon or semicolon up to the sentence's end, and the
said-clause sieve (said_after.py) reads it as it reads one right after the marks: `Locals called it "a betrayal"
all summer, and at the meeting, Reid said she would reply.` goes on to report something else, and names no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB
from quizapp.draft.quotes import Quote
from quizapp.draft.sentences import Sentence
from quizapp.draft.sieve_host import SieveHost

_TRAILING = lazy_compile(
    r",\s+(?:[^,;:!?\"“”]{1,80}?,\s+[^,;:!?\"“”]{1,120}?,\s+|[^,;:!?\"“”]{0,80}?)\b(?:"
    + SPEECH_VERB
    + r")\b[^;:!?\"“”]{0,160}?[.!]?[\"”’']?\s*$"
)
"""The last clause of a sentence: a comma, a subject (perhaps with an apposition set off by commas) and a speech
verb, or the verb and its subject, then up to the sentence's end no quotation, colon or semicolon."""
_COMMAS_READ = 4
"""Commas after the quotation tried as the said-clause's start: a sentence of paraphrase has few."""


class TrailingSaid(SieveHost):
    """Mixed into the attributor: the speaker of a said-clause ending the quotation's sentence."""

    if TYPE_CHECKING:  # the said-clause sieve's reader (said_after.SaidAfter), declared, never shadowed

        def _after(self, start: int, end: int) -> str | None:
            raise NotImplementedError

    def _said_at_sentence_end(self, quote: Quote, sentence: Sentence) -> str | None:
        """The speaker of the said-clause after the last words of the quotation's sentence, or None."""
        end = sentence.end
        while end > quote.close_at and self.text[end - 1].isspace():
            end -= 1
        comma = self.text.find(",", quote.close_at, end)
        for _ in range(_COMMAS_READ):
            if comma < 0:
                return None
            if not self._inside_other_quote(comma):
                clause = _TRAILING.match(self.text, comma, end)
                if clause is not None:  # the said-clause sieve reads it: "Ellery said he would ..." is none
                    return self._after(comma, end)
            comma = self.text.find(",", comma + 1, end)
        return None
