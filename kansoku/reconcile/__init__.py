"""Reconciliation: many reports → one event, figures → series, and findings.

- Event reports merge when they tell the same occurrence by the same claimant: same
  category, the same parties counted as states (Kim Jong Un is North Korea), the same
  modality (asserted/reported, possible, planned, denied: a claim and its denial stay two
  facts), the same claimant state, dates that agree at their precision (a date taken from
  the publication only says "by then") and the same place when both give one.
- Figures form a series when they measure one quantity: kind, measure (killed, wounded),
  whose, and to whom (containers North Korea → Russia, not the other way).
- Findings: figure_series, conflicting_figures, assertion_vs_denial, date_inconsistency,
  duplicate_report, each with a one-line summary and the facts and documents involved.

Everything is computed per key or scope (one event key, one series, one document, one
denying state), so ingesting an article recomputes only what it touches, and the result
is the same as a rebuild: reports are merged in their reading order
(``store.records.reading_order``), never by arrival nor by the path a document was read
from. The store is asked in batches: one query per step for all the keys, series, states
and documents a step touches.

This module runs the pass; ``events`` merges reports, ``series`` groups figures and finds
what a series shows, ``findings`` links denials to claims and reads documents' notes and
copies, ``parties`` says which state an entity stands for.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kansoku.knowledge import Knowledge
from kansoku.reconcile.events import cluster_events, event_key, key_text, merged_event
from kansoku.reconcile.findings import denial_findings, denier, document_findings, parties
from kansoku.reconcile.parties import side_of
from kansoku.reconcile.series import series_findings, series_keys
from kansoku.store import ReconcileStore
from kansoku.store.records import (
    DenialScope,
    DocumentScope,
    EventKey,
    EventReport,
    FigureReport,
    Finding,
    FindingScope,
    MergedEvent,
    SeriesKey,
    SeriesScope,
    StoredNote,
)

__all__ = [
    "ReconcileReport",
    "cluster_events",
    "denial_findings",
    "document_findings",
    "event_key",
    "merged_event",
    "reconcile",
    "series_findings",
    "series_keys",
]


@dataclass
class ReconcileReport:
    event_keys: int = 0
    series: int = 0
    findings: int = 0


def reconcile(
    store: ReconcileStore, knowledge: Knowledge, doc_ids: list[str] | None = None
) -> ReconcileReport:
    """Update events, series and findings for ``doc_ids`` (None: everything, a rebuild),
    in one transaction."""
    with store.transaction():
        return _reconcile(store, doc_ids, knowledge)


def _reconcile(store: ReconcileStore, doc_ids: list[str] | None, k: Knowledge) -> ReconcileReport:
    report = ReconcileReport()
    if doc_ids is None:
        store.clear_reconciliation()
    report.event_keys, merged, cited_by = _reconcile_events(store, doc_ids, k)
    report.series = _reconcile_series(store, doc_ids, k)
    states: set[str] = set()
    for cluster in merged:  # the states whose denials may now answer other claims
        states |= parties(cluster, k)
        if who := denier(cluster, k):
            states.add(who)
    _reconcile_denials(store, states, k)
    # Merged ids may have changed: every document citing a touched key refreshes its findings.
    _reconcile_documents(store, None if doc_ids is None else sorted({*doc_ids, *cited_by}))
    store.mark_reconciled(doc_ids)
    report.findings = store.count_findings()
    return report


def _reconcile_events(
    store: ReconcileStore, doc_ids: list[str] | None, k: Knowledge
) -> tuple[int, list[MergedEvent], set[str]]:
    """Key the new reports, then merge every report of the keys they touch. Returns the
    number of keys, the merged events and the documents citing them."""
    keys = {r.id: event_key(r, k) for r in store.event_reports(doc_ids=doc_ids)}
    store.set_event_keys(keys)
    touched = set(keys.values())
    if not touched:
        return 0, [], set()
    members: dict[EventKey, list[EventReport]] = defaultdict(list)
    # A rebuild keyed every report: all of them, no need to name the keys.
    for r in store.event_reports(keys=None if doc_ids is None else touched):
        if r.key is not None:
            members[r.key].append(r)
    merged = [
        merged_event(key, group, k)
        for key in sorted(touched, key=key_text)
        for group in cluster_events(members[key], k)
    ]
    store.replace_clusters(touched, merged)
    return len(touched), merged, {r.doc_id for group in members.values() for r in group}


def _reconcile_series(store: ReconcileStore, doc_ids: list[str] | None, k: Knowledge) -> int:
    """Place the new figures in series and recompute the findings of the series touched.
    Findings are drawn from documents about the topic's core only (``doc_core``)."""
    keys = series_keys(store.figure_reports(doc_ids=doc_ids), k)
    store.set_series_keys(keys)
    touched = {key for key in keys.values() if key is not None}
    if not touched:
        return 0
    members: dict[SeriesKey, list[FigureReport]] = defaultdict(list)
    for f in store.figure_reports(series=None if doc_ids is None else touched):
        if f.series is not None and f.doc_core:
            members[f.series].append(f)
    store.replace_findings(
        {SeriesScope(key): series_findings(key, members[key], k) for key in touched}
    )
    return len(touched)


def _reconcile_denials(store: ReconcileStore, states: set[str], k: Knowledge) -> None:
    """Recompute the denial findings of each state whose events changed."""
    if not states:
        return
    entities_of: dict[str, set[str]] = defaultdict(set)  # state → the entities acting for it
    for entity_id in k.gazetteer.entities:
        entities_of[side_of(entity_id, k) or entity_id].add(entity_id)
    involved = {state: entities_of[state] | {state} for state in states}
    clusters = store.clusters(entity_ids=set().union(*involved.values()))
    # Only what documents about the topic's core tell answers or is answered.
    reports = [r for r in store.event_reports(clusters=[c.id for c in clusters]) if r.doc_core]
    told = {r.cluster for r in reports}
    clusters = [c for c in clusters if c.id in told]
    found: dict[FindingScope, list[Finding]] = {}
    for state, entities in sorted(involved.items()):
        theirs = [c for c in clusters if entities & {c.actor, c.target, c.source}]
        ids = {c.id for c in theirs}
        their_reports = [r for r in reports if r.cluster in ids]
        found[DenialScope(state)] = denial_findings(state, theirs, their_reports, k)
    store.replace_findings(found)


def _reconcile_documents(store: ReconcileStore, doc_ids: list[str] | None) -> None:
    """Recompute the findings about each document (None: all of them)."""
    docs = store.document_meta(doc_ids=doc_ids)
    clusters_at: dict[str, dict[tuple[int, int], set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in store.event_reports(doc_ids=doc_ids):
        if r.cluster is not None:
            clusters_at[r.doc_id][(r.start, r.end)].add(r.cluster)
    notes: dict[str, list[StoredNote]] = defaultdict(list)
    for note in store.notes(doc_ids=doc_ids):
        notes[note.doc_id].append(note)
    store.replace_findings(
        {
            DocumentScope(doc.id): (
                document_findings(doc, notes[doc.id], clusters_at[doc.id]) if doc.core else []
            )
            for doc in docs
        }
    )
