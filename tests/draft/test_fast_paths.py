"""Drafting's faster paths read an article as the general ones do (issue 10, speed).

Speed work keeps the drafts byte-identical; these pin what a teacher would see change if a
faster path read some article differently: spacing kept whatever spaces were pasted, numbers
in names and dates never asked, weekdays found only as words of their own.
"""

from __future__ import annotations

import re

from quizapp.draft.article import parse_article
from quizapp.draft.extraction import extract
from quizapp.draft.fact_numbers import find_numbers
from quizapp.draft.fact_questions import _weekdays_named
from quizapp.draft.lexicon import alternation
from quizapp.draft.spans import Spans


def test_runs_of_spaces_become_one_space_whatever_spaces_were_pasted() -> None:
    plain = parse_article("The  council   met in Leeds.\n\nForty  people came.\n").text
    mixed = parse_article("The \u00a0council\t met in Leeds.\n\nForty\u2009 people came.\n").text

    assert plain == mixed == "The council met in Leeds.\n\nForty people came."


def test_numbers_in_names_and_dates_are_skipped_and_counts_kept_even_at_a_paragraph_start() -> None:
    text = "Microsoft sold Office 365 to 40 schools on May 19, and Galaxy S8 phones.\n\n12 buses ran after Sept. 3."

    assert [number.text for number in find_numbers(text, 0, len(text))] == ["40", "12"]


def test_a_count_after_a_capitalised_word_that_opens_its_sentence_is_kept() -> None:
    text = "Officials counted. About 70 homes flooded; Leeds 4 was a bus route."

    assert [number.text for number in find_numbers(text, 0, len(text))] == ["70"]


def test_weekdays_are_found_as_words_of_their_own() -> None:
    text = "On Monday and again on SUNDAY, the Someday Club met; Fridays are quiet, Tuesday too."

    assert _weekdays_named(text) == {"monday", "tuesday"}


_CLUB = """Club Saved at Last

"{early} kept the books for years," said Tom Reid, the treasurer.

Maria Okoye, the club's chairwoman, praised the volunteers on Sunday.

"{between} saved this club," said Tom Reid.

"We owe her everything," she said. "{later} agrees."
"""


def _pronoun_speaker(early: str, between: str, later: str) -> tuple[str | None, str | None, str | None]:
    text = _CLUB.format(early=early, between=between, later=later)
    quotation = next(q for q in extract(text).to_json()["quotations"] if q["text"].startswith("We owe her"))
    return quotation["speaker"], quotation["unsure_speaker"], quotation["unsure_because"]


def test_only_a_woman_quoted_between_the_named_speaker_and_her_pronoun_makes_the_pronoun_unsure() -> None:
    assert _pronoun_speaker("Ann Hale", "The town", "Ann Hale") == ("Maria Okoye", None, None)
    assert _pronoun_speaker("The town", "Ann Hale", "The town") == (
        None,
        "Maria Okoye",
        "the pronoun could mean Ann Hale, named in a quotation after Maria Okoye",
    )


def _people_named(text: str) -> list[str]:
    return [person.name for person in extract(text).people]


def test_an_unknown_name_right_after_a_speech_verb_is_a_person_and_nowhere_else() -> None:
    opening = 'Harbour Works Resume\n\nThe crane stood idle for a week.\n\n"We start again on Monday," '

    assert _people_named(opening + "said Tovin Quell.\n") == ["Tovin Quell"]
    assert _people_named(opening + "insisted  Tovin Quell.\n") == ["Tovin Quell"]
    assert _people_named(opening + "unsaid Tovin Quell.\n") == []  # "said" inside another word is no verb


def test_spans_overlapping_a_range_are_those_sharing_a_character_with_it() -> None:
    spans = Spans([(30, 40), (0, 10), (12, 12), (15, 20)])
    for start in range(0, 45):
        for end in range(start, 46):
            expected = [(a, b) for a, b in sorted(spans.spans) if a < end and b > start]
            assert spans.overlapping(start, end) == expected, (start, end)


def test_the_company_is_the_organization_named_last_and_the_club_the_last_club() -> None:
    text = (
        "Ferry Service Returns\n\nThe sponsorship was agreed on Monday, Harbour City Football Club said. "
        'Norvik Motors said it would pay for new kits.\n\n"The deal keeps us afloat," the club said. '
        '"We are proud to help," the company said.\n'
    )
    assert [quotation["speaker"] for quotation in extract(text).to_json()["quotations"]] == [
        "Harbour City Football Club",
        "Norvik Motors",
    ]


def test_a_word_alternation_grouped_by_first_letter_finds_what_the_plain_one_finds() -> None:
    words = ["vice-president", "president", "press officer", "pastor", "p", "chief", "chairman", "chair"]
    text = "the press officer, a pastor, the vice-president and chairman, the chair-elect, p and presidents"
    for order in (words, sorted(words, key=len, reverse=True), sorted(words)):
        plain = re.compile(r"(?:" + "|".join(re.escape(word) for word in order) + r")\b")
        grouped = re.compile(alternation(order) + r"\b")
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_quoted_link_text_is_no_quotation_even_inside_a_longer_link_and_among_many_marks() -> None:
    marked = "".join(
        f'<p>Volunteers met on <em>day {n}</em> by <a href="https://example.org/{n}">the quay</a>.</p>'
        for n in range(30)
    )
    html = (
        "<html><body><h1>Harbour News</h1>" + marked
        + '<p><a href="https://example.org/plan">The <em>new</em> plan, "a harbour for the next ten years and more,"'
        + " is online</a>.</p>"
        + '<p>"We will reopen the quay before the <a href="https://example.org/s">summer</a> season starts,"'
        + " said Tovin Quell, the harbour master.</p></body></html>"
    )  # fmt: skip
    quotations = [quotation["text"] for quotation in extract(html).to_json()["quotations"]]

    assert quotations == ["We will reopen the quay before the summer season starts,"]
