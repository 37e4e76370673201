"""The layers stay apart, checked on the working tree.

The contract itself is written once, in pyproject.toml (`[tool.importlinter]`), and explained in
docs/architecture.md; import-linter checks every import of every module against it, including
imports made inside functions and under TYPE_CHECKING, and forbids import cycles.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import quizapp

REPO = Path(__file__).resolve().parent.parent


def test_the_tests_exercise_the_checkout_not_an_installed_copy() -> None:
    """An edit to the working tree is what the suite tests, without reinstalling (pip install -e)."""
    assert Path(quizapp.__file__).resolve().parent == REPO / "quizapp"


def test_every_import_keeps_the_layering_contract() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports is not None, "import-linter is part of the test install"
    result = subprocess.run(
        [lint_imports, "--config", str(REPO / "pyproject.toml"), "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    broken = result.stdout[result.stdout.find("Broken contracts") :] if result.returncode else ""
    assert result.returncode == 0, broken or result.stdout + result.stderr


def test_opening_a_progress_file_does_not_load_the_postgresql_driver() -> None:
    code = "import sys, quizapp.storage, quizapp.study_service\nprint('psycopg' in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False", "psycopg should load only when a postgresql:// store is opened"


def test_the_first_screen_imports_nothing_heavy() -> None:
    """Drafting, importers, reports and even pydantic load after the first paint, or never."""
    code = (
        "import sys\n"
        "import quizapp.cli, quizapp.commands.app, quizapp.tui.app\n"
        "from quizapp.tui.screens.home import HomeScreen\n"
        "heavy = ('quizapp.draft', 'quizapp.interchange', 'quizapp.teacher', 'pydantic', 'fsrs', 'sqlite3')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


READY_FROM_THE_CACHE = """
import sys
from pathlib import Path

from quizapp.storage import Store
from quizapp.tui.app import QuizApp

folder = Path(sys.argv[1])
app = QuizApp(
    lambda: Store.open(folder / "progress.db"),
    profile_name="ana",
    bank_cache=lambda: folder / "bank-summaries",
    exit_when_ready=True,
)
app.run(headless=True, size=(80, 24))
assert app.entries and all(entry.overview for entry in app.entries), app.entries
print(sorted(m for m in sys.modules if m.startswith(("pydantic", "tomli", "quizapp.bank.models", "quizapp.session"))))
"""


def test_the_home_screen_is_ready_from_the_cache_before_pydantic_loads(tmp_path: Path) -> None:
    """With the bundled banks' summaries cached, the ready home screen (banks and counts) has validated
    nothing: pydantic, tomli, the bank models and the session load only when a bank is opened."""
    command = [sys.executable, "-c", READY_FROM_THE_CACHE, str(tmp_path)]
    first = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60)
    assert "pydantic" in first.stdout  # nothing cached yet: every bank loaded and validated
    again = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60)
    assert again.stdout.strip() == "[]"
