"""The exchange ledger, built from articles the team wrote: rows by direction and item,
amounts from the figures that quantify the events, evidence that is in the store."""

from __future__ import annotations

import json

import pytest

from kansoku.ask.flows import best_evidence
from kansoku.ledger import LedgerEvidence, LedgerRow, ledger, row_json
from kansoku.pipeline import ingest
from kansoku.store import open_store
from kansoku.store.records import EntityRef

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


# -- amounts, tellers and the sentence cited ----------------------------------------------

# A later week's reports: a plan beside a sending, containers counted beside shells, a
# headline before the story's own sentence, a pact's promise of help.
TOLD = [
    {"id": "en-2", "language": "en", "published": "2025-03-11", "url": "https://example.com/d",
     "title": "Is North Korea sending more shells to Russia?", "text":
     "Is North Korea sending more shells to Russia?\n"
     "North Korea shipped about 2,500 containers of artillery shells to Russia in February, "
     "South Korea's Joint Chiefs of Staff said on Tuesday. "
     "North Korea has sent at least 2.8 million artillery shells to Russia, packed in some "
     "9,400 containers, the South Korean military said on Friday."},
    {"id": "ja-2", "language": "ja", "published": "2025-03-12", "url": "https://example.jp/e",
     "title": "露朝、相互支援を確認", "text":
     "露朝、相互支援を確認\n"
     "ロシアのラブロフ外相と北朝鮮の崔善姫外相は11日、モスクワで会談し、どちらかが攻撃を"
     "受けた場合には相互に支援する方針を改めて確認した。"
     "韓国国防省によると、北朝鮮は2月、ロシアに兵士約3000人を追加で派遣した。"
     "北朝鮮は来月、さらに兵士2000人を派遣する計画だという。"},
    {"id": "ko-2", "language": "ko", "published": "2025-03-13", "url": "https://example.kr/f",
     "title": "러시아, 북한에 방공 체계 지원", "text":
     "러시아, 북한에 방공 체계 지원\n"
     "국가정보원은 러시아가 북한에 정제유 100만 배럴을 보냈다고 13일 밝혔다. "
     "국정원은 러시아가 지난달 북한에 방공 체계를 지원했다고 설명했다."},
]  # fmt: skip


@pytest.fixture(scope="module")
def told_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("told")
    source = folder / "told.jsonl"
    source.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in TOLD) + "\n")
    db = str(folder / "told.db")
    s = open_store(db)
    assert ingest([str(source)], s).ok
    s.close()
    return db


@pytest.fixture(scope="module")
def told_rows(told_db: str, knowledge) -> dict:
    return {(r["from"]["id"], r["item"]): r for r in map(row_json, ledger_rows(told_db, knowledge))}


def test_a_plan_is_listed_but_is_no_latest_amount_nor_in_the_range(told_rows):
    troops = told_rows[("PRK", "troops")]
    assert {(a["value"], a["status"]) for a in troops["amounts"]} == {
        (3000, "reported"), (2000, "planned")}  # fmt: skip
    assert troops["latest"].startswith("約3000人")
    assert troops["range"] == {"min": 3000, "max": 3000, "unit": "persons"}


def test_a_row_counts_only_its_item(told_rows):
    # The containers the shells were packed in are no number of shells.
    assert [a["value"] for a in told_rows[("PRK", "shells")]["amounts"]] == [2_800_000]
    assert [a["value"] for a in told_rows[("PRK", "containers")]["amounts"]] == [2500]


def test_each_sentence_says_who_told_it(told_rows):
    for row in told_rows.values():
        assert {e["source"] for e in row["evidence"]} == set(row["sources"])
    oil = told_rows[("RUS", "oil")]["evidence"]
    assert [e["source"] for e in oil] == ["National Intelligence Service"]


def test_a_promise_of_mutual_help_is_no_flow(told_rows):
    quotes = [e["quote"] for row in told_rows.values() for e in row["evidence"]]
    assert not any("相互" in q for q in quotes)


def test_ask_cites_the_story_s_sentence_not_its_headline(told_db, knowledge):
    from kansoku.ask import ask

    s = open_store(told_db)
    try:
        answer = ask(s, "What has Russia given North Korea?", knowledge)
    finally:
        s.close()
    air = next(line for line in answer.lines if "air_defence" in line.event)
    assert air.quote.startswith("국정원은")


def test_the_cited_sentence_is_told_as_done_dated_and_no_question():
    def said(quote: str, status: str, date: str | None, headline: bool = False):
        return LedgerEvidence("e-1", "d-1", 0, len(quote), quote, status, "2025-01-09",
                              "Yonhap", date, headline)  # fmt: skip

    state = EntityRef("PRK", "North Korea", "country", "PRK", None)
    row = LedgerRow(state, state, "troops")
    row.evidence = [
        said("Did Pyongyang send more troops?", "reported", None, headline=True),
        said("Moscow denied that any troops had come.", "denied", "2025-01"),
        said("More troops may follow.", "possible", "2025-01"),
        said("Troops were sent, officials said.", "reported", None),
        said("Troops were sent in December, officials said.", "reported", "2024-12"),
    ]
    assert best_evidence(row) == row.evidence[-1]
    assert best_evidence(LedgerRow(state, state, "oil")) is None
