"""A body's speech verb put off by the document it spoke in: "The Harbour Board, in a statement, said ...".

News names a body that speaks and only then the verb, with the statement or letter in between: "The
Ministry of Ports, in an official statement, said", "The Opposition Group in a statement today says".
The name's next word is then no speech verb, so the people finder took no evidence from it and the body
was never found: its words went to nobody. The aside is read here, from the name's end to the verb.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERBS

DOCUMENT_NOUNS = (
    "statement",
    "letter",
    "release",
    "post",
    "tweet",
    "message",
    "note",
    "notice",
    "announcement",
    "email",
    "memo",
    "report",
    "lawsuit",
    "suit",
    "complaint",
    "editorial",
    "website",
)
"""The documents' nouns: as plain text, an issuer is only ever looked for near one of them (documents.py)."""
DOCUMENT = (  # the noun is its pattern's first group
    r"(?:(?:joint|written|brief|short|official|open|formal|press|club|company|police|family|"
    rf"government|ministry)\s+)?({'|'.join(DOCUMENT_NOUNS)})s?"
)

_ASIDE_THEN_VERB = lazy_compile(
    rf",?\s+(?:in|through|via)\s+(?:a|an|its|their|his|her)\s+{DOCUMENT}"
    r"(?:\s+(?:today|yesterday|on\s+[A-Z]\w+|this\s+week|last\s+week))?,?\s+(?:(?:also|later|then)\s+)?([a-z]+)\b"
)


def speaks_after_document_aside(text: str, end: int) -> bool:
    """Whether a speech verb follows the name ending at `end` once a document aside is passed over."""
    aside = _ASIDE_THEN_VERB.match(text, end, end + 120)
    return aside is not None and aside.group(2) in SPEECH_VERBS
