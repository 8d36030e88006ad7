"""A treaty's page shows its life cycle as reported: signed, ratified by each party, in
force, each step dated and sourced (articles the team wrote, one step per language)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kansoku.pipeline import ingest
from kansoku.store import open_store
from kansoku.web.entity import treaty_steps
from kansoku.web.interface import load_interface
from kansoku.web.views import Context

TREATY = "comprehensive-strategic-partnership-treaty"
ARTICLES = [
    {"id": "t1", "language": "en", "published": "2024-06-20", "url": "https://example.com/t1",
     "title": "Treaty signed", "text": "Russia and North Korea signed the Comprehensive "
     "Strategic Partnership Treaty in Pyongyang on June 19, 2024, state media said."},
    {"id": "t2", "language": "ja", "published": "2024-10-25", "url": "https://example.jp/t2",
     "title": "下院が批准", "text": "ロシア下院は24日、北朝鮮との包括的戦略パートナーシップ条約を批准した。"},
    {"id": "t3", "language": "ko", "published": "2024-11-12", "url": "https://example.kr/t3",
     "title": "북한 비준", "text": "조선중앙통신에 따르면 북한은 11일 러시아와의 포괄적 전략적 "
     "동반자 관계 조약을 비준했다."},
    {"id": "t4", "language": "en", "published": "2024-12-05", "url": "https://example.com/t4",
     "title": "In force", "text": "The Comprehensive Strategic Partnership Treaty between "
     "Russia and North Korea entered into force on December 4, the Russian foreign ministry "
     "said."},
]  # fmt: skip


@pytest.fixture(scope="module")
def steps(tmp_path_factory: pytest.TempPathFactory, knowledge) -> list:
    folder: Path = tmp_path_factory.mktemp("treaty")
    source = folder / "treaty.jsonl"
    source.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n")
    s = open_store(str(folder / "t.db"))
    try:
        assert ingest([str(source)], s).ok
        return treaty_steps(s, Context(knowledge, load_interface()), TREATY)
    finally:
        s.close()


def test_the_life_cycle_has_each_step_in_order(steps):
    told = [(s["mode"], s["by"]["id"] if s["by"] else None) for s in steps]
    assert told == [("treaty", None), ("ratify", "PRK"), ("ratify", "RUS"), ("in_force", None)]


def test_each_step_is_dated_and_sourced(steps):
    first = {(s["mode"], (s["by"] or {}).get("id")): s["dates"][0]["date"] for s in steps}
    assert first[("treaty", None)] == "2024-06-19"
    assert first[("ratify", "RUS")] == "2024-10-24"
    assert first[("ratify", "PRK")] == "2024-11-11"
    assert first[("in_force", None)] == "2024-12-04"
    assert all(s["evidence"] and s["evidence"][0]["quote"] for s in steps)
    in_force = next(s for s in steps if s["mode"] == "in_force")
    assert in_force["sources"] == ["Russia"]
