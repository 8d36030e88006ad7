"""Page furniture on pages kansoku was not written for, fourth pass: forms that survived
cleaning on a further set of real Japanese pages and on some thirty Japanese, Korean and
English pages read through the search tool, each written here as the team's own line.

A list of other stories' headlines closing the page with no label above it (a ranking,
"most read"), however long its items; a Japanese caption closed by where its picture
comes from, said with から; a caption set twice on its line; a broadcaster's stamp of its
name and the date; a source given as a label; a section's label with the day; a skip link
with its menu's position; a paid site's offer; a broadcast transcript's role markers; a
Korean caption's capture credit of several words, an English "/ Photo:" credit, a
wire's translation credit and a reference link glued to a paragraph's end; a caption's
clause closed by the wire's name; a gallery's button; a template's variable all go.

What must stay, as it is content: a transcript's speaker label and the whole quote under
it (a line that is one quotation is never a link, nor is its speaker's label in brackets
a credit), the article's own numbered points (sentences, lines that continue its topic,
a list its paragraph announces, and the announcing line), a last paragraph with
furniture glued to it or cut short, and sentences shaped like the furniture."""

import pytest
from test_furniture_eighth import PROSE, _between, _clean

JA_FURNITURE = [
    # A caption, no full stop, ending on a noun and closed by where its picture comes from.
    "2026年3月の訪問時に握手を交わす例示国の国防相(例示新聞から)",
    "前線に向かう兵士とみられる人たち(SNSから)",
    "港に停泊する貨物船の様子（例示通信のHPから）",
    "捕虜とされる兵士の映像(動画から)",
    # The same caption set twice on its line (the picture's text, then its caption).
    "会談に臨む例示国の首脳(左)と例示国の外相会談に臨む例示国の首脳(左)と例示国の外相",
    "握手する両国の代表団の様子  握手する両国の代表団の様子",
    # A broadcaster's stamp: its name, a slash and the date.
    "例示NEWS NNN / 2026年3月4日 9時47分",
    "例示テレビ / 2026年3月4日",
    # Where a picture or a quote comes from, as a label.
    "引用:YouTube",
    "画像引用：例示国防省",
    # A section's label with the day in brackets, a skip link with its menu's position.
    "国際(3月4日)",
    "メインメニューへスキップ(上段)",
    # A paid site's offer and its login link.
    "「例示サイト」は、月額900円のコンテンツ配信サイトです。",
    "簡単なお手続きで、サイト内のすべての記事を読むことができます。",
    "例示サイト会員の方はここからログイン",
    # A caption's one clause ending on a noun, then the wire's name; a gallery's button; a
    # dateline of place, day and the outlet between slashes.
    "3日に空港に到着し、出迎えを受ける例示国の国防相(左)。AP通信",
    "この写真をギャラリーで開きます:",
    "東京, 3月4日, /EXAMPLEMEDIA/",
]

JA_KEPT = [
    "同紙は、例示国の国防相が平壌を訪れたと報じた(例示新聞から)。",
    "例示国の国防相が平壌を訪れ、首脳と握手した(例示新聞から)",
    "例示国の部隊は前線に移動した(10月から)",
    "会談に臨む両国の代表団(左から)",
    "同社は月額900円のサービスを始めると発表した。",
    "引用された報告書は、例示国の部隊が前線に移動したと指摘した。",
    "例示国の会員は、ここから会合に向かったと伝えられた。",
    "例示国の国防相は空港で会談した。共同通信",
    "両国の代表団は写真撮影に応じ、ギャラリーで作品を見た。",
]

KO_FURNITURE = [
    # A broadcast transcript's role markers.
    "◀ 앵커 ▶",
    "◀ 리포트 ▶",
]

KO_KEPT = [
    "앵커는 예시국의 부대가 전선에 배치됐다고 전했다.",
]

EN_FURNITURE = [
    # A template's variable left as text.
    "example_tickers",
]

EN_KEPT = [
    "The photo archive of the ministry was opened to reporters on Monday.",
]

JA_GLUED = [
    # A wire's translation credit, a link to the item the story draws on.
    ("{first}【翻訳編集】 Example News", "【翻訳編集】"),
    ("{first}参考リンクhttps://news.example.com/articles/0123456789abcdef", "参考リンク"),
]

KO_GLUED = [
    # A caption's sentence closed by a capture credit of several words.
    ("{first} 예시국 대통령 공식 엑스 캡처", "엑스 캡처"),
]

EN_GLUED = [
    ("{first} / Photo: Example Archive", "Photo: Example Archive"),
]


@pytest.mark.parametrize(
    ("line", "language"),
    [(line, "ja") for line in JA_FURNITURE]
    + [(line, "ko") for line in KO_FURNITURE]
    + [(line, "en") for line in EN_FURNITURE],
)
def test_a_line_of_furniture_seen_on_the_fourth_unseen_pages_is_dropped(line, language, knowledge):
    doc = _between(line, language, knowledge)
    assert line not in doc.text
    assert all(p in doc.text for p in PROSE[language])


@pytest.mark.parametrize(
    ("line", "language"),
    [(line, "ja") for line in JA_KEPT]
    + [(line, "ko") for line in KO_KEPT]
    + [(line, "en") for line in EN_KEPT],
)
def test_a_line_shaped_like_that_furniture_is_kept(line, language, knowledge):
    doc = _between(line, language, knowledge)
    assert line in doc.text


@pytest.mark.parametrize(
    ("body", "furniture", "language"),
    [(*case, "ja") for case in JA_GLUED]
    + [(*case, "ko") for case in KO_GLUED]
    + [(*case, "en") for case in EN_GLUED],
)
def test_a_credit_glued_to_a_paragraphs_end_goes_without_the_paragraph(
    body, furniture, language, knowledge
):
    first, last = PROSE[language]
    doc = _clean(f"{body.format(first=first)}\n{last}", language, knowledge)
    assert furniture not in doc.text
    assert first in doc.text and last in doc.text


# A ranking or "most read" box closing the page with no label: other stories' headlines,
# numbered in order, longer than a widget's label.
RANKINGS = [
    (
        "ja",
        [
            "1. 例示市の強盗事件で男(30)を逮捕 防犯カメラに姿が映る 例示県警が発表した事件の詳細",
            "2. 「長い間お世話になりました」例示書店が閉店 40年の営業に区切り",
            "3. 例示党の党首(45)を書類送検 つきまといの疑いで",
        ],
    ),
    (
        "ja",
        [
            "1. 例示市で記録的な大雨、川が氾濫し住宅50棟が浸水する被害 住民の避難が続く",
            "2. 例示選手が新記録 世界大会の決勝で自己ベストを更新し初の金メダルを獲得",
        ],
    ),
    (
        "en",
        [
            "1. Police arrest man, 30, after robbery at a city jewellery shop on Main Street",
            "2. 'Thank you for 60 years': beloved department store closes its doors for good",
            "3. Party leader, 45, referred to prosecutors over alleged stalking of a rival",
        ],
    ),
    (
        "ko",
        [
            '1. 예시시 보석상 강도 사건 30대 남성 체포…"방범 카메라에 모습 찍혀" 경찰 수사 확대',
            "2. '60년 고마웠습니다' 예시 백화점 마지막 영업일…반세기 역사에 막 내려",
        ],
    ),
]


@pytest.mark.parametrize(("language", "items"), RANKINGS)
def test_a_ranking_closing_the_page_with_no_label_goes(language, items, knowledge):
    first, last = PROSE[language]
    doc = _clean("\n".join(["Example headline", first, last, *items]), language, knowledge)
    assert not any(item.split(". ", 1)[1] in doc.text for item in items)
    assert first in doc.text and last in doc.text


@pytest.mark.parametrize(
    "body",
    [
        # The article's own points closing it: sentences.
        "例示見出し\n{first}\n1. 例示国が港を開いた。\n2. 貨物船が入港した。",
        # Lines that continue the article's topic, in plain words.
        "例示見出し\n{first}\n報告書は三つの段階を示した。\n"
        "1. 北朝鮮軍部隊がロシア極東の訓練施設に到着し装備を受け取った段階\n"
        "2. 北朝鮮軍部隊が鉄道でロシア西部へ向かった段階\n"
        "3. 北朝鮮軍部隊がロシア軍と共にウクライナ軍との戦闘に加わった段階",
        "例示見出し\n{first}\n報告書は二つの要求を挙げた。\n"
        "1. 北朝鮮軍の撤退\n2. ロシアへの武器輸出の停止",
        # A list the paragraph announces, whatever its words.
        "例示見出し\n{first}\n例示国が求めたのは次の2点だ：\n1. 例示港の即時開放\n2. 例示航路の再開",
    ],
)
def test_the_articles_own_numbered_points_closing_the_page_stay(body, knowledge):
    first, _ = PROSE["ja"]
    doc = _clean(body.format(first=first), "ja", knowledge)
    for line in body.format(first=first).split("\n")[1:]:
        assert line.split(". ", 1)[-1] in doc.text


@pytest.mark.parametrize(
    ("label", "quote", "language"),
    [
        (
            "例示国 例示大統領補佐官",
            "「我々は兵士数千人が極東に着いたとみている」",
            "ja",
        ),
        ("例示国の保安庁の広報官", "『例示国の部隊が前線で兵士を拘束した』", "ja"),
        ("[예시국 포로 A]", '"훈련을 실전처럼 해본다고 했어요."', "ko"),
        ("[예시국 포로 B]", "\u2033조선으로 다시 돌아가고 싶어?\u2033", "ko"),
    ],
)
def test_a_speakers_label_and_the_quote_under_it_stay(label, quote, language, knowledge):
    """Between a link's label above (a video's) and the article's paragraphs, a speaker's
    label and the whole quote under it, as a broadcaster's transcript runs them."""
    first, last = PROSE[language]
    video = (
        "【動画】例示国の兵士が東部に移動 例示国高官"
        if language == "ja"
        else "[영상] 예시국 포로 영상"
    )
    doc = _clean("\n".join([first, video, label, quote, last]), language, knowledge)
    assert label in doc.text and quote in doc.text
    assert first in doc.text and last in doc.text


def test_a_speakers_label_and_quote_closing_the_page_stay(knowledge):
    first, last = PROSE["ja"]
    label, quote = "例示国 例示報道官", "「協力は続く」"
    doc = _clean("\n".join([first, last, label, quote]), "ja", knowledge)
    assert label in doc.text and quote in doc.text


def test_headlines_under_a_links_label_still_go(knowledge):
    """Real links under a widget's label between paragraphs still go: only a whole quote
    ends their run."""
    first, last = PROSE["ja"]
    links = ["例示国が港を開放", "例示国の外相が辞任へ"]
    doc = _clean("\n".join([first, "関連記事", *links, last]), "ja", knowledge)
    assert not any(link in doc.text for link in links)
    assert first in doc.text and last in doc.text


@pytest.mark.parametrize(
    "stamp", ["例示NEWS NNN / 2026年3月4日 9時47分", "例示テレビ / 2026年3月4日"]
)
def test_a_broadcasters_stamp_goes_whole_not_only_its_date(stamp, knowledge):
    first, last = PROSE["ja"]
    doc = _clean("\n".join(["例示見出し", stamp, first, last]), "ja", knowledge)
    assert stamp.split(" / ")[0] not in doc.text
    assert first in doc.text and last in doc.text


def test_a_short_credit_in_brackets_alone_still_goes(knowledge):
    first, last = PROSE["ja"]
    doc = _clean("\n".join([first, last, "(例示通信)"]), "ja", knowledge)
    assert "(例示通信)" not in doc.text


def test_a_last_paragraph_with_furniture_glued_after_a_footers_link_stays(knowledge):
    """After a link cut off the last paragraph (a footer's mark), a line with a full stop
    inside it is a paragraph whose glued furniture no rule cut off, not a headline."""
    first, last = PROSE["ja"]
    glued = f"{last}【例示欄】 Example Daily"
    body = f"{first} 【写真】空港に到着した例示国の国防相 同省は会談の予定を明らかにした。\n{glued}"
    doc = _clean(body, "ja", knowledge)
    assert last in doc.text and first in doc.text


def test_a_truncated_last_paragraph_stays(knowledge):
    first, last = PROSE["ja"]
    cut = "まずは例示国の部隊が移動した。装備の多くは港から運ばれ、兵士の"
    doc = _clean("\n".join([first, last, "関連記事", cut]), "ja", knowledge)
    assert cut in doc.text


@pytest.mark.parametrize(
    ("lines", "language"),
    [
        (["例示国 例示報道官", "「協力は続く」", "例示国 例示外相", "「港は開く」"], "ja"),
        (["[예시국 포로 A]", '"여기서 살고 싶어요."'], "ko"),
    ],
)
def test_a_transcripts_last_labels_and_quotes_stay(lines, language, knowledge):
    first, last = PROSE[language]
    doc = _clean("\n".join([first, last, *lines]), language, knowledge)
    assert all(line in doc.text for line in lines)


def test_headlines_after_a_footers_furniture_go_even_as_quotes(knowledge):
    """A footer's headlines after its copyright line and a writer's link: a quote among
    them heads or closes no transcript."""
    first, last = PROSE["ko"]
    footer = ["ⓒ 예시방송 무단복제-재배포 금지", "홍길동 다른 기사 보기"]
    headlines = ["내일 예시시에 많은 눈…10㎝ 쌓일 듯", '"아이들은 부모가 키우는 것"']
    doc = _clean("\n".join([first, last, *footer, *headlines]), "ko", knowledge)
    assert not any(h in doc.text for h in headlines)
    assert first in doc.text and last in doc.text
