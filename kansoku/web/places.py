"""The map view: events placed where the text says they happened.

An event is placed at its location's coordinates (gazetteer places, or a capital when
the location is a country); an event whose text names no place is counted as unplaced,
never put on a made-up spot. Marks are grouped by place, category and date, sized by
their reports."""

from __future__ import annotations

from kansoku.export import JSON
from kansoku.facts import events_by_page
from kansoku.store import StoreReader
from kansoku.store.records import EventFilter
from kansoku.web.views import Context, coverage, names, with_params


def map_view(store: StoreReader, ctx: Context, since: str | None, until: str | None) -> JSON:
    gaz = ctx.knowledge.gazetteer
    groups: dict[tuple[str, str, str | None], JSON] = {}
    unplaced = 0
    window = EventFilter(since=since, until=until)
    for event in events_by_page(store, window):
        place = event.location
        point = gaz.coordinates_of(place.id) if place else None
        if place is None or point is None:
            unplaced += 1
            continue
        key = (place.id, event.type, event.date.start)
        mark = groups.get(key)
        if mark is None:
            mark = groups[key] = {
                "place": place.id, "names": names(ctx, place), "lat": point[0], "lon": point[1],
                # a country named as the place is drawn at its capital, and says so
                "country_level": place.kind == "country",
                "category": event.type, "date": event.date.start, "events": [], "reports": 0,
            }  # fmt: skip
        mark["events"].append(event.id)
        mark["reports"] += len(event.evidence)
    dates = sorted({m["date"][:7] for m in groups.values() if m["date"]})
    by_place: dict[str, JSON] = {}
    for mark in groups.values():
        mark["href"] = _events_link(mark)
        entry = by_place.setdefault(mark["place"], {"id": mark["place"], "names": mark["names"],
                                                    "reports": 0})  # fmt: skip
        entry["reports"] += mark["reports"]
    return {
        "view": "map",
        "filters": {"since": since, "until": until},
        "marks": sorted(groups.values(), key=lambda m: (m["date"] or "", m["place"])),
        "months": dates,
        "unplaced": unplaced,
        "places": sorted(by_place.values(), key=lambda p: -p["reports"]),
        "coverage": coverage(store.stats()),
    }


def _events_link(mark: JSON) -> str:
    """The mark's one event, or the timeline of its category around its date."""
    if len(mark["events"]) == 1:
        return f"/events/{mark['events'][0]}"
    day = mark["date"]
    return with_params("/timeline", category=mark["category"], since=day, until=day)
