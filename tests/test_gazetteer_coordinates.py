"""Where the gazetteer's places and capitals are: numbers in range, in their own country
(checked against the Natural Earth outlines the map draws), and every place the map needs
resolves."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import yaml

from kansoku.gazetteer import Gazetteer
from kansoku.web.geo import load_shapes, unwrap

DATA = Path(__file__).parent.parent / "kansoku" / "data" / "gazetteer.yaml"
ENTRIES = yaml.safe_load(DATA.read_text(encoding="utf-8"))["entities"]
# Natural Earth's names where they are not the gazetteer's.
NATURAL_EARTH = {
    "USA": "United States of America",
    "COD": "Dem. Rep. Congo",
    "CAF": "Central African Rep.",
    "BIH": "Bosnia and Herz.",
    "DOM": "Dominican Rep.",
    "GNQ": "Eq. Guinea",
    "SSD": "S. Sudan",
    "CZE": "Czechia",
    "CIV": "Côte d'Ivoire",
    "SWZ": "eSwatini",
    "MKD": "Macedonia",
    "TLS": "Timor-Leste",
    "BRN": "Brunei",
    "LAO": "Laos",
    "MDA": "Moldova",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "SLB": "Solomon Is.",
    "CYM": "Cayman Is.",
    "FLK": "Falkland Is.",
    "VGB": "British Virgin Is.",
    "VIR": "U.S. Virgin Is.",
    "MHL": "Marshall Is.",
    "FRO": "Faeroe Is.",
    "ALA": "Åland",
    "PYF": "Fr. Polynesia",
    "WLF": "Wallis and Futuna Is.",
    "TCA": "Turks and Caicos Is.",
    "MNP": "N. Mariana Is.",
    "KNA": "St. Kitts and Nevis",
    "VCT": "St. Vin. and Gren.",
    "ATG": "Antigua and Barb.",
    "STP": "São Tomé and Principe",
    "SPM": "St. Pierre and Miquelon",
    "PCN": "Pitcairn Is.",
    "COK": "Cook Is.",
    "BLM": "St-Barthélemy",
    "MAF": "St-Martin",
    "SXM": "Sint Maarten",
    "FSM": "Micronesia",
    "ESH": "W. Sahara",
    "SHN": "Saint Helena",
    "VAT": "Vatican",
    "IRN": "Iran",
    "SYR": "Syria",
    "VNM": "Vietnam",
    "BOL": "Bolivia",
    "VEN": "Venezuela",
    "TZA": "Tanzania",
    "RUS": "Russia",
    "PSE": "Palestine",
}
# Natural Earth's 1:50m outline of the Pitcairn Islands is Henderson Island alone.
SMALLER_THAN_THE_OUTLINES = {"PCN"}
# Where a place stands for the map: every one a view of the theatre draws.
MAP_PLACES = [
    "kursk-oblast", "sudzha", "pyongyang", "moscow", "seoul", "tokyo", "beijing", "kyiv",
    "vladivostok", "rajin", "khasan", "tumangang", "vostochny-cosmodrome", "vostochny-port",
    "primorsky-krai", "sea-of-japan", "donetsk-oblast", "kherson-oblast", "crimea",
    "belgorod-oblast", "nakhodka", "wonsan", "sohae", "korean-peninsula",
]  # fmt: skip


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer(yaml.safe_load(DATA.read_text(encoding="utf-8")))


@cache
def bounds() -> dict[str, tuple[float, float, float, float]]:
    """Each Natural Earth country's (west, south, east, north), antimeridian unwrapped."""
    out = {}
    for shape in load_shapes():
        points = [p for polygon in shape.polygons for ring in polygon for p in unwrap(ring)]
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        out[shape.name] = (min(lons), min(lats), max(lons), max(lats))
    return out


def located() -> list[tuple[str, str, str, list[float]]]:
    return [
        (e["id"], e["kind"], field, e[field])
        for e in ENTRIES
        for field in ("coordinates", "capital")
        if field in e
    ]


@pytest.mark.parametrize(("entity", "kind", "field", "point"), located(), ids=lambda v: str(v))
def test_every_coordinate_is_a_lat_lon_pair_in_range(entity, kind, field, point):
    assert kind == {"coordinates": "place", "capital": "country"}[field], entity
    assert isinstance(point, list) and len(point) == 2, entity
    lat, lon = point
    assert all(isinstance(v, int | float) for v in point), entity
    assert -90 <= lat <= 90 and -180 <= lon <= 180, entity


def test_places_and_capitals_lie_in_their_own_country():
    """Against the outlines' bounding boxes, a degree to spare: a swapped lat/lon or a
    digit slip lands elsewhere."""
    checked, wrong = 0, []
    for e in ENTRIES:
        point = e.get("coordinates") or e.get("capital")
        state = e.get("country")
        name = NATURAL_EARTH.get(
            state, next((e2["name_en"] for e2 in ENTRIES if e2["id"] == state), None)
        )
        box = bounds().get(name or "")
        if not point or box is None or e["id"] in SMALLER_THAN_THE_OUTLINES:
            continue
        lat, lon = point
        lon += 360 if lon < box[0] - 1 else 0  # Chukotka's side of the antimeridian
        checked += 1
        if not (box[0] - 1 <= lon <= box[2] + 1 and box[1] - 1 <= lat <= box[3] + 1):
            wrong.append((e["id"], point, name, box))
    assert not wrong
    assert checked > 200


def test_coordinates_of_places_countries_and_the_rest():
    gaz = gazetteer()
    assert gaz.coordinates_of("kursk-oblast") == pytest.approx((51.6, 36.1))
    assert gaz.coordinates_of("PRK") == gaz.coordinates_of("pyongyang")  # the capital
    assert gaz.coordinates_of("kim-jong-un") is None  # a person is not a place
    assert gaz.coordinates_of("national-intelligence-service") is None
    assert gaz.coordinates_of("indo-pacific") is None  # no centre worth drawing
    assert gaz.coordinates_of("no-such-entity") is None
    assert gaz.coordinates_of(None) is None


@pytest.mark.parametrize("place", MAP_PLACES)
def test_the_places_the_map_needs_resolve(place):
    assert gazetteer().entities[place].kind == "place"
    assert gazetteer().coordinates_of(place) is not None


def test_every_state_but_two_has_a_capital():
    missing = {e.id for e in gazetteer().entities.values() if e.kind == "country"} - {
        e["id"] for e in ENTRIES if "capital" in e
    }
    assert missing == {"ESH", "TKL"}  # Western Sahara, Tokelau: documented in the file
