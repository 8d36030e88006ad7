"""The store contract: what every store implementation does, and does the same way.

Every test runs once per factory in ``STORES``: SQLite, and PostgreSQL on the session's
server (``postgres_server`` in conftest.py; skipped where PostgreSQL is not installed). The articles are written for
these tests, processed by ``kansoku.pipeline.process`` and stored one at a time, each
reconciled as ingestion does.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from functools import cache, partial
from pathlib import Path

import pytest
from store.sqlite_legacy import as_version_4

from kansoku.knowledge import default_knowledge
from kansoku.model import Document, Section
from kansoku.pipeline import process
from kansoku.reconcile import reconcile
from kansoku.store import Store, open_store
from kansoku.store.records import (
    DenialScope,
    DocumentMeta,
    DocumentScope,
    EntityRef,
    EventFilter,
    EventKey,
    FigureFilter,
    FigureOutline,
    Finding,
    MergedEvent,
    SeriesKey,
    SeriesScope,
    StoredNote,
)


@dataclass(frozen=True)
class StoreFactory:
    name: str
    # A new, empty store kept under the folder given (and, with ``server``, on that server:
    # the ``factory`` fixture passes it as ``server=``).
    open: Callable[..., Store]
    # Closes the store, makes it what an older version of kansoku wrote, and opens it
    # again (its migrations run); None when there is no older version.
    aged: Callable[[Path, Store], Store] | None = None
    server: str | None = None  # the session fixture of the database server it needs


def _sqlite_open(folder: Path) -> Store:
    return open_store(str(folder / "contract.db"))


def _sqlite_aged(folder: Path, store: Store) -> Store:
    store.close()
    as_version_4(str(folder / "contract.db"))
    return open_store(str(folder / "contract.db"))


def _postgres_open(folder: Path, server) -> Store:
    return open_store(server.new_database())


# PostgreSQL stores have no older version: the backend came with schema version 11.
STORES = [
    StoreFactory("sqlite", _sqlite_open, _sqlite_aged),
    StoreFactory("postgresql", _postgres_open, server="postgres_server"),
]


# name → (published, text); "copy" repeats "nis" under another source.
ARTICLES = {
    "signing": ("2024-06-20", "露朝が条約署名\nロシアのプーチン大統領と北朝鮮の金正恩総書記は2024年6月19日、平壌で包括的戦略パートナーシップ条約に署名した。\nこの記事をシェアする\n関連記事\n広告"),
    "nis": ("2024-10-18", "北朝鮮が特殊部隊派遣 2024年10月18日 10:00\n韓国の国家情報院は18日、北朝鮮がロシアに特殊部隊約1500人を派遣したと明らかにした。"),
    "copy": ("2024-10-18", "北朝鮮が特殊部隊派遣 2024年10月18日 10:00\n韓国の国家情報院は18日、北朝鮮がロシアに特殊部隊約1500人を派遣したと明らかにした。"),
    "us": ("2024-11-05", "北朝鮮兵1万人 2024年11月05日 07:30\n米国防総省は4日、北朝鮮兵約1万人がロシアに派遣されたと発表した。北朝鮮がロシアに兵士を派遣したという。"),
    "deny": ("2024-11-06", "ロシアが否定 2024年11月06日 09:00\nロシア大統領府の報道官は5日、北朝鮮兵の派遣を否定した。"),
    "shells": ("2024-11-12", "砲弾の供与 2024年11月12日 09:00\n韓国国防省は11日、北朝鮮がロシアに砲弾約500万発を供与したと明らかにした。"),
    "oil": ("2024-11-22", "石油の供給 2024年11月22日 09:00\n英国の研究機関は21日、ロシアが北朝鮮に石油100万バレル以上を供給したと発表した。"),
    "undated": (None, "英国政府によると、北朝鮮はロシアに兵士約3000人を派遣したという。"),
    "parade": (None, "2023年5月9日、モスクワでは戦勝80周年の軍事パレードが開かれ、北朝鮮軍の部隊が行進した。"),
    "digest": (None, "【まとめ】露朝関係の報道を一気読み\n\n北朝鮮、兵士をロシアへ\n\n公開日:2024/10/18\n\n✅ 韓国の国家情報院は18日、北朝鮮がロシアに兵士を派遣したと発表した。\n\nさらに読む ⇒ 聯合ニュース https://example.com/a\n\n北朝鮮とロシアの国防相会談\n\n公開日:2024/11/29\n\n✅ 北朝鮮の金正恩総書記は29日、平壌でロシアのベロウソフ国防相と会談した。\n\nさらに読む ⇒ 時事通信 https://example.com/b\n"),
}  # fmt: skip

# Reports in other languages, for the filters on what reports say: stored on top of the
# Japanese articles only by the tests that ask for them.
OTHER_LANGUAGES = {
    "nis_en": ("2024-10-19", "North Korea sends special forces to Russia\nSouth Korea's National Intelligence Service said on Friday that North Korea had sent about 1,500 special forces troops to Russia."),
    "nis_ko": ("2024-11-21", "북한, 러시아에 추가 파병\n국가정보원은 20일 북한이 지난 15일 러시아에 병력 약 3000명을 추가로 파병했다고 밝혔다."),
}  # fmt: skip


@cache
def _processed(name: str) -> Document:
    published, text = {**ARTICLES, **OTHER_LANGUAGES}[name]
    doc = Document(source=f"contract/{name}.txt", raw_sha256=f"raw-{name}", body=text,
                   published=published)  # fmt: skip
    return process(doc, default_knowledge())


def article(name: str) -> Document:
    """A fresh copy of the processed article (processing runs once per session)."""
    return copy.deepcopy(_processed(name))


def store_articles(store: Store, names: list[str], reconciled: bool = True) -> dict[str, Document]:
    """Store the articles one at a time as ingestion does: a copy is marked as one."""
    docs = {}
    for name in names:
        doc = article(name)
        doc.duplicate_of = store.find_same_content(doc.content_sha256)
        store.add_document(doc)
        if reconciled:
            reconcile(store, default_knowledge(), [doc.id])
        docs[name] = doc
    return docs


@pytest.fixture(params=STORES, ids=lambda factory: factory.name)
def factory(request) -> StoreFactory:
    factory = request.param
    if factory.server is None:
        return factory
    server = request.getfixturevalue(factory.server)  # started once, skipped if absent
    return replace(factory, open=partial(factory.open, server=server))


@pytest.fixture
def empty(factory, tmp_path):
    store = factory.open(tmp_path)
    yield store
    store.close()


@pytest.fixture
def docs(empty) -> dict[str, Document]:
    return store_articles(empty, list(ARTICLES))


@pytest.fixture
def filled(empty, docs) -> Store:
    return empty


def _texts(store: Store) -> dict[str, str]:
    return {d.id: d.text for d in store.documents()}


# -- writing and reading documents ----------------------------------------------------------


def test_a_processed_document_reads_back_as_it_was_written(filled, docs):
    same = ("source", "source_id", "url", "site_name", "language", "title", "published",
            "published_not_before", "kind", "text", "duplicate_of", "raw_sha256",
            "content_sha256")  # fmt: skip
    for doc in docs.values():
        stored = filled.document(doc.id)
        assert stored is not None
        assert [getattr(stored, f) for f in same] == [getattr(doc, f) for f in same]
        assert [(d.text, d.reason) for d in stored.dropped] == [
            (d.text, d.reason) for d in doc.dropped
        ]
        section_fields = [f.name for f in fields(Section)]
        assert [[getattr(s, f) for f in section_fields] for s in stored.sections] == [
            [getattr(s, f) for f in section_fields] for s in doc.sections
        ]
        assert stored.ingested_at
    listed = list(filled.documents())
    assert [d.id for d in listed] == [doc.id for doc in docs.values()]  # ingestion order
    assert listed == [filled.document(d.id) for d in listed]
    assert any(d.dropped for d in listed) and any(d.sections for d in listed)
    assert filled.document("d-unknown") is None


def test_the_writer_finds_what_is_already_stored(filled, docs):
    nis, copy_ = docs["nis"], docs["copy"]
    assert filled.find_document(nis.source, nis.content_sha256) == nis.id
    assert filled.find_document(nis.source, "other text") is None
    assert filled.find_raw(nis.source, nis.raw_sha256) == nis.id
    assert filled.find_raw("elsewhere.txt", nis.raw_sha256) is None
    assert filled.find_same_content(nis.content_sha256) == nis.id  # the earliest
    assert copy_.duplicate_of == nis.id and filled.document(copy_.id).duplicate_of == nis.id
    signatures = list(filled.minhashes())
    assert [i for i, _ in signatures] == [doc.id for doc in docs.values()]
    assert dict(signatures)[nis.id] == nis.minhash


def test_entities_are_the_mentioned_ones_with_names_and_mentions(filled, docs, knowledge):
    entities = list(filled.entities())
    assert [e.ref.id for e in entities] == sorted({m.entity_id for d in docs.values()
                                                   for m in d.mentions})  # fmt: skip
    texts = _texts(filled)
    for entity in entities:
        assert entity.mentions
        for m in entity.mentions:
            assert texts[m.doc_id][m.start : m.end] == m.text
    [prk] = [e for e in entities if e.ref.id == "PRK"]
    known = knowledge.gazetteer.entities["PRK"]
    assert prk.ref == EntityRef("PRK", known.name_en, "country", "PRK", known.wikidata)
    assert dict(prk.names) == dict(known.names)


# -- events and figures ---------------------------------------------------------------------


def test_events_carry_their_reports_as_evidence_in_their_documents(filled):
    events = list(filled.events())
    assert len(events) >= 5
    texts = _texts(filled)
    for event in events:
        assert event.evidence
        for item in event.evidence:
            assert texts[item.doc_id][item.start : item.end] == item.quote
        reports = filled.event_reports(clusters=[event.id])
        assert sorted((r.doc_id, r.start, r.status, r.source, r.date_start) for r in reports) == [
            (e.doc_id, e.start, e.status, e.source, e.date) for e in event.evidence
        ]
        assert filled.event(event.id) == event
    assert filled.event("e-unknown") is None
    # By date, undated first, then by id.
    assert events[0].date.start is None
    assert [e.id for e in events] == [
        e.id for e in sorted(events, key=lambda e: (e.date.start is not None, e.date.start, e.id))
    ]


def _event_matches(event, where: EventFilter) -> bool:
    start = event.date.start
    return (
        (not where.actor or (event.actor is not None
                             and where.actor in (event.actor.id, event.actor.country)))
        and (not where.type or event.type == where.type)
        and (not where.status or event.status == where.status)
        and (not where.since or (start is not None and start >= where.since))
        and (not where.until or (start is not None and start[: len(where.until)] <= where.until))
    )  # fmt: skip


@pytest.mark.parametrize(
    "where",
    [
        EventFilter(actor="PRK"),  # North Korea and everyone acting for it
        EventFilter(actor="kim-jong-un"),
        EventFilter(type="AID"),
        EventFilter(status="asserted"),
        EventFilter(since="2024-11"),
        EventFilter(until="2024-10"),  # includes 2024-10-31
        EventFilter(since="2024-10-18", until="2024-11-04"),
        EventFilter(actor="RUS", type="AID"),
    ],
    ids=repr,
)
def test_event_filters_select_what_they_say(filled, where):
    every = list(filled.events())
    expected = [e for e in every if _event_matches(e, where)]
    assert 0 < len(expected) < len(every)
    assert list(filled.events(where)) == expected


@pytest.mark.parametrize(
    "where",
    [
        EventFilter(),
        EventFilter(actor="PRK"),
        EventFilter(type="AID"),
        EventFilter(since="2024-11"),
    ],
    ids=repr,
)
def test_event_outlines_are_the_events_without_their_reports(filled, where):
    """What a chart draws: the same events in the same order, each with a count of its
    reports instead of their sentences; counted alike."""
    every = list(filled.events(where))
    outlines = list(filled.event_outlines(where))
    assert [
        (o.id, o.type, o.mode, o.actor, o.target, o.date, o.status, o.source) for o in outlines
    ] == [(e.id, e.type, e.mode, e.actor, e.target, e.date, e.status, e.source) for e in every]
    assert [o.reports for o in outlines] == [len(e.evidence) for e in every]
    assert filled.count_events(where) == len(every)
    assert list(filled.event_outlines(where, limit=2, offset=1)) == outlines[1:3]


def test_events_by_party_and_mode(filled):
    """Each group of ``parties`` names one of the event's actor, target, location or
    source; ``modes`` keeps those modes only."""
    every = list(filled.events())
    parties = [r.id for r in (every[0].actor, every[0].target) if r]
    where = EventFilter(parties=(tuple(parties),))
    named = [
        e for e in every
        if {r.id for r in (e.actor, e.target, e.location, e.source) if r} & set(parties)
    ]  # fmt: skip
    assert named and list(filled.events(where)) == named
    modes = tuple(sorted({e.mode for e in every if e.mode})[:1])
    assert list(filled.events(EventFilter(modes=modes))) == [e for e in every if e.mode in modes]


def test_figure_outlines_are_the_figures_by_id(filled):
    for where in (FigureFilter(), FigureFilter(kind="troops"), FigureFilter(actor="PRK")):
        every = list(filled.figures(where))
        assert list(filled.figure_outlines(where)) == [
            FigureOutline(
                f.id, f.kind, f.unit, f.measure, f.subject.id if f.subject else None,
                f.recipient.id if f.recipient else None, f.source.id if f.source else None,
                f.series, f.as_of, f.status,
            )
            for f in every
        ]  # fmt: skip


def test_figures_read_back_with_evidence_in_their_documents(filled, docs):
    figures = list(filled.figures())
    assert {f.id for f in figures} == {f.id for d in docs.values() for f in d.figures}
    texts = _texts(filled)
    for figure in figures:
        [item] = figure.evidence
        assert texts[item.doc_id][item.start : item.end] == item.quote
        assert filled.figure(figure.id) == figure
    assert filled.figure("f-unknown") is None
    troops = {f.value: f for f in figures if f.kind == "troops"}
    assert set(troops) == {1500, 3000, 10000}
    assert troops[1500].series == SeriesKey("troops", "persons", "PRK")
    assert troops[1500].subject.id == "PRK" and troops[1500].qualifier == "about"
    assert figures[0].as_of is None
    assert [f.id for f in figures] == [
        f.id for f in sorted(figures, key=lambda f: (f.as_of is not None, f.as_of))
    ]  # by as-of date, undated first (stable: then as stored)


def _figure_matches(figure, where: FigureFilter) -> bool:
    as_of = figure.as_of
    return (
        (not where.actor or (figure.subject is not None
                             and where.actor in (figure.subject.id, figure.subject.country)))
        and (not where.kind or figure.kind == where.kind)
        and (not where.status or figure.status == where.status)
        and (not where.since or (as_of is not None and as_of >= where.since))
        and (not where.until or (as_of is not None and as_of[: len(where.until)] <= where.until))
    )  # fmt: skip


@pytest.mark.parametrize(
    "where",
    [
        FigureFilter(actor="PRK"),
        FigureFilter(kind="troops"),
        FigureFilter(since="2024-11"),
        FigureFilter(until="2024-11-04"),
        FigureFilter(actor="RUS", since="2024-11"),
    ],
    ids=repr,
)
def test_figure_filters_select_what_they_say(filled, where):
    every = list(filled.figures())
    expected = [f for f in every if _figure_matches(f, where)]
    assert 0 < len(expected) < len(every)
    assert list(filled.figures(where)) == expected


@pytest.fixture
def multilingual(filled) -> Store:
    """The Japanese articles and the same reports in English and Korean."""
    store_articles(filled, list(OTHER_LANGUAGES))
    return filled


def _languages(store: Store, evidence) -> set[str | None]:
    return {store.document(item.doc_id).language for item in evidence}


def _told(store: Store, fact, where: EventFilter | FigureFilter) -> bool:
    """Whether the reports of an event or figure say what ``where`` asks for: a document
    in its language, a credit to its source (the fact's own or one report's)."""
    sources = {fact.source.id if fact.source else None}
    sources |= {getattr(item, "source", None) for item in fact.evidence}
    return (not where.language or where.language in _languages(store, fact.evidence)) and (
        not where.source or where.source in sources
    )


@pytest.mark.parametrize(
    "where",
    [
        EventFilter(language="ja"),
        EventFilter(language="en"),
        EventFilter(language="ko"),
        EventFilter(source="national-intelligence-service"),
        EventFilter(source="pentagon", type="AID"),
        EventFilter(language="en", source="national-intelligence-service"),
        EventFilter(actor="PRK", language="ko", since="2024-11"),
    ],
    ids=repr,
)
def test_event_filters_on_what_the_reports_say(multilingual, where):
    every = list(multilingual.events())
    expected = [e for e in every if _event_matches(e, where) and _told(multilingual, e, where)]
    assert 0 < len(expected) < len(every)
    assert list(multilingual.events(where)) == expected
    assert list(multilingual.events(where, limit=1, offset=1)) == expected[1:2]


@pytest.mark.parametrize(
    "where",
    [
        FigureFilter(language="ja"),
        FigureFilter(language="en"),
        FigureFilter(kind="troops", language="ko"),
        FigureFilter(source="national-intelligence-service"),
        FigureFilter(source="national-intelligence-service", until="2024-10"),
    ],
    ids=repr,
)
def test_figure_filters_on_what_the_report_says(multilingual, where):
    every = list(multilingual.figures())
    expected = [f for f in every if _figure_matches(f, where) and _told(multilingual, f, where)]
    assert 0 < len(expected) < len(every)
    assert list(multilingual.figures(where)) == expected


def test_an_event_told_in_several_languages_is_in_each(multilingual):
    found = {
        language: {e.id for e in multilingual.events(EventFilter(language=language))}
        for language in ("ja", "en", "ko")
    }
    told_in_several = [
        e for e in multilingual.events() if len(_languages(multilingual, e.evidence)) > 1
    ]
    assert told_in_several  # reports merged across languages
    for event in told_in_several:
        assert all(event.id in found[lang] for lang in _languages(multilingual, event.evidence))
    assert found["ja"] | found["en"] | found["ko"] == {e.id for e in multilingual.events()}
    for value in ("fr", "ja' OR '1'='1", "x') OR 1=1 --"):  # values, never SQL
        assert list(multilingual.events(EventFilter(language=value))) == []
        assert list(multilingual.events(EventFilter(source=value))) == []
        assert list(multilingual.figures(FigureFilter(language=value, source=value))) == []
    assert len(list(multilingual.documents())) == len(ARTICLES) + len(OTHER_LANGUAGES)


@pytest.mark.parametrize("listing", ["documents", "events", "figures", "findings"])
def test_lists_page_with_limit_and_offset(filled, listing):
    read = getattr(filled, listing)
    whole = list(read())
    assert len(whole) >= 3
    pages = [list(read(limit=2, offset=at)) for at in range(0, len(whole) + 2, 2)]
    assert [row for page in pages for row in page] == whole
    assert list(read(limit=0)) == []
    assert list(read(offset=len(whole))) == []
    assert list(read(limit=1, offset=1)) == whole[1:2]


def test_a_filtered_page_has_the_evidence_of_its_own_rows(filled):
    where = EventFilter(actor="PRK")
    selected = list(filled.events(where))
    for at, event in enumerate(selected):
        [paged] = filled.events(where, limit=1, offset=at)
        assert paged == event and paged.evidence == filled.event(event.id).evidence


# -- findings, search, stats ----------------------------------------------------------------


def test_findings_by_kind_point_at_stored_facts(filled):
    found = list(filled.findings())
    kinds = {f.kind for f in found}
    assert {"figure_series", "assertion_vs_denial", "duplicate_report",
            "date_inconsistency"} <= kinds  # fmt: skip
    assert [(f.kind, f.id) for f in found] == sorted((f.kind, f.id) for f in found)
    for kind in kinds:
        assert list(filled.findings(kind)) == [f for f in found if f.kind == kind]
    assert list(filled.findings("no_such_kind")) == []
    events, figures = {e.id for e in filled.events()}, {f.id for f in filled.figures()}
    documents = {d.id for d in filled.documents()}
    for finding in found:
        assert finding.summary
        assert set(finding.event_ids) <= events and set(finding.figure_ids) <= figures
        assert set(finding.doc_ids) <= documents


def test_search_finds_every_term_newest_first(filled, docs):
    ids = {name: doc.id for name, doc in docs.items()}
    assert {h.id for h in filled.search("国家情報院")} == {ids["nis"], ids["copy"], ids["digest"]}
    [hit] = filled.search("否定")
    assert hit.id == ids["deny"] and "否定" in hit.snippet and hit.language == "ja"
    assert hit.source == docs["deny"].source and hit.published == "2024-11-06"
    assert [h.id for h in filled.search("兵 否定")] == [ids["deny"]]  # short and long terms
    assert {h.id for h in filled.search("砲弾 供与")} == {ids["shells"]}
    assert filled.search("存在しない語句") == [] and filled.search("  ") == []
    for query in ['"', "兵 OR 1=1", "NEAR(a b)", "a'; DROP TABLE documents; --"]:
        filled.search(query)  # text to find, never query syntax
    assert len(list(filled.documents())) == len(docs)
    hits = filled.search("北朝鮮")
    assert len(filled.search("北朝鮮", limit=2)) == 2
    published = [h.published for h in hits]
    dated = [p for p in published if p]
    assert dated == sorted(dated, reverse=True) and len(dated) >= 5
    undated = [p is None for p in published]
    assert undated == sorted(undated) and undated[-1]  # undated last


def test_search_takes_wildcards_and_escapes_as_text(filled, docs):
    # LIKE's and FTS5's special characters are characters to find: none is in the texts.
    for query in ["%", "_", "\\", "%%%", "___", "%国家%", "国_情報", "北\\朝鮮", "*", "^兵"]:
        assert filled.search(query) == [], query
    assert {h.id for h in filled.search("国家情報院 %")} == set()


def test_stats_count_what_is_stored(filled, docs):
    stats = filled.stats()
    assert stats.documents == len(docs) and stats.duplicates == 1
    assert stats.aggregators == 1 and stats.sections == 2
    assert stats.characters == sum(len(d.text) for d in docs.values())
    assert stats.events == len(list(filled.events()))
    assert stats.event_reports == sum(len(e.evidence) for e in filled.events())
    assert stats.figures == len(list(filled.figures()))
    assert stats.entities == len(list(filled.entities()))
    assert stats.findings == len(list(filled.findings())) == filled.count_findings()
    assert dict(stats.languages) == {"ja": len(docs)}
    assert dict(stats.dropped) == Counter(x.reason for d in docs.values() for x in d.dropped)
    dates = sorted(filter(None, (d.published or d.published_not_before for d in docs.values())))
    assert (stats.first_date, stats.last_date) == (dates[0], dates[-1])
    assert stats.schema_version >= 1 and stats.database


# -- transactions ---------------------------------------------------------------------------


def test_a_failed_add_leaves_nothing_of_the_document(empty):
    doc = article("nis")
    doc.sections = [Section(start=0, end=5), Section(start=None, end=None)]  # NOT NULL fails
    with pytest.raises(Exception):  # noqa: B017 - each database raises its own error
        empty.add_document(doc)
    assert empty.document(doc.id) is None and list(empty.documents()) == []
    assert empty.search("国家情報院") == [] and list(empty.entities()) == []
    stats = empty.stats()
    assert (stats.documents, stats.event_reports, stats.figures, stats.sections) == (0, 0, 0, 0)
    assert empty.unreconciled() == []
    empty.add_document(article("nis"))  # and it can then be stored whole
    assert empty.document(doc.id) is not None


def test_a_failed_transaction_changes_nothing(filled):
    before = list(filled.events()), list(filled.findings()), list(filled.figures())
    with pytest.raises(RuntimeError), filled.transaction():
        filled.clear_reconciliation()
        raise RuntimeError("interrupted")
    assert (list(filled.events()), list(filled.findings()), list(filled.figures())) == before


def test_reads_in_a_snapshot_agree(filled):
    with filled.snapshot():
        events = list(filled.events())
        assert filled.stats().events == len(events)


# -- the reconcile part ---------------------------------------------------------------------


def test_reports_round_trip_with_typed_keys_and_clusters(empty):
    docs = store_articles(empty, ["nis", "copy", "us"], reconciled=False)
    nis, copy_, us = docs["nis"], docs["copy"], docs["us"]
    assert empty.unreconciled() == sorted(d.id for d in docs.values())
    reports = empty.event_reports(doc_ids=[nis.id, copy_.id])
    assert [r.id for r in reports] == sorted(e.id for d in (nis, copy_) for e in d.events)
    [told] = nis.events
    [report] = [r for r in reports if r.id == told.id]
    assert (report.doc_id, report.type, report.mode, report.actor, report.target, report.source,
            report.status, report.date_start, report.date_basis, report.confidence,
            report.start, report.end, report.spoken_of, report.item, report.treaty) == (
        nis.id, told.type, told.mode, told.actor, told.target, told.source, told.status,
        told.date_start, told.date_basis, told.confidence, told.start, told.end, told.spoken_of,
        "troops", None)  # fmt: skip
    assert report.key is None and report.cluster is None and report.doc_duplicate_of is None
    assert {r.doc_duplicate_of for r in reports if r.doc_id == copy_.id} == {nis.id}

    # Keys keep None as None, and select their reports.
    claimed = EventKey("AID", "troops", "PRK", "RUS", "claimed", "KOR")
    loose = EventKey("AID", None, "PRK", None, "possible", None)
    us_ids = sorted(e.id for e in us.events)
    empty.set_event_keys({r.id: claimed for r in reports} | {i: loose for i in us_ids})
    assert [r.id for r in empty.event_reports(keys=[loose])] == us_ids
    assert {r.key for r in empty.event_reports(keys=[claimed, loose])} == {claimed, loose}
    assert empty.event_reports(keys=[]) == []

    first = _merged("e-one", claimed, "PRK", [r.id for r in reports])
    second = _merged("e-two", loose, "korean-peoples-army", us_ids)
    empty.replace_clusters([claimed, loose], [first, second])
    assert empty.clusters() == [first, second]
    assert empty.clusters(entity_ids=["korean-peoples-army"]) == [second]
    assert empty.clusters(entity_ids=["USA"]) == []
    assert {r.cluster for r in empty.event_reports(clusters=["e-two"])} == {"e-two"}
    assert [e.id for e in empty.events()] == ["e-one", "e-two"]  # the reader sees them
    # Replacing the clusters of one key leaves the others alone.
    empty.replace_clusters([claimed], [])
    assert empty.clusters() == [second]


def test_what_moves_what_a_count_quantifies_and_the_treaty_round_trip(filled, docs):
    shells, signing = docs["shells"], docs["signing"]
    # The report keeps its item, the merged event the item its reports name.
    [supply] = [e for e in shells.events if e.type == "AID"]
    [report] = filled.event_reports(doc_ids=[shells.id])
    assert supply.item == report.item == "shells"
    [cluster] = [c for c in filled.clusters() if c.id == report.cluster]
    assert cluster.item == "shells" and filled.event(cluster.id).item == "shells"
    # The figure names the merged event the report it quantifies belongs to.
    [count] = shells.figures
    assert count.event is supply
    assert filled.figure(count.id).event_id == cluster.id
    [stored] = filled.figure_reports(doc_ids=[shells.id])
    assert stored.event == supply.id
    # A signing names its treaty: an entity reference when read back.
    # (its headline, 露朝が条約署名, tells the signing too, naming no treaty)
    [signed] = [e for e in signing.events if e.type == "AGREE" and e.treaty]
    treaty = "comprehensive-strategic-partnership-treaty"
    assert signed.treaty == treaty
    [read] = [e for e in filled.events(EventFilter(type="AGREE")) if e.treaty is not None]
    assert read.treaty is not None and (read.treaty.id, read.treaty.kind) == (treaty, "treaty")
    # A meeting moves nothing and acts on no treaty; a count of no event names none.
    assert all(e.item is None and e.treaty is None
               for e in filled.events(EventFilter(type="CONSULT")))  # fmt: skip
    unlinked = [f for f in filled.figures() if f.event_id is None]
    assert all(f.kind not in ("troops", "shells") or f.id != count.id for f in unlinked)


def _merged(merged_id: str, key: EventKey, actor: str, members: list[str]) -> MergedEvent:
    return MergedEvent(
        id=merged_id, key=key, type=key.category, mode=key.mode, actor=actor, target="RUS",
        location=None, date_start="2024-10-18", date_end=None, date_basis="text",
        status="reported", source=None, confidence=0.8, members=tuple(sorted(members)),
        item="troops",
    )  # fmt: skip


def test_figures_series_and_findings_round_trip_per_scope(empty):
    docs = store_articles(empty, ["nis", "us", "copy", "parade"], reconciled=False)
    nis, us, copy_, parade = docs["nis"], docs["us"], docs["copy"], docs["parade"]
    figures = empty.figure_reports(doc_ids=[nis.id, us.id])
    assert [f.id for f in figures] == sorted(f.id for d in (nis, us) for f in d.figures)
    assert {f.doc_published for f in figures} == {nis.published, us.published}
    troops = SeriesKey("troops", "persons", "PRK")
    empty.set_series_keys({figures[0].id: troops, figures[1].id: None})
    assert [f.id for f in empty.figure_reports(series=[troops])] == [figures[0].id]
    assert empty.figure(figures[0].id).series == troops
    assert empty.figure(figures[1].id).series is None

    series = _finding("x-1", "figure_series", figure_ids=(figures[0].id,))
    denial = _finding("x-2", "assertion_vs_denial")
    about_doc = _finding("x-3", "duplicate_report", doc_ids=(nis.id, copy_.id))
    # A denial scope and a document scope of the same name are two scopes.
    empty.replace_findings({SeriesScope(troops): [series], DenialScope(copy_.id): [denial],
                            DocumentScope(copy_.id): [about_doc]})  # fmt: skip
    assert list(empty.findings()) == [denial, about_doc, series]  # by kind, then id
    empty.replace_findings({DenialScope(copy_.id): []})
    assert [f.id for f in empty.findings()] == ["x-3", "x-1"]
    renewed = _finding("x-4", "figure_series")
    empty.replace_findings({SeriesScope(troops): [renewed]})
    assert [f.id for f in empty.findings()] == ["x-3", "x-4"] and empty.count_findings() == 2

    assert empty.document_meta([copy_.id]) == [
        DocumentMeta(copy_.id, copy_.source, copy_.title, nis.id, nis.source)
    ]
    assert [m.id for m in empty.document_meta()] == sorted(d.id for d in docs.values())
    assert empty.notes([parade.id]) == [
        StoredNote(parade.id, n.kind, n.summary, n.start, n.end) for n in parade.notes
    ]
    assert parade.notes and empty.notes([nis.id]) == []
    empty.mark_reconciled([nis.id])
    assert nis.id not in empty.unreconciled() and copy_.id in empty.unreconciled()
    empty.mark_reconciled(None)
    assert empty.unreconciled() == []


def _finding(finding_id: str, kind: str, figure_ids=(), doc_ids=()) -> Finding:
    return Finding(finding_id, kind, f"{kind} {finding_id}", figure_ids, (), doc_ids)


def _everything(store: Store) -> tuple:
    return (list(store.documents()), list(store.entities()), list(store.events()),
            list(store.figures()), list(store.findings()))  # fmt: skip


def test_reconciling_article_by_article_equals_a_rebuild(filled, knowledge):
    incremental = _everything(filled)
    reconcile(filled, knowledge)
    assert _everything(filled) == incremental


def test_a_store_an_older_version_wrote_keeps_everything(factory, tmp_path, knowledge):
    if factory.aged is None:
        pytest.skip(f"{factory.name} has no older version")
    names = list(ARTICLES)
    store = factory.open(tmp_path)
    store_articles(store, names[:-2])
    before = _unread_before_version_9(_everything(store))
    store = factory.aged(tmp_path, store)
    try:
        assert _everything(store) == before
        store_articles(store, names[-2:])  # reconciled on top of the migrated keys
        (tmp_path / "fresh").mkdir()
        fresh = factory.open(tmp_path / "fresh")
        try:
            store_articles(fresh, names)
            migrated = _unread_before_version_9(_everything(store))
            batch = _unread_before_version_9(_everything(fresh))
            # Everything but when each document was stored.
            assert [_without_time(d) for d in migrated[0]] == [_without_time(d) for d in batch[0]]
            assert migrated[1:] == batch[1:]
        finally:
            fresh.close()
    finally:
        store.close()


def _unread_before_version_9(everything: tuple) -> tuple:
    """What a store written before version 9 cannot hold: what moves, the treaty acted on,
    the event a count quantifies (they come with the documents ingested again); nor, before
    version 10, the extractor version of each fact (`kansoku reprocess` takes those)."""
    documents, entities, events, figures, findings = everything
    events = [
        replace(e, item=None, treaty=None, extractor=None,
                evidence=tuple(replace(v, extractor=None) for v in e.evidence))
        for e in events
    ]  # fmt: skip
    figures = [replace(f, event_id=None, extractor=None) for f in figures]
    return documents, entities, events, figures, findings


def _without_time(doc):
    return replace(doc, ingested_at="")


# -- reprocessing: the extractor version of each fact, and replacing a document's facts --


def test_every_fact_records_the_extractor_that_made_it(filled, docs):
    from kansoku.extract import EXTRACTOR_VERSION

    events, figures = list(filled.events()), list(filled.figures())
    assert events and figures
    assert all(e.extractor == EXTRACTOR_VERSION for e in events)
    assert all(v.extractor == EXTRACTOR_VERSION for e in events for v in e.evidence)
    assert all(f.extractor == EXTRACTOR_VERSION for f in figures)
    # Read by the current extractor: none older; every one older than the next.
    assert filled.extracted_before(EXTRACTOR_VERSION) == []
    stored_order = [d.id for d in filled.documents()]
    assert filled.extracted_before(EXTRACTOR_VERSION + 1) == stored_order


def test_facts_stored_before_versions_were_recorded_count_as_older(factory, tmp_path):
    from kansoku.extract import EXTRACTOR_VERSION

    if factory.aged is None:
        pytest.skip(f"{factory.name} has no older version")
    store = factory.open(tmp_path)
    store_articles(store, ["nis", "us"])
    store = factory.aged(tmp_path, store)
    try:
        assert all(e.extractor is None for e in store.events())
        assert all(f.extractor is None for f in store.figures())
        older = store.extracted_before(EXTRACTOR_VERSION)
        assert older == [d.id for d in store.documents()] and len(older) == 2
        store_articles(store, ["shells"])  # a new one is read by the current extractor
        assert store.extracted_before(EXTRACTOR_VERSION) == older
    finally:
        store.close()


def test_replace_facts_swaps_one_documents_facts_whole(filled, docs, knowledge):
    nis, us = docs["nis"], docs["us"]
    original = _everything(filled)
    others = {
        "events": [r for r in filled.event_reports() if r.doc_id != nis.id],
        "figures": [f for f in filled.figure_reports() if f.doc_id != nis.id],
    }
    changed = copy.deepcopy(nis)
    changed.figures = []  # a figure gone
    changed.events[0].status = "possible"  # a report altered (same id)
    changed.notes = []
    filled.replace_facts(changed)
    assert filled.figure_reports(doc_ids=[nis.id]) == []
    [report] = [r for r in filled.event_reports(doc_ids=[nis.id]) if r.id == nis.events[0].id]
    assert report.status == "possible"
    assert len(filled.event_reports(doc_ids=[nis.id])) == len(nis.events)
    assert filled.notes(doc_ids=[nis.id]) == []
    assert filled.unreconciled() == [nis.id]
    # Nothing of another document changed (its reports keep their keys and clusters).
    assert [r for r in filled.event_reports() if r.doc_id != nis.id] == others["events"]
    assert [f for f in filled.figure_reports() if f.doc_id != nis.id] == others["figures"]
    # The document itself is kept: its text, and it is found as before.
    assert filled.document(nis.id).text == nis.text
    assert filled.find_document(nis.source, nis.content_sha256) == nis.id
    # Put back and rebuilt, the store is what it was (the figures put back come last
    # among those of their date: they were stored again).
    filled.replace_facts(copy.deepcopy(nis))
    reconcile(filled, knowledge)
    assert filled.unreconciled() == []
    now = _everything(filled)
    assert now[:3] == original[:3] and now[4] == original[4]
    assert sorted(now[3], key=lambda f: f.id) == sorted(original[3], key=lambda f: f.id)
    assert [r.id for r in filled.event_reports(doc_ids=[us.id])] == sorted(e.id for e in us.events)


def test_replace_facts_of_an_unknown_document_changes_nothing(filled, docs):
    before = _everything(filled)
    ghost = copy.deepcopy(docs["nis"])
    ghost.id = "d-0000000000000000"
    with pytest.raises(KeyError):
        filled.replace_facts(ghost)
    assert _everything(filled) == before
    assert filled.unreconciled() == []


def test_replace_facts_then_a_rebuild_equals_storing_it_so(factory, tmp_path, knowledge):
    """Facts replaced in place and reconciled again read back as if stored that way."""
    names = ["nis", "us", "deny", "shells"]
    store = factory.open(tmp_path)
    (tmp_path / "fresh").mkdir()
    fresh = factory.open(tmp_path / "fresh")
    try:
        docs = store_articles(store, names)
        altered = copy.deepcopy(docs["us"])
        altered.figures = [f for f in altered.figures if f.kind != "troops"]
        store.replace_facts(altered)
        reconcile(store, knowledge)
        for name in names:
            doc = altered if name == "us" else article(name)
            doc.duplicate_of = fresh.find_same_content(doc.content_sha256)
            fresh.add_document(doc)
        reconcile(fresh, knowledge)
        got, want = _everything(store), _everything(fresh)
        assert [_without_time(d) for d in got[0]] == [_without_time(d) for d in want[0]]
        assert got[1:] == want[1:]
    finally:
        store.close()
        fresh.close()
