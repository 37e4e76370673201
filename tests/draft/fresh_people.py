"""The people model scored on a fresh set: of the people an article names (its gold `[[person]]`), how many
the drafter finds as a person under their full name, and whether it merges their other forms into them.

Attribution can only give words to someone the people model found, so a speaker it misses is a quotation
left without a speaker (or, worse, given to the nearest other person). A name counts as found when one
person of the extraction has the gold name (its shown name or one of its names); merged when every other
form of the gold that the article uses ("Ms Park", "the Swede") is among that same person's names. Spurious
people are people of the extraction that share no name with anyone in the gold ("Benches" from "Treasury
Benches"): each is a wrong answer a question could offer.

Run: python -m tests.draft.fresh_people [fresh_p] [--notes]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import tomli

from quizapp.draft.extraction import extract
from quizapp.draft.person import Person

from .fresh_gold import FRESH


@dataclass
class PeopleScores:
    named: int = 0
    found: int = 0
    merged: int = 0
    spurious: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def score_people(text: str, gold_people: list[dict[str, object]]) -> PeopleScores:
    """Found, merged and spurious people of one article against its gold people. A person's names are their
    aliases and the words of every mention linked to them ("the Swede" linked as an epithet has no alias)."""
    extraction = extract(text)
    people = [person for person in extraction.people if person.kind == "person"]
    mentioned: dict[str, set[str]] = {}
    for mention in extraction.mentions:
        surface = text[mention.start : mention.end]
        mentioned.setdefault(mention.person, set()).update({surface, surface[:1].lower() + surface[1:]})

    def _names(person: Person) -> set[str]:
        return {person.name, person.shown, *person.aliases, *mentioned.get(person.id, set())}

    scores = PeopleScores()
    gold_forms: set[str] = set()
    for gold in gold_people:
        name = str(gold["name"])
        also = [str(form) for form in gold.get("also", [])]  # type: ignore[attr-defined]
        gold_forms |= {name, *also}
        scores.named += 1
        holder = next((person for person in people if name in _names(person)), None)
        if holder is None:
            scores.notes.append(f"    not found: {name}")
            continue
        scores.found += 1
        used = [form for form in also if form in text]
        missing = [form for form in used if form not in _names(holder)]
        if missing:
            scores.notes.append(f"    {name}: not merged {missing}")
        else:
            scores.merged += 1
    scores.spurious = [person.name for person in people if not (_names(person) & gold_forms)]
    return scores


def people_scores(folder: Path) -> dict[str, PeopleScores]:
    scores = {}
    for gold_path in sorted(folder.glob("*.gold.toml")):
        article = folder / (gold_path.name.removesuffix(".gold.toml") + ".txt")
        gold = tomli.loads(gold_path.read_text(encoding="utf-8"))
        scores[article.stem] = score_people(article.read_text(encoding="utf-8"), gold.get("person", []))
    return scores


def main(folder: Path, notes: bool) -> None:
    per_article = people_scores(folder)
    named = sum(s.named for s in per_article.values())
    found = sum(s.found for s in per_article.values())
    merged = sum(s.merged for s in per_article.values())
    spurious = sum(len(s.spurious) for s in per_article.values())
    print(f"{folder.name}: people found {found}/{named}, found and merged {merged}/{named}, spurious {spurious}")
    if notes:
        for name, scores in per_article.items():
            print(f"  {name}: found {scores.found}/{scores.named}, merged {scores.merged}, spurious {scores.spurious}")
            print("\n".join(scores.notes))


if __name__ == "__main__":
    named_folders = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    main(FRESH.parent / named_folders[0] if named_folders else FRESH, "--notes" in sys.argv)
