"""Where quizapp finds its files: the bundled banks, the student's banks and progress.

Kept free of heavy imports: the app's first screen waits on this module.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "quizapp"
DATA_ENV = "QUIZAPP_DATA"
"""Overrides the progress file (a path to the .db file, or a postgresql:// URL of a database server)."""
SERVER_SCHEMES = ("postgresql://", "postgres://")
PROFILE_ENV = "QUIZAPP_PROFILE"
DEFAULT_PROFILE = "default"
DB_NAME = "progress.db"


def bundled_banks_dir() -> Path:
    """The banks shipped with quizapp.

    A wheel carries them inside the package (`quizapp/_bundled`, see pyproject.toml); an
    editable install or a checkout reads the repository's `questions/` folder directly.
    """
    inside = Path(__file__).with_name("_bundled")
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parent.parent / "questions"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def bank_cache_path() -> Path:
    """The folder of the banks' cached summaries (see bank/summary.py): in the user cache folder, since
    losing it costs only one slower start."""
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False) / "bank-summaries"


def user_banks_dir() -> Path:
    """The student's own banks: any *.toml dropped here is listed on the home screen."""
    return user_data_dir() / "banks"


def is_server_url(location: object) -> bool:
    """Whether `--data` names a PostgreSQL database (a class's shared store) rather than a progress file."""
    return isinstance(location, str) and location.startswith(SERVER_SCHEMES)


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path | str:
    """`--data PATH`, else $QUIZAPP_DATA, else progress.db in the platform's user data folder.

    A `postgresql://` URL is returned as given (a str): the progress is on that server.
    """
    chosen = explicit or os.environ.get(DATA_ENV)
    if chosen and is_server_url(chosen):
        return str(chosen)
    if chosen:
        return Path(chosen).expanduser()
    return user_data_dir() / DB_NAME


def default_profile(explicit: str | None = None) -> str:
    return explicit or os.environ.get(PROFILE_ENV) or DEFAULT_PROFILE
