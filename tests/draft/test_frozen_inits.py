"""The frozen records drafting makes by the thousand get a faster __init__ than the dataclass's
(quizapp/draft/records.py): each must take the same parameters, with the same defaults, and set every field."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from quizapp.draft.facts import Element
from quizapp.draft.person import Mention
from quizapp.draft.quotes import Quote
from quizapp.draft.sentences import Sentence
from quizapp.draft.time_cues import TimeCue
from quizapp.draft.timeline import Event

RECORDS = [Sentence, Element, Mention, Quote, TimeCue, Event]


@pytest.mark.parametrize("record", RECORDS, ids=lambda record: record.__name__)
def test_init_takes_the_fields_in_order_with_their_defaults(record: type) -> None:
    parameters = list(inspect.signature(record.__init__).parameters.values())[1:]
    fields = dataclasses.fields(record)
    assert [parameter.name for parameter in parameters] == [field.name for field in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        expected = inspect.Parameter.empty if field.default is dataclasses.MISSING else field.default
        assert parameter.default == expected, field.name


@pytest.mark.parametrize("record", RECORDS, ids=lambda record: record.__name__)
def test_init_sets_every_field_and_the_record_stays_frozen(record: type) -> None:
    fields = dataclasses.fields(record)
    values = [object() for _field in fields]
    made = record(*values)
    assert [getattr(made, field.name) for field in fields] == values
    assert made == record(*values) and hash(made) == hash(record(*values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, fields[0].name, None)
