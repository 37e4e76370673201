"""Words in single quotation marks that are a spoken sentence, in a story that quotes speech in double ones.

A story that quotes its speakers in double marks keeps single ones for phrases: a nickname, a word held at arm's
length, words borrowed from a report ('mate', 'warm and welcoming'). So a speaker found for single-quoted words
there is left unsure (attribution.py): the words may be nobody's speech at all.

A phrase is never a sentence, though. Words that open with a capital and hold a sentence's end inside the marks
('Two points. That is the gap.') or close on the punctuation that hands over to a said-clause ('We gave
everything,' she said) are a spoken sentence typeset in the other marks (a paste, a second writer, a sub-editor's
slip): a phrase set in a sentence takes the sentence's own punctuation outside its marks. The doubt does not
apply to them; whether the speaker found is right is the sieve's business, as for any double-quoted sentence.

Measured before the change over every labelled set (four real tuning sets, the corpus's tune half, the
fixtures): the doubt fired 9 times, 6 with the right speaker, 2 on words the gold gives nobody ('mate', a
phrase from a report), 1 not in the gold. The two it releases are sentences, both with the right speaker; the
nobody's ones are phrases and keep it, and so do right ones that are no sentence (a headline's words, a
fragment), which the doubt protects as well as it can.

A phrase that a speech verb casts as the subject's own judgement is theirs whatever its marks: "Ambler described
the timetable as a 'slow-motion disaster'", "Kovac accused the trust of running a 'closed shop'". "Describe ... as"
and "accuse ... of" never name a thing (as "called" or "dubbed" may), so the single-quoted words after them are
the subject's, and the doubt does not apply either (two right speakers on real news, none wrong, in every set).

Nor does it apply to a phrase ending a clause that the speaker's speech verb reports with a pronoun as subject:
"Reid said he would back the plan with 'some reluctance'", "Reid said it was the 'nature' of coalitions". The
phrase is the speaker's wording of their own view, not something borrowed (on the five tuning sets of stop 24 the
doubt fired twice, both such phrases, both with the right speaker). A clause with a named subject keeps the doubt,
and so does a clause of its own inside ("said he welcomed the finding that the school was '...'": the corpus's one
such phrase, the finding's words).
"""

from __future__ import annotations

from quizapp.draft.article import Article
from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.quotes import Quote

_SENTENCE_END_INSIDE = lazy_compile(r"[.!?…]\s+[A-Z“\"‘']")
"""One sentence ending and the next opening inside the marks: "Two points. That is the gap"."""
_SPOKEN_CLOSE = (".", "!", "?", ",", "…")
"""The last mark before the closing quotation mark: a sentence's end, or the comma before a said-clause (read with
`str.endswith` on the stripped words: a pattern anchored at the end was tried at every character of them)."""


_CAST_AS_JUDGEMENT = lazy_compile(
    r"\b(?:described|describes|describing|accused|accuses|accusing)\s+(?:[^\s,.;:!?\"“”‘’]+\s+){0,12}?"
    r"(?:as|of)\s+(?:[a-z]+ing\s+)?(?:(?:a|an|the)\s+)?$"
)
"""A verb casting a judgement, its object, then "as" or "of" right before the marks: "described the goal as a ",
"accused the governor of running a "."""


_SAID_OF_ITSELF = lazy_compile(
    r"\b(?:said|says|added|adds|stated|states|admitted|admits|insisted|insists|explained|explains|conceded|concedes)"
    r"\s+(?:that\s+)?(?:he|she|it|they|we)\s+(?:(?!\b(?:that|which|who|whom|whose|whether|what|how)\b)"
    r"[^,;:.!?\"“”‘’]){0,100}$"
)
"""A speech verb and the clause it reports, its subject a pronoun, running unbroken to the marks: "said he would
back the plan with ", "said it was the ". Not through a clause of its own ("said he welcomed the finding that the
school was '...'": the finding's words)."""


def said_of_itself(text: str, start: int, open_at: int) -> bool:
    """Whether the words opening at `open_at` end a clause that a speech verb in text[start:] reports with a pronoun
    as its subject ("Reid said he would back it with 'some reluctance'"): the speaker's own wording of their view,
    in any marks. A clause with a named subject ("said the school was 'warm and welcoming'") may be quoting
    another source, and keeps the doubt."""
    return _SAID_OF_ITSELF.search(text, max(start, open_at - 160), open_at) is not None


def cast_as_judgement(text: str, start: int, open_at: int) -> bool:
    """Whether the words opening at `open_at` are what a "described ... as" or "accused ... of" in text[start:]
    casts its object as: the subject's own words, in any marks."""
    return _CAST_AS_JUDGEMENT.search(text, max(start, open_at - 160), open_at) is not None


def reads_as_a_sentence(words: str) -> bool:
    """Whether single-quoted `words` (without their marks) are a spoken sentence rather than a phrase."""
    words = words.strip()
    if not words or not words[0].isupper():
        return False
    return words.endswith(_SPOKEN_CLOSE) or _SENTENCE_END_INSIDE.search(words) is not None


def speech_in_double_marks(article: Article, candidates: list[Quote]) -> bool:
    """Whether the story quotes speech in double marks: then a single-quoted phrase may be only a phrase.

    Counted in the body only, by majority: a headline in double marks over a British story in
    single ones does not make every quotation of the story a doubt.
    """
    body = article.paragraphs[article.body_start].start if article.body_start < len(article.paragraphs) else 0
    doubles = sum(1 for q in candidates if q.double and not q.nested and q.open_at >= body)
    singles = sum(1 for q in candidates if not q.double and not q.nested and q.open_at >= body)
    return doubles > 0 and doubles >= singles
