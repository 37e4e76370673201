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
        if quotation.sure_speaker is None:
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


# -- the shared drafting corpus (gold.json) -------------------------------------------------------


def corpus_normalized(text: str) -> str:
    """The corpus README's comparison form: straight quotes and apostrophes, whitespace collapsed."""
    for char in "“”„‟″":
        text = text.replace(char, '"')
    for char in "‘’‚‛′":
        text = text.replace(char, "'")
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class CorpusScores:
    """Attribution against the corpus gold: what was attributed, what was right, recall per cue."""

    attributed: int = 0
    right: int = 0
    gold: int = 0
    gold_right: int = 0
    per_how: dict[str, list[int]] | None = None
    """gold `how` -> [right, all]"""
    per_sieve: dict[str, list[int]] | None = None
    """the drafter's sieve (`Quotation.rule`) -> [sure attributions it made, right ones]"""
    questions: list[int] | None = None
    seconds: float = 0.0
    megabytes: float = 0.0
    notes: list[str] | None = None

    def __add__(self, other: CorpusScores) -> CorpusScores:
        return CorpusScores(
            self.attributed + other.attributed,
            self.right + other.right,
            self.gold + other.gold,
            self.gold_right + other.gold_right,
            _added(self.per_how, other.per_how),
            _added(self.per_sieve, other.per_sieve),
            [*(self.questions or []), *(other.questions or [])],
            self.seconds + other.seconds,
            self.megabytes + other.megabytes,
            [*(self.notes or []), *(other.notes or [])],
        )

    @property
    def precision(self) -> float:
        return self.right / self.attributed if self.attributed else 1.0

    @property
    def recall(self) -> float:
        return self.gold_right / self.gold if self.gold else 1.0

    @property
    def wrong_rate(self) -> float:
        """Attributed quotations whose speaker is not the gold one (or that have no gold speaker)."""
        return 1.0 - self.precision

    def line(self, name: str) -> str:
        return (
            f"{name}: precision {self.precision:.3f} ({self.right}/{self.attributed}), "
            f"recall {self.recall:.3f} ({self.gold_right}/{self.gold}), wrong-speaker rate {self.wrong_rate:.3f}"
        )

    def breakdown(self) -> list[str]:
        """Recall per gold cue and each sieve's sure, right and wrong attributions, a line each."""
        lines = [
            f"    recall [{how:22}] {right / all_:.2f} ({right}/{all_})"
            for how, (right, all_) in sorted((self.per_how or {}).items())
        ]
        lines += [
            f"    sieve  [{sieve:22}] {made:3} sure, {right:3} right, {made - right:2} wrong"
            for sieve, (made, right) in sorted((self.per_sieve or {}).items())
        ]
        return lines


def _added(*tables: dict[str, list[int]] | None) -> dict[str, list[int]]:
    """Two tables of counts per key, added key by key."""
    total: dict[str, list[int]] = {}
    for table in tables:
        for key, counts in (table or {}).items():
            entry = total.setdefault(key, [0] * len(counts))
            for index, count in enumerate(counts):
                entry[index] += count
    return total


def _speaker_forms(extraction: Extraction, speaker_id: str | None) -> set[str]:
    person = extraction.person(speaker_id)
    if person is None:
        return set()
    return {corpus_normalized(name).lower() for name in (person.name, person.shown, *person.aliases)}


def _gold_forms(article_gold: dict, speaker: str) -> set[str]:
    forms = {speaker}
    for person in article_gold.get("people", []):
        if person["name"] == speaker:
            forms |= set(person.get("also", []))
    return {corpus_normalized(form).lower() for form in forms}


def score_corpus_article(extraction: Extraction, article_gold: dict) -> CorpusScores:
    """Score one article's sure attributions against its gold entries, as the corpus README describes."""
    scores = CorpusScores(per_how={}, per_sieve={}, notes=[])
    quotations = [(corpus_normalized(q.text), q) for q in extraction.quotations]
    matched_right: set[int] = set()
    for number, entry in enumerate(article_gold["quotes"]):
        fragment = corpus_normalized(entry["fragment"])
        forms = _gold_forms(article_gold, entry["speaker"])
        matches = [q for text, q in quotations if fragment in text]
        right = any(_speaker_forms(extraction, q.sure_speaker) & forms for q in matches)
        scores.gold += 1
        how = scores.per_how.setdefault(entry["how"], [0, 0])  # type: ignore[union-attr]
        how[1] += 1
        if right:
            scores.gold_right += 1
            how[0] += 1
            matched_right.add(number)
        else:
            said = [f"{extraction.person(q.sure_speaker).shown} by {q.rule}" for q in matches if q.sure_speaker]  # type: ignore[union-attr]
            scores.notes.append(  # type: ignore[union-attr]
                f"  {'WRONG' if said else 'missed'} [{entry['how']}] {entry['fragment'][:50]!r}: "
                f"{said or ('not found' if not matches else 'no speaker')} (gold {entry['speaker']})"
            )
    for text, quotation in quotations:
        if quotation.sure_speaker is None:
            continue
        scores.attributed += 1
        sieve = scores.per_sieve.setdefault(quotation.rule, [0, 0])  # type: ignore[union-attr]
        sieve[0] += 1
        forms_said = _speaker_forms(extraction, quotation.speaker)
        hits = [
            (text.find(corpus_normalized(entry["fragment"])), entry.get("speaker"))
            for entry in [
                *article_gold["quotes"],
                *(
                    {"fragment": f}
                    for f in [*article_gold.get("unattributed", []), *article_gold.get("not_quotes", [])]
                ),
            ]
            if corpus_normalized(entry["fragment"]) in text
        ]
        # the entry the quotation opens with decides: words quoted inside it come later in its text
        first_speaker = min(hits, key=lambda hit: hit[0])[1] if hits else None
        if first_speaker is not None and forms_said & _gold_forms(article_gold, first_speaker):
            scores.right += 1
            sieve[1] += 1
        else:
            scores.notes.append(
                f"  FALSE {text[:50]!r}: {extraction.person(quotation.speaker).shown} by {quotation.rule}"
            )  # type: ignore[union-attr]
    return scores


def score_corpus(names: list[str], folder: Path, gold: dict) -> dict[str, CorpusScores]:
    """Each named corpus article drafted and scored: attribution, sound questions drafted, seconds taken."""
    import time

    from quizapp.draft import NothingToAsk, draft_article, read_article

    from .sound_questions import sound_count

    by_name = {article["name"]: article for article in gold["articles"]}
    results = {}
    for name in names:
        path = folder / f"{name}.txt"
        started = time.perf_counter()
        text = read_article(path)
        try:
            draft = draft_article(text)
            extraction = draft.extraction
            questions = sound_count(drafted.question for drafted in draft.questions)  # what a student would ask
        except NothingToAsk:
            extraction, questions = extract(text), 0
        scores = score_corpus_article(extraction, by_name[name])
        scores.seconds = time.perf_counter() - started
        scores.megabytes = path.stat().st_size / 1_000_000
        scores.questions = [questions]
        results[name] = scores
    return results
