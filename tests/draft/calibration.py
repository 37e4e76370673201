"""How sure an attribution is, measured: for each sieve and each reason a speaker is left unsure, how often the
speaker found is the gold one.

`sure` and `doubt` are the drafter's claims; this module checks them against hand-made gold. Every quotation
that has a speaker (sure or not) falls in a class: its sieve (`rule`) and, when unsure, the kind of reason
(the doubt with its names and counts taken out, so "“Reid” is the surname of ..." and "“Okoye” is ..." are one
class). Each is counted as

- right: the gold entry the quotation opens with has this speaker;
- wrong: the gold names someone else;
- nobody: the gold says nobody is named for these words, or that they are no quotation;
- no gold: the gold has no entry for the words (a term, a fragment nobody wrote down): not judged.

A class whose unsure speakers are right nearly always is a doubt that costs recall for nothing; a sure class
with wrong speakers is one whose doubt is missing. Only aggregate counts come out (with the number of
articles a class is seen in), so the table can be printed for a held-out set without showing its articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quizapp.draft.extraction import Extraction

from .scoring import _gold_forms, _speaker_forms, corpus_normalized

OUTCOMES = ("right", "wrong", "nobody", "no gold")

_REASON_SHAPES = (
    (re.compile(r"“[^”]*”"), "“…”"),
    (re.compile(r"\b\d+\b"), "N"),
    (re.compile(r"may be .+, named with that title"), "may be X, named with that title"),
    (re.compile(r"met after .+$"), "met after X"),
    (re.compile(r"could mean .+, (a name with|named in a quotation|who spoke)"), r"could mean X, \1"),
    (re.compile(r"(who spoke just before|named in a quotation after) .+$"), r"\1 X"),
)


def reason_class(doubt: str | None) -> str:
    """A doubt without the names and counts it carries: the kind of reason, shared by all its cases."""
    if doubt is None:
        return "sure"
    for pattern, shape in _REASON_SHAPES:
        doubt = pattern.sub(shape, doubt)
    return doubt


@dataclass
class ClassCounts:
    """One class's outcomes, and the articles it was seen in."""

    outcomes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    articles: set[str] = field(default_factory=set)

    @property
    def judged(self) -> int:
        return self.outcomes["right"] + self.outcomes["wrong"] + self.outcomes["nobody"]

    @property
    def right_rate(self) -> float:
        return self.outcomes["right"] / self.judged if self.judged else 0.0


Table = dict[tuple[str, str], ClassCounts]


def outcome(extraction: Extraction, quotation_text: str, speaker: str | None, gold: dict[str, Any]) -> str:
    """Whether `speaker` said `quotation_text` by the gold: the entry the quotation opens with decides, as in
    the corpus scoring (words quoted inside it come later in its text)."""
    text = corpus_normalized(quotation_text)
    hits = [
        (text.find(fragment), entry.get("speaker"))
        for entry in [
            *gold["quotes"],
            *({"fragment": f} for f in [*gold.get("unattributed", []), *gold.get("not_quotes", [])]),
        ]
        if (fragment := corpus_normalized(entry["fragment"])) in text
    ]
    if not hits:
        return "no gold"
    first = min(hits, key=lambda hit: hit[0])[1]
    if first is None:
        return "nobody"
    return "right" if _speaker_forms(extraction, speaker) & _gold_forms(gold, first) else "wrong"


def add_article(table: Table, name: str, extraction: Extraction, gold: dict[str, Any]) -> None:
    """Count each quotation of one article that has a speaker, sure or not, in its class."""
    for quotation in extraction.quotations:
        if quotation.speaker is None:
            continue
        key = (quotation.rule, reason_class(None if quotation.sure else quotation.doubt or "unsure, no reason"))
        counts = table.setdefault(key, ClassCounts())
        counts.outcomes[outcome(extraction, quotation.text, quotation.speaker, gold)] += 1
        counts.articles.add(name)


def folder_articles(folder: Path) -> Iterable[tuple[str, str, dict[str, Any]]]:
    """(name, text, gold) for each article of a folder in the fixtures' gold format (`x.txt` + `x.gold.toml`)."""
    import tomli

    from quizapp.draft import read_article

    from .fresh_gold import as_corpus_gold

    for gold_path in sorted(folder.glob("*.gold.toml")):
        stem = gold_path.name.removesuffix(".gold.toml")
        article = next((p for p in folder.glob(stem + ".*") if not p.name.endswith(".gold.toml")), None)
        if article is not None:
            gold = as_corpus_gold(tomli.loads(gold_path.read_text(encoding="utf-8")))
            yield f"{folder.name}/{stem}", read_article(article), gold


def tables_of(articles: Iterable[tuple[str, str, dict[str, Any]]]) -> tuple[Table, Table]:
    """The classes of sure and unsure (`add_article`) and the weak sieves' second cues (`add_second_cues`)."""
    from quizapp.draft.extraction import extract

    classes: Table = {}
    cues: Table = {}
    for name, text, gold in articles:
        extraction = extract(text)
        add_article(classes, name, extraction, gold)
        add_second_cues(cues, name, extraction, gold)
    return classes, cues


def merged(*tables: Table) -> Table:
    total: Table = {}
    for table in tables:
        for key, counts in table.items():
            into = total.setdefault(key, ClassCounts())
            for name, count in counts.outcomes.items():
                into.outcomes[name] += count
            into.articles |= counts.articles
    return total


def lines(table: Table) -> list[str]:
    """The table, a line per class, sure classes first, then by sieve and size."""
    rows = [
        f"  {'sieve':13} {'right':>5} {'wrong':>5} {'nobody':>6} {'no gold':>7} {'articles':>8}  right/judged  reason"
    ]
    for (sieve, reason), counts in sorted(
        table.items(), key=lambda item: (item[0][1] != "sure", item[0][0], -item[1].judged)
    ):
        o = counts.outcomes
        rows.append(
            f"  {sieve:13} {o['right']:5} {o['wrong']:5} {o['nobody']:6} {o['no gold']:7} {len(counts.articles):8}"
            f"  {counts.right_rate:6.3f}        {reason}"
        )
    return rows


WEAK_SIEVES = frozenset({"pronoun", "according-to", "reported", "continued", "paragraph"})
"""Sieves that read the speaker from somewhere else than a said-clause naming them: issue 10's riskier ones."""
_STRONG_SIEVES = frozenset({"after", "colon", "label", "line", "before", "document"})


def second_cue(extraction: Extraction, index: int) -> str | None:
    """A cue for the speaker of quotation `index`, independent of the weak sieve that found it, or None: the
    person named (outside quotations) in the quotation's paragraph but not in its own sentence, or the same
    speaker found by a strong sieve for the quotation just before or after it in the same or the next paragraph."""
    quotation = extraction.quotations[index]
    paragraph = extraction.article.paragraphs[quotation.sentence.paragraph]
    own = quotation.sentence
    if any(
        m.person == quotation.speaker
        and not m.in_quote
        and paragraph.start <= m.start < paragraph.end
        and not own.start <= m.start < own.end  # "according to Reid" itself is the sieve's cue, not a second one
        for m in extraction.mentions
    ):
        return "named in the paragraph"
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(extraction.quotations):
            other = extraction.quotations[neighbour]
            near = abs(other.sentence.paragraph - quotation.sentence.paragraph) <= 1
            if near and other.sure and other.speaker == quotation.speaker and other.rule in _STRONG_SIEVES:
                return "same speaker, said-clause, next to it"
    return None


def add_second_cues(table: Table, name: str, extraction: Extraction, gold: dict[str, Any]) -> None:
    """Count the sure speakers of the weak sieves by whether a second, independent cue backs them: what
    demanding one would cost (right ones without it) and save (wrong ones without it)."""
    for index, quotation in enumerate(extraction.quotations):
        if not quotation.sure or quotation.rule not in WEAK_SIEVES:
            continue
        key = (quotation.rule, second_cue(extraction, index) or "no second cue")
        counts = table.setdefault(key, ClassCounts())
        counts.outcomes[outcome(extraction, quotation.text, quotation.speaker, gold)] += 1
        counts.articles.add(name)
