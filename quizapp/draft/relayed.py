"""Words a speaker relays from someone else, told by the grammar of the said-clause itself.

"Dunne said her son had told her: "..."", "Dunne recalled him saying", ""...," Dunne said Grant
told her": a second speech verb, after the first and with a subject of its own right before it,
makes the quotation that second subject's words. The sentence's subject only passes them on, so a
question giving them to her would teach a wrong answer. The words go to the inner subject when the
article names that person, unsure (they are remembered, not heard), and to nobody otherwise ("her
son", "him"). A pronoun subject ("Dunne said she had told Grant: ...") is usually the speaker
herself and is left to the other sieves; so is a second verb whose subject is the first's
("Asked whether she would appeal, Dunne said:").
"""

from __future__ import annotations

import re

from quizapp.draft.group_subjects import group_subject_before
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS
from quizapp.draft.person import Mention
from quizapp.draft.sieve_host import SieveHost
from quizapp.draft.speech_nouns import is_plural_noun

_WORD = lazy_compile(r"[\w'’-]+")
_INNER_SUBJECT = lazy_compile(
    r"(?:^|\s)(?:(?:how|that|when)\s+)?"
    r"(?P<subject>(?:his|her|their|its|the|a|an|my|our)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*"
    r"|him|them|me|us)"
    r"\s+(?:(?:had|has|have|was|were|once|then|later|repeatedly)\s+){0,2}$"
)
"""An unnamed subject of its own right before the inner verb: "her son had (told)", "him (saying)", "how the
driver had (shouted)"."""
_DIRECT_NAME = lazy_compile(r"\s+(?:(?:had|has|have|was|were|once|then|later)\s+){0,2}$")
"""Between a named inner subject and its verb: nothing but an auxiliary or an adverb."""
_INFINITIVE_AFTER = lazy_compile(
    r"\s+to\s+(?!(?:him|her|them|me|us|you|it|the|a|an|his|its|their|our|my|your|this|that|these|those)\b)[a-z]"
)
"""A verb that may be one of saying followed by an infinitive ("continues to be", "went on to win"): it tells
what someone goes on doing, and relays no words."""


_TIME_OR_CAUSE = lazy_compile(r"\b(?:as|after|before|when|while|because|since|until|once)\b")
"""A conjunction opening a clause of time or cause ("said as the heckler yelled", "after a man claiming")."""
_INNER_VERBS = SPEECH_VERBS | {"written", "spoken"}
"""Speech verbs, and the participles an inner verb takes after "had" ("her client had written to the judge:")."""


def may_relay(words: list[str]) -> bool:
    """Whether a said-clause's words (`_WORD.findall`) hold two speech verbs, as relayed words need: most hold
    one, and the sieve and its callers stop there before reading anything else."""
    return sum(word.lower() in _INNER_VERBS for word in words) >= 2


class RelayedSpeech(SieveHost):
    """Mixed into the attributor: a quotation whose said-clause relays someone else's words."""

    def _unless_relayed(self, mention: Mention, end: int) -> str | None:
        """The speaker a said-clause after a quotation names from `mention` to `end`: the person named, or whoever
        they relay ("nurse Liz Hart recalled her patient telling her": the patient, nobody by name)."""
        if self._second_verb_in_a_clause_of_time(mention.end, end):
            return self._speaker_of(mention)  # `"...," Cruz said as the heckler yelled`: Cruz's words
        relayed, inner = self._relayed(mention.start, end, mention)
        return inner if relayed else self._speaker_of(mention)

    def _second_verb_in_a_clause_of_time(self, start: int, end: int) -> bool:
        """Whether, in a said-clause after the words, a conjunction of time or cause opens a clause between the
        speaker's verb and a second speech verb (`"...," Cruz said as the heckler yelled: ...`, `"...," Reid
        tweeted the day after a man claiming ...`): that verb tells what else happened, and relays nothing."""
        verbs = [word for word in _WORD.finditer(self.text, start, end) if word.group(0).lower() in _INNER_VERBS][:2]
        return len(verbs) == 2 and _TIME_OR_CAUSE.search(self.text, verbs[0].end(), verbs[1].start()) is not None

    def _relayed(
        self, start: int, end: int, subject: Mention | None, words: list[str] | None = None
    ) -> tuple[bool, str | None]:
        """Whether text[start:end], a said-clause, relays someone else's words, and then whose (None: nobody's).

        `subject` is the clause's speaker as found so far: an inner verb whose subject is that same person
        relays nothing. `words` are the clause's words (`_WORD.findall`) when the caller has read them.
        """
        if not may_relay(_WORD.findall(self.text, start, end) if words is None else words):
            return False, None  # one speech verb relays nothing: most clauses stop here, their words looked up
        verbs = [
            word
            for word in _WORD.finditer(self.text, start, end)
            if word.group(0).lower() in _INNER_VERBS
            and not self._inside_other_quote(word.start())
            and not is_plural_noun(self.text, word.start(), word.end())  # "the union's demands were": no verb
            and not _INFINITIVE_AFTER.match(self.text, word.end())  # "the board continues to meet": no saying
        ]
        if len(verbs) < 2:
            return False, None
        inner = verbs[-1]
        between_start = verbs[-2].end()
        before_inner = self.text[between_start : inner.start()]
        if re.search(r"[,;:\"“”]", before_inner):
            return False, None  # "Asked about Grant, Dunne said": the inner verb opens a clause of its own
        named = [m for m in self._mentions_between(between_start, inner.start()) if not m.possessive]
        if named and _DIRECT_NAME.fullmatch(self.text, named[-1].end, inner.start()):
            if subject is not None and named[-1].person == subject.person:
                return False, None
            self._doubt = "the words are relayed by someone else, who remembers them"
            return True, self._speaker_of(named[-1])  # "Dunne said Grant told her: ...": Grant's words
        if _INNER_SUBJECT.search(before_inner) is not None or group_subject_before(before_inner):
            return True, None  # "Dunne said her son had told her", "recalled him saying": not hers
        return False, None
