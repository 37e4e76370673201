"""Spans answer "does this overlap a span kept so far?" as a scan of every span would (quizapp/draft/spans.py).

The timeline keeps the time cues it has taken in a sentence as Spans: a list scanned per cue made a sentence of
nothing but one weekday, repeated, take minutes to draft."""

from __future__ import annotations

import itertools
import random

from quizapp.draft.spans import Spans
from quizapp.draft.time_cues import find_cues


def test_overlaps_and_add_agree_with_a_scan_of_every_span() -> None:
    chooser = random.Random(20)
    for _ in range(200):
        kept, spans = [], Spans(())
        for _ in range(40):
            start = chooser.randrange(100)
            end = start + chooser.randrange(1, 8)
            scanned = any(start < b and a < end for a, b in kept)
            assert spans.overlaps(start, end) == scanned
            if not scanned:
                kept.append((start, end))
                spans.add(start, end)
        assert spans.spans == sorted(kept)


def test_a_sentence_of_one_weekday_repeated_gives_each_its_own_cue() -> None:
    text = "The club met on " + "Monday, " * 2000 + "and again on Monday."
    cues = find_cues(text, 0, len(text))
    assert len(cues) == 2001 and all(cue.kind == "weekday" for cue in cues)
    assert all(a.end <= b.start for a, b in itertools.pairwise(cues))  # none taken twice: "on Monday" holds its Monday


def test_a_said_clause_at_the_end_of_a_very_long_sentence_still_names_its_speaker() -> None:
    from quizapp.draft.extraction import extract

    text = (
        "Harbour notes\n\nThe harbour board listed "
        + "boats and nets and ropes " * 200
        + 'and Tom Reid said: "We are ready for the storm."'
    )
    extraction = extract(text)
    [quotation] = [q for q in extraction.quotations if q.text.startswith("We are ready")]
    assert extraction.person(quotation.speaker).name == "Tom Reid"  # the window before a quotation reaches its clause
