"""Words framed by their speaker's name without a speech verb of theirs: "As Reid put it, ...", "In Reid's words,
...", "Reid's verdict was blunt: "..."", "Dunne quoted Reid as saying: "..."", "For Reid, the vote was "..."", "what
Reid called "..."".

News prose often lends a quotation to its speaker through a frame instead of a said-clause: the
frame names the one person whose words follow, so the speaker is as certain as after "said". The
frame must stand alone in its sentence: when another speech verb comes between it and the words
("As Reid put it to the mayor, Varga replied: ..."), the frame is not the words' and nobody is sure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.person import Mention, Person

_POSSESSIVE = r"(?:['’]s?)?"
_AS_PUT_IT = lazy_compile(r"\s+(?:has\s+|had\s+|once\s+)?puts?\s+it\b")
"""After the name in "As Reid put it"."""
_AS_BEFORE = lazy_compile(r"\b[Aa]s\s+(?:[\w.'’-]+\s+){0,3}$")
"""Before the name: "As", perhaps with a title ("As council leader Ruth Varga put it")."""
_IN_WORDS_BEFORE = lazy_compile(r"\b[Ii]n\s+(?:the\s+words\s+of\s+(?:[\w.'’-]+\s+){0,3})?$")
_IN_WORDS_AFTER = lazy_compile(_POSSESSIVE + r"\s*(?:own\s+)?words\b")
_QUOTED_AS_BEFORE = lazy_compile(r"\bquot(?:ed|es|ing)\s+(?:[\w.'’-]+,?\s+){0,3}$")
_QUOTED_AS_AFTER = lazy_compile(r",?\s+as\s+(?:saying|telling|writing|adding)\b")
""""Reid quoted Grant as saying: "..."": the words are Grant's, whoever quotes them."""
_VERDICT = lazy_compile(
    _POSSESSIVE + r"\s+(?:words|message|reply|answer|response|verdict)\s+(?:was|were|is|are)\b[^.;!?\"“”:]{0,40}:\s*$"
)
"""After the name, up to the quotation: "Reid's verdict was blunt:"."""
_WHAT_BEFORE = lazy_compile(
    r"\b[Ww]hat\s+(?:(?!(?:the|a|an|by|of|for|from|in|on|to|with|his|her|their|its)\s)[a-z]+\s+){0,2}$"
)
"""Before the name: "what", perhaps with a title ("what aide Kevin Reid"), never a phrase the name is in ("what the
report by Reid")."""
_WHAT_CALLED_AFTER = lazy_compile(
    r"(?:,[^,;:\"“”]{1,80},)?\s+(?:(?:has|had|have|once|later|himself|herself)\s+)*"
    r"(?:calls?|called|describes?|described|dubs?|dubbed|terms?|termed|labels?|labell?ed|brands?|branded)"
    r"\s+(?:as\s+)?(?:the\s+|a\s+|an\s+)?"
)
""""what Reid, the port's owner, has called a "...": the words a person chose for a thing, hers as if she said them."""


_WHAT_PRONOUN = lazy_compile(r"\b[Ww]hat\s+(he|she)\b")
"""The he/she of "what she called "..."", found in the few words before the quotation."""
_THE_OPENS = lazy_compile(r"\s*[Tt]he\s")
"""Quoted words opening with "the": a name for a thing ("the culture of the club"), not a judgment of it."""
_CLAUSE_CLOSES = lazy_compile(r"\s*(?:[.,;!?]|$)")
"""After the quotation's closing mark: its clause ends there ("what she called "a long fight."")."""


def framed_pronoun(text: str, quote_open: int, quote_close: int) -> re.Match[str] | None:
    """The he/she framing the quotation, as a name does in "what Reid called "..."": "on what she called "a long
    fight."", a judgment of hers. Only when the words close their clause and no "the" opens them: "what he calls
    the "root causes" of the war", "what he called "the culture of the club"" name a thing, his term for it rather
    than words he said."""
    if _THE_OPENS.match(text, quote_open + 1) is not None:
        return None
    for found in _WHAT_PRONOUN.finditer(text, max(0, quote_open - 40), quote_open):
        if (called := _WHAT_CALLED_AFTER.fullmatch(text, found.end(), quote_open)) is not None:
            if called.group(0).rstrip().endswith(("the", "The")):
                return None
            text_end = text[max(quote_open, quote_close - 2) : quote_close]
            if any(mark in text_end for mark in ".,;!?") or _CLAUSE_CLOSES.match(text, quote_close) is not None:
                return found
    return None


def framed_speaker(
    text: str, sentence_start: int, mentions: Sequence[Mention], quote_open: int, people: dict[str, Person]
) -> tuple[Mention, int] | None:
    """The person whose name frames the quotation opening at `quote_open`, and where the frame ends."""
    for_someone = _for_someone(text, sentence_start, mentions, quote_open, people)
    if for_someone is not None:
        return for_someone
    for mention in reversed(mentions):
        person = people.get(mention.person)
        if person is None or person.kind != "person" or mention.in_quote:
            continue
        # the words after the name are matched where they must be, before the words up to it are searched
        before = text[max(0, mention.start - 60) : mention.start]
        if (match := _AS_PUT_IT.match(text, mention.end, quote_open)) and _AS_BEFORE.search(before):
            return mention, match.end()  # "As Reid put it, the council had "sold the harbour""
        if (match := _IN_WORDS_AFTER.match(text, mention.end, quote_open)) and _IN_WORDS_BEFORE.search(before):
            return mention, match.end()  # "In Reid's words, "..."", "In the words of Ruth Reid, "...""
        if before.rstrip().endswith("of") and _IN_WORDS_BEFORE.search(before):
            return mention, mention.end
        if (match := _QUOTED_AS_AFTER.match(text, mention.end, quote_open)) and _QUOTED_AS_BEFORE.search(before):
            return mention, match.end()  # "Reid quoted Grant as saying: "...""
        if _WHAT_CALLED_AFTER.fullmatch(text, mention.end, quote_open) and _WHAT_BEFORE.search(before):
            return mention, quote_open  # "the council ended what Reid called "a shameful neglect of the harbour""
        if (match := _VERDICT.match(text, mention.end, quote_open)) is not None:
            return mention, match.end()  # "Reid's verdict was blunt: "...""
    return None


_FOR_OPENING = lazy_compile(r"\s*For\s+(?:[\w.'’-]+\s+){0,3}")
"""A sentence opening "For" and perhaps a title before the name: "For fisherman John Trelease, ..."."""


def _for_someone(
    text: str, sentence_start: int, mentions: Sequence[Mention], quote_open: int, people: dict[str, Person]
) -> tuple[Mention, int] | None:
    """ "For Mary Dunne, the vote was "the end of everything"": the view, in quoted words, of the one person the
    sentence opens with, when nobody else is named before the words."""
    if not mentions or (person := people.get(mentions[0].person)) is None or person.kind != "person":
        return None
    first = mentions[0]
    if _FOR_OPENING.fullmatch(text, sentence_start, first.start) is None or not text.startswith(",", first.end):
        return None
    if any(m.person != first.person for m in mentions[1:]):
        return None  # "For Dunne, Grant's plan was "a betrayal"": whose words is not said
    return first, first.end + 1


_QUOTED_AS = lazy_compile(
    r"\bquot(?:ed|es|ing)\s+[^.;:!?\"“”]{1,80}?,?\s+as\s+(?:saying|telling|writing|adding)\b[^\"“”]*$"
)


def quoted_as_saying(text: str, start: int, quote_open: int) -> bool:
    """Whether the words are introduced as someone's by another ("Shand quoted the coxswain as saying:"): when
    that someone is not a person the article names, the words are still never the quoter's."""
    return text.find("quot", start, quote_open) >= 0 and _QUOTED_AS.search(text, start, quote_open) is not None
