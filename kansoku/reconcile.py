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
is the same as a rebuild: members are always ordered by their ids, never by arrival.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from math import prod

from kansoku.knowledge import Knowledge
from kansoku.store import Store

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
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _side(entity_id: str | None, k: Knowledge) -> str | None:
    """The state an entity stands for; an entity of no state (the UN, a person the
    gazetteer does not know) stands for itself."""
    return k.gazetteer.state_of(entity_id) or entity_id


# -- events ---------------------------------------------------------------------------


def event_key(report: dict, k: Knowledge) -> str:
    actor, target = _side(report["actor"], k), _side(report["target"], k)
    if _symmetric(report, k) and target is not None:
        actor, target = sorted((actor or "", target))
    modality = _MODALITY.get(report["status"], report["status"])
    claimant = _side(report["source"], k) if modality == "claimed" else None
    parts = (report["type"], report["mode"], actor, target, modality, claimant)
    return "|".join(str(x) for x in parts)


def _symmetric(report: dict, k: Knowledge) -> bool:
    """A summit of Kim and Putin is one event whoever the sentence names first; a visit
    is not."""
    return k.categories.symmetric(report["type"], report["mode"])


def _told_date(report: dict) -> str | None:
    """A date the text gives; one taken from the publication only bounds the event."""
    return report["date_start"] if report["date_basis"] in ("text", "context") else None


def _dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _people(report: dict, k: Knowledge) -> dict[str, str]:
    """The named people, agencies… on each side, by the state they stand for."""
    named = {}
    for entity_id in (report["actor"], report["target"]):
        entity = k.gazetteer.entities.get(entity_id or "")
        if entity is not None and entity.kind != "country":
            named[_side(entity_id, k)] = entity_id
    return named


def _same_occurrence(a: dict, b: dict, k: Knowledge) -> bool:
    """Places agree when both give one; Kim meeting Belousov is not Kim meeting Putin,
    though both are North Korea meeting Russia."""
    if a["location"] and b["location"] and a["location"] != b["location"]:
        return False
    people_a, people_b = _people(a, k), _people(b, k)
    return all(people_b.get(state, name) == name for state, name in people_a.items())


def _group_date(group: list[dict]) -> str:
    return max((_told_date(r) or "" for r in group), key=len)


def cluster_events(reports: list[dict], k: Knowledge) -> list[list[dict]]:
    """Reports of one key grouped into occurrences.

    Reports with a written date go first, most precise first, then by id, so the grouping
    never depends on the order reports arrived in. A report without one joins, among the
    occurrences it agrees with, the latest one dated no later than its publication.
    """
    told = sorted(
        (r for r in reports if _told_date(r)), key=lambda r: (-len(_told_date(r)), r["id"])
    )
    rest = sorted((r for r in reports if not _told_date(r)), key=lambda r: r["id"])
    groups: list[list[dict]] = []
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
        bound = report["date_start"]  # the publication's month, or nothing
        fitting = [
            g for g in groups
            if all(_same_occurrence(report, other, k) for other in g)
            and (bound is None or _group_date(g)[: len(bound)] <= bound)
        ]  # fmt: skip
        if fitting:
            max(fitting, key=lambda g: (_group_date(g), [r["id"] for r in g][::-1])).append(report)
        else:
            groups.append([report])
    return groups


def _most_specific(values: list[str | None], k: Knowledge) -> str | None:
    """Prefer a person or agency over its state: the finer report says more."""
    present = [v for v in values if v]
    if not present:
        return None
    counts = Counter(present)
    rank = {"person": 0, "agency": 1, "organization": 2, "outlet": 2, "country": 3}

    def order(v: str):
        entity = k.gazetteer.entities.get(v)
        return (rank.get(entity.kind if entity else "", 4), -counts[v], v)

    return min(counts, key=order)


def _most_told(values: list[str | None], k: Knowledge) -> str | None:
    """The source most reports credit (the most specific of them on a tie)."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    top = max(counts.values())
    return _most_specific([v for v in counts if counts[v] == top], k)


def merged_event(key: str, group: list[dict], k: Knowledge) -> dict:
    kind, _, side_a, side_b, _, _ = key.split("|")
    told = sorted(
        (r for r in group if _told_date(r)), key=lambda r: (-len(r["date_start"]), r["id"])
    )
    dated = told or sorted((r for r in group if r["date_start"]), key=lambda r: r["date_start"])
    first = dated[0] if dated else None
    statuses = {r["status"] for r in group}
    parties = [p for r in group for p in (r["actor"], r["target"]) if p]

    def side(state: str) -> str | None:
        # Symmetric categories list their parties in a fixed order; each side keeps its
        # most specific name (Kim Jong Un rather than North Korea).
        names = [p for p in parties if _side(p, k) == state]
        return _most_specific(names, k) if names else (None if state == "None" else state)

    if _symmetric(group[0], k):
        # The orientation most reports give (the first one's, on a tie).
        leading = Counter(_side(r["actor"], k) for r in group)
        lead = max(sorted(leading), key=lambda state: leading[state])
        first_side, second_side = (side_a, side_b) if lead == side_a else (side_b, side_a)
        actor, target = side(first_side), side(second_side)
    else:
        actor = _most_specific([r["actor"] for r in group], k)
        target = _most_specific([r["target"] for r in group], k)
    return {
        "id": "e-" + _hash(key, group[0]["id"]),
        "key": key,
        "type": kind,
        "mode": group[0]["mode"],
        "actor": actor,
        "target": target,
        "location": _most_specific([r["location"] for r in group], k),
        "date_start": first["date_start"] if first else None,
        "date_end": first["date_end"] if first else None,
        "date_basis": first["date_basis"] if first else None,
        "status": min(statuses, key=_STATUS_ORDER.index),
        "source": _most_told([r["source"] for r in group], k),
        # Independent reports of one event make it surer than any one of them.
        "confidence": round(min(0.99, 1 - prod(1 - r["confidence"] for r in group)), 2),
        "members": sorted(r["id"] for r in group),
    }


# -- figures --------------------------------------------------------------------------


def series_key(report: dict, k: Knowledge) -> str | None:
    """kind|unit|whose: the figures that may measure one quantity (split further by where
    they go, see ``_by_recipient``); tonnes of oil are not barrels of it."""
    subject = _side(report["subject"], k)
    if subject is None:
        return None  # whose it is decides what it measures: no owner, no series
    return f"{report['kind']}|{report['unit']}|{subject}"


def _by_recipient(figures: list[dict], k: Knowledge) -> dict[str | None, list[dict]]:
    """Containers North Korea → Russia are not the same quantity as Russia → North Korea.
    A figure that does not say where it goes joins the destination the others name, when
    they name only one; otherwise it stands with the undirected ones."""
    named = {_side(f["recipient"], k) for f in figures if f["recipient"]}
    groups: dict[str | None, list[dict]] = defaultdict(list)
    for f in figures:
        to = _side(f["recipient"], k) if f["recipient"] else None
        groups[to if to else (next(iter(named)) if len(named) == 1 else None)].append(f)
    return groups


def _interval(figure: dict) -> tuple[float, float]:
    low, high = _SPREAD.get(figure["qualifier"], _SPREAD["exact"])
    top = figure["value_max"] or figure["value"]
    return figure["value"] * low, top * high


def _name(entity_id: str | None, k: Knowledge) -> str:
    entity = k.gazetteer.entities.get(entity_id or "")
    return entity.name_en if entity else (entity_id or "unattributed")


def _number(figure: dict) -> str:
    value = f"{figure['value']:,.0f}"
    if figure["value_max"]:
        value += f"–{figure['value_max']:,.0f}"
    prefix = {"about": "~", "at_least": "≥", "at_most": "≤", "up_to": "≤", "several": "several "}
    return prefix.get(figure["qualifier"], "") + value


def _when(figure: dict) -> str:
    return figure["as_of"] or figure["doc_published"] or "undated"


def series_findings(key: str, figures: list[dict], k: Knowledge) -> list[dict]:
    found = []
    for recipient, group in sorted(_by_recipient(figures, k).items(), key=lambda kv: str(kv[0])):
        found += _series_findings(key, recipient, group, k)
    return found


_CLAIMS = ("asserted", "reported", "estimated")


def _conflict(a: dict, b: dict) -> bool:
    """Two values of one measure, from different sources, told for the same time, whose
    ranges (after their qualifiers: over 10,000 and about 11,000 agree) do not meet."""
    if a["measure"] != b["measure"] or a["source"] == b["source"] or a["value"] == b["value"]:
        return False
    if a["status"] not in _CLAIMS or b["status"] not in _CLAIMS:
        return False  # an expected number does not contradict a counted one
    if a["as_of_basis"] != "text" or b["as_of_basis"] != "text":
        return False  # a report's date says when it was told, not when it was true
    if (a["as_of"] or "")[:7] != (b["as_of"] or "")[:7]:
        return False
    (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
    return a_high < b_low or b_high < a_low


def _series_findings(key: str, recipient, figures: list[dict], k: Knowledge) -> list[dict]:
    """figure_series for a quantity reported more than once; conflicting_figures for two
    values of it that cannot both hold."""
    if len(figures) < 2:
        return []
    ordered = sorted(figures, key=lambda f: (_when(f), f["id"]))
    kind, _, subject = key.split("|")
    label = f"{_name(subject, k)} {kind}" + (f" to {_name(recipient, k)}" if recipient else "")

    def point(f: dict) -> str:
        measure = f" {f['measure']}" if f["measure"] else ""
        return f"{_number(f)}{measure} ({_name(f['source'], k)}, {_when(f)})"

    found = [
        {
            "id": "x-" + _hash("figure_series", key, recipient),
            "kind": "figure_series",
            "summary": f"{label}: " + " → ".join(point(f) for f in ordered),
            "figure_ids": [f["id"] for f in ordered],
            "event_ids": [],
            "doc_ids": sorted({f["doc_id"] for f in ordered}),
        }
    ]
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if _conflict(a, b):
                found.append(
                    {
                        "id": "x-" + _hash("conflicting_figures", a["id"], b["id"]),
                        "kind": "conflicting_figures",
                        "summary": (
                            f"{label}, {a['as_of'][:7]}: {point(a)} and {point(b)} cannot both "
                            f"hold ({a['qualifier']} vs {b['qualifier']})"
                        ),
                        "figure_ids": [a["id"], b["id"]],
                        "event_ids": [],
                        "doc_ids": sorted({a["doc_id"], b["doc_id"]}),
                    }
                )
    return found


# -- denials, dates, duplicates ---------------------------------------------------------


def _parties(cluster: dict, k: Knowledge) -> set[str]:
    return {s for s in (_side(cluster["actor"], k), _side(cluster["target"], k)) if s}


def denier(cluster: dict, k: Knowledge) -> str | None:
    """Who denies a claim kept as denied: its source, or the actor denying its own act."""
    return _side(cluster["source"], k) or _side(cluster["actor"], k)


def _same_month(a: dict, b: dict) -> bool:
    """Told in another article, a claim answers a denial from the same month."""
    return bool(a["date_start"] and b["date_start"]) and a["date_start"][:7] == b["date_start"][:7]


def denial_findings(
    state: str, clusters: list[dict], reports: list[dict], k: Knowledge
) -> list[dict]:
    """A denial by ``state`` and the claims it answers: claims involving that state, of a
    category the denial speaks of, told in the same document or in the same month; and a
    claim reported as denied, with the same claim told as fact or report elsewhere."""
    docs_of: dict[str, set[str]] = defaultdict(set)
    types_near: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        docs_of[r["cluster"]].add(r["doc_id"])
        # What the denial speaks of: the event words in its sentence, as extraction read them.
        types_near[r["cluster"]] |= set(json.loads(r["spoken_of"]))
    denials = [
        c for c in clusters
        if (k.categories.is_denial(c["type"], c["mode"]) and _side(c["actor"], k) == state)
        or (c["status"] == "denied" and denier(c, k) == state)
    ]  # fmt: skip
    answered: dict[tuple[str, ...], list[dict]] = defaultdict(list)  # claims → their denials
    for denial in sorted(denials, key=lambda c: c["id"]):
        if k.categories.is_denial(denial["type"], denial["mode"]):
            spoken_of = types_near[denial["id"]] & k.categories.deniable()
            claims = [
                c for c in clusters
                if c["type"] in spoken_of and c["status"] in ("asserted", "reported")
                and state in _parties(c, k) and c["id"] != denial["id"]
                and (docs_of[c["id"]] & docs_of[denial["id"]] or _same_month(c, denial))
            ]  # fmt: skip
        else:
            base = denial["key"].rsplit("|", 2)[0]
            claims = [c for c in clusters if c["key"].startswith(base + "|claimed|")]
        if claims:
            answered[tuple(sorted(c["id"] for c in claims))].append(denial)
    by_id = {c["id"]: c for c in clusters}
    found = []
    for claim_ids, denied_by in sorted(answered.items()):
        claims = [by_id[i] for i in claim_ids]
        told = sorted(
            {f"{c['type']} {_name(c['actor'], k)}→{_name(c['target'], k)}"
             f" ({_name(c['source'], k)})" for c in claims}
        )  # fmt: skip
        denial_ids = [d["id"] for d in denied_by]
        docs = set().union(*(docs_of[i] for i in [*denial_ids, *claim_ids]))
        found.append(
            {
                "id": "x-" + _hash("assertion_vs_denial", state, *denial_ids, *claim_ids),
                "kind": "assertion_vs_denial",
                "summary": f"{_name(state, k)} denies: "
                + "; ".join(told[:5])
                + (f"; and {len(told) - 5} more" if len(told) > 5 else ""),
                "figure_ids": [],
                "event_ids": [*denial_ids, *claim_ids],
                "doc_ids": sorted(docs),
            }
        )
    return found


def document_findings(doc: dict, notes: list[dict], clusters_at: dict) -> list[dict]:
    """date_inconsistency from the document's own notes; duplicate_report for a copy."""
    found = []
    for note in notes:
        found.append(
            {
                "id": "x-" + _hash("date_inconsistency", doc["id"], note["start"], note["summary"]),
                "kind": "date_inconsistency",
                "summary": note["summary"],
                "figure_ids": [],
                "event_ids": sorted(clusters_at.get((note["start"], note["end"]), ())),
                "doc_ids": [doc["id"]],
            }
        )
    if doc["duplicate_of"]:
        found.append(
            {
                "id": "x-" + _hash("duplicate_report", doc["id"], doc["duplicate_of"]),
                "kind": "duplicate_report",
                "summary": f"{doc['source']} repeats {doc['duplicate_of_source']}"
                + (f" ({doc['title']})" if doc["title"] else ""),
                "figure_ids": [],
                "event_ids": [],
                "doc_ids": [doc["duplicate_of"], doc["id"]],
            }
        )
    return found


# -- the whole pass ---------------------------------------------------------------------


def reconcile(
    store: Store, knowledge: Knowledge, doc_ids: list[str] | None = None
) -> ReconcileReport:
    """Update events, series and findings for ``doc_ids`` (None: everything, a rebuild),
    in one transaction."""
    with store.transaction():
        return _reconcile(store, doc_ids, knowledge)


def _reconcile(store: Store, doc_ids: list[str] | None, k: Knowledge) -> ReconcileReport:
    report = ReconcileReport()
    if doc_ids is None:
        store.clear_reconciliation()

    new_events = store.event_reports(doc_ids=doc_ids)
    keys = {r["id"]: event_key(r, k) for r in new_events}
    store.set_event_keys(keys)
    touched_states: set[str] = set()
    touched_docs: set[str] = set(doc_ids or ())
    for key in sorted(set(keys.values())):
        members = store.event_reports(key=key)
        merged = [merged_event(key, group, k) for group in cluster_events(members, k)]
        store.replace_clusters(key, merged)
        # Merged ids may change: every document citing this key refreshes its findings.
        touched_docs |= {r["doc_id"] for r in members}
        for cluster in merged:
            touched_states |= _parties(cluster, k) | {denier(cluster, k)} - {None}
    report.event_keys = len(set(keys.values()))

    new_figures = store.figure_reports(doc_ids=doc_ids)
    skeys = {r["id"]: series_key(r, k) for r in new_figures}
    store.set_series_keys(skeys)
    for key in sorted({k for k in skeys.values() if k}):
        scope = f"series:{key}"
        store.replace_findings(scope, series_findings(key, store.figure_reports(series=key), k))
    report.series = len({k for k in skeys.values() if k})

    for state in sorted(s for s in touched_states if s):
        members = [e for e in k.gazetteer.entities if _side(e, k) == state] + [state]
        clusters = store.clusters(entity_ids=sorted(set(members)))
        reports = store.event_reports(clusters=[c["id"] for c in clusters])
        scope = f"denial:{state}"
        store.replace_findings(scope, denial_findings(state, clusters, reports, k))

    for doc in store.document_meta(doc_ids=None if doc_ids is None else sorted(touched_docs)):
        scope = f"doc:{doc['id']}"
        clusters_at: dict[tuple[int, int], set[str]] = defaultdict(set)
        for r in store.event_reports(doc_ids=[doc["id"]]):
            clusters_at[(r["start"], r["end"])].add(r["cluster"])
        store.replace_findings(scope, document_findings(doc, store.notes(doc["id"]), clusters_at))
    store.mark_reconciled(doc_ids)
    report.findings = store.count_findings()
    return report
