"""A paragraph that opens with a quotation and gives it to "he" or "she" is the voice the paragraph before ended on.

News introduces a voice with reported speech and hands the next paragraph to that voice's own words:

    Union secretary Kofi Mensah said members were angry.
    "We were promised weeks, not months," he said.

The reader takes "he" for the voice just brought in, whoever else the story named before; a writer who meant
someone else would have named them. On the tune sets and the fresh fixtures every such paragraph (35 of 35, 6
with a voice of no known gender) was the voice's, while the pronoun sieve's chain, walking back to the last
subject, left a few of them unsure or gave them to a name met earlier. So the voice is taken, sure, when

- the pronoun's paragraph opens with the quotation, and nothing but quoted words comes before the pronoun;
- the previous paragraph's last sentence has a named person as the subject of a speech verb ("Mensah said",
  "said Kofi Mensah"), whose gender fits the pronoun;
- it is the sentence's only voice whose gender fits ("Brandt said they were in order, but Vance said they were
  not" may go on with either), and nobody else whose gender fits is named after it ("Mensah said Tom Bell had
  ..." leaves "he" to the chain and its doubts);
- that voice does not ask ("Reid looked tired when Tapper asked about the polls."): the next paragraph's words
  answer the question, and are someone else's, so the chain and its doubts decide.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from quizapp.draft.article import Article
from quizapp.draft.last_speaker import speaks_there
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.person import Mention, Person
from quizapp.draft.quoted_spans import QUOTED_SPAN
from quizapp.draft.sentences import Sentence

_LETTER = lazy_compile(r"[^\W\d_]")
_OPENS_WITH_QUOTE = lazy_compile(r"\s*[\"“‘«]")
_ASKS = lazy_compile(r"(?:\s*,[^,.;:!?\"“”]{1,100},)?\s*,?\s+(?:[a-z]+\s+){0,2}?ask(?:ed|s)?\b")
"""A voice's verb that asks ("Tapper asked whether", "Kemp, the host, then asked"): the question's answer follows."""


def voice_before_paragraph(
    article: Article,
    sentences: Sequence[Sentence],
    sentence_index: int,
    position: int,
    mentions_between: Callable[[int, int], list[Mention]],
    people: Mapping[str, Person],
    fits: Callable[[Person], bool],
) -> Mention | None:
    """The voice the paragraph before ended on, when the pronoun at `position` (in sentence `sentence_index`)
    attributes a quotation that opens its paragraph; else None."""
    text = article.text
    paragraph = sentences[sentence_index].paragraph
    if paragraph == 0:
        return None
    start = article.paragraphs[paragraph].start
    if _OPENS_WITH_QUOTE.match(text, start) is None or not _only_quoted(text, start, position):
        return None
    last = sentence_index
    while last >= 0 and sentences[last].paragraph >= paragraph:
        last -= 1
    if last < 0 or sentences[last].paragraph != paragraph - 1:
        return None
    named = [m for m in mentions_between(sentences[last].start, sentences[last].end) if not m.in_quote]
    voices = [m for m in named if fits(people[m.person]) and speaks_there(text, m.start, m.end)]
    if len({m.person for m in voices}) != 1 or people[voices[-1].person].kind != "person":
        return None  # "Brandt said they were in order, but Vance said they were not": either may go on
    voice = voices[-1]
    if _ASKS.match(text, voice.end) is not None:
        return None  # "... when Tapper asked whether ...": the words of the next paragraph answer him
    if any(m.start > voice.start and m.person != voice.person and fits(people[m.person]) for m in named):
        return None
    return voice


def _only_quoted(text: str, start: int, end: int) -> bool:
    """Whether every letter of text[start:end] is inside a quotation. Read up to the first letter outside one, so a
    long paragraph of `"...," he said.` is not read again, whole, for each of its pronouns."""
    at = start
    for quoted in QUOTED_SPAN.finditer(text, start, end):
        if _LETTER.search(text, at, quoted.start()) is not None:
            return False
        at = quoted.end()
    return _LETTER.search(text, at, end) is None
