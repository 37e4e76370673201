"""A real PostgreSQL server for the tests, in a temporary folder, reached over its unix socket.

The tests never mock the database: the PostgreSQL store is tested against Debian's PostgreSQL
(`initdb` and `pg_ctl` on PATH, which `.ci/run` installs when they are missing). The server
listens on no TCP address, only on a socket in its own folder, so it cannot clash with a
server already running on the machine or be reached from outside. PostgreSQL refuses to run as
root: as root, the programs run as the `postgres` user (created by Debian's package) in a
folder that user owns.

Durability is switched off for this throwaway server (fsync, full-page writes): the tests check
behaviour, not power cuts, and creating a database per test is then quick.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

PROGRAMS = ("initdb", "pg_ctl", "createdb")
START_SECONDS = 30


def missing_programs() -> list[str]:
    """The PostgreSQL programs the tests need that are not on PATH."""
    return [program for program in PROGRAMS if shutil.which(program) is None]


@dataclass
class PostgresServer:
    """A running server: its folder (holding the socket) and port; `new_database` gives a fresh URL."""

    folder: Path
    port: int
    _numbers: itertools.count[int] = field(default_factory=itertools.count)

    def url(self, database: str) -> str:
        """A `postgresql://` URL for `database` over the unix socket in `folder`."""
        return f"postgresql://postgres@/{database}?host={quote(str(self.folder), safe='/')}&port={self.port}"

    def new_database(self, prefix: str = "quizapp_test") -> str:
        """Create an empty database; its URL."""
        name = f"{prefix}_{next(self._numbers)}"
        _run(["createdb", "-h", str(self.folder), "-p", str(self.port), "-U", "postgres", name])
        return self.url(name)

    def stop(self) -> None:
        _run(["pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop"], check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def _as_postgres(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _run(command: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(_as_postgres(command), capture_output=True, text=True, timeout=START_SECONDS)
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip() or result.stdout.strip()}")
    return result


def start_server(port: int, *, durable: bool = False) -> PostgresServer:
    """initdb and start a server in a new temporary folder, listening only on its unix socket.
    `durable` keeps PostgreSQL's own defaults (fsync on), for benchmarks."""
    folder = Path(tempfile.mkdtemp(prefix="quizapp-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, user="postgres", group="postgres")
    data = folder / "data"
    _run(["initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"])
    options = f"-k {folder} -p {port} -c listen_addresses='' -c max_connections=250"
    if not durable:
        options += " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
    _run(["pg_ctl", "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w", "start"])
    return PostgresServer(folder, port)
