"""Banks written by quizapp (drafts, imports, templates) read back exactly as they were."""

from __future__ import annotations

import datetime as dt

import tomli
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.bank.loader import parse_bank_text
from quizapp.bank.models import QUESTION_KINDS, Bank
from quizapp.bank.writer import bank_to_toml, toml_string


def _examples() -> list[dict]:
    return [tomli.loads(kind.example)["questions"][0] for kind in QUESTION_KINDS]


def test_every_kind_round_trips_with_comments_and_source() -> None:
    bank = Bank.model_validate(
        {
            "id": "round-trip",
            "title": 'A "quoted" title',
            "description": "Two lines\nof description",
            "source": {"title": "An article", "date": dt.date(2025, 5, 19), "authors": ["A. Writer", "B. Writer"]},
            "questions": _examples(),
        }
    )
    text = bank_to_toml(bank, header=["Drafted: review before use"], question_comments={"moon-landing": ["from GIFT"]})

    read_back, problems = parse_bank_text(text, "round-trip.toml")

    assert problems == ()
    assert read_back == bank
    assert text.startswith("#:schema ./quizapp-bank.schema.json\n# Drafted: review before use\n")
    assert '# from GIFT\n[[questions]]\nid = "moon-landing"' in text


def test_defaults_are_left_out() -> None:
    bank = Bank.model_validate({"id": "b", "title": "t", "questions": _examples()[:1]})
    text = bank_to_toml(bank, schema_comment=False)
    assert "shuffle" not in text and "tags" not in text and "source" not in text


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1))
def test_any_text_survives_the_trip(text: str) -> None:
    assert tomli.loads(f"value = {toml_string(text)}")["value"] == text
