"""A writer's gloss set off by dashes between two parts of one quotation (interrupted.py).

`"I don't think the old view" -- that Brandt is a big spender -- "will survive," he says`: the name in the gloss
is what the words are about, and the pronoun after the second part means the speaker named before, not it
(pronouns.py). The fixture is in our own words.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.draft.extraction import extract
from quizapp.draft.interrupted import in_glossing_aside

from .speakers import sure_speakers

PATTERNS = Path(__file__).parent / "fixtures" / "patterns"


def test_the_pronoun_after_a_glossed_quotation_means_the_speaker_named_before() -> None:
    text = (PATTERNS / "gloss_between_quotation_parts.txt").read_text(encoding="utf-8")
    said = sure_speakers(extract(text))
    assert said["will survive the summer,"] == "Michael Dolan"
    assert said["The senator would build"] == "Michael Dolan"


def test_only_a_dash_aside_between_two_parts_is_a_gloss() -> None:
    text = '"We lost" -- meaning Brandt and his slate -- "and badly." Brandt -- who was there -- said nothing.'
    assert in_glossing_aside(text, text.index("Brandt"))
    assert not in_glossing_aside(text, text.rindex("Brandt"))
    assert not in_glossing_aside(text, text.index("who"))
