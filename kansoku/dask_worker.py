"""What a Dask worker runs for kansoku (imported there, never by the CLI unless
``--engine dask`` is asked for: it needs ``distributed``)."""

from __future__ import annotations

import os
from typing import Any

from distributed import get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from kansoku.engines import Stage, worker_logging
from kansoku.knowledge import Knowledge
from kansoku.model import Document, ReadError


class KnowledgePlugin(WorkerPlugin):
    """Sent once to each worker of the cluster (and to any worker that joins or restarts
    while the batch runs): the knowledge. A language's models (GiNZA, Kiwi) load in the
    worker's process the first time one of its documents comes, once (as in a local
    pool): loading every language's up front would cost each worker seconds and
    hundreds of MB for languages it may never see."""

    def __init__(self, knowledge: Knowledge, log_level: int) -> None:
        self.knowledge, self.log_level = knowledge, log_level

    def setup(self, worker: Any) -> None:
        worker_logging(self.log_level)


def load_analysers(knowledge: Knowledge, languages: tuple[str, ...]) -> None:
    """Run on every worker by ``DaskEngine.warm_up``: the analysers of ``languages``
    loaded in this worker's process now, not with the first document that needs one."""
    for code in languages:
        knowledge.language(code).load_analyser()


def process_on_worker(
    stage: Stage, docs: list[Document], plugin: str
) -> tuple[list[Document | ReadError], str, int]:
    """A task's documents, with the knowledge the worker received once; and where they
    ran (the worker's address and process id)."""
    worker = get_worker()
    knowledge: Knowledge = worker.plugins[plugin].knowledge  # type: ignore[attr-defined]
    return [stage(doc, knowledge) for doc in docs], worker.address, os.getpid()
