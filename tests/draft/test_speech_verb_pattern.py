"""One pattern for a name's own speech verb (lexicon.SPEAKS_NEXT), read alike by every rule that asks it.

The pronoun sieve's "voice just brought in" (last_speaker.py) and its "names in what he said are no rivals"
(reported_rivals.py) each compiled their own copy, and the copies disagreed: one let only an "-ly" adverb
stand between the name and its verb and took "agreed to meet" for speech, the other let two words of tense or
manner stand there ("later told", "has also said") and refused a verb followed by "to". A third copy, for "he
introduced Reid, who said" (a name that speaks, no one spoken of), let only an "-ly" adverb stand there too. All
three read the one pattern now. The sentences are our own.
"""

from __future__ import annotations

from quizapp.draft.last_speaker import speaks_there
from quizapp.draft.person import Mention
from quizapp.draft.reported_rivals import named_in_pronouns_speech, reported_by


def _speaks(sentence: str, name: str) -> bool:
    start = sentence.index(name)
    return speaks_there(sentence, start, start + len(name))


def test_words_of_tense_or_manner_before_the_verb_leave_the_name_a_voice() -> None:
    assert _speaks("Kelan Ostrow later told reporters the bridge had been checked.", "Kelan Ostrow")
    assert _speaks("Kelan Ostrow has also said the bridge is safe.", "Kelan Ostrow")
    assert _speaks("Kelan Ostrow, the county's chief engineer, reportedly said it was safe.", "Kelan Ostrow")


def test_a_speech_verb_followed_by_to_is_no_speech() -> None:
    assert not _speaks("Ross Pellar agreed to move his sheep to higher ground.", "Ross Pellar")
    assert not _speaks("Ross Pellar was told to move his sheep.", "Ross Pellar")


def test_both_rules_read_a_name_after_a_voice_with_words_of_tense_alike() -> None:
    text = "Prosecutor Ada Quill later said Noor Vance had bought the petrol."
    chosen = Mention(text.index("Ada"), text.index(" later"), "p1", False, False)
    spoken_of = Mention(text.index("Noor"), text.index(" had"), "p2", False, False)
    assert _speaks(text, "Ada Quill")
    assert reported_by(text, chosen, spoken_of)  # Vance is whom Quill spoke of, no new voice


def test_a_name_that_later_speaks_after_a_pronoun_subject_may_speak_next() -> None:
    text = "He introduced Jo Hart, who later told the hall the plan was sound."
    assert not named_in_pronouns_speech(text, [0], text.index("Jo"), "male")  # Hart is a voice of his own
