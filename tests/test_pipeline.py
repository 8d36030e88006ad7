import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from kansoku.knowledge import Knowledge, default_knowledge
from kansoku.model import Document, Section
from kansoku.pipeline import ingest, process
from kansoku.store import open_store

ARTICLE = (
    "北朝鮮兵、クルスク州の前線へ\n"
    "韓国の国家情報院は、ロシアに派遣された北朝鮮兵の一部がクルスク州の前線に移動したとの見方を示した。"
    "国情院によると、兵士らはロシア軍の部隊に編入され、ドローン対策の訓練を受けているという。\n"
    "ロシア大統領府の報道官はこれを否定し、根拠のない主張だと述べた。"
    "一方、米国防総省は北朝鮮兵が数週間以内に戦闘に加わる可能性があるとの見方を示した。\n"
)


def test_ingesting_the_same_source_twice_changes_nothing(tmp_path, store, samples):
    first = ingest([str(samples)], store)
    assert first.ok and len(first.stored) == 11
    rows_before = list(store.documents())
    second = ingest([str(samples)], store)
    assert second.stored == [] and sorted(second.unchanged) == sorted(first.stored)
    assert list(store.documents()) == rows_before


def test_syndicated_copy_is_marked_duplicate_of_the_original(store, samples):
    report = ingest([str(samples)], store)
    docs = {Path(d.source).name: d for d in store.documents()}
    original = docs["ja_news_article.html"]
    copy = docs["ja_news_article_syndicated.txt"]
    assert copy.duplicate_of == original.id
    assert report.duplicates == [copy.id]
    others = [d for name, d in docs.items() if name != "ja_news_article_syndicated.txt"]
    assert all(d.duplicate_of is None for d in others)


def test_exact_copy_under_another_name_is_a_duplicate(tmp_path, store):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    shutil.copy(tmp_path / "a.txt", tmp_path / "b.txt")
    ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], store)
    a, b = store.documents()
    assert b.duplicate_of == a.id and a.duplicate_of is None


def test_bad_items_do_not_stop_the_batch_or_touch_what_is_stored(tmp_path, store):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    ingest([str(tmp_path / "good.txt")], store)
    before = list(store.documents())
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "bad" / "empty.txt").write_bytes(b"")
    (tmp_path / "bad" / "z.txt").write_text(
        ARTICLE.replace("クルスク州", "ロシア西部"), encoding="utf-8"
    )
    report = ingest([str(tmp_path / "bad")], store)
    assert len(report.errors) == 2 and len(report.stored) == 1
    after = list(store.documents())
    assert after[: len(before)] == before and len(after) == 2


def test_a_failed_write_leaves_no_part_of_the_document(tmp_path, db_path):
    store = open_store(db_path)
    doc = process(Document(source="x.txt", raw_sha256="0", body=ARTICLE), default_knowledge())
    doc.sections = [Section(start=0, end=5), Section(start=None, end=None)]  # NOT NULL fails
    with pytest.raises(Exception, match="NOT NULL"):
        store.add_document(doc)
    store.close()
    reopened = open_store(db_path)
    assert list(reopened.documents()) == []
    assert reopened.search("国家情報院") == []
    assert reopened.conn.execute("SELECT count(*) FROM sections").fetchone()[0] == 0
    reopened.close()


def test_language_is_identified_from_the_cleaned_text(samples, store):
    ingest([str(samples)], store)
    langs = {d.source_id or Path(d.source).name: d.language for d in store.documents()}
    assert langs["en_news_article.html"] == "en"
    assert langs["ko-001"] == "ko"
    assert langs["ja_blog_with_ad.txt"] == "ja"


def test_a_pool_of_workers_gives_the_same_store_as_one_process(tmp_path, samples):
    one, two = open_store(str(tmp_path / "one.db")), open_store(str(tmp_path / "two.db"))
    ingest([str(samples)], one)
    ingest([str(samples)], two, workers=2)

    def facts(store):
        return (
            [(d.id, d.text, d.duplicate_of) for d in store.documents()],
            list(store.events()),
            list(store.figures()),
        )

    assert facts(one) == facts(two)
    assert facts(one)[1]  # the comparison is about something
    one.close()
    two.close()


def test_a_page_with_nothing_of_the_topic_is_kept_without_facts(knowledge):
    doc = process(
        Document(
            source="x.txt", raw_sha256="0", body="駅前の商店街で3000人が参加する祭りが開かれた。"
        ),
        knowledge,
    )
    assert doc.text and not doc.on_topic and not doc.core
    assert not doc.events and not doc.figures


@pytest.mark.parametrize(
    "body",
    [
        "米国は中国への追加制裁を発表した。米国の大統領は日本の首相と会談した。",
        "The United States imposed new sanctions on Iran and announced talks with Japan.",
    ],
)
def test_a_page_naming_neither_party_is_stored_but_never_read_for_facts(knowledge, body):
    doc = process(Document(source="x.txt", raw_sha256="0", body=body), knowledge)
    assert doc.text and not doc.on_topic and not doc.events and not doc.figures
    assert doc.extractor is not None  # read, and found to name neither
    every = replace(knowledge, topic=replace(knowledge.topic, read_pages_naming=()))
    again = process(Document(source="x.txt", raw_sha256="0", body=body), every)
    assert again.on_topic and again.events  # the topic's words alone would have had it read


@pytest.mark.parametrize(
    "body",
    [
        # Russia's war without North Korea; a North Korean launch without Russia.
        "ロシア軍は東部で攻勢を強め、ロシア軍の死傷者は1日約1500人に上るとウクライナ軍が発表した。",
        "Russian forces captured a village in the northeast and fired 3,000 shells, Kyiv said.",
        "북한은 12일 동해상으로 탄도미사일 2발을 발사했다고 합동참모본부가 밝혔다.",
    ],
)
def test_a_page_naming_one_partner_tells_another_story_and_is_not_read(knowledge, body):
    doc = process(Document(source="a.txt", raw_sha256="0", body=body), knowledge)
    assert doc.text and not doc.on_topic and not doc.core
    assert not doc.events and not doc.figures
    every = replace(knowledge, topic=replace(knowledge.topic, read_pages_naming=()))
    assert process(Document(source="a.txt", raw_sha256="0", body=body), every).events


def test_counts_about_the_core_parties_need_a_story_about_both(knowledge):
    both = "北朝鮮兵が加わったロシア軍の死傷者は1日約1500人に上るとウクライナ軍が発表した。"
    doc = process(Document(source="b.txt", raw_sha256="0", body=both), knowledge)
    assert doc.core and [f for f in doc.figures if f.value == 1500]


@pytest.mark.parametrize(
    "body",
    [
        "ウクライナ軍は12日、北朝鮮兵2人を拘束したと発表した。"
        "東部の前線では砲弾3000発が撃ち込まれた。",
        "Ukraine's security service said on Monday it had captured two North Korean "
        "soldiers. On the eastern front, 3,000 shells were fired overnight.",
        "우크라이나 보안국은 북한군 병사 2명을 생포했다고 12일 밝혔다. "
        "동부 전선에서는 포탄 3000발이 발사됐다.",
    ],
)
def test_north_koreans_in_the_war_are_read_where_a_party_is_named(knowledge, body):
    """Russia unnamed: North Korea with Ukraine is still the story (read_pages_naming's
    second group), but only the sentences naming a tracked party reach the parser."""

    def read(knowledge: Knowledge) -> Document:
        doc = Document(source="x.txt", raw_sha256="0", body=body, published="2025-03-01")
        return process(doc, knowledge)

    doc = read(knowledge)
    assert doc.on_topic and not doc.core
    first_end = doc.sentences[0].end
    assert doc.events and all(e.end <= first_end for e in doc.events)  # the capture
    assert not doc.figures  # the second sentence names no tracked party: never parsed
    every = read(replace(knowledge, topic=replace(knowledge.topic, read_pages_naming=())))
    assert every.figures  # a profile reading every page reads them all


def test_a_page_mixing_languages_has_each_stretch_read_in_its_own(knowledge):
    english = (
        "North Korea has sent about 3,000 more soldiers to Russia, South Korea's National "
        "Intelligence Service said on Monday, citing satellite imagery."
    )
    japanese = "北朝鮮とロシアの軍事協力について、ある専門家は次の英文記事を紹介している。"
    body = "\n".join([japanese, english, "同専門家は、派兵がさらに続くとみている。"])

    def facts_of(text: str) -> tuple[Document, set, set]:
        doc = Document(source="x.txt", raw_sha256="0", body=text, published="2025-01-13")
        doc = process(doc, knowledge)
        events = {(e.type, e.actor, e.target, e.source, e.status) for e in doc.events}
        return doc, events, {(f.kind, f.value, f.source) for f in doc.figures}

    alone, events_alone, figures_alone = facts_of(english)
    assert alone.language == "en" and events_alone and figures_alone
    mixed, events_mixed, figures_mixed = facts_of(body)
    assert mixed.language == "ja"
    # What the English reader finds in the paragraph alone, it finds inside the Japanese page.
    assert events_alone <= events_mixed and figures_alone <= figures_mixed
    start = mixed.text.index(english)
    assert all(start <= f.start < start + len(english) for f in mixed.figures)
    # Sentences and mentions of both languages, in text order, with the page's offsets.
    assert [s.start for s in mixed.sentences] == sorted(s.start for s in mixed.sentences)
    named = {mixed.text[m.start : m.end] for m in mixed.mentions}
    assert {"North Korea", "北朝鮮"} <= named
    # Read as Japanese throughout, the English paragraph would yield nothing.
    japanese_only = replace(knowledge, languages={"ja": knowledge.languages["ja"]})
    alone_in_japanese = process(Document(source="x.txt", raw_sha256="0", body=body), japanese_only)
    assert not [e for e in alone_in_japanese.events if e.start >= start]
