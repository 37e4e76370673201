"""Who said what on PolNeAR: third-party gold on 1,008 real news articles, read in place, never copied here.

PolNeAR (Newell, Margolin and Ruths, LREC 2018; github.com/networkdynamics/PolNeAR) is 1,008 articles from seven US
publishers on the 2016 election, every attribution hand-annotated as Source, Cue and Content, with CoreNLP's
automatic annotations (tokens, names, coreference) beside each text. Its train split is the first ten months of
coverage; dev and test, the eleventh and twelfth, are the held-out ones. Stop 26 found that rules tuned on a few
dozen articles did not transfer; this corpus is large enough to tune on patterns that are frequent, and its gold
was written by people who never saw this drafter.

The gold for a direct quotation (double marks, one per paragraph) is the annotated Source of the attribution whose
Content holds it:
- `person`: the Source holds a name (CoreNLP PERSON tokens, not a possessive "Trump's spokesman"), widened to the
  fullest form the article gives (its coreference chain, else the only longest name with that surname);
- `pronoun`: the Source is a pronoun and its coreference chain names a person; that chain is automatic, and wrong
  at times;
- `nominal`: a common noun ("the businessman") whose chain names a person;
- `nonperson`: a body, a role, a group ("the campaign", "a spokesman", "sources");
- `unresolved` (a pronoun or relative pronoun with no named chain) and `unannotated` (inside no attribution:
  titles, scare quotes, and the few attributions annotators missed) are listed, not scored.

A named gold is right when the drafter's sure speaker has the gold name among its forms, or is named inside the
Source; a nonperson gold is right when the speaker's label words are in the Source ("a campaign spokesman" for
"a spokesman for the campaign", "Lloyd Newton" for "retired general Lloyd Newton"). Reading 16 of the start's
sure-wrong rows on the train split in their articles, 8 were the drafter's mistakes and 8 the gold's (a pronoun's
chain pointing elsewhere, "the businessman" or "who" as the Source, a quotation reported "according to CNN"): the
wrong-speaker rate printed is an upper bound, about twice the true one.

Run: python -m tests.draft.polnear PATH/TO/PolNeAR/data --split train|dev|test [--rows OUT.json] [--limit N]
(fetch the repository first; its larger CoreNLP files may be absent, and their articles are skipped).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

from quizapp.draft.extraction import Extraction, extract

NAMED = ("person", "pronoun", "nominal")
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "him", "her", "them", "you", "it"})
RELATIVES = frozenset({"who", "that", "which", "said", "says"})
OUTCOMES = ("right", "sure-wrong", "unsure-right", "unsure-other", "no-candidate", "not-found")
_QUOTATION = re.compile(r"“([^“”]*)(?:”|$)|\"([^\"]*)(?:\"|$)")
_LABEL_FILLER = frozenset({"unnamed", "a", "an", "the", "of", "for", "and", "mr", "mrs", "ms", "dr", "said"})

Token = dict[str, Any]


@dataclass
class Annotated:
    """One article: CoreNLP's tokens and coreference chains (each mention's tokens, and which is representative)."""

    tokens: list[Token]
    chains: list[list[tuple[bool, list[Token]]]]


def _attributions(path: Path) -> list[dict[str, list[tuple[int, int]]]]:
    """The brat standoff file's attributions: character spans of each one's Source, Cue and Content."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _kind, offsets = fields[1].split(" ", 1)
            spans[fields[0]] = [(int(a), int(b)) for a, b in (part.split() for part in offsets.split(";"))]
        elif line.startswith("E") and len(fields) >= 2:
            roles: dict[str, list[str]] = {}
            for item in fields[1].split():
                role, target = item.split(":")
                roles.setdefault(re.sub(r"\d+$", "", role), []).append(target)
            events.append(roles)
    return [
        {
            role: [span for target in event.get(role, []) for span in spans.get(target, [])]
            for role in ("Source", "Content")
        }
        for event in events
    ]


def _corenlp(path: Path) -> Annotated:
    root = ElementTree.parse(path).getroot()
    by_place: dict[tuple[int, int], Token] = {}
    tokens: list[Token] = []
    for sentence in root.iter("sentence"):
        if sentence.get("id") is None or (listed := sentence.find("tokens")) is None:
            continue
        for element in listed:
            token = {
                "word": element.findtext("word") or "",
                "start": int(element.findtext("CharacterOffsetBegin") or 0),
                "pos": element.findtext("POS") or "",
                "ner": element.findtext("NER") or "",
            }
            by_place[int(sentence.get("id") or 0), int(element.get("id") or 0)] = token
            tokens.append(token)
    chains = []
    for chain in root.findall("document/coreference/coreference"):
        mentions = []
        for mention in chain.findall("mention"):
            number = int(mention.findtext("sentence") or 0)
            first, end = int(mention.findtext("start") or 0), int(mention.findtext("end") or 0)
            words = [by_place[number, i] for i in range(first, end) if (number, i) in by_place]
            mentions.append((mention.get("representative") == "true", words))
        chains.append(mentions)
    return Annotated(tokens, chains)


def _name_runs(tokens: list[Token], possessive: bool = False) -> list[list[Token]]:
    """Runs of PERSON tokens; a run followed by 's is someone else's ("Trump's spokesman") unless asked for."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for token in tokens:
        if token["ner"] == "PERSON":
            run.append(token)
            continue
        if run and (token["pos"] != "POS" or possessive):
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    return runs


def _spelled(run: list[Token]) -> str:
    return " ".join(token["word"] for token in run)


def _chain_of(token: Token, annotated: Annotated) -> list[tuple[bool, list[Token]]] | None:
    return next((chain for chain in annotated.chains if any(token in words for _, words in chain)), None)


def _fullest(run: list[Token], annotated: Annotated, all_runs: list[list[Token]]) -> str:
    """The fullest form of a name: its chain's representative name ending on the same word, else the only
    longest name in the article ending on it."""
    last = run[-1]["word"]
    chain = _chain_of(run[-1], annotated) or []
    for representative, words in chain:
        if representative:
            for named in _name_runs(words):
                if named[-1]["word"] == last and len(named) >= len(run):
                    return _spelled(named)
    same = {_spelled(other) for other in all_runs if other[-1]["word"] == last}
    longest = max((len(name.split()) for name in same), default=0)
    best = {name for name in same if len(name.split()) == longest}
    return best.pop() if len(best) == 1 and longest >= len(run) else _spelled(run)


def _chain_name(token: Token, annotated: Annotated, all_runs: list[list[Token]]) -> str | None:
    """The person a pronoun or common noun stands for, by its coreference chain's representative mention."""
    chain = _chain_of(token, annotated) or []
    representative = next((words for is_rep, words in chain if is_rep), [])
    runs = _name_runs(representative)
    return _fullest(runs[-1], annotated, all_runs) if runs else None


def _quotations(text: str) -> Iterator[tuple[int, str]]:
    """Each double-quoted run (one per paragraph, an unclosed one to the paragraph's end): its start and text."""
    offset = 0
    for paragraph in re.split(r"(\n+)", text):
        if not paragraph.startswith("\n"):
            for match in _QUOTATION.finditer(paragraph):
                inner = match.group(1) if match.group(1) is not None else match.group(2)
                if inner.strip():
                    yield offset + match.start() + 1, inner
        offset += len(paragraph)


def article_gold(text: str, attributions: Path, corenlp: Path) -> list[dict[str, Any]]:
    """One gold entry per quotation: its text, kind, the Source's words and where they stand, the speaker's name."""
    annotated = _corenlp(corenlp)
    all_runs = _name_runs(annotated.tokens)
    relations = _attributions(attributions)
    entries = []
    for start, words in _quotations(text):
        owner = next((r for r in relations if any(a <= start < b for a, b in r["Content"]) and r["Source"]), None)
        entry: dict[str, Any] = {"text": words, "kind": "unannotated"}
        entries.append(entry)
        if owner is None:
            continue
        source = owner["Source"]
        tokens = [t for t in annotated.tokens if any(a <= t["start"] < b for a, b in source)]
        entry["source"] = " ".join(text[a:b] for a, b in source)
        entry["where"] = "before" if min(a for a, _ in source) < start else "after"
        runs = _name_runs(tokens) or (
            _name_runs(tokens, possessive=True) if tokens and tokens[-1]["pos"] == "POS" else []
        )
        head = tokens[-1] if tokens else None
        if runs:
            entry["kind"], entry["speaker"] = "person", _fullest(runs[-1], annotated, all_runs)
        elif head is None or (len(tokens) == 1 and head["word"].lower() in RELATIVES):
            entry["kind"] = "unresolved"
        elif len(tokens) == 1 and head["word"].lower() in PRONOUNS:
            name = _chain_name(head, annotated, all_runs)
            entry["kind"], entry["speaker"] = ("pronoun", name) if name else ("unresolved", None)
        elif (
            head["pos"].startswith("NN")
            and head["word"][:1].islower()
            and (name := _chain_name(head, annotated, all_runs))
        ):
            entry["kind"], entry["speaker"] = "nominal", name
        else:
            entry["kind"] = "nonperson"
    return entries


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", text.lower().replace("\xad", "").replace("’", "'").replace("‘", "'")))


def _right(extraction: Extraction, speaker: str | None, entry: dict[str, Any]) -> bool:
    """Whether the drafter's speaker is the gold one: named in the Source, or the gold name among its forms (a
    shorter form ending on the same word counts: "Trump" for "Donald Trump"), or a role or body whose label words
    are in a nonperson Source."""
    person = extraction.person(speaker)
    if person is None:
        return False
    forms = {_plain(form) for form in (person.name, person.shown, *person.aliases) if form}
    source = set(_plain(entry.get("source", "")).split())
    if entry["kind"] == "nonperson" and person.kind != "person":
        return bool({word for form in forms for word in form.split()} - _LABEL_FILLER & source)
    if any(form and set(form.split()) <= source for form in forms):
        return True
    gold = _plain(entry.get("speaker") or "")
    return entry["kind"] in NAMED and (
        gold in forms
        or (
            bool(gold)
            and any(set(form.split()) <= set(gold.split()) for form in forms if form)
            and gold.split()[-1] in {w for f in forms for w in f.split()}
        )
    )


def scored_rows(text: str, gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each gold entry with the drafter's outcome, rule, doubt and speaker.

    The gold has a quotation per paragraph, and a speech running over paragraphs is one of ours: each of its
    paragraphs (and each part of a speech reopened within one) matches the gold's quotation there."""
    extraction = extract(text)
    found: dict[str, list[Any]] = defaultdict(list)
    for quotation in extraction.quotations:
        found[_plain(quotation.text)].append(quotation)
        for start, end in quotation.quote.segments[1:]:
            if part := _plain(extraction.article.text[start:end]):
                found[part].append(quotation)
    seen: Counter[str] = Counter()
    rows = []
    for entry in gold:
        key = _plain(entry["text"])
        matches = found.get(key) or [
            quotation
            for text_found, quotations in found.items()
            for quotation in quotations
            if len(key.split()) >= 3
            and (text_found.startswith(key) or (key.startswith(text_found) and len(text_found.split()) >= 3))
        ]
        quotation = matches[min(seen[key], len(matches) - 1)] if matches else None
        seen[key] += 1
        row = {key_: entry.get(key_) for key_ in ("kind", "where", "speaker", "source")} | {"text": entry["text"][:80]}
        rows.append(row)
        if quotation is None:
            row["outcome"] = "not-found"
            continue
        person = extraction.person(quotation.speaker)
        row |= {"rule": quotation.rule, "doubt": quotation.doubt, "said": person.shown if person else None}
        right = _right(extraction, quotation.speaker, entry)
        if person is None:
            row["outcome"] = "no-candidate"
        elif quotation.sure_speaker is not None:
            row["outcome"] = "right" if right else "sure-wrong"
        else:
            row["outcome"] = "unsure-right" if right else "unsure-other"
    return rows


def split_rows(data: Path, split: str, limit: int | None = None) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Every article of a split with its CoreNLP file and an annotation (the first annotator's, when several)."""
    folder = data / split
    for text_path in sorted((folder / "text").glob("*.txt"))[:limit]:
        annotations = sorted((folder / "attributions").glob(text_path.stem + "_*.ann"))
        corenlp = folder / "corenlp" / (text_path.name + ".xml")
        if annotations and corenlp.exists():
            text = text_path.read_text(encoding="utf-8")
            yield text_path.stem, scored_rows(text, article_gold(text, annotations[0], corenlp))


def report(rows: list[dict[str, Any]]) -> list[str]:
    """Recall on named speakers; precision over every scored gold; outcomes; recall by kind and side."""
    named = [row for row in rows if row["kind"] in NAMED]
    scored = [row for row in rows if row["kind"] in (*NAMED, "nonperson")]
    right = sum(row["outcome"] == "right" for row in named)
    sure = [row for row in scored if row["outcome"] in ("right", "sure-wrong")]
    sure_right = sum(row["outcome"] == "right" for row in sure)
    lines = [
        f"named speakers: recall {right / max(len(named), 1):.3f} ({right}/{len(named)})",
        f"precision {sure_right / max(len(sure), 1):.3f} ({sure_right}/{len(sure)}), "
        f"wrong-speaker rate {1 - sure_right / max(len(sure), 1):.3f} (an upper bound: see the docstring)",
    ]
    for group, members in (("named", named), ("nonperson", [row for row in rows if row["kind"] == "nonperson"])):
        counts = Counter(row["outcome"] for row in members)
        lines.append(f"{group} ({len(members)}): " + ", ".join(f"{o} {counts[o]}" for o in OUTCOMES if counts[o]))
    by_side: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in named:
        by_side[row["kind"], row["where"]][row["outcome"]] += 1
    for (kind, where), counts in sorted(by_side.items()):
        lines.append(f"  {kind:8} {where:6} right {counts['right']}/{sum(counts.values())}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="PolNeAR's data folder")
    parser.add_argument("--split", default="train", choices=("train", "dev", "test"))
    parser.add_argument("--rows", type=Path, help="write every scored row here (JSON)")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    if not (args.data / args.split / "text").is_dir():
        print(f"no PolNeAR {args.split} split under {args.data}: fetch github.com/networkdynamics/PolNeAR first")
        return 1
    rows, articles, started = [], 0, time.process_time()
    for name, article_rows in split_rows(args.data, args.split, args.limit):
        articles += 1
        rows += [row | {"article": name} for row in article_rows]
    print(
        f"PolNeAR {args.split}: {articles} articles, {len(rows)} quotations, {time.process_time() - started:.1f} CPU s"
    )
    print("\n".join(report(rows)))
    if args.rows:
        args.rows.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
