"""The collector pause around drafting: what drafting keeps is not walked again by the next young collection,
and nothing frozen by someone else, nor a collector switched off by the caller, is disturbed."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from quizapp.draft import draft_article

_ARTICLE = (
    "Council Opens a Bridge\n\n"
    'The council opened a bridge in Leeds on Monday. "It took six years," said Mayor Ann Hollis.\n\n'
    "About 40 workers built it, and 3,000 people crossed it on the first day.\n"
)


@pytest.fixture
def collector_on() -> Iterator[None]:
    """The collector on and nothing frozen, as in a process that drafts from the command line: an app
    started earlier in the test process (`freeze_startup_objects`) leaves its objects frozen, and then
    drafting rightly leaves the generations alone."""
    was_enabled = gc.isenabled()
    gc.enable()
    gc.unfreeze()
    yield
    if not was_enabled:
        gc.disable()


def _youngest_ids() -> set[int]:
    return {id(thing) for thing in gc.get_objects(generation=0)}


@pytest.mark.usefixtures("collector_on")
def test_a_kept_draft_is_aged_at_once_so_the_next_young_collection_does_not_walk_it() -> None:
    draft = draft_article(_ARTICLE)

    young = _youngest_ids()
    assert id(draft.questions[0].question) not in young
    assert id(draft.extraction.facts[0]) not in young
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_objects_someone_froze_stay_frozen_through_a_draft() -> None:
    """Frozen objects live in no generation; a draft that unfroze them would put them back in the oldest.
    Asked of objects this test holds, not of the freeze count: frozen objects that die (garbage an earlier
    test left, freed while drafting) lower the count without anything being unfrozen."""
    held = [[index] for index in range(50)]
    gc.freeze()
    try:
        draft_article(_ARTICLE)

        in_generations = {id(thing) for generation in range(3) for thing in gc.get_objects(generation=generation)}
        assert not {id(item) for item in held} & in_generations
    finally:
        gc.unfreeze()


def test_a_collector_the_caller_switched_off_stays_off() -> None:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        draft_article(_ARTICLE)

        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()
