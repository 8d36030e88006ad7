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
is the same as a rebuild: members are always ordered by their ids, never by arrival. The
store is asked in batches: one query per step for all the keys, series, states and
documents a step touches.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import prod

from kansoku.knowledge import Knowledge
from kansoku.store import ReconcileStore
from kansoku.store.records import (
    DenialScope,
    DocumentMeta,
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

_MODALITY = {"asserted": "claimed", "reported": "claimed"}
_STATUS_ORDER = ("asserted", "reported", "planned", "possible", "denied")
# How far a reported number may stand from the truth and still be "that number".
_SPREAD = {"exact": (0.95, 1.05), "about": (0.8, 1.25), "at_least": (1.0, float("inf")),
           "at_most": (0.0, 1.0), "up_to": (0.0, 1.0), "several": (1.0, 10.0)}  # fmt: skip


@dataclass
class ReconcileReport:
    event_keys: int = 0
    series: int = 0
    findings: int = 0


def _hash(*parts: object) -> str:
    """A short stable id from ``parts`` (None is hashed as "None", as ids always were)."""
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _key_text(key: EventKey) -> str:
    """The text merged-event ids are hashed from: the spelling keys had when ids were first
    made ("AID|troops|PRK|RUS|claimed|None"), so ids stay the same. Never parsed."""
    return "|".join(str(part) for part in key)


def _side(entity_id: str | None, k: Knowledge) -> str | None:
    """The state an entity stands for; an entity of no state (the UN, a person the
    gazetteer does not know) stands for itself."""
    return k.gazetteer.state_of(entity_id) or entity_id


# -- events ---------------------------------------------------------------------------


def event_key(report: EventReport, k: Knowledge) -> EventKey:
    actor, target = _side(report.actor, k), _side(report.target, k)
    if k.categories.symmetric(report.type, report.mode) and target is not None:
        # A summit of Kim and Putin is one event whoever the sentence names first; a visit
        # is not. A missing side sorts first.
        actor, target = sorted((actor, target), key=lambda side: side or "")
    modality = _MODALITY.get(report.status, report.status)
    claimant = _side(report.source, k) if modality == "claimed" else None
    return EventKey(report.type, report.mode, actor, target, modality, claimant)


def _told_date(report: EventReport) -> str | None:
    """A date the text gives; one taken from the publication only bounds the event."""
    return report.date_start if report.date_basis in ("text", "context") else None


def _dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _people(report: EventReport, k: Knowledge) -> dict[str, str]:
    """The named people, agencies… on each side, by the state they stand for."""
    named = {}
    for entity_id in (report.actor, report.target):
        entity = k.gazetteer.entities.get(entity_id or "")
        if entity is not None and entity.kind != "country":
            named[k.gazetteer.state_of(entity.id) or entity.id] = entity.id
    return named


def _same_occurrence(a: EventReport, b: EventReport, k: Knowledge) -> bool:
    """Places agree when both give one; Kim meeting Belousov is not Kim meeting Putin,
    though both are North Korea meeting Russia."""
    if a.location and b.location and a.location != b.location:
        return False
    people_a, people_b = _people(a, k), _people(b, k)
    return all(people_b.get(state, name) == name for state, name in people_a.items())


def _group_date(group: list[EventReport]) -> str:
    return max((_told_date(r) or "" for r in group), key=len)


def cluster_events(reports: Sequence[EventReport], k: Knowledge) -> list[list[EventReport]]:
    """Reports of one key grouped into occurrences.

    Reports with a written date go first, most precise first, then by id, so the grouping
    never depends on the order reports arrived in. A report without one joins, among the
    occurrences it agrees with, the latest one dated no later than its publication.
    """
    told = sorted(
        (r for r in reports if _told_date(r)), key=lambda r: (-len(_told_date(r) or ""), r.id)
    )
    rest = sorted((r for r in reports if not _told_date(r)), key=lambda r: r.id)
    groups: list[list[EventReport]] = []
    for report in told:
        for group in groups:
            if all(
                _dates_agree(_told_date(report), _told_date(other))
                and _same_occurrence(report, other, k)
                for other in group
            ):
                group.append(report)
                break
        else:
            groups.append([report])
    for report in rest:
        bound = report.date_start  # the publication's month, or nothing
        fitting = [
            g for g in groups
            if all(_same_occurrence(report, other, k) for other in g)
            and (bound is None or _group_date(g)[: len(bound)] <= bound)
        ]  # fmt: skip
        if fitting:
            max(fitting, key=lambda g: (_group_date(g), [r.id for r in g][::-1])).append(report)
        else:
            groups.append([report])
    return groups


def _most_specific(values: Sequence[str | None], k: Knowledge) -> str | None:
    """Prefer a person or agency over its state: the finer report says more."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    rank = {"person": 0, "agency": 1, "organization": 2, "outlet": 2, "country": 3}

    def order(v: str) -> tuple[int, int, str]:
        return (rank.get(k.gazetteer.kind_of(v) or "", 4), -counts[v], v)

    return min(counts, key=order)


def _most_told(values: Sequence[str | None], k: Knowledge) -> str | None:
    """The source most reports credit (the most specific of them on a tie)."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    top = max(counts.values())
    return _most_specific([v for v in counts if counts[v] == top], k)


def _combined_confidence(group: Sequence[EventReport]) -> float:
    """Independent reports of one event make it surer than any one of them: 1 − Π(1 − c).

    Only independent witnesses count: one report per document (its surest: a document
    telling the event twice is one witness), and no syndicated copy (a document marked
    ``duplicate_of`` another) while any original document tells the event; when only
    copies tell it, one per original they copy.
    """
    originals = [r for r in group if r.doc_duplicate_of is None]
    best: dict[str, float] = {}
    for r in originals or group:
        witness = r.doc_duplicate_of or r.doc_id
        best[witness] = max(best.get(witness, 0.0), r.confidence)
    return round(min(0.99, 1 - prod(1 - c for c in best.values())), 2)


def _symmetric_parties(
    key: EventKey, group: list[EventReport], k: Knowledge
) -> tuple[str | None, str | None]:
    """Actor and target of a symmetric event: the orientation most reports give (the
    first one's on a tie), each side by its most specific name (Kim Jong Un rather than
    North Korea)."""
    parties = [p for r in group for p in (r.actor, r.target) if p]

    def side(state: str | None) -> str | None:
        names = [p for p in parties if _side(p, k) == state]
        return _most_specific(names, k) if names else state

    leading = Counter(_side(r.actor, k) for r in group)
    lead = max(sorted(leading, key=lambda state: state or ""), key=lambda state: leading[state])
    first, second = (key.side_a, key.side_b) if lead == key.side_a else (key.side_b, key.side_a)
    return side(first), side(second)


def merged_event(key: EventKey, group: list[EventReport], k: Knowledge) -> MergedEvent:
    """One event from the reports of one occurrence: its date from the most precise date
    a text gives, the strongest status, the most specific names and the most told source."""
    told = sorted(
        (r for r in group if _told_date(r)), key=lambda r: (-len(r.date_start or ""), r.id)
    )
    dated = told or sorted((r for r in group if r.date_start), key=lambda r: r.date_start or "")
    first = dated[0] if dated else None
    if k.categories.symmetric(key.category, group[0].mode):
        actor, target = _symmetric_parties(key, group, k)
    else:
        actor = _most_specific([r.actor for r in group], k)
        target = _most_specific([r.target for r in group], k)
    return MergedEvent(
        id="e-" + _hash(_key_text(key), group[0].id),
        key=key,
        type=key.category,
        mode=group[0].mode,
        actor=actor,
        target=target,
        location=_most_specific([r.location for r in group], k),
        date_start=first.date_start if first else None,
        date_end=first.date_end if first else None,
        date_basis=first.date_basis if first else None,
        status=min({r.status for r in group}, key=_STATUS_ORDER.index),
        source=_most_told([r.source for r in group], k),
        confidence=_combined_confidence(group),
        members=tuple(sorted(r.id for r in group)),
    )


# -- figures --------------------------------------------------------------------------


def series_key(report: FigureReport, k: Knowledge) -> SeriesKey | None:
    """Kind, unit and whose: the figures that may measure one quantity (split further by
    where they go, see ``_by_recipient``); tonnes of oil are not barrels of it."""
    subject = _side(report.subject, k)
    if subject is None:
        return None  # whose it is decides what it measures: no owner, no series
    return SeriesKey(report.kind, report.unit, subject)


def _by_recipient(
    figures: Sequence[FigureReport], k: Knowledge
) -> dict[str | None, list[FigureReport]]:
    """Containers North Korea → Russia are not the same quantity as Russia → North Korea.
    A figure that does not say where it goes joins the destination the others name, when
    they name only one; otherwise it stands with the undirected ones."""
    named = {_side(f.recipient, k) for f in figures if f.recipient}
    groups: dict[str | None, list[FigureReport]] = defaultdict(list)
    for f in figures:
        to = _side(f.recipient, k) if f.recipient else None
        groups[to if to else (next(iter(named)) if len(named) == 1 else None)].append(f)
    return groups


def _interval(figure: FigureReport) -> tuple[float, float]:
    low, high = _SPREAD.get(figure.qualifier, _SPREAD["exact"])
    top = figure.value_max or figure.value
    return figure.value * low, top * high


def _name(entity_id: str | None, k: Knowledge) -> str:
    entity = k.gazetteer.entities.get(entity_id or "")
    return entity.name_en if entity else (entity_id or "unattributed")


def _number(figure: FigureReport) -> str:
    value = f"{figure.value:,.0f}"
    if figure.value_max:
        value += f"–{figure.value_max:,.0f}"
    prefix = {"about": "~", "at_least": "≥", "at_most": "≤", "up_to": "≤", "several": "several "}
    return prefix.get(figure.qualifier, "") + value


def _when(figure: FigureReport) -> str:
    return figure.as_of or figure.doc_published or "undated"


def series_findings(key: SeriesKey, figures: Sequence[FigureReport], k: Knowledge) -> list[Finding]:
    """The findings of one series: per destination, figure_series and conflicting_figures."""
    found = []
    for recipient, group in sorted(_by_recipient(figures, k).items(), key=lambda kv: str(kv[0])):
        found += _series_findings(key, recipient, group, k)
    return found


_CLAIMS = ("asserted", "reported", "estimated")


def _conflict(a: FigureReport, b: FigureReport) -> bool:
    """Two values of one measure, from different sources, told for the same time, whose
    ranges (after their qualifiers: over 10,000 and about 11,000 agree) do not meet."""
    if a.measure != b.measure or a.source == b.source or a.value == b.value:
        return False
    if a.status not in _CLAIMS or b.status not in _CLAIMS:
        return False  # an expected number does not contradict a counted one
    if a.as_of_basis != "text" or b.as_of_basis != "text":
        return False  # a report's date says when it was told, not when it was true
    if (a.as_of or "")[:7] != (b.as_of or "")[:7]:
        return False
    (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
    return a_high < b_low or b_high < a_low


def _series_findings(
    key: SeriesKey, recipient: str | None, figures: list[FigureReport], k: Knowledge
) -> list[Finding]:
    """figure_series for a quantity reported more than once; conflicting_figures for two
    values of it that cannot both hold."""
    if len(figures) < 2:
        return []
    ordered = sorted(figures, key=lambda f: (_when(f), f.id))
    label = f"{_name(key.subject, k)} {key.kind}" + (
        f" to {_name(recipient, k)}" if recipient else ""
    )

    def point(f: FigureReport) -> str:
        measure = f" {f.measure}" if f.measure else ""
        return f"{_number(f)}{measure} ({_name(f.source, k)}, {_when(f)})"

    found = [
        Finding(
            id="x-" + _hash("figure_series", key.render(), recipient),
            kind="figure_series",
            summary=f"{label}: " + " → ".join(point(f) for f in ordered),
            figure_ids=tuple(f.id for f in ordered),
            event_ids=(),
            doc_ids=tuple(sorted({f.doc_id for f in ordered})),
        )
    ]
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if _conflict(a, b):
                found.append(
                    Finding(
                        id="x-" + _hash("conflicting_figures", a.id, b.id),
                        kind="conflicting_figures",
                        summary=(
                            f"{label}, {(a.as_of or '')[:7]}: {point(a)} and {point(b)} cannot "
                            f"both hold ({a.qualifier} vs {b.qualifier})"
                        ),
                        figure_ids=(a.id, b.id),
                        event_ids=(),
                        doc_ids=tuple(sorted({a.doc_id, b.doc_id})),
                    )
                )
    return found


# -- denials, dates, duplicates ---------------------------------------------------------


def _parties(cluster: MergedEvent, k: Knowledge) -> set[str]:
    return {s for s in (_side(cluster.actor, k), _side(cluster.target, k)) if s}


def denier(cluster: MergedEvent, k: Knowledge) -> str | None:
    """Who denies a claim kept as denied: its source, or the actor denying its own act."""
    return _side(cluster.source, k) or _side(cluster.actor, k)


def _same_month(a: MergedEvent, b: MergedEvent) -> bool:
    """Told in another article, a claim answers a denial from the same month."""
    return bool(a.date_start and b.date_start and a.date_start[:7] == b.date_start[:7])


def _denied_claims(
    state: str,
    denial: MergedEvent,
    clusters: Sequence[MergedEvent],
    docs_of: Mapping[str, set[str]],
    spoken_of: Mapping[str, set[str]],
    k: Knowledge,
) -> list[MergedEvent]:
    """The claims ``denial`` answers. A denial word (否定した): claims involving the state,
    of a category the denial's sentence speaks of, told in the same document or month. A
    claim reported as denied: the same claim told as fact or report."""
    if k.categories.is_denial(denial.type, denial.mode):
        deniable = spoken_of.get(denial.id, set()) & k.categories.deniable()
        denial_docs = docs_of.get(denial.id, set())
        return [
            c for c in clusters
            if c.type in deniable and c.status in ("asserted", "reported")
            and state in _parties(c, k) and c.id != denial.id
            and (docs_of.get(c.id, set()) & denial_docs or _same_month(c, denial))
        ]  # fmt: skip
    # Same category, mode and sides; any claimant.
    return [c for c in clusters if c.key[:4] == denial.key[:4] and c.key.modality == "claimed"]


def denial_findings(
    state: str, clusters: Sequence[MergedEvent], reports: Sequence[EventReport], k: Knowledge
) -> list[Finding]:
    """assertion_vs_denial: a denial by ``state`` and the claims it answers (one finding
    per set of claims, with every denial of exactly them). ``clusters`` are the merged
    events involving the state, ``reports`` their reports."""
    docs_of: dict[str, set[str]] = defaultdict(set)
    spoken_of: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        if r.cluster is not None:
            docs_of[r.cluster].add(r.doc_id)
            # What a denial speaks of: the event words in its sentence, as extraction read them.
            spoken_of[r.cluster] |= set(r.spoken_of)
    denials = [
        c for c in clusters
        if (k.categories.is_denial(c.type, c.mode) and _side(c.actor, k) == state)
        or (c.status == "denied" and denier(c, k) == state)
    ]  # fmt: skip
    answered: dict[tuple[str, ...], list[MergedEvent]] = defaultdict(list)  # claims → denials
    for denial in sorted(denials, key=lambda c: c.id):
        claims = _denied_claims(state, denial, clusters, docs_of, spoken_of, k)
        if claims:
            answered[tuple(sorted(c.id for c in claims))].append(denial)
    by_id = {c.id: c for c in clusters}
    found = []
    for claim_ids, denied_by in sorted(answered.items(), key=lambda item: item[0]):
        told = sorted(
            {f"{c.type} {_name(c.actor, k)}→{_name(c.target, k)} ({_name(c.source, k)})"
             for c in (by_id[i] for i in claim_ids)}
        )  # fmt: skip
        denial_ids = [d.id for d in denied_by]
        docs = set().union(*(docs_of[i] for i in [*denial_ids, *claim_ids]))
        found.append(
            Finding(
                id="x-" + _hash("assertion_vs_denial", state, *denial_ids, *claim_ids),
                kind="assertion_vs_denial",
                summary=f"{_name(state, k)} denies: "
                + "; ".join(told[:5])
                + (f"; and {len(told) - 5} more" if len(told) > 5 else ""),
                figure_ids=(),
                event_ids=(*denial_ids, *claim_ids),
                doc_ids=tuple(sorted(docs)),
            )
        )
    return found


def document_findings(
    doc: DocumentMeta,
    notes: Sequence[StoredNote],
    clusters_at: Mapping[tuple[int, int], set[str]],
) -> list[Finding]:
    """date_inconsistency from the document's own notes (with the merged events told in
    the noted sentence, ``clusters_at`` its span); duplicate_report for a copy."""
    found = [
        Finding(
            id="x-" + _hash("date_inconsistency", doc.id, note.start, note.summary),
            kind="date_inconsistency",
            summary=note.summary,
            figure_ids=(),
            event_ids=tuple(sorted(clusters_at.get((note.start, note.end), ()))),
            doc_ids=(doc.id,),
        )
        for note in notes
    ]
    if doc.duplicate_of:
        found.append(
            Finding(
                id="x-" + _hash("duplicate_report", doc.id, doc.duplicate_of),
                kind="duplicate_report",
                summary=f"{doc.source} repeats {doc.duplicate_of_source}"
                + (f" ({doc.title})" if doc.title else ""),
                figure_ids=(),
                event_ids=(),
                doc_ids=(doc.duplicate_of, doc.id),
            )
        )
    return found


# -- the whole pass ---------------------------------------------------------------------


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
        states |= _parties(cluster, k)
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
        for key in sorted(touched, key=_key_text)
        for group in cluster_events(members[key], k)
    ]
    store.replace_clusters(touched, merged)
    return len(touched), merged, {r.doc_id for group in members.values() for r in group}


def _reconcile_series(store: ReconcileStore, doc_ids: list[str] | None, k: Knowledge) -> int:
    """Place the new figures in series and recompute the findings of the series touched."""
    keys = {f.id: series_key(f, k) for f in store.figure_reports(doc_ids=doc_ids)}
    store.set_series_keys(keys)
    touched = {key for key in keys.values() if key is not None}
    if not touched:
        return 0
    members: dict[SeriesKey, list[FigureReport]] = defaultdict(list)
    for f in store.figure_reports(series=None if doc_ids is None else touched):
        if f.series is not None:
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
        entities_of[_side(entity_id, k) or entity_id].add(entity_id)
    involved = {state: entities_of[state] | {state} for state in states}
    clusters = store.clusters(entity_ids=set().union(*involved.values()))
    reports = store.event_reports(clusters=[c.id for c in clusters])
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
            DocumentScope(doc.id): document_findings(doc, notes[doc.id], clusters_at[doc.id])
            for doc in docs
        }
    )
