"""The miss table sorts each gold quotation into the one place it was lost (tests/draft/misses.py), so that a
held-out set can say where recall goes without showing its articles (our own words)."""

from __future__ import annotations

from quizapp.draft.extraction import extract

from .misses import misses, outcome

_TEXT = """Harbour reopens after repairs

The harbour at Penmor reopened on Monday after a winter of repairs.

"We are open for business again," said harbour master Ines Varga.

"The boats can come home," she added.

A sign on the gate read "Mind the gap".

Fishermen cheered. "About time too."
"""

_GOLD = {
    "quotes": [
        {"fragment": "We are open for business", "speaker": "Ines Varga", "how": "after"},
        {"fragment": "The boats can come home", "speaker": "Ines Varga", "how": "pronoun"},
        {"fragment": "About time too", "speaker": "Tom Hale", "how": "other"},
        {"fragment": "Penmor reopened", "speaker": "Ines Varga", "how": "other"},
    ],
    "unattributed": [],
    "not_quotes": ["Mind the gap"],
    "people": [{"name": "Ines Varga", "also": ["Varga"]}],
}


def test_each_gold_quotation_lands_in_the_place_it_was_lost() -> None:
    extraction = extract(_TEXT)
    entry = {e["fragment"]: e for e in _GOLD["quotes"]}
    assert outcome(extraction, entry["We are open for business"], _GOLD) == "right"
    assert outcome(extraction, entry["The boats can come home"], _GOLD) == "right"
    assert outcome(extraction, entry["About time too"], _GOLD) == "no candidate, speaker not found as a person"
    assert outcome(extraction, entry["Penmor reopened"], _GOLD) == "not found as a quotation"


def test_a_speaker_given_to_someone_else_is_told_from_one_left_unsure() -> None:
    extraction = extract(_TEXT)
    wrong = {"fragment": "We are open for business", "speaker": "Tom Hale", "how": "after"}
    assert outcome(extraction, wrong, {**_GOLD, "people": []}) == "sure, someone else"


def test_the_table_counts_every_gold_quotation_once_by_its_cue() -> None:
    table = misses(extract(_TEXT), _GOLD)
    assert sum(table.values()) == len(_GOLD["quotes"])
    assert table["right", "after"] == 1
    assert table["not found as a quotation", "other"] == 1


def test_the_benchmark_counts_as_many_right_as_the_scorer_on_a_fresh_set() -> None:
    import subprocess
    import sys
    from pathlib import Path

    from .fresh_gold import scored_set

    folder = Path(__file__).parent / "fixtures" / "fresh_lead"
    script = Path(__file__).parents[1] / "benchmarks" / "attribution_misses.py"
    printed = subprocess.run([sys.executable, str(script), str(folder)], capture_output=True, text=True, check=True)
    right = next(line for line in printed.stdout.splitlines() if line.strip().endswith(" right"))
    assert int(right.split()[0]) == scored_set(folder).total.gold_right
