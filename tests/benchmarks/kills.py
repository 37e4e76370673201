"""Benchmark: 250 SIGKILLs of a student's quizapp in the middle of answering, integrity_check after each.

Run: python tests/benchmarks/kills.py [--kills N]
Each kill lands anywhere in an answer after 1-60 committed ones; after each, every committed answer must
be there, each question's schedule must count exactly its answers, and PRAGMA integrity_check must say
ok (tests/storage/kill_support.py; CI runs 50 of these in tests/storage/test_processes.py). Prints the
counts, and the median time of opening and checking the file after a kill against the same after a
clean close (the baseline, measured in the same run).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "storage"))

from kill_support import check_consistent, kill_repeatedly
from timing import median_ms, report_figure

from quizapp.storage import Store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=250)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quizapp-kills-") as folder:
        db_path = Path(folder, "progress.db")
        done = kill_repeatedly(db_path, args.kills)
        print(f"kills: {done.kills}, each followed by integrity_check: 0 failures")
        extra = done.stored - len(done.promised)
        print(
            f"answers reported committed before a kill: {len(done.promised)}, all found; stored: {done.stored} "
            f"({extra} more were committed as the kill landed, before they could be reported)"
        )
        print(f"one kill cycle (start, answer, kill, check): median {statistics.median(done.seconds) * 1000:7.1f} ms")
        promised = done.promised
        after_kill_ms = median_ms(lambda: check_consistent(db_path, promised), 5)
        Store.open(db_path).close()  # a clean close: the log is checkpointed and removed
        clean_ms = median_ms(lambda: check_consistent(db_path, promised), 5)
        print(f"baseline: open and check after a clean close: median {clean_ms:7.1f} ms")
        print(
            f"open and check after the last kill:          median {after_kill_ms:7.1f} ms "
            f"({after_kill_ms / clean_ms:.2f}x the baseline)"
        )
        report_figure(
            f"answers lost over {done.kills} kills",
            len(done.promised) - min(done.stored, len(done.promised)),
            "",
            target="0",
        )
        report_figure(
            "open and check after a kill", after_kill_ms, "ms", ratio=after_kill_ms / clean_ms, baseline="a clean close"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
