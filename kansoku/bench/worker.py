"""A benchmark child process: ``python -m kansoku.bench.worker TASK ARGS.json RESULT.json``.

TASK is ``kansoku`` (ingest a corpus, :func:`kansoku.bench.timing.run_kansoku`),
``dask`` (the same on a local Dask cluster, :func:`kansoku.bench.timing.run_dask`),
``ginza`` (GiNZA alone, :func:`kansoku.bench.timing.run_ginza`) or ``latency`` (fill a
store and time queries, :func:`kansoku.bench.latency`). Progress goes to stdout as JSON
lines, the result to RESULT.json.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kansoku.bench.timing import peak_rss_mb, run_dask, run_ginza, run_kansoku, tell


def run_latency(args: dict[str, Any]) -> dict[str, Any]:
    from kansoku.bench.latency import fill_store, measure, sentences
    from kansoku.knowledge import default_knowledge
    from kansoku.store import open_store

    knowledge = default_knowledge()
    store = open_store(args["db"])
    count = args["documents"]
    pool = sentences(args["texts"])
    fill = fill_store(
        store, count, pool, knowledge, on_progress=lambda n: tell("filling the store", n, count)
    )
    start = time.perf_counter()
    knowledge.language("ja").load_analyser()  # ask reads questions with it: loaded once
    load = time.perf_counter() - start
    rounds = args["rounds"]
    found = measure(
        store, knowledge, rounds, on_progress=lambda n, total: tell("query latency", n, total)
    )
    store.close()
    return {
        "fill": asdict(fill),
        "latency": {name: asdict(value) for name, value in found.items()},
        "model_load_seconds": load,
        "peak_rss_mb": peak_rss_mb(),
        "db_bytes": sum(p.stat().st_size for p in Path(args["db"]).parent.glob("*")),
    }


def main(argv: list[str]) -> int:
    task, args_path, result_path = argv
    args = json.loads(Path(args_path).read_text(encoding="utf-8"))
    if task == "kansoku":
        result = run_kansoku(
            Path(args["corpus"]), Path(args["db"]), args["stage"], args["total"], args["recall"]
        )
    elif task == "dask":
        result = run_dask(
            Path(args["corpus"]), Path(args["db"]), args["workers"], args["stage"], args["total"]
        )
    elif task == "ginza":
        result = run_ginza(args["texts"], args["subset"], args["stage"])
    elif task == "latency":
        result = run_latency(args)
    else:
        raise SystemExit(f"unknown task {task!r}")
    Path(result_path).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
