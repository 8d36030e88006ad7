"""The JSON Lines export (shared/docs/export-contract.md): a public interface.

Five files, one object a line, UTF-8, contract keys first in contract order.
"""

from __future__ import annotations

import json
from pathlib import Path

from kansoku.store import Store

FILES = ("documents", "entities", "events", "figures", "findings")


def export(store: Store, out_dir: str | Path) -> dict[str, int]:
    """Write the export files into ``out_dir``; return the number of lines of each."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with store.snapshot():  # five files from one state of the store
        return _write(store, out)


def _write(store: Store, out: Path) -> dict[str, int]:
    rows = {
        "documents": store.documents(),
        "entities": store.entities(),
        "events": store.events(),
        "figures": store.figures(),
        "findings": store.findings(),
    }
    counts = {}
    for name in FILES:
        path = out / f"{name}.jsonl"
        tmp = path.with_suffix(".jsonl.tmp")
        n = 0
        with tmp.open("w", encoding="utf-8", newline="\n") as fh:
            for row in rows.get(name, ()):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        tmp.replace(path)  # a reader never sees a half-written file
        counts[name] = n
    return counts
