"""The exchange ledger, built from articles the team wrote: rows by direction and item,
amounts from the figures that quantify the events, evidence that is in the store."""

from __future__ import annotations

import json

import pytest

from kansoku.ledger import ledger, row_json
from kansoku.pipeline import ingest
from kansoku.store import open_store

# Three short reports, one per language, telling flows both ways.
ARTICLES = [
    {"id": "ja-1", "language": "ja", "published": "2024-11-05", "url": "https://example.jp/a",
     "title": "北朝鮮、ロシアに砲弾", "text":
     "韓国の国家情報院は4日、北朝鮮がロシアに砲弾約900万発を送ったと明らかにした。"
     "国家情報院によると、ロシアは見返りとして北朝鮮に石油を供給している。"},
    {"id": "en-1", "language": "en", "published": "2024-11-06", "url": "https://example.com/b",
     "title": "Troops for oil", "text":
     "North Korea has sent about 11,000 troops to Russia, Ukraine's defence intelligence said "
     "on Tuesday. Russia has supplied North Korea with air defence systems, a South Korean "
     "official said."},
    {"id": "ko-1", "language": "ko", "published": "2024-11-07", "url": "https://example.kr/c",
     "title": "북한, 러시아에 미사일", "text":
     "국가정보원은 북한이 러시아에 탄도미사일을 보냈다고 7일 밝혔다."},
]  # fmt: skip


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("ledger")
    source = folder / "articles.jsonl"
    source.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n")
    db = str(folder / "ledger.db")
    s = open_store(db)
    assert ingest([str(source)], s).ok
    s.close()
    return db


@pytest.fixture(scope="module")
def rows(ledger_db: str, knowledge) -> list:
    s = open_store(ledger_db)
    try:
        return ledger(s, knowledge)
    finally:
        s.close()


def _flows(rows) -> set[tuple[str, str, str]]:
    return {(r.giver.id, r.receiver.id, r.item) for r in rows}


def test_rows_go_the_way_the_texts_say(rows):
    flows = _flows(rows)
    assert {("PRK", "RUS", "shells"), ("PRK", "RUS", "troops"), ("RUS", "PRK", "oil")} <= flows
    assert ("RUS", "PRK", "shells") not in flows and ("PRK", "RUS", "oil") not in flows


def test_rows_join_the_languages_and_keep_their_amounts(rows):
    troops = next(r for r in rows if r.item == "troops" and r.giver.id == "PRK")
    assert [a.value for a in troops.amounts] == [11000]
    shells = next(r for r in rows if r.item == "shells")
    assert shells.amounts and shells.amounts[0].value == 9_000_000


def test_every_row_has_a_source_and_evidence_in_the_store(rows, ledger_db):
    s = open_store(ledger_db)
    try:
        for row in rows:
            assert row.sources, row.item
            for ev in row.evidence:
                doc = s.document(ev.doc_id)
                assert doc is not None and doc.text[ev.start : ev.end] == ev.quote
                assert s.event(ev.event_id) is not None
    finally:
        s.close()


def test_json_has_the_issue_s_keys(rows):
    obj = row_json(rows[0])
    for key in ("from", "to", "item", "amounts", "first_reported", "last_reported",
                "sources", "statuses", "evidence"):  # fmt: skip
        assert key in obj
    assert set(obj["evidence"][0]) >= {"event_id", "doc_id", "start", "end", "quote"}


def test_a_pair_with_no_flows_has_no_rows(ledger_db, knowledge):
    s = open_store(ledger_db)
    try:
        assert ledger(s, knowledge, ("USA", "JPN")) == []
    finally:
        s.close()


@pytest.mark.parametrize(
    ("question", "giver"),
    [
        ("What has Russia given North Korea?", "RUS"),
        ("What did North Korea receive from Russia?", "RUS"),
        ("What has North Korea sent to Russia?", "PRK"),
        ("ロシアは北朝鮮に何を送った？", "RUS"),
        ("北朝鮮はロシアから何を受け取った？", "RUS"),
        ("러시아는 북한에 무엇을 주었나?", "RUS"),
        ("북한은 러시아에 무엇을 보냈나?", "PRK"),
    ],
)
def test_ask_answers_flow_questions_from_the_ledger(ledger_db, knowledge, question, giver):
    from kansoku.ask import ask

    s = open_store(ledger_db)
    try:
        answer = ask(s, question, knowledge)
    finally:
        s.close()
    assert answer.answered, answer.reason
    expected = {r.item for r in ledger_rows(ledger_db, knowledge) if r.giver.id == giver}
    told = {line.event.split(": ", 1)[1].split(" [")[0] for line in answer.lines}
    assert told == expected
    assert all(line.quote for line in answer.lines)


def ledger_rows(db: str, knowledge) -> list:
    s = open_store(db)
    try:
        return ledger(s, knowledge)
    finally:
        s.close()
