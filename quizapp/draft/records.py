"""The frozen records drafting makes by the thousand, built with one write each.

A frozen dataclass's generated `__init__` sets each field with `object.__setattr__`, three times slower than
one update of the instance's dict, and drafting makes some 38,000 sentences, mentions, quotes, elements, time
cues and events per MB of text. `written_at_once` gives such a record an `__init__` that takes the dataclass's
own parameters (names, order, defaults, read from its fields) and sets them in one `__dict__.update`. It is
written from the fields when the class is made, as dataclasses writes its own, so a field added later is taken
too: a hand-written copy per class once missed a new field and raised TypeError
(tests/draft/test_frozen_inits.py holds every record to its fields).
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

Record = TypeVar("Record", bound=type[Any])


def written_at_once(cls: Record) -> Record:
    """`cls` (already a frozen dataclass, without default factories) with an `__init__` writing all at once."""
    fields = dataclasses.fields(cls)
    if any(field.default_factory is not dataclasses.MISSING for field in fields):
        raise TypeError(f"{cls.__name__}: a default factory needs the dataclass's own __init__")
    defaults = {field.name: field.default for field in fields if field.default is not dataclasses.MISSING}
    parameters = ", ".join(f"{name}=_defaults[{name!r}]" if name in defaults else name for name in _names(fields))
    assignments = ", ".join(f"{name}={name}" for name in _names(fields))
    namespace: dict[str, Any] = {"_defaults": defaults}
    exec(f"def __init__(self, {parameters}):\n    self.__dict__.update({assignments})\n", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = "Set every field in one update of the instance's dict (quizapp/draft/records.py)."
    setattr(cls, "__init__", init)  # noqa: B010 (a method is replaced on the class, which mypy refuses as `=`)
    return cls


def _names(fields: tuple[dataclasses.Field[Any], ...]) -> list[str]:
    return [field.name for field in fields]
