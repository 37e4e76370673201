"""The said-clause before a quotation: `Mr. X said ... "..."`, across a clause or an apposition.

Mixed into the attributor (attribution.py), which it left when that module grew past its size:
the speaker of the last speech verb before the quotation, in the order the grammar of a news
sentence gives it. The verb's own subject comes first: the name right before it ("Reid said"),
a relative clause's subject ("Reid defended Grant, who said"), a name and a clause or apposition
("Adhanom, who was in Juba with the minister, told reporters"), a pronoun, the sentence's lone
subject, the he/she opening the main clause a few verbs before ("he backed Obama and said": carried_subjects.py).
A sentence opened by its verb has its subject after it ("Said Reid, who chairs the board, "...""), and a participle
of saying right after a said-clause set in by commas is that clause's ("..., Grant said, adding, "..."").
A verb whose own clause has a subject of its own that names nobody ("McLaughlin ordered him to stand, to which the
defendant replied "..."") is that unnamed subject's, never the sentence subject's: nobody is sure. Nor is anybody
when the verb reacts to someone else's saying ("rejected claims by Grant that the port was "finished"": the words are
the claim's; disowned_words.py), and a speaker relaying what they were told ("had been told by Dunne that ...") is a
guess, as is one whose verb reports on someone else
between it and the words (reported_voices.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizapp.draft.adverbial_clauses import clause_ends_between, opens_adverbial_clause, verb_right_after
from quizapp.draft.carried_subjects import carried_pronoun, reporting_pronoun
from quizapp.draft.carried_words import carried_by_a_thing, written_on_a_thing
from quizapp.draft.clause_words import CLAUSE_WORD, ClauseWords
from quizapp.draft.disowned_words import DISOWNED_DOUBT, credited_words, someone_elses_claim
from quizapp.draft.foretold import foretold_verbs
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import (
    FORETOLD_SPEECH_VERBS,
    PHRASAL_SPEECH_HEADS,
    PHRASAL_SPEECH_VERB,
    SPEECH_VERBS,
    SPEECH_VERBS_BEFORE_QUOTE_ONLY,
    SUBJECT_PRONOUNS,
)
from quizapp.draft.listeners import PASSIVE, reported_of_subject
from quizapp.draft.object_appositions import joined_after_object
from quizapp.draft.of_phrases import OF_PHRASE_DOUBT, phrase_head
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Mention
from quizapp.draft.possessed_words import owner_of_claim, possessor_of_saying
from quizapp.draft.quoted_back import quoted_back
from quizapp.draft.relayed import may_relay
from quizapp.draft.reported_voices import reported_voice_doubt
from quizapp.draft.speech_nouns import is_plural_noun
from quizapp.draft.titled_subjects import title_then_own_verb
from quizapp.draft.unnamed_speakers import unnamed_subject_before
from quizapp.draft.unpunctuated_openings import subject_after_opening

_LEADING_PHRASE_END = lazy_compile(r"(?:,|\s[—–-]{1,2})\s+(?:[\w.'’-]+\s+){0,3}$")
"""The end of a phrase leading into the main clause, a comma or a dash, and up to three words of a title before the
name ("..., former Colorado Rep. "): `_lone_subject` reads the name after it as the clause's subject."""

_SPACES = lazy_compile(r"\s*")
"""The spaces a stretch of text opens with, matched in place: not a stripped copy of the stretch."""
_PARTICIPLES = frozenset(word for word in SPEECH_VERBS | SPEECH_VERBS_BEFORE_QUOTE_ONLY if word.endswith("ing"))
"""Speech verbs in their -ing form ("..., saying", "noting that"): their subject is the clause's they hang on."""
OWN_CLAUSE_SUBJECT = lazy_compile(
    r"\b(?:which|whom|who|where|when|whereupon)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
    r"(?:the|a|an|his|her|their|its|one)\s+(?:[a-z][\w'’-]*\s+){0,3}?"
    r"(?:(?:had|has|have|then|later|also|simply|only|just|promptly)\s+){0,2}$"
)
"""A relative clause with an unnamed subject of its own, ending right before the verb: ", to which the
defendant had (replied)", ", when a neighbour (shouted)". Only lowercase words: a name there is a mention."""
_RELATIVES = frozenset({"who", "whom", "that"})
_AGENT_AFTER = lazy_compile(r"\s+by\s")
"""A speech verb with its agent after it ("as recalled by her aide"): the agent's saying, not the subject's."""
_WITH_BEFORE = lazy_compile(r"\bwith\s+(?:[A-Za-z][\w'’.-]*\s+){0,3}$")
"""An absolute clause's "with" and perhaps a title or role before the name: "with club captain (Ana Ruiz)"."""
_ADVERB_AT_MOST = lazy_compile(r"\s+(?:(?:[a-z]+ly|then|also|again|later|still)\s+)?")
"""Between an absolute clause's name and its participle: spaces, perhaps around one adverb ("reportedly")."""
_OBJECT_OF_VERB = lazy_compile(r"\b[a-z]{2,}ed\s+(?:(?:[A-Z][a-z]*\.?|the|a)\s+){0,2}$")
"""A past verb right before a name, perhaps with a title: "accused (Ruiz)", "thanked Mayor (Ruiz)"."""
_COMMA_BEFORE = lazy_compile(r",\s*$")
_INVERTED_ROLE = lazy_compile(r"\s+((?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)")
"""A role named after an inverted speech verb: "said the spokesperson", "said a council official"."""
_CLAUSE_ENDS = lazy_compile(r"\s*(?:,|[.!?](?:\s|$))")
"""After an inverted subject: a comma (a time or place follows) or the sentence's end."""
_PRONOUN_THEN_VERB = lazy_compile(
    r"\b(he|she|it|they)\s+(?:\w+\s+){0,1}(?:(?:an?|the|his|her|their|its)\s+)?$", re.IGNORECASE
)
"""A pronoun right before the speech verb, perhaps after an adverb or auxiliary ("she also said"), or before a noun
of saying after its verb and article ("She gave an update", "he gave an interview"): the pronoun is its subject."""
_AND_BEFORE_VERB = lazy_compile(r"\s(?:and|but)\s+(?:(?:then|later|also|even)\s+)?$")
"""A speech verb joined by "and" to the verb before it ("Reid mocked Grant and (called)"): the same subject's."""
_TOLD_BY = lazy_compile(r"\b(?:was|were|been|being)\s+told\s+by\b")
"""A speaker relaying words told to them: "Grant said he had been told by Dunne that the plan was "dead""."""
_OPENING_INVERTED = lazy_compile(r"\s*(?:Said|Says|Added|Adds|Wrote|Writes)\s+(?=[A-Z])")
"""A sentence opened by the speech verb, its subject after it: "Said Reid, "..."", "Added Grant, who chairs the
board, "..."". Not "Asked" nor "Told": "Asked Reid about it, Grant said" names the one asked."""
_SENTENCE_BEFORE = lazy_compile(r"(?:^|[.!?\n\"”’])[\s\"“”]*$")
"""What may stand before a sentence's first word: the text's start, a line's, or a sentence's end and quote marks."""
_SET_OFF_TO_QUOTE = lazy_compile(r"\s*(?:[,:]|,[^.;!?\"“”]{1,120},)\s*$")
"""From the name after an opening inverted verb to the quotation: its comma or colon, or an apposition or relative
clause set off by commas ("Said Reid, who chairs the board, "..."") and nothing else."""
_PARTICIPLE_AFTER_SAID = lazy_compile(
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:yesterday|today))?\s*,\s*"
)
"""Between a said-clause and a participle of saying that hangs on it, perhaps past a day: ", Reid said (on
Monday), adding, "...""."""
_NOUN_AFTER = lazy_compile(r"\s+[a-z]")
"""A lowercase word right after a name: the name describes that noun ("the Ruiz campaign"), it is not the subject."""
_INVERTED_BEFORE = lazy_compile(r"[,\"”’]\s*$")
"""A comma or a closing quotation mark right before a speech verb: `"...," said Ruiz`, its subject after it."""
_REPORTED_SUBJECT = lazy_compile(r"\s+(?:that\s+)?")
"""Between a speech verb and the subject of the clause it reports: "said (that) Ruiz will"."""
_SET_OFF_PRONOUN = lazy_compile(r",\s+(he|she|He|She)\s+$")
"""A he/she set off by a comma right before a said-clause's verb: "..., she said, adding"."""


class SaidBefore(ClauseWords):
    """Mixed into the attributor: the speaker of a speech verb before the quotation."""

    finder: PeopleFinder

    if TYPE_CHECKING:  # the attributor's own methods and its other mixins': declared, never shadowed

        def _participle_subject(self, start: int, participle_at: int) -> str | None:
            raise NotImplementedError

        def _verb_subjects(self, start: int, verb_at: int) -> tuple[Mention | None, list[Mention]]:
            raise NotImplementedError

        def _agent(self, passive: re.Match[str], end: int) -> str | None:
            raise NotImplementedError

        def _doubt_reported_within(self, earlier_verbs: list[int], subject: int) -> None:
            raise NotImplementedError

        def _doubt_together(self, start: int, subject: Mention, verb_at: int) -> None:
            raise NotImplementedError

        def _doubt_someone_else_reported(
            self, earlier_verbs: list[int], subject_end: int, verb_end: int, end: int
        ) -> None:
            raise NotImplementedError

        def _clause_then_verb(self, position: int, end: int) -> bool:
            raise NotImplementedError

        def _clause_then_this_verb(self, position: int, verb_start: int) -> bool:
            raise NotImplementedError

        def _resolve_pronoun(self, gender: str, position: int) -> str | None:
            raise NotImplementedError

        def _object_position(self, mention: Mention) -> bool:
            raise NotImplementedError

        def _subject(self, start: int, end: int) -> str | None:
            raise NotImplementedError

        def _role(self, position: int, end: int, *, verb_follows: bool) -> str | None:
            raise NotImplementedError

        def _organization(self, position: int, end: int, *, verb_follows: bool) -> str | None:
            raise NotImplementedError

        def _relayed(
            self, start: int, end: int, subject: Mention | None, words: list[str] | None = None
        ) -> tuple[bool, str | None]:
            raise NotImplementedError

    def _lone_subject(self, start: int, subject: Mention, verb_at: int) -> bool:
        """Whether `subject` opens the sentence and nobody else is named before the verb where a subject can stand:
        "X's" and a name after a preposition ("Ana Ruiz, chair of the Harbour Board, said") are not."""
        if not self.finder.is_subject_position(subject):
            return False
        if (
            len(CLAUSE_WORD.findall(self.text[start : subject.start])) > 2
            and not title_then_own_verb(self.text, start, subject.start, subject.end, verb_at)
            and not self._after_leading_phrase(start, subject)
        ):  # "Former state premier and party leader Omar Ali also took to social media to say"
            return False
        others = [m for m in self._mentions_between(subject.end, verb_at) if m.person != subject.person]
        if _AND_BEFORE_VERB.search(self.text, subject.end, verb_at) is not None:  # "Reid mocked Grant and called him"
            others = [m for m in others if not self._object_position(m)]  # the first verb's object is no subject
        return (
            not any(self.finder.is_subject_position(m) for m in others)  # "X's", "chair of the Y Committee"
            and self.people[subject.person].kind == "person"
        )

    def _after_leading_phrase(self, start: int, subject: Mention) -> bool:
        """Whether `subject` opens the main clause after a phrase set off by a comma or a dash that names no one
        but a body ("Reached by the Gazette, Ruiz denied ...", "A former candidate -- Ruiz, who ... -- said"): the
        phrase leads in, and the name is the subject as surely as at the sentence's start."""
        if _LEADING_PHRASE_END.search(self.text[start : subject.start]) is None:
            return False
        return all(self.people[m.person].kind == "organization" for m in self._mentions_between(start, subject.start))

    def _before(self, start: int, end: int, also: frozenset[str] = frozenset()) -> str | None:
        """`Mr. X said ... "..."`: the speaker of the last speech verb (or verb of `also`) before the quotation."""
        if (opens := _OPENING_INVERTED.match(self.text, start, end)) is not None and (
            inverted := self._opening_inverted_subject(start, opens.end(), end)
        ) is not None:
            return inverted  # "Said Reid, who chairs the board, "..."": the verb opens the sentence, its subject after
        words = self._clause_words(start, end)  # the clause's words, read once for this sieve and the next
        foretold = [] if FORETOLD_SPEECH_VERBS.isdisjoint(words) else foretold_verbs(self.text, start, end)
        phrasal = not PHRASAL_SPEECH_HEADS.isdisjoint(words)  # "Reid shot back," "as Grant pointed out,"
        if (
            SPEECH_VERBS.isdisjoint(words)
            and SPEECH_VERBS_BEFORE_QUOTE_ONLY.isdisjoint(words)
            and also.isdisjoint(words)
            and not foretold
            and not phrasal
        ):  # most clauses before a quotation hold no speech verb: their words are looked up, not matched
            return self._claim_owner(start, end, start)  # "... by Comey's conclusion that it was "...": Comey's
        verbs = [
            word
            for word in CLAUSE_WORD.finditer(self.text, start, end)
            if (
                (found := word.group(0)) in SPEECH_VERBS
                or found in SPEECH_VERBS_BEFORE_QUOTE_ONLY
                or found in also
                or (phrasal and found in PHRASAL_SPEECH_HEADS and PHRASAL_SPEECH_VERB.match(self.text, word.start()))
            )
            and not self._inside_other_quote(word.start())
            and not is_plural_noun(self.text, word.start(), word.end())  # "union demands were": a noun
            and not reported_of_subject(self.text, word)  # "Reid is reported to have called it": Reid's verb follows
        ]
        if foretold:  # "Reid will tell MPs that "..."": a speech reported ahead (foretold.py)
            verbs = sorted(
                [*verbs, *(verb for verb in foretold if not self._inside_other_quote(verb.start()))],
                key=lambda verb: verb.start(),
            )
        if not verbs:
            return None
        verb = verbs[-1]
        if (doubt := reported_voice_doubt(self.text, verbs, end)) is not None:
            self._doubt = doubt
        if (claim := self._claim_owner(start, end, verb.end())) is not None:
            return claim  # "blamed the media over Trump's claim that Obama "..."": Trump's words
        if someone_elses_claim(self.text, start, end) or quoted_back(self.text, start, end):
            return None  # "Dunne rejected claims by Grant that the port was "finished"": the claim's words
        if credited_words(self.text, start, end):  # "responded to a statement credited to Okoye that "...""
            self._doubt = DISOWNED_DOUBT
        if (owner := possessor_of_saying(self.text, start, end)) is not None:  # "Reid's words, "..."": Reid's
            return next((self._speaker_of(m) for m in self._mentions_between(start, owner) if m.end == owner), None)
        if may_relay(words):  # two speech verbs at least: only then is the clause's subject read for the sieve
            first = next((m for m in self._mentions_between(start, end) if self.finder.is_subject_position(m)), None)
            relayed, inner = self._relayed(start, end, first, words)
            if relayed:
                return inner  # "Dunne recalled her son saying:": his words, which she passes on
        if (written_on_a_thing(self.text, start, end, words[-1])) or carried_by_a_thing(self.text, start, end):
            return None  # "the sign read "closed for good"": written words, nobody's speech
        if self.text.find("told", start, end) >= 0 and _TOLD_BY.search(self.text, start, end) is not None:
            self._doubt = "the words were told to the speaker by someone else"
        if verb.group(0) in _PARTICIPLES or (verb.group(0) in also and verb.group(0).endswith("ing")):
            if (hung_on := self._said_clause_before(start, verbs, verb)) is not None:
                return hung_on  # "The two will meet next week, Spicer said, adding, "..."": Spicer adds
            absolute = self._absolute_subject(start, verb.start())
            if absolute is not None:
                return absolute
            if (nearer := self._carried_pronoun(start, verb, after_a_subject=True)) is not None:
                return nearer  # "Reid ..., and she has fought the board since, at one point calling it "...": hers
            speaker = self._participle_subject(start, verb.start())
            if speaker is not None and self._only_as_an_object(start, verb.start(), speaker):
                self._doubt = "the one saying is the sentence's subject, and the name found is a verb's object"
            elif speaker is not None and self._only_in_a_report(start, verbs, speaker):
                self._doubt = "the name stands in what an earlier speech verb reports: that verb's subject may say it"
            return speaker if speaker is not None else self._carried_pronoun(start, verb)  # "he nodded, saying"
        if (inverted := self._inverted_subject(start, verb, end)) is not None:
            return inverted  # "It was never about blame, said Rook, at the time. "...""
        relative, mentions = self._verb_subjects(start, verb.start())
        mentions = [
            m for m in mentions if not self.finder.names_a_source(m.start)
        ]  # "According to Dunne, the pilot told"
        if relative is not None:
            return self._speaker_of(relative)  # "Reid defended Grant, who said": the relative clause is Grant's
        if (clause_subject := self._adverbial_subject(start, verb, end)) is not None:
            return self._speaker_of(clause_subject)  # "hours after Okoye said she was "hopeful"": Okoye's
        unnamed = unnamed_subject_before(self.text, start, verb.start())
        if unnamed is not None and all(  # a name describing the phrase's noun is no subject: "the Ruiz campaign"
            m.start > unnamed and self.text[m.start].isupper() and _NOUN_AFTER.match(self.text, m.end)
            for m in self._mentions_between(unnamed, verb.start())
        ):
            # "Kasich ..., when many commentators called him "..."": the commentators' words, never Kasich's
            role = self._role(unnamed, verb.end(), verb_follows=True)
            return role if role is not None else self._organization(unnamed, verb.end() + 1, verb_follows=True)
        words_between = []
        if mentions:
            words_between = CLAUSE_WORD.findall(self.text[mentions[-1].end : verb.start()])
        reporting = [word.end() for word in verbs[:-1]]
        if words_between and words_between[-1].lower() in SUBJECT_PRONOUNS and {*words_between[:-1]} <= _RELATIVES:
            # "Tallis, she said, "..."", "her father, who she said "...": hers, of him; "she" is someone before him
            return self._resolve_pronoun(SUBJECT_PRONOUNS[words_between[-1].lower()], mentions[-1].start)
        if words_between and words_between[0].lower() == "whom" and len(words_between) > 1:
            return None  # "Benenson, whom one insider described as "..."": the name is the object
        if mentions and len(words_between) <= 4 and reporting[-1:] < [mentions[-1].end]:
            if (passive := PASSIVE.match(self.text, mentions[-1].end, verb.end())) is not None:
                return self._agent(passive, end)
            self._doubt_reported_within(reporting, mentions[-1].start)
            self._doubt_together(start, mentions[-1], verb.start())
            if joined_after_object(self.text, mentions[-1].end, verb.start()):
                self._doubt = "the name ends an earlier verb's object, joined by “and” to the speech verb"
            named = self._mentions_between(start, mentions[-1].start)
            if (head := phrase_head(self.text, start, named, mentions[-1], self.people)) is not None:
                speaker, self._doubt = self._speaker_of(head), OF_PHRASE_DOUBT  # "The family of Ana Ruiz say"
                return speaker
            return self._speaker_of(mentions[-1])
        subject = next(
            (
                m
                for m in mentions
                if self._clause_then_verb(m.end, verb.end()) or self._clause_then_this_verb(m.end, verb.start())
            ),
            None,
        )
        if subject is not None:
            return self._speaker_of(subject)  # "Adhanom, who was in Juba with the minister, told reporters"
        pronoun = _PRONOUN_THEN_VERB.search(self.text[start : verb.start()])
        if pronoun:  # "Reid said she told him": "she" speaks inside Reid's report ("he" would be Reid himself)
            speaker = self._resolve_pronoun(SUBJECT_PRONOUNS[pronoun.group(1).lower()], start + pronoun.start())
            if not mentions or speaker != mentions[-1].person:
                self._doubt_reported_within(reporting, start + pronoun.start())
            return speaker
        if OWN_CLAUSE_SUBJECT.search(self.text, start, verb.start()) is not None:
            return None  # "..., to which the defendant had replied": the verb's subject names nobody
        if not mentions and (
            fronted := subject_after_opening(
                self.text, start, verb.start(), self._mentions_between(start, verb.start())
            )
        ):
            return self._speaker_of(fronted)  # "After the game Ruiz said": the phrase's comma left out
        if not mentions and (carried := self._carried_pronoun(start, verb)) is not None:
            return carried  # "Eight years ago, he backed Obama and said": the main clause's pronoun
        if not mentions and len(verbs) > 1 and (reported := self._reporting_pronoun(start, verbs[0], verb)):
            self._doubt_someone_else_reported(reporting, verbs[0].start(), verb.end(), end)
            return reported  # "He said ... a platform that calls for "..."": in the pronoun's own report
        if mentions and self._lone_subject(start, mentions[0], verb.start()):
            self._doubt_someone_else_reported(reporting, mentions[0].end, verb.end(), end)
            return self._speaker_of(mentions[0])  # "Bob Richardson was the only one to back Connor's motion, and said"
        if mentions:
            self._doubt = "the speaker is named several words before the speech verb"
            return self._subject(start, verb.start())
        opening = _SPACES.match(self.text, start, max(start, end)).end() - start  # type: ignore[union-attr]
        role = self._role(start + opening, verb.start() + len(verb.group(0)), verb_follows=True)
        if role is not None:
            return role
        return (
            self._organization(start, verb.start() + len(verb.group(0)) + 1, verb_follows=True)
            if re.match(r"\s*(?:The|the)\s", self.text[start : start + 5])
            else None
        )

    def _opening_inverted_subject(self, start: int, name_at: int, end: int) -> str | None:
        """The person named right after a speech verb opening the sentence at `start`, when only a comma or colon,
        or an apposition or relative clause set off by commas, stands between the name and the quotation at `end`:
        "Said Reid, "..."", "Added Grant, who chairs the board, "..."". The inverted verb is the sentence's own."""
        if _SENTENCE_BEFORE.search(self.text, max(0, start - 8), start) is None:
            return None  # a clause inside a sentence: "Said" is no opening there
        named = self._mentions_between(name_at, end)
        if not named or named[0].possessive or self.text[name_at : named[0].start].strip():
            return None  # "Said Reid's aide, ...": the aide speaks, whom nobody names
        return self._speaker_of(named[0]) if _SET_OFF_TO_QUOTE.match(self.text, named[0].end, end) else None

    def _said_clause_before(self, start: int, verbs: list[re.Match[str]], participle: re.Match[str]) -> str | None:
        """The speaker of a said-clause set into the sentence by commas that a participle of saying hangs on: "The
        two will meet next week, Spicer said, adding, "..."", "..., she said, adding": the one who said adds, not
        the sentence's first subject. A name or a he/she right before the verb, a comma right before them."""
        said = verbs[-2] if len(verbs) > 1 else None
        if (
            said is None
            or said.group(0) not in SPEECH_VERBS
            or said.group(0).endswith("ing")
            or _PARTICIPLE_AFTER_SAID.fullmatch(self.text, said.end(), participle.start()) is None
        ):
            return None
        pronoun = _SET_OFF_PRONOUN.search(self.text, max(start, said.start() - 20), said.start())
        if pronoun is not None:
            return self._resolve_pronoun(SUBJECT_PRONOUNS[pronoun.group(1).lower()], pronoun.start(1))
        named = self._mentions_between(start, said.start())
        if not named or named[-1].possessive or not verb_right_after(self.text, named[-1].end, said.start()):
            return None
        opened = self.text[max(start, named[-1].start - 3) : named[-1].start]
        return self._speaker_of(named[-1]) if opened.rstrip().endswith(",") else None

    def _claim_owner(self, start: int, end: int, verb_end: int) -> str | None:
        """The named person whose claim, conclusion or warning "that ..." runs to the quotation after the last
        speech verb, if any (possessed_words.py), when no speech verb stands in its content; for "his" or "her"
        claim, the one the pronoun means, as a he or she would be read there."""
        span = owner_of_claim(self.text, verb_end, end)
        if span is None:
            return None
        if (pronoun := self.text[span[0] : span[1]].lower()) in {"his", "her"}:  # "stood by his comment that "...""
            if not SPEECH_VERBS.isdisjoint(CLAUSE_WORD.findall(self.text, span[1], end)):
                return None
            return self._resolve_pronoun(SUBJECT_PRONOUNS["he" if pronoun == "his" else "she"], span[0])
        named = self._mentions_between(max(start, span[0] - 80), span[1] + 1)  # the owner's name may start before it
        owner = next((m for m in named if m.end == span[1]), None)
        if owner is None or self.people[owner.person].kind != "person":
            return None
        if not SPEECH_VERBS.isdisjoint(CLAUSE_WORD.findall(self.text, span[1], end)):
            return None  # "Grant's claim that Okoye said "..."": Okoye's words, as Grant claims
        return self._speaker_of(owner)

    def _carried_pronoun(self, start: int, verb: re.Match[str], *, after_a_subject: bool = False) -> str | None:
        """The speaker of a speech verb whose subject is the he/she opening the main clause several verbs before it
        ("he backed Obama and said", "she sounded a note of regret, saying"): carried_subjects.py. With
        `after_a_subject`, only a he/she opening a clause of its own after a named subject ("Reid ..., and he has
        fought the board since, calling it"): the verb hangs on that nearer clause, not on the sentence's first."""
        rivals = [
            m.start
            for m in self._mentions_between(start, verb.start())
            if self.finder.is_subject_position(m) and not self._object_position(m)
        ]
        at = carried_pronoun(self.text, start, verb.start(), verb.end(), rivals)
        if at is None or (after_a_subject and not any(rival < at for rival in rivals)):
            return None
        pronoun = "she" if self.text[at : at + 3].lower() == "she" else "he"
        return self._resolve_pronoun(SUBJECT_PRONOUNS[pronoun], at)

    def _reporting_pronoun(self, start: int, report: re.Match[str], verb: re.Match[str]) -> str | None:
        """The speaker of a speech verb reported by the he/she opening the main clause and its own speech verb
        ("He said in a statement that he wants a platform that calls for"): carried_subjects.reporting_pronoun."""
        if _AGENT_AFTER.match(self.text, verb.end()):
            return None  # "she said, as recalled by her aide in a book "..."": the agent's verb, and their words
        rivals = [
            m.start
            for m in self._mentions_between(start, verb.start())
            if self.finder.is_subject_position(m) and not self._object_position(m)
        ]
        at = reporting_pronoun(self.text, start, report.end(), verb.start(), rivals)
        if at is None:
            return None
        pronoun = "she" if self.text[at : at + 3].lower() == "she" else "he"
        return self._resolve_pronoun(SUBJECT_PRONOUNS[pronoun], at)

    def _adverbial_subject(self, start: int, verb: re.Match[str], end: int) -> Mention | None:
        """The name right before the speech verb when it is the subject of an adverbial clause ("while Reid said",
        "when Grant called") and the words run on in that clause ("while Reid said it was "a muddle"", no comma
        between): the verb is that clause's own (adverbial_clauses.py)."""
        named = self._mentions_between(start, verb.start())
        if not named or not self.finder.is_subject_position(named[-1]):
            return None
        last = named[-1]
        if not verb_right_after(self.text, last.end, verb.start()) or clause_ends_between(self.text, verb.end(), end):
            return None  # "After Grant called, the council became "angry"": the words are the main clause's
        return last if opens_adverbial_clause(self.text, start, last) else None

    def _absolute_subject(self, start: int, participle_at: int) -> str | None:
        """The name right before a participle of saying in an absolute clause, perhaps past an adverb: "..., with
        Councillor Ana Ruiz (loudly) calling the plan "a muddle"": Ruiz says it, not the sentence's subject."""
        named = self._mentions_between(start, participle_at)
        if not named or named[-1].possessive or not _ADVERB_AT_MOST.fullmatch(self.text, named[-1].end, participle_at):
            return None  # "with Ana Ruiz (reportedly) shouting": at most an adverb between the name and its participle
        return self._speaker_of(named[-1]) if _WITH_BEFORE.search(self.text, start, named[-1].start) else None

    def _inverted_subject(self, start: int, verb: re.Match[str], end: int) -> str | None:
        """The name right after a speech verb that a comma sets off from what it reports, then a comma or the
        sentence's end: "It was never about blame, said Rook, in the chamber.": Rook said it, inverted."""
        if not _COMMA_BEFORE.search(self.text, start, verb.start()):
            return None
        after = self._mentions_between(verb.end(), min(end, verb.end() + 80))
        if not after or after[0].possessive or not self.text[verb.end() : after[0].start].isspace():
            role = _INVERTED_ROLE.match(self.text, verb.end(), end)  # ", said the spokesperson."
            if role is None or not _CLAUSE_ENDS.match(self.text, role.end(), end):
                return None
            return self._role(role.start(1), role.end(), verb_follows=False)
        return self._speaker_of(after[0]) if _CLAUSE_ENDS.match(self.text, after[0].end, end) else None

    def _only_in_a_report(self, start: int, verbs: list[re.Match[str]], speaker: str) -> bool:
        """Whether the speaker found for a participle of saying is named only after an earlier finite speech verb of
        the sentence, in the words it reports: "a top strategist said Ruiz will have to choose, saying "..."": the
        strategist says, whom nobody names, and Ruiz is only what was said of."""
        reporting = next((v for v in reversed(verbs[:-1]) if not v.group(0).endswith("ing")), None)
        if reporting is None or _INVERTED_BEFORE.search(self.text, start, reporting.start()):
            return False  # `"...," said Ana Ruiz, urging`: an inverted said-clause, its subject after it
        named = [m for m in self._mentions_between(start, verbs[-1].start()) if m.person == speaker]
        return bool(named) and _REPORTED_SUBJECT.fullmatch(self.text, reporting.end(), named[0].start) is not None

    def _only_as_an_object(self, start: int, participle_at: int, speaker: str) -> bool:
        """Whether the speaker found for a participle of saying is named before it only right after a past verb,
        as its object: "The ward member accused Ruiz of stalling, adding "..."": the member adds, not Ruiz."""
        named = [m for m in self._mentions_between(start, participle_at) if m.person == speaker]
        return bool(named) and all(_OBJECT_OF_VERB.search(self.text, max(start, m.start - 30), m.start) for m in named)
