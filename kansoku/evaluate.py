"""The evaluation loop: ingest articles into a scratch store, export, score against a gold
file, and show what was missed, document by document; and a fixed-seed sample of events
for a reader who did not write the rules to judge.

The scoring rules are the shared scorer's (``shared/eval/score.py``): that file is the
contract the project's quality is measured by, so kansoku loads it rather than keeping a
copy that could drift. It is looked for beside the gold file, then in ``../shared/eval``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import random
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from kansoku.export import export
from kansoku.knowledge import Knowledge
from kansoku.pipeline import ingest
from kansoku.store import open_store

SCORER = "score.py"
# The fields the scorer matches an event on. A missed event whose nearest output differs
# only in its date is a class of dates, not of triggers: grouping misses by the fields
# that failed is the first step of fixing classes rather than sentences.
EVENT_FIELDS = ("type", "actor", "target", "date")


class ScorerNotFound(Exception):
    """No copy of the shared scorer where it was looked for."""


@dataclass
class Evaluation:
    summary: dict[str, float | int]
    misses: dict[str, list[str]] = field(default_factory=dict)  # document → what went wrong
    overall: list[str] = field(default_factory=list)  # findings and totals lines
    errors: list[str] = field(default_factory=list)  # items that could not be ingested
    # Missed core events, by what their document's nearest output event got wrong; and
    # output events that match no gold event, by what the nearest gold event differs in.
    missed_by_field: dict[str, int] = field(default_factory=dict)
    stray_by_field: dict[str, int] = field(default_factory=dict)


def find_scorer(gold: Path, scorer: Path | None = None) -> Path:
    candidates = [scorer] if scorer else [gold.parent / SCORER, Path("../shared/eval") / SCORER]
    for path in candidates:
        if path is not None and path.is_file():
            return path
    looked = ", ".join(str(c) for c in candidates)
    raise ScorerNotFound(f"the shared scorer was not found (looked for {looked})")


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("kansoku_shared_scorer", path)
    if spec is None or spec.loader is None:
        raise ScorerNotFound(f"{path}: not a Python file")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(scorer: ModuleType, export_dir: Path, gold: Path, flags: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        scorer.main(["score.py", str(export_dir), str(gold), *flags])
    return out.getvalue()


def evaluate(
    gold: Path,
    sources: list[str],
    knowledge: Knowledge,
    languages: list[str] | None = None,
    scorer: Path | None = None,
) -> Evaluation:
    """Score ``sources`` against ``gold`` (only documents in ``languages``, if given)."""
    module = _load(find_scorer(gold, scorer))
    flags = [f"--lang={','.join(languages)}"] if languages else []
    with tempfile.TemporaryDirectory(prefix="kansoku-eval-") as scratch:
        store = open_store(str(Path(scratch) / "eval.db"))
        try:
            report = ingest(sources, store, knowledge=knowledge)
            export(store, Path(scratch) / "export")
        finally:
            store.close()
        summary = json.loads(_run(module, Path(scratch) / "export", gold, [*flags, "--json"]))
        text = _run(module, Path(scratch) / "export", gold, flags)
        missed, stray = diagnose(module, Path(scratch) / "export", gold, languages)
    evaluation = Evaluation(summary["summary"], errors=[str(e) for e in report.errors])
    evaluation.missed_by_field, evaluation.stray_by_field = dict(missed), dict(stray)
    _group(text, evaluation)
    return evaluation


def diagnose(
    scorer: ModuleType, export_dir: Path, gold: Path, languages: list[str] | None = None
) -> tuple[Counter[str], Counter[str]]:
    """Missed core events and unmatched output events, counted by the fields in which the
    nearest event on the other side differs (the scorer's own matching rules)."""
    output = scorer.Export(str(export_dir))
    with gold.open(encoding="utf-8") as fh:
        documents = yaml.safe_load(fh)["documents"]
    missed: Counter[str] = Counter()
    stray: Counter[str] = Counter()
    for name, document in documents.items():
        if languages and document.get("language") not in languages:
            continue
        produced = output.in_doc(output.events, name)
        wanted = document.get("events", [])
        for gold_event in wanted:
            if gold_event.get("core", True) and not any(
                scorer.event_ok(e, gold_event) for e in produced
            ):
                missed[_nearest([_wrong_fields(scorer, e, gold_event) for e in produced])] += 1
        for event in produced:
            if not any(scorer.event_ok(event, g) for g in wanted):
                stray[_nearest([_wrong_fields(scorer, event, g) for g in wanted])] += 1
    return missed, stray


def _wrong_fields(scorer: ModuleType, event: dict[str, Any], wanted: dict[str, Any]) -> list[str]:
    ok = {
        "type": event.get("type") in scorer.as_list(wanted["type"]),
        "actor": scorer.ref_matches(event.get("actor"), scorer.as_list(wanted.get("actor"))),
        "target": not wanted.get("target")
        or scorer.ref_matches(event.get("target"), scorer.as_list(wanted.get("target"))),
        "date": scorer.date_matches(event.get("date"), wanted.get("date")),
    }
    return [name for name in EVENT_FIELDS if not ok[name]]


def _nearest(differences: list[list[str]]) -> str:
    if not differences:
        return "nothing in the document"
    fewest = min(differences, key=len)
    return "+".join(fewest) if len(fewest) <= 2 else "three fields or more"


def _group(text: str, evaluation: Evaluation) -> None:
    """Split the scorer's report into each document's misses and the rest."""
    document: str | None = None
    lines = text.splitlines()[:-1]  # the last line is the summary, kept as numbers
    for line in lines:
        if line.startswith("== ") and not line.startswith("== finding"):
            document = line[3:]
            continue
        if line.startswith("   ") and document is not None:
            evaluation.misses.setdefault(document, []).append(line.strip())
        else:
            document = None
            evaluation.overall.append(line)


def sample_events(export_dirs: list[Path], n: int, seed: int) -> list[dict[str, object]]:
    """``n`` events drawn at random (a fixed ``seed``: the same draw every time) from the
    exports in ``export_dirs``, each with one sentence of evidence (and up to three other
    tellings of the merged fact) and the document's own id, for a reader who did not write the rules to judge: category, actor, target, date,
    status and source."""
    units = []
    for folder in export_dirs:
        documents = {d["id"]: d for d in _jsonl(folder / "documents.jsonl")}
        for event in _jsonl(folder / "events.jsonl"):
            evidence = event["evidence"][0]
            doc = documents[evidence["doc_id"]]
            units.append(
                {
                    "event_id": event["id"],
                    "doc_id": evidence["doc_id"],
                    "document": doc.get("source_id") or Path(doc["source"]).name,
                    "start": evidence["start"],
                    "end": evidence["end"],
                    "type": event["type"],
                    "mode": event["mode"],
                    "actor": _ref_name(event["actor"]),
                    "target": _ref_name(event["target"]),
                    "date": event["date"]["start"],
                    "date_basis": event["date"].get("basis"),
                    "status": event["status"],
                    "source": _ref_name(event["source"]),
                    "sentence": evidence["quote"],
                    # The same fact told elsewhere: a merged event's date or source may
                    # come from another report than this sentence.
                    "also_told": [e["quote"] for e in event["evidence"][1:4]],
                    "published": doc.get("published") or doc.get("published_not_before"),
                }
            )
    units.sort(key=lambda u: (str(u["document"]), u["start"], u["event_id"]))
    return random.Random(seed).sample(units, min(n, len(units)))


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _ref_name(ref: dict[str, Any] | None) -> str | None:
    return f"{ref['name_en']} ({ref['id']})" if ref else None
