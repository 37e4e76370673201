"""A speech verb that shares its subject with a verb before it: `Reid said ..., but said the council had "..."`.

English leaves out the subject of a verb joined to the one before by "and", "but" or "yet": `Velde
acknowledged the concerns and responded that he could not "..."`, `He said there was no need to blame the
operator, but said the council had "..."`, `The company said ..., and added that "..."`. The subject of the
second verb is the subject of the first. The said-clause sieve (said_before.py) looks for a subject right
before the last speech verb and finds none there, or takes the first verb's object for one ("the concerns
and responded" read like "her son had told": someone else's words relayed), so such quotations had no
candidate at all.

This sieve runs just before it: when the last speech verb before the quotation follows a coordinating
conjunction directly, the speaker is whoever the said-clause sieve finds for the speech verb before it, in the
same sentence, with that sieve's own doubts. The second verb could also belong to someone named between the
two verbs (`Reid said Grant had lied and added ...`: who added?), so a person named there as a subject (not as
the first verb's object: `Reid mocked Grant and called him "..."` is Reid's), or a subject pronoun, leaves the
speaker unsure for the teacher to check; but not the speaker's own pronoun right after the first verb (`Ana Ruiz
said she was "sad", and described ...`), which is the speaker either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.draft.clause_words import ClauseWords
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS, SPEECH_VERBS_BEFORE_QUOTE_ONLY, word_set
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Mention
from quizapp.draft.speech_nouns import is_plural_noun

_WORD = lazy_compile(r"[\w'’-]+")
_AFTER_CONJUNCTION = lazy_compile(
    r"(?:^|[\s,])(?:and|but|yet)\s+(?:(?:then|also|later|again|further|quickly|promptly)\s+){0,2}$"
)
"""A coordinating conjunction right before the verb, perhaps with an adverb: "and responded", "but also said";
no subject stands between them, so the verb's subject is the one of the verb before."""
_SUBJECTS = word_set("he she they He She They")
"""Pronouns that, between the two verbs, may be the second verb's subject: "Reid said she had lied and added"."""
_OWN_PRONOUN = lazy_compile(r"\s+(?:[^,;:\"“”]{0,40}?\s+)?(?:that\s+)?(?:he|she)\b")
"""A pronoun right after the first verb, or after a short phrase of time or place, of the speaker's own gender: "Ana
Ruiz said she was "sad", and described", "Ruiz said on Monday that she would": the speaker herself (when nobody is
named before it), so whichever subject the second verb takes, it is hers."""
_BY_OR_WITH = lazy_compile(r"\b(?:by|from|with|against)\s+(?:[\w.'’-]+\s+){0,3}$")
"""A preposition a few words before a name: "was made by police commissioner Ian Hale and said": the name is the
preposition's object, never the subject of the verb after "and"."""
_GENDER = {"he": "male", "she": "female"}
_SAYING = SPEECH_VERBS | SPEECH_VERBS_BEFORE_QUOTE_ONLY


class CoordinatedVerbs(ClauseWords):
    """Mixed into the attributor: the speaker of a speech verb whose subject is the verb's before it."""

    finder: PeopleFinder

    if TYPE_CHECKING:  # the attributor's own methods and its other mixins': declared, never shadowed

        def _before(self, start: int, end: int, also: frozenset[str] = frozenset()) -> str | None:
            raise NotImplementedError

        def _object_position(self, mention: Mention) -> bool:
            raise NotImplementedError

    def _coordinated(self, start: int, end: int, also: frozenset[str] = frozenset()) -> str | None:
        """The speaker of the last speech verb in text[start:end] when it has no subject of its own after "and"
        or "but": the speaker of the speech verb before it. None when the clause is not built so."""
        words = self._clause_words(start, end)  # shared with said_before.py, which reads the same clause next
        said = _SAYING.intersection(words) | also.intersection(words) if also else _SAYING.intersection(words)
        if sum(words.count(word) for word in said if not word.endswith("ing")) < 2:
            return None  # fewer than two speech verbs to coordinate: most clauses, decided on the words alone
        verbs = [
            word
            for word in _WORD.finditer(self.text, start, end)
            if ((found := word.group(0)) in SPEECH_VERBS or found in SPEECH_VERBS_BEFORE_QUOTE_ONLY or found in also)
            and not found.endswith("ing")  # "and saying": a participle, whose subject said_before.py finds
            and not self._inside_other_quote(word.start())
            and not is_plural_noun(self.text, word.start(), word.end())
        ]
        if len(verbs) < 2 or _AFTER_CONJUNCTION.search(self.text, verbs[-2].end(), verbs[-1].start()) is None:
            return None
        first, last = verbs[-2], verbs[-1]
        doubt = self._doubt
        speaker = self._before(start, first.end(), also)
        if speaker is None:
            self._doubt = doubt  # the said-clause sieve reads the sentence afresh, without this one's doubts
            return None
        between = self.text[first.end() : last.start()]
        rivals = [
            mention
            for mention in self._mentions_between(first.end(), last.start())
            if mention.person != speaker
            and not mention.possessive
            and self.finder.is_subject_position(mention)
            and not self._object_position(mention)  # "Reid mocked Grant and called him": mocked's object
            and _BY_OR_WITH.search(self.text, max(first.end(), mention.start - 50), mention.start) is None
        ]
        pronouns = [word for word in _WORD.findall(between) if word in _SUBJECTS]
        own_pronoun = _OWN_PRONOUN.match(between)
        if (
            pronouns
            and own_pronoun is not None
            and len(pronouns) == 1
            and not self._mentions_between(first.end(), first.end() + own_pronoun.end())
        ):
            own = _GENDER.get(pronouns[0].lower())
            pronouns = [] if own is not None and self.people[speaker].gender == own else pronouns
        if rivals or pronouns:
            self._doubt = "the speech verb after “and” or “but” may belong to someone named after the first verb"
        return speaker
