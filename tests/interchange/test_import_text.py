"""Text that survives import: HTML read as a browser reads it, and ids from text in any script.

The Anki lines below are written as Anki's "Notes in Plain Text" export writes them (tab
separated, `#html:true` header); the GIFT ones use the `[html]` format marker.
"""

from __future__ import annotations

import pytest

from quizapp.interchange.htmltext import html_to_text
from quizapp.interchange.importing import import_text

ANKI_HEADER = "#separator:tab\n#html:true\n"


def anki(front: str, back: str) -> object:
    (question,) = import_text(f"{ANKI_HEADER}{front}\t{back}\n", "notes.txt", "anki").questions
    return question


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("What is 2 < 3 and 5 > 4 called?", "What is 2 < 3 and 5 > 4 called?"),  # once "What is 2 4 called?"
        ("Is 2<3?", "Is 2<3?"),
        ("Before<!-- a note > with a bracket -->after", "Beforeafter"),
        ('<span title="a > b">Shown</span>', "Shown"),
        ("<style>b { color: red }</style>Only this", "Only this"),
        ("<script>if (a > b) {}</script>Only this", "Only this"),
        ("x &amp; y &lt;b&gt; &eacute;", "x & y <b> é"),
        ("One<br>Two<div>Three</div>", "One\nTwo\nThree"),
    ],
)
def test_html_becomes_the_text_a_browser_shows(markup: str, text: str) -> None:
    assert html_to_text(markup) == (text, [])


def test_images_and_sounds_are_named_as_lost() -> None:
    assert html_to_text('<img alt="x > y" src="map.png">Paris[sound:paris.mp3]') == (
        "Paris",
        ["image map.png", "sound paris.mp3"],
    )


def test_an_anki_note_with_comparison_signs_keeps_them() -> None:
    question = anki("What is 2 &lt; 3 and 5 &gt; 4 called?", "An inequality")
    assert question.prompt == "What is 2 < 3 and 5 > 4 called?"  # type: ignore[attr-defined]


def test_a_gift_html_question_loses_its_style_and_comments() -> None:
    text = "[html]<style>p\\{margin:0\\}</style><p>Capital <!-- of > France -->of France?</p>{=Paris ~Lyon}\n"
    (question,) = import_text(text, "q.gift", "gift").questions
    assert question.prompt == "Capital of France?"  # type: ignore[attr-defined]


def test_ids_from_text_in_any_script_are_transliterated_not_dropped() -> None:
    text = "Who is Москва?{=a city ~a river}\n\nWho is Киев?{=a city ~a river}\n\nWhere is Straße 5?{=Berlin ~Rome}\n"
    ids = [question.id for question in import_text(text, "q.gift", "gift").questions]
    assert ids == ["who-is-moskva", "who-is-kiev", "where-is-strasse-5"]
    swapped = "\n\n".join(reversed(text.strip().split("\n\n"))) + "\n"
    assert sorted(question.id for question in import_text(swapped, "q.gift", "gift").questions) == sorted(ids)
