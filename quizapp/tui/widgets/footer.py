"""A footer that rebuilds its keys only when the keys it shows change.

Textual's footer removes and mounts all its keys again whenever the screen's bindings may have
changed, which includes every move of the focus, even when it would show the very same keys. On
the home screen the bank list takes the focus as the banks appear, and that rebuild was a third of
the time from there to a ready home screen (tests/benchmarks/startup.py).
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer

ShownKeys = tuple[tuple[str, str, str, bool, str], ...]


class SteadyFooter(Footer):
    """Textual's footer, rebuilt only when a key shown, its description, or whether it is enabled, changes."""

    _shown: ShownKeys | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        shown = tuple(
            (binding.key, binding.description, binding.action, enabled, tooltip)
            for _, binding, enabled, tooltip in screen.active_bindings.values()
            if binding.show
        )
        if shown == self._shown:
            return
        super().bindings_changed(screen)
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._shown = shown  # rebuilt for these keys (the footer skips rebuilds while the app has no focus)
