"""Claims credited to an unnamed teller (experts, the press, sources, officials) get a
generic source, not null: the text does not assert them itself. An official of a state or
body named in the teller's own phrase speaks for it; experts, the press and sources of a
state do not; a named teller always wins, and a generic teller is never an actor or a
target. Every sentence was written for these tests; names, numbers and dates are made up."""

from __future__ import annotations

import pytest
from conftest import state_of

from kansoku.model import Document, Event

GENERIC = {"experts", "media", "unnamed-sources", "unnamed-officials"}


def on(doc: Document, trigger: str) -> Event:
    found = [e for e in doc.events if trigger in e.trigger]
    assert found, f"no event on {trigger} in {doc.text!r}; events: {doc.events}"
    return found[0]


# ------------------------------------------------------------ generic tellers by their noun


@pytest.mark.parametrize(
    ("text", "trigger", "source", "status"),
    [
        (
            "安全保障の専門家は、北朝鮮がロシアに多連装ロケット砲を供給したと指摘している。",
            "供給",
            "experts",
            "reported",
        ),
        (
            "防衛アナリストは、ロシアが北朝鮮に潜水艦の建造技術を提供した可能性があるとみている。",
            "提供",
            "experts",
            "possible",
        ),
        (
            "専門家の間では、北朝鮮が年内にロシアへ追加の工兵を派遣するとの見方が出ている。",
            "派遣",
            "experts",
            "reported",
        ),
        (
            "複数の現地メディアが、北朝鮮の労働者数百人がウラジオストクに到着したと報じた。",
            "到着",
            "media",
            "reported",
        ),
        (
            "現地メディアによると、北朝鮮はロシアに自走砲およそ40門を引き渡した。",
            "引き渡",
            "media",
            "reported",
        ),
        (
            "事情に詳しい関係者によると、北朝鮮は先月、ロシアに短距離弾道ミサイルを送った。",
            "送っ",
            "unnamed-sources",
            "reported",
        ),
        (
            "北朝鮮がロシアに軍の技術者200人を派遣したと、複数の消息筋が明らかにした。",
            "派遣",
            "unnamed-sources",
            "reported",
        ),
    ],
    ids=["expert-points-out", "analyst-hedged", "view-among-experts", "several-media",
         "local-media-marker", "insider-marker", "sources-after-the-claim"],
)  # fmt: skip
def test_an_unnamed_teller_is_credited_by_its_noun(facts, text, trigger, source, status):
    event = on(facts(text, "2025-04-08"), trigger)
    assert (event.source, event.status) == (source, status)


def test_a_view_put_forward_by_no_one_named_is_an_unnamed_sources(facts):
    doc = facts(
        "ロシアが北朝鮮に偵察衛星の打ち上げ技術を提供した可能性があるという見方が出ています。",
        "2025-05-14",
    )
    event = on(doc, "提供")
    assert (event.source, event.status) == ("unnamed-sources", "possible")


def test_a_count_told_by_unnamed_sources_is_theirs(facts):
    doc = facts(
        "北朝鮮がロシアに建設労働者1500人を送ったと、外交筋が12日、明らかにした。", "2025-06-13"
    )
    assert {f.source for f in doc.figures if f.value == 1500} == {"unnamed-sources"}


# ------------------------------------------------------- a state that owns the teller speaks


@pytest.mark.parametrize(
    ("text", "trigger", "state"),
    [
        ("米当局者は、ロシアが北朝鮮に防空システムを引き渡したと語った。", "引き渡", "USA"),
        ("韓国政府筋によると、北朝鮮はロシアに砲弾数十万発を追加で送った。", "送っ", "KOR"),
        ("北朝鮮の国営メディアは、ロシアの軍事代表団が元山を訪れたと伝えた。", "訪れ", "PRK"),
    ],
    ids=["us-officials", "rok-government-sources", "state-run-press"],
)
def test_an_official_of_a_state_named_in_the_phrase_speaks_for_it(facts, text, trigger, state):
    assert state_of(on(facts(text, "2025-03-02"), trigger).source) == state


# ----------------------------------------------------------------------------- guards


def test_a_states_press_is_the_press_not_the_state(facts):
    doc = facts(
        "北朝鮮が工兵およそ800人をロシアに送ることを決めたと、ロシアのメディアが9日、明らかに"
        "した。",
        "2025-07-10",
    )
    assert on(doc, "送る").source == "media"


def test_a_source_on_a_state_is_not_that_state(facts):
    doc = facts("北朝鮮の消息筋によると、ロシアの技術者団が先週、咸興に入った。", "2025-08-18")
    assert {e.source for e in doc.events} <= {"unnamed-sources"}
    assert all(e.actor not in GENERIC and e.target not in GENERIC for e in doc.events)


def test_bare_government_sources_are_not_the_actors_state(facts):
    doc = facts(
        "北朝鮮がロシアに弾薬を積んだ貨物船を出航させたと、別の政府筋が明らかにした。",
        "2025-09-03",
    )
    assert all(e.source != "PRK" and e.source != "RUS" for e in doc.events), doc.events


def test_a_named_teller_wins_over_an_unnamed_one(facts):
    doc = facts(
        "韓国国防省は、消息筋の情報として、北朝鮮がロシアに自爆型ドローンを送ったと明らかにした。",
        "2025-10-21",
    )
    assert on(doc, "送っ").source == "rok-ministry-of-national-defense"


def test_an_outlet_citing_sources_stays_the_outlets(facts):
    doc = facts(
        "英紙タイムズは、政府関係者の話として、ロシアが北朝鮮に戦闘機を引き渡したと報じた。",
        "2025-11-05",
    )
    assert on(doc, "引き渡").source not in GENERIC


def test_a_bare_official_still_continues_the_one_named_before(facts):
    doc = facts(
        "韓国外務省の当局者は、北朝鮮がロシアに医療要員を派遣したと述べた。"
        "当局者によると、北朝鮮は看護師も送っている。",
        "2025-02-26",
    )
    assert state_of(on(doc, "送っ").source) == "KOR"


def test_an_expert_who_is_an_actor_is_not_a_teller(facts):
    doc = facts("北朝鮮の核専門家が先月、ロシアを訪れた可能性がある。", "2025-03-30")
    visit = on(doc, "訪れ")
    assert visit.source is None
    assert visit.actor not in GENERIC


def test_a_fact_the_text_states_gets_no_teller(facts):
    doc = facts(
        "北朝鮮は今月、ロシアに砲弾を送った。専門家は、両国の協力は当面続くとみている。",
        "2025-04-28",
    )
    sent = on(doc, "送っ")
    assert (sent.source, sent.status) == (None, "asserted")


def test_generic_tellers_are_never_actors_or_targets(facts):
    doc = facts(
        "複数のメディアによると、専門家や関係者を乗せたロシアの輸送機が平壌に到着した。"
        "軍事アナリストは、ロシアが北朝鮮に電子戦の装備を提供したと分析している。",
        "2025-12-01",
    )
    assert doc.events
    assert all(e.actor not in GENERIC and e.target not in GENERIC for e in doc.events)
    assert on(doc, "提供").source == "experts"


def test_a_credit_line_of_unnamed_sources_credits_the_sentence_before(facts):
    doc = facts(
        "北朝鮮は今月中旬、ロシア極東の港に砲弾を積んだ貨物船を送った。複数の外交筋が明らかにした。",
        "2025-06-27",
    )
    sent = on(doc, "送っ")
    assert (sent.source, sent.status) == ("unnamed-sources", "reported")


def test_a_point_raised_by_scholars_is_the_experts(facts):
    doc = facts(
        "識者からは、ロシアが北朝鮮に無人機の製造技術を提供しているとの指摘が出ている。",
        "2025-09-16",
    )
    assert on(doc, "提供").source == "experts"


def test_a_states_military_intelligence_sources_speak_for_it(facts):
    doc = facts(
        "ウクライナの軍事情報筋によると、北朝鮮の砲兵部隊がザポリージャ州の前線に到着した。",
        "2025-10-02",
    )
    assert {state_of(e.source) for e in doc.events} == {"UKR"}


def test_informed_sources_on_a_state_are_not_it(facts):
    doc = facts("北朝鮮の情報筋によると、ロシアの軍事顧問団が先週、清津に到着した。", "2025-10-09")
    assert doc.events
    assert {e.source for e in doc.events} == {"unnamed-sources"}
