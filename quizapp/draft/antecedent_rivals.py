"""Someone else a "he said" may mean, between the person the pronoun sieve found and the pronoun.

Mixed into the pronoun resolver (pronouns.py), which walks back through the sentences to the nearest
subject of the pronoun's gender; these checks then look for a rival that leaves the attribution unsure: one
of two people joined as a subject ("Reid and Bell scored. He said"), a capitalised name the people model did
not take ("Kofi Mensah opened the meeting. ... He said"), someone of that gender who spoke in the
sentences before ("Judge Reid told the court ... / Joe Hale showed no emotion. / "...," he said."), someone
named in a quotation in between, or an unnamed person met in between ("Smith met a local farmer. "...," he
said."). English allows each reading, and a wrong speaker is a wrong answer key. They are apart from the
chain walk because they read what lies between the candidate and the pronoun, not how far back it reaches.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from quizapp.draft.clause_openings import clause_openings
from quizapp.draft.first_names import gender_of_first_name, is_common_first_name
from quizapp.draft.genders import ROLE_GENDER_WORDS, role_gender
from quizapp.draft.last_speaker import held_as, modifies_a_noun, speaks_there
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import NAME_STOPWORDS, ORGANIZATION_WORDS, ROLE_NOUNS, SPEAKS_NEXT, SPEECH_VERB, TITLE_WORDS
from quizapp.draft.lone_names import lone_subjects
from quizapp.draft.passers_by import PASSER_BY_NOUNS
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Mention, Person
from quizapp.draft.plural_subjects import other_of_pair
from quizapp.draft.pronoun_rivals import unquoted, voiced_by_pronoun
from quizapp.draft.reported import reports_speech
from quizapp.draft.reported_rivals import AFFILIATION, named_in_pronouns_speech
from quizapp.draft.roles import ROLE_PHRASE, UNNAMED_ONLY_ROLE_NOUNS, may_be_a_thing, role_at
from quizapp.draft.sentences import Sentence
from quizapp.draft.sieve_host import SieveHost
from quizapp.draft.spans import Spans
from quizapp.draft.spoken_about import paragraph_around, quoted_in_own_paragraph

_WORDS = lazy_compile(r"[\w'’-]+")
APPOSITION_GAP = lazy_compile(r"\s*(?:,\s*\d{1,3}\s*)?[,(—–]\s*")
"""Between a name and a role that is its apposition: "Brenda Lee, a resident", "Ann Reid, 54, a teacher"."""
_PREDICATE = lazy_compile(
    r"(?:\b(?:is|was|are|were|be|been|became|becomes|remains|remained)|\b(?:[Hh]e|[Ss]he)['’]s)\s+$"
)
"""Before a role that is what a clause's subject is ("Singapore was the closest neighbour", "She's a nurse"), not
someone else."""
_APPOSITION_CHAIN = lazy_compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?(?:\s*\([A-Z][\w.,\s-]{0,15}\))?"
    r"\s*(?:,\s*\d{1,3}\s*)?[,(—–]\s*(?:(?:him|her)self\s+)?"
    r"(?:(?:a|an|the)\s+[^,.;:!?()—–\"“”]{1,60}?\s+and\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}"
)
"""From a name to a role of its apposition, past where the person is from or their party ("Jo Park (D), a nurse"), a
"herself" and a first role joined by "and": "Jo Park of Leeds, a nurse", "Jo Park, herself a nurse", "Jo Park, a
nurse and (a member of the board)", and the first names of an owner the role is of ("Jo Park, Ann Reid's (aide)").
`APPOSITION_GAP` is its plain case."""
_GENDER_PRONOUN = {
    "male": lazy_compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b"),
    "female": lazy_compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"),
}
_POSSESSED_ROLE = lazy_compile(r"(?<=['’]s|s['’])(?:\s+[a-z][\w-]*){1,3},\s+")
"""After a possessive name, the role it owns and the comma before that role's holder: "('s) retail analyst, "."""
_LONE_NAME = lazy_compile(r"\s*([A-Z][a-z][\w'’-]*)(?:\s*,\s*\d{1,3}\s*,|\s+(?:was|is|had|has|[a-z]+ed)\b)")
"""One capitalised word opening a sentence as its subject, with an age or a verb after it: "Pike, 44, was"."""
_SOMEONE_NOUNS = ROLE_NOUNS | UNNAMED_ONLY_ROLE_NOUNS | PASSER_BY_NOUNS | ROLE_GENDER_WORDS
"""Nouns for a person: a role, a passer-by, a relative ("foreman", "woman", "mother")."""
_TITLE_TO_NAME = lazy_compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}")
"""From a role noun to the name it titles: "councillor (Ann Reid)"."""
_APPOSITION_TO_ROLE = lazy_compile(r",\s+(?:[\w'’-]+\s+){0,4}")
"""From a name to the role in apposition after it: "Ann Reid, the local (councillor)"."""
_SOLE_REACH = 12
"""Sentences back from the candidate's that "the only person of that gender" is judged over, at most: the rule
reads every word of its window, and a paste with no paragraph breaks made that window the whole text for every
pronoun (34 s for 2,000 repeats of a two-sentence paragraph run together)."""
_OWNED_WORD = lazy_compile(r"[’']s?\s+([a-z][\w-]*)")
"""The word a possessive name owns first: "(Reid's) campaign"."""
_PERSON_ENDING = lazy_compile(r"(?:er|or|ist|ian|ant)s?$")
"""Endings of nouns for people ("supporter", "director", "strategist", "aide" is a role noun): they may be the
pronoun's person."""
_LONE_FIRST_NAME = lazy_compile(r"([A-Z](?<!\w.)[a-z]+)\b(?!\s+[A-Z])")
_NAME_BEFORE = lazy_compile(r"[A-Z][\w'’-]*\s+$")
"""A capitalised word standing alone, as children and partners are named in a list ("Peter and Sarah"): a full
name the people model passed over is read by `_unrecognised_subject`, or is someone a reported clause spoke of.
The lookbehind after the capital of `_LONE_FIRST_NAME` is the word boundary before it: a pattern opening with a
character class is scanned for that class by the regular expression engine itself, twice as fast as one opening
with a word boundary, which is tried at every character between the candidate and the pronoun."""
_UNRECOGNISED = lazy_compile(r"\s*([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\s+([a-z]+)")
"""Two or three capitalised words opening a sentence, then a lowercase word: a name and its verb."""
_UNRECOGNISED_VOICE = lazy_compile(
    r"\s*([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2}),(?=\s+(?:[A-Z][\w'’.-]*\s+){0,4}(?!and\b)[a-z])"
    r"[^.;:!?\"“”]{1,160}?,"
    r"\s+(?:[a-z]+\s+){0,2}?(" + SPEECH_VERB + r")\b"
)
"""The same name set apart from its speech verb by its apposition or a clause about it: "Yuki Sato, director of the
agency, said" or "Ana Ruiz, who lost her son Tom Ruiz in the fire, said". The apposition has a small-letter word
within its first five ("Harbour Board chair for the town"), not "and" (a list of names, "Ana Ruiz, Tom Reid and
Kim Lee said"), and the verb must be a speech verb."""
_UNRECOGNISED_AFTER_OWNER = lazy_compile(
    r"\s*(?:[A-Z][\w.&-]*\s+){0,3}?[A-Z][\w.&-]*(?:['’]s|(?<=s)['’])\s+"
    r"([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})\s+([a-z]+)"
)
"""The same name and verb after the outlet or body it works for, as a possessive: "Fox News' Bret Baier noticed",
"CNN's Jake Tapper asked". The owner is no subject; the name after it is."""
_THEIR_ROLE = lazy_compile(
    r"(?:^|(?<=[.!?]\s))(?:His|Her|Their)\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")\b(?!\s*,?\s*[A-Z])"
)
"""A role of someone's opening a sentence and named by no name after it ("His striker was sent off."): a
person of its own, whom a pronoun after it may mean."""


class AntecedentRivals(SieveHost):
    """Mixed into the pronoun resolver: a rival of the pronoun's candidate, named or not, or None."""

    sentences: list[Sentence]
    sentence_starts: list[int]
    finder: PeopleFinder
    quoted: Spans
    _quoted_mentions: list[Mention] | None = None
    """The finder's mentions inside quotations, in text order (built on first use)."""
    _quoted_starts: list[int]

    if TYPE_CHECKING:  # the pronoun resolver's own method: declared, never shadowed

        def _object_position(self, mention: Mention) -> bool:
            raise NotImplementedError

    def _one_of_two(self, mention: Mention, gender: str) -> bool:
        """Whether the mention is one of two people joined as a subject, the other not known to be of another
        gender than the pronoun's (plural_subjects.py): "Reid and Bell scored. He said" means neither."""
        sentence = self.sentences[max(0, bisect.bisect_right(self.sentence_starts, mention.start) - 1)]
        other = other_of_pair(self.text, mention.start, mention.end, sentence.start)
        if other is None:
            return False
        named = [m for m in self._mentions_between(*other) if m.person != mention.person][:1]
        other_gender = self.people[named[0].person].gender if named else role_gender(self.text[other[0] : other[1]])
        return other_gender in {None, gender}

    def _unrecognised_subject(self, first: int, last: int) -> str | None:
        """A capitalised name opening a sentence of the candidate's paragraph (the one at `first`) up to the
        pronoun's (at `last`), with its verb after it, that the people
        model did not take for anyone: "Kofi Mensah opened the meeting. His deputy, Ama Owusu, ... He said":
        Mensah, though unrecognised, is who "he" may mean."""
        paragraph = self.sentences[first].paragraph
        for sentence in self.sentences[max(0, first - 2) : last + 1]:
            if sentence.paragraph < paragraph:
                continue  # a paragraph before the candidate's: the candidate's own paragraph took over from it
            openings = [
                _UNRECOGNISED.match(self.text, sentence.start, sentence.end),
                _UNRECOGNISED_VOICE.match(self.text, sentence.start, sentence.end),
                _UNRECOGNISED_AFTER_OWNER.match(self.text, sentence.start, sentence.end),
            ]
            openings += clause_openings(self.text, sentence.start, sentence.end)  # "..., but Aron Vance blamed"
            openings += lone_subjects(self.text, sentence.start, sentence.end)  # "HyunA revealed": a stage name
            for opening in openings:
                if opening is None or self._mentions_between(opening.start(1), opening.end(1)):
                    continue
                words = opening.group(1).split()
                role = _POSSESSED_ROLE.match(self.text, opening.end(1))
                if role is not None and self._mentions_between(role.end(), role.end() + 1):
                    continue  # "Shore Capital's retail analyst, Priya Venkat,": the named analyst is the subject
                if (
                    words[0] not in NAME_STOPWORDS
                    and words[0] not in TITLE_WORDS
                    and ORGANIZATION_WORDS.isdisjoint(words)
                    and opening.group(2) not in ROLE_NOUNS  # "Former England captain Rosa Kemp": a role's qualifier
                    and opening.group(2)
                    != "and"  # "Kofi Mensah and Ama Owusu scored": two, not "he" (plural_subjects.py)
                ):
                    return opening.group(1)
        return None

    def _unrecognised_first_name(self, chosen: Mention, gender: str, position: int) -> str | None:
        """A first name of the pronoun's gender after the candidate and before the pronoun that the people model
        did not take for anyone: "his wife Cherie and their children, Josh and Joanne, who works at the school.
        She said": Joanne, named last, is as likely "she" as the wife. The first-name lists know the name even
        where a list of children gives the people model no other sign of a person."""
        if gender not in {"male", "female"}:
            return None
        own = {word.lower() for word in self.people[chosen.person].name.split()}
        for word in _LONE_FIRST_NAME.finditer(self.text, chosen.end, position):
            name = word.group(1)
            if name.lower() in own or not is_common_first_name(name) or gender_of_first_name(name) != gender:
                continue
            if _NAME_BEFORE.search(self.text, max(chosen.end, word.start() - 30), word.start()):
                continue  # the end of a longer name ("Mayor Anna"): not a word standing alone
            if not self._mentions_between(word.start(), word.end()) and not self._inside_other_quote(word.start()):
                return name
        return None

    def _rival_speaker(self, chosen: Mention, sentence_index: int, gender: str) -> str | None:
        """Someone else of the pronoun's gender who spoke in the two sentences before the one naming its candidate,
        when that sentence does not report speech and the pronoun is in a paragraph of its own: "Judge Reid told
        the court the crime was cruel. / Joe Hale showed no emotion. / "You are a danger," he said." A paragraph
        of speech after one about a silent person may go on with the speaker before; in the silent person's own
        paragraph ("Mr. Trump also focused on trade. "...," he wrote.") the words are his. Someone named in those
        sentences only before the candidate is named there again as a subject is no rival: the candidate spoke or
        acted last ("Reid has said she would ... Ann Kemp said she ... / Kemp graduated ... / "...," she said.").
        In a paragraph before the candidate's, a rival must be the voice of its speech ("Reid told the court"), not
        someone named in another's words or by a passive ("Reid sent what has been described as an army")."""
        if reports_speech(self.text[self.sentences[sentence_index].start : self.sentences[sentence_index].end]):
            return None  # "Richter and Maurer both rejected that view. "...," he noted.": Maurer answers
        paragraph = self.sentences[sentence_index].paragraph
        rival: str | None = None
        for earlier in self.sentences[max(0, sentence_index - 2) : sentence_index]:
            narration = earlier.paragraph == paragraph
            if not narration and not reports_speech(self.text[earlier.start : earlier.end]):
                continue  # in the candidate's own paragraph of narration, any subject of its gender is a rival:
                # "Ogundipe scored twice. Ndiaye pulled one back. / "...," he said." may be either of them
            for mention in self._mentions_between(earlier.start, earlier.end):
                person = self.people[mention.person]
                if mention.person == chosen.person:
                    if self.finder.is_subject_position(mention) and not self._object_position(mention):
                        rival = None  # the candidate speaks or acts after them: "Ruiz said. Kemp said she ..."
                elif (
                    rival is None
                    and self._gender_fits(person, gender)
                    and not self._object_position(mention)
                    and (narration or speaks_there(self.text, mention.start, mention.end))
                ):  # in a paragraph before, the one who speaks: not "Menino, who sent what has been described as"
                    rival = person.shown
        return rival

    def _quoted_between(self, chosen: Mention, end: int, gender: str) -> str | None:
        """Someone else of the pronoun's gender named inside a quotation between its candidate and the pronoun's
        sentence: `Okoye praised Reid. "Ann Hale saved this club," he said. "...," she said.`: "she" may be Hale.

        The quoted mentions are kept apart, sorted by start, so only those in the range are read: scanning
        every mention for every pronoun made a long article quadratic."""
        if self._quoted_mentions is None:
            self._quoted_mentions = [mention for mention in self.finder.mentions if mention.in_quote]
            self._quoted_starts = [mention.start for mention in self._quoted_mentions]
        index = bisect.bisect_left(self._quoted_starts, chosen.end)
        for mention in self._quoted_mentions[index : bisect.bisect_left(self._quoted_starts, end)]:
            start, stop = paragraph_around(self.text, mention.start)  # "“Ruiz is ...,” Brook said": Brook's
            holding = self.quoted.holding(mention.start)
            if (
                mention.person != chosen.person
                and not quoted_in_own_paragraph(self.text, chosen, self._mentions_between(start, stop))
                and not (holding is not None and voiced_by_pronoun(self.text, *holding, gender))
            ):  # "He added: "We fear for Pell."": Pell is spoken of by the "he" the chain goes on with
                person = self.people.get(mention.person)
                if person is not None and self._gender_fits(person, gender):
                    return person.shown
        return None

    def _unnamed_between(self, start: int, end: int, gender: str) -> str | None:
        """An unnamed person who could be the pronoun's, met between its named candidate and it: "Smith met a
        local farmer. "...," he said." Roles in quotations, after a preposition, or with a name are not."""
        text = self.text[start:end]
        if not ROLE_NOUNS.intersection(_WORDS.findall(text.lower())):
            return None  # no role noun at all: the usual case, decided without the role pattern
        text = unquoted(text)
        for match in ROLE_PHRASE.finditer(text):
            phrase = role_at(text, match.start(), len(text))
            if (
                phrase is None
                or role_gender(phrase) not in {None, gender}
                or modifies_a_noun(text, match.end())
                or may_be_a_thing(text, phrase, match.start() + len(phrase))  # "where the head was found"
            ):
                continue
            at = start + match.start()
            if (
                _APPOSITION_CHAIN.fullmatch(text, 0, match.start())
                or _PREDICATE.search(text, 0, match.start())
                or held_as(text, match.start(), match.end())
            ):
                continue  # "Brenda Lee, 54, a resident,", "Singapore was the closest neighbour": what someone is
            if self._linked(at) or self._object_position(Mention(at, at + len(phrase), "", False, False)):
                continue  # "with a farmer", "thanked a farmer": not who the next sentence's pronoun means
            if self._spoken_of(start, at, at + len(phrase), gender):
                continue  # "Lee said that the candidate was ...", "He said he backs whoever the party picks"
            return phrase
        for match in _THEIR_ROLE.finditer(text):  # "His striker was sent off.": someone else the pronoun may mean
            at = start + match.start()
            if role_gender(match.group(0)) in {None, gender} and not self._mentions_between(at, at + 40):
                return match.group(0)
        return None

    def _spoken_of(self, start: int, at: int, end: int, gender: str) -> bool:
        """Whether the definite role at text[at:end] is someone spoken of, not a new voice: in the clause that the
        candidate ending at `start` reports, in the candidate's sentence ("Lee, the manager, said that the candidate
        was", "Lee said it helps the candidate"), or named after a he/she of the pronoun's gender that is its
        sentence's subject ("He said he backs whoever the party picks"), with no speech verb of its own
        (reported_rivals.py, as for names). "The candidate" is someone the story already has; "a local farmer" in
        the same place is a new person, who may be the next "he"."""
        if not self.text.startswith(("the ", "The "), at) or SPEAKS_NEXT.match(self.text, end) is not None:
            return False
        affiliation = AFFILIATION.match(self.text, start, at)  # "Lee of the union, a driver, said"
        said = SPEAKS_NEXT.match(self.text, affiliation.end() if affiliation else start, at)
        if said is not None and bisect.bisect_right(self.sentence_starts, start) == bisect.bisect_right(
            self.sentence_starts, at
        ):
            return True  # in the clause the candidate's own speech verb reports, in the candidate's sentence
        return named_in_pronouns_speech(self.text, self.sentence_starts, at, gender)

    def _linked(self, position: int) -> bool:
        """Whether a description at `position` is a mention of someone named ("the French president")."""
        return any(mention.start == position for mention in self._mentions_between(position, position + 1))

    def _sole_of_gender(self, chosen: Mention, gender: str, sentence_index: int, position: int) -> bool:
        """Whether the candidate, known to be of the pronoun's gender, is the only person the pronoun could mean
        named anywhere (object, possessive or quoted too) from the paragraph before the candidate's to the
        pronoun, with no unnamed person of that gender met there: the writer had nobody else to mean. "The
        delay was criticised by Ann Reid. / "...," she said.": Reid is no subject, but the only "she"."""
        if gender not in {"male", "female"} or self.people[chosen.person].gender != gender:
            return False
        first = sentence_index
        while first > 0 and self.sentences[first - 1].paragraph >= self.sentences[sentence_index].paragraph - 1:
            first -= 1
            if sentence_index - first > _SOLE_REACH:
                return False  # two paragraphs of this length are no short stretch with one person in it
        start = self.sentences[first].start
        every = self.finder.mentions  # sorted by start: only the window's are read, quoted ones too
        low = bisect.bisect_left(every, start, key=lambda mention: mention.start)
        high = bisect.bisect_left(every, position, key=lambda mention: mention.start)
        if any(m.person != chosen.person and self._gender_fits(self.people[m.person], gender) for m in every[low:high]):
            return False
        own = [m for m in self._mentions_between(start, position) if m.person == chosen.person]
        if _GENDER_PRONOUN[gender].search(unquoted(self.text[start : min(m.start for m in own)])):
            return False  # `"...," he said.` before the candidate is named: another "he" was in the story
        for word in _WORDS.finditer(unquoted(self.text[start:position])):  # "Night foreman Lars Pike": someone
            if word.group(0).lower() in _SOMEONE_NOUNS and not any(  # unnamed, or named as nobody known
                _TITLE_TO_NAME.fullmatch(self.text, start + word.end(), m.start)
                or _APPOSITION_TO_ROLE.fullmatch(self.text, m.end, start + word.start())
                for m in own
            ):  # the candidate's own title ("councillor Ann Reid", "Ann Reid, the councillor") is no one else
                return False
        pronoun_sentence = bisect.bisect_right(self.sentence_starts, position) - 1
        for sentence in self.sentences[first : pronoun_sentence + 1]:  # "Pike, 44, was warned by": a bare surname
            lone = _LONE_NAME.match(self.text, sentence.start, sentence.end)
            if lone and lone.group(1) not in NAME_STOPWORDS and not self._mentions_between(lone.start(1), lone.end(1)):
                return False
        return (
            self._unnamed_between(start, position, gender) is None
            and self._unrecognised_subject(first, pronoun_sentence) is None
        )

    def _possessor_alone(self, chosen: Mention, gender: str, sentence_index: int, position: int) -> bool:
        """Whether a possessive candidate ("Reid's campaign released a plan. He said ...") is the only person the
        pronoun could mean from the sentence before the candidate's to the pronoun: what the name owns is no person
        ("Reid's lawyer" may be the "he"), and nobody else of the pronoun's gender is named there, as a subject,
        object or possessive, nor met unnamed. The writer who names one man, as an owner, then says "he" means
        him; with another man named near, the pronoun stays unsure."""
        if not chosen.possessive or gender not in {"male", "female"} or self.people[chosen.person].gender != gender:
            return False
        owned = _OWNED_WORD.match(self.text, chosen.end)
        if owned is None or owned.group(1).lower() in _SOMEONE_NOUNS or _PERSON_ENDING.search(owned.group(1)):
            return False
        start = self.sentences[max(0, sentence_index - 1)].start
        for m in self._mentions_between(start, position):
            if m.person == chosen.person or not self._gender_fits(self.people[m.person], gender):
                continue
            if m.start > chosen.start or (self.finder.is_subject_position(m) and not self._object_position(m)):
                return False  # someone of the gender named after the owner, or a subject before it
        return self._unnamed_between(chosen.end, position, gender) is None

    @staticmethod
    def _gender_fits(person: Person, gender: str) -> bool:
        if gender == "neuter":
            return person.kind == "organization"  # "it said": a company, a council, a ministry
        return person.kind == "person" and person.gender in {None, gender}
