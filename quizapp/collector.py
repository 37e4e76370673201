"""Pausing Python's cyclic garbage collector around work that builds many objects and frees none.

Loading a bank and drafting from an article each create hundreds of thousands of small objects
(models, matches, spans, mentions) that stay alive until the work ends and form no cycles. The
collector's passes over them free nothing and cost a tenth to a third of the work's time; reference
counting still frees everything as usual. One helper, so both pause it the same safe way.

A paused collector still counts the objects made: the first one made after the pause then starts
a pass over the youngest generation, which holds every object the work made and kept (a draft of a
1 MB article: a hundredth of a second, paid by whatever the caller does next). Work whose objects
are all kept by the caller (`kept=True`, drafting) moves them to the oldest generation instead
(`gc.freeze()` then `gc.unfreeze()`: two list splices, no pass), which only the rare full collections
walk. That also ages the few young objects made before the work: a cycle among them waits for the
next full collection, a delay and never a leak. The bank loader keeps the default: it runs in the
app, beside the screens' own young objects.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused(*, kept: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector for the block; it runs again after, if it ran before.

    `kept`: the block's objects outlive it, so they are moved to the oldest generation on leaving
    rather than walked by the next collection; not when objects are frozen (unfreezing would free
    them to collection too) or when the collector was off already (an outer block decides).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if kept and gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
