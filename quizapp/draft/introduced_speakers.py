"""Someone new the story lets speak unnamed, whatever the noun: `"...," one reader wrote`, `said another voter`.

A phrase that opens on "a", "one" or "another" introduces someone the reader has not met, so it points back at
nobody named before: `"...," one senior lawmaker said` is that lawmaker's, never the name in the sentence before.
roles.py knows such speakers by their role noun ("a spokesman", "one local woman"); news uses any noun for
them ("one user", "another commenter", "a party staffer"). When no role noun is there, the phrase is still
the speaker's as written, if it is the whole subject of the speech verb: right before the verb (perhaps
"who ..." between), or ending the clause after an inverted verb. A document ("a statement said") is its
author's (documents.py), not a speaker of its own, and a bare "another said" names nobody the reader could
tell apart.
"""

from __future__ import annotations

from quizapp.draft.document_asides import DOCUMENT_NOUNS
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB

_PHRASE = lazy_compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
    r"(?:(?!(?:said|says|told|who|which|that|and|or|but|when|as)\b)[\w'’.-]+\s+){0,4}?"
    r"(?P<head>(?!(?:said|says|told|who|which|that|and|or|but|of)\b)[\w'’-]+)"
    rf"(?:(?=\s+(?:also\s+|later\s+|then\s+)?(?!\w+ing\b)(?P<verb>{SPEECH_VERB})\b)|(?P<ends>(?=,\s+who\b|\s*[,.;!?](?:\s|$)|\s*$)))"
)
"""An introducing article, up to four words and the phrase's last word, then the speech verb (not a participle: "a
nod to the rival acknowledging" is no one saying), a "who" clause or the clause's end: `one former campaign
staffer` (said), `a party official familiar with the talks` (, who ...)."""
_INVERTED = lazy_compile(rf"(?:[”\"’],?|,[”\"’])\s*(?:{SPEECH_VERB})\s+$")
"""What stands before a phrase that ends its clause: the quotation's close and an inverted verb (`," said one
user.`). After any other verb the phrase is its object (`..., posted a warning.`)."""
_LATER_VERB = lazy_compile(rf"\b(?:{SPEECH_VERB})\b")
"""A second speech verb after the phrase's own: `one fan complained that ..., and another asked, "..."`."""
_PRONOUNS = frozenset({"them", "us", "you", "those", "these", "theirs", "ours", "whom"})
_THINGS = frozenset(noun for document in DOCUMENT_NOUNS for noun in (document, document + "s"))


def introduced_at(text: str, position: int, end: int) -> str | None:
    """The phrase at `position` (before `end`) that introduces an unnamed speaker, or None."""
    match = _PHRASE.match(text, position, end)
    if match is None or match.group("head").lower() in _PRONOUNS:
        return None  # "one of them said": one of a group, no one the reader can tell apart
    if not _THINGS.isdisjoint(word.lower() for word in match.group(0).split()):
        return None  # "a statement from the families said": the document's author is documents.py's to find
    if match.group("ends") is not None and _INVERTED.search(text, max(0, position - 30), position) is None:
        return None
    if match.group("verb") is not None and _LATER_VERB.search(text, match.end("verb"), end) is not None:
        return None  # the words are the later verb's, whose subject may be someone else ("and another asked")
    return match.group(0)
