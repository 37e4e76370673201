"""Words quoted in a phrase of saying that opens the sentence are its subject's: `While calling the report "a code
red", the secretary-general Ana Ruiz kept a sliver of hope`.

English lets a participle open a sentence and take the main clause's subject for its own ("Calling the vote
"a mistake", Reid said ...", "Describing the plan as "a relic", Velde urged ..."). When the main verb is a
speech verb the said-clause after the quotation finds the name; when it is not ("kept a sliver of hope",
"walked out"), no sieve looked past it, and the words had no candidate. Here the speaker is the name that
opens the main clause, a few describing words before it at most ("U.N. Secretary-General Ana Ruiz"), when the
quotation stands in the opening phrase of saying and the main clause begins right after it.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Mention
from quizapp.draft.quotes import Quote
from quizapp.draft.sentences import Sentence
from quizapp.draft.sieve_host import SieveHost

_OPENING_SAYING = lazy_compile(
    r"\s*(?:(?:While|After|Before|When|In|By)\s+)?"
    r"(?i:calling|describing|saying|labell?ing|branding|dubbing|insisting|warning|arguing|noting|declaring)\b"
)
"""A participle of saying opening the sentence, perhaps after a subordinator: "While calling", "Describing"."""
_PHRASE_ENDS = lazy_compile(r"(?:(?<=,)[\"“”'‘’]+|[.;!?]?(?:,[\"“”'‘’]*|[\"“”'‘’]+,))\s+")
"""From the end of the quoted words to the main clause: the comma that ends the opening phrase, inside the
closing mark (the quoted words may end with it) or after it ("a code red,” U.N. ...", "a relic”, Velde ...")."""
_CLAUSE_MARK = lazy_compile(r"[,;:()\"“”]")
_WORD = lazy_compile(r"[\w'’-]+")


def fronted_saying_subject(text: str, sentence: Sentence, quote: Quote, mentions: list[Mention]) -> Mention | None:
    """The name opening the main clause after a sentence-opening phrase of saying that ends with `quote`;
    `mentions` are the sentence's, outside quotations, in text order."""
    opening = _OPENING_SAYING.match(text, sentence.start, quote.open_at)
    if opening is None or _CLAUSE_MARK.search(text, opening.end(), quote.open_at) is not None:
        return None  # no phrase of saying opens the sentence, or the quotation stands past its end
    quote_end, sentence_end = quote.end, sentence.end
    phrase_end = _PHRASE_ENDS.match(text, quote_end, sentence_end)
    if phrase_end is None:
        return None  # the quotation does not end the opening phrase: "Calling it "a mess" was unfair"
    clause_start = phrase_end.end()
    subject = next((mention for mention in mentions if mention.start >= clause_start), None)
    if subject is None or subject.possessive:
        return None
    between = text[clause_start : subject.start]
    if _CLAUSE_MARK.search(between) or len(_WORD.findall(between)) > 6:
        return None  # "Calling the plan "a mess", the report by Ana Ruiz ...": the name is not the subject
    return subject


class FrontedSaying(SieveHost):
    """Mixed into the attributor: the subject of the main clause after an opening phrase of saying."""

    finder: PeopleFinder

    def _fronted_saying(self, quote: Quote, sentence: Sentence) -> str | None:
        mentions = self._mentions_between(sentence.start, sentence.end)
        subject = fronted_saying_subject(self.text, sentence, quote, mentions)
        if subject is None or not self.finder.is_subject_position(subject):
            return None  # "Calling it "a mess", the report by Ana Ruiz ...": Ruiz is no subject
        return self._speaker_of(subject)
