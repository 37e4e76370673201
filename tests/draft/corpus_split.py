"""Where the shared drafting corpus is, and which of its articles are for tuning and which for checking.

The split is fixed before any rule was tuned, so the check figures say how the drafter does on
articles nobody looked at while writing rules. It is made from file names only: within each kind
(the name's prefix: business, court, crime, ...) the names are sorted and every third one,
starting with the second, is a check article. That mixes kinds and outlet styles in both halves
and gives 16 check and 32 tune articles. The list is written out below so that a corpus that
grows later does not move articles between the halves; a test holds it to the rule.

Corpus text is never copied into the repository: tests read it in place and skip when it is absent.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

CORPUS_FOLDER = "drafting-corpus"

CHECK_ARTICLES: tuple[str, ...] = (
    "business-kenyanpost-safaricom-results",
    "business-testbig-galaxy-launch",
    "business-voa-cotu-strike",
    "court-edp24-snettisham-verdict",
    "crime-hellorayo-birkenhead-stabbing",
    "culture-booker-flanagan",
    "culture-lady-gaga-album",
    "health-orange-county-measles",
    "politics-canada-budget-reaction",
    "politics-kerry-iran-deal",
    "politics-samesex-ruling-california",
    "science-dkbee-blue-bee",
    "science-plymouthherald-storm-alex",
    "sport-charlton-tributes",
    "sport-maradona-reactions",
    "sport-thenews-finch-outplayed",
)
"""Articles never read while writing rules: their figures are the evidence."""


def check_by_rule(names: Iterable[str]) -> list[str]:
    """The check half by the rule: per kind prefix, sorted names, every third starting with the second."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_kind[name.split("-", 1)[0]].append(name)
    chosen = [name for kind in sorted(by_kind) for index, name in enumerate(sorted(by_kind[kind])) if index % 3 == 1]
    return sorted(chosen)


def shared_folder() -> Path | None:
    """The `shared` folder beside the repository: $QUIZAPP_SHARED, else the first parent holding one."""
    configured = os.environ.get("QUIZAPP_SHARED")
    if configured:
        return Path(configured)
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared"
        if (candidate / CORPUS_FOLDER).is_dir() or (candidate / "seed").is_dir():
            return candidate
    return None


def corpus_folder() -> Path | None:
    """The drafting corpus, or None when this checkout has none beside it."""
    shared = shared_folder()
    folder = shared / CORPUS_FOLDER if shared else None
    return folder if folder is not None and (folder / "gold.json").is_file() else None


def split_names(split: str, all_names: Iterable[str]) -> list[str]:
    """The article names of `split` ("tune" or "check") among `all_names`."""
    names = sorted(all_names)
    if split == "check":
        return [name for name in names if name in CHECK_ARTICLES]
    if split == "tune":
        return [name for name in names if name not in CHECK_ARTICLES]
    raise ValueError(f"no split {split!r}: tune or check")
