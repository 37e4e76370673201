"""Words carried by a thing or a crowd named right before the quotation: a headline, a banner, a song, a report.

The words "the sign read" introduces, right before the quotation, are nobody's speech (`written_on_a_thing`, for
said_before.py). News sets such words after the thing's noun just as often, and then the sentence's speaker is only
the one who saw, got or heard them: `Reid said the players had read the headline "..."`, `Ruiz said she had received
hundreds of emails saying "..."`, `Reid thanked the fans who had sung "..." all afternoon`. The words are the
headline's, the emails' senders', the fans': never the sentence subject's. Only things that carry other people's
words count (a headline, a banner, a chant), messages only when the subject received them ("Ruiz posted a message
saying" is hers), and a relative clause only when its verb sings or shouts.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile

_WRITTEN_ON = lazy_compile(
    r"\b(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:sign|banner|placard|note|notice|poster|card|"
    r"caption|slogan|inscription|headline|message|text|graffiti)"
    r"(?:\s+(?:on|in|at|outside|above|over|by)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"\s+(?:read|reads|said|says|stated|declared)\s*[:,]?\s*$"
)
"""Words written on something, right before the quotation: "Dunne said the sign read "closed for good"": nobody
said them."""
_WRITTEN_VERBS = frozenset({"read", "reads", "said", "says", "stated", "declared"})
"""`_WRITTEN_ON`'s verbs: only spaces and a colon or comma follow its verb, so that verb is the clause's last word,
looked up before the pattern is tried at every character (as "that" and "told" are for the patterns that hold
them)."""
_CARRIED = lazy_compile(
    r"(?:"
    r"\b(?:headlines?|signs?|banners?|placards?|slogans?|chants?|songs?|posters?|graffiti|inscriptions?|"
    r"mottos?|hashtags?|captions?|lyrics?|anthems?|hymns?|refrains?|chorus|choruses|verses?)"
    r"(?:\s+(?:saying|reading|that\s+(?:read|reads|said|says)|which\s+(?:read|reads|said|says)|of|with\s+the\s+words|"
    r"bearing(?:\s+the\s+words)?))?"
    r"|\b(?:received|receives|receiving|got|gets|been\s+sent|were\s+sent|was\s+sent)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:e-?mails?|messages?|letters?|texts?|notes?|cards?|calls?)\s+(?:saying|reading|that\s+said|which\s+said)"
    r"|\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:sung|sang|sing|sings|chanted|chant|chants|shouted|"
    r"yelled|screamed)"
    r")\s*[:,]?\s*$"
)

_DOCUMENT_CLAUSE = lazy_compile(
    r"\b(?:reports?|rulings?|judgments?|judgements?|studies|study|surveys?|reviews?|minutes|guidance|documents?|"
    r"findings|audits?|inquiry|inquiries)\s*,\s+which\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:said|says|states?|stated|reads?|found|finds|warned|warns|concluded|concludes|described|describes)\b"
    r"[^.;:!?\"“”]*$"
)
"""A relative clause whose subject is a document, the quotation in it: `Nowak quoted the board's report, which
said the walls "will fail"`: the report's words, whoever cites it."""


def carried_by_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the words before a quotation (text[start:end], its sentence up to the opening mark) end with a
    thing that carries someone else's words, or with a crowd's singing or shouting in a relative clause, or sit
    in what a relative clause tells a document said."""
    window = max(start, end - 200)
    return _CARRIED.search(text, window, end) is not None or (
        "which" in text[window:end] and _DOCUMENT_CLAUSE.search(text, window, end) is not None
    )


def written_on_a_thing(text: str, start: int, end: int, last_word: str) -> bool:
    """Whether the clause from `start` to the quotation at `end` (its last word `last_word`) ends in words written on
    something: "Dunne said the sign read "closed for good""."""
    return last_word in _WRITTEN_VERBS and _WRITTEN_ON.search(text, start, end) is not None
