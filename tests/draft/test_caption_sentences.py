"""A round-up's dash caption written as a sentence names its subject as the speaker (caption_subjects.py).

"Quotes of the day" pieces put a caption after each quotation, on the same line: a bare signature
(`– Coach Priya Okafor on ...`) or a short sentence about the speaker (`– Okafor rated ...`,
`– Lena Marsh's verdict on ...`). Only the sentence's own subject counts, and only someone the article
already knows: a relative's or a lawyer's possessive and a passive `by` leave the words unassigned.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.draft.caption_subjects import caption_subject
from quizapp.draft.extraction import extract

from .speakers import sure_speakers

PATTERNS = Path(__file__).parent / "fixtures" / "patterns"


def _said() -> dict[str, str | None]:
    text = (PATTERNS / "caption_sentences_beside_quotations.txt").read_text(encoding="utf-8")
    return sure_speakers(extract(text))


def test_a_caption_sentence_with_a_known_surname_as_subject_names_the_speaker() -> None:
    said = _said()
    assert said["We kept our shape"] == "Priya Okafor"  # the bare signature, as before
    assert said["They were the sharper"] == "Priya Okafor"  # "– Okafor rated the visitors higher ..."


def test_the_speakers_possessive_before_what_the_words_were_names_the_speaker() -> None:
    assert _said()["Our fans sang louder"] == "Lena Marsh"  # "– Eastgate captain Lena Marsh's verdict on ..."


def test_someone_else_of_the_person_or_a_passive_by_is_not_given_to_the_person_named() -> None:
    said = _said()
    assert said["I have never seen"] != "Lena Marsh"  # "– Marsh's sister said ...": the sister's
    assert said["That was a fine"] is None  # "– Okafor was thanked by Marsh": maybe Marsh's


def test_a_caption_that_opens_with_anything_but_its_subject_is_no_signature() -> None:
    assert caption_subject(" – However, after the match Okafor smiled.") is None
    assert caption_subject(" – Okafor and Marsh shook hands.") is None  # two subjects
    assert caption_subject(" – Okafor rated the visitors.") == "Okafor"


def test_a_caption_under_a_quotation_is_read_by_the_same_rule_as_one_beside_it() -> None:
    """A caption in the paragraph under the quotation was read by a looser rule of its own, which gave the words
    to the first person named anywhere in its first 120 characters: `– Asked whether Tomasz Brel would start the
    final, Alvarado ...` gave the coach's words to the captain she was asked about."""
    text = (PATTERNS / "caption_under_quotation_opening_with_a_phrase.txt").read_text(encoding="utf-8")
    said = sure_speakers(extract(text))
    assert said["We told the players"] == "Ines Alvarado"  # `– Harbour City coach Ines Alvarado was ...`
    assert said["He will be in"] is None  # "– Asked whether Tomasz Brel ...": not Brel's
    assert said["My knee is fine."] == "Tomasz Brel"  # a hyphen and a space open a caption too


def test_every_surname_particle_may_stand_inside_a_captions_subject_or_a_label() -> None:
    """The caption, signature and label rules kept lists of their own of the lowercase words inside a name, each
    shorter than the people model's (name_parts.SURNAME_PARTICLES): "van der Berg" ended a caption's subject at
    "der", "dos Santos" made a label no name. They read the one list now."""
    text = (PATTERNS / "particles_in_captions_and_labels.txt").read_text(encoding="utf-8")
    said = sure_speakers(extract(text))
    assert said["We were second to"] == "Lotte van der Berg"  # `– Eastgate coach Lotte van der Berg rated ...`
    assert said["The crowd carried us"] == "Karim bin Saleh"  # `— Karim bin Saleh, Harbour City captain`
    assert said["I have waited eight"] == "Ana dos Santos Reis"  # a label alone over the quotation
