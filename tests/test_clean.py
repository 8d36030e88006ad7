"""Cleaning, on the team's sample pages (expectations in tests/data/samples.expect.yaml)
and on short pages written for one rule each."""

from pathlib import Path

import pytest

from kansoku.clean import clean
from kansoku.knowledge import default_knowledge
from kansoku.model import DROP_REASONS, Document
from kansoku.pipeline import process
from kansoku.read import read_sources


def _sample_docs(samples: Path) -> dict[str, Document]:
    docs = {}
    knowledge = default_knowledge()
    for doc in read_sources([str(samples)], knowledge.calendar):
        assert isinstance(doc, Document), doc
        docs[doc.source_id or Path(doc.source).name] = process(doc, knowledge)
    return docs


@pytest.fixture(scope="module")
def sample_docs(samples) -> dict[str, Document]:
    return _sample_docs(samples)


def _cases(expectations: dict) -> list[tuple[str, dict]]:
    cases = []
    for name, exp in expectations.items():
        cases += list(exp["items"].items()) if "items" in exp else [(name, exp)]
    return cases


def test_every_sample_is_expected(sample_docs, expectations):
    assert sorted(sample_docs) == sorted(name for name, _ in _cases(expectations))


@pytest.mark.parametrize("aspect", ["kind", "published", "must_drop", "must_keep", "sections"])
def test_samples_match_expectations(sample_docs, expectations, aspect):
    problems = []
    for name, exp in _cases(expectations):
        doc = sample_docs[name]
        if aspect == "kind" and doc.kind != exp["kind"]:
            problems.append(f"{name}: kind {doc.kind}")
        if aspect == "published":
            if doc.published != exp.get("published"):
                problems.append(f"{name}: published {doc.published}, want {exp.get('published')}")
            want = exp.get("published_not_before")
            if want and doc.published_not_before != want:
                problems.append(f"{name}: not before {doc.published_not_before}, want {want}")
        if aspect == "must_drop":
            problems += [f"{name}: kept {s!r}" for s in exp.get("must_drop", []) if s in doc.text]
        if aspect == "must_keep":
            problems += [
                f"{name}: lost {s!r}" for s in exp.get("must_keep", []) if s not in doc.text
            ]
        if aspect == "sections" and "sections" in exp:
            got = [(s.published, s.outlet, s.off_topic) for s in doc.sections]
            want = [(s["published"], s["outlet"], s["off_topic"]) for s in exp["sections"]]
            if got != want:
                problems.append(f"{name}: sections {got}")
    assert not problems, "\n".join(problems)


def test_section_offsets_point_at_their_text(sample_docs):
    doc = sample_docs["ja_aggregator_summary.txt"]
    for section in doc.sections:
        body = doc.text[section.start : section.end]
        if section.off_topic:
            assert body == ""
        else:
            assert body and body == body.strip()
            assert "✅" in body


def test_dropped_spans_have_a_contract_reason(sample_docs):
    reasons = {d.reason for doc in sample_docs.values() for d in doc.dropped}
    assert reasons <= set(DROP_REASONS)
    assert {"navigation", "advert", "share", "comments", "credit", "off_topic"} <= reasons


def make(body: str, language: str = "ja") -> Document:
    doc = Document(source="t.txt", raw_sha256="0", body=body, language=language)
    return clean(doc, default_knowledge())


def reasons(doc: Document) -> dict[str, str]:
    return {d.text: d.reason for d in doc.dropped}


def test_each_kind_of_furniture_gets_its_reason():
    doc = make(
        "メニュー 検索 ログイン\n"
        "北朝鮮兵、前線に到着か 2024年11月02日 07:15\n"
        "筆者: 田中一郎\n"
        "ウクライナ軍は、北朝鮮兵がロシア西部の前線に到着したと発表した。\n"
        "スポンサーリンク\n"
        "ロシア国防省はコメントを出していない。\n"
        "この記事をシェア\n"
        "コメント (5)\n"
    )
    assert reasons(doc) == {
        "メニュー 検索 ログイン": "navigation",
        "北朝鮮兵、前線に到着か 2024年11月02日 07:15": "credit",
        "筆者: 田中一郎": "credit",
        "スポンサーリンク": "advert",
        "この記事をシェア": "share",
        "コメント (5)": "comments",
    }
    assert doc.published == "2024-11-02"
    assert doc.title == "北朝鮮兵、前線に到着か"
    assert doc.text.startswith("ウクライナ軍は")


def test_credit_glued_to_a_paragraph_is_cut_off():
    doc = make("ロシア外務省は北朝鮮との協力を続けると述べた。(c)Example News\n")
    assert doc.text == "ロシア外務省は北朝鮮との協力を続けると述べた。"
    assert reasons(doc) == {"(c)Example News": "credit"}


def test_unrelated_text_after_an_advert_label_is_off_topic():
    doc = make(
        "北朝鮮はロシアに弾薬を送り続けているとみられる。\n"
        "PR\n"
        "新発売の電動歯ブラシは充電一回で三十日使えます。\n"
        "韓国政府は対応を協議している。\n"
    )
    assert "歯ブラシ" not in doc.text
    assert reasons(doc)["新発売の電動歯ブラシは充電一回で三十日使えます。"] == "off_topic"
    assert "韓国政府" in doc.text


def test_long_unrelated_item_pasted_into_a_page_is_off_topic_but_short_asides_stay():
    pasted = "駅前の商店街では週末、恒例の古本市が開かれた。" * 12  # long, nothing of the topic
    doc = make(
        "北朝鮮がロシアに兵士を派遣したと韓国政府が発表した。\n"
        "なるほど、驚きですね。\n"
        f"{pasted}\n"
        "ロシア大統領府は派遣を否定した。\n"
    )
    assert "古本市" not in doc.text
    assert "なるほど、驚きですね。" in doc.text


def test_a_page_entirely_off_the_topic_profile_is_kept_as_it_is():
    doc = make("駅前の商店街では週末、恒例の古本市が開かれた。" * 12)
    assert doc.text and not doc.dropped


def test_links_after_the_article_footer_are_navigation():
    doc = make(
        "Officials in Seoul said North Korean troops had reached the front line in Kursk.\n"
        "Share this story\n"
        "Ceasefire talks stall again\n"
        "Markets close higher on Friday\n",
        language="en",
    )
    assert (
        doc.text
        == "Officials in Seoul said North Korean troops had reached the front line in Kursk."
    )
    assert reasons(doc)["Markets close higher on Friday"] == "navigation"


def test_subheadings_inside_the_article_are_kept():
    doc = make(
        "北朝鮮がロシアに兵士を派遣したと韓国政府が発表した。\n"
        "広告\n"
        "派遣の背景\n"
        "ロシアは兵力不足に悩んでいるとみられる。\n"
    )
    assert "派遣の背景" in doc.text


def test_english_aggregator_sections_and_dates():
    doc = make(
        "Weekly digest: Russia and North Korea\n"
        "Kursk clash reported\n"
        "Published: 5 November 2024\n"
        "- Ukraine said its forces fought North Korean units in Kursk.\n"
        "Read more ⇒ Example Wire: https://wire.example.com/a\n"
        "Our take: a first.\n"
        "Treaty in force\n"
        "Posted: December 4, 2024\n"
        "- The treaty between Moscow and Pyongyang took effect.\n"
        "Read more ⇒ https://www.reuters.com/world/b\n",
        language="en",
    )
    assert doc.kind == "aggregator"
    assert [(s.published, s.outlet, s.url) for s in doc.sections] == [
        ("2024-11-05", "Example Wire", "https://wire.example.com/a"),
        ("2024-12-04", "Reuters", "https://www.reuters.com/world/b"),
    ]
    assert doc.published is None and doc.published_not_before == "2024-12-04"
    first = doc.sections[0]
    assert doc.text[first.start : first.end] == (
        "Kursk clash reported\n- Ukraine said its forces fought North Korean units in Kursk."
    )
    assert "Our take: a first." in doc.text


def test_text_glued_after_a_read_more_url_is_kept_as_the_next_paragraph():
    doc = make(
        "✅ 北朝鮮がロシアに兵士を送った。\n"
        "さらに読む ⇒ 出典: https://news.example.jp/1ロシアは否定している。\n"
        "✅ 韓国政府が懸念を表明した。\n"
        "さらに読む ⇒ 出典: https://news.example.jp/2\n"
    )
    assert "ロシアは否定している。" in doc.text
    assert "https://" not in doc.text
    assert [s.url for s in doc.sections] == [
        "https://news.example.jp/1",
        "https://news.example.jp/2",
    ]


def test_not_before_ignores_dates_in_the_future_tense():
    doc = make(
        "2024年12月4日、露朝の条約が発効した。\n両国は2025年5月9日に共同で式典を開く予定だ。\n"
    )
    assert doc.published is None
    assert doc.published_not_before == "2024-12-04"


def test_credits_glued_to_captions_and_paragraphs_are_cut_off_by_their_form():
    doc = make(
        "ロシア大統領府は北朝鮮との協力を続けると表明した。\n"
        "平壌で握手する両首脳=共同\n"
        "会談に臨む外相。写真通信社提供(2025年 例示通信)\n"
        "ロシアは北朝鮮に弾薬の追加供与を求めたとみられる。 もっと見る\n"
        "為替は1ドル=150円\n"
        "韓国政府は対応を協議している。\n"
    )
    # A caption closed by a wire credit goes whole; a credit glued after a sentence is cut.
    assert reasons(doc) == {
        "平壌で握手する両首脳=共同": "credit",
        "写真通信社提供(2025年 例示通信)": "credit",
        "もっと見る": "navigation",
    }
    assert "平壌で握手する両首脳" not in doc.text and "為替は1ドル=150円" in doc.text
    assert "会談に臨む外相。" in doc.text


def test_a_credit_line_in_brackets_and_a_byline_with_a_written_time_are_credits():
    doc = make(
        "北朝鮮兵、前線に展開か\n"
        "2025年3月2日(日)9時05分 例示新聞\n"
        "ウクライナ軍は北朝鮮兵が前線に展開したと発表した。\n"
        "(ニュース提供元:例示通信社)\n"
    )
    assert reasons(doc) == {
        "2025年3月2日(日)9時05分 例示新聞": "credit",
        "(ニュース提供元:例示通信社)": "credit",
    }
    assert doc.published == "2025-03-02"


def test_headings_that_end_the_page_are_navigation_but_a_headline_only_page_stays():
    doc = make(
        "ウクライナ軍は北朝鮮兵が前線に展開したと発表した。\n"
        "ロシア国防省は確認していない。\n"
        "これまでの関連ニュース\n"
    )
    assert reasons(doc) == {"これまでの関連ニュース": "navigation"}
    assert make("北朝鮮兵、前線に展開か\n").text == "北朝鮮兵、前線に展開か"
    cut = "英国の情報機関は15日の報告書で、北朝鮮がクルスクに約1万1000人の兵力を派遣し、その"
    assert cut in make(f"ロシア国防省は確認していない。\n{cut}\n").text  # an excerpt cut short


def test_english_and_korean_photo_credits_and_author_lines():
    doc = make(
        "North Korea sent more shells to Russia, officials said.\n"
        "Kim Jong Un at a factory (Photo: Example Images)\n"
        "Authors: Jane Roe, the news desk\n"
        "The ministry did not comment. (Photo: Example Images)\n",
        language="en",
    )
    # A caption goes whole; a paragraph keeps its sentence and loses the credit after it.
    assert reasons(doc) == {
        "Kim Jong Un at a factory (Photo: Example Images)": "credit",
        "Authors: Jane Roe, the news desk": "credit",
        "(Photo: Example Images)": "credit",
    }
    assert "The ministry did not comment." in doc.text
    doc = make("북한이 러시아에 포탄을 보냈다고 밝혔다. /사진=예시뉴스\n", language="ko")
    assert reasons(doc) == {"/사진=예시뉴스": "credit"}


def test_widget_labels_image_links_and_character_counts_are_furniture():
    doc = make(
        "ロシアは北朝鮮に弾薬の追加供与を求めたとみられる。\n"
        "この記事の写真を見る\n"
        "![会談する両首脳](https://example.com/a.jpg)\n"
        "この記事は会員限定です。残り1234文字\n"
        "アプリをダウンロード\n"
        "この記事を読んでどう思いましたか\n"
        "1 2 3 次へ\n"
        "韓国政府は対応を協議している。\n"
    )
    assert set(reasons(doc)) == {
        "この記事の写真を見る",
        "![会談する両首脳](https://example.com/a.jpg)",
        "この記事は会員限定です。残り1234文字",
        "アプリをダウンロード",
        "この記事を読んでどう思いましたか",
        "1 2 3 次へ",
    }
    assert doc.text.count("\n") == 1


def test_pagination_gallery_follow_and_byline_widgets_are_furniture():
    doc = make(
        "ロシアは北朝鮮に弾薬の追加供与を求めたとみられる。\n"
        "次ページ\n"
        "(2/3)\n"
        "この記事の画像(4枚)\n"
        "フォローする\n"
        "著者のプロフィール\n"
        "文=例示太郎\n"
        "韓国政府は対応を協議している。\n"
    )
    assert set(reasons(doc)) == {
        "次ページ",
        "(2/3)",
        "この記事の画像(4枚)",
        "フォローする",
        "著者のプロフィール",
        "文=例示太郎",
    }


def test_a_blog_reposting_items_closed_by_credit_lines_has_a_section_for_each():
    doc = make(
        "北朝鮮とロシアの動き まとめ\n"
        "北朝鮮がロシアに追加の砲弾を送ったと韓国軍が分析した。\n"
        "(例示日報 2025/2/11)\n"
        "ロシアの外相が平壌を訪れ、北朝鮮の外相と会談した。\n"
        "元記事：例示通信 2025年3月4日\n"
        "管理人のひとこと：今後も注目です。\n"
    )
    assert doc.kind == "aggregator"
    assert [(s.published, s.outlet) for s in doc.sections] == [
        ("2025-02-11", "例示日報"),
        ("2025-03-04", "例示通信"),
    ]
    first = doc.text[doc.sections[0].start : doc.sections[0].end]
    assert first.startswith("北朝鮮がロシアに") and "例示日報" not in doc.text


def test_labels_disclaimers_and_notes_of_an_analysis_page_are_furniture():
    doc = make(
        "執筆者：例示花子\n"
        "公開日：2025年1月20日\n"
        "タグ：北朝鮮 ロシア 安全保障\n"
        "ロシアは北朝鮮に弾薬の追加供与を求めたとみられる。\n"
        "（出所）各種報道より筆者作成\n"
        "韓国政府は対応を協議している。\n"
        "注\n"
        "本稿の内容は筆者個人の見解であり、所属機関の見解を示すものではありません。\n"
        "PDF版（1.2MB）\n"
        "この記事を引用する\n"
        "例示大学東アジア研究所 主任研究員\n"
    )
    assert set(reasons(doc)) == {
        "執筆者：例示花子",
        "公開日：2025年1月20日",
        "タグ：北朝鮮 ロシア 安全保障",
        "（出所）各種報道より筆者作成",
        "注",
        "本稿の内容は筆者個人の見解であり、所属機関の見解を示すものではありません。",
        "PDF版（1.2MB）",
        "この記事を引用する",
        "例示大学東アジア研究所 主任研究員",
    }
    assert doc.text.count("\n") == 1


def test_widgets_of_a_document_host_and_an_editors_note_are_furniture():
    doc = make(
        "読み込み中....(全文を見る)\n"
        "Copied!\n"
        "Download\n"
        "Citation preview\n"
        "＊対談の内容をもとに編集部で再構成しています。\n"
        "ロシアは北朝鮮に弾薬の追加供与を求めたとみられる。\n"
        "韓国政府は対応を協議している。\n"
    )
    assert set(reasons(doc)) == {
        "読み込み中....(全文を見る)",
        "Copied!",
        "Download",
        "Citation preview",
        "＊対談の内容をもとに編集部で再構成しています。",
    }
    assert doc.text.count("\n") == 1


ANALYSIS_PAGE = """ホーム > 研究成果 > 論考
北朝鮮の対ロ接近と東アジアの安全保障
2025年11月
山田 太郎（地域研究センター 研究員）
PDF版ダウンロード（450KB）
キーワード：北朝鮮、ロシア、安全保障

北朝鮮は2024年秋、ロシアに兵士を派遣した。ロシアはその見返りに、北朝鮮に石油を供給しているとみられる。

両国は2024年6月に包括的戦略パートナーシップ条約に署名した。

写真の出所
平壌の風景（Wikimedia Commons, CC BY-SA 4.0）

著者プロフィール
山田太郎（やまだ・たろう）　地域研究センター研究員。専門は朝鮮半島の国際関係。

※この記事の内容および意見は執筆者個人に属し、当研究所の公式意見を示すものではありません。

参考文献
・田中一郎『東アジアの安全保障』2023年
関連するコンテンツ
・ロシアと北朝鮮の経済関係
ページの先頭へ
"""


def test_an_analysis_pages_furniture_is_dropped_by_its_form():
    doc = make(ANALYSIS_PAGE)
    assert doc.published == "2025-11"  # a page dated to its month alone
    prose = [line for line in doc.text.splitlines() if line]
    assert prose == [
        "北朝鮮の対ロ接近と東アジアの安全保障",
        "北朝鮮は2024年秋、ロシアに兵士を派遣した。ロシアはその見返りに、北朝鮮に石油を供給しているとみられる。",
        "両国は2024年6月に包括的戦略パートナーシップ条約に署名した。",
    ]
    kinds = reasons(doc)
    assert kinds["山田 太郎（地域研究センター 研究員）"] == "credit"
    assert kinds["PDF版ダウンロード（450KB）"] == "boilerplate"
    assert kinds["平壌の風景（Wikimedia Commons, CC BY-SA 4.0）"] == "credit"


NOTES_PAGE = """ロシアと北朝鮮の同盟の行方
公開日：2025年12月10日
DOI: 10.1234/abcd.5678
ロシア軍は2025年4月にクルスク州の戦闘を終えたと発表した1。北朝鮮もその後、派兵を認めた2。
両国は軍事協力をさらに強めるとみられる。
注
1 『タス通信』2025年4月26日。
2. 『朝鮮中央通信』2025年4月28日。
3 https://example.org/report.pdf（2025年12月1日閲覧）
"""


def test_a_documents_record_and_its_numbered_source_notes_are_dropped():
    doc = make(NOTES_PAGE)
    assert doc.published == "2025-12-10"
    kinds = reasons(doc)
    assert kinds["DOI: 10.1234/abcd.5678"] == "boilerplate"
    notes = [line for line in NOTES_PAGE.splitlines() if line[:1].isdigit()]
    assert len(notes) == 3 and all(kinds[n] == "boilerplate" for n in notes)
    assert "両国は軍事協力をさらに強めるとみられる。" in doc.text


REPOSITORY_PAGE = """ロシアと北朝鮮の接近をどうみるか
山田 花子/地域研究センター 東アジア研究グループ
(画像=写真提供サービス)
北朝鮮は2024年6月、ロシアと包括的戦略パートナーシップ条約を結んだ。ロシアはその後、北朝鮮に石油を供給しているとみられる。
田中一郎(たなか いちろう)
雑誌名 東アジア研究ノート
巻 12
ページ 5-9
発行年 2025-03
出版者 東アジア研究会
URL http://doi.org/10.0000/example
(取材・執筆・構成=編集部)
"""


def test_a_repositorys_record_a_name_unit_byline_and_a_profile_head_are_dropped():
    doc = make(REPOSITORY_PAGE)
    assert [line for line in doc.text.splitlines() if line] == [
        "ロシアと北朝鮮の接近をどうみるか",
        "北朝鮮は2024年6月、ロシアと包括的戦略パートナーシップ条約を結んだ。ロシアはその後、北朝鮮に石油を供給しているとみられる。",
    ]
    kinds = reasons(doc)
    assert kinds["山田 花子/地域研究センター 東アジア研究グループ"] == "credit"
    assert kinds["田中一郎(たなか いちろう)"] == "credit"
    assert kinds["巻 12"] == kinds["雑誌名 東アジア研究ノート"] == "boilerplate"


BLOG_PAGE = """東アジア観察メモ
投稿日：2025.11.16　カテゴリー：朝鮮半島

今週読んだ記事から2本をメモしておく。

■北朝鮮、ロシアに労働者を追加派遣か
韓国紙の東亜日報は3日、北朝鮮が先月、ロシア極東に建設労働者約3000人を追加で派遣したと報じた。
（出典:東亜日報日本語版 2025/11/4）

■ロシア、北朝鮮に肥料を提供へ
ロシア政府は12日、北朝鮮に肥料5万トンを無償で提供すると発表した。
元記事:https://www.example-news.jp/article/20251113-ABCDEF/ （例示新聞 2025年11月13日）

管理人ひとこと：続報を待ちたい。
"""


def test_a_blogs_items_closed_by_their_credits_are_dated_sections():
    doc = make(BLOG_PAGE)
    assert doc.kind == "aggregator"
    # (出典:outlet date) in brackets, and a read-more line whose credit follows the URL.
    assert [(s.published, s.outlet) for s in doc.sections] == [
        ("2025-11-04", "東亜日報日本語版"),
        ("2025-11-13", "例示新聞"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Jane Roe; Editing by John Doe)",
        "This photo released by the state agency on July 13 shows two ministers shaking hands "
        "in a coastal city during a visit that lasted three days. (Yonhap)",
        "The two leaders sign documents at a ceremony in the capital. (Pool Photo via AP)",
        "쿠르스크 지역에서 포착된 병사들 [특수작전군 제공. 재판매 및 DB 금지]",
        "[앵커]",
        "KBS 뉴스 홍길동입니다.",
        "Read more: Troops arrive at the front, officials say",
        "▶ 관련기사 더 보기",
    ],
)
def test_captions_credits_and_script_labels_are_furniture(line, knowledge):
    prose = "North Korea sent troops to Russia in October, officials said on Friday."
    doc = clean(
        Document(source="t.txt", raw_sha256="0", body=f"{prose}\n{line}\n{prose}"), knowledge
    )
    assert line not in doc.text
    assert prose in doc.text


def test_a_labelled_stamp_dates_the_page_but_a_sentence_starting_with_the_label_stays():
    doc = make(
        "Updated June 12, 2026 at 9:05 a.m. EDT\n"
        "Russia's defence ministry said troops had moved to the border region.\n"
        "Updated figures released on June 10, 2026 showed more troops had arrived.\n",
        language="en",
    )
    assert reasons(doc) == {"Updated June 12, 2026 at 9:05 a.m. EDT": "credit"}
    assert doc.published == "2026-06-12"
    # A crawler's date label before a byline: the whole line is a credit.
    doc = make("date 2026-06-12 By Jane Example and Ivan Sample, EXAMPLE\n" + doc.text, "en")
    assert "Jane Example" not in doc.text
    assert doc.published == "2026-06-12"


@pytest.mark.parametrize(
    ("body", "published", "first"),
    [
        # A crawler's or a page's labelled date glued before the first line of the story.
        (
            " date 2026-02-03 【例示共同】同国の外相は3日、会談したと明らかにした。",
            "2026-02-03",
            "【例示共同】",
        ),
        ("公開日：2025/07/14 政府は14日、追加の制裁を発表した。", "2025-07-14", "政府は14日"),
        (
            "Date: 2026-04-09 Seoul, April 9 -- The ministry said talks had ended.",
            "2026-04-09",
            "Seoul",
        ),
        # A sentence that starts with the label's word is no stamp.
        ("日付が変わる直前、政府は声明を出した。", None, "日付が変わる"),
    ],
)
def test_a_labelled_date_glued_before_the_story_dates_the_page(body, published, first):
    doc = clean(Document(source="t.txt", raw_sha256="0", body=body), default_knowledge())
    assert doc.published == published
    assert doc.text.startswith(first)
