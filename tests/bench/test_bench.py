"""The benchmark's parts: the corpus it builds, the latency store it fills, the JSON it
prints, and the index that serves one- and two-character search terms. No timings are
asserted: speed is what ``kansoku bench`` measures, not what a test can hold."""

import importlib.util
import json
import random

import pytest
from typer.testing import CliRunner

from kansoku.bench import BenchResult
from kansoku.bench.corpus import OFF_TOPIC, ON_TOPIC, BenchDoc, Pools, build_corpus, load_pools
from kansoku.bench.latency import fill_store, measure, sentences
from kansoku.cli import app
from kansoku.model import Document
from kansoku.store import open_store
from kansoku.store.sqlite import migrations
from kansoku.store.sqlite.searching import grams

ON = [
    "北朝鮮がロシアに兵士を派遣した。\n国家情報院は19日、約1万1000人と明らかにした。\nロシア側は否定した。",
    "露朝首脳が会談した。\n弾薬の供与で合意したとみられる。",
    "朝鮮中央通信は条約の批准を報じた。\n両国は軍事協力を強める。\n専門家は懸念を示した。",
]
OFF = [
    "日経平均は続伸した。\n東証の売買代金は3兆円だった。",
    "台風が接近している。\n気象庁は警戒を呼びかけた。\n交通機関に乱れが出る見込み。",
    "プロ野球の試合が行われた。\n先発投手が好投した。",
    "新しい研究で、睡眠の質が記憶に関わることが分かった。\n研究チームが発表した。",
]


def _pools() -> Pools:
    return Pools(
        tuple(BenchDoc(f"on{i}", ON_TOPIC, t) for i, t in enumerate(ON)),
        tuple(BenchDoc(f"off{i}", OFF_TOPIC, t) for i, t in enumerate(OFF)),
        "test",
    )


def test_the_corpus_is_the_same_for_the_same_arguments_and_never_repeats_a_text():
    first, again = build_corpus(40, 0.25, _pools()), build_corpus(40, 0.25, _pools())
    assert [(d.id, d.text) for d in first] == [(d.id, d.text) for d in again]
    assert len({d.text for d in first}) == 40 and len({d.id for d in first}) == 40
    assert sum(d.kind == ON_TOPIC for d in first) == 10  # round(40 × 0.25)
    # The pool's own documents come first, then recombinations of their paragraphs.
    assert {d.text for d in first} >= set(ON) | set(OFF)
    paragraphs = {
        k: {p for t in texts for p in t.split("\n")}
        for k, texts in ((ON_TOPIC, ON), (OFF_TOPIC, OFF))
    }
    for doc in first:
        assert set(doc.text.split("\n")) <= paragraphs[doc.kind]  # of its own kind only


@pytest.mark.parametrize(
    ("n", "mix", "on"), [(10, 1.0, 10), (10, 0.0, 0), (7, 0.1, 1), (100, 0.1, 10)]
)
def test_the_on_topic_ratio_is_respected(n, mix, on):
    docs = build_corpus(n, mix, _pools())
    assert len(docs) == n and sum(d.kind == ON_TOPIC for d in docs) == on


def test_a_mix_needing_an_absent_pool_is_refused():
    no_off = Pools(_pools().on_topic, (), "bundled")
    with pytest.raises(ValueError, match="off-topic"):
        build_corpus(10, 0.5, no_off)
    assert len(build_corpus(5, 1.0, no_off)) == 5


def test_the_pools_are_japanese_only():
    pools = load_pools()
    assert pools.on_topic  # the shared corpus beside the checkout, or the bundled samples
    assert all(json.loads(d.line())["language"] == "ja" for d in pools.on_topic + pools.off_topic)


def test_the_latency_store_holds_documents_facts_and_merged_events(tmp_path, knowledge):
    store = open_store(str(tmp_path / "latency.db"))
    seen = []
    report = fill_store(store, 120, sentences(ON + OFF), knowledge, on_progress=seen.append)
    stats = store.stats()
    assert stats.documents == report.documents == 120 and seen[-1] == 120
    assert stats.event_reports == report.events > 0 and stats.figures == report.figures > 0
    assert 0 < stats.events <= report.events  # merged
    assert store.unreconciled() == []
    assert list(store.events(limit=5)) and store.search("兵")
    timed = measure(store, knowledge, rounds=1)
    assert set(timed) == {"search", "timeline", "ask"}
    assert all(t.calls > 0 and t.p50_ms <= t.p95_ms <= t.max_ms for t in timed.values())
    store.close()


# -- one- and two-character terms --------------------------------------------------------------

TEXTS = [
    "露朝の軍事協力が進む。北朝鮮兵がクルスク州に派遣された。",
    "ロシア(露)は弾薬を求めている。",
    "US troops and the UN: 兵站の話。",
    "朝鮮半島の天気。晴れ。",
    "Ärger in der ÖVP, ärgerlich.",
    "弾 薬 は 別々",  # 弾薬 only across a space: not a match
    "İstanbul'da bir toplantı",
]


def _documents() -> list[Document]:
    docs = []
    for n, text in enumerate(TEXTS):
        docs.append(Document(
            source=f"t{n}", raw_sha256=str(n), content_sha256=str(n), id=f"d-{n:04d}",
            text=text, title="見出し露" if n == 3 else None, language="ja",
            published=f"2024-0{1 + n % 9}-01" if n % 3 else None,
        ))  # fmt: skip
    return docs


def _scan(docs: list[Document], query: str) -> set[str]:
    """Every document whose title or text holds every term, case-insensitively."""
    terms = [t.lower() for t in query.split()]
    return {
        d.id for d in docs
        if all(t in d.text.lower() or t in (d.title or "").lower() for t in terms)
    }  # fmt: skip


QUERIES = ["露", "兵", "朝鮮", "弾薬", "弾", "US", "us", "un", "ä", "Är", "ö", "晴", "。", "(", "露)",
           "i", "露 派遣", "兵 ロシア", "朝鮮 天気", "x", "x5", "ğ", "İ", "zz"]  # fmt: skip


@pytest.mark.parametrize("query", QUERIES)
def test_short_terms_find_what_a_full_scan_finds(store, query):
    docs = _documents()
    for doc in docs:
        store.add_document(doc)
    hits = store.search(query, limit=100)
    assert {h.id for h in hits} == _scan(docs, query)
    dates = [h.published or "" for h in hits]
    assert dates == sorted(dates, reverse=True)  # newest first, undated last


def test_a_random_store_answers_short_terms_as_a_full_scan_does(store):
    rng = random.Random(7)
    alphabet = "露朝鮮兵弾薬ロシアの北がにをAaBb。 "
    docs = [
        Document(source=f"r{n}", raw_sha256=str(n), content_sha256=str(n), id=f"d-r{n:03d}",
                 text="".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) + "。",
                 title=rng.choice([None, "露", "Ab"]))
        for n in range(200)
    ]  # fmt: skip
    for doc in docs:
        store.add_document(doc)
    for query in ["露", "a", "B", "朝鮮", "ab", "。", "露 兵", "aB 弾薬", "ロシア", "北 の"]:
        assert {h.id for h in store.search(query, limit=1000)} == _scan(docs, query), query


def test_the_migration_builds_the_grams_the_writer_writes(tmp_path):
    [path] = [p for v, p in migrations() if v == 11]
    spec = importlib.util.spec_from_file_location("migration_011", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for title, text in [(None, TEXTS[0]), ("Title İ", TEXTS[4]), ("", "a\nb c"), ("露", "")]:
        assert set(module._grams(title, text).split()) == set(grams(title, text).split())


def test_a_store_from_before_the_index_gets_it_when_opened(tmp_path):
    import sqlite3

    db = str(tmp_path / "old.db")
    store = open_store(db)
    docs = _documents()
    for doc in docs:
        store.add_document(doc)
    store.close()
    with sqlite3.connect(db) as conn:  # as version 10 left it, its FTS rows numbered apart
        conn.execute("DROP TABLE documents_grams")
        for index in (
            "documents_date",
            "documents_language",
            "documents_duplicates",
            "events_sentence",
            "figures_sentence",  # version 11
            "clusters_date",
            "clusters_type_date",
            "figures_kind_date",
        ):  # 12
            conn.execute(f"DROP INDEX {index}")
        conn.execute("UPDATE documents_fts SET rowid = rowid + 1000")
        conn.execute("PRAGMA user_version = 10")
    store = open_store(db)
    for query in [*QUERIES, "北朝鮮", "クルスク州", "toplantı"]:
        assert {h.id for h in store.search(query, limit=100)} == _scan(docs, query), query
    store.close()


# -- the command -------------------------------------------------------------------------------


def _corpus(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "seeds").mkdir(parents=True)
    for n, text in enumerate(ON):
        (corpus / "seeds" / f"{n}.txt").write_text(text, encoding="utf-8")
    (corpus / "offtopic.jsonl").write_text(
        "".join(
            json.dumps({"id": f"o{n}", "language": "ja", "text": t}, ensure_ascii=False) + "\n"
            for n, t in enumerate(OFF)
        ),
        encoding="utf-8",
    )
    return corpus


def _bench(tmp_path, *args: str):
    command = ["bench", "--docs", "4", "--mix", "0.5", "--corpus", str(_corpus(tmp_path)), *args]
    return CliRunner().invoke(app, command, catch_exceptions=False)


def test_bench_json_has_every_figure(tmp_path):
    result = _bench(tmp_path, "--latency-docs", "40", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    for key in ("docs_per_s", "chars_per_s", "ginza_chars_per_s", "ratio_vs_ginza",
                "ratio_vs_ginza_on_topic", "ginza_openblas_chars_per_s", "ratio_vs_ginza_openblas",
                "ratio_vs_ginza_openblas_on_topic", "peak_rss_mb", "search_p95_ms", "timeline_p95_ms",
                "ask_p95_ms", "filter_recall", "ms_per_doc_at_100"):  # fmt: skip
        assert isinstance(data[key], int | float), key
    assert set(data) == set(BenchResult.__dataclass_fields__)
    assert data["documents"] == 4 and data["on_topic_documents"] == 2
    assert data["stored"] == 4 and data["errors"] == data["failures"] == []
    assert data["latency_documents"] == 40
    assert data["runs"] == 1 and data["ratio_runs"] == [data["ratio_vs_ginza"]]
    assert data["dask_workers"] == 0 and data["dask_speedup"] is None
    assert data["dask_speedup_running"] is None


def test_bench_reports_the_median_of_its_runs(tmp_path):
    result = _bench(tmp_path, "--latency-docs", "0", "--runs", "3", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["runs"] == 3 and len(data["ratio_runs"]) == len(data["ratio_on_topic_runs"]) == 3
    assert data["ratio_vs_ginza"] == sorted(data["ratio_runs"])[1]
    assert data["ratio_vs_ginza_on_topic"] == sorted(data["ratio_on_topic_runs"])[1]
    assert data["filter_recall"] is not None  # measured once, in the first run


def test_bench_times_a_local_dask_cluster_of_one_worker_and_of_more(tmp_path):
    result = _bench(tmp_path, "--latency-docs", "0", "--dask-workers", "2", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    one, two = data["dask_seconds_one_worker"], data["dask_seconds_workers"]
    assert data["dask_workers"] == 2 and one > 0 and two > 0
    assert abs(data["dask_speedup"] - one / two) < 0.1
    # On the running cluster: the cluster's start and the models' loading left out.
    running_one = data["dask_running_seconds_one_worker"]
    running_two = data["dask_running_seconds_workers"]
    assert 0 < running_one < one and 0 < running_two < two
    assert abs(data["dask_speedup_running"] - running_one / running_two) < 0.1


def test_a_dask_comparison_needs_two_workers_or_more(tmp_path):
    result = _bench(tmp_path, "--latency-docs", "0", "--dask-workers", "1")
    assert result.exit_code == 2 and "give 2 or more" in result.output
