"""Quotation marks that do not pair, single marks among apostrophes, and split quotations (issue 10).

Written in our own words after real articles whose quotations were never found: one mark never
closed (or never opened) made every quotation after it a quotation inside a quotation; a
continuation paragraph kept its closing mark but lost its opening one; a split quotation's second
half was not reopened after its said-clause; a page pasted with single line breaks under a headline
and a blank line was read as one paragraph, so one such mark spoiled the whole story.
"""

from __future__ import annotations

import itertools

from quizapp.draft.extraction import extract
from quizapp.draft.unpaired import (
    CLOSED_AS_OPENING,
    REOPENED,
    TYPED_DIFFERENTLY,
    UNCLOSED,
    UNOPENED,
    UNOPENED_CONTINUATION,
)

from .speakers import PATTERNS, pattern, sure_speakers


def _mended(name: str) -> dict[str, str | None]:
    """First four words of each quotation -> how its marks were mended (None when they paired)."""
    return {" ".join(q.text.split()[:4]): q.quote.mended for q in pattern(name).quotations}


def test_a_continuation_paragraph_without_its_opening_mark_is_the_same_speech() -> None:
    extraction = pattern("unpaired_marks")
    said = sure_speakers(extraction)
    assert said["The storm in the"] == "Tomas Ferreira"
    speech = next(q.text for q in extraction.quotations if q.text.startswith("The storm"))
    assert speech.endswith("That is how it happened,")  # runs on over the next paragraph to its closing mark
    assert _mended("unpaired_marks")["The storm in the"] == UNOPENED_CONTINUATION


def test_a_closing_mark_with_no_opening_before_a_said_clause_quotes_from_the_paragraph_start() -> None:
    said = sure_speakers(pattern("unpaired_marks"))
    assert said["It will need a"] == "Alma Quist"
    assert _mended("unpaired_marks")["It will need a"] == UNOPENED


def test_a_split_quotation_whose_second_half_lost_its_opening_mark() -> None:
    said = sure_speakers(pattern("unpaired_marks"))
    assert said["The view from the"] == "Alma Quist"
    assert said["Everyone in the town"] in {"Alma Quist", None}  # the first half's speaker, or nobody
    assert _mended("unpaired_marks")["Everyone in the town"] == UNOPENED


def test_a_mark_reopening_the_open_speech_continues_it_without_the_mark() -> None:
    extraction = pattern("unpaired_marks")
    speech = next(q for q in extraction.quotations if q.text.startswith("They worked"))
    assert "Some days the wind" in speech.text and "Still they finished" in speech.text
    assert '"' not in speech.text
    assert speech.quote.mended == REOPENED
    assert sure_speakers(extraction)["They worked through two"] in {"Alma Quist", None}


def test_a_stray_mark_in_narration_quotes_nothing_and_spoils_nothing_after_it() -> None:
    extraction = pattern("unpaired_marks")
    assert not any("31 metres" in q.text for q in extraction.quotations)
    said = sure_speakers(extraction)
    assert said["On Saturday we sold"] == "Rhea Osei"
    assert said["I never saw a"] == "Rhea Osei"
    assert all(q.quote.mended is None for q in extraction.quotations if "Saturday" in q.text or "queue" in q.text)


def test_an_unclosed_mark_stays_in_its_own_paragraph() -> None:
    extraction = pattern("lines_under_a_headline")
    said = sure_speakers(extraction)
    assert said["We want the crews"] == "Declan Moran"  # was a quotation inside Brennan's unclosed one
    assert said["Our members are not"] == "Aoife Brennan"
    assert said["We will be at"] == "Aoife Brennan"
    assert said["Nobody can plan a"] in {"Aoife Brennan", None}
    assert _mended("lines_under_a_headline")["Nobody can plan a"] == UNCLOSED


def test_one_paragraph_holding_a_lost_closing_mark_and_narration_gives_nobody_else_its_words() -> None:
    text = (PATTERNS / "lines_under_a_headline.txt").read_text(encoding="utf-8")
    headline, body = text.split("\n\n", 1)
    extraction = extract(headline + "\n\n" + body.replace("\n", " "))  # the story pasted as one paragraph
    said = sure_speakers(extraction)
    assert said["We want the crews"] == "Declan Moran"
    assert said["Our members are not"] == "Aoife Brennan"
    brennan = next(q for q in extraction.quotations if q.text.startswith("Nobody can plan"))
    assert "We want the crews" not in brennan.text  # the reopening after narration starts a new quotation


def test_british_single_marks_split_quotations_and_apostrophes() -> None:
    extraction = pattern("split_quotations")
    said = sure_speakers(extraction)
    assert said["We had the best"] == said["And the tombola alone"] == "Morag Lennie"
    assert said["It pays for fuel"] == said["Without the fete we"] == "Callum Baird"
    assert said["Nobody in the crew"] == said["We all grew up"] == "Callum Baird"
    assert not any(term.text == "n" for term in extraction.terms)  # rock 'n' roll is no quoted term
    assert all("players" not in q.text and "50s" not in q.text for q in extraction.quotations)


def test_single_marks_inside_double_ones_and_for_phrases() -> None:
    extraction = pattern("mixed_marks")
    said = sure_speakers(extraction)
    assert said["We heard from nurses,"] == "Ines Duarte"
    assert said["I was wrong about"] == "Piotr Nowak"
    assert said["The drivers' union showed"] == "Piotr Nowak"  # the plural possessive does not end it
    assert any(term.text.startswith("Without the 3 a.m.") for term in extraction.terms)  # inside Duarte's words


def test_a_straight_mark_shaped_like_an_opening_one_opens_even_when_one_is_left_open() -> None:
    extraction = pattern("lost_closing_mark")
    quoted = {q.text: q.quote.mended for q in extraction.quotations}
    assert quoted["we will fight it in every court,"] is None  # not left outside, as the first one's closing mark
    assert quoted["a danger to the school and said"] == UNCLOSED
    said = sure_speakers(extraction)
    assert said["We are relieved,"] == said["The children can play"] == "Nuala Byrne"


def test_a_split_quotations_second_half_is_the_first_halfs_or_nobodys() -> None:
    """Someone else named in the said-clause between the halves never gets the second half."""
    extraction = pattern("split_with_others_named")
    quotations = extraction.quotations
    halves = [
        (first, second)
        for first, second in itertools.pairwise(quotations)
        if first.text.endswith(",") and first.sentence.paragraph == second.sentence.paragraph
    ]
    assert len(halves) == 4
    for first, second in halves:
        assert first.sure_speaker is not None
        assert second.speaker in {first.speaker, None}
        assert second.sure_speaker in {first.sure_speaker, None}


def test_a_speech_whose_opening_mark_was_typed_as_a_single_one() -> None:
    extraction = pattern("marks_typed_differently")
    said = sure_speakers(extraction)
    assert said["We will keep the"] == "Hanna Lind"  # `'We will ...," Lind added`: the said-clause is not quoted
    kept = next(q for q in extraction.quotations if q.text.startswith("We will keep"))
    assert kept.text.endswith("winter,") and kept.quote.mended == TYPED_DIFFERENTLY


def test_a_continuation_paragraph_opened_with_a_single_mark_continues_the_speech() -> None:
    extraction = pattern("marks_typed_differently")
    speech = next(q for q in extraction.quotations if q.text.startswith("Some of them"))
    assert speech.text.endswith("a town like ours,")  # one speech over two paragraphs, up to its closing mark
    assert speech.quote.mended == TYPED_DIFFERENTLY
    assert sure_speakers(extraction)["Some of them were"] in {"Hanna Lind", None}


def test_apostrophes_in_a_story_quoted_in_single_marks_are_not_marks() -> None:
    extraction = pattern("british_apostrophes")
    said = sure_speakers(extraction)
    assert said["The players' union backed"] == said["We've played here since"] == "Owen Pryce"
    assert said["It's the supporters' ground"] == said["They sang rock 'n'"] == "Owen Pryce"
    assert said["Jones' crew will start"] == "Mel Jones"
    assert [q.text for q in extraction.quotations][1].endswith("nobody wanted to leave.")  # not cut at '90s
    assert not extraction.terms  # neither 'n' nor a possessive is a quoted term


def test_json_says_which_quotations_were_read_from_unpaired_marks() -> None:
    quotations = pattern("unpaired_marks").to_json()["quotations"]
    mended = {" ".join(q["text"].split()[:4]): q["marks_mended"] for q in quotations}
    assert mended["It will need a"] == UNOPENED
    assert mended["We nearly lost it,"] is None


def test_single_marks_that_do_not_pair_are_read_as_double_ones_are() -> None:
    extraction = pattern("british_unpaired_marks")
    said = sure_speakers(extraction)
    assert said["The last sailing of"] == "Fiona Rae"  # `...,' said Fiona Rae` with no opening mark
    assert said["We need the six"] == "Ewan Moir"
    assert said["Without it the children"] in {"Ewan Moir", None}  # the split's second half, never closed
    mended = _mended("british_unpaired_marks")
    assert mended["The last sailing of"] == UNOPENED and mended["Without it the children"] == UNCLOSED
    assert not any("players" in q.text for q in extraction.quotations)


def test_an_open_speech_does_not_run_into_a_paragraph_that_names_another_speaker() -> None:
    extraction = pattern("open_speech_then_another_speaker")
    said = sure_speakers(extraction)
    assert said["We will appeal to"] == "Ruth Adebayo"
    assert said["It is a victory"] == "Colm Healy"  # was inside Adebayo's unclosed speech, and hers
    adebayo = next(q for q in extraction.quotations if q.text.startswith("We will appeal"))
    assert "victory" not in adebayo.text and adebayo.quote.mended == UNCLOSED


def test_a_speech_closed_by_an_opening_double_mark_after_its_last_word() -> None:
    # `“...,“ she said`: the second “ follows a word and comes before a space, so it closes the speech
    extraction = pattern("closed_with_an_opening_mark")
    said = sure_speakers(extraction)
    assert said["Not a single night"] == "Mary Brenner"
    assert said["The lamp never cared"] == "Mary Brenner"
    assert said["I have big shoes"] == "Jonas Auer"
    assert _mended("closed_with_an_opening_mark")["Not a single night"] == CLOSED_AS_OPENING


def test_an_opening_single_mark_between_letters_is_an_apostrophe() -> None:
    # `the keeper‘s logbook`: typed with an opening mark, it opened a quotation that swallowed the story after it
    assert sure_speakers(pattern("closed_with_an_opening_mark"))["It is a diary"] == "Jonas Auer"


def test_an_opening_single_mark_after_a_word_and_before_a_space_is_an_apostrophe() -> None:
    # `the rowers‘ pier`: a plural possessive typed with an opening mark, with no single-quoted speech open
    assert sure_speakers(pattern("closed_with_an_opening_mark"))["We train here before"] == "Jonas Auer"
