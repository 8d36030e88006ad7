"""Event reports → merged events.

Reports merge when they tell the same occurrence by the same claimant: same category, the
same parties counted as states (Kim Jong Un is North Korea), the same modality
(asserted/reported, possible, planned, denied: a claim and its denial stay two facts),
the same claimant state, dates that agree at their precision (a date taken from the
publication only says "by then"), and the same place, the same item moved and the same
treaty when both give one (shells and missiles sent the same month are two transfers;
weapons and shells may be one: categories.yaml, broader_items; a report naming no item
never joins one that names it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from math import prod

from kansoku.knowledge import Knowledge
from kansoku.reconcile.parties import side_of, stable_id
from kansoku.store.records import EventKey, EventReport, MergedEvent, reading_order

_MODALITY = {"asserted": "claimed", "reported": "claimed"}
_STATUS_ORDER = ("asserted", "reported", "planned", "possible", "denied")


def key_text(key: EventKey) -> str:
    """The text merged-event ids are hashed from: the spelling keys had when ids were first
    made ("AID|troops|PRK|RUS|claimed|None"), so ids stay the same. Never parsed."""
    return "|".join(str(part) for part in key)


def event_key(report: EventReport, k: Knowledge) -> EventKey:
    actor, target = side_of(report.actor, k), side_of(report.target, k)
    if k.categories.symmetric(report.type, report.mode) and target is not None:
        # A summit of Kim and Putin is one event whoever the sentence names first; a visit
        # is not. A missing side sorts first.
        actor, target = sorted((actor, target), key=lambda side: side or "")
    modality = _MODALITY.get(report.status, report.status)
    claimant = side_of(report.source, k) if modality == "claimed" else None
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
            named[k.gazetteer.state_or_self(entity.id)] = entity.id
    return named


def _same_occurrence(a: EventReport, b: EventReport, k: Knowledge) -> bool:
    """Places agree when both give one, and so do what moves (one item, or one taking in
    the other) and the treaty acted on; Kim meeting Belousov is not Kim meeting Putin,
    though both are North Korea meeting Russia."""
    if a.location and b.location and a.location != b.location:
        return False
    if not _items_agree(a, b, k):
        return False
    if a.treaty and b.treaty and a.treaty != b.treaty:
        return False
    people_a, people_b = _people(a, k), _people(b, k)
    return all(people_b.get(state, name) == name for state, name in people_a.items())


def _items_agree(a: EventReport, b: EventReport, k: Knowledge) -> bool:
    """What moves agrees (categories.yaml, broader_items). A report naming nothing does
    not join one that names what it moves: aid named by no item (a pact's promise of help,
    "supports it militarily") shows nothing that makes it that transfer, even on the same
    page, and would lend the transfer its sentence and its teller. A report stored before
    extraction versions were kept may name no item because it was never looked for: it
    may join any."""
    unknown = a.extractor is None or b.extractor is None
    if not unknown and (a.item is None) != (b.item is None):
        return False
    return k.categories.items.agree(a.item, b.item)


def _group_date(group: list[EventReport]) -> str:
    return max((_told_date(r) or "" for r in group), key=len)


def _same_teller(a: EventReport, b: EventReport, k: Knowledge) -> bool:
    """The same claimant, or the same page's own voice. Acts recur (strikes, launches,
    summits, shipments): two pages that each state one themselves, with no date, are not
    thereby telling one occurrence, and the undated one must not take the other's date;
    nor are two pages crediting one teller with a strike or a launch (categories.yaml
    `recurs`: a military reports many). A treaty is signed, ratified and brought into
    force once (`treaty_modes`; the places, parties and treaty named still have to agree)."""
    if a.source != b.source:
        return False
    if a.doc_id == b.doc_id or a.mode in k.categories.treaty_modes:
        return True
    return a.source is not None and not k.categories.get(a.type).recurs


def _within_bound(group: list[EventReport], bound: str, recurs: bool) -> bool:
    """An undated report published by `bound` tells an occurrence dated no later; one of
    an act that recurs, only an occurrence of its publication's month (a launch told
    without a date is the one just reported, not last year's), or one other pages of that
    month tell without a date."""
    told = _group_date(group)
    if not recurs:
        return told[: len(bound)] <= bound
    months = {told[:7]} if told else {
        (r.date_start or "")[:7] for r in group if r.date_basis == "published"
    }  # fmt: skip
    return len(bound) >= 7 and bound[:7] in months


def cluster_events(reports: Sequence[EventReport], k: Knowledge) -> list[list[EventReport]]:
    """Reports of one key grouped into occurrences.

    Reports with a written date go first, most precise first, then in reading order
    (their document's content, their place in it, then what they say), so the grouping
    never depends on the order reports arrived in nor on where their documents were read
    from. A report without one joins, among the occurrences it agrees with, the latest
    one dated no later than its publication (of its publication's month, for acts that
    recur); one with no date at all (nor a publication date) only repeats what its own
    source (or its own page) told: nothing else shows it is the same occurrence.
    """
    told = sorted(
        (r for r in reports if _told_date(r)),
        key=lambda r: (-len(_told_date(r) or ""), reading_order(r)),
    )
    rest = sorted((r for r in reports if not _told_date(r)), key=lambda r: reading_order(r))
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
        # The publication's month, or nothing: a page's earliest possible date is no bound.
        bound = report.date_start if report.date_basis == "published" else None
        recurs = k.categories.get(report.type).recurs
        fitting = [
            g for g in groups
            if all(_same_occurrence(report, other, k) for other in g)
            and (_within_bound(g, bound, recurs) if bound
                 else any(_same_teller(report, other, k) for other in g))
        ]  # fmt: skip
        if fitting:
            max(
                fitting, key=lambda g: (_group_date(g), [reading_order(r) for r in g][::-1])
            ).append(report)
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


def _most_reported(values: Sequence[str | None]) -> str | None:
    """The value most reports give (on a tie the first alphabetically)."""
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


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
        names = [p for p in parties if side_of(p, k) == state]
        return _most_specific(names, k) if names else state

    leading = Counter(side_of(r.actor, k) for r in group)
    lead = max(sorted(leading, key=lambda state: state or ""), key=lambda state: leading[state])
    first, second = (key.side_a, key.side_b) if lead == key.side_a else (key.side_b, key.side_a)
    return side(first), side(second)


def merged_event(key: EventKey, group: list[EventReport], k: Knowledge) -> MergedEvent:
    """One event from the reports of one occurrence: its date from the most precise date
    a text gives, the strongest status, the most specific names and the most told source."""
    told = sorted(
        (r for r in group if _told_date(r)),
        key=lambda r: (-len(r.date_start or ""), reading_order(r)),
    )
    dated = told or sorted((r for r in group if r.date_start), key=lambda r: r.date_start or "")
    first = dated[0] if dated else None
    if k.categories.symmetric(key.category, group[0].mode):
        actor, target = _symmetric_parties(key, group, k)
    else:
        actor = _most_specific([r.actor for r in group], k)
        target = _most_specific([r.target for r in group], k)
    return MergedEvent(
        id="e-" + stable_id(key_text(key), group[0].id),
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
        item=_item(group, k),
        treaty=_most_reported([r.treaty for r in group]),
    )


def _item(group: list[EventReport], k: Knowledge) -> str | None:
    """The narrowest item the reports of an event name (shells over munitions over
    weapons; on a tie the most reported): the reports of one occurrence name items that
    take each other in, and the one that names the shells says what the weapons were. The
    most reported would let a broad word, the one most pages use, swallow the narrower
    items and leave their rows without the sentences that name them."""
    items = [r.item for r in group if r.item]
    narrower = k.categories.items.narrower
    counts = Counter(items)

    def rank(item: str) -> tuple[int, int, str]:
        return (-sum(item in narrower.get(other, ()) for other in counts), -counts[item], item)

    return min(counts, key=rank) if counts else None
