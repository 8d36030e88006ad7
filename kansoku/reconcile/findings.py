"""Findings across merged events and about documents: assertion_vs_denial,
date_inconsistency, duplicate_report."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from kansoku.knowledge import Knowledge
from kansoku.reconcile.parties import name_of, side_of, stable_id
from kansoku.store.records import (
    DocumentMeta,
    EventReport,
    Finding,
    MergedEvent,
    Span,
    StoredNote,
)


def parties(cluster: MergedEvent, k: Knowledge) -> set[str]:
    """The states on either side of a merged event."""
    return {s for s in (side_of(cluster.actor, k), side_of(cluster.target, k)) if s}


def denier(cluster: MergedEvent, k: Knowledge) -> str | None:
    """Who denies a claim kept as denied: its source, or the actor denying its own act."""
    return side_of(cluster.source, k) or side_of(cluster.actor, k)


# What a denial can answer: a claim told as fact, reported, guessed at (likely sent) or
# announced (will visit); not another denial.
_ANSWERABLE = ("asserted", "reported", "possible", "planned")


def _month_before(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"


def _just_before(claim: MergedEvent, denial: MergedEvent) -> bool:
    """Told in another article, a claim answers a denial of its month or of the month
    after: an act of October reported in November is denied in November. A range counts
    by its start and its end."""
    month = (denial.date_start or "")[:7]
    if len(month) < 7:
        return False
    told = {d[:7] for d in (claim.date_start, claim.date_end) if d}
    return bool(told & {month, _month_before(month)})


def _told_before(claim: str, denial: str, spans_of: Mapping[str, set[Span]]) -> bool:
    """The claim is told in a text of the denial, no later than the denial is: what a
    denial answers ("denied the Russian claims") has been said by then."""
    return any(
        doc == denied_in and start <= denied_at
        for doc, start, _ in spans_of.get(claim, set())
        for denied_in, denied_at, _ in spans_of.get(denial, set())
    )


def _denied_claims(
    state: str,
    denial: MergedEvent,
    clusters: Sequence[MergedEvent],
    spans_of: Mapping[str, set[Span]],
    spoken_of: Mapping[str, set[str]],
    k: Knowledge,
) -> list[MergedEvent]:
    """The claims ``denial`` answers. A denial (the state denied it): claims involving the
    state, of a category the denial's sentence speaks of, with the party it answers (as a
    party or as the claim's teller), told in the same document or dated that month or the
    one before; naming no act, what the party it answers claimed before it in the same
    text; naming neither, the claims its own page tells. A claim reported as denied: the
    same claim told as fact, report, guess or plan."""

    def docs_of(cluster: str) -> set[str]:
        return {doc for doc, _, _ in spans_of.get(cluster, set())}

    if not k.categories.is_denial(denial.type, denial.mode):
        # Same category, mode and sides; any claimant, any hedge.
        return [
            c for c in clusters
            if c.key[:4] == denial.key[:4] and c.status in _ANSWERABLE
        ]  # fmt: skip
    kinds = k.categories.deniable()
    deniable = spoken_of.get(denial.id, set()) & kinds
    denial_docs = docs_of(denial.id)
    claims = [
        c for c in clusters
        if c.status in _ANSWERABLE and state in parties(c, k)
        and c.id != denial.id and not k.categories.is_denial(c.type, c.mode)
    ]  # fmt: skip
    counterpart = side_of(denial.target, k)
    if deniable:
        # Iran denies arms to Russia: the claims between Iran and Russia, not Iran's
        # others; denying South Korea's analysis, the claims South Korea told.
        return [
            c for c in claims
            if c.type in deniable and counterpart in (None, *parties(c, k), side_of(c.source, k))
            and (docs_of(c.id) & denial_docs or _just_before(c, denial))
        ]  # fmt: skip
    if counterpart is not None:
        # 露側の主張を否定した: a denial that names no act denies what the party it
        # answers claimed in the same text before it.
        return [
            c for c in claims
            if counterpart != state and _told_before(c.id, denial.id, spans_of)
            and counterpart in (side_of(c.source, k), side_of(c.actor, k) if not c.source else None)
        ]  # fmt: skip
    # Dismissed "the reports", naming neither act nor teller: the claims its own page
    # tells about the state, in others' words or its own, not the state's word.
    return [
        c for c in claims
        if c.type in kinds and docs_of(c.id) & denial_docs
        and side_of(c.source, k) != state
    ]  # fmt: skip


def denial_findings(
    state: str, clusters: Sequence[MergedEvent], reports: Sequence[EventReport], k: Knowledge
) -> list[Finding]:
    """assertion_vs_denial: a denial by ``state`` and the claims it answers. One finding
    per act of denial: denials told in one sentence (the spokesman denied the dispatch:
    a denial, and the dispatch kept as denied) are one act, and so are denials of exactly
    the same claims. ``clusters`` are the merged events involving the state, ``reports``
    their reports."""
    spoken_of: dict[str, set[str]] = defaultdict(set)
    spans_of: dict[str, set[Span]] = defaultdict(set)
    for r in reports:
        if r.cluster is not None:
            spans_of[r.cluster].add((r.doc_id, r.start, r.end))
            # What a denial speaks of: the event words in its sentence, as extraction read them.
            spoken_of[r.cluster] |= set(r.spoken_of)
    denials = [
        c for c in clusters
        if (k.categories.is_denial(c.type, c.mode) and side_of(c.actor, k) == state)
        or (c.status == "denied" and denier(c, k) == state)
    ]  # fmt: skip
    answers = {
        d.id: {c.id for c in _denied_claims(state, d, clusters, spans_of, spoken_of, k)}
        for d in denials
    }
    # What a sentence denies, as it tells it (the dispatch kept as denied), says which
    # claims its bare "denied" answers better than the categories it speaks of: those,
    # and the accusation the same sentence answers (A accuses X of it, X denies it).
    copies = [d for d in denials if not k.categories.is_denial(d.type, d.mode)]
    by_id = {c.id: c for c in clusters}
    for d in (d for d in denials if d not in copies):
        kept = [c for c in copies if spans_of[c.id] & spans_of[d.id]]
        if kept:
            # Beside them, the accusation the sentence answers, not a claim of the kind
            # denied told in the same sentence (denied it, but the arms supply is clear).
            kinds = {c.type for c in kept}
            beside = {
                c for c in answers[d.id]
                if spans_of[c] & spans_of[d.id] and by_id[c].type not in kinds
            }  # fmt: skip
            answers[d.id] = beside.union(*(answers[c.id] for c in kept))
    answered: dict[tuple[str, ...], list[MergedEvent]] = {}  # claims → the act's denials
    for act in _acts(sorted(denials, key=lambda c: c.id), answers, spans_of):
        claims = set().union(*(answers[d.id] for d in act)) - {d.id for d in act}
        if claims:
            answered[tuple(sorted(claims))] = act
    found = []
    for claim_ids, denied_by in sorted(answered.items(), key=lambda item: item[0]):
        denial_ids = [d.id for d in denied_by]
        docs = {doc for i in [*denial_ids, *claim_ids] for doc, _, _ in spans_of[i]}
        found.append(
            Finding(
                id="x-" + stable_id("assertion_vs_denial", state, *denial_ids, *claim_ids),
                kind="assertion_vs_denial",
                summary=_denial_summary(state, [by_id[i] for i in claim_ids], k),
                figure_ids=(),
                event_ids=(*denial_ids, *claim_ids),
                doc_ids=tuple(sorted(docs)),
            )
        )
    return found


def _denial_summary(state: str, claims: Sequence[MergedEvent], k: Knowledge) -> str:
    """North Korea denies: AID (weapons) North Korea→Russia (South Korea, United States),
    answering ACCUSE South Korea→North Korea: each act once, with who claims it; the
    charges the denial answers apart from what it denies."""
    told: dict[tuple[bool, str], set[str]] = defaultdict(set)
    for c in claims:
        act = (
            f"{c.type}{f' ({c.mode})' if c.mode else ''} {name_of(c.actor, k)}→"
            f"{name_of(c.target, k)}"
        )
        told[(k.categories.get(c.type).accusation, act)].add(name_of(c.source, k))
    denied = [f"{act} ({', '.join(sorted(by))})" for (charge, act), by in sorted(told.items())
              if not charge]  # fmt: skip
    charges = [act for charge, act in sorted(told) if charge]
    return (
        f"{name_of(state, k)} denies: "
        + "; ".join(denied[:4])
        + (f"; and {len(denied) - 4} more" if len(denied) > 4 else "")
        + (f", answering {'; '.join(charges)}" if charges else "")
    )


def _acts(
    denials: list[MergedEvent],
    answers: Mapping[str, set[str]],
    spans_of: Mapping[str, set[Span]],
) -> list[list[MergedEvent]]:
    """Denials grouped into acts: told in a shared sentence, or denying some of the same
    claims (one finding per thing denied, with every denial of it)."""
    acts: list[list[MergedEvent]] = []
    for denial in denials:
        joined = [
            act for act in acts
            if any(spans_of[denial.id] & spans_of[d.id] or answers[denial.id] & answers[d.id]
                   for d in act)
        ]  # fmt: skip
        merged = [denial, *(d for act in joined for d in act)]
        acts = [act for act in acts if act not in joined] + [sorted(merged, key=lambda c: c.id)]
    return acts


def document_findings(
    doc: DocumentMeta,
    notes: Sequence[StoredNote],
    clusters_at: Mapping[tuple[int, int], set[str]],
) -> list[Finding]:
    """date_inconsistency from the document's own notes (with the merged events told in
    the noted sentence, ``clusters_at`` its span); duplicate_report for a copy."""
    found = [
        Finding(
            id="x-" + stable_id("date_inconsistency", doc.id, note.start, note.summary),
            kind="date_inconsistency",
            summary=note.summary,
            figure_ids=(),
            event_ids=tuple(sorted(clusters_at.get((note.start, note.end), ()))),
            doc_ids=(doc.id,),
            spans=((doc.id, note.start, note.end),),
        )
        for note in notes
        if note.kind == "date_inconsistency"
    ]
    if doc.duplicate_of:
        found.append(
            Finding(
                id="x-" + stable_id("duplicate_report", doc.id, doc.duplicate_of),
                kind="duplicate_report",
                summary=f"{doc.source} repeats {doc.duplicate_of_source}"
                + (f" ({doc.title})" if doc.title else ""),
                figure_ids=(),
                event_ids=(),
                doc_ids=(doc.duplicate_of, doc.id),
            )
        )
    return found
