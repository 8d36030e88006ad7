"""Page furniture named by its form in #8: a page's character count in brackets, on its
own line or glued after the last sentence, and a labelled link to the page's file or to
another copy of it (a short label, a colon, an address). Lines written by the team.

What must stay: a sentence that counts characters or words, and a sentence that ends on
an address after a colon."""

import pytest
from test_furniture_eighth import PROSE, _between, _clean

FURNITURE = [
    ("（全文約2,400字）", "ja"),
    ("(3,120字)", "ja"),
    ("［本文 1,050文字］", "ja"),
    ("[1,850 words]", "en"),
    ("PDF版はこちら：https://example.org/report/2026-05.pdf", "ja"),
    ("報告書全文のダウンロード:https://example.org/files/1234", "ja"),
    ("Full report: https://example.org/report.pdf", "en"),
    ("원문 보기: https://example.org/view/55", "ko"),
]

KEPT = [
    ("声明は全文で約2,400字に及び、ロシアとの協力を強調した。", "ja"),
    ("The statement, 1,850 words long, praised the ties with Russia.", "en"),
    (
        "国防省は声明で、詳しい数字は報告書に載っていると述べた。報告書：https://example.org/a",
        "ja",
    ),
]


@pytest.mark.parametrize(("line", "language"), FURNITURE)
def test_a_count_or_a_labelled_link_on_its_own_line_is_dropped(line, language, knowledge):
    doc = _between(line, language, knowledge)
    assert line not in doc.text
    assert all(p in doc.text for p in PROSE[language])


@pytest.mark.parametrize(("line", "language"), KEPT)
def test_a_sentence_with_a_count_or_an_address_is_kept(line, language, knowledge):
    doc = _between(line, language, knowledge)
    assert line.split("報告書：")[0] in doc.text


@pytest.mark.parametrize(
    ("tail", "language"), [("（約3,100字）", "ja"), ("(2,400字)", "ja"), (" [900 words]", "en")]
)
def test_a_count_glued_after_the_last_sentence_goes(tail, language, knowledge):
    first, last = PROSE[language]
    doc = _clean(f"{first}\n{last}{tail}", language, knowledge)
    assert tail.strip() not in doc.text
    assert last in doc.text


# A list of other stories' headlines above the article (a video widget's playlist): most
# name nothing of the topic, so the list goes, the topical headlines in it too.
_PLAYLIST = [
    "- 【ライブ】各地で記録的な大雨 交通に乱れ など(例示テレビ)",
    "- 東京で35度超え 熱中症に警戒(2026年7月1日)",
    "- 【ライブ】ロシア軍 東部で攻勢強める など(例示テレビ)",
    "- 新幹線が一時運転見合わせ 駅で混雑|例示ニュース",
]


def test_a_playlist_of_other_stories_above_the_article_goes(knowledge):
    first, last = PROSE["ja"]
    body = "\n".join([*_PLAYLIST, "北朝鮮兵が前線に 国防省発表", first, last])
    doc = _clean(body, "ja", knowledge)
    assert not any(item[2:] in doc.text for item in _PLAYLIST), doc.text
    assert first in doc.text and last in doc.text


def test_the_articles_own_points_above_it_stay(knowledge):
    first, last = PROSE["ja"]
    points = [
        "- 北朝鮮の部隊がロシア西部に展開",
        "- ロシア国防省が展開を発表",
        "- 北朝鮮はロシアとの協力継続を表明",
    ]
    doc = _clean("\n".join([*points, first, last]), "ja", knowledge)
    assert all(p[2:] in doc.text for p in points), doc.text
