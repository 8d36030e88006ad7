"""Alerts: what changed in the store's findings, told once.

``findings_state`` reads the findings a store holds; ``finding_changes`` compares two
such states: a finding is *new* (its id was not there), *changed* (same id, other facts
or summary; or a new id of the same kind that takes over facts of one that is gone, as a
denial finding does when another claim joins it) or *gone*.

``Alerter`` turns the new and changed findings of the kinds an analyst is alerted to
(``ALERT_KINDS``: conflicting figures, an assertion and its denial, a date
inconsistency) into one line on the console, one JSON line appended to the alerts file
and, with a command, one run of it with the JSON on its stdin. Article text reaches the
command only on stdin, never in its arguments, and the command is never run through a
shell. With an alerts file, the state last alerted is kept beside it
(``ALERTS.state.json``) and the alert ids already written are read back at start: a
watcher killed at any moment tells, once restarted, what it had not told, and nothing
twice.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shlex
import subprocess
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kansoku.store import StoreReader
from kansoku.store.records import Finding

log = logging.getLogger(__name__)

ALERT_KINDS = ("conflicting_figures", "assertion_vs_denial", "date_inconsistency")
COMMAND_TIMEOUT = 60.0  # seconds an alert command may take
_UNPRINTABLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]"
)


def one_line(text: str) -> str:
    """``text`` as one printable line: controls and direction overrides as escapes."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def signature(finding: Finding) -> str:
    """What a finding says, as a short hash: it changes when its facts or summary do."""
    parts = [finding.kind, finding.summary, *finding.figure_ids, "|", *finding.event_ids, "|",
             *finding.doc_ids, "|", *(f"{d}:{s}:{e}" for d, s, e in finding.spans)]  # fmt: skip
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:16]


def findings_state(store: StoreReader) -> dict[str, Finding]:
    """Every finding the store holds, by id."""
    return {f.id: f for f in store.findings()}


@dataclass(frozen=True)
class FindingChange:
    change: str  # "new", "changed" or "gone"
    finding: Finding  # as it is now (as it was, when gone)
    previous: str | None = None  # changed: the id it had before (the same one or another)

    def as_json(self) -> dict[str, Any]:
        return {
            "change": self.change,
            "previous": self.previous,
            "finding": finding_summary(self.finding),
        }


def finding_summary(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.id, "kind": finding.kind, "summary": finding.summary,
        "figure_ids": list(finding.figure_ids), "event_ids": list(finding.event_ids),
        "doc_ids": list(finding.doc_ids),
    }  # fmt: skip


def finding_changes(
    before: Mapping[str, Finding | str], after: Mapping[str, Finding]
) -> list[FindingChange]:
    """What changed from ``before`` (findings, or their signatures, by id) to ``after``,
    new and changed first, by kind then id."""

    def sig(value: Finding | str) -> str:
        return value if isinstance(value, str) else signature(value)

    changes: list[FindingChange] = []
    gone = {i: v for i, v in before.items() if i not in after}
    for fid in sorted(after, key=lambda i: (after[i].kind, i)):
        finding = after[fid]
        if fid in before:
            if sig(before[fid]) != signature(finding):
                changes.append(FindingChange("changed", finding, fid))
            continue
        # A new id taking over facts of a finding of its kind that is gone.
        mine = set(finding.figure_ids) | set(finding.event_ids)
        took = next(
            (
                i for i, old in sorted(gone.items())
                if isinstance(old, Finding) and old.kind == finding.kind
                and mine & (set(old.figure_ids) | set(old.event_ids))
            ),
            None,
        )  # fmt: skip
        changes.append(FindingChange("changed" if took else "new", finding, took))
        if took:
            del gone[took]
    for _, old in sorted(gone.items()):
        if isinstance(old, Finding):
            changes.append(FindingChange("gone", old))
    return changes


class Alerter:
    """Tells the new and changed findings: ``say`` prints the line, ``path`` the JSONL
    file appended to, ``command`` the command run with each alert on stdin."""

    def __init__(
        self,
        store: StoreReader,
        say: Callable[[str], None],
        path: str | Path | None = None,
        command: str | None = None,
        kinds: Iterable[str] = ALERT_KINDS,
    ) -> None:
        self.store = store
        self.say = say
        self.path = Path(path) if path else None
        self.argv = shlex.split(command) if command else None
        self.kinds = set(kinds)
        self.written: set[str] = set()  # ids of the alerts in the file
        self.state: dict[str, Finding] = {}  # the findings last alerted about, by id
        state_file = self._state_file()
        if self.path is not None and self.path.exists():
            self.written = set(_alert_ids(self.path))
        if state_file is not None and state_file.exists():
            self.state = _read_state(state_file)
        else:  # what the store holds when watching first starts is known, not news
            self.state = dict(findings_state(store))
            self._save_state()  # a restart after a crash compares with this, not its own start

    def _state_file(self) -> Path | None:
        return None if self.path is None else self.path.with_name(self.path.name + ".state.json")

    def check(self, new_docs: Iterable[str] = ()) -> list[dict[str, Any]]:
        """Compare the store's findings with the state last alerted; tell what is new or
        changed; remember the new state. Returns the alerts told."""
        now = findings_state(self.store)
        told = []
        new_docs = set(new_docs)
        for change in finding_changes(self.state, now):
            if change.change == "gone" or change.finding.kind not in self.kinds:
                continue
            alert = self._alert(change, new_docs)
            if alert["id"] not in self.written:
                self._tell(alert)
                told.append(alert)
        self.state = dict(now)
        self._save_state()
        return told

    def _alert(self, change: FindingChange, new_docs: set[str]) -> dict[str, Any]:
        f = change.finding
        ids = [d for d in f.doc_ids if d in new_docs] or list(f.doc_ids)
        documents = []
        for doc_id in ids:
            doc = self.store.document(doc_id)
            if doc is not None:
                documents.append({"id": doc.id, "source": doc.source, "title": doc.title,
                                  "url": doc.url, "published": doc.published})  # fmt: skip
        alert_id = "a-" + hashlib.sha256(f"{f.id}\0{signature(f)}".encode()).hexdigest()[:16]
        return {
            "id": alert_id,
            "at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "change": change.change,
            "previous": change.previous,
            "finding": finding_summary(f),
            "documents": documents,
        }

    def _tell(self, alert: dict[str, Any]) -> None:
        f = alert["finding"]
        where = ", ".join(d["source"] for d in alert["documents"])
        self.say(one_line(f"alert: {alert['change']} {f['kind']}: {f['summary']} ({where})"))
        line = json.dumps(alert, ensure_ascii=False)
        if self.path is not None:
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            self.written.add(alert["id"])
        if self.argv:
            self._run(line)

    def _run(self, line: str) -> None:
        """The alert command with the alert on stdin; its failure is one log line."""
        assert self.argv is not None
        try:
            # The user's command as words, no shell; the alert (article text) only on stdin.
            done = subprocess.run(
                self.argv,
                input=(line + "\n").encode("utf-8"),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=COMMAND_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.warning("alert command failed: %s", exc)
            self.say(one_line(f"warning: alert command {self.argv[0]} failed: {exc}"))
            return
        if done.returncode != 0:
            tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            self.say(
                one_line(
                    f"warning: alert command {self.argv[0]} exited {done.returncode}: {tail[0]}"
                )
            )

    def _save_state(self) -> None:
        state_file = self._state_file()
        if state_file is None:
            return
        tmp = state_file.with_name(state_file.name + ".tmp")
        state = [
            {**finding_summary(f), "spans": [list(span) for span in f.spans]}
            for _, f in sorted(self.state.items())
        ]
        tmp.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, state_file)


def _read_state(path: Path) -> dict[str, Finding]:
    """The findings last alerted about, as ``_save_state`` wrote them."""
    state = {}
    for f in json.loads(path.read_text(encoding="utf-8")):
        state[f["id"]] = Finding(
            id=f["id"], kind=f["kind"], summary=f["summary"],
            figure_ids=tuple(f["figure_ids"]), event_ids=tuple(f["event_ids"]),
            doc_ids=tuple(f["doc_ids"]), spans=tuple((d, s, e) for d, s, e in f["spans"]),
        )  # fmt: skip
    return state


def _alert_ids(path: Path) -> Iterable[str]:
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                obj = json.loads(line)
            except ValueError:  # a line cut by a crash while it was written
                continue
            if isinstance(obj, dict) and isinstance(obj.get("id"), str):
                yield obj["id"]
