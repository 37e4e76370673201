"""Pronoun speakers: "he said" goes to the one person it can mean, or stays unsure.

Mixed into the attributor. A he/she goes to the subject of the nearest sentence before it
that names a person of that gender (centering: the subject of the last sentence is what the
next one talks about). It is sure only when nobody else who could be "he" or "she" is named
as a subject in between: someone named as an object ("told Roy", "left the Opposition") or
as a possessive ("the minister's behaviour") is not who the next sentence's pronoun means, nor is
the subject of the clause the candidate's own speech reports ("Kell said Barr had bought petrol").
This module walks the chain back to the candidate; the rivals met between it and the pronoun are
antecedent_rivals.py's. A candidate named only as an object, or not as its sentence's subject, is still sure
when it is the only person of the pronoun's gender named since the paragraph before it: nobody else is there
for the pronoun to mean; so too an owner of a thing ("Reid's campaign released ... she said") with nobody else of
that gender named after it, nor as a subject in the sentence before (`_possessor_alone`).
"""

from __future__ import annotations

import bisect

from quizapp.draft.answers import named_as_asker
from quizapp.draft.antecedent_rivals import APPOSITION_GAP, AntecedentRivals
from quizapp.draft.first_names import gender_of_first_name
from quizapp.draft.interrupted import in_glossing_aside
from quizapp.draft.introduced import first_namings, introduced_to_speak
from quizapp.draft.it_speakers import ItSpeakers
from quizapp.draft.last_speaker import answered_at_once, may_be_meant_instead
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.leading_subject import leads_over_later_rival
from quizapp.draft.lexicon import (
    SPEECH_VERB,
)
from quizapp.draft.lone_names import paragraph_opening_subject
from quizapp.draft.name_modifiers import names_a_thing
from quizapp.draft.object_positions import ObjectPositions
from quizapp.draft.paragraph_voice import voice_before_paragraph
from quizapp.draft.participle_phrases import in_participle_phrase
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Mention
from quizapp.draft.possessed_things import owns_a_thing
from quizapp.draft.pronoun_chain import carries_chain, reach_back
from quizapp.draft.pronoun_rivals import same_gender_object_at, unquoted
from quizapp.draft.quoted_spans import QUOTED_SPAN
from quizapp.draft.reported_rivals import named_in_pronouns_speech, reported_by
from quizapp.draft.reported_subjects import reported_person_before
from quizapp.draft.roles import role_at
from quizapp.draft.sentences import Sentence
from quizapp.draft.spans import Spans
from quizapp.draft.spoken_about import spoken_about
from quizapp.draft.they_speakers import TheySpeakers
from quizapp.draft.told_pronouns import unnamed_listener
from quizapp.draft.unnamed_speakers import unnamed_speaker_between

_SPACES = lazy_compile(r"\s*")
"""The spaces a stretch of text opens with, matched in place: not a stripped copy of the stretch."""
_NOT_SUBJECT = lazy_compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|by|[Ww]ith|to)\b")
"""Before a name in its clause (after the last comma), these make it an object, not the subject:
"He is survived by his wife Cherrie"."""
_QUOTED = QUOTED_SPAN
_ACCORDING = lazy_compile(r"^\s*According\s+to\s")
"""A sentence opening "According to": its "to" leaves the source named after it the subject of the words."""
_LEADING_PHRASE = lazy_compile(r"[A-Z][\w'’-]*(?:\s+[^,.;:!?\"“”‘’\s]+){0,14},\s+")
"""A phrase leading into the main clause, up to its comma: "Responding to queries from The Straits Times, "."""
_NAME_BEFORE_ROLE = lazy_compile(
    r"\s*([A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'’-]*){1,2}),\s+(?:a|an|the)\s"
)
"""Two or three capitalised words opening the sentence before a role in apposition: "Ray Jones, a consultant,
...": a name the people model did not take, whose role the sentence's subject only seems to be."""
_COMMA = lazy_compile(r"\s*,\s*")
_PRONOUN_SAYS = lazy_compile(r"\b(?:[Hh]e|[Ss]he|I|[Ww]e)\s+(?:[a-z]+\s+)?(?:" + SPEECH_VERB + r")\b")
_NAME_SAYS = lazy_compile(
    r"\b[A-Z][\w'’.-]*(?:\s*,[^,.;:!?\"“”]{1,60},)?\s+(?:(?:also|later|then|had|has|have|both|all|each|earlier)\s+)?("
    + SPEECH_VERB
    + r")\b"
)
"""A capitalised name (perhaps unknown to the people model), an apposition, and its speech verb: "Jo Park, a
driver, said"; not "a video posted on her website", which names no one speaking."""
_OWN_OBJECT = lazy_compile(r"(?:['’]s?)?\s+(?:[a-z]+\s+){1,3}")
"""From a name to an object pronoun of its own verb, words only: "Reid thanked (her)", "Reid then asked (him)"."""
_ASKED = frozenset({"asked", "asks", "ask"})
"""A question put to the pronoun's person ("Kemp asked him"): not another voice the words may be."""


class PronounResolver(AntecedentRivals, ItSpeakers, TheySpeakers, ObjectPositions):
    sentences: list[Sentence]
    sentence_starts: list[int]
    finder: PeopleFinder
    by_pronoun: bool = False
    """Set when the speaker being found came through a pronoun ("he said"): the pronoun sieve."""
    quoted: Spans
    _wholly_quoted: dict[int, bool]
    """Which sentences (by index) lie wholly inside a quotation, as the pronouns' reach has read them."""
    _first_named_at: tuple[list[Mention], dict[str, int]] | None = None
    """The finder's mentions and where each person is first named in them (introduced.py), read once."""

    def _role(self, position: int, end: int, *, verb_follows: bool) -> str | None:
        raise NotImplementedError

    def _first_namings(self) -> dict[str, int]:
        """Where each person is first named outside quotations (`first_namings`), read once for all pronouns."""
        if self._first_named_at is None or self._first_named_at[0] is not self.finder.mentions:
            self._first_named_at = (self.finder.mentions, first_namings(self.finder.mentions))
        return self._first_named_at[1]

    def _resolve_pronoun(self, gender: str, position: int) -> str | None:
        """The person a he/she at `position` refers to: the last sentence subject of that gender.

        Sure only when that person opens their sentence (its subject), is at most two sentences
        back, and nobody else who could be "he" or "she" is named in between. Marks the attribution
        as the pronoun sieve's (`by_pronoun`), so that the sieve is measured on its own.
        """
        speaker = self._paragraph_voice(gender, position) or self._pronoun_antecedent(gender, position)
        self.by_pronoun = self.by_pronoun or speaker is not None
        if speaker is not None and self._doubt is None:
            index = bisect.bisect_right(self.sentence_starts, position) - 1
            clause_start = self.sentences[max(0, index - 1)].start
            clause = unquoted(self.text[clause_start:position])
            if (rival := same_gender_object_at(clause, gender)) is not None and not self._object_is_found(
                speaker, gender, clause_start + rival, self.sentences[max(0, index - 2)].start
            ):
                self._doubt = f"the pronoun could mean whoever “{clause[rival : rival + 3]}” is, named just before"
            elif (named_as := self._first_name_gender(speaker)) is not None and named_as != gender:
                self._doubt = "the pronoun's gender does not fit the first name of the person found"
            elif self.people[speaker].gender is None and unnamed_listener(
                self.text, position, gender, self._mentions_between(clause_start, position), self.people
            ):  # "...," he told her: the one found, of no known gender, may be her (told_pronouns.py)
                self._doubt = "the pronoun's person has no known gender, and may be the one the words are told to"
        return speaker

    def _object_is_found(self, speaker: str, gender: str, at: int, start: int) -> bool:
        """Whether the object "him"/"her" at `at` can only be the person found: the last person of its gender named
        before it (from `start`), with nobody unnamed of that gender met between, and not that person's own
        object ("Reid thanked her" is someone else): "Fans expect him to win", "Reid urged the party to unite
        behind him". A writer with a second person in mind would have named them."""
        before = [
            m
            for m in self._mentions_between(start, at)
            if not m.in_quote and self._gender_fits(self.people[m.person], gender)
        ]
        return (
            bool(before)
            and before[-1].person == speaker
            and _OWN_OBJECT.fullmatch(self.text, before[-1].end, at) is None
            and self._unnamed_between(before[-1].end, at, gender) is None
        )

    def _paragraph_voice(self, gender: str, position: int) -> str | None:
        """The voice the paragraph before ended on, for a paragraph opening `"...," he said` (paragraph_voice.py)."""
        if gender not in {"male", "female"}:
            return None
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        voice = voice_before_paragraph(
            self.article, self.sentences, index, position, self._mentions_between, self.people,
            lambda person: self._gender_fits(person, gender),
        )  # fmt: skip
        if voice is None or named_in_pronouns_speech(self.text, self.sentence_starts, voice.start, gender):
            return None  # "He said ... and noted that Reid had conceded": Reid speaks only in the chain's words
        at = bisect.bisect_right(self.sentence_starts, voice.start) - 1
        if self._unrecognised_subject(at, at) is not None:
            return None  # "Lund said ..., but Aron Vakhtang blamed the fuel": a second voice nobody knows
        return self._speaker_of(voice)

    def _pronoun_antecedent(self, gender: str, position: int) -> str | None:
        if gender == "neuter":
            return self._resolve_it(position)
        if gender == "plural":
            return self._resolve_they(position)
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        # sentences passed over that open with the same pronoun and name nobody ("He added that ...") carry
        # the chain on, so they do not count as distance from the person
        chained = 0
        for sentence_index in reach_back(self.text, self.sentences, index, self.quoted, self._wholly_quoted):
            sentence = self.sentences[sentence_index]
            end = min(sentence.end, position)
            distance = index - sentence_index - chained
            compatible = [
                mention
                for mention in self._mentions_between(sentence.start, end)
                if self._gender_fits(self.people[mention.person], gender)
                and not named_in_pronouns_speech(self.text, self.sentence_starts, mention.start, gender)
                and not self._one_of_two(mention, gender)  # "Reid and Bell scored. He said": "he" is neither
                and not in_glossing_aside(self.text, mention.start)  # `"..." -- that Vos is ... -- "...," he says`
                and not self._names_a_thing(mention)  # "The Reid approach": an approach, not Reid
            ]
            opening = self._opening_role(sentence.start, end) if gender != "neuter" else None
            if opening is not None and not any(
                m.start < opening[1] and not self._object_position(m) for m in compatible
            ):
                if distance > 1:
                    self._doubt = "the pronoun's unnamed person was met several sentences earlier"
                elif any(not self._object_position(mention) for mention in compatible):
                    self._doubt = "the pronoun could mean an unnamed person or someone named"
                elif (name := _NAME_BEFORE_ROLE.match(self.text, sentence.start, end)) is not None:
                    self._doubt = f"the role may be {name.group(1)}'s, a name with no other sign of being a person"
                return opening[0]
            subjects = [
                mention
                for mention in compatible
                if (self.finder.is_subject_position(mention) and not self._object_position(mention))
                or self._speaks_as_agent(mention)  # "was called "useful" by Ravi Olsen": who spoke
            ]  # "Calum Rae met Prime Minister John Boyd.": Boyd is no subject, whoever else the sentence names
            chosen = subjects[0] if subjects else compatible[-1] if compatible else None
            if chosen is None:
                if sentence_index < index and carries_chain(self.text, sentence, gender):
                    chained += 1
                continue
            between = {
                mention.person
                for mention in self._mentions_between(chosen.start, position)
                if self._gender_fits(self.people[mention.person], gender)
                and (
                    mention.person == chosen.person
                    or not (self._object_position(mention) or self._one_of_two(mention, gender))
                )
                and not reported_by(self.text, chosen, mention)
                and not spoken_about(self.text, chosen, mention)
                and not named_in_pronouns_speech(self.text, self.sentence_starts, mention.start, gender)
                and not in_glossing_aside(self.text, mention.start)
                and not self._names_a_thing(mention)
            }
            if len(between) > 1 and not (
                len(between) == 2
                and distance <= 1
                and self._opens_before_rival(chosen, sentence_index, between, position)
            ):
                self._doubt = f"the pronoun could mean any of {len(between)} people named before it"
            elif gender != "neuter" and (
                role := self._unnamed_between(chosen.end, position, gender)
                or unnamed_speaker_between(self.text, chosen.end, position, gender)
                or reported_person_before(self.text, chosen.end, position, gender)
            ):
                self._doubt = f"the pronoun could mean “{role}”, met after {self.people[chosen.person].shown}"
            elif distance > 3 and any(
                m.person != chosen.person and not self._one_of_two(m, gender)
                for m in self._mentions_between(chosen.end, position)
            ):
                self._doubt = "the pronoun's person was last named several sentences earlier, before someone else"
            elif (quoted := self._quoted_between(chosen, self.sentences[index].start, gender)) is not None:
                self._doubt = (
                    f"the pronoun could mean {quoted}, named in a quotation after {self.people[chosen.person].shown}"
                )
            elif self._other_reported_in_paragraph(chosen, sentence_index, index, position):
                self._doubt = "someone else is reported speaking in the pronoun's paragraph, before it"
            elif (voice := self._unknown_voice_between(sentence_index, index)) is not None:
                self._doubt = f"the pronoun could mean {voice}, who speaks after {self.people[chosen.person].shown}"
            elif (
                not subjects
                and not owns_a_thing(self.text, chosen)
                and not self._sole_of_gender(chosen, gender, sentence_index, position)
                and not self._possessor_alone(chosen, gender, sentence_index, position)
            ):  # "Hale's time ..., and he said"
                self._doubt = "the pronoun's person is named only as an object or possessive, not as a subject"
            elif (first_name := self._unrecognised_first_name(chosen, gender, position)) is not None:
                self._doubt = f"the pronoun could mean {first_name}, named after {self.people[chosen.person].shown}"
            elif (unknown := self._unrecognised_subject(sentence_index, index)) is not None:
                self._doubt = f"the pronoun could mean {unknown}, a name with no other sign of being a person"
            elif (opener := self._paragraph_opened_on(sentence_index, index)) is not None:
                self._doubt = f"the pronoun could mean {opener}, who opens the pronoun's paragraph as its subject"
            elif (
                self.sentences[sentence_index].paragraph != self.sentences[index].paragraph
                and not (
                    subjects
                    and introduced_to_speak(
                        self.finder.mentions, chosen, self.text, self.sentences, index, self._first_namings()
                    )
                )
                and (rival := self._rival_speaker(chosen, sentence_index, gender)) is not None
            ):
                self._doubt = (
                    f"the pronoun could mean {rival}, who spoke just before {self.people[chosen.person].shown}"
                )
            elif self.people[chosen.person].gender is None and any(
                mention.person != chosen.person
                and self.people[mention.person].gender == gender
                and not any(spoken_about(self.text, own, mention) for own in near if own.person == chosen.person)
                and may_be_meant_instead(self.text, mention, chosen, later_sentence=index > sentence_index)
                and not (at_once and self._paragraph_of(mention.start) < sentence.paragraph)
                for near in [self._mentions_between(self.sentences[max(0, sentence_index - 2)].start, position)]
                for at_once in [answered_at_once(self.text, self.sentences, sentence_index, index, chosen, position)]
                for mention in near
            ):  # "Ana Ruiz inspected the wall. Tom Reid said she told him ...": "she" may be him or Ruiz, and only
                # Ruiz is known to be a "she"; so too with Ruiz named after him, before the pronoun. Not one the
                # candidate spoke of, in this or an earlier sentence ("Okafor complained that Tom Reid had ignored")
                self._doubt = "the pronoun's person has no known gender, and someone of its gender is named near"
            elif _NOT_SUBJECT.search(
                _ACCORDING.sub(" ", _QUOTED.sub(" ", self.text[sentence.start : chosen.start])).split(",")[-1]
            ) and not (
                self._speaks_as_agent(chosen) or self._sole_of_gender(chosen, gender, sentence_index, position)
            ):  # "According to Atwoli,", "was called "..." by": whose words
                self._doubt = "the pronoun's person is not the subject of the sentence naming them"
            elif named_as_asker(self.text, sentence.start, chosen.start):  # "in response to questions from Ian Cole"
                self._doubt = "the pronoun's person asked the questions there: the answer is someone else's"
            elif in_participle_phrase(self.text, sentence.start, sentence.end, chosen.start, gender):
                self._doubt = "the pronoun's person is named in a phrase leading to another he/she: someone else"
            return self._speaker_of(chosen)
        return None

    def _names_a_thing(self, mention: Mention) -> bool:
        """Whether a person's mention is only a modifier of the noun after it ("The Reid approach"): a body's name
        after "the" ("The State Department made") is the body itself, whom an "it said" may mean."""
        return self.people[mention.person].kind == "person" and names_a_thing(self.text, mention)

    def _opens_before_rival(self, chosen: Mention, sentence_index: int, between: set[str], position: int) -> bool:
        """Whether the candidate opens its sentence and the one other person the pronoun could mean is named only
        after them, speaking nowhere: "Petrakis is a baker who believes that Brandt ..." (leading_subject.py)."""
        sentence = self.sentences[sentence_index]
        others = [
            mention
            for mention in self._mentions_between(self.sentences[max(0, sentence_index - 1)].start, position)
            if mention.person in between and mention.person != chosen.person
        ]
        return leads_over_later_rival(self.text, sentence.start, chosen, self.people[chosen.person], others)

    def _first_name_gender(self, speaker: str) -> str | None:
        """The gender a person's first name says, when the article's signs left theirs unknown (a "she" in the
        next sentence, which may mean someone else, against a "Peter"): never a known gender's contradiction."""
        person = self.people[speaker]
        return gender_of_first_name(person.first) if person.gender is None and person.first else None

    def _other_reported_in_paragraph(self, chosen: Mention, sentence_index: int, index: int, position: int) -> bool:
        """Whether the pronoun's paragraph, not the candidate's, reports someone's speech before the pronoun
        without naming the candidate: "Lee and Park, both drivers, said they would strike. "...," he said" is
        one of them, not the minister of the paragraph before (a said-clause of another between)."""
        paragraph = self.sentences[index].paragraph
        if self.sentences[sentence_index].paragraph == paragraph:
            return False
        first = index
        while first > 0 and self.sentences[first - 1].paragraph == paragraph:
            first -= 1
        start = self.sentences[first].start
        said = _PRONOUN_SAYS.sub(" ", unquoted(self.text[start:position]))  # "he said": the chain itself
        return any(said_by.group(1) not in _ASKED for said_by in _NAME_SAYS.finditer(said)) and all(
            m.person != chosen.person for m in self._mentions_between(start, position)
        )

    def _unknown_voice_between(self, sentence_index: int, index: int) -> str | None:
        """A capitalised name with its own speech verb in the paragraphs between the candidate's and the pronoun's,
        outside quotations, that names no person the people model knows (nobody, or a body it took from capitals
        alone): "Lund was not running. / "...," Cheney said. / "...," she said." goes on with Cheney, whom the
        chain could not see. Someone the model knows there was the chain's to weigh."""
        first = self.sentences[sentence_index].paragraph
        last = self.sentences[index].paragraph
        if last - first < 2:
            return None
        start = self.article.paragraphs[first + 1].start
        end = self.article.paragraphs[last].start
        said = _PRONOUN_SAYS.sub(" ", unquoted(self.text[start:end]))
        for said_by in _NAME_SAYS.finditer(said):
            if said_by.group(1) in _ASKED:
                continue
            at = start + said_by.start()
            named = self._mentions_between(at, at + 1)
            if not named or self.people[named[0].person].kind == "organization":
                return said_by.group(0).split()[0].rstrip(",")
        return None

    def _paragraph_opened_on(self, sentence_index: int, index: int) -> str | None:
        """A name the people model does not know opening the pronoun's paragraph, before the pronoun's sentence,
        when the candidate was named in an earlier paragraph (lone_names.paragraph_opening_subject)."""
        paragraph = self.sentences[index].paragraph
        if self.sentences[sentence_index].paragraph == paragraph:
            return None
        first = index
        while first > 0 and self.sentences[first - 1].paragraph == paragraph:
            first -= 1
        sentence = self.sentences[first]
        name = paragraph_opening_subject(self.text, sentence.start, sentence.end)
        if name is None or self._mentions_between(sentence.start, sentence.start + len(name) + 8):
            return None
        return name

    def _paragraph_of(self, position: int) -> int:
        return self.sentences[max(0, bisect.bisect_right(self.sentence_starts, position) - 1)].paragraph

    def _opening_role(self, start: int, end: int) -> tuple[str, int] | None:
        """An unnamed role as the subject of the sentence's main clause, and where it ends: "A resident in
        her 50s, ..." or, after a phrase leading into it, "Responding to queries, a spokesman for ..."."""
        opening = _SPACES.match(self.text, start, max(start, end)).end()  # type: ignore[union-attr]
        phrase = role_at(self.text, opening, end)
        if phrase is None and (leading := _LEADING_PHRASE.match(self.text, opening, end)) is not None:
            named = self._mentions_between(opening, opening + 1)  # a sentence opening with a name, then a role
            if any(APPOSITION_GAP.fullmatch(self.text, mention.end, leading.end()) for mention in named):
                return None  # "Ann Reid, the chairwoman, told residents": the role is Reid's apposition
            opening = leading.end()
            phrase = role_at(self.text, opening, end)
        if phrase is None or any(m.end >= opening + len(phrase) for m in self._mentions_between(opening, opening + 1)):
            return None  # "The president made the remarks": a description of someone named, no unnamed role
        if _COMMA.fullmatch(self.text, opening + len(phrase), end):
            return None  # "With Ana Ruiz, a reporter, he said": the role is the phrase's apposition, "he" the subject
        comma = _COMMA.match(self.text, opening + len(phrase), end)
        if comma is not None and self._mentions_between(comma.end(), comma.end() + 1):
            return None  # "The school's chair of governors, Imran Qureshi, backed ...": the role is Qureshi's
        return self._role(opening, end, verb_follows=False) or "", opening + len(phrase)
