"""Scoring the drafter against hand-made gold files: attribution precision and recall, event order, facts.

A gold file (TOML, beside its article) lists each quotation by its first words with its
speaker, the quoted terms and marked text that are not quotations, the key events in the
order they happened, and facts with the numbers and places they hold. The gold is written
from reading the article, never from the drafter's output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import tomli

from quizapp.draft.extraction import Extraction, extract

FIXTURES = Path(__file__).parent / "fixtures"


def normalized(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[\"“”«»]", "", text)
    return " ".join(re.findall(r"[\w',.-]+", text)).strip(" ,.")


@dataclass
class Scores:
    attributed: int = 0
    """Quotations the drafter gave a speaker."""
    attributed_right: int = 0
    gold_quotations: int = 0
    gold_found_right: int = 0
    pairs: int = 0
    pairs_right: int = 0
    events: int = 0
    events_found: int = 0
    facts: int = 0
    facts_found: int = 0
    wrong: list[str] | None = None

    def __add__(self, other: Scores) -> Scores:
        total = Scores(wrong=[*(self.wrong or []), *(other.wrong or [])])
        for name in ("attributed", "attributed_right", "gold_quotations", "gold_found_right", "pairs", "pairs_right",
                     "events", "events_found", "facts", "facts_found"):  # fmt: skip
            setattr(total, name, getattr(self, name) + getattr(other, name))
        return total

    @property
    def precision(self) -> float:
        return self.attributed_right / self.attributed if self.attributed else 1.0

    @property
    def recall(self) -> float:
        return self.gold_found_right / self.gold_quotations if self.gold_quotations else 1.0

    @property
    def order_accuracy(self) -> float:
        return self.pairs_right / self.pairs if self.pairs else 1.0

    @property
    def fact_recall(self) -> float:
        return self.facts_found / self.facts if self.facts else 1.0

    def line(self, name: str) -> str:
        return (
            f"{name}: attribution precision {self.precision:.3f} ({self.attributed_right}/{self.attributed}), "
            f"recall {self.recall:.3f} ({self.gold_found_right}/{self.gold_quotations}), "
            f"event order {self.order_accuracy:.3f} ({self.pairs_right}/{self.pairs} pairs, "
            f"{self.events_found}/{self.events} events found), facts {self.facts_found}/{self.facts}"
        )


def _speaker_names(extraction: Extraction, speaker_id: str | None) -> set[str]:
    person = extraction.person(speaker_id)
    if person is None:
        return set()
    return {normalized(name) for name in (person.name, person.shown, *person.aliases)}


def _gold_for(text: str, gold_quotations: list[dict]) -> dict | None:
    extracted = normalized(text)
    for quotation in gold_quotations:
        if extracted.startswith(normalized(quotation["starts"])):
            return quotation
    return None


def score(extraction: Extraction, gold: dict) -> Scores:
    scores = Scores(wrong=[])
    gold_quotations = gold.get("quotation", [])
    scores.gold_quotations = len(gold_quotations)
    right_golds = set()
    for quotation in extraction.quotations:
        if quotation.speaker is None:
            continue
        scores.attributed += 1
        match = _gold_for(quotation.text, gold_quotations)
        speaker = extraction.person(quotation.speaker)
        if match is not None and normalized(match["speaker"]) in _speaker_names(extraction, quotation.speaker):
            scores.attributed_right += 1
            right_golds.add(match["starts"])
        else:
            expected = match["speaker"] if match else "not a quotation"
            scores.wrong.append(f"{quotation.text[:50]!r}: {speaker.shown if speaker else None} (gold: {expected})")
    scores.gold_found_right = len(right_golds)
    for quotation in gold_quotations:
        if quotation["starts"] not in right_golds:
            scores.wrong.append(f"missed {quotation['starts']!r} ({quotation['speaker']})")
    _score_events(extraction, gold.get("events", []), scores)
    _score_facts(extraction, gold.get("fact", []), scores)
    return scores


def _score_events(extraction: Extraction, gold_events: list[str], scores: Scores) -> None:
    """Each pair of gold events counts as right only when both were found and placed in the gold order."""
    when: dict[str, float] = {}
    for key in gold_events:
        for event in extraction.events:
            if normalized(key) in normalized(extraction.text[event.start : event.end]):
                when[key] = event.when
                break
        else:
            scores.wrong.append(f"event not found: {key!r}")
    scores.events = len(gold_events)
    scores.events_found = len(when)
    for earlier, later in combinations(gold_events, 2):
        scores.pairs += 1
        if earlier in when and later in when and when[earlier] < when[later]:
            scores.pairs_right += 1
        elif earlier in when and later in when:
            scores.wrong.append(f"order: {earlier!r} ({when[earlier]}) should precede {later!r} ({when[later]})")


def _score_facts(extraction: Extraction, gold_facts: list[dict], scores: Scores) -> None:
    scores.facts = len(gold_facts)
    for fact in gold_facts:
        found = next(
            (
                f
                for f in extraction.facts
                if normalized(fact["contains"]) in normalized(extraction.text[f.start : f.end])
            ),
            None,
        )
        if found is None:
            scores.wrong.append(f"fact not found: {fact['contains']!r}")
            continue
        numbers = {normalized(e.text) for e in found.of_kind("number")}
        places = {normalized(e.text) for e in found.of_kind("place")}
        if {normalized(n) for n in fact.get("numbers", [])} <= numbers and {
            normalized(p) for p in fact.get("places", [])
        } <= places:
            scores.facts_found += 1
        else:
            scores.wrong.append(f"fact {fact['contains']!r}: numbers {sorted(numbers)}, places {sorted(places)}")


def fixture_pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for gold in sorted(FIXTURES.glob("*.gold.toml")):
        stem = gold.name.removesuffix(".gold.toml")
        article = next(path for path in FIXTURES.glob(stem + ".*") if not path.name.endswith(".gold.toml"))
        pairs.append((article, gold))
    return pairs


def score_file(article: Path, gold: Path) -> Scores:
    return score(extract(article.read_text(encoding="utf-8")), tomli.loads(gold.read_text(encoding="utf-8")))
