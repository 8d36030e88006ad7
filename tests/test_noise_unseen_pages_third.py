"""Page furniture on pages kansoku was not written for, third pass: forms that survived
cleaning on a further set of real Japanese pages and on some twenty Japanese and Korean
pages read through the search tool, each written here as the team's own line. A picture's
credit in brackets glued to a line's end, a caption closed by a slash and a name in Latin
letters, a caption that only names the picture, a link opened by a bracketed label of a
table or a chart, a section's label glued to an ISO date, a short label among the header's
links, a paywall's line in its forms, an outlet's summary box over the story, an outlet's
footer (its e-mail address, its description of itself, its name at the page's end) all
go; sentences of the same shape (a photo, a membership, a summary, an address that are
talked about, a story told in a bulleted list with no label) stay."""

import pytest
from test_furniture_eighth import PROSE, _between, _clean

JA_FURNITURE = [
    # A caption with no full stop closed by a slash and a Latin name (its photographer's,
    # its source's, or the agencies that relayed it).
    "例示国の外相(左)と握手する例示国の首相の様子/Jane Doe",
    "港に停泊する例示国の貨物船とされる映像/Example Agency",
    "訓練で砲を撃つ例示国の部隊/KCNA/Example Images",
    # A caption that only names the picture: a noun phrase closed by 写真, 画像, イメージ.
    "例示国の国旗を撮影した写真",
    "国境の検問所に並ぶ車両の画像",
    "例示国の港湾施設のイメージ",
    # A link to a table, a chart or a list, alone and closed with no full stop.
    "【表】ひと目でわかる…例示国と例示国の兵力の差",
    "【グラフ】例示国の貿易額の推移",
    "【一覧】これまでの例示国の発射実験",
    # A section's label glued to an ISO date.
    "ニュース2026-03-04",
    "国際2026.03.04",
    # A paywall's or a membership box's lines, in their forms.
    "この記事を保存するには、無料の会員登録が必要です。",
    "記事を保存するには、ログインが必要です。",
    "続きをお読みいただくには、有料会員へのお申し込みが必要です。",
    "有料会員になると記事全文をお読みいただけます。",
    "この続きを読みたい方は、サイトから会員登録していただくと無料でお読みいただけます。",
    "初月無料につき今月のお申し込みがお得",
    # A link to read the item in the outlet's app, a share bar run together, a copy button.
    "この記事を例示ニュースで読む",
    "いいねシェア保存リンクコピー",
    "コピー",
    # A broadcast's description: a role label over a name, its channel membership.
    "【ゲスト】",
    "◇メンバーシップ「例示ニュースクラブ」始まりました",
]

JA_KEPT = [
    "例示国の首相は会談後、写真撮影に応じた。",
    "政府は国境の画像を公開し、部隊の移動を確認したと発表した。",
    "同紙は3日、例示国の港湾施設を撮影した写真を掲載した。",
    "表によると、例示国の輸出は前年から2倍に増えた。",
    "会員登録をした市民は約1万人に上ると同市は発表した。",
    "参加を希望する方は、市役所で登録するよう同市は呼びかけた。",
    "同省は報告書の概要を3日に公表した。",
    "同社はメールで取材に応じ、例示国への出荷を認めた。",
    "同社は2026-03-04付の文書で計画を説明した。",
    "番組のゲストは例示大学の教授が務めた。",
]

JA_GLUED = [
    # A picture's credit in brackets glued to a paragraph's end: only the credit goes.
    ("{first}(写真提供=例示通信)", "(写真提供=例示通信)"),
    ("{first}(画像提供:例示社)", "(画像提供:例示社)"),
    # A table's link glued after the paragraph's last sentence.
    ("{first} 【表】ひと目でわかる…例示国の兵力", "【表】ひと目でわかる…例示国の兵力"),
    # A related-stories label glued after the writer's bracketed byline.
    ("{first}【例示市 例示太郎】あわせて読みたい", "あわせて読みたい"),
]

EN_FURNITURE = [
    # An outlet's footer: its e-mail address with its self-description glued after it, the
    # self-description alone.
    "desk@sample-times.orgSample Times is an online news site that covers trade, shipping "
    "and the region's economies every day.",
    "Sample Times Weekly is a media brand providing analysis of ports and markets to its "
    "subscribers.",
    "news@example.com",
    # A paywall's lines for printing and saving.
    "Sign in to print this article.",
    "Subscribe to save this story to your reading list.",
    "To read the full story, please subscribe.",
]

EN_KEPT = [
    "Example Daily is a newspaper that has covered the region since 1950, officials said.",
    "Members of the committee must sign in to vote, the ministry said.",
    "To read the treaty, officials said, one must look at its fourth article.",
    "The summary of the talks was sent to the council on Friday.",
]

EN_GLUED = [
    ("{first} (Photo: Example Agency)", "(Photo: Example Agency)"),
    ("{first} (Photo=Example News)", "(Photo=Example News)"),
]

KO_FURNITURE = [
    # A caption closed by the picture it names, a caption closed by a slash and a name.
    "국경 검문소 앞에 늘어선 차량들의 모습을 담은 사진",
    "회담장에 들어서는 양국 외교장관의 모습/Example Agency",
    # A paywall's lines, a link to a reporter's other stories, a read-also label, a pager,
    # a stamp's label alone.
    "로그인 후 이용 가능합니다.",
    "이 기사는 유료 회원 전용입니다.",
    "홍길동 기자 다른 기사 보기",
    "홍길동 다른 기사 보기",
    "또한 읽어보세요: 예시 시장 규모는 지난해 25억 달러였다.",
    "이전 1 2 3 다음",
    "입력",
    # A blog host's list switch, a paper's tags run into its reaction counters.
    "썸네일형 리스트형",
    "#예시 #외교 좋아요0 화나요0 추천해요0",
]

KO_KEPT = [
    "정부는 국경 검문소의 모습을 담은 사진을 3일 공개했다.",
    "회원 가입 절차는 다음 달부터 간소화된다고 부처는 밝혔다.",
    "외교부는 회담의 요약본을 국회에 제출했다고 말했다.",
]

KO_GLUED = [
    ("{first}(사진=예시뉴스)", "(사진=예시뉴스)"),
    ("{first} 더보기 이전 1 다음", "이전 1 다음"),
]


@pytest.mark.parametrize(
    ("line", "language"),
    [(line, "ja") for line in JA_FURNITURE]
    + [(line, "en") for line in EN_FURNITURE]
    + [(line, "ko") for line in KO_FURNITURE],
)
def test_a_line_of_furniture_seen_on_the_third_unseen_pages_is_dropped(line, language, knowledge):
    doc = _between(line, language, knowledge)
    assert line not in doc.text
    assert all(p in doc.text for p in PROSE[language])


@pytest.mark.parametrize(
    ("line", "language"),
    [(line, "ja") for line in JA_KEPT]
    + [(line, "en") for line in EN_KEPT]
    + [(line, "ko") for line in KO_KEPT],
)
def test_a_sentence_shaped_like_that_furniture_is_kept(line, language, knowledge):
    doc = _between(line, language, knowledge)
    assert line in doc.text


@pytest.mark.parametrize(
    ("body", "furniture", "language"),
    [(*case, "ja") for case in JA_GLUED]
    + [(*case, "en") for case in EN_GLUED]
    + [(*case, "ko") for case in KO_GLUED],
)
def test_furniture_glued_to_a_paragraphs_end_goes_without_the_paragraph(
    body, furniture, language, knowledge
):
    first, last = PROSE[language]
    doc = _clean(f"{body.format(first=first)}\n{last}", language, knowledge)
    assert furniture not in doc.text
    assert first in doc.text and last in doc.text


def test_a_caption_closed_by_a_pictures_credit_in_brackets_goes_whole(knowledge):
    first, last = PROSE["ja"]
    caption = "「例示国の輸出はゼロ」=例示国(画像提供:例示社)"
    doc = _clean(f"例示国の輸出はゼロ\n{caption}\n{first}\n{last}", "ja", knowledge)
    assert "例示国(画像提供" not in doc.text and "画像提供" not in doc.text
    assert first in doc.text and last in doc.text


@pytest.mark.parametrize(
    ("label", "items", "language"),
    [
        (
            "概要",
            [
                "- 例示国の書記が首都を訪れ、首脳と会談したと伝えられました。",
                "- 訪問は大統領の指示によるもので、内容は公開されていません。",
                "- 両者は2週間前にも会談していました。",
            ],
            "ja",
        ),
        (
            "この記事のポイント",
            ["・例示国が技術者を派遣した。", "・打ち上げは年内の見通しだ。"],
            "ja",
        ),
        ("3行まとめ", ["1. 例示国が港を開いた。", "2. 貨物船が入港した。"], "ja"),
        (
            "Key points",
            [
                "• Example technicians went there to assist the programme.",
                "• The launch is expected within months.",
            ],
            "en",
        ),
        (
            "Main points",
            [
                "- Example troops were moved to the border region.",
                "- Losses were reported on both sides, officials said.",
                "- The fighting is expected to go on through the winter.",
            ],
            "en",
        ),
        (
            "핵심 요약",
            ["- 예시국이 기술자를 파견했다.", "- 발사는 연내로 예상된다."],
            "ko",
        ),
    ],
)
def test_a_summary_box_over_the_story_goes_with_its_label(label, items, language, knowledge):
    first, last = PROSE[language]
    story = f"{first}{last}" if language == "ja" else f"{first} {last}"
    doc = _clean("\n".join(["Example headline", label, *items, story]), language, knowledge)
    assert not any(
        item.lstrip("-•・ ").removeprefix("1. ").removeprefix("2. ") in doc.text for item in items
    )
    assert story in doc.text


@pytest.mark.parametrize(
    "body",
    [
        # A label over a paragraph, or over one point, is the article's own.
        "例示見出し\nポイント\n{first}\n{last}",
        "例示見出し\n{first}\nまとめ\n- {last}",
        # Points that close the page are its conclusions, not a box over the story.
        "例示見出し\n{first}\nまとめ\n- {last}\n- {first}",
        # A story told in a bulleted list with no label.
        "例示見出し\n{first}\n- {last}\n- {first}",
    ],
)
def test_a_label_over_a_paragraph_or_a_list_with_no_label_stays(body, knowledge):
    first, last = PROSE["ja"]
    doc = _clean(body.format(first=first, last=last), "ja", knowledge)
    assert first in doc.text and last in doc.text


def test_a_short_label_between_two_lines_of_the_header_goes(knowledge):
    first, last = PROSE["ja"]
    title = "例示国「衛星の打ち上げに支援あった」"
    body = f"ニュース\nExample A to Z\n主なニュース\n{title}\n{first}\n{last}"
    doc = _clean(body, "ja", knowledge)
    assert "Example A to Z" not in doc.text
    assert title in doc.text and first in doc.text and last in doc.text


def test_the_title_between_two_lines_of_the_header_stays(knowledge):
    first, last = PROSE["ja"]
    title = "例示国が港を開放"
    doc = _clean(f"ニュース\n{title}\n主なニュース\n{first}\n{last}", "ja", knowledge)
    assert title in doc.text


def test_the_outlets_name_in_latin_letters_closing_a_japanese_page_goes(knowledge):
    first, last = PROSE["ja"]
    doc = _clean(f"例示見出し\n{first}\n{last}\nExample Economic Daily", "ja", knowledge)
    assert "Example Economic Daily" not in doc.text
    assert first in doc.text and last in doc.text


def test_a_latin_sentence_closing_a_japanese_page_stays(knowledge):
    first, last = PROSE["ja"]
    closing = "Example Daily reported the talks."
    doc = _clean(f"例示見出し\n{first}\n{last}\n{closing}", "ja", knowledge)
    assert closing in doc.text


def test_the_title_that_names_its_video_stays(knowledge):
    first, last = PROSE["ja"]
    title = "例示国の部隊が港に入る瞬間の映像"
    doc = _clean(f"{title}\n{first}\n例示国の国旗を撮影した写真\n{last}", "ja", knowledge)
    assert doc.text.startswith(title)
    assert "例示国の国旗を撮影した写真" not in doc.text
    assert first in doc.text and last in doc.text
