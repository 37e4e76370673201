"""A name right after an article (or "former") and before a lowercase noun is that noun's modifier, no one a pronoun
can mean.

"The Okafor approach depends on ..., said Katrin Whitlock" names an approach: the governor is not the subject of the
sentence, and the next "she said" is the analyst's. The pronoun sieve took "The Okafor" for a subject and a second
woman the pronoun could mean, and left the words unsure (seen on PolNeAR train: "The Clinton approach ..."). A name
the article goes on to describe ("the Okafor of old", "the Okafor who won"), or followed by a verb or an adverb, is
still the person. Written in our own words.
"""

from __future__ import annotations

from quizapp.draft.name_modifiers import names_a_thing
from quizapp.draft.person import Mention

from .speakers import pattern, sure_speakers


def _mention(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), "okafor", False, False)


def test_the_speaker_after_a_name_used_as_an_adjective_is_sure() -> None:
    assert sure_speakers(pattern("name_before_a_noun"))["having to do much"] == "Katrin Whitlock"


def test_a_name_after_an_article_before_a_noun_names_a_thing() -> None:
    for text in ("The Okafor approach works.", "It was an Okafor victory.", "said former Okafor speechwriter Jo Kemp"):
        assert names_a_thing(text, _mention(text, "Okafor"))


def test_a_name_the_article_goes_on_to_describe_is_a_person() -> None:
    for text in (
        "The Okafor of old would have won.",
        "Okafor said it works.",
        "the Okafor who won",
        "They met the Rev. Okafor as part of a tour.",
        "The Okafor reportedly left.",
        "The Okafor confirmed it.",
    ):
        assert not names_a_thing(text, _mention(text, "Okafor"))
