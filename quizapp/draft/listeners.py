"""Names beside a speech verb that are not surely its speaker: the one told, the one reported, an object.

Mixed into the attributor. `Leo Grant was told by the mayor: "..."` names Grant as the subject
of the sentence, but a speech verb in the passive makes its subject the one who heard the words.
The speaker is the person named right after "by", when there is one, or nobody: taking the
subject would put the words in the listener's mouth, a wrong answer key.

`Tom Reid said Leo Grant had told him the harbour was "in a dreadful state"`: the speech verb
nearest the quotation is Grant's, but it is inside what Reid said, so the quoted words may be
Reid's report in his own words as well as Grant's. That speaker stays unsure.
"""

from __future__ import annotations

import re

from quizapp.draft.bodies import body_before_participle
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ABBREVIATION, ROLE_NOUNS, SPEECH_VERBS, word_set
from quizapp.draft.name_modifiers import before_and, compound_title_before, joined_by_and_a_role
from quizapp.draft.people import PeopleFinder
from quizapp.draft.person import Mention
from quizapp.draft.quoted_spans import QUOTED_SPAN
from quizapp.draft.roles import role_person
from quizapp.draft.sentences import Sentence
from quizapp.draft.sieve_host import SieveHost

_PASSIVE_ABLE = SPEECH_VERBS | {"called", "described", "branded", "labelled", "labeled", "dubbed", "hailed"}
_REPORTED_OF_SUBJECT = r"(?<=reported)\s+(?:to|as)\b"
"""After "is reported": "to have called", "as saying": the subject's own words, which others passed on."""
_BE_REPORTED = lazy_compile(r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?$")
_DETERMINER_BEFORE = lazy_compile(r"\b(?:the|a|an|no|any|its|his|her|their|our|these|those|this)\s+$", re.IGNORECASE)
"""A determiner right before "reported": an adjective ("the reported bomber", "no reported problems"), no verb."""
PASSIVE = lazy_compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?:\w+ly\s+)?(?:"
    + "|".join(sorted((verb for verb in _PASSIVE_ABLE if not verb.endswith("ing")), key=len, reverse=True))
    + r")\b(?!"
    + _REPORTED_OF_SUBJECT
    + r")(?:\s+by\s+)?"
)
"""A speech verb in the passive right after a name: "was told (by)", "had been warned", "was described by
neighbours as": the words are the agent's, or nobody's when no person is named after "by". Not "is reported to have
called", "was reported as saying": the subject's own words, which others passed on."""


_OF_SUBJECT = lazy_compile(_REPORTED_OF_SUBJECT)


def reported_of_subject(text: str, verb: re.Match[str]) -> bool:
    """Whether a speech verb is "reported" and says nobody reported the words: the passive of someone's own saying
    ("Reid is reported to have called the plan "..."", "was reported as saying": the subject's own verb follows), or
    an adjective ("Reid said the reported bomber had "..."")."""
    if verb.group(0) != "reported":
        return False
    before = max(0, verb.start() - 30)
    return _DETERMINER_BEFORE.search(text, before, verb.start()) is not None or (
        _OF_SUBJECT.match(text, verb.end()) is not None and _BE_REPORTED.search(text, before, verb.start()) is not None
    )


_SPACES = lazy_compile(r"\s*")
"""The spaces a stretch of text opens with, matched in place: not a stripped copy of the stretch."""
_AGENT_OF_SAYING = lazy_compile(
    r"^\s*(?P<subject>[^,]*?)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:"
    + "|".join(sorted((verb for verb in _PASSIVE_ABLE if not verb.endswith("ing")), key=len, reverse=True))
    + r")\b[^,]*?\bby\s+(?P<agent>(?:[\w'’.-]+\s+){0,10})$"
)
_PERSONAL = frozenset({"he", "she", "they", "i", "we", "you", "him", "her", "them"})


_SOURCE_OF_WORDS = lazy_compile(
    r"\b(?:statement|letter|email|e-mail|message|announcement|release|memo|post)\s+(?:\w+ed\s+)?(?:from|by)\s+"
    r"(?:(?!(?:for|of|on|to|behalf|at|with)\b)[\w'’.-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""A written statement's source right before a name: "according to a statement from", "in a letter signed by
vice president": the name is who gave the words, as the subject of a said-clause is. Not past "for" or "of":
"a statement from the lawyer for" names the lawyer's client, who did not speak."""


def agent_of_saying(clause: str) -> bool:
    """Whether a clause ending before a name makes that name the one who spoke in it: "The meeting was described
    as "useful" by union secretary" (its quotations blanked). The name is who did the saying, and the
    clause's subject is a thing, in lower case after its first word: never a person, named or not ("Foreman Lars Pike
    was warned by", "The striker was described by", "He was told by": either may be who speaks next)."""
    if _SOURCE_OF_WORDS.search(clause) is not None:
        return True  # "..., according to a statement from Frank Ruiz": Ruiz gave the words
    match = _AGENT_OF_SAYING.match(clause)
    if match is None:
        return False
    words = _WORDS.findall(match.group("subject"))
    return (
        bool(words)
        and all(word.islower() for word in words[1:])  # "The meeting", never a name: "Foreman Lars Pike was told by"
        and not {word.lower() for word in words} & (_PERSONAL | ROLE_NOUNS)
        and "by" not in _WORDS.findall(match.group("agent"))
    )


_WHO_THEN = lazy_compile(r"\s*,?\s*who\s+(?:(?:also|later|then|has|had|have|\w+ly)\s+)?")
"""Between a name and the speech verb: a relative clause ("Grant, who said"), whose subject the name is."""
_AS_SAYING = lazy_compile(r"\s+(?:as\s+)?$")
_AND = lazy_compile(r"\band\b")
_WORDS = lazy_compile(r"[\w'’-]+")
_CHAINING = frozenset({"then", "later", "also", "again"})
"""Words between "and" and the verb it joins: "and then added"."""
_AUXILIARIES = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "does"})
"""A verb "and" may join to the subject's clause: "Ann, who has worked there for years and is a steward, said:" has
one subject, never two; a second subject after "and" is a noun phrase, never a verb."""
_BARE_TITLE_AND = lazy_compile(
    r",\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)*\s+and\s+(?!(?:a|an|the|his|her|their|its|my|our)\b)[a-z][^,]*"
)
"""An apposition of titles with no article before the second: ", chair and chief executive of Acme"."""
_RELATIVE = lazy_compile(r"\s*(?:who|whose|which)\b")
"""An apposition that is a relative clause: its "and" joins what the clause says, never a second speaker."""
_PREDICATE_BEFORE = lazy_compile(r"\s+[a-z]")
"""Words in lower case right after the subject, before the "and": the subject's verb ("Ruiz appeared with Okoye
and endorsed", "Ruiz wears a suit and tie"), so the "and" joins parts of what the subject does, not a second
subject; a second subject is then only a name right after the "and". An apposition opens with a comma instead."""
_OPENS_CLAUSE = lazy_compile(r"(?:^|[,:;(—–]|\b[A-Z][\w.'’-]*)\s*$")
"""What may come right before a subject that opens its clause: nothing, a comma, a title ("Sen. Ruiz"); not a verb
("The film shows Ruiz wanting ... and depicts": Ruiz is the verb's object, the film the subject)."""
_OWN_APPOSITION = lazy_compile(r",(?:[^,;:\"“”]|" + ABBREVIATION + r"){3,120}?,(?=\s+[a-z])")
"""The subject's own apposition, closed and then its verb: ", the chair of the Vermont party, is supporting": the
words after it are what the subject does."""
_RELATIVE_WITHIN = lazy_compile(r"\b(?:who|whose|which)\b")
"""A relative pronoun in the apposition before the "and": the "and" joins what that clause says."""
_ARTICLE_BEFORE = lazy_compile(r"\b(?:a|an)\s+$")
"""Before a name used as a noun's modifier: "and a Cruz supporter", never a second speaker."""
_NAME_OPENING = lazy_compile(r"\s*(?:(?:the|his|her|their|[A-Z][\w.'’-]*)\s+)*")
"""What may stand between "and" and a second subject's name: a determiner, a title ("and Sen. Ana Ruiz")."""
_PREPOSITION_BEFORE = lazy_compile(r"\b(?:of|at|for|from|in|with|on)\s+(?:the\s+)?$")
"""Before a name that is where a title is held ("director of Veld Ferries"), never a second speaker."""
_RELAYED = lazy_compile(
    r"\b(?:quoting|(?:citing|cited|cites)(?=\s+(?:[A-Z]|(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:reports?|stud(?:y|ies)|statements?|letters?|remarks|comments|words|sources?|officials?|figures|data|"
    r"surveys?|research|polls?|documents?|memos?|emails?|messages?|posts?|tweets?)\b))|"
    r"read\s+(?:out|from)|reading\s+(?:out|from)|"
    r"quot(?:ed|es)\s+(?=[A-Z])(?![^.;:!?\"“”]*\bas\s+(?:saying|telling|writing|adding|stating)\b)|"
    r"(?:a|an|the)\s+(?:letter|message|note|email|text|post)\s+(?:from|by|written\s+by))\b"
)
"""A said-clause relaying someone else's words: "Reid said, quoting Okoye", "Reid quoted Okoye:", "read out a
letter from Okoye:", "citing a report by". Citing a reason names no other voice ("citing the possibility of talks",
"citing ill health"), so "citing" relays only before a name or a source of words. Not "quoted" without a name
after it, nor "cited": "says Crair, quoted in a statement" is Crair being quoted, his own words, and so is "quoted
Crair as saying"; nor "a statement from", which is as often where it was read ("from the steps")."""
_NO_BREAK = lazy_compile(r"[^,;:.!?\"“”]*")
"""Between a relaying word and the name it quotes: no clause break ("quoting party chief Amit Rao")."""
_PRONOUN_REPORTS = lazy_compile(r"\b([Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?[a-z]+$")
"""A he or she right before the reporting verb: "He wrote (a letter ...)"."""
_RELAYED_WORDS = ("quot", "cit", "read", "letter", "message", "note", "email", "text", "post")
"""Every match of `_RELAYED` (which heeds case) holds one of these words."""
_COORDINATED = lazy_compile(r"[,;.]|\b(?:and|but|while|whereas)\b")
"""Between two speech verbs, a clause boundary ("Reid said it was fair, but Grant told ...", "When the MLAs
asked why, Roy said"): the second verb is not inside what the first reports."""


_PRONOUN_THEN_VERB = lazy_compile(
    r"\s*(?:he|she|He|She)\s+(?:(?:also|then|later|again|\w+ly)\s+)?(?!(?:and|or|nor)\b)([a-z][\w'’-]*)\s+"
    r"(?:[A-Z][\w.'’-]*\s+)*"
)
"""A clause its pronoun opens, then the verb, then title-case words: "She asked Lord ", "He thanked "."""
_ADDRESSED = word_set("told tells asked asks urged urges warned warns reminded reminds assured assures")
"""Speech verbs whose name after them is the one spoken to; other speech verbs ("said Ruiz had") report a clause."""


_PERCEIVED = lazy_compile(
    r"\b(?:heard|overheard|seen|saw|filmed|recorded|caught|captured|captures|shows?|showed|shown|watched|"
    r"(?:footage|video|recording)\s+of)\s+(?:[\w'’-]+\s+){0,4}$"
)
"""Before a participle of saying: someone heard, seen or filmed ("the CCTV shows the driver shouting", "was heard
saying"), whom the participle is about, and who may be another than the sentence's subject."""


_OBJECT_THEN_QUOTE = lazy_compile(r"\s+(?:me|him|her|them|us|you)\s*[,:]?\s*$")
"""`asked her, "`: the verb's listener, then the quotation."""


class Listeners(SieveHost):
    """Mixed into the attributor: the speaker of a passive speech verb, and speech reported within speech."""

    finder: PeopleFinder

    def _mention_at(self, position: int, limit: int) -> Mention | None:
        raise NotImplementedError

    def _object_position(self, mention: Mention) -> bool:
        raise NotImplementedError

    def _in_subordinate_clause(self, start: int, mention: Mention) -> bool:
        raise NotImplementedError

    def _subject(self, start: int, end: int) -> str | None:
        raise NotImplementedError

    def _sentence_at(self, position: int) -> Sentence:
        raise NotImplementedError

    def _object_of_pronoun(self, start: int, mention: Mention) -> bool:
        """Whether `mention` is the object of the verb right after the pronoun opening the clause at `start`: "She
        asked Lord Freud:", "He thanked Ana Ruiz:". The pronoun is the subject, the name the one spoken to."""
        opening = _PRONOUN_THEN_VERB.fullmatch(self.text, start, mention.start)
        return opening is not None and (opening.group(1) not in SPEECH_VERBS or opening.group(1) in _ADDRESSED)

    def _speaks_as_agent(self, mention: Mention) -> bool:
        """Whether `mention` is named after "by" as the one who spoke in a passive about a thing: "The meeting was
        called "useful" by union secretary Ravi Olsen." (`agent_of_saying`): the logical subject of the saying."""
        sentence = self._sentence_at(mention.start)
        return agent_of_saying(QUOTED_SPAN.sub(" ", self.text[sentence.start : mention.start]).split(",")[-1])

    def _participle_subject(self, start: int, participle_at: int) -> str | None:
        """Who is "saying": `Reid quoted Okoye as saying` is Okoye; `Reid recalled Okoye saying` is Okoye as
        Reid recalls, unsure; `Reid spoke for an hour, saying` is the sentence's subject."""
        if _PERCEIVED.search(self.text, max(start, participle_at - 60), participle_at) is not None:
            self._doubt = "the words are of someone heard or seen saying them, perhaps not the sentence's subject"
        named = self._mentions_between(start, participle_at)
        last = named[-1] if named else None
        if last is None or named[0] is last or not _AS_SAYING.fullmatch(self.text, last.end, participle_at):
            subject = self._subject(start, participle_at)
            if subject is None and (body := body_before_participle(self.text, self._spaces_end(start), participle_at)):
                person = role_person(self.finder.people, body)  # "The club released a statement saying"
                self.people[person.id] = person
                return person.id
            return subject
        if "as" not in self.text[last.end : participle_at]:
            self._doubt = "someone else recalls or reports these words of theirs"
        return self._speaker_of(last)

    def _spaces_end(self, position: int) -> int:
        """Where the spaces at `position` end: the clause's first word."""
        return _SPACES.match(self.text, position).end()  # type: ignore[union-attr]

    def _doubt_together(self, start: int, subject: Mention, verb_at: int) -> None:
        """Doubt a speaker coordinated with someone else as the subject of the speech verb: `Reid and Okoye
        said`, `Reid and her husband said`: the words are said by both, or by one the text does not tell. A
        comma before "and" joins two clauses instead ("Reid said it was late, and Mayor Ruiz told ..."), as does a
        closing quotation mark ("Reid called it "late" and Ruiz says"): quoted words end the clause before."""
        before = self.text[max(start, subject.start - 12) : subject.start]
        verb = next((w for w in _WORDS.finditer(self.text, subject.end, verb_at) if w.group(0) in SPEECH_VERBS), None)
        verb_at = verb.start() if verb is not None else verb_at  # "Reid said the plan was dead and buried:"
        if (
            any(
                self._joins_subjects(
                    joined, subject.end, verb_at, _OPENS_CLAUSE.search(self.text[start : subject.start])
                )
                for joined in _AND.finditer(self.text, subject.end, verb_at)
            )
            or (
                re.search(r"[^,\s\"”’]\s+and\s+$", before) is not None  # not after a quotation closing a clause
                and not compound_title_before(self.text, max(start, subject.start - 40), before_and(self.text, subject))
            )  # "Chairman and Founder Ana Ruiz said": one title in two parts
            or joined_by_and_a_role(self.text, max(start, subject.start - 40), subject.start)  # "and coach Grey"
        ):
            self._doubt = "the speech verb has two subjects: the words may be either's, or both"

    def _next_character(self, position: int) -> str:
        """The first character after the spaces at `position` ('' at the end): read in place, not from a stripped
        copy of the rest of the article."""
        after = _SPACES.match(self.text, position).end()  # type: ignore[union-attr]
        return self.text[after : after + 1]

    def _joins_subjects(
        self, joined: re.Match[str], subject_end: int, verb_at: int, opens: re.Match[str] | None = None
    ) -> bool:
        """Whether an "and" after the subject joins another subject to it, not a second verb of the subject's
        ("Reid dismissed the claim and appealed to reporters:", "Reid, who is 55 and has two sons, said:") nor
        words inside the subject's own apposition between commas: a second title ("Reid, chair and chief
        executive of Acme, said:"), a name of a place or a body ("Reid, Secretary of State for Trade and Industry,
        said:", "Reid, Lenham and Westmere council's member for parks, said:"), a relative clause's words. Only a
        person named after such an "and", not after a preposition, is a second subject there. When the subject
        opens its clause (`opens`) and its verb follows it, an "and" with no comma before it joins parts of what the
        subject does ("Ruiz appeared with Okoye and endorsed"): a second subject is then only a name right after it;
        ", and" may open a clause of its own, with a subject the text does not name ("and the group sent")."""
        after = [word.lower() for word in _WORDS.findall(self.text, joined.end(), joined.end() + 40)[:2]]
        verb = after[1] if after and after[0] in _CHAINING and len(after) > 1 else after[0] if after else ""
        if (
            verb in SPEECH_VERBS
            or verb in _AUXILIARIES
            or (verb.endswith("ed") and self._next_character(joined.end()).islower())
        ):
            return False  # "and appealed to", "and then added", "and is also a steward": the subject's next verb
        own = _OWN_APPOSITION.match(self.text, subject_end, joined.start())  # "Deans, the party chair, is ..."
        predicate_at = own.end() if own is not None else subject_end
        if (
            opens is not None
            and _PREDICATE_BEFORE.match(self.text, predicate_at, joined.start()) is not None
            and not self.text[predicate_at : joined.start()].rstrip().endswith(",")
        ):
            return self._named_right_after(joined.end(), verb_at)  # "Ruiz appeared with Okoye and endorsed"
        opened = self.text.rfind(",", subject_end, joined.start())
        closed = self.text.find(",", joined.end(), verb_at)
        if opened < 0 or closed < 0 or not self.text[opened + 1 : joined.start()].strip():
            return True  # "Reid and Okoye said", "Reid, the mayor, and Okoye said": at the subject's own level
        if _RELATIVE_WITHIN.search(self.text, opened + 1, joined.start()) is not None:
            return False  # "Reid, a Democrat who voted for Okoye and Bell, said": the relative clause's "and"
        if _BARE_TITLE_AND.fullmatch(self.text, opened, closed) is None and not _RELATIVE.match(
            self.text, opened + 1, closed
        ):
            return any(
                self.people.get(m.person) is not None and self.people[m.person].kind == "person"
                for m in self._mentions_between(joined.end(), closed)
                if _PREPOSITION_BEFORE.search(self.text, opened, m.start) is None
                and _ARTICLE_BEFORE.search(self.text, opened, m.start) is None
            )  # ", Leo Okoye and Tim Bell, both councillors,": a named person after "and" is a second subject
        return any(
            _PREPOSITION_BEFORE.search(self.text, opened, m.start) is None
            for m in self._mentions_between(opened, closed)
        )

    def _named_right_after(self, position: int, verb_at: int) -> bool:
        """Whether a person is named right after the "and" at `position`, before the speech verb, with only
        capitalised words or a determiner before the name: "Reid of Acme and Okoye of Veld said"."""
        named = next(iter(self._mentions_between(position, verb_at)), None)
        return (
            named is not None
            and self.people.get(named.person) is not None
            and self.people[named.person].kind == "person"
            and _NAME_OPENING.fullmatch(self.text, position, named.start) is not None
        )

    def _doubt_relayed(self, speaker: str | None, sentence: Sentence) -> None:
        """Doubt a speaker whose sentence says they relay words of someone else: quoting, citing, reading out a
        letter. The quoted words may be the other person's, named or not."""
        if speaker is None or self._doubt is not None:
            return
        sentence_text = self.text[sentence.start : sentence.end]
        if not any(word in sentence_text for word in _RELAYED_WORDS):
            return  # the usual sentence holds none of the pattern's words: no need to try it at every position
        for match in _RELAYED.finditer(self.text, sentence.start, sentence.end):
            quoted = next(iter(self._mentions_between(match.end(), sentence.end)), None)
            if (
                quoted is not None
                and quoted.person == speaker
                and _NO_BREAK.fullmatch(self.text, match.end(), quoted.start)
            ):
                continue  # "a report quoting Amit Rao as saying": the one quoted is whose words they are
            if not self._inside_other_quote(match.start()):
                self._doubt = "the speaker relays words of someone else (quoting, citing, reading out)"
                return

    def _verb_subjects(self, start: int, verb_at: int) -> tuple[Mention | None, list[Mention]]:
        """Who may be the subject of the speech verb at `verb_at`, named in text[start:verb_at]: the name of a
        relative clause ending at the verb ("Reid defended Grant, who said"), if any, else None and the names
        that are neither objects ("Reid, replacing Grant, said") nor subjects of a clause of their own ("Reid,
        who was elected after Grant left, said")."""
        named = self._mentions_between(start, verb_at)
        relative = next((m for m in named if _WHO_THEN.fullmatch(self.text, m.end, verb_at)), None)
        if relative is not None and not relative.possessive:
            return relative, []
        return None, [
            m
            for m in named
            if self.finder.is_subject_position(m)
            and not self._in_subordinate_clause(start, m)
            and not self._object_position(m)  # the dearest test last: it reads the sentence up to the name
        ]

    def _agent(self, passive: re.Match[str], end: int) -> str | None:
        """The speaker of a passive speech verb: the person named right after its "by", or nobody."""
        if not passive.group(0).rstrip().endswith("by"):
            return None
        mention = self._mention_at(passive.end(), passive.end() + 1)
        return self._speaker_of(mention) if mention is not None and mention.end <= end else None

    def _doubt_reported_within(self, earlier_verbs: list[int], subject: int) -> None:
        """Doubt a speaker named (at `subject`) inside what an earlier speech verb of the sentence reports."""
        reporting = [end for end in earlier_verbs if end <= subject]
        if reporting and not _COORDINATED.search(self.text, reporting[-1], subject):
            own = _PRONOUN_REPORTS.search(self.text, max(0, reporting[-1] - 40), reporting[-1])
            if own is not None and self.text[subject : subject + 4].lower().startswith(own.group(1).lower() + " "):
                return  # "He wrote a letter in which he appealed": the same pronoun, the writer's own words
            self._doubt = "the speaker is named inside someone else's reported speech"

    def _doubt_someone_else_reported(self, earlier_verbs: list[int], subject_end: int, verb_end: int, end: int) -> None:
        """Doubt the subject of a sentence for words quoted after a later speech verb with its own listener: in
        "Kirsty Blanchard said her youngest had asked her '...'", the words are the child's, not hers. The later
        verb is reported by the subject's own verb, and the quotation follows its object at once."""
        reported = any(subject_end < at < verb_end for at in earlier_verbs)
        if reported and _OBJECT_THEN_QUOTE.match(self.text, verb_end, end):
            self._doubt = "the words follow a speech verb reported by the subject: perhaps someone else's"
