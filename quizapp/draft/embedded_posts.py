"""Posts from social media pasted into an article's text: their words are not the story's sentences.

A web page embeds a post with its link and its signature line ("... pic.twitter.com/Ab12 — Ana Ruiz (@anaruiz)
July 23, 2016."), and the copied text keeps them run into one line. Read on PolNeAR train drafts, every question on
such a line was unsound: a cloze on the poster's name is a byline cloze ("— {{Brian Fallon}} (@brianefallon)"), a
true/false swap of it reads "— James Comey (@SpeakerRyan)", and the post's words come with a link no student can
read. A paragraph holding a short link or a signature is the post, all its sentences ("Twelve percent more for a
berth? Not this year. pic.twitter.com/Ab12 — ..."), and is left to no question of the story's sentences; a name
right after "#" or "@" is a tag or a handle, half of a name ("#{{Cologne}}"), never a blank.
"""

from __future__ import annotations

from collections.abc import Iterable

from quizapp.draft.lazy_patterns import lazy_compile
from quizapp.draft.sentences import Sentence

_POST_MARKS = lazy_compile(
    r"https?://t\.co/|pic\.twitter\.com/|\(@\w{1,30}\)[ ]+[A-Z][a-z]{2,8}\.?[ ]+\d{1,2},[ ]+\d{4}"
)
"""A post's short link or picture link, or its signature: "(@handle) June 28, 2016"."""


def in_an_embedded_post(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a post's link or signature line."""
    return _POST_MARKS.search(text, start, end) is not None


def post_paragraphs(text: str, sentences: Iterable[Sentence]) -> frozenset[int]:
    """The paragraphs (by index) that hold a post's link or signature: pasted posts, each sentence of them."""
    return frozenset(
        sentence.paragraph for sentence in sentences if in_an_embedded_post(text, sentence.start, sentence.end)
    )


def after_a_tag_mark(text: str, start: int) -> bool:
    """Whether the word at `start` follows "#" or "@": a hashtag's or a handle's, not a name to blank."""
    return start > 0 and text[start - 1] in "#@"
