"""The evaluation gate: score the shared corpora and fail below the pinned floors.

The shared corpora, gold files and scorer live beside the repository (../shared), not in
it; without them the gate is skipped with a message saying so.
"""

import json
import subprocess
import sys

import pytest
import yaml
from conftest import SHARED, TESTS

from kansoku.export import export
from kansoku.pipeline import ingest
from kansoku.store import open_store

GATES = yaml.safe_load((TESTS / "eval_floors.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=sorted(GATES))
def scored(request, tmp_path_factory):
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip(f"evaluation gate skipped: {SHARED} (shared corpus and gold) not found")
    gate = GATES[request.param]
    tmp = tmp_path_factory.mktemp(request.param)
    store = open_store(str(tmp / "kansoku.db"))
    try:
        report = ingest([str(SHARED / gate["corpus"])], store)
        assert report.ok, [str(e) for e in report.errors]
        export(store, tmp / "export")
    finally:
        store.close()
    command = [sys.executable, str(SHARED / "eval" / "score.py"), str(tmp / "export"),
               str(SHARED / gate["gold"]), "--json"]  # fmt: skip
    if gate.get("lang"):
        command.append(f"--lang={gate['lang']}")
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return request.param, gate, json.loads(result.stdout)["summary"]


def test_scores_reach_the_pinned_floors(scored):
    name, gate, summary = scored
    low = {k: summary[k] for k, floor in gate["at_least"].items() if summary[k] < floor}
    high = {k: summary[k] for k, ceiling in gate["at_most"].items() if summary[k] > ceiling}
    assert not low and not high, f"{name}: below floor {low}, above ceiling {high}; all: {summary}"
