"""A paragraph that is only a quotation, a few paragraphs after its speaker last spoke (issue 10; fixtures in
our own words).

On news nobody tuned on, a bare quotation paragraph after a paragraph or two of plain story (the score, what
happened next, what the speaker said in reported speech) was given to nobody: the neighbour sieve only looked
at the paragraph just before. A reader hears the last voice again; the drafter now does too, surely when that
voice is the only one the article has quoted and nobody else comes between, and otherwise offers a candidate
the teacher must confirm.
"""

from __future__ import annotations

from .speakers import pattern, shown, sure_speakers


def _unsure(name: str, words: str) -> tuple[str | None, str | None]:
    extraction = pattern(name)
    quotation = next(q for q in extraction.quotations if q.text.startswith(words))
    assert not quotation.sure
    return shown(extraction, quotation.speaker), quotation.doubt


def test_the_only_voice_comes_back_after_two_paragraphs_of_story() -> None:
    speakers = sure_speakers(pattern("a_voice_back_after_the_story"))
    assert speakers["When you give that"] == "Maren Lindqvist"


def test_reported_speech_keeps_the_voice_for_the_next_bare_quotation() -> None:
    speakers = sure_speakers(pattern("a_voice_back_after_reported_speech"))
    assert speakers["We are not going"] == "Nell Ashby"


def test_someone_named_in_between_leaves_the_words_unsure() -> None:
    speaker, doubt = _unsure("a_voice_handed_on_before_the_words", "People here")
    assert speaker == "Orla Devane"  # the islanders' spokeswoman the story turned to, for the teacher to confirm
    assert doubt is not None and "turns to" in doubt


def test_with_two_voices_quoted_the_last_one_is_only_offered() -> None:
    speaker, doubt = _unsure("a_voice_back_among_several", "We will keep")
    assert speaker is not None  # a candidate, never an answer key: either librarian or reader could go on
    assert doubt is not None and "others have spoken" in doubt


def test_a_paragraph_about_what_she_did_leads_back_to_her_words() -> None:
    speakers = sure_speakers(pattern("a_voice_back_after_what_she_did"))
    assert speakers["Some of them I"] == "Margaret Tolland"


def test_an_unnamed_witness_in_between_keeps_the_officer_from_the_words() -> None:
    speakers = sure_speakers(pattern("a_voice_back_past_an_unnamed_witness"))
    assert speakers["I could feel the"] is None  # the neighbour's, most likely: never the officer's answer key


def test_one_of_many_unnamed_voices_comes_back_only_as_a_candidate() -> None:
    speaker, doubt = _unsure("a_voice_back_of_one_of_many", "Two children")
    assert speaker == "one tired passenger"  # offered, for the teacher: another of the hundreds may have posted it
    assert doubt is not None and "one of many" in doubt


def test_a_line_ending_in_a_colon_introduces_the_words_after_it_not_the_last_voice() -> None:
    speakers = sure_speakers(pattern("a_voice_back_after_a_colon_line"))
    assert speakers["There is only one"] == "Ada Verrin"
    assert speakers["He says what he"] == "Tomas Quell"  # the line before names who echoed her


def test_a_colon_line_whose_speaker_is_not_found_gives_the_words_to_nobody() -> None:
    speakers = sure_speakers(pattern("a_voice_back_after_a_colon_line_of_a_role"))
    assert speakers["There is only one"] == "Ada Verrin"
    assert speakers["He says what he"] is None  # the grandson's words, and no name to give them
