"""A colon before a quotation: `Ana Ruiz said: "..."`, in its sentence or ending the paragraph before.

Mixed into the attributor. The speaker is the subject of the clause the colon ends, and most
such clauses report speech even without a speech verb ("Reid was blunt:", "Keys discussed the
defeat in her news conference:"). But a colon also introduces words the subject received:
`Mayor Tom Reid faces one question from voters: "Where did the money go?"`, `Reid received a
letter from residents: "..."`. A clause with no speech verb whose subject's own verb says they
got, faced or heard something leaves the speaker a guess, shown to the teacher but never an
answer key; the same verb elsewhere in the clause ("spoke about who she faces next:") does not.
A line with no clause that names whose the words are (`Reid's full statement:`, `Reaction from Reid:`, `His
verdict:`) gives them to the person it names (possessive_labels.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.draft.carried_subjects import colon_pronoun
from quizapp.draft.group_subjects import group_speaks_before_colon
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS, SUBJECT_PRONOUNS, word_set
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Mention
from quizapp.draft.possessive_labels import possessor_of_label, pronoun_of_label
from quizapp.draft.quotes import Quote
from quizapp.draft.relative_speakers import who_speaks_at
from quizapp.draft.sentences import Sentence
from quizapp.draft.sieve_host import SieveHost
from quizapp.draft.unnamed_speakers import unnamed_subject_before

_RECEIVED = word_set("faces face faced received receives got gets heard hears")
"""The subject's verb when it was given the words that follow ("Reid faces one question:"), not said them."""
_WORD = lazy_compile(r"[\w'’-]+")
_INSCRIPTION = lazy_compile(
    r"\b(?:(?:that|which)\s+(?:read|reads|said|says)|reading|bearing\s+the\s+words|inscribed(?:\s+with)?)\s*:\s*$",
    re.IGNORECASE,
)
"""A clause ending in "that read:", "reading:", "bearing the words:": what follows is written on a card, a
sign or a banner, the thing the relative clause is about, and no person is said to say it."""


_LAST_CLAUSE = lazy_compile(r",\s+(?=[^,]*:\s*$)")
"""The comma before the last clause of a text ending in a colon: where a main clause after a leading phrase opens."""
_CONJUNCTION_THEN_CLAUSE = lazy_compile(r"(?:,\s+and|,?\s+(?:but|while|though|although|yet))\s+(?=[^,]*:\s*$)")
"""A conjunction opening the last clause before the colon: "declined to comment, but ...". A bare "and" may join
two subjects ("Ruiz and a spokeswoman said:"), so only ", and" opens a clause."""
_RELATIVE_REPLY = lazy_compile(r",\s+(?:to|at|after|upon|in|during)\s+which\s+(?=[^,]*:\s*$)")
"""A relative clause of reply closing the sentence before the colon: "Quayle said the figures were sound, to which
Reid replied:", or of the occasion: "Ruiz reported she had a video of the dinner, in which Reid said:": the words are
the relative clause's subject's, not the main clause's."""


class Colons(SieveHost):
    """Mixed into the attributor: the speaker of a clause ending in a colon before a quotation."""

    finder: PeopleFinder

    def _sentence_at(self, position: int) -> Sentence:
        raise NotImplementedError

    def _subject(self, start: int, end: int) -> str | None:
        raise NotImplementedError

    def _role(self, position: int, end: int, *, verb_follows: bool) -> str | None:
        raise NotImplementedError

    def _resolve_pronoun(self, gender: str, position: int) -> str | None:
        raise NotImplementedError

    if TYPE_CHECKING:  # another mixin's (object_positions.py): declared, never shadowed

        def _object_position(self, mention: Mention) -> bool:
            raise NotImplementedError

    def _colon(self, quote: Quote, before_start: int) -> tuple[str | None, str] | None:
        """(speaker, "colon") when a colon introduces `quote`, (None, "none") when nobody is its subject, or
        None when no colon does: in its sentence from `before_start`, or ending the paragraph before."""
        before = self.text[before_start : quote.open_at]
        ends_in_colon = before.rstrip().endswith(":")  # the inscription's pattern, and the colon sieve, need one
        if ends_in_colon and _INSCRIPTION.search(before):
            return None, "none"  # `a card that read: "..."`: the words of a thing, whoever wrote them
        if not before.strip() and quote.open_at > 0:
            previous = self._sentence_at(quote.open_at - 2)
            if previous.end <= quote.open_at and self.text[previous.start : previous.end].rstrip().endswith(":"):
                if _INSCRIPTION.search(self.text, previous.start, previous.end):
                    return None, "none"
                if (who := who_speaks_at(self.text, previous.start, previous.end)) is not None:
                    return self._antecedent_of_who(previous.start, who)
                speaker = (
                    self._subject(previous.start, previous.end)
                    or self._role_after_leading_phrase(previous.start, previous.end)
                    or self._possessor_of_label(previous.start, previous.end)
                )  # a colon ends the paragraph before
                self._doubt_words_received(previous.start, previous.end, speaker)
                return (speaker, "colon") if speaker else (None, "none")
        if ends_in_colon:
            if group_speaks_before_colon(self.text, before_start, quote.open_at):
                return None, "none"  # "Tom Hill says fans often ask him:": the fans' words (group_subjects.py)
            if (who := who_speaks_at(self.text, before_start, quote.open_at)) is not None:
                return self._antecedent_of_who(before_start, who)  # "thanked Tom Okafor, who said:"
            if (reply := _RELATIVE_REPLY.search(self.text, before_start, quote.open_at)) is not None:
                before_start = reply.end()  # "..., to which Reid interjected:": Reid's words
            if (unnamed := self._unnamed_subject(before_start, quote.open_at)) is not None:
                return (unnamed, "colon") if unnamed else (None, "none")  # "..., the columnist suggested:"
            speaker = (
                self._role_after_conjunction(before_start, quote.open_at)
                or self._subject(before_start, quote.open_at)
                or self._role_after_leading_phrase(before_start, quote.open_at)
                or self._possessor_of_label(before_start, quote.open_at)
            )
            if speaker:
                self._doubt_words_received(before_start, quote.open_at, speaker)
                return speaker, "colon"
        return None

    def _unnamed_subject(self, start: int, end: int) -> str | None:
        """The role that is the subject of the last speech verb before the colon when that subject is an unnamed
        noun phrase ("Trump has one thing in common with them, the columnist suggested:", "his wife whispered to
        him:"; unnamed_speakers.py); "" when the phrase is no role anyone can be given; None when the verb's subject
        is no such phrase, or no speech verb stands before the colon."""
        verbs = [word for word in _WORD.finditer(self.text, start, end) if word.group(0) in SPEECH_VERBS]
        if not verbs:
            return None
        unnamed = unnamed_subject_before(self.text, start, verbs[-1].start())
        if unnamed is None or self._mentions_between(unnamed, verbs[-1].start()):
            return None
        return self._role(unnamed, end, verb_follows=True) or ""

    def _antecedent_of_who(self, start: int, who: int) -> tuple[str | None, str]:
        """The speaker of "..., Tom Okafor, who said:": the person named just before the relative clause's comma
        (relative_speakers.py); nobody when what stands there is no name ("a local fisherman, who said:")."""
        named = [mention for mention in self._mentions_between(start, who) if mention.end == who]
        return (self._speaker_of(named[-1]), "colon") if named else (None, "none")

    def _possessor_of_label(self, start: int, end: int) -> str | None:
        """Whose words a label line names: "Ana Ruiz's full statement:", "Reaction from Ana Ruiz:", "Her verdict:"
        (possessive_labels.py)."""
        mention = possessor_of_label(self.text, start, end, self._mentions_between(start, end))
        if mention is not None:
            return mention.person
        pronoun = pronoun_of_label(self.text, start, end)  # "His verdict:": whoever "he" is just before
        return self._resolve_pronoun(SUBJECT_PRONOUNS[pronoun], start) if pronoun is not None else None

    def _role_after_leading_phrase(self, start: int, end: int) -> str | None:
        """An unnamed role or a pronoun opening the main clause after a leading phrase, the clause's subject:
        "Paying tribute to their former captain, who joined in 1944, a spokesman for the club said:", "On the
        rumours that the squad had split, he told us:". Only the last clause, and only when a speech verb follows
        the role; a he/she opening it needs none when no other subject follows ("Asked about it, he demurred:",
        carried_subjects.py). The pronoun is resolved as any other (pronouns.py)."""
        leading = _LAST_CLAUSE.search(self.text, start, end)
        if leading is None:
            return None
        words = _WORD.findall(self.text, leading.end(), end)[:2]
        if len(words) == 2 and words[0].lower() in SUBJECT_PRONOUNS and words[1].lower() in SPEECH_VERBS:
            return self._resolve_pronoun(SUBJECT_PRONOUNS[words[0].lower()], leading.end())
        if words and words[0].lower() in {"he", "she"}:  # "Asked about it, he demurred:" (carried_subjects.py)
            rivals = [
                m.start
                for m in self._mentions_between(start, end)
                if self.finder.is_subject_position(m) and not self._object_position(m)
            ]
            at = colon_pronoun(self.text, leading.end(), end, rivals)
            if at is not None and not self.text[leading.end() : at].strip():
                return self._resolve_pronoun(SUBJECT_PRONOUNS[words[0].lower()], leading.end())
        return self._role(leading.end(), end, verb_follows=True)

    def _role_after_conjunction(self, start: int, end: int) -> str | None:
        """An unnamed role opening the clause after "but" or "and" that the colon ends: "Ruiz was unavailable,
        but a spokeswoman said:". The role, not the name of the first clause, is the speaker."""
        conjunction = _CONJUNCTION_THEN_CLAUSE.search(self.text, start, end)
        return self._role(conjunction.end(), end, verb_follows=True) if conjunction is not None else None

    def _doubt_words_received(self, start: int, end: int, speaker: str | None) -> None:
        """Doubt a speaker whose clause, with no speech verb, says they faced or received the words."""
        if speaker is None or {word.lower() for word in _WORD.findall(self.text, start, end)} & SPEECH_VERBS:
            return
        subject = next((m for m in self._mentions_between(start, end) if m.person == speaker), None)
        verb = _WORD.findall(self.text, subject.end, end)[:2] if subject is not None else []
        if set(verb) & _RECEIVED:
            self._doubt = "the colon ends a clause about words its subject received: they may not be theirs"
