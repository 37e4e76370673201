"""Fixed patterns compiled when first used, not when their module is imported.

Drafting's modules hold some 650 fixed patterns, each module its rule's own; Python compiles every
pattern afresh in each process (`re` keeps no compiled pattern between runs), and compiling them all was
about half of `import quizapp.draft`, most of it in a hundred long alternations of words, while a short
article uses fewer than half of them. A module writes `lazy_compile(...)` where it would write
`re.compile(...)` for a pattern kept at module level; functions that build a pattern for an article keep
`re.compile`.

The pattern's text is there at once, since modules build patterns from each other's `.pattern`; anything
else (`search`, `finditer`, `flags`, `groupindex`) compiles it with `re.compile` on first use and keeps the
compiled pattern's attribute on the object, so a later `search` costs what it costs on the compiled
pattern. Typed as `re.Pattern`: it is used as one, except by `isinstance`, by equality (two equal
patterns are two objects) and by `re`'s module functions (`re.search(pattern, text)` wants the text or the
compiled pattern, so write `pattern.search(text)`).
"""

from __future__ import annotations

import re
from typing import AnyStr, Generic, cast


class _LazyPattern(Generic[AnyStr]):
    """`re.compile(pattern, flags)`, compiled by the first use of anything but `pattern`."""

    def __init__(self, pattern: AnyStr, flags: int) -> None:
        self.pattern: AnyStr = pattern
        self._flags = flags
        self._compiled: re.Pattern[AnyStr] | None = None

    def __getattr__(self, name: str) -> object:
        # Called only for what the object does not hold yet: compile once, then keep each attribute asked for.
        if name.startswith("__"):  # copy, pickle and the like ask for hooks: the compiled pattern has none to lend
            raise AttributeError(name)
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
        value: object = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """`re.compile(pattern, flags)`, put off until the pattern is first used (see the module's docstring)."""
    return cast("re.Pattern[AnyStr]", _LazyPattern(pattern, flags))
