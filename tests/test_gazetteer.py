"""The gazetteer's entries: one entity per thing named, one thing per name.

Two entries for one organisation split its reports between two ids (a series or a
finding never meets the other half); one alias on two entries links the name to
whichever was loaded last, silently."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import yaml

DATA = Path(__file__).parent.parent / "kansoku" / "data" / "gazetteer.yaml"
ENTRIES = yaml.safe_load(DATA.read_text(encoding="utf-8"))["entities"]


def test_no_two_entries_share_an_english_name():
    ids: dict[str, list[str]] = defaultdict(list)
    for entry in ENTRIES:
        ids[entry["name_en"].casefold()].append(entry["id"])
    assert {name: found for name, found in ids.items() if len(found) > 1} == {}


def test_no_alias_names_two_entries():
    ids: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in ENTRIES:
        for language, names in (entry.get("aliases") or {}).items():
            for name in names or []:
                ids[(language, str(name).casefold())].add(entry["id"])
    assert {alias: found for alias, found in ids.items() if len(found) > 1} == {}


def test_an_entity_stands_for_its_state_or_for_itself(knowledge):
    gazetteer = knowledge.gazetteer
    assert gazetteer.state_or_self("PRK") == "PRK"
    assert gazetteer.state_or_self("kim-jong-un") == "PRK"
    assert gazetteer.state_or_self("national-intelligence-service") == "KOR"
    # An entity of no state and an id the gazetteer does not know stand for themselves.
    assert gazetteer.state_or_self("UN") == "UN"
    assert gazetteer.state_or_self("no-such-entity") == "no-such-entity"
    assert gazetteer.state_or_self(None) is None
