"""A quotation standing alone after a sentence that reports someone's speech: the said-clause is the sentence before.

Newswire often splits a quotation from its said-clause at a full stop: `Hale said he would raise
the matter next week. "Passengers deserve an apology."`, or `He added that the vote was close.
'We argued about many books.'`. The quotation has no cue of its own; the sentence just before
it, in the same paragraph (or ending the paragraph before, when the quotation's paragraph is
nothing but quoted words), says who was speaking. Mixed into the attributor: the speaker is the
subject of that sentence's speech verb, found by the same `_before` rule as a said-clause in the
quotation's own sentence, and as sure as that rule is; or, when the sentence reports with its verb before its
subject ("It was about openness, said Ruiz, in the chamber."), the `_after` rule's speaker of ", said Ruiz".
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

from quizapp.draft.answers import asks_someone
from quizapp.draft.article import Article
from quizapp.draft.interludes import is_interlude, paragraph_read_before
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import ROLE_NOUNS, SPEECH_VERB, SPEECH_VERBS, word_set
from quizapp.draft.named_subject_before import lone_named_subject
from quizapp.draft.person import Mention, Person
from quizapp.draft.pronoun_after_name import CHARACTERIZING_VERBS
from quizapp.draft.quotation import Quotation
from quizapp.draft.quoted_spans import QUOTED_SPAN
from quizapp.draft.quotes import Quote
from quizapp.draft.sentences import Sentence
from quizapp.draft.sieve_host import SAID_CLAUSE_REACH
from quizapp.draft.spans import Spans

_LETTER = lazy_compile(r"[^\W\d_]")
_LOWERCASE_START = lazy_compile(r"[a-z]")
_REPORTING_OPENING = lazy_compile(
    r"\s*(?:He|She|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:also\s+|later\s+|then\s+)?(?:"
    + SPEECH_VERB
    + r")\s+that\b"
)
"""A sentence opening with its subject and a speech verb of reported words, "He added that ...": any speech
verb later in the sentence is inside what was reported ("that the governors had asked ..."), not its cue."""
_ANSWERING_OPENING = lazy_compile(
    r"\s*(?:He|She|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?P<asked>\s+(?:was|were)\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:asked|questioned|pressed|quizzed)\s+(?:about|on|over|whether|if|what|how|why|when|for)\b)"
)
"""A sentence opening with someone who "was asked about" something, and no asker named: the words after it are
their answer ("Reid was asked about the fixture list."), whoever asked."""
_ACCORDING_OPENING = lazy_compile(r"\s*[Aa]ccording\s+to\s+")
"""A sentence opening with its source, "According to Reid, the old timetable ...": the bare words after it are
likely Reid's, but a source may be a colleague, a report's author or a witness of what someone else said, so
the speaker is offered for the teacher to check, never an answer key on this alone."""
REACTION_VERBS = word_set(
    """
    praised praises thanked thanks thank criticised criticized criticises criticizes rejected rejects defended
    defends welcomed welcomes condemned condemns blamed blames apologised apologized apologises apologizes
    slammed slams appealed appeals hailed hails questioned questions tribute tributes disagreed disagrees
    objected objects protested protests spoke speaks expressed expresses voiced voices offered offers conveyed
    conveys speak branded brands labelled labeled labels dubbed dubs blasted blasts rubbished rubbishes lambasted
    lambasts slated slates derided derides decried decries denounced denounces ridiculed ridicules mocked mocks
    lashed accused accuses termed terms lauded lauds credited credits felt opined opines asserted asserts reckoned
    reckons sought seeks talked talks update updates interview interviews briefing briefed dismissed dismisses
    dismissing labeling labelling
    heralded touted citing endorsing praising criticizing criticising condemning slamming blasting mocking attacked
    ripped knocked hammered hammering cited applauded downplayed
    referred refers casts referenced references cites pondered ponders worried worries proposed proposes
    supports opposes promising coached touts touting
    """
)
"""Verbs that report someone speaking without saying so ("Qadir praised the groundstaff.", "Dunne spoke of her
anger.", "Clarke paid
tribute", where the noun is the cue: "paid" alone is not), or that put a verdict in quoted words on
something ("Reid branded the ruling "a disgrace"", "blasted the "shambolic" plan"), or an opinion or a
judgement ("Reid felt the side were "a bit casual"", "termed it "a team effort"", "opined that ..."), or a view, a
stance or a proposal the subject holds ("worried that the plan was "...", "supports "..."", "proposed the board
"..."", "referred to it as "..."", "is promising to "..."": stop 32, 14 named speakers on PolNeAR train, none
wrong), or that report someone speaking by a noun of what they gave ("Reid gave an update", "gave an interview to"), but
not verbs whose subject is as often a thing ("Ruiz said the vote revealed the "quiet strength" of the
party", "the result reflected ...": there the verb before, "Ruiz said", is the cue): a sentence of
them before a lone quotation says whose words follow. Only there: before a quotation in their own
sentence they need no help, and "blamed" there may not introduce words at all."""

STANCES = word_set(
    """
    defiant adamant blunt emphatic unapologetic unrepentant optimistic upbeat confident cautious frank candid
    firm furious angry emotional philosophical pragmatic scathing critical gracious unequivocal
    """
)
"""How someone was as they spoke ("Reid was defiant."): a sentence of them before a lone quotation in its
paragraph says whose words follow, as a reaction verb does."""


_INVERTED_SAID = lazy_compile(r",\s+(?:" + SPEECH_VERB + r")\s+(?=[A-Z]|the\s|an?\s)")
"""A said-clause after the words it reports, its verb before its subject: ", said Ruiz", ", added the mayor"."""
_ROLE_WORD = lazy_compile(r"[\w'’-]+")


def one_person_role(role: str) -> bool:
    """Whether a role names one person by a noun of one ("a spokesman for the port", "a ferry pilot"), not a
    group or an office ("his family", "the minister's office"): only such a role's phrase is someone's words."""
    return any(word in ROLE_NOUNS for word in _ROLE_WORD.findall(role.lower()))


_SPEAKING = SPEECH_VERBS | REACTION_VERBS | CHARACTERIZING_VERBS
_WORDS = lazy_compile(r"[\w'’-]+")


def reports_speech(text: str) -> bool:
    """Whether a sentence says, outside its quotations, that someone spoke, answered or called something so:
    its subject is someone the words after it may be of."""
    return not _SPEAKING.isdisjoint(_WORDS.findall(QUOTED_SPAN.sub(" ", text).lower()))


class ReportedSpeech:
    """Mixed into the attributor: the sentence before a lone quotation as its said-clause."""

    article: Article
    text: str
    sentences: list[Sentence]
    sentence_starts: list[int]
    quoted: Spans
    partial: set[int]
    lone_subjects: dict[int, str]
    """Opening offset of a lone quotation -> the one person the sentence before names as its subject."""

    people: dict[str, Person]
    _doubt: str | None
    _according_to: Callable[[int, int, str], str | None]
    """`according.AccordingTo`'s, later in the attributor's method order than this mixin: declared, not stubbed."""

    def _before(self, start: int, end: int, also: frozenset[str] = frozenset()) -> str | None:
        raise NotImplementedError

    def _after(self, start: int, end: int) -> str | None:
        raise NotImplementedError

    def _sentence_at(self, position: int) -> Sentence:
        raise NotImplementedError

    if TYPE_CHECKING:  # coordinated_verbs.CoordinatedVerbs's, declared, never shadowed

        def _coordinated(self, start: int, end: int, also: frozenset[str] = frozenset()) -> str | None:
            raise NotImplementedError

    if TYPE_CHECKING:  # trailing_said.TrailingSaid's, declared, never shadowed

        def _said_at_sentence_end(self, quote: Quote, sentence: Sentence) -> str | None:
            raise NotImplementedError

    def _subject(self, start: int, end: int) -> str | None:
        raise NotImplementedError

    def _mentions_between(self, start: int, end: int) -> list[Mention]:
        raise NotImplementedError

    def _names_someone(self, start: int, end: int) -> bool:
        return bool(self._mentions_between(start, end))

    def reads_as_partial(self, quote: Quote) -> bool:
        """Whether a quotation is words set into the writer's own sentence: a short quoted phrase promoted from
        the terms, or any quotation opening in lowercase ("She thanked him for "his energy and his honesty"").
        After a reaction verb such words are the subject's, as they are after a speech verb."""
        return quote.start in self.partial or _LOWERCASE_START.match(self.text, quote.start) is not None

    def is_partial_quote(self, quote: Quote) -> bool:
        """`Mitra said the "hostile manner" of the minister...`: a short quoted phrase reported as someone's words.

        Only when the speech verb of a named person or organization comes before it in the sentence, surely
        ("Police said there were "several crime scenes""), or a said-clause ends the sentence right after it
        (`the outlook looked "bright", he said.`: the whole sentence is that speaker's report). A role counts when
        it names one person by a noun of one ("a spokesman", "a ferry pilot"): news gives a phrase to an unnamed
        speaker as it does to a named one. A group or an office ("his family", "the minister's office") does not:
        its words are nobody's to put in a question.
        """
        sentence = self._sentence_at(quote.open_at)
        self._doubt = None
        start = max(sentence.start, quote.open_at - SAID_CLAUSE_REACH)  # as the said-clause sieves: bounded
        speaker = self._coordinated(start, quote.open_at, REACTION_VERBS)  # "knocked Reid and called him a "...""
        if speaker is None:
            speaker = self._before(start, quote.open_at, also=REACTION_VERBS)  # "praised the "remarkable" work"
        if speaker is None and self._doubt is None:
            speaker = self._said_at_sentence_end(
                quote, sentence
            )  # trailing_said.py: `the outlook looked "bright", he said.`
        person = self.people.get(speaker) if speaker else None
        if person is None or self._doubt is not None:
            return False
        return person.kind in {"person", "organization"} or (person.kind == "role" and one_person_role(person.name))

    def _from_reported_sentence(self, quote: Quote, sentence: Sentence) -> str | None:
        """The speaker of the sentence before `quote` when it reports speech and the quotation stands alone."""
        if self.text[sentence.start : quote.open_at].strip() or self._words_after(quote, sentence):
            return None  # the quotation is part of a sentence of its own making: not a continuation
        index = bisect.bisect_right(self.sentence_starts, sentence.start) - 1
        if index <= 0:
            return None
        index -= 1
        while index > 0 and is_interlude(self.article, self.sentences[index].paragraph, self._names_someone):
            index -= 1  # "Fitness update" between the sentence setting up the words and the words
        previous = self.sentences[index]
        read_before = paragraph_read_before(self.article, sentence.paragraph, self._names_someone)
        if previous.paragraph != sentence.paragraph and not (
            previous.paragraph == read_before and self._only_quoted(sentence.paragraph)
        ):
            return None
        if self.quoted.overlapping(previous.start, previous.end):
            return None  # a sentence with its own quotation: the neighbours' rule decides
        speaker = self._reported_by(previous)
        if speaker is None and (earlier := self._reporting_two_back(index)) is not None:
            speaker = self._reported_by(earlier)  # "Reid said she was tired. There was a long season ahead."
            if speaker is not None:
                self._doubt = "the sentence reporting the speech is two sentences before the words"
        if speaker is None and self._doubt is None:
            mentions = self._mentions_between(previous.start, previous.end)
            lone = lone_named_subject(self.text, previous.start, previous.end, mentions, self.people)
            if lone is not None:  # "Reid did not hold back. "...": the one person named, kept for `with_lone_subjects`
                self.lone_subjects[quote.open_at] = lone
        return speaker

    def with_lone_subjects(self, found: list[Quotation]) -> list[Quotation]:
        """The quotations no sieve, the neighbours' included, gave a speaker, with the one person the sentence before
        names as its subject (named_subject_before.py), unsure."""
        doubt = "the sentence before names its subject but does not say they spoke"
        return [
            Quotation(q.quote, q.text, self.lone_subjects[q.quote.open_at], q.sentence, "reported", False, doubt)
            if q.speaker is None and q.quote.open_at in self.lone_subjects
            else q
            for q in found
        ]

    def _reporting_two_back(self, index: int) -> Sentence | None:
        """The sentence before the sentence at `index`, when that one (the last before a lone quotation) names
        nobody and quotes nothing, so it may go on with the speech reported before it in the same paragraph
        ("Reid said she was tired. There was a long season ahead."): the speaker is that one's subject, a guess."""
        previous = self.sentences[index]
        if index == 0 or self._names_someone(previous.start, previous.end):
            return None
        earlier = self.sentences[index - 1]
        if earlier.paragraph != previous.paragraph or self.quoted.overlapping(earlier.start, earlier.end):
            return None
        return earlier if reports_speech(self.text[earlier.start : earlier.end]) else None

    def _reported_by(self, previous: Sentence) -> str | None:
        """The speaker of a sentence that reports speech, for the lone quotation after it."""
        opening = _REPORTING_OPENING.match(self.text, previous.start, previous.end)
        if opening is not None:  # "He added that the governors had asked ...": the speaker is the one who added
            return self._before(previous.start, opening.end())
        if (answering := _ANSWERING_OPENING.match(self.text, previous.start, previous.end)) is not None:
            return self._subject(previous.start, answering.start("asked"))  # "Reid was asked about ...": Reid answers
        if (according := _ACCORDING_OPENING.match(self.text, previous.start, previous.end)) is not None:
            source = self._according_to(according.end(), previous.end, r"\s*,")  # "According to Reid, the plan ..."
            if source is not None:
                self._doubt = "'according to' names a source of what came before, not always whose words these are"
            return source
        speaker = self._before(previous.start, previous.end, also=REACTION_VERBS | STANCES)
        if speaker is None and (inverted := self._inverted_said(previous)) is not None:
            speaker = self._after(inverted, previous.end)  # "It was never about money, said Ruiz, at the time."
        if speaker is not None and asks_someone(self.text[previous.start : previous.end]):
            self._doubt = "the sentence before puts a question to someone: the words may be the answer, theirs"
        return speaker

    def _inverted_said(self, sentence: Sentence) -> int | None:
        """Where the last inverted said-clause of the sentence begins, its comma: "It was fair, said Ruiz, at the
        time." reports Ruiz's words with the verb before the name, as `"...," said Ruiz` does after a quotation."""
        found = None
        for match in _INVERTED_SAID.finditer(self.text, sentence.start, sentence.end):
            if not self.quoted.contains(match.start()):
                found = match.start()
        return found

    def _words_after(self, quote: Quote, sentence: Sentence) -> bool:
        """Whether words follow the quotation in its sentence (other than a closing stop or bracket)."""
        return _LETTER.search(self.text, quote.close_at, sentence.end) is not None

    def _only_quoted(self, paragraph_index: int) -> bool:
        """Whether the paragraph holds nothing but quoted words."""
        paragraph = self.article.paragraphs[paragraph_index]
        position = paragraph.start
        for start, end in self.quoted.overlapping(paragraph.start, paragraph.end):
            if _LETTER.search(self.text, position, start):
                return False
            position = max(position, end)
        return _LETTER.search(self.text, position, paragraph.end) is None
