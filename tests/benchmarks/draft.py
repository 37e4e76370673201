"""Benchmark: median time to draft a 1,000-word and a 10,000-word article, and the import time apart.

Run: python tests/benchmarks/draft.py [--repeat R]
Targets (issue #6): <= 100 ms for 1,000 words and <= 1 s for 10,000 words of work after import.
The articles are built from the test fixtures' paragraphs, repeated until long enough. When
pysbd is installed, its sentence splitting of the same text is timed too: the reason the
drafter splits sentences with its own rules.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

from timing import median_ms, report_figure

FIXTURES = Path(__file__).resolve().parent.parent / "draft" / "fixtures"
IMPORT_CODE = "import time; t = time.perf_counter(); import quizapp.draft; print(time.perf_counter() - t)"


def build_article(words: int) -> str:
    """A plain-text article of about `words` words: a headline, a date, then fixture paragraphs."""
    from quizapp.draft.article import parse_article

    paragraphs: list[str] = []
    for path in sorted(FIXTURES.glob("*.txt")):
        article = parse_article(path.read_text(encoding="utf-8"))
        paragraphs += [article.paragraph_text(paragraph) for paragraph in article.body]
    body: list[str] = []
    count = 0
    while count < words:
        paragraph = paragraphs[len(body) % len(paragraphs)]
        body.append(paragraph)
        count += len(paragraph.split())
    return "A Long Day in Several Towns\n\nBy A. Benchmark\n\nMay 19, 2025\n\n" + "\n\n".join(body) + "\n"


def import_ms(repeat: int) -> float:
    runs = [
        float(subprocess.run([sys.executable, "-c", IMPORT_CODE], capture_output=True, text=True, check=True).stdout)
        for _ in range(repeat)
    ]
    return statistics.median(runs) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    print(f"import quizapp.draft (fresh interpreter): median {import_ms(7):7.1f} ms")
    from quizapp.draft import draft_article
    from quizapp.draft.extraction import extract

    try:
        import pysbd
    except ImportError:
        pysbd = None
    for words, target in ((1_000, 100), (10_000, 1_000)):
        text = build_article(words)
        draft_article(text)  # warm caches of compiled regular expressions
        draft = median_ms(lambda text=text: draft_article(text), args.repeat)
        extraction = median_ms(lambda text=text: extract(text), args.repeat)
        count = len(text.split())
        print(
            f"{count:6d} words: draft median {draft:7.1f} ms (target <= {target} ms), "
            f"of which extraction {extraction:7.1f} ms; {len(draft_article(text).questions)} questions"
        )
        report_figure(f"draft {count} words", draft, "ms", target=f"<= {target} ms")
        if pysbd is not None:
            segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
            sbd = median_ms(lambda text=text, segmenter=segmenter: segmenter.segment(text), max(3, args.repeat // 3))
            print(f"{count:6d} words: pysbd sentence splitting alone, median {sbd:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
