"""A throwaway PostgreSQL server for the tests: the Debian (or any) PostgreSQL binaries,
a cluster initialised in a temporary folder, listening on 127.0.0.1 on a free port.

initdb refuses to run as root (CI runs as root): there, every server command runs as the
``postgres`` user the Debian package creates (``runuser``), in a folder that user owns.
The cluster is UTF-8 with the C.UTF-8 locale (pg_trgm reads Japanese by its locale) and
trades durability for speed (fsync off): it lives as long as one test session.

``tests/conftest.py`` starts one per session (fixture ``postgres_server``) and stops it
after; each test asks it for a new, empty database.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

SUPERUSER = "postgres"


def bindir() -> Path | None:
    """Where initdb and pg_ctl are: ``pg_config --bindir``, else the newest of Debian's
    /usr/lib/postgresql/*/bin; None when PostgreSQL is not installed."""
    found: list[Path] = []
    if pg_config := shutil.which("pg_config"):
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        found.append(Path(out.stdout.strip()))
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    found += [Path(p) for p in reversed(versions)]
    return next((p for p in found if (p / "initdb").is_file() and (p / "pg_ctl").is_file()), None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """One cluster in a temporary folder; :meth:`start` and :meth:`stop` it."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="kansoku-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.names = itertools.count(1)
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # initdb and postgres refuse root
            owner = pwd.getpwnam(SUPERUSER)
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self.as_user = ["runuser", "-u", SUPERUSER, "--"]

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self.as_user, *args], capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed: {result.stdout}{result.stderr}")

    def start(self) -> None:
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-E", "UTF8", "--locale=C.UTF-8",
            "-U", SUPERUSER, "--auth=trust",
        )  # fmt: skip
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.root}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            " -c max_connections=200"
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options,
            "-l", str(self.root / "server.log"), "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def new_database(self, prefix: str = "t") -> str:
        """The URL of a new, empty database of this server."""
        name = f"{prefix}{next(self.names)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
