"""Benchmark: seconds per MB of drafting over the whole text, and whether it stays linear.

Run: python tests/benchmarks/draft_per_mb.py [--repeat R]
Target (issue 10): <= 0.5 s per MB of text on this machine class, linear in the article. The
article is built from the test fixtures' paragraphs (tests/benchmarks/draft.py), at 0.25, 1 and
2 MB (`--sizes 1 4`: at 1 and 4 MB, the 4 MiB limit's size), and drafted whole: the 250,000-character
cut of `extract` is lifted for the measurement.
The baseline, measured in the same run, is Python's own regular-expression scan of the same
text for quotation marks and capitalised words, the least any drafting must do; the ratio says
how many such scans drafting costs, whatever the machine's speed. The 2 MB time over twice the
1 MB time says whether the cost grows faster than the text (1.0 is linear); the CPU seconds per
MB at 2 MB over those at 0.25 MB say it across the whole range (issue 10: at most 1.15). The CPU
seconds of the process are printed beside the wall-clock ones, and the ratio again in CPU
seconds: on a machine shared with other work they stay put while the wall clock does not.
`--stages` adds, for the 1 MB article, the CPU seconds per MB of each stage of drafting (each
stage's function timed where `extract` and `draft_article` call it, what it calls included),
fastest of the runs: where to look next; "collector passes" are the cyclic collector's, in the draft and in
the caller's next allocations once drafting switches it back on (quizapp/collector.py). The same paragraphs as an
HTML page with a link in each (0.25 and 0.5 MB) check that marked-up text stays linear too: the
plain article has no links, and a page with many once drafted in time growing with their square.
"""

from __future__ import annotations

import argparse
import gc
import html
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from draft import build_article
from timing import median_ms, median_seconds, report_figure

WORDS_PER_MB = 177_000
"""Words of fixture paragraphs in about one MB of text."""
_BASELINE = re.compile(r"[\"“”‘’]|[A-Z][\w'’-]*")


def build_html(words: int) -> str:
    """The benchmark article as an HTML page whose paragraphs each open with a link."""
    headline, *paragraphs = build_article(words).split("\n\n")
    body = "".join(
        f'<p><a href="https://example.org/{number}">{html.escape(first)}</a> {html.escape(rest)}</p>'
        for number, (first, _space, rest) in enumerate(paragraph.partition(" ") for paragraph in paragraphs)
    )
    return f"<html><body><h1>{html.escape(headline)}</h1>{body}</body></html>"


def median_cpu_seconds(action: Callable[[], object], repeat: int) -> float:
    """Median CPU seconds of this process over `repeat` runs of `action`."""
    return median_seconds(action, repeat, clock=time.process_time)


STAGES = (
    ("quizapp.draft.extraction", "parse_article", "article and paragraphs"),
    ("quizapp.draft.extraction", "find_quotes", "quotation marks"),
    ("quizapp.draft.extraction", "split_sentences", "sentences"),
    ("quizapp.draft.people", "PeopleFinder.find", "people"),
    ("quizapp.draft.extraction", "attribute_quotations", "attribution"),
    ("quizapp.draft.extraction", "CueIndex", "time-cue index"),
    ("quizapp.draft.extraction", "build_timeline", "timeline"),
    ("quizapp.draft.extraction", "find_facts", "facts"),
    ("quizapp.draft.drafting", "quotation_questions", "who-said questions"),
    ("quizapp.draft.drafting", "fact_questions", "fact questions"),
    ("quizapp.draft.drafting", "said_questions", "said questions"),
    ("quizapp.draft.drafting", "role_questions", "role questions"),
    ("quizapp.draft.drafting", "topic_questions", "topic questions"),
    ("quizapp.draft.drafting", "quoted_word_questions", "quoted-word questions"),
)
"""(module, name where it is called, label): each stage's function as the drafter calls it. The time-cue
index makes the text's lowercase once for all; the first question kind to ask for the words counted
(`Extraction.words_up_to`) pays for counting them as far as it asks."""


@contextmanager
def stage_clocks(seconds: dict[str, float]) -> Iterator[None]:
    """Within the block, each stage's CPU seconds are added up in `seconds` (by label)."""
    import importlib

    from quizapp.draft import drafting

    def timed(function: Callable[..., Any], label: str) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[label] = seconds.get(label, 0.0) + time.process_time() - start

        return wrapper

    restore: list[tuple[object, str, object]] = []
    for module_name, name, label in STAGES:
        owner: object = importlib.import_module(module_name)
        *path, attribute = name.split(".")
        for part in path:
            owner = getattr(owner, part)
        restore.append((owner, attribute, getattr(owner, attribute)))
        setattr(owner, attribute, timed(getattr(owner, attribute), label))
    builders = drafting._BUILDERS
    drafting._BUILDERS = tuple(timed(builder, builder.__name__.replace("_", " ")) for builder in builders)
    labels = {builder.__name__.replace("_", " "): label for _m, name, label in STAGES for builder in builders
              if builder.__name__ == name}  # fmt: skip
    try:
        yield
    finally:
        drafting._BUILDERS = builders
        for owner, attribute, original in restore:
            setattr(owner, attribute, original)
        for builder_label, label in labels.items():
            if builder_label != label:  # "fact questions" is both: adding it to itself counted it twice
                seconds[label] = seconds.get(label, 0.0) + seconds.pop(builder_label, 0.0)


@contextmanager
def collector_clock(seconds: dict[str, float]) -> Iterator[None]:
    """Within the block, the CPU seconds of the cyclic collector's passes are added up in `seconds`."""
    started = [0.0]

    def clock(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            seconds["collector passes"] = seconds.get("collector passes", 0.0) + time.process_time() - started[0]

    seconds.setdefault("collector passes", 0.0)
    gc.callbacks.append(clock)
    try:
        yield
    finally:
        gc.callbacks.remove(clock)


def print_stages(text: str, size: float, repeat: int) -> None:
    """CPU seconds per MB of each stage of drafting `text`, fastest of `repeat` runs."""
    from quizapp.draft import draft_article

    fastest: dict[str, float] = {}
    for _ in range(repeat):
        seconds: dict[str, float] = {}
        gc.collect()
        start = time.process_time()
        with stage_clocks(seconds), collector_clock(seconds):
            draft_article(text)
            seconds["whole draft"] = time.process_time() - start
            _caller_goes_on = [[number] for number in range(2000)]  # allocations that may start a collection
        for label, value in seconds.items():
            fastest[label] = min(fastest.get(label, value), value)
    for label, value in fastest.items():
        print(f"  {label:22s} CPU {value / size:6.3f} s/MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="also time each stage of drafting the 1 MB article")
    parser.add_argument(
        "--sizes", type=float, nargs="+", default=[0.25, 1.0, 2.0], help="article sizes in MB (default 0.25 1 2)"
    )
    args = parser.parse_args(argv)
    import quizapp.draft.extraction as extraction_module
    from quizapp.draft import draft_article

    extraction_module.MAX_ARTICLE_CHARS = 10**9  # the whole text, however long
    per_mb: dict[float, float] = {}
    for megabytes in sorted(set(args.sizes)):
        text = build_article(int(WORDS_PER_MB * megabytes))
        size = len(text.encode("utf-8")) / 1_000_000
        seconds = median_ms(lambda text=text: draft_article(text), args.repeat) / 1000
        baseline = median_ms(lambda text=text: sum(1 for _ in _BASELINE.finditer(text)), args.repeat) / 1000
        cpu = median_cpu_seconds(lambda text=text: draft_article(text), args.repeat)
        baseline_cpu = median_cpu_seconds(lambda text=text: sum(1 for _ in _BASELINE.finditer(text)), args.repeat)
        per_mb[megabytes] = cpu / size
        print(
            f"{size:5.2f} MB: draft median {seconds:6.2f} s = {seconds / size:5.2f} s/MB (target <= 0.5); "
            f"CPU {cpu / size:5.2f} s/MB; baseline scan {baseline * 1000:6.1f} ms, ratio {seconds / baseline:6.1f}; "
            f"CPU ratio {cpu / baseline_cpu:6.1f}"
        )
        if megabytes == 1.0 and args.stages:
            print_stages(text, size, args.repeat)
        if megabytes == 1.0:
            report_figure(
                "draft s/MB", seconds / size, "s/MB", target="<= 0.5 s/MB", ratio=seconds / baseline,
                baseline="one regex scan of the text",
            )  # fmt: skip
    smallest, largest = min(per_mb), max(per_mb)
    if 1.0 in per_mb and smallest < 1.0 < largest:
        print(f"linearity: CPU s/MB at {largest:g} MB / at 1 MB = {per_mb[largest] / per_mb[1.0]:.2f} (1.00 is linear)")
    if largest > smallest:
        print(
            f"linearity: CPU s/MB at {largest:g} MB / at {smallest:g} MB = {per_mb[largest] / per_mb[smallest]:.2f} "
            "(target <= 1.15)"
        )
    html_per_mb = []
    for megabytes in (0.25, 0.5):
        page = build_html(int(WORDS_PER_MB * megabytes))
        size = len(page.encode("utf-8")) / 1_000_000
        html_per_mb.append(median_cpu_seconds(lambda page=page: draft_article(page), args.repeat) / size)
        print(f"{size:5.2f} MB of HTML with a link per paragraph: CPU {html_per_mb[-1]:5.2f} s/MB")
    print(f"HTML linearity: CPU s/MB at 0.5 MB / at 0.25 MB = {html_per_mb[1] / html_per_mb[0]:.2f} (1.00 is linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
