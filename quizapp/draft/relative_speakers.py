"""A speech verb whose subject is "who": the speaker is the one the relative clause is about.

`Mayor Ana Ruiz thanked the harbour master, Tom Okafor, who said: "..."` gives the words to Okafor, not to
the mayor who opens the sentence; `Dan Hale praised a local fisherman, who said: "..."` gives them to the
fisherman, whom no name marks. The subject of the clause ending in the colon is the relative pronoun, and
its antecedent is what stands just before the comma that opens it (perhaps with an age: `Mark Bell, 52,
who said:`). A name there is the speaker, as surely as in `Tom Okafor said:`; anything else (a role, a
thing) leaves the words to nobody rather than to the sentence's first name.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import SPEECH_VERB

_WHO_SPEAKS = lazy_compile(
    r"(?:,\s*\d{1,3})?,\s+who\s+(?:(?:had|has|have|then|later|also|had\s+earlier|[a-z]+ly)\s+){0,2}(?:"
    + SPEECH_VERB
    + r")\b[^,.;!?\"“”‘’]{0,60}:\s*$"
)
"""`, who said:`, `, 52, who told reporters:`, `, who had said:`: a relative clause speaking, ending in the colon."""


def who_speaks_at(text: str, start: int, end: int) -> int | None:
    """Where the relative clause ("[, 52], who said:") that ends text[start:end] in a colon opens, or None when
    the clause ending there is not one whose subject is "who"."""
    match = _WHO_SPEAKS.search(text, start, end)
    return match.start() if match is not None and text[match.end() : end].strip() == "" else None
