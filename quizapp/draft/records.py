"""Frozen records made at the cost of plain ones: the drafter makes tens of thousands per MB of text.

A frozen dataclass's `__init__` sets each field through `object.__setattr__`, to get past the
`__setattr__` that freezes it: about three times the cost of a plain class's, and paragraphs, sentences, time
cues, events, facts' elements and mentions are made by the tens of thousands per MB (a few per cent
of drafting). `quick_init` gives such a dataclass an `__init__` that writes its fields straight into
the instance's dictionary, which `__setattr__` never sees; the record stays frozen, compares and hashes
as before, and `dataclasses.replace` still builds its copies through the same `__init__`.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

_Record = TypeVar("_Record")


def quick_init(cls: type[_Record]) -> type[_Record]:
    """Replace a frozen dataclass's `__init__` by one that fills `__dict__` directly; the same parameters,
    names, order and defaults (fields with a default factory, slots or `__post_init__` are refused)."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or hasattr(cls, "__slots__") or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} is not a frozen dataclass with an instance dictionary")
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    defaults: dict[str, object] = {}
    parameters = []
    for field in fields:
        if not field.init or field.default_factory is not dataclasses.MISSING or field.kw_only:
            raise TypeError(f"{cls.__name__}.{field.name}: only plain defaults are supported")
        if field.default is dataclasses.MISSING:
            parameters.append(field.name)
        else:
            defaults[f"_default_{field.name}"] = field.default
            parameters.append(f"{field.name}=_default_{field.name}")
    stores = "".join(f"    instance_dict[{field.name!r}] = {field.name}\n" for field in fields) or "    pass\n"
    source = f"def __init__(self, {', '.join(parameters)}):\n    instance_dict = self.__dict__\n{stores}"
    namespace: dict[str, object] = {}
    exec(source, dict(defaults), namespace)  # built from the class's own field names, as dataclasses does
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    setattr(cls, "__init__", init)  # noqa: B010 - mypy refuses a method assigned to directly
    return cls
