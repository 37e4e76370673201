"""Where news hands the speech to someone else between two quotations, so a bare quotation is not the last voice's.

A quotation with no cue of its own continues the voice before it only while nothing else takes the reader's
attention. News prose passes the word on in a few fixed ways, none of which needs a speech verb:

- a sentence of narrative between the two that is not about the speaker ("The volunteers were not convinced.",
  "The depot has been empty since 2015."; a subheading is passed over): the next words may be anyone's, often
  those of whoever that sentence brings in;
- a sentence after the bare quotation that names whose words they were (`"..." \\n\\n That was the verdict of
  Ann Cole, who runs the shelter.`, "Those were the words of ...", "So said ...", "The reply came from ...");
- questions and answers: after a quoted question, the next quoted words are the answer, as a rule someone
  else's (`"Will it close?" asked Ann Cole. \\n\\n "Never," said Tom Hale. \\n\\n "And the staff?"`), even in
  the same paragraph when the question is put to someone (`"Were you there?" the lawyer asked Hale. "No."`);
- the next quotation, straight after, is someone else's who "added" or "went on": the bare words were theirs
  already (`"..." \\n\\n "...," Ann Cole added.`).

Each is read from the text between and after the quotations only; who the other person is need not be known.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.person import Mention

_SPACES = lazy_compile(r"\s*")
"""The spaces a stretch of text opens with, matched in place: not a stripped copy of the stretch."""
_WORD = lazy_compile(r"[A-Za-z]")
_SPEECH_NOUN = (
    r"(?:words?|verdict|view|views|reply|response|answer|message|comments?|remarks?|warning|plea|assessment|"
    r"reaction|retort|thoughts|sentiments?|opinion|take|quote|quotation|testimony)"
)
_HANDED_ON = lazy_compile(
    r"\s*(?:"
    r"(?:That|This|Those|These|Such)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:" + _SPEECH_NOUN + r"|how|what)\b"
    r"|So\s+(?:said|says|spoke|wrote)\b"
    r"|(?:The|Her|His|Their|Those|These|That|This)\s+(?:[\w'’-]+\s+){0,2}?" + _SPEECH_NOUN + r",?\s+"
    r"(?:came|come|was|were|is|are|of|from|by)\b"
    r")"
)
"""A sentence that says whose the words just quoted were: "That was the verdict of ...", "Those were the words
of ...", "That is how ... put it", "So said ...", "The reply came from ..."."""
_QUESTION = lazy_compile(r"[^.!?]+\?[\s\"”»)]*")
"""Words that are one question, and nothing more: not a statement ending in a question, nor a question quoted
inside them ("One word sums it up: 'How?'")."""
_SUBJECT_PRONOUN = lazy_compile(r"\s*(?:[A-Z][\w'’-]*,\s+)?(He|She)\b")
"""A sentence whose subject is a pronoun, perhaps after a fronted adverb ("Later, she ...")."""
_PRONOUN_GENDER = {"He": "male", "She": "female"}
_ASKS_SOMEONE = lazy_compile(
    r"[^.!?\"“”]{0,60}?\b(?:asked|asks|pressed|questioned)\s+"
    r"(?!(?:if|whether|why|how|what|when|where|who|about|again|later|then|during|in|at|on|for|after)\b)[\w'’]"
)
"""A said-clause that puts its question to someone: `"...?" the lawyer asked the witness`, `asked Tom Hale`."""
_TITLES_ONLY = lazy_compile(r"(?:[A-Z][\w'’.-]*\s+)*")
"""Capitalised words only, before a name: a title ("Sen.", "Rep.") between "asked" and the name."""
_GOES_ON = lazy_compile(r"[^.!?\"“”]{0,60}?\b(?:added|adds|continued|continues|went\s+on|goes\s+on)\b")
"""A said-clause that carries on words its speaker began before: "...," Ann Cole added."""

MentionsBetween = Callable[[int, int], list[Mention]]


def narrative_between(
    text: str,
    sentences: Iterable[tuple[int, int]],
    speaker: str | None,
    gender: str | None,
    mentions_between: MentionsBetween,
) -> bool:
    """Whether any of `sentences`, between a quotation's said-clause and a bare quotation, is not about the
    speaker: words of the writer's own that may have moved the story to someone else.

    A sentence opening with the speaker's name or pronoun carries the same voice on ("Harlow added that the roof
    was sound.", "She paused."); any other, even one naming nobody, leaves the next words open.
    """
    return any(
        _WORD.search(text, start, end) is not None
        and not _opens_with_speaker(text, start, end, speaker, gender, mentions_between)
        for start, end in sentences
    )


def _opens_with_speaker(
    text: str, start: int, end: int, speaker: str | None, gender: str | None, mentions_between: MentionsBetween
) -> bool:
    opening = _SPACES.match(text, start, max(start, end)).end() - start  # type: ignore[union-attr]
    first_word = start + opening
    mentions = mentions_between(start, end)
    if mentions and mentions[0].person == speaker and mentions[0].start <= first_word + 20:
        return all(mention.person == speaker for mention in mentions)
    pronoun = _SUBJECT_PRONOUN.match(text, start, end)
    return pronoun is not None and not mentions and (gender is None or _PRONOUN_GENDER[pronoun.group(1)] == gender)


def handed_on_after(text: str, start: int, end: int, speaker: str | None, mentions_between: MentionsBetween) -> bool:
    """Whether the sentence at text[start:end], just after a bare quotation, says whose words they were, and
    names somebody else than `speaker` or nobody ("That was the verdict of one volunteer")."""
    if _HANDED_ON.match(text, start, end) is None:
        return False
    return not any(mention.person == speaker for mention in mentions_between(start, end))


def asks_someone(
    text: str, close_at: int, clause_end: int, mentions_between: MentionsBetween, speaker: str | None
) -> bool:
    """Whether the said-clause from `close_at` to `clause_end` puts the question to a listener, who answers. Not
    when the one named after "asked" is the asker (`speaker`), the said-clause inverted: `"...?" asked Sen. Ann
    Cole, a critic. "..."`: nobody is asked, and the words after go on in Cole's voice."""
    asked = _ASKS_SOMEONE.match(text, close_at, clause_end)
    if asked is None:
        return False
    named = next(iter(mentions_between(asked.end() - 1, clause_end)), None)
    return not (
        named is not None and named.person == speaker and _TITLES_ONLY.fullmatch(text, asked.end() - 1, named.start)
    )


def asks(quotation_text: str) -> bool:
    """Whether quoted words are a question and only that: the next words quoted are, as a rule, its answer. A
    statement that ends by asking ("We did all we could. What more can we do?") asks nobody in particular."""
    return _QUESTION.fullmatch(quotation_text.strip()) is not None


def carried_on_by_next(text: str, bare_end: int, following_open: int, following_close: int, clause_end: int) -> bool:
    """Whether the quotation after a bare one follows it straight away (nothing but space between, from
    `bare_end` to `following_open`) and its said-clause says its speaker goes on (`"...," Ann Cole added`)."""
    return not text[bare_end:following_open].strip() and _GOES_ON.match(text, following_close, clause_end) is not None
