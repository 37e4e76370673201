"""Quotations with no cue of their own take the speaker of the quotation just before them.

`"...," he said. "..."` and a paragraph that only continues the speech of the one before are
newswire's way of saying "same speaker". The borrowed speaker is sure only when the one it
comes from is sure and nobody else is named in between. Words signed at their foot (`"..." — Ana Ruiz`) end
their item: the paragraph after them is the next item of a round-up, never Ruiz's words going on.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from quizapp.draft.according import ACCORDING_AFTER
from quizapp.draft.article import Article
from quizapp.draft.employers import names_employer
from quizapp.draft.hand_overs import asks, asks_someone, carried_on_by_next, handed_on_after, narrative_between
from quizapp.draft.interludes import is_interlude, paragraph_read_before
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB
from quizapp.draft.person import Mention
from quizapp.draft.quotation import Quotation
from quizapp.draft.resumed import REACH, resumed_voice
from quizapp.draft.roles import unnamed_subject
from quizapp.draft.sentences import Sentence

MentionsBetween = Callable[[int, int], list[Mention]]
_OWN_SAID_CLAUSE = lazy_compile(
    r"[\s,—–-]*(?:(?:[\w'’.-]+\s+){0,6}?(?:" + SPEECH_VERB + r"|read|reads|reported|reports)\b"
    r"|(?:came|comes|was)\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:reply|response|answer|retort|shout|cry|call|question|rejoinder|voice)s?\b)"
)
"""A said-clause right after the quotation: the quotation names its own speaker, or the paper that reports it
(`"...," the Harbour Times reported`), or the thing it is written on (`"...," read a sign on the door`, `"...," the
banner reads`), or says it answers the speaker before or comes from
someone else (`"...," came the reply`, `"...," came a shout from the gallery`)."""
_SENTENCE_PRONOUN = lazy_compile(r"(?<=[.!?\n])\s*(He|She|They)\b")
"""A sentence opening with a subject pronoun: its person may be the next speaker."""
_PRONOUN_GENDER = {"He": "male", "She": "female", "They": None}
_OWN_SIGNATURE = lazy_compile(r"[ \t]*[—–-]+[ \t]*\w")
"""A dash and words after the quotation on its line: it is signed, whoever signed it."""


def from_neighbours(
    article: Article,
    found: list[Quotation],
    mentions_between: MentionsBetween,
    is_subject: Callable[[Mention], bool] = lambda mention: True,
    genders: Mapping[str, str | None] | None = None,
    sentences: Sequence[Sentence] = (),
    one_of_many: Collection[str] = (),
) -> list[Quotation]:
    """Unattributed quotations take the speaker of their paragraph, or of the paragraph they continue.

    One pass in text order: the last attributed quotation so far, and the first of each
    paragraph (for a paragraph that opens with an unattributed quotation), are kept as it goes,
    so a text with thousands of quotations costs no more per quotation than one with ten. `one_of_many`: the
    speakers named by an indefinite role ("one passenger"), whose voice is not sure to come back (resumed.py).
    """
    result = list(found)

    def names_someone(start: int, end: int) -> bool:
        return bool(mentions_between(start, end))

    context = _Context(
        article.text,
        mentions_between,
        is_subject,
        genders or {},
        sentences,
        lambda index: is_interlude(article, index, names_someone),
    )
    first_in_paragraph: dict[int, Quotation] = {}
    for quotation in result:
        if quotation.speaker is not None:
            first_in_paragraph.setdefault(quotation.sentence.paragraph, quotation)
    last: Quotation | None = None
    asked: Quotation | None = None  # the voiced quotation before `last`: a question `last` may answer
    voices: set[str] = set()  # speakers of the quotations before `seen`: a voice back after a story (resumed.py)
    seen = 0
    for index, quotation in enumerate(result):
        context.following = result[index + 1] if index + 1 < len(result) else None
        if quotation.speaker is not None:
            asked, last = last, quotation
            continue
        paragraph = quotation.sentence.paragraph
        if not _stands_alone(article.text, quotation):
            continue  # `signs reading "Buses First."`: quoted, but nobody is said to have said it
        if _OWN_SAID_CLAUSE.match(article.text, quotation.quote.close_at, quotation.sentence.end):
            continue  # `"...," said his former teammate, Leo Brandt`: its own speaker, not found, is not a neighbour's
        if ACCORDING_AFTER.match(article.text, quotation.quote.close_at, quotation.sentence.end):
            continue  # `"...," according to a leaked memo`: its source is named, and is nobody who spoke before
        if _OWN_SIGNATURE.match(article.text, quotation.quote.close_at):
            continue  # `"The greatest of all time" - a banner`: signed by someone (or something) else
        if last is not None and (
            last.sentence.paragraph == paragraph or article.paragraph_index(last.quote.close_at - 1) == paragraph
        ):  # `"...` over paragraphs `...," Reid said. "..."`: the words after the said-clause are in its paragraph
            doubt = _neighbour_doubt(context, last, quotation, asked)
            asked, last = last, _with_speaker(quotation, last, "paragraph", doubt)
            result[index] = last
            continue
        read_before = paragraph_read_before(article, paragraph, names_someone)  # past "Fitness update", "Hide Ad"
        later = first_in_paragraph.get(paragraph)  # read only here: the tests above decide most quotations first
        if later is not None:
            doubt = "taken from a later quotation"
            if last is not None and last.sentence.paragraph == read_before and last.speaker == later.speaker:
                # the paragraph before has the same voice as the later quotation: this one continues that voice,
                # as surely as the paragraph before is, unless someone comes between
                doubt = _neighbour_doubt(context, last, quotation, asked) if later.sure else later.doubt or doubt
            asked, last = last, _with_speaker(quotation, later, "paragraph", doubt)
            result[index] = last
            continue
        if (
            last is not None
            and last.rule != "line"  # a signature under the words closed that item: the next is a new one
            and _only_quotation(article, paragraph, mentions_between)
            and article.paragraph_index(last.quote.end - 1) >= read_before  # where its words end: over paragraphs
        ):
            doubt = _neighbour_doubt(context, last, quotation, asked)
            asked, last = last, _with_speaker(quotation, last, "continued", doubt)
            result[index] = last
            continue
        if not mentions_between(*_span(article, paragraph)):  # a voice back after paragraphs of story
            voices.update(q.speaker for q in result[seen:index] if q.speaker is not None)
            seen = index
            unvoiced = _last_unvoiced_end(result, index, paragraph - REACH)
            resumed = resumed_voice(
                article, quotation, last, mentions_between, genders or {}, voices, unvoiced, is_subject, one_of_many
            )
            if resumed is not None:
                speaker, doubt = resumed
                result[index] = Quotation(
                    quotation.quote, quotation.text, speaker, quotation.sentence, "continued", doubt is None, doubt
                )
                asked, last = last, result[index]
    return result


def _last_unvoiced_end(found: list[Quotation], index: int, first_paragraph: int) -> int:
    """Where the last quotation before `found[index]`, from `first_paragraph` on, that has no speaker ends; -1."""
    for before in range(index - 1, -1, -1):
        if found[before].sentence.paragraph < first_paragraph:
            break
        if found[before].speaker is None:
            return found[before].quote.close_at
    return -1


def _span(article: Article, paragraph_index: int) -> tuple[int, int]:
    paragraph = article.paragraphs[paragraph_index]
    return paragraph.start, paragraph.end


def _with_speaker(quotation: Quotation, neighbour: Quotation, rule: str, doubt: str | None) -> Quotation:
    return Quotation(quotation.quote, quotation.text, neighbour.speaker, quotation.sentence, rule, doubt is None, doubt)


@dataclass
class _Context:
    text: str
    mentions_between: MentionsBetween
    is_subject: Callable[[Mention], bool]
    genders: Mapping[str, str | None]
    """Speaker id -> "male", "female" or None, for a he/she between two quotations."""
    sentences: Sequence[Sentence]
    passed_over: Callable[[int], bool]
    """Whether a paragraph is one a reader's eye passes over (a subheading, "Hide Ad"): the speech runs past it."""
    following: Quotation | None = field(default=None, init=False)
    """The quotation after the one being given a speaker, as the sieves before found it."""
    sentence_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.sentence_starts = [sentence.start for sentence in self.sentences]

    def sentences_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentences that start at or after `start` and end by `end`, as spans, past subheadings."""
        low = bisect.bisect_left(self.sentence_starts, start)
        high = bisect.bisect_left(self.sentence_starts, end)
        return [
            (s.start, s.end) for s in self.sentences[low:high] if s.end <= end and not self.passed_over(s.paragraph)
        ]

    def sentence_after(self, position: int) -> tuple[int, int] | None:
        """The first sentence starting at or after `position`, as a span."""
        index = bisect.bisect_left(self.sentence_starts, position)
        if index == len(self.sentences):
            return None
        return self.sentences[index].start, self.sentences[index].end


def _neighbour_doubt(
    context: _Context, neighbour: Quotation, quotation: Quotation, asked: Quotation | None
) -> str | None:
    """Why the speaker of the quotation just before may not be this one's, or None when it is sure.

    Someone named (or an unnamed role, "A local farmer disagreed.") as a subject in between may have taken
    over the speech: "with French President Emmanuel Macron" or "Macron's plan" names a person who is not
    speaking. So may a sentence about anything but the speaker, a question and its answer, or a sentence
    after the words that says whose they were (_handed_over).
    """
    if not neighbour.sure:
        return neighbour.doubt or "the quotation before it has an unsure speaker"
    after_clause = max(neighbour.quote.close_at, neighbour.sentence.end)
    between = context.mentions_between(
        after_clause if neighbour.rule == "after" else neighbour.quote.close_at, quotation.quote.open_at
    )  # `"...," said Ana Ruiz, a Reid backer. "..."`: a name in the words' own said-clause does not speak
    if any(
        m.person != neighbour.speaker
        and context.is_subject(m)
        and not _speakers_employer(context.text, m, between, neighbour.speaker)
        for m in between
    ):  # the speaker's own names: no ask
        return "someone else is named between this quotation and the one before"
    # a role in the sentence before's own said-clause ("said Ana Ruiz, a spokeswoman for ...") is its speaker's
    if {m.person for m in context.mentions_between(after_clause, quotation.quote.open_at)} - {neighbour.speaker}:
        # a sentence of its own about someone else, even as an object ("The verdict was welcomed by Joan
        # Hart."), may have handed the speech to them
        return "a sentence about someone else comes between this quotation and the one before"
    role = unnamed_subject(context.text, after_clause, quotation.quote.open_at)
    if role is not None:
        return f"“{role}” comes between this quotation and the one before"
    gender = context.genders.get(neighbour.speaker or "")
    pronouns = (
        _SENTENCE_PRONOUN.finditer(context.text, after_clause, quotation.quote.open_at)
        if any(context.text.find(word, after_clause, quotation.quote.open_at) >= 0 for word in _PRONOUN_GENDER)
        else ()
    )  # the pattern only where one of its pronouns is written: most stretches between quotations have none
    for pronoun in pronouns:
        if pronoun.group(1) == "They" or (gender is not None and _PRONOUN_GENDER[pronoun.group(1)] != gender):
            return f"“{pronoun.group(1)}” between this quotation and the one before is someone else"
    return _handed_over(context, neighbour, quotation, asked, after_clause, gender)


def _handed_over(
    context: _Context,
    neighbour: Quotation,
    quotation: Quotation,
    asked: Quotation | None,
    after_clause: int,
    gender: str | None,
) -> str | None:
    """Why the speech may have passed to someone nobody names as its speaker (hand_overs.py), or None."""
    between = context.sentences_between(after_clause, quotation.quote.open_at)
    if narrative_between(context.text, between, neighbour.speaker, gender, context.mentions_between):
        return "the story goes on between this quotation and the one before, not about its speaker"
    if asks(neighbour.text) and asks_someone(
        context.text, neighbour.quote.close_at, neighbour.sentence.end, context.mentions_between, neighbour.speaker
    ):
        return "the quotation before it puts a question to someone: these words may be their answer"
    if quotation.sentence.paragraph != neighbour.sentence.paragraph:  # a new voice opens a new paragraph; within
        exchange = _exchange(context.text, neighbour, asked)  # one, `"Why?" she said. "Because ..."` answers herself
        if exchange is not None:
            return exchange
    bare_end = max(quotation.quote.close_at, quotation.sentence.end)
    following = context.following
    if (
        following is not None
        and following.speaker not in (None, neighbour.speaker)
        and carried_on_by_next(
            context.text, bare_end, following.quote.open_at, following.quote.close_at, following.sentence.end
        )
    ):
        return "the quotation after it is someone else's, who goes on with it: these words may be theirs"
    after = context.sentence_after(bare_end)
    if after is not None and handed_on_after(context.text, *after, neighbour.speaker, context.mentions_between):
        return "the sentence after it says whose words they were"
    return None


def _exchange(text: str, neighbour: Quotation, asked: Quotation | None) -> str | None:
    """Why a new paragraph of bare words after `neighbour` may be a turn in an exchange of questions, or None."""
    if asks(neighbour.text):
        return "the quotation before it asks a question: these words may be the answer, someone else's"
    if (
        asked is not None
        and asks(asked.text)
        and asked.speaker != neighbour.speaker
        and not text[max(asked.quote.close_at, asked.sentence.end) : neighbour.quote.open_at].strip()
    ):  # an answer straight after the question, no narrative between: an exchange, not two statements
        return "the two quotations before it are a question and its answer: the speakers take turns"
    return None


def _speakers_employer(text: str, mention: Mention, between: list[Mention], speaker: str | None) -> bool:
    """Whether `mention` names where the next one named works, in the same said-clause: `"...," said Ada Hart
    headteacher, Carol Whitby.` names a school, not a second person who may have taken over the speech."""
    after = [m for m in between if m.start > mention.end][:1]
    return bool(after) and after[0].person == speaker and names_employer(text, mention, after[0])


_CONNECTIVE = lazy_compile(r"\s*(?:But|And|Yet|Still|Instead|Indeed|Specifically|Then|Later|Now)\b,?\s*")
"""A sentence's opening connective, which links the quotation to the sentence before without a voice of its own:
`"...," Trump said. Instead, "..."`."""


def _stands_alone(text: str, quotation: Quotation) -> bool:
    """Whether the quotation opens its sentence, perhaps after a connective: a sentence that is only a quotation
    continues a speaker."""
    before = text[quotation.sentence.start : quotation.quote.open_at]
    return not before.strip() or _CONNECTIVE.fullmatch(before) is not None


def _only_quotation(article: Article, paragraph_index: int, mentions_between: MentionsBetween) -> bool:
    """Whether the paragraph starts with a quotation and names nobody outside quotations."""
    paragraph = article.paragraphs[paragraph_index]
    starts_quoted = article.text[paragraph.start : paragraph.start + 1] in "\"“«‘'"
    return starts_quoted and not mentions_between(paragraph.start, paragraph.end)
