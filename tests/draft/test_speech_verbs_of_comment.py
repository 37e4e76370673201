"""Speech verbs newswire uses to report a remark or a claim ("commented", "emphasised", "alleged",
"lamented", "reasoned"): each names its subject as the speaker, as "said" does; and common first names that
say a gender, the only sign that tells two people apart for "he said" and "she said" (issue 10, engineer R4).

The fixtures are articles in our own words (tests/draft/fixtures/patterns/speech_verbs_of_comment.txt,
genders_from_common_first_names.txt).
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


def test_common_first_names_tell_two_people_apart_for_he_and_she() -> None:
    """ "Siobhan Carr" and "Declan Moyes", named together before "he said" and "she said": their first names are
    the only sign of who is who, and common ones are known."""
    said = _said("genders_from_common_first_names")
    assert said["Half the sheds will"] == "Declan Moyes"
    assert said["We lost the onion"] == "Siobhan Carr"


def test_a_phrase_someone_did_speak_about_is_theirs() -> None:
    """ "Oduya did speak about skippers "losing heart"": "speak", like "spoke", reports her words."""
    said = _said("speech_verbs_of_comment")
    assert said["losing heart"] == "Grace Oduya"
