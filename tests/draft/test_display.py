"""What a teacher reads in the draft: people's names, quotations as shown, matching explanations.

The seed article calls Trump only "President Trump" and "Mr. Trump", and Peskov only "Mr.
Peskov"; the small article below does the same with Okafor and Hale, so these checks do not
depend on the seed article being present.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.bank.models import Matching, MultipleChoice
from quizapp.cli import main
from quizapp.draft import Draft, draft_article
from quizapp.draft.who_said import EXPLANATION_CHARS

from .conftest import ARTICLE

needs_seed = pytest.mark.skipif(not ARTICLE.is_file(), reason=f"seed article not present at {ARTICLE}")

LIBRARY = """Library Vote Splits Elmford

By Test Writer

March 4, 2025

The town council of Elmford voted 5 to 4 on Tuesday to move the public library into the old railway station.

"We will keep the library open every single day until the new building is ready," Mr. Okafor said. He has run \
the library for 12 years.

Mayor Rosa Lind said the move would save money. "It is the cheapest way to keep books in the town center," Ms. \
Lind said.

"Why would anyone close a library that works so well for the children of this town?" asked Councilman Hale, who \
leads the opposition.

Mr. Hale said his group would collect signatures. "We have until June to change their minds, and we will use \
every day of it," Mr. Hale said.

"This station has been empty for years, and now it will be full of readers," Ms. Lind added.
"""
"""Okafor and Hale have no first name in it; Rosa Lind has one. Quotations end in commas and a question mark."""

_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b\.?")


def _names_on_questions(draft: Draft) -> list[str]:
    names: list[str] = []
    for drafted in draft.questions:
        question = drafted.question
        if isinstance(question, MultipleChoice):
            names += [*question.choices, question.answer]
        elif isinstance(question, Matching):
            names += list(question.options)
    return names


def _shown_quotations(draft: Draft) -> list[tuple[str, str]]:
    """(quotation as shown, the article's quotation it shows) for every who-said prompt and matching left."""
    found = []
    texts = [quotation.text for quotation in draft.extraction.quotations]
    for drafted in draft.questions:
        question = drafted.question
        shown = []
        if isinstance(question, MultipleChoice) and question.id.startswith("who-said"):
            shown = re.findall(r"“(.*)”$", question.prompt)  # "who is missing?" quotes a reported sentence instead
        elif isinstance(question, Matching):
            shown = [pair.left.removeprefix("“").removesuffix("”") for pair in question.pairs]
        for text in shown:
            opening = text.removesuffix("…").removesuffix(" ")
            original = next(t for t in texts if t.startswith(opening.rstrip("…")))
            found.append((text, original))
    return found


def test_a_person_named_only_by_surname_is_shown_by_surname_alone() -> None:
    draft = draft_article(LIBRARY)
    names = set(_names_on_questions(draft))
    assert {"Okafor", "Hale", "Rosa Lind"} <= names
    assert not any(_HONORIFIC.search(name) for name in names), names


def test_no_name_on_any_question_carries_an_honorific(article_path: Path) -> None:
    names = _names_on_questions(draft_article(article_path.read_text(encoding="utf-8")))
    assert not [name for name in names if _HONORIFIC.search(name)]


@needs_seed
def test_seed_article_names_are_the_fullest_the_article_gives() -> None:
    draft = draft_article(ARTICLE.read_text(encoding="utf-8"))
    shown = {person.last: person.shown for person in draft.extraction.people if person.kind == "person"}
    assert shown["Putin"] == "Vladimir V. Putin"
    assert shown["Vance"] == "JD Vance"
    assert shown["Starmer"] == "Keir Starmer"
    assert shown["Trump"] == "Trump"
    assert shown["Peskov"] == "Peskov"
    names = set(_names_on_questions(draft))
    assert {"Trump", "Peskov"} <= names
    trump_answers = [
        d.question.explanation
        for d in draft.questions
        if isinstance(d.question, MultipleChoice)
        and d.question.answer == "Trump"
        and d.question.id.startswith("who-said")
    ]
    assert trump_answers and all(text.endswith("to President Trump.") for text in trump_answers)  # a title before


def test_quotations_drop_the_reporting_sentences_comma_and_full_stop() -> None:
    draft = draft_article(LIBRARY)
    shown = dict(_shown_quotations(draft))
    assert "It is the cheapest way to keep books in the town center" in shown  # was "...center,"
    assert "Why would anyone close a library that works so well for the children of this town?" in shown


def test_quotations_shown_end_in_no_comma_or_full_stop_and_an_ellipsis_only_when_cut(article_path: Path) -> None:
    draft = draft_article(article_path.read_text(encoding="utf-8"))
    for shown, original in _shown_quotations(draft):
        assert not shown.endswith((",", ".", ";", ":")) or shown.endswith("..."), shown
        if shown.endswith("…") and not original.rstrip().endswith(("…", "...")):
            assert len(shown.split()) < len(original.split()), (shown, original)
        if not shown.endswith(("…", "...")):
            assert original.rstrip(",.;: ") == shown, (shown, original)


@needs_seed
def test_seed_article_quotations_as_a_teacher_expects_them() -> None:
    shown = {text for text, _original in _shown_quotations(draft_article(ARTICLE.read_text(encoding="utf-8")))}
    assert "remove the root causes of this crisis" in shown
    assert "immediately start negotiations toward a Ceasefire and, more importantly, an END to the War" in shown


def _explained_speakers(explanation: str) -> list[tuple[str, str]]:
    """(speaker, opening words) for each quotation named in a matching explanation."""
    found = []
    for sentence in re.finditer(r"([^“”.]+?) said ((?:“[^”]*”(?:, | and )?)+)\.", explanation):
        for opening in re.findall(r"“([^”]*)”", sentence.group(2)):
            found.append((sentence.group(1).strip(), opening.removesuffix("…")))
    return found


def test_matching_explanations_are_short_and_name_the_right_speaker_for_each_quotation(article_path: Path) -> None:
    draft = draft_article(article_path.read_text(encoding="utf-8"))
    for drafted in draft.questions:
        question = drafted.question
        if not isinstance(question, Matching):
            continue
        assert len(question.explanation or "") <= EXPLANATION_CHARS, question.explanation
        explained = _explained_speakers(question.explanation or "")
        assert len(explained) == len(question.pairs), question.explanation
        for pair in question.pairs:
            left = pair.left.removeprefix("“")
            speaker = next(name for name, opening in explained if left.startswith(opening))
            assert pair.right == speaker or pair.right.endswith(" " + speaker), (pair, question.explanation)


def test_library_matching_explanation_reads_as_one_sentence_per_speaker() -> None:
    matching = next(d.question for d in draft_article(LIBRARY).questions if isinstance(d.question, Matching))
    assert matching.explanation == (
        "Okafor said “We will keep the library…”. Hale said “Why would anyone close…”. "
        "Lind said “This station has been empty…”."
    )


def test_no_quotation_is_asked_both_in_a_matching_and_a_who_said_question(article_path: Path) -> None:
    draft = draft_article(article_path.read_text(encoding="utf-8"))
    lefts = {
        pair.left.strip("“”…") for d in draft.questions if isinstance(d.question, Matching) for pair in d.question.pairs
    }
    for drafted in draft.questions:
        if isinstance(drafted.question, MultipleChoice):
            quoted = drafted.question.prompt.removeprefix("Who said this? “").rstrip("”…")
            assert not any(quoted.startswith(left) or left.startswith(quoted) for left in lefts), quoted


def test_the_command_writes_surnames_and_clean_quotations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "library.txt"
    article.write_text(LIBRARY, encoding="utf-8")
    output = tmp_path / "library.toml"
    assert main(["draft", str(article), "-o", str(output)]) == 0
    written = output.read_text(encoding="utf-8")
    assert 'right = "Okafor"' in written
    name_lines = [line for line in written.splitlines() if line.startswith(("choices", "answer", "distractors", "  {"))]
    assert name_lines and not any(_HONORIFIC.search(line) for line in name_lines)
    assert "center,”" not in written and "center”" in written


def test_a_regnal_number_is_not_a_surname() -> None:
    article = (
        "Pope Visits Harbor Town\n\nBy Test Writer\n\nJune 2, 2025\n\n"
        '"We came to listen to the people of this harbor and their worries," said Pope Leo XIV on Sunday.\n\n'
        '"The harbor needs new boats before the winter storms arrive," said Mayor Rosa Lind.\n\n'
        '"Nobody has asked the fishermen what they need this year," said Tom Becker, a fisherman.\n\n'
        '"We will build two new boats for the harbor by the end of the year," Ms. Lind said.\n'
    )
    matching = next(d.question for d in draft_article(article).questions if isinstance(d.question, Matching))
    assert "Leo XIV said" in (matching.explanation or ""), matching.explanation


CAPITAL_LABELS = """\
What the rail plan means for commuters

The regional rail plan was published on Monday. We asked three people who use the line every day.

NADIA O'CONNELL, nurse, Westbury

"The early train is always full by the second stop, so more carriages would change my week."

HUGO MCALLISTER, shop owner, Eastfield

"Nobody asked the towns at the end of the line what they needed."

RUTH OKAFOR, teacher, Millbrook

"The last train home leaves far too early for anyone who works late."
"""
"""Label paragraphs in capitals, as reaction round-ups print them; written for this test."""


def test_names_set_in_capitals_are_shown_in_the_case_names_are_read_in() -> None:
    draft = draft_article(CAPITAL_LABELS)
    names = set(_names_on_questions(draft))
    assert {"Nadia O'Connell", "Hugo McAllister"} <= names, names
    explanations = " ".join(drafted.question.explanation or "" for drafted in draft.questions)
    assert not re.search(r"\b[A-Z'’]{3,} (?:said|says)\b", explanations), explanations  # quoting the label is fine


def test_a_pope_or_monarch_of_one_name_is_shown_with_the_title_they_are_known_by() -> None:
    text = (
        "Pontiff Meets Harbour Workers\n\n"
        "Pope Anselm met dock workers in Velmora on Sunday and praised their union.\n\n"
        "\u201cNo port runs without the hands that load it,\u201d Anselm told the crowd.\n\n"
        "\u201cWe have waited years for someone to say that,\u201d said union leader Ruth Calloway.\n\n"
        "\u201cThe visit changes nothing in the pay talks,\u201d port director Emil Sandoval said.\n"
    )
    draft = draft_article(text)
    names = {name for d in draft.questions if isinstance(d.question, MultipleChoice) for name in d.question.choices}
    assert "Pope Anselm" in names and "Anselm" not in names  # a first name alone reads as someone else
