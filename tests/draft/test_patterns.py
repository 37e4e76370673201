"""Each attribution pattern of issue 10 on a small article written for the test (tests/draft/fixtures/patterns).

The articles are our own words; each shows one way real articles name (or do not name) who
said what. A speaker is asserted only where a reader of the article would be certain of it,
and a quotation with no clear speaker must get none: a wrong answer key is worse than none.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.draft import draft_article
from quizapp.draft.article import parse_article
from quizapp.draft.extraction import extract
from quizapp.draft.reading import ArticleError, decode_article

from .speakers import PATTERNS, pattern, shown, sure_speakers

_shown = shown


def _said(name: str) -> dict[str, str | None]:
    """Opening words of each quotation of a pattern fixture -> its sure speaker's shown name (None: nobody)."""
    return sure_speakers(pattern(name))


def test_titles_before_names_are_split_from_the_name() -> None:
    said = _said("titles_before_names")
    assert said["This terminal will carry"] == "Uhuru Kenyatta"
    assert said["We expect the terminal"] == "Amy Hood"
    assert said["We would love to"] == "Andrej Lemanis"  # "the Brisbane coach said"


def test_a_quotation_with_no_speaker_goes_to_nobody_not_the_nearest_name() -> None:
    said = _said("nobody_named")
    assert said["The lights went out"] is None
    assert "Closed until further notice" not in said or said["Closed until further notice"] is None


def test_a_long_clause_between_name_and_verb_keeps_the_speaker() -> None:
    said = _said("long_clause")
    assert said["We have to act"] == "Tedros Adhanom"
    assert said["far from over and"] == "Tedros Adhanom"


def test_said_clauses_before_the_quotation_name_the_subject_not_a_place() -> None:
    said = _said("before_clauses")
    assert said["We will keep every"] == "Tom Becker"
    assert said["a disaster for the"] == "Ana Ruiz"
    assert said["This is not over"] == "Joe Kent"
    assert said["No, I will finish"] == "Linda Brown"
    assert said["we will not back"] == "Paul Grey"  # not "Parliament", where he spoke
    assert said["My father worked here"] == "Joe Kent"


def test_tributes_name_each_speaker_and_never_borrow_a_neighbour() -> None:
    said = _said("tributes")
    assert said["A giant of the"] == "Gary Lane"
    assert said["We have lost a"] == "Maria Soto"  # "Club president Maria Soto (@mariasoto):"
    assert said["Rest in peace, captain."] == "Ivan Petrov"  # "tweeted:" ends the paragraph before
    assert said["He was the best"] == "Leo Brandt"  # "said his former teammate, Leo Brandt"


def test_name_labels_and_dash_lines_name_the_speaker() -> None:
    said = _said("reaction_lines")
    assert said["We gave everything for"] == "Mia Torres"
    assert said["It was a final"] == "Owen Pratt"
    assert said["Both clubs should be"] == "Owen Pratt"  # the label's quotation continues
    assert said["I have never seen"] == "Dana Frost"


def test_a_quotation_over_several_paragraphs_keeps_its_speaker_to_the_end() -> None:
    extraction = extract((PATTERNS / "continued_speech.txt").read_text(encoding="utf-8"))
    last = next(q for q in extraction.quotations if "training all week was sharp" in q.text)
    assert _shown(extraction, last.sure_speaker) == "Paul Grange"
    assert "Tonight that spirit was missing" in last.text


def test_according_to_and_unnamed_speakers_stay_unnamed() -> None:
    said = _said("according_to")
    assert said["Nobody at the company"] is None  # "according to" a role: no person to name
    assert said["We are hiring pilots,"] == "a Northwind spokesman"
    assert all(name in {None, "a Northwind spokesman"} for name in said.values())


def test_single_line_breaks_make_paragraphs_when_lines_end_sentences() -> None:
    article = parse_article((PATTERNS / "single_line_breaks.txt").read_text(encoding="utf-8"))
    assert len(article.paragraphs) == 6
    assert _said("single_line_breaks")["The late buses were"] == "Rosa Lind"


def test_hard_wrapped_lines_stay_one_paragraph() -> None:
    text = "Title Here\n\nThe council met on Monday and\nvoted to close the old bridge\nfor the winter months.\n"
    assert len(parse_article(text).paragraphs) == 2


def test_unsure_speakers_are_not_answer_keys_but_reach_the_review_marked() -> None:
    text = (
        "Row in the Chamber\n\nMinister Tapas Roy, Speaker Biman Das and opposition leader Asit Mitra argued.\n\n"
        'Later, in the corridor, the three men met again.\n\n"This conduct cannot be tolerated," he said.\n\n'
        "The assembly will sit again in Kolkata for two days next week.\n"  # a fact, so the plain draft has a question
    )
    extraction = extract(text)
    quotation = extraction.quotations[0]
    assert quotation.speaker is not None and not quotation.sure and quotation.doubt
    plain = draft_article(text)
    assert not any(d.unsure for d in plain.questions)
    assert not any("cannot be tolerated" in d.question.prompt for d in plain.questions)
    reviewed = draft_article(text, include_unsure=True)
    marked = [d for d in reviewed.questions if d.unsure]
    assert marked and "cannot be tolerated" in marked[0].question.prompt
    record = extraction.to_json()["quotations"][0]
    assert record["speaker"] is None and record["unsure_speaker"] and record["unsure_because"]


def test_number_distractors_keep_their_unit_and_names_keep_their_numbers() -> None:
    draft = draft_article((PATTERNS / "numbers_and_products.txt").read_text(encoding="utf-8"))
    shown = [str(getattr(d.question, "text", "")) + str(getattr(d.question, "prompt", "")) for d in draft.questions]
    assert not any("Office {{" in text or "May {{" in text for text in shown), shown
    for drafted in draft.questions:
        if drafted.question.kind == "true_false" and not drafted.question.answer:
            assert "23.2 %" not in drafted.question.prompt or "cents" not in (drafted.question.source or "")


def test_a_stray_byte_is_replaced_and_named_not_turned_into_mojibake() -> None:
    data = "Café owners said “yes” to the plan.".encode() + b" \x91 " + "Naïve, but “fine”.".encode()
    warnings: list[str] = []
    text = decode_article(data, warnings)
    assert "Café" in text and "“yes”" in text and "Naïve" in text
    stray_at = data.index(b"\x91")
    assert warnings and "0x91" in warnings[0] and f"byte {stray_at}" in warnings[0]


def test_windows_1252_only_when_the_whole_file_fits_it() -> None:
    assert decode_article("Café “menu”".encode("cp1252")) == "Café “menu”"
    with pytest.raises(ArticleError, match="byte 3"):
        decode_article(b"abc\x81\x8d\x90\x9d" * 30)


def test_event_dates_keep_the_real_month_length() -> None:
    text = "Bridge Vote\n\nMay 31, 2025\n\nThe council met on May 29. On May 30 the mayor resigned.\n"
    events = extract(text, date=dt.date(2025, 5, 31)).events
    assert [event.date for event in events] == [dt.date(2025, 5, 29), dt.date(2025, 5, 30)]


def test_json_names_the_sieve_and_the_doubt(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "quizapp", "draft", "--json", str(PATTERNS / "reaction_lines.txt")],
        capture_output=True,
        text=True,
    )
    quotations = json.loads(run.stdout)["quotations"]
    assert {q["found_by"] for q in quotations} >= {"label", "line"}
    assert all("unsure_because" in q for q in quotations)


def test_titles_with_connectors_and_names_after_prepositions() -> None:
    """ "Leader of the Opposition Marta Quist" is a title and a name; "with Swedish Minister Karl Odegaard"
    names someone who is not speaking, so the second quotation of the paragraph keeps its speaker."""
    said = _said("titles_with_connectors")
    assert said["The plan spends money"] == "Marta Quist"
    assert said["We have waited long"] == "Rosa Lindqvist"
    assert said["Every year we delay"] == "Rosa Lindqvist"


def test_a_pronoun_goes_to_the_subject_when_the_others_are_only_objects_or_possessives() -> None:
    """ "the mayor's decision had left Tomas Greer ... out of pocket": the mayor and Greer are not who "she"
    could mean, so the councillor is sure; "told Ole Brandt" leaves Anders the only "he" in subject position."""
    said = _said("pronoun_objects")
    assert said["Nobody asked the people"] == "Ines Marlow"
    assert said["We cannot run more"] == "Leif Anders"
    assert said["It was a long"] is None  # "as did Councillor Piet Haas": an inverted subject, so two could be "he"


def test_according_to_a_named_person_before_or_after_the_quotation_names_the_speaker() -> None:
    """ "According to Prof. Morrow, "..."" and ""...," according to Morrow.": she said it; "according to" a
    newspaper names where the words were published, so that speaker stays unsure."""
    said = _said("according_to_a_person")
    assert said["The winners sang with"] == "Edith Morrow"
    assert said["Every one of them"] == "Edith Morrow"
    assert said["We expected them to"] is None


def test_a_role_before_a_name_is_only_the_role_not_the_clause_before_it() -> None:
    extraction = extract((PATTERNS / "titles_with_connectors.txt").read_text(encoding="utf-8"))
    roles = {person.shown: person.role for person in extraction.people}
    assert roles["Jon Varga"] == "deputy mayor"  # not "objecting all week that deputy mayor"
    # a title holding an organization's name ends at its last title word
    assert roles["Ola Brenna"] == "Interim Harbour Police Chief"


def test_a_pronoun_after_an_unnamed_speaker_keeps_the_role_even_after_a_leading_phrase() -> None:
    """ "Answering questions from ..., a spokeswoman for Northgate Homes said ..." then "she said": the
    spokeswoman, as written; the tenant who "told the Gazette" is the next "she"."""
    said = _said("unnamed_after_leading_phrase")
    assert said["The lift was checked"] == "a spokeswoman for Northgate Homes"
    assert said["I rang three numbers"] == "a tenant in her 70s"


def test_a_list_item_with_its_own_quotation_does_not_speak_for_the_next_paragraph() -> None:
    """ "Ann Chebet: "..."" is one item of a reaction list: the next quotation has its own speaker (a trader),
    never Chebet; a label alone in its paragraph ("Harbour Master:") speaks the quoted paragraphs below it."""
    said = _said("reaction_list_then_role")
    assert said["We are tired of"] == "Peter Mwangi"
    assert said["My family cannot live"] == "Ann Chebet"
    assert said["This could last for"] == "a trader"
    assert said["Ships are already waiting"] == "Leif Anders"
    assert said["Some captains have been"] == "Leif Anders"


def test_a_capitalised_role_opening_the_sentence_is_a_title_and_object_pronouns_give_no_gender() -> None:
    """ "Prosecutor James Okafor": the name is James Okafor. "Judge Helen Ashworth told him his crimes": "him"
    and "his" are the defendant's, so nothing says the judge is a man."""
    extraction = extract((PATTERNS / "court_titles_and_pronouns.txt").read_text(encoding="utf-8"))
    said = {" ".join(q.text.split()[:4]): _shown(extraction, q.sure_speaker) for q in extraction.quotations}
    assert said["Some of these victims"] == "James Okafor"
    assert said["You chose people you"] == "Helen Ashworth"
    genders = {person.shown: person.gender for person in extraction.people}
    assert genders["Helen Ashworth"] != "male"


def test_a_single_quoted_speech_runs_over_paragraphs_and_a_place_is_not_a_person() -> None:
    """British style: a paragraph opening with a single mark and not closing it continues into the next
    one that opens again. "Speaking later in Brussels, the Commission president ..." makes no person of Brussels."""
    extraction = extract((PATTERNS / "british_continued.txt").read_text(encoding="utf-8"))
    said = {" ".join(q.text.split()[:4]): _shown(extraction, q.sure_speaker) for q in extraction.quotations}
    assert said["I hope other countries"] == "Ursula von der Leyen"
    continued = next(q for q in extraction.quotations if q.text.startswith("Every country"))
    assert "money and staff" in continued.text
    assert _shown(extraction, continued.sure_speaker) == "Ursula von der Leyen"
    assert "Brussels" not in {person.shown for person in extraction.people}


def test_a_description_names_the_person_whose_title_it_repeats() -> None:
    """ "the French president" is Macron, titled "French President", not the Commission president, and
    "the Commission president" is von der Leyen: the qualifier must be in the person's title."""
    said = _said("descriptions_with_qualifiers")
    assert said["Security is never too"] == "Emmanuel Macron"
    assert said["Other countries will follow"] == "Ursula von der Leyen"


def test_the_hour_of_a_time_of_day_is_never_a_number_to_blank() -> None:
    """ "at about {{4|four}}:30 p.m." was a drafted cloze: a clock time is not a count to learn."""
    from quizapp.draft.fact_numbers import find_numbers

    text = "Police arrived at about 4:30 p.m., 20 minutes after the call; the shop had opened at 9am with 3 staff."
    assert [element.text for element in find_numbers(text, 0, len(text))] == ["20", "3"]


def test_a_quotation_opened_after_said_and_a_comma_runs_on_to_the_end_of_the_text() -> None:
    """ "Perez said, "..." then a paragraph that opens again and the text stops: one quotation, Perez's."""
    extraction = extract((PATTERNS / "said_comma_runs_on.txt").read_text(encoding="utf-8"))
    [quotation] = extraction.quotations
    assert "long line of shootings" in quotation.text
    assert _shown(extraction, quotation.sure_speaker) == "Nadia Perez"


def test_cr_is_a_councillor_and_a_predicate_description_names_nobody() -> None:
    """ "Cr Marsh" is Councillor Ada Marsh; "was the only other councillor" says what Holt is, so nobody
    else is named between Holt and his "said"."""
    said = _said("councillors")
    assert said["ought to be raising"] == "Ben Holt"
    assert said["hardly worth a vote"] == "Ada Marsh"


def test_after_said_an_object_or_a_possessive_is_not_the_speaker() -> None:
    """ "said the agent for Adeyemi, Marco Bellini" and "said Adeyemi's former coach, Jurgen Klopp" are not
    Adeyemi's words; "the club" is no broadcaster named before it ("told Sky Sports")."""
    said = _said("said_then_possessive_or_object")
    assert said["The medical raised questions"] == "Marco Bellini"
    assert said["He is a great"] == "Jurgen Klopp"
    assert said["We wish the player"] is None


def test_a_caption_with_a_comma_names_the_quotation_above_and_laughed_is_a_speech_verb() -> None:
    said = _said("caption_with_comma")
    assert said["It was a strange"] == "Andy Murray"
    assert said["Honestly? I slept through"] == "Coco Gauff"


def test_names_with_capitals_beyond_latin_1_are_people() -> None:
    """ "Łukasz Fabiański" and "Šime Vrsaljko" start with capitals outside A-Z and À-Þ."""
    said = _said("names_beyond_latin1")
    assert said["It was one of"] == "Łukasz Fabiański"
    assert said["We defended together for"] == "Šime Vrsaljko"
