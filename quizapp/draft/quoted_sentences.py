"""Whether quoted words shown alone in a cloze are a sentence someone said: not a piece of one, nor a title.

A cloze on quoted words (`quoted_numbers`, `quoted_names`) shows the quotation's sentence on its own, capitalised
and between marks, as words said. Read question by question on PolNeAR train drafts, two kinds of quoted words
were no such sentence, and their clozes were unsound nearly every time:

- a partial quotation, which opens lowercase inside the article's own sentence (the party "condemns the use of
  the site to recruit"): shown alone it is a fragment with no subject ("“Condemns the use of {{Twitter}} ...”",
  "“With the aim of ...”"), the sentence around it is what says who did what. One opening on "I", "we" or "you"
  is a clause of the speaker's own ("we will send a clear signal") and stays;
- a title in quotation marks, a book's, a show's, a film's, a headline's or a letter's signature: every word but
  the small ones capitalised ("“The Late Show with {{Stephen Colbert}}.”", "“{{13}} Hours: ...”"). It names a
  work and was never said; a blank in it is half of a name (terms.py keeps short titles out of the quotations
  at once; a longer one, or one ending on a full stop, stays a quotation there). An article's own line written
  so (a letter's signature, "Dean Baker, Center for Economic and Policy Research.") is no statement either.
"""

from __future__ import annotations

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.lexicon import TITLE_CASE_SMALL_WORDS, word_set

_WORD = lazy_compile(r"[^\W_][\w’'.-]*")
_OWN_CLAUSE = word_set("i we you i'm i’m we're we’re we've we’ve you're you’re i've i’ve we'll we’ll i'll i’ll")
"""A partial quotation opening on its own subject is a clause the speaker said, whole."""
MIN_TITLE_WORDS = 3


def a_said_sentence(text: str, start: int, end: int) -> bool:
    """Whether the quoted text[start:end] (its opening mark left out) reads alone as words said."""
    words = _WORD.findall(text, start, end)
    if not words:
        return False
    if words[0][:1].islower() and words[0].lower() not in _OWN_CLAUSE:
        return False  # a partial quotation: a piece of the article's sentence
    return not _a_title(words)


def written_as_a_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is written as a title or a signature ("Ana Ruiz, Kelbridge Harbour Trust."): every
    word but the small ones opens on a capital or a digit. The article's own lines are read the same way."""
    return _a_title(_WORD.findall(text, start, end))


def _a_title(words: list[str]) -> bool:
    big = [word for word in words if word.lower() not in TITLE_CASE_SMALL_WORDS]
    return len(big) >= MIN_TITLE_WORDS and all(word[:1].isupper() or word[:1].isdigit() for word in big)
