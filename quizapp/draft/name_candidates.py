"""A candidate name: a run of capitalised words that may be a person's or a body's name, and where it stands.

The people finder cuts runs of capitalised words into candidates (name_runs.py) and weighs the evidence
around each (evidence.py, roles_around_names.py, pronoun_after_name.py). The record is its own module
because all of them read it and none of them owns it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class NameCandidate:
    """Capitalised words from `start` to `end` of the text, and whether they end in a possessive "'s"."""

    start: int
    end: int
    tokens: list[str]
    possessive: bool
