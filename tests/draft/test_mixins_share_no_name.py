"""No two mixins of one class define the same name (issue 10, stop 29).

The attributor and the people finder are made of mixins, one per sieve or concern, and Python looks a name up the
whole chain: two engineers each gave a mixin a `_holders`, one a cache that starts as None and one a method, and
on the attributor the cache shadowed the method. Every draft with a one-word speaker then failed with a TypeError
that neither branch's tests could see. Stubs a mixin declares for another's method (a body that only raises
NotImplementedError) are allowed: they are declarations, and the real one comes first in the chain.
"""

from __future__ import annotations

import dis
import importlib
import inspect
import pkgutil

import quizapp.draft


def _is_stub(value: object) -> bool:
    function = getattr(value, "__func__", value)
    if not inspect.isfunction(function):
        return False
    operations = [instruction.opname for instruction in dis.get_instructions(function)]
    return "RAISE_VARARGS" in operations and len(operations) < 8


def _composed_classes() -> list[type]:
    classes = []
    for module_info in pkgutil.iter_modules(quizapp.draft.__path__, "quizapp.draft."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if inspect.isclass(value) and value.__module__ == module.__name__ and len(value.__bases__) >= 2:
                classes.append(value)
    return classes


def test_the_check_finds_composed_classes() -> None:
    assert any(cls.__name__ == "Attributor" for cls in _composed_classes())


def test_no_name_has_two_definitions_in_one_class_chain() -> None:
    clashes = {}
    for cls in _composed_classes():
        defined: dict[str, list[str]] = {}
        for base in cls.__mro__[1:]:
            if base is object:
                continue
            for name, value in vars(base).items():
                if not name.startswith("__") and not _is_stub(value):
                    defined.setdefault(name, []).append(base.__name__)
        clashes.update({f"{cls.__name__}.{name}": owners for name, owners in defined.items() if len(owners) > 1})
    assert clashes == {}
