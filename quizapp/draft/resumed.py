"""A bare quotation paragraph after a stretch of story takes back the last voice, when nobody else took it up.

News often leaves a speaker for a paragraph or two of plain story (the score, what happened next, what the
speaker did) and then goes back to their words with a paragraph that is only a quotation and names nobody:

    "We gave it everything," coach Mara Lind told reporters.
    The loss was the club's third in a row.
    "We will learn from it."

A reader hears the same voice: a new voice would have been named. So does a paragraph that tells what the
speaker did, with their pronoun, and then gives bare words ("She knew the bulletin was right. "..."").
The same holds when the voice was last heard
in reported speech rather than quotation marks ("Lind said the club would appeal."). Whose voice it is can be
wrong, so it is sure only when nothing else could have taken the speech over: the voice is the only one the
article has quoted so far, and nobody else (no one named, no unnamed role, no "they" or pronoun of another
gender) comes between. Otherwise the voice is offered unsure, with the reason, so a teacher can still confirm it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping

from quizapp.draft.article import Article
from quizapp.draft.last_speaker import speaks_there
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB
from quizapp.draft.person import Mention
from quizapp.draft.quotation import Quotation
from quizapp.draft.roles import unnamed_subject

REACH = 4
"""How many paragraphs back the last voice may be: three paragraphs of story at most between it and the words."""
_SENTENCE_PRONOUN = lazy_compile(r"(?:^|(?<=[.!?\n]))\s*(He|She|They)\b")
_PRONOUN_GENDER = {"He": "male", "She": "female"}
_PRONOUN_SAYS = lazy_compile(r"\b(he|she|they)\s+(?:" + SPEECH_VERB + r")\b", re.IGNORECASE)
"""A pronoun's reported speech between ("but he said he could not believe it"): a voice nobody names."""
_ABOUT_THEM = lazy_compile(r"\s*(He|She)\b")
"""A paragraph whose narrative opens with the voice's pronoun ("She knew the bulletin was right. "..."")."""
_QUOTE_MARK = lazy_compile(r"[\"“”‘’«»]")
_SAYS = lazy_compile(r"\b(?:" + SPEECH_VERB + r")\b")
_QUOTED = lazy_compile(r"[\"“«][^\"”»]*[\"”»]")
_SENTENCE_END = lazy_compile(r"[.!?](?=[\"”’]?\s)")


def _sentence_end(article: Article, offset: int) -> int:
    """Where the sentence holding `offset` ends, within its paragraph."""
    paragraph_end = article.paragraphs[article.paragraph_index(offset)].end
    found = _SENTENCE_END.search(article.text, offset, paragraph_end)
    return found.end() if found is not None else paragraph_end


_SPOKEN_TO = lazy_compile(
    r"\s+(?:was|were|is|are|has been|had been|have been)\s+(?:\w+ly\s+)?"
    r"(?:asked|told|questioned|urged|warned|ordered|instructed|advised)\b"
)
"""A passive speech verb after a name ("Marsh was asked by the coach to sit out"): spoken to, not speaking."""
_SIGNED_BELOW = lazy_compile(r"\s*[—–-]")
"""A paragraph opening with a dash after the quotation: the line that signs it (`— said Ada Hart, in a report`)."""


def resumed_voice(
    article: Article,
    quotation: Quotation,
    last: Quotation | None,
    mentions_between: Callable[[int, int], list[Mention]],
    genders: Mapping[str, str | None],
    voices_so_far: Collection[str],
    unvoiced_end: int = -1,
    is_subject: Callable[[Mention], bool] = lambda mention: True,
    one_of_many: Collection[str] = (),
) -> tuple[str, str | None] | None:
    """The last voice within reach before `quotation` (a paragraph that is only a quotation, or whose narrative
    before it opens with the voice's pronoun and says nothing was said) and why it may not
    be this one's (None when sure), or None when no voice is in reach. `unvoiced_end`: where the last quotation
    before it whose speaker was not found ends (-1: none), a voice after the last one known. `one_of_many`: voices
    named by an indefinite role ("one livid passenger"): in a story of many passengers' posts, bare words after
    paragraphs of story are as likely the next passenger's, so such a voice comes back unsure.

    When the story has turned to someone else since the voice (the last subject named between is another
    person), that person is offered instead, unsure: a court report names the accused after the prosecutor's
    words, then gives the accused's statement; either could be whose words these are."""
    text = article.text
    paragraph = quotation.sentence.paragraph
    opening = article.paragraphs[paragraph].start
    lead_in = text[opening : quotation.quote.open_at]
    about = _ABOUT_THEM.match(lead_in) if lead_in.strip() else None
    if lead_in.strip() and (about is None or _QUOTE_MARK.search(lead_in) or _SAYS.search(lead_in)):
        return None  # a later quotation of its paragraph, after words that are not about the voice alone
    if paragraph + 1 < len(article.paragraphs) and _SIGNED_BELOW.match(text, article.paragraphs[paragraph + 1].start):
        return None  # `"..."` then `— said Ada Hart, in a report`: the line below names its speaker
    before = article.paragraphs[paragraph - 1] if paragraph - 1 >= article.body_start else None
    if before is not None and text[before.start : before.end].rstrip().endswith(":"):
        return None  # `17-year-old Jo Pell echoed:` then the words: they are whoever that line names, found or not
    reach_start = article.paragraphs[max(article.body_start, paragraph - REACH)].start
    named = [m for m in mentions_between(reach_start, quotation.quote.open_at) if not m.in_quote]
    voice: str | None = None
    voice_end = -1
    doubt: str | None = None
    if last is not None and last.speaker is not None and last.quote.close_at > reach_start:
        voice, voice_end = last.speaker, max(last.quote.close_at, last.sentence.end)
        doubt = None if last.sure else last.doubt or "the quotation before it has an unsure speaker"
    for mention in named:  # reported speech after the last quotation ("Lind said the club would appeal.")
        if (
            mention.start > voice_end
            and speaks_there(text, mention.start, mention.end)
            and not _SPOKEN_TO.match(text, mention.end)
        ):
            voice, voice_end, doubt = mention.person, _sentence_end(article, mention.end), None
    if voice is None or article.paragraph_index(voice_end - 1) > paragraph - 2:
        return None  # a voice in the paragraph just before: the sieves that read it have had their say
    if about is not None:  # "She knew ... "..."": only a voice of her gender is whom the words go back to
        gender = genders.get(voice)
        if gender not in (None, _PRONOUN_GENDER[about.group(1)]):
            return None
        if gender is None:
            doubt = doubt or f"“{about.group(1)}” before the words may be someone else: the speaker's gender is unknown"
    turned_to = [m.person for m in named if m.start >= voice_end and m.person != voice and is_subject(m)]
    if turned_to:
        return turned_to[-1], "the story turns to this person after the last voice, paragraphs before: maybe theirs"
    if voice in one_of_many:
        doubt = doubt or "its speaker is one of many unnamed, and the words come after paragraphs of story"
    if unvoiced_end > voice_end:
        doubt = doubt or "a quotation whose speaker was not found comes between this one and its speaker's"
    return voice, doubt or _taken_over(text, voice, voice_end, quotation, named, genders, voices_so_far)


def _taken_over(
    text: str,
    voice: str,
    voice_end: int,
    quotation: Quotation,
    named: list[Mention],
    genders: Mapping[str, str | None],
    voices_so_far: Collection[str],
) -> str | None:
    """Why someone other than `voice` may have taken up the speech before `quotation`, or None."""
    if any(m.person != voice for m in named if m.start >= voice_end):
        return "someone else is named since its speaker last spoke, paragraphs before"
    role = unnamed_subject(text, voice_end, quotation.quote.open_at)
    if role is not None:
        return f"“{role}” comes between this quotation and its speaker's last words, paragraphs before"
    gender = genders.get(voice)
    for opening in _SENTENCE_PRONOUN.finditer(text, voice_end, quotation.quote.open_at):
        subject = opening.group(1)
        if subject == "They" or (gender is not None and _PRONOUN_GENDER[subject] != gender):
            return f"“{subject}” between this quotation and its speaker's last words is someone else"
    unquoted = _QUOTED.sub(" ", text[voice_end : quotation.quote.open_at])
    if _SAYS.search(unquoted):  # "A woman who lives across the lane said she woke ...": another voice, unnamed
        return "someone speaks between this quotation and its speaker's last words, paragraphs before"
    for says in _PRONOUN_SAYS.finditer(text, voice_end, quotation.quote.open_at):
        sayer = says.group(1).capitalize()
        if sayer == "They" or gender is None or _PRONOUN_GENDER[sayer] != gender:
            return f"“{says.group(1)}” who speaks between may be someone else"
    if set(voices_so_far) - {voice}:
        return "the story goes on for paragraphs since its speaker last spoke, and others have spoken"
    return None
