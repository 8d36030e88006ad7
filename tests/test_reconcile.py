"""Reconciliation on articles written for these tests: merging, series, findings, and
incremental updates that equal a rebuild."""

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import kansoku
from kansoku.export import export
from kansoku.extract import EXTRACTOR_VERSION
from kansoku.facts import finding_facts
from kansoku.knowledge import default_knowledge
from kansoku.pipeline import ingest
from kansoku.reconcile import cluster_events, event_key, merged_event, reconcile
from kansoku.store import open_store
from kansoku.store.records import EventKey, EventReport

SIGNING = [
    "ロシアのプーチン大統領と北朝鮮の金正恩総書記は2024年6月19日、平壌で包括的戦略パートナーシップ条約に署名した。",
    "金正恩総書記とプーチン大統領が19日、平壌で条約に署名した。両首脳は協力の拡大を確認した。",
    "北朝鮮とロシアは6月19日、包括的戦略パートナーシップ条約に署名した。",
]
TROOPS_NIS = "北朝鮮が特殊部隊派遣 2024年10月18日 10:00\n韓国の国家情報院は18日、北朝鮮がロシアに特殊部隊約1500人を派遣したと明らかにした。"
TROOPS_US = "北朝鮮兵1万人 2024年11月05日 07:30\n米国防総省は4日、北朝鮮兵約1万人がロシアに派遣されたと発表した。北朝鮮がロシアに兵士を派遣したという。"
DENIAL = (
    "ロシアが否定 2024年11月06日 09:00\nロシア大統領府の報道官は5日、北朝鮮兵の派遣を否定した。"
)


def write(folder: Path, texts: dict[str, str]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(str(folder / name))
    return paths


@pytest.fixture
def filled(tmp_path, store):
    paths = write(tmp_path / "in", {
        "a.txt": SIGNING[0], "b.txt": SIGNING[1], "c.txt": SIGNING[2],
        "nis.txt": TROOPS_NIS, "us.txt": TROOPS_US, "deny.txt": DENIAL,
    })  # fmt: skip
    for path in paths:  # one article at a time: every step is an incremental update
        ingest([path], store)
    return store


def sources_of(event, store) -> set[str]:
    names = {d.id: Path(d.source).name for d in store.documents()}
    return {names[e.doc_id] for e in event.evidence}


def test_one_signing_told_by_three_articles_is_one_event(filled):
    signings = [e for e in filled.events() if e.type == "AGREE"]
    assert len(signings) == 1
    assert sources_of(signings[0], filled) == {"a.txt", "b.txt", "c.txt"}
    assert signings[0].date.start == "2024-06-19"
    # Kim and Putin are North Korea and Russia: the person is kept, the state matched.
    assert {signings[0].actor.country, signings[0].target.country} == {"PRK", "RUS"}


def test_a_claim_and_its_denial_stay_two_facts_linked_by_a_finding(filled):
    events = list(filled.events())
    claims = [e for e in events if e.type == "AID" and e.status in ("asserted", "reported")]
    denial = next(e for e in events if e.type == "REJECT")
    assert claims and denial.actor.country == "RUS"
    [finding] = list(filled.findings(kind="assertion_vs_denial"))
    assert denial.id in finding.event_ids
    assert set(finding.event_ids) & {c.id for c in claims}
    assert "Russia denies" in finding.summary


def test_troop_numbers_form_one_series_by_date_and_source(filled):
    [series] = list(filled.findings(kind="figure_series"))
    figures = {f.id: f for f in filled.figures()}
    points = [figures[i] for i in series.figure_ids]
    assert [p.value for p in points] == [1500, 10000]  # ordered by as_of
    assert "National Intelligence Service" in series.summary
    assert series.summary.index("1,500") < series.summary.index("10,000")


def test_counts_from_one_month_that_cannot_both_hold_conflict(tmp_path, store):
    ingest(write(tmp_path, {
        "kor.txt": "被害の推計 2024年12月23日 09:00\n韓国国防省は20日、ロシアで戦う北朝鮮兵の死者は約100人に上ると明らかにした。",
        "ukr.txt": "被害の推計 2024年12月23日 10:00\nウクライナ軍は21日、ロシアで戦う北朝鮮兵の死者は少なくとも1000人に達したと発表した。",
        "more.txt": "被害の推計 2024年12月23日 11:00\n米国防総省は22日、ロシアで戦う北朝鮮兵の死者は約1000人にのぼると発表した。",
    }), store)  # fmt: skip
    conflicts = list(store.findings(kind="conflicting_figures"))
    figures = {f.id: f for f in store.figures()}
    pairs = [sorted(figures[i].value for i in c.figure_ids) for c in conflicts]
    # ~100 contradicts ≥1,000 and ~1,000; "at least 1,000" and "about 1,000" agree.
    assert sorted(pairs) == [[100, 1000], [100, 1000]]
    assert all("cannot both hold" in c.summary for c in conflicts)


def test_a_year_that_contradicts_an_anniversary_is_a_date_inconsistency(tmp_path, store):
    ingest(
        write(
            tmp_path,
            {
                "p.txt": "2023年5月9日、モスクワでは戦勝80周年の軍事パレードが開かれ、北朝鮮軍の部隊が行進した。"
            },
        ),
        store,
    )
    [finding] = list(store.findings(kind="date_inconsistency"))
    assert "2025" in finding.summary and "2023" in finding.summary
    # It carries the sentence whose dates clash.
    [sentence] = [f for f in finding_facts(store, finding) if f.fact == "sentence"]
    assert sentence.evidence[0].quote.startswith("2023年5月9日、モスクワでは戦勝80周年")


def _series(store) -> list[list[tuple[float, str | None]]]:
    """Each figure series as (value, measure) pairs."""
    figures = {f.id: f for f in store.figures()}
    return [
        [(figures[i].value, figures[i].measure) for i in s.figure_ids]
        for s in store.findings(kind="figure_series")
    ]


def test_deployed_and_killed_are_two_series_and_one_statements_parts_none(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "北朝鮮兵の損失 2025年01月10日 09:00\n韓国の情報機関は9日、ロシアに派遣された北朝鮮兵約1万人のうち、約200人が死亡し、約1500人が負傷したと明らかにした。",
        "b.txt": "北朝鮮兵の損失 2025年02月12日 09:00\n英国防省は11日、ロシアで戦う北朝鮮兵のうち、約500人が死亡したと発表した。",
    }), store)  # fmt: skip
    series = _series(store)
    # The dead join across texts; the wounded and the deployed, told once each, are no series.
    assert series == [[(200, "killed"), (500, "killed")]]


def test_a_count_told_in_the_lead_and_again_in_the_body_is_one_report(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "コンテナ輸送 2024年09月02日 09:00\n米シンクタンクは1日、北朝鮮からロシアに約3000個のコンテナが送られたと発表した。同シンクタンクによると、北朝鮮はロシアに約3000個のコンテナを送った。",
        "b.txt": "コンテナ輸送 2024年12月02日 09:00\n韓国国防省は1日、北朝鮮がロシアにコンテナ約7000個を送ったと明らかにした。",
    }), store)  # fmt: skip
    assert _series(store) == [[(3000, None), (7000, None)]]


def test_what_goes_to_russia_and_what_goes_to_north_korea_stay_apart(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "物資の往来 2024年09月02日 09:00\n韓国政府は1日、北朝鮮がロシアにコンテナ約3000個を送ったと明らかにした。",
        "b.txt": "物資の往来 2024年10月02日 09:00\n米政府は1日、ロシアが北朝鮮にコンテナ約500個を送ったと発表した。",
    }), store)  # fmt: skip
    assert _series(store) == []


def test_ships_that_made_the_voyages_describe_them_and_are_no_series(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "船舶の往来 2024年09月02日 09:00\n英研究所は1日、ロシアの貨物船3隻が北朝鮮との間を少なくとも8回往復したと明らかにした。",
        "b.txt": "船舶の往来 2025年03月02日 09:00\n米研究機関は1日、ロシアの貨物船5隻が北朝鮮との間を40回往復したと発表した。",
    }), store)  # fmt: skip
    figures = {f.id: f for f in store.figures()}
    [voyages] = list(store.findings(kind="figure_series"))
    assert {figures[i].kind for i in voyages.figure_ids} == {"voyages"}
    assert sorted(f.kind for f in figures.values()) == ["ships", "ships", "voyages", "voyages"]


def test_troops_sent_to_a_front_are_apart_from_those_sent_to_the_country(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "派兵の規模 2024年11月02日 09:00\n米政府は1日、北朝鮮がロシアに兵士約1万人を派遣したと発表した。",
        "b.txt": "派兵の規模 2024年12月02日 09:00\n韓国政府は1日、北朝鮮が兵士約1万2000人を派遣したと明らかにした。ロシアは派兵について何も語っていない。",
        "c.txt": "前線の兵士 2024年11月20日 09:00\n米国防総省は19日、北朝鮮兵約3000人がクルスク州に移動したと明らかにした。",
        "d.txt": "前線の兵士 2024年12月20日 09:00\nウクライナ軍は19日、北朝鮮兵約5000人がクルスク州に展開していると発表した。",
        "e.txt": "前線の兵士 2024年12月22日 09:00\n米国防総省は21日、北朝鮮兵約2000人がクルスク州に向かっていると明らかにした。",
        "f.txt": "前線の兵士 2024年12月23日 09:00\n韓国軍は22日、北朝鮮兵約2500人がクルスク州に向かっているとみている。",
    }), store)  # fmt: skip
    figures = {f.id: f for f in store.figures()}
    found = {
        s.summary.split(":")[0]: sorted(figures[i].value for i in s.figure_ids)
        for s in store.findings(kind="figure_series")
    }
    # The count that names no destination joins the country's; those on their way to the
    # front (向かっている) are a quantity of their own.
    assert found == {
        "North Korea troops to Russia": [10000, 12000],
        "North Korea troops to Kursk Oblast": [3000, 5000],
        "North Korea troops (en_route) to Kursk Oblast": [2000, 2500],
    }


def test_a_denial_answers_the_claims_it_denies_and_nothing_else(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "派兵疑惑 2024年11月02日 09:00\n米政府は1日、北朝鮮がロシアに兵士を派遣したと発表した。米政府は、イランがロシアに無人機を供与したとも指摘した。",
        "b.txt": "ロシアが否定 2024年11月04日 09:00\nロシア大統領府の報道官は3日、北朝鮮兵の派遣を否定した。",
        "c.txt": "イランが否定 2024年11月05日 09:00\nイラン外務省は4日、ロシアへの無人機の供与を否定した。ロシアは北朝鮮とも軍事協力を深めている。",
    }), store)  # fmt: skip
    events = {e.id: e for e in store.events()}
    denied = {
        f.summary.split(":")[0]: {
            (events[i].actor.country, events[i].target.country)
            for i in f.event_ids if events[i].type == "AID" and events[i].status != "denied"
        }
        for f in store.findings(kind="assertion_vs_denial")
    }  # fmt: skip
    # Russia's denial of the troops does not answer Iran's drones, nor Iran's the troops
    # (findings come from texts about the partnership: each names both its parties).
    assert denied == {"Russia denies": {("PRK", "RUS")}, "Iran denies": {("IRN", "RUS")}}


def test_a_syndicated_copy_is_a_duplicate_report(store, samples):
    ingest([str(samples)], store)
    [finding] = list(store.findings(kind="duplicate_report"))
    names = {d.id: Path(d.source).name for d in store.documents()}
    assert [names[i] for i in finding.doc_ids] == [
        "ja_news_article.html",
        "ja_news_article_syndicated.txt",
    ]


def _snapshot(store) -> tuple:
    return (
        sorted((e.id, e.type, len(e.evidence), e.date.start, e.confidence) for e in store.events()),
        sorted((f.id, f.summary, f.event_ids, f.figure_ids) for f in store.findings()),
    )


def test_incremental_updates_equal_a_rebuild_and_a_single_batch(tmp_path, filled, samples):
    ingest([str(samples)], filled)  # more articles on top of the six, incrementally
    incremental = _snapshot(filled)
    reconcile(filled, default_knowledge())  # rebuild everything from the stored reports
    assert _snapshot(filled) == incremental
    batch = open_store(str(tmp_path / "batch.db"))
    ingest([str(tmp_path / "in"), str(samples)], batch)
    assert _snapshot(batch) == incremental
    batch.close()
    assert incremental[0] and incremental[1]


def _report(i: str, actor: str, target: str, date: str | None, doc: str) -> EventReport:
    return EventReport(
        id=i, doc_id=doc, type="CONSULT", mode="meeting", actor=actor, target=target,
        location=None, date_start=date, date_end=None, date_basis="text" if date else None,
        status="asserted", source=None, confidence=0.5, start=0, end=10,
    )  # fmt: skip


def test_reports_merge_across_languages_by_entity_not_by_wording():
    k = default_knowledge()
    # A Japanese and an English report of the same meeting, and a Korean report of
    # Kim meeting a different Russian: the grouping sees only ids and dates.
    ja = _report("r1", "kim-jong-un", "andrei-belousov", "2024-11-29", "d-ja")
    en = _report("r2", "RUS", "PRK", "2024-11", "d-en")
    ko = _report("r3", "kim-jong-un", "sergei-shoigu", "2024-11-29", "d-ko")
    assert event_key(ja, k) == event_key(en, k) == event_key(ko, k)
    # A meeting is symmetric: the sides are states, in a fixed order, typed (no "None").
    assert event_key(ja, k) == EventKey("CONSULT", "meeting", "PRK", "RUS", "claimed", None)
    groups = cluster_events([ko, en, ja], k)
    # Day-dated reports first, in reading order (here: by id, no document content being
    # given); the month-dated English one joins the first it fits.
    assert [[r.id for r in g] for g in groups] == [["r1", "r2"], ["r3"]]
    assert cluster_events([ja, en, ko], k) == cluster_events([ko, ja, en], k)


def test_merging_follows_the_documents_content_not_where_they_were_read_from():
    k = default_knowledge()

    # Ids hash the path a document was read from: the same three articles read from
    # another folder carry other ids, in another order. The month-dated report fits both
    # day-dated meetings and must join the same one either way.
    def read_from(ids: tuple[str, str, str]) -> list[list[tuple[str, str]]]:
        told = [("kim-jong-un", "andrei-belousov", "2024-11-29", "c-first"),
                ("RUS", "PRK", "2024-11", "c-second"),
                ("kim-jong-un", "sergei-shoigu", "2024-11-29", "c-third")]  # fmt: skip
        reports = [
            replace(_report(i, actor, target, date, "d-" + i), doc_sha256=content)
            for i, (actor, target, date, content) in zip(ids, told, strict=True)
        ]
        return [[(r.doc_sha256, r.date_start or "") for r in g] for g in cluster_events(reports, k)]

    one_folder, another = read_from(("r1", "r2", "r3")), read_from(("r9", "r5", "r2"))
    assert one_folder == another
    assert one_folder[0] == [("c-first", "2024-11-29"), ("c-second", "2024-11")]


_IDS = re.compile(r"\b[a-z]-[0-9a-f]{16}\b")


def _without_ids(value: object) -> object:
    """A fact with its ids blanked and its lists in a fixed order: ids hash the path a
    document was read from (the one thing that differs) and order evidence by id."""
    if isinstance(value, dict):
        return {key: _without_ids(v) for key, v in value.items()}
    if isinstance(value, list):
        return sorted((_without_ids(v) for v in value), key=json.dumps)
    return _IDS.sub("ID", value) if isinstance(value, str) else value


def _export_without_ids(corpus: Path, db: Path, out: Path) -> dict[str, object]:
    store = open_store(str(db))
    try:
        assert ingest([str(corpus)], store).ok
        export(store, out)
    finally:
        store.close()
    exported = {}
    for name in ("events", "figures", "findings"):
        # A duplicate's summary names the files: the folder is said once, as CORPUS.
        lines = (out / f"{name}.jsonl").read_text().replace(str(corpus), "CORPUS").splitlines()
        exported[name] = _without_ids([json.loads(line) for line in lines])
    return exported


def test_the_same_articles_read_from_two_folders_give_the_same_record(tmp_path):
    samples = Path(kansoku.__file__).parent / "data" / "samples"
    here, there = tmp_path / "here", tmp_path / "elsewhere" / "copy"
    shutil.copytree(samples, here)
    shutil.copytree(samples, there)
    first = _export_without_ids(here, tmp_path / "a.db", tmp_path / "a")
    second = _export_without_ids(there, tmp_path / "b.db", tmp_path / "b")
    assert first["events"] and first == second


def test_a_report_with_no_date_at_all_joins_only_its_own_sources_telling():
    k = default_knowledge()
    dated = replace(_report("r1", "PRK", "RUS", "2024-11-29", "d-1"), source="rusi")
    other = replace(_report("r2", "PRK", "RUS", None, "d-2"), source="open-source-centre")
    again = replace(_report("r3", "PRK", "RUS", None, "d-3"), source="rusi")
    groups = cluster_events([dated, other, again], k)
    assert sorted([r.id for r in g] for g in groups) == [["r1", "r3"], ["r2"]]


def test_undated_acts_two_pages_state_themselves_are_two():
    k = default_knowledge()

    def strike(i: str, doc: str, date: str | None) -> EventReport:
        return replace(_report(i, "RUS", "UKR", date, doc), type="ASSAULT", mode=None)

    dated, undated, same_page = (
        strike("r1", "d-1", "2025-09"),
        strike("r2", "d-2", None),
        strike("r3", "d-1", None),
    )
    groups = cluster_events([dated, undated, same_page], k)
    assert sorted([r.id for r in g] for g in groups) == [["r1", "r3"], ["r2"]]
    # Meetings recur too: an undated one another page states is not the dated one (nor
    # does it take its day); a treaty is signed once.
    meeting = [
        _report("m1", "PRK", "RUS", "2024-11-29", "d-1"),
        _report("m2", "PRK", "RUS", None, "d-2"),
    ]
    assert len(cluster_events(meeting, k)) == 2
    signed = [replace(r, type="AGREE", mode="treaty") for r in meeting]
    assert len(cluster_events(signed, k)) == 1


def test_an_undated_pages_earliest_date_is_no_bound_for_joining_another_pages_act():
    k = default_knowledge()

    def launch(i: str, doc: str, date: str | None, basis: str | None) -> EventReport:
        report = replace(_report(i, "PRK", None, date, doc), type="THREATEN")
        return replace(report, mode="missile_launch", date_basis=basis)

    told = launch("r1", "d-1", "2017-07-04", "text")
    # A page that never says when it was published, naming 2017 in its background.
    undated = launch("r2", "d-2", "2017-07", "not_before")
    assert len(cluster_events([told, undated], k)) == 2
    # Published that month, the same launch told again joins it.
    published = launch("r3", "d-3", "2017-07", "published")
    assert [len(g) for g in cluster_events([told, published], k)] == [2]


def test_one_teller_crediting_an_undated_launch_on_two_pages_tells_two_launches():
    k = default_knowledge()

    def launch(i: str, doc: str, date: str | None, basis: str | None) -> EventReport:
        report = replace(_report(i, "PRK", None, date, doc), type="THREATEN")
        return replace(report, mode="missile_launch", date_basis=basis, source="jcs")

    told = launch("r1", "d-1", "2023-03-16", "text")
    # A page with no date of its own, crediting the same military: launches recur.
    assert len(cluster_events([told, launch("r2", "d-2", None, None)], k)) == 2
    # Published months later, an undated launch is the one just reported, not that one.
    later = launch("r3", "d-3", "2023-08", "published")
    assert len(cluster_events([told, later], k)) == 2
    # Two pages of one month telling an undated launch tell one.
    again = launch("r4", "d-4", "2023-08", "published")
    assert [len(g) for g in cluster_events([later, again], k)] == [2]
    # A deployment the same agency tells on two undated pages is still one.
    told_sent, undated_sent = (
        replace(r, type="AID", mode="troops", source="nis") for r in (told, later)
    )
    undated_sent = replace(undated_sent, date_basis=None, date_start=None)
    assert len(cluster_events([told_sent, undated_sent], k)) == 1


def _sent(i: str, item: str | None, date: str = "2024-10", treaty: str | None = None):
    report = _report(i, "PRK", "RUS", date, f"d-{i}")
    return replace(
        report, type="AID", mode="weapons", item=item, treaty=treaty, extractor=EXTRACTOR_VERSION
    )


def test_two_items_sent_the_same_month_are_two_transfers():
    k = default_knowledge()
    shells, missiles = _sent("r1", "shells"), _sent("r2", "missiles")
    weapons, unnamed = _sent("r3", "weapons"), _sent("r4", None)
    assert event_key(shells, k) == event_key(missiles, k)  # one key: the item is no part of it
    groups = cluster_events([shells, missiles, weapons, unnamed], k)
    # Weapons take in shells or missiles and join the first of them in reading order (one
    # sentence of one text here: by what they name, missiles first); a report of another
    # page naming nothing is no evidence of either.
    assert sorted([r.id for r in g] for g in groups) == [["r1"], ["r2", "r3"], ["r4"]]
    merged = [merged_event(event_key(g[0], k), g, k) for g in groups]
    assert sorted(str(m.item) for m in merged) == ["None", "missiles", "shells"]


def test_a_report_stored_before_items_were_read_may_join_any_transfer():
    k = default_knowledge()
    shells, older = _sent("r1", "shells"), replace(_sent("r2", None), extractor=None)
    # Stored before extraction versions were kept: naming no item says nothing.
    assert [[r.id for r in g] for g in cluster_events([shells, older], k)] == [["r1", "r2"]]
    assert [len(g) for g in cluster_events([shells, _sent("r3", None)], k)] == [1, 1]


def test_an_event_takes_the_narrowest_item_its_reports_name():
    k = default_knowledge()
    group = [_sent("r1", "weapons"), _sent("r2", "weapons"), _sent("r3", "shells")]
    assert merged_event(event_key(group[0], k), group, k).item == "shells"
    # Munitions take in shells and weapons take in munitions: the shells say what was sent.
    chain = [_sent("r4", "munitions"), _sent("r5", "weapons"), _sent("r6", "shells")]
    assert merged_event(event_key(chain[0], k), chain, k).item == "shells"
    assert merged_event(event_key(chain[0], k), chain[:2], k).item == "munitions"


def test_aid_naming_nothing_is_no_transfer_of_an_item():
    k = default_knowledge()
    satellites = replace(_sent("r1", "satellites"), mode=None, doc_id="d-wire")
    # Aid naming nothing in the same month (a pact's promise of help, "supports it
    # militarily"), on another page or the same, is not that transfer: it would lend the
    # row its sentence and its teller.
    pledge = replace(_sent("r2", None), mode=None, doc_id="d-summit")
    aside = replace(_sent("r3", None), mode=None, doc_id="d-wire")
    groups = cluster_events([satellites, pledge, aside], k)
    assert sorted([r.id for r in g] for g in groups) == [["r1"], ["r2", "r3"]]
    merged = {merged_event(event_key(g[0], k), g, k).item for g in groups}
    assert merged == {"satellites", None}


def test_acts_on_two_treaties_are_two_events():
    k = default_knowledge()
    signed = [
        replace(_sent("r1", None, "2024-06-19", "comprehensive-strategic-partnership-treaty"),
                type="AGREE", mode="treaty"),
        replace(_sent("r2", None, "2024-06-19", "russia-north-korea-treaty-2000"),
                type="AGREE", mode="treaty"),
        replace(_sent("r3", None, "2024-06"), type="AGREE", mode="treaty"),
    ]  # fmt: skip
    groups = cluster_events(signed, k)
    assert sorted([r.id for r in g] for g in groups) == [["r1", "r3"], ["r2"]]
    treaties = {merged_event(event_key(g[0], k), g, k).treaty for g in groups}
    assert treaties == {"comprehensive-strategic-partnership-treaty",
                        "russia-north-korea-treaty-2000"}  # fmt: skip


def test_the_dead_and_the_wounded_are_two_series(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "被害 2024年12月23日 09:00\n韓国国防省は20日、ロシアで戦う北朝鮮兵の死者は約100人、負傷者は約1000人に上ると明らかにした。",
        "b.txt": "被害 2024年12月27日 09:00\n米国防総省は26日、ロシアで戦う北朝鮮兵の死者は約200人、負傷者は約2000人にのぼると発表した。",
    }), store)  # fmt: skip
    figures = {f.id: f for f in store.figures()}
    series = [sorted(figures[i].value for i in s.figure_ids)
              for s in store.findings(kind="figure_series")]  # fmt: skip
    assert sorted(series) == [[100, 200], [1000, 2000]]


def test_a_denial_of_what_a_party_claimed_answers_that_partys_claims(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "奪還を発表 2025年03月10日 09:00\nロシア国防省は9日、北朝鮮軍と共にクルスク州の集落を奪還したと発表した。"
                 "ウクライナ軍参謀本部はロシア側の主張を否定した。",
    }), store)  # fmt: skip
    events = {e.id: e for e in store.events()}
    [finding] = list(store.findings(kind="assertion_vs_denial"))
    told = {(events[i].type, events[i].status) for i in finding.event_ids}
    assert ("REJECT", "asserted") in told and ("ASSAULT", "reported") in told


def test_one_text_repeating_its_number_is_no_series(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "派兵 2024年11月05日 09:00\n米国防総省は4日、北朝鮮兵約1万人がロシアに派遣されたと発表した。"
                 "国防総省によると、北朝鮮兵約1万人はロシア西部に入った。",
    }), store)  # fmt: skip
    assert list(store.findings(kind="figure_series")) == []


def test_two_numbers_of_one_telling_are_no_series(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "派兵 2024年11月05日 09:00\nウクライナ軍は4日、北朝鮮兵約3000人がすでにロシアに入り、"
                 "さらに約5000人が到着する見通しだと発表した。",
    }), store)  # fmt: skip
    figures = {f.value: f for f in store.figures()}
    assert figures[5000].measure == "planned"  # to come, not there now
    assert list(store.findings(kind="figure_series")) == []


def test_undated_reports_are_listed_apart_not_placed_in_time(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "韓国の情報機関によると、ロシアに派遣された北朝鮮兵の死者は約100人に上る。",
        "b.txt": "韓国の情報機関によると、ロシアに派遣された北朝鮮兵の死者は約300人に上る。",
    }), store)  # fmt: skip
    [series] = list(store.findings(kind="figure_series"))
    assert "undated: " in series.summary and "→" not in series.summary


def _denied(store) -> dict[str, set[tuple[str, str]]]:
    events = {e.id: e for e in store.events()}
    return {
        f.summary.split(":")[0]: {(events[i].type, events[i].status) for i in f.event_ids}
        for f in store.findings(kind="assertion_vs_denial")
    }


def test_a_denial_of_an_analysis_answers_its_hedged_claim_of_the_month_before(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "追加派兵か 2025年03月28日 09:00\n韓国の国家情報院は27日、北朝鮮が2月から3月にかけて"
                 "ロシアに兵士約2000人を追加で派遣したとみられると国会で報告した。",
        "b.txt": "露が否定 2025年04月02日 09:00\nロシアのペスコフ大統領報道官は1日、北朝鮮が兵士を追加で"
                 "派遣したとする韓国の情報機関の分析について「根拠がない」と述べ、否定した。",
    }), store)  # fmt: skip
    # Denying South Korea's analysis answers what South Korea's spies said was likely, told
    # the month before on another page.
    assert ("AID", "possible") in _denied(store)["Russia denies"]


def test_a_dismissal_of_the_reports_answers_the_claims_of_its_page_only(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "労働者派遣 2025年06月11日 09:00\nロシア外務省の報道官は10日、北朝鮮の労働者をめぐる"
                 "一部の報道を「でっち上げだ」と一蹴した。韓国政府の関係者は先に、北朝鮮がロシアに労働者"
                 "約5000人を送ったと明らかにしていた。",
        "b.txt": "弾薬供与 2025年06月12日 09:00\n米政府は11日、北朝鮮がロシアに砲弾を送ったと発表した。",
    }), store)  # fmt: skip
    events = {e.id: e for e in store.events()}
    [finding] = list(store.findings(kind="assertion_vs_denial"))
    answered = {ev.doc_id for i in finding.event_ids for ev in events[i].evidence}
    # The shells another page reports, the same month, are not what it dismissed.
    assert len(answered) == 1 and ("AID", "reported") in _denied(store)["Russia denies"]


def test_a_denial_of_the_other_sides_claims_answers_those_told_before_it(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "奪還を発表 2025年03月10日 09:00\nロシア国防省は9日、北朝鮮軍と共にクルスク州の集落を奪還したと発表した。"
                 "ウクライナ軍参謀本部はロシア側の主張を否定した。"
                 "ロシア国防省は、ウクライナ軍の兵士5000人が死傷したとも主張した。",
    }), store)  # fmt: skip
    events = {e.id: e for e in store.events()}
    [finding] = list(store.findings(kind="assertion_vs_denial"))
    modes = {events[i].mode for i in finding.event_ids if events[i].type == "ASSAULT"}
    assert modes == {"retake"}


def test_a_denial_summary_names_each_act_once_and_the_charge_it_answers(tmp_path, store):
    ingest(write(tmp_path, {
        "a.txt": "武器供与 2024年11月05日 09:00\n韓国政府は4日、北朝鮮がロシアに砲弾を供給していると非難したが、"
                 "北朝鮮はこれを否定した。米政府も、北朝鮮がロシアに砲弾を供給したと発表した。",
    }), store)  # fmt: skip
    [finding] = list(store.findings(kind="assertion_vs_denial"))
    assert finding.summary.startswith("North Korea denies: AID")
    assert finding.summary.count("North Korea→Russia") == 1
    assert finding.summary.endswith("answering ACCUSE South Korea→North Korea")


def test_documents_a_broken_batch_left_unreconciled_are_taken_along(tmp_path, store):
    from kansoku.model import Document
    from kansoku.pipeline import process

    # Stored, then the batch died before reconciling: its events are not yet visible.
    doc = Document(source="a.txt", raw_sha256="0", body=SIGNING[0])
    store.add_document(process(doc, default_knowledge()))
    assert list(store.events()) == [] and len(store.unreconciled()) == 1
    ingest(write(tmp_path, {"b.txt": SIGNING[1]}), store)
    assert store.unreconciled() == []
    [signing] = [e for e in store.events() if e.type == "AGREE"]
    assert len(signing.evidence) == 2


TOLD_TWICE = (
    "北朝鮮が特殊部隊派遣 2024年10月18日 10:00\n"
    "韓国の国家情報院は18日、北朝鮮がロシアに特殊部隊約1500人を派遣したと明らかにした。"
    "国家情報院によると、北朝鮮はロシアに兵士を派遣したという。"
)
TOLD_ELSEWHERE = (
    "派兵 2024年10月19日 08:00\n韓国の国家情報院は18日、北朝鮮がロシアに兵士を派遣したと発表した。"
)


def test_a_copy_and_repeats_in_one_document_are_not_independent_evidence(tmp_path, store):
    # One article telling the deployment twice, and its syndicated copy: one witness.
    ingest(write(tmp_path, {"nis.txt": TOLD_TWICE, "copy.txt": TOLD_TWICE}), store)
    [event] = [e for e in store.events() if e.type == "AID"]
    assert len(event.evidence) == 4  # every report stays evidence
    reports = store.event_reports()
    assert {r.doc_duplicate_of is not None for r in reports} == {True, False}
    surest = max(r.confidence for r in reports)
    assert event.confidence == surest  # not 1 − Π(1 − c) over four reports (0.99)
    # Another article is another witness: now the confidences combine.
    ingest(write(tmp_path, {"other.txt": TOLD_ELSEWHERE}), store)
    [event] = [e for e in store.events() if e.type == "AID"]
    first_docs = {r.doc_id for r in reports}
    other = max(r.confidence for r in store.event_reports() if r.doc_id not in first_docs)
    assert event.confidence == round(1 - (1 - surest) * (1 - other), 2) < 0.99
    # A rebuild counts the same way.
    reconcile(store, default_knowledge())
    assert [e.confidence for e in store.events() if e.type == "AID"] == [event.confidence]


def test_copies_alone_count_once_per_original():
    k = default_knowledge()
    key = EventKey("CONSULT", "meeting", "PRK", "RUS", "claimed", None)

    def copy_of(i: str, original: str, doc: str, confidence: float) -> EventReport:
        report = _report(i, "PRK", "RUS", "2024-11-29", doc)
        return replace(report, doc_duplicate_of=original, confidence=confidence)

    # Two copies of one article (whose own report merged elsewhere): one witness.
    group = [copy_of("r1", "d-a", "d-b", 0.5), copy_of("r2", "d-a", "d-c", 0.6)]
    assert merged_event(key, group, k).confidence == 0.6
    # Copies of two different articles: two witnesses.
    group = [copy_of("r1", "d-a", "d-b", 0.5), copy_of("r2", "d-x", "d-c", 0.6)]
    assert merged_event(key, group, k).confidence == 0.8
    # An original and a copy of another article: the copy is left out.
    group = [_report("r1", "PRK", "RUS", "2024-11-29", "d-a"), copy_of("r2", "d-x", "d-c", 0.6)]
    assert merged_event(key, group, k).confidence == 0.5


def test_a_vague_count_beside_a_number_of_its_document_is_no_series_point(knowledge):
    from kansoku.reconcile.series import series_keys
    from kansoku.store.records import FigureReport

    def report(i: str, doc: str, value: float, qualifier: str) -> FigureReport:
        return FigureReport(
            id=i, doc_id=doc, start=0, end=1, kind="troops", value=value, value_max=None,
            qualifier=qualifier, unit="persons", subject="PRK", as_of="2024-11",
            as_of_basis="text", status="reported", source=None, measure=None, recipient="RUS",
        )  # fmt: skip

    keys = series_keys(
        [report("a", "d1", 5000, "exact"), report("b", "d1", 1000, "several"),
         report("c", "d2", 1000, "several")],
        knowledge,
    )  # fmt: skip
    assert keys["a"] is not None and keys["b"] is None  # "thousands" beside its 5,000
    assert keys["c"] is not None  # a vague count alone in its document is a point
