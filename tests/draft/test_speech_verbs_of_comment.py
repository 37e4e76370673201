"""Speech verbs newswire uses to report a remark or a claim ("commented", "emphasised", "alleged",
"lamented", "reasoned"): each names its subject as the speaker, as "said" does (issue 10, engineer R4).

The fixture is an article in our own words (tests/draft/fixtures/patterns/speech_verbs_of_comment.txt).
"""

from __future__ import annotations

from .test_patterns import _said


def test_a_said_clause_of_a_remark_verb_names_the_speaker() -> None:
    said = _said("speech_verbs_of_comment")
    assert said["The new fees will"] == "Grace Oduya"  # ," Oduya commented.
    assert said["We consulted every operator"] == "Martin Selby"  # ," Selby emphasised.
    assert said["It is a sad"] == "Martin Selby"  # ," Selby lamented.
    assert said["Fuel has doubled in"] == "Martin Selby"  # ," Selby reasoned.


def test_a_sentence_of_what_someone_alleged_names_the_speaker_of_the_lone_quotation_after_it() -> None:
    said = _said("speech_verbs_of_comment")
    assert said["Not one of our"] == "Grace Oduya"
