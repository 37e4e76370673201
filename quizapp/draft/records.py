"""Frozen records that drafting builds by the ten thousand per MB of article, built as fast as plain ones.

A frozen dataclass refuses `__setattr__`, so the `__init__` it is given sets each field through
`object.__setattr__`: building one costs three times what building a plain dataclass does, and a
1 MB article builds some thirty thousand sentences, fact elements, time cues and events (about
0.015 s). `quick_init` gives such a record an `__init__` that fills the instance's `__dict__`
directly, with the same fields, order and defaults. Nothing else changes: assigning a field after
construction still raises, and equality, hashing and repr are the dataclass's own.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

_Record = TypeVar("_Record", bound=type)


def quick_init(cls: _Record) -> _Record:
    """Replace a frozen dataclass's `__init__` by one that writes its fields straight into `__dict__`.

    Only for the plain records it is meant for: every field set by `__init__`, no default factory
    (it would need a call per instance), no `__post_init__`, no slots (no `__dict__` to fill).
    """
    parameters = dataclasses.fields(cls)
    if (
        not dataclasses.is_dataclass(cls)
        or not cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
        or hasattr(cls, "__post_init__")
        or hasattr(cls, "__slots__")
        or any(not field.init or field.default_factory is not dataclasses.MISSING for field in parameters)
    ):
        raise TypeError(f"{cls.__name__} is not a plain frozen dataclass")
    namespace: dict[str, Any] = {}
    signature = []
    for field in parameters:
        if field.default is dataclasses.MISSING:
            signature.append(field.name)
        else:
            namespace[f"_default_{field.name}"] = field.default
            signature.append(f"{field.name}=_default_{field.name}")
    lines = [f"def __init__(self, {', '.join(signature)}):", "    fields = self.__dict__"]
    lines += [f"    fields[{field.name!r}] = {field.name}" for field in parameters]
    exec("\n".join(lines), namespace)  # as dataclasses writes its own __init__: a call per field is what we save
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    setattr(cls, "__init__", init)  # noqa: B010 (mypy refuses assigning to a method)
    return cls
