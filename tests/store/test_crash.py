"""kill -9 during ``kansoku ingest``, then the same command again: the store stays sound,
every document is whole or absent, none twice, and the end is an uninterrupted run's; on
a SQLite file and on a PostgreSQL database (``new_db``), whose uninterrupted run is the
same SQLite reference.

The kills are real: a ``kansoku ingest`` subprocess of the team's 20-article batch
(``store/batch.py``) is sent SIGKILL after the Nth stored document, N drawn at random
(fixed seed) in each round of ten, the last kill of a round landing during the batch's
reconciliation. The test watches the store from outside, as any reader would: it counts
the documents through its own sqlite3 connection, and once N are stored it waits for
the process to take SQLite's write lock again (the -shm file's lock byte, read with
fcntl, never taken) and kills it then, so the kill lands while the next document is
being written (at N = 0, on the new file, that can be the schema being made); on
PostgreSQL, for it to hold the store's advisory write lock (``pg_locks``). After
each kill, SQLite's integrity and foreign-key checks must pass and each stored document
must have all its rows; after each round, a run to the end must give the uninterrupted
run's export.

``KANSOKU_KILLS`` sets the number of kills (default 10, about a minute);
``KANSOKU_KILL_SEED`` the seed. ``docs/robustness.md`` gives a longer run's numbers.
"""

from __future__ import annotations

import fcntl
import os
import random
import signal
import struct
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from store.batch import (
    SIZE,
    Reference,
    count,
    damage,
    exported,
    parts,
    reference,
    schema_done,
    sources,
    start_ingest,
)

from kansoku.store.postgres.dialect import WRITE_LOCK

KILLS = int(os.environ.get("KANSOKU_KILLS", "10"))
SEED = int(os.environ.get("KANSOKU_KILL_SEED", "2026"))
PER_ROUND = 10
WAIT = 60.0  # seconds a run may take to reach its kill point (model loading included)

# SQLite's unix VFS locks this byte of the -shm file while a connection holds the WAL
# write lock (os_unix.c: UNIX_SHM_BASE 120 + WAL_WRITE_LOCK 0).
_WRITE_LOCK_BYTE = 120
_FLOCK = "hhqqi4x"  # struct flock on Linux (64-bit off_t): type, whence, start, len, pid


@pytest.fixture(scope="module")
def ref(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    return reference(tmp_path_factory.getbasetemp() / "store-batch")


class WriteLock:
    """Whether another process holds the store's write lock: a fcntl query on the -shm
    file, which neither takes the lock nor slows the writer."""

    def __init__(self, db: Path) -> None:
        self.shm = Path(f"{db}-shm")
        self.fd: int | None = None

    def held(self) -> bool | None:
        """None where the lock cannot be read (not Linux): the caller kills untimed."""
        if not sys.platform.startswith("linux"):
            return None
        if self.fd is None:
            if not self.shm.exists():
                return False
            self.fd = os.open(self.shm, os.O_RDONLY)
        query = struct.pack(_FLOCK, fcntl.F_WRLCK, os.SEEK_SET, _WRITE_LOCK_BYTE, 1, 0)
        kind = struct.unpack(_FLOCK, fcntl.fcntl(self.fd, fcntl.F_GETLK, query))[0]
        return kind != fcntl.F_UNLCK

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)


class AdvisoryLock:
    """Whether another session holds the PostgreSQL store's write lock (the advisory lock
    its write transactions take), as ``pg_locks`` shows it."""

    def __init__(self, db: str) -> None:
        self.conn = psycopg.connect(db, autocommit=True)

    def held(self) -> bool:
        row = self.conn.execute(
            """SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
                   AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                   AND classid::bigint = %s AND objid::bigint = %s AND objsubid = 1)""",
            (WRITE_LOCK >> 32, WRITE_LOCK & 0xFFFFFFFF),
        ).fetchone()
        return bool(row and row[0])

    def close(self) -> None:
        self.conn.close()


def write_lock(db: Path | str) -> WriteLock | AdvisoryLock:
    return AdvisoryLock(db) if isinstance(db, str) else WriteLock(db)


@dataclass
class Kill:
    after: int  # N: documents stored when the kill was armed
    writing: bool  # the process held the write lock when it was killed
    stored: int  # documents stored once it was dead
    seconds: float  # from the start of the run to its death
    schema_done: bool  # False: it died while making the schema of the new file


def kill_after(proc: subprocess.Popen[str], db: Path | str, n: int) -> Kill | None:
    """SIGKILL ``proc`` once ``n`` documents are stored, as it next writes; None when it
    finished first."""
    started = time.monotonic()
    deadline = started + WAIT
    while count(db) < n:
        if proc.poll() is not None:
            return None
        assert time.monotonic() < deadline, f"{n} documents not stored within {WAIT} s"
        time.sleep(0.005)
    lock = write_lock(db)
    try:
        held = lock.held()
        while held is False and proc.poll() is None:
            assert time.monotonic() < deadline, "the ingest never wrote again"
            time.sleep(0.0001)  # a write holds the lock for milliseconds: no need to spin
            held = lock.held()
        if proc.poll() is not None:
            return None
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        lock.close()
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return Kill(n, bool(held), count(db), time.monotonic() - started, schema_done(db))


def assert_sound(db: Path | str, ref: Reference) -> None:
    """SQLite finds nothing wrong, each stored document has all its rows, none is twice."""
    assert damage(db) == []
    stored = parts(db)
    for doc_id, rows in stored.items():
        assert rows == ref.parts.get(doc_id), f"{doc_id} is half stored: {rows}"
    stored_sources = sources(db)
    assert len(stored_sources) == len(set(stored_sources)) == len(stored) <= SIZE


def kill_round(
    ref: Reference, db: Path | str, kills: int, rng: random.Random, out: Path
) -> list[Kill]:
    """Kill ingests of the batch into a fresh ``db``, each after more documents than the
    last (the last kill during reconciliation), then run it to the end."""
    points = [*sorted(rng.sample(range(SIZE), kills - 1)), SIZE] if kills > 1 else [SIZE]
    done: list[Kill] = []
    for n in points:
        proc = start_ingest([ref.batch], db)
        kill = kill_after(proc, db, n)
        if kill is None:  # it finished before this point: the round is over
            assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
            break
        done.append(kill)
        assert_sound(db, ref)
    final = start_ingest([ref.batch], db)
    _, err = final.communicate(timeout=WAIT)
    assert final.returncode == 0, err
    assert_sound(db, ref)
    assert parts(db) == ref.parts  # every document, in the uninterrupted run's order
    assert exported(db, out) == ref.export
    return done


def test_kill_9_during_ingest_then_the_same_command_gives_the_uninterrupted_result(
    ref: Reference, tmp_path: Path, new_db
) -> None:
    rng = random.Random(SEED)
    kills: list[Kill] = []
    started = time.monotonic()
    rounds = 0
    while len(kills) < KILLS:
        rounds += 1
        db = new_db(f"round{rounds}")
        out = tmp_path / f"round{rounds}.export"
        kills += kill_round(ref, db, min(PER_ROUND, KILLS - len(kills)), rng, out)
    seconds = time.monotonic() - started
    writing = [k for k in kills if k.writing]
    # A kill while the write lock was held that leaves N documents undid the (N+1)th
    # (or, at N = 0 on a new file, the migration being applied).
    undone = [k for k in writing if k.stored == k.after]
    print(
        f"\n{len(kills)} kills in {rounds} rounds, {seconds:.0f} s: {len(writing)} while "
        f"writing ({len(undone)} of them mid-transaction, rolled back; "
        f"{sum(not k.schema_done for k in kills)} while making the schema), after N = "
        f"{sorted({k.after for k in kills})}, runs killed after "
        f"{', '.join(f'{k.seconds:.1f}' for k in kills)} s"
    )
    assert len(kills) >= KILLS
    assert len({k.after for k in kills}) > 1  # N varied
    lock_readable = isinstance(db, str) or WriteLock(tmp_path / "none.db").held() is not None
    if lock_readable:
        assert len(writing) == len(kills)
        assert undone, "no kill landed inside a write transaction"
