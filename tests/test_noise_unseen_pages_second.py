"""Page furniture on pages kansoku was not written for, second pass: forms that survived
cleaning on three more sets of real English, Korean and Japanese pages and on some thirty
pages read through the search tool, each written here as the team's own line. A reporter's
name in capitals, an image link whose caption carries its credit in brackets, a
broadcaster's tip box and reuse notice in English, a wire's caption that says who provided
the picture and ends with the relayed credit, a picture's caption right above its credit,
a section label glued before the title set again, a font-size widget, skip links, a
machine's summary over the story, an aggregator's credit line, another story's headline
between paragraphs all go; sentences of the same shape (a phone call, a summary, an agency
in brackets inside a sentence, a photo that is talked about) stay."""

import pytest
from test_furniture_eighth import PROSE, _between, _clean

EN_FURNITURE = [
    # A reporter's name in capitals alone, under a list mark or not.
    "- HONG GIL-DONG",
    "PARK MIN-JI",
    "JANE EXAMPLE",
    # A broadcaster's tip box and its reuse notice, in English.
    "※ 'Your video becomes news'",
    "Your tip becomes news",
    "[Kakao Talk] Search Example TV and add the channel",
    "[Phone] 02-000-1234",
    "(Line) Add Example News as a friend",
    "Tel: 02-123-4567",
    "+82 2-555-0100",
    "[Copyright holder (c) Example TV Unauthorized copying and distribution prohibited]",
    "Unauthorised copying and redistribution of this video is prohibited.",
    # Where a picture comes from, as a label.
    "Images source: © Example Images | Contributor",
    "Photo credit: Example Agency",
    "Image credits: Example Ministry of Defence",
    # A byline with accented letters, a video's staff list in Korean.
    "Jana Przykładowa",
    "José Ejemplo",
    # A font-size widget and skip-link headers.
    "Smaller",
    "Text size",
    "Accessibility links",
    # A blog's category line glued to its first name, a like counter, a chevron link.
    "Posted inAsia, Diplomacy, Example Region",
    "%d bloggers like this:",
    "Watch the live channel ›",
    # A portal's menu of sections and editions run together.
    "World Politics Business Opinion",
    "International edition",
]

EN_CAPTIONS = [
    # A wire's caption that says who provided the picture, closed by the relayed credit.
    "In this photo provided by the Example government, officials inspect a new pier in "
    "Example City, Monday, March 2, 2026. Example News Agency via AP",
    "In this undated photo released by the Example ministry, a convoy moves along a "
    "coastal road. Example Ministry via Reuters",
    "This undated photo provided by the Example government shows a port under construction "
    "near the border. (Example Agency/Example Service via AP) **FILE**",
    # An image given as a link whose caption carries its credit in brackets.
    "![Vice ministers of three countries attend a meeting of the monitoring team in central "
    "Seoul on Oct. 2, 2026. [EXAMPLE POOL]](https://example.com/data/photo/2026/10/02/a.jpg)",
    "![Officials shake hands at the start of the talks. [YONHAP]](https://example.com/i/b.jpg)",
]

EN_KEPT = [
    "The two leaders held a phone call on Monday, the ministry said.",
    "Your report on the border crossing was cited by the committee, the minister said.",
    "Officials said unauthorized use of the base was prohibited under the new agreement, "
    "and that patrols would be stepped up.",
    "In this photo, released on Monday, the convoy can be seen heading north, analysts said.",
    "Image sources inside the ministry said the talks had stalled.",
    "A summary of the report was sent to the council on Friday.",
    "The agency [KCNA] said the drills would continue through the week.",
    "International sanctions on the shipments were tightened in March.",
    "Kraków hosted the talks between the two delegations on Monday.",
]

KO_FURNITURE = [
    # A font-size widget's options, one a line under list marks.
    "• 가장작게",
    "• 작게",
    "• 기본",
    "• 크게",
    "• 가장크게",
    "가장 크게",
    # A skip-link header, a portal's menu row of sections.
    "연결 가능 링크",
    "정치 경제 사회 국제",
    "뉴스 트렌드 International edition",
    # A video's staff list with more roles, a chevron link to an event.
    "기자 : 홍길동",
    "AI앵커 : 예시봇",
    "자막편집 : 김예시",
    "예시 이벤트 참여하기 〉",
    "24시간 뉴스 채널 라이브 보기 〉",
]

KO_KEPT = [
    "기본 합의는 지난달 이뤄졌다고 외교부가 밝혔다.",
    "두 나라를 연결 가능한 철도 링크가 회담에서 논의됐다.",
    "기자 회견은 3일 오전 국방부에서 열렸다.",
    "정부는 AI 요약 서비스의 정확도를 점검하겠다고 밝혔다.",
]

JA_FURNITURE = [
    # Two skip links run together with no verb, a font-size widget.
    "メニューへ 本文へ",
    "本文へ メニューへ",
    "文字サイズ 小 中 大",
    # A writer's name followed by the access counter's label.
    "例示太郎 アクセス",
    "サンプル・ジョン アクセス",
    # An aggregator's line crediting the story it copied.
    "例示ニュースからの記事と詳細 ( 例示国、港湾の利用で合意 - 例示新聞 )",
    "からの記事と詳細 ( 例示国の外相が辞任:例示新聞デジタル - 例示新聞デジタル )",
]

JA_KEPT = [
    "同紙からの記事と詳細な資料によると、合意は先月まとまった。",
    "港へのアクセスは3日から制限された。",
    "政府はAI要約の精度について調査すると発表した。",
    "会談の要約は外務省のサイトに掲載された。",
]


@pytest.mark.parametrize(
    ("line", "language"),
    [(line, "en") for line in EN_FURNITURE + EN_CAPTIONS]
    + [(line, "ko") for line in KO_FURNITURE]
    + [(line, "ja") for line in JA_FURNITURE],
)
def test_a_line_of_furniture_seen_on_the_second_unseen_pages_is_dropped(line, language, knowledge):
    doc = _between(line, language, knowledge)
    assert line.lstrip("•- ") not in doc.text
    assert all(p in doc.text for p in PROSE[language])


@pytest.mark.parametrize(
    ("line", "language"),
    [(line, "en") for line in EN_KEPT]
    + [(line, "ko") for line in KO_KEPT]
    + [(line, "ja") for line in JA_KEPT],
)
def test_a_sentence_shaped_like_that_furniture_is_kept(line, language, knowledge):
    doc = _between(line, language, knowledge)
    assert line in doc.text


@pytest.mark.parametrize(
    ("label", "items", "language"),
    [
        (
            "AI要約",
            [
                "例示国から多数の技術者が派遣され、衛星の開発を支援するようだ。",
                "例示国は新たな衛星の打ち上げを目指し、エンジンの試験を続けている。",
                "例示国は昨年も打ち上げを試みており、今後の動きが注目される。",
            ],
            "ja",
        ),
        (
            "AI 요약",
            [
                "예시국이 기술자 수십 명을 파견한 것으로 알려졌다.",
                "예시국은 새 위성 발사를 준비하고 있다.",
            ],
            "ko",
        ),
        (
            "AI-generated summary",
            [
                "• Example engineers were sent to help with the satellite programme.",
                "• The launch is expected within months, officials said.",
            ],
            "en",
        ),
        (
            "【AIによる要約】",
            ["例示国の外相が3日に辞任し、後任には次官が就く見通しとなった。"],
            "ja",
        ),
    ],
)
def test_a_machines_summary_over_the_story_goes_with_its_label(label, items, language, knowledge):
    first, last = PROSE[language]
    # The story's first paragraph, of two sentences, ends the summary's run.
    story = f"{first}{last}" if language == "ja" else f"{first} {last}"
    doc = _clean("\n".join(["Example headline", label, *items, story]), language, knowledge)
    assert label not in doc.text
    assert not any(item.lstrip("• ") in doc.text for item in items)
    assert story in doc.text


def test_a_long_paragraph_under_a_summary_label_is_the_storys(knowledge):
    first, last = PROSE["ja"]
    doc = _clean(f"例示見出し\nAI要約\n{first}{last}\n{last}", "ja", knowledge)
    assert f"{first}{last}" in doc.text


@pytest.mark.parametrize(
    ("caption", "credit", "language"),
    [
        ("港に停泊する貨物船", "(写真はイメージです)Jane Doe-shutterstock", "ja"),
        ("国境の検問所に並ぶ車両", "写真:例示通信", "ja"),
        ("Officials at the border crossing", "Photo: Example Agency", "en"),
        ("Trucks wait at the northern gate", "Example Ministry via Reuters", "en"),
        ("국경 검문소의 모습", "사진=예시뉴스", "ko"),
    ],
)
def test_a_short_line_right_above_a_pictures_credit_is_its_caption(
    caption, credit, language, knowledge
):
    first, last = PROSE[language]
    doc = _clean(f"Example headline\n{first}\n{caption}\n{credit}\n{last}", language, knowledge)
    assert caption not in doc.text and first in doc.text and last in doc.text


def test_a_sentence_or_the_title_above_a_pictures_credit_stays(knowledge):
    first, last = PROSE["en"]
    title = "Example ships cross the strait"
    doc = _clean(f"{title}\nPhoto: Example Agency\n{first}\n{last}", "en", knowledge)
    assert doc.text.startswith(title)
    doc = _clean(f"{title}\n{first}\nPhoto: Example Agency\n{last}", "en", knowledge)
    assert first in doc.text


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Conflicts", "Example ships cross the strait at night"),
        ("World", "Example talks resume after a year"),
        ("Politics ", "Example ministers meet in the capital"),
        ("国際", "例示国、港湾の利用で合意"),
    ],
)
def test_a_section_label_glued_before_the_title_set_again_goes(label, title, knowledge):
    first, last = PROSE["en"]
    doc = _clean(f"{label}{title}\n{title}\n{first}\n{last}", "en", knowledge)
    assert label.strip() + title not in doc.text and doc.text.count(title) == 1
    assert first in doc.text and last in doc.text


@pytest.mark.parametrize(
    "headline",
    ["例示国、25年に衛星2基打ち上げ計画-国防政策見直しへ", "例示国の外相が辞任―後任は次官"],
)
def test_a_wire_headline_between_two_paragraphs_is_a_link(headline, knowledge):
    doc = _between(headline, "ja", knowledge)
    assert headline not in doc.text
    assert all(p in doc.text for p in PROSE["ja"])


@pytest.mark.parametrize(
    "body",
    [
        # A subheading between paragraphs has no dash; the page's title with its dash stays.
        "{first}\n背景に資金難\n{last}",
        "例示国が専門家を派遣-報道\n{first}\n{last}",
        # A dash inside a sentence, and a hyphen in Latin letters.
        "{first}\n例示国の担当者は「A-B間の輸送は続く」と述べた。\n{last}",
        "{first}\nKN-23系列\n{last}",
    ],
)
def test_a_subheading_or_the_title_with_a_dash_stays(body, knowledge):
    first, last = PROSE["ja"]
    text = body.format(first=first, last=last)
    doc = _clean(text, "ja", knowledge)
    assert all(line in doc.text for line in text.split("\n"))


def test_another_storys_headline_closed_by_a_quote_pasted_between_sentences_goes(knowledge):
    first, _ = PROSE["ja"]
    headline = "例示国兵、例示国残留を希望 「訓練の一環と認識」"
    body = f"{first} {headline} 同院は、兵士の一人が投降を拒んだ事例を説明した。"
    doc = _clean(body, "ja", knowledge)
    assert headline not in doc.text
    assert first in doc.text and "同院は、兵士の一人が投降を拒んだ事例を説明した。" in doc.text
