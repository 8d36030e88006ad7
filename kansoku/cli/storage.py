"""Moving stores: between SQLite and PostgreSQL, and to and from a backup file
(``kansoku.store.transfer``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kansoku.cli.common import DbOption, app, err, open_db, out
from kansoku.store import DEFAULT_DB, Store, StoreError
from kansoku.store.transfer import Copied, backup, restore, transfer


def _told(what: str, copied: Copied) -> None:
    rows = ", ".join(f"{n} {table}" for table, n in copied.rows.items() if n)
    out.print(f"{what} (schema version {copied.schema_version}): {rows or 'nothing'}", markup=False)


def _fail(exc: StoreError) -> typer.Exit:
    err.print(f"error: {exc}", markup=False)
    return typer.Exit(2)


@app.command("migrate")
def migrate_cli(
    source: Annotated[
        str, typer.Option("--from", help="The store to copy: SQLite file or postgresql:// URL.")
    ],
    target: Annotated[
        str, typer.Option("--to", help="An empty (or new) store: SQLite file or postgresql://.")
    ],
) -> None:
    """Copy a whole store into a new one, of either backend (kansoku.db → PostgreSQL, or
    back); the source is left as it was."""
    if source == target:
        raise _fail(StoreError("--from and --to are the same store"))
    stores: list[Store] = []
    try:
        stores.append(open_db(source))
        stores.append(open_db(target))
        copied = transfer(stores[0], stores[1])
    except StoreError as exc:
        raise _fail(exc) from exc
    finally:
        for store in stores:
            store.close()
    _told(f"copied {source} to {target}", copied)


@app.command("backup")
def backup_cli(
    path: Annotated[Path, typer.Argument(help="The backup file to write (.jsonl.gz).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write the whole store to one portable file (gzip-compressed JSON Lines), from one
    state of it: restorable into a new store of either backend."""
    store = open_db(db)
    try:
        copied = backup(store, path)
    except (StoreError, OSError) as exc:
        raise _fail(StoreError(str(exc))) from exc
    finally:
        store.close()
    _told(f"wrote {path}", copied)


@app.command("restore")
def restore_cli(
    path: Annotated[Path, typer.Argument(help="A file `kansoku backup` wrote.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Load a backup into an empty (or new) store, of either backend: all of it or, when
    the file is damaged, nothing."""
    if not path.is_file():
        raise _fail(StoreError(f"{path}: no such file"))
    store = open_db(db)
    try:
        copied = restore(store, path)
    except StoreError as exc:
        raise _fail(exc) from exc
    finally:
        store.close()
    _told(f"restored {path} into {db}", copied)
