"""Page furniture on pages kansoku was not written for, fifth pass: forms that survived
cleaning on a further set of real English pages and on some thirty Japanese, Korean and
English pages read through the search tool, each written here as the team's own line.

A site's promo of its own guide after the story ("Learn more:" and what to do), a shop's
cart widget on a news page, an English caption that only names who is pictured and where
(every word a name's but "and" and "in"/"at"), a Korean caption closed by a slash and
where its picture comes from, a date stamp with the month in Korean between the day and
the year, a follow promo of the outlet's account, a writer's label with the name, a
machine's audio note, an advert's slot between dashes, a login box's fields, a board's
counters, a weather or font-size widget, a note that the picture is unrelated, an image's
slot name, an embedded video's title with its channel, and a social account or a capture
credit in brackets closing a caption all go.

What must stay, as it is content: a sentence that names people and a place with its verb,
"learn more" inside a sentence, a cart or a capture in a sentence, a social account named
inside a sentence."""

import pytest
from test_furniture_eighth import PROSE, _between, _clean

EN_FURNITURE = [
    # A site's promo of its own guide or book after the story.
    "Learn more: Read the Example Guide to the Region.",
    "Find out more: Visit our example archive",
    "Learn more",
    # A shop's cart widget.
    "Your cart is empty",
    "Your basket is currently empty.",
    "Continue shopping",
    # A caption naming only who is pictured and where.
    "Jane Doe and John Roe in Example City.",
    "Jane Doe, John Roe and Ken Ito at the Example Palace, Seoul",
    # A writer's label with the name on its line.
    "Author: Jane Doe",
    # A note that the page's audio is a machine's, an advert's slot between dashes.
    "This audio is created with AI assistance",
    "- Advertisement -",
    # A login box's fields and sign-up prompt.
    "Forgot your password?",
    "Don't have an account? Sign up",
    # A weather widget's temperature, a font-size widget's label and steps.
    "61.8 F",
    "ⓕ font-size",
    "• -2",
    "• +1",
    # An image's slot name left as text.
    "image_12",
]

EN_KEPT = [
    "Jane Doe and John Roe met in Example City.",
    "Learn more about the treaty by reading the full text on the ministry's website.",
    "Your cart holds the books you ordered, she said.",
    "John Smith and Jane Doe in Pyongyang on Monday were greeted by officials.",
    "He posted the image on his account [@ExampleName] on Monday.",
    "Author of the report, Jane Doe, said the ships sailed at night.",
    "Password reset emails were sent to all staff, the ministry said.",
    "The temperature fell to 12 C overnight.",
    "This audio recording was made by the ministry on Monday.",
    "The image 12 shows the port, the report said.",
]

JA_FURNITURE = [
    # A shop's cart widget, a "see more" link alone.
    "カートに商品がありません",
    "ショッピングカートは空です",
    "詳しく見る",
    # A follow promo of the outlet's account, a writer's label.
    "例示ニュースをフォローする",
    "例示通信をフォローして最新の話題を毎日チェック",
    "執筆者：例示太郎",
    # A login box's field, a note that the picture has nothing to do with the story.
    "パスワードをお忘れの方はこちら",
    "（写真は本文と関係ありません）",
]

JA_KEPT = [
    "詳しく見ると、例示国の部隊は前線に移動していた。",
    "カートに載せた砲弾が港に運ばれた。",
    "例示国は前線の動きをフォローしている。",
    "政府は状況をフォローして対応した。",
]

KO_FURNITURE = [
    # A shop's cart widget, a date stamp with the month in Korean, a promo of a guide.
    "장바구니가 비어 있습니다",
    "4 3월 2026",
    "더 알아보기: 예시 지역 안내서",
    # A caption closed by a slash and where its picture comes from.
    "조약에 서명한 뒤 악수하는 예시국 대통령과 총리/사진출처:예시.ru",
    "전쟁을 주장하는 예시국 대통령의 영상 메시지/캡처",
    # A follow promo, a writer's label.
    "예시뉴스를 팔로우하세요",
    "작성자 예시닉",
    # A login box's fields and sign-up prompt.
    "아이디",
    "비밀번호",
    "ID/PW 찾기",
    "아직 회원이 아니신가요? 회원가입 하기",
    # A board's counters and links around a post.
    "컨텐츠 정보",
    "- 331 조회",
    "목록",
    # A note that the picture has nothing to do with the story, with its date and outlet.
    "(사진은 기사 내용과 무관함)2026.3.4/예시뉴스",
    # An embedded video's title with its section and channel.
    '[국제]예시국 "노동자 22일까지 송환" | 예시TV',
]

KO_KEPT = [
    "더 알아보기로 했다고 전했다.",
    "그는 영상 메시지를 캡처해 공개했다.",
    "2026년 3월 4일 회담이 열렸다.",
    "작성자는 예시국 정부라고 밝혔다.",
    "목록에 오른 기업은 10곳이다.",
    "아이디를 도용한 계정이 발견됐다.",
    "사진은 기사 내용과 무관하다고 밝혔다.",
    "[단독] 예시국, 항구에 컨테이너 300개 적재 확인",
]


@pytest.mark.parametrize(
    ("line", "language"),
    [(line, "ja") for line in JA_FURNITURE]
    + [(line, "ko") for line in KO_FURNITURE]
    + [(line, "en") for line in EN_FURNITURE],
)
def test_a_line_of_furniture_seen_on_the_fifth_unseen_pages_is_dropped(line, language, knowledge):
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
    [
        # A social account in brackets closing the paragraph or a caption.
        ("{first} [@ExampleName]", "@ExampleName", "en"),
        ("{first}（@example_acc）", "@example_acc", "ja"),
        ("{first} [@예시계정]", "@예시계정", "ko"),
        # A capture credit in brackets after a caption's sentence, a Korean caption's
        # sources after "사진" with no colon.
        ("{first} [X Screenshot]", "Screenshot", "en"),
        ("{first} 사진 예시통신, 예시랩스", "예시랩스", "ko"),
        # A picture's credit glued after a caption's full stop.
        ("{first}写真:例示通信", "写真:例示通信", "ja"),
    ],
)
def test_a_credit_glued_to_a_lines_end_goes_without_the_line(body, furniture, language, knowledge):
    first, last = PROSE[language]
    doc = _clean(f"{body.format(first=first)}\n{last}", language, knowledge)
    assert furniture not in doc.text
    assert first in doc.text and last in doc.text


def test_a_photo_word_opening_a_sentence_after_a_paragraph_stays(knowledge):
    first, last = PROSE["ko"]
    line = f"{first} 사진 촬영은 금지됐다."
    doc = _clean(f"{line}\n{last}", "ko", knowledge)
    assert line in doc.text


def test_a_sentence_about_a_photo_after_a_paragraph_stays(knowledge):
    first, last = PROSE["ja"]
    line = f"{first}写真は例示通信が配信した。"
    doc = _clean(f"{line}\n{last}", "ja", knowledge)
    assert line in doc.text


def test_a_caption_with_a_social_account_keeps_no_account(knowledge):
    doc = _between("Example Leader shared a picture of the soldier [@ExampleName]", "en", knowledge)
    assert "@ExampleName" not in doc.text


def test_a_names_only_caption_as_the_pages_title_stays(knowledge):
    first, last = PROSE["en"]
    title = "Jane Doe and John Roe in Example City"
    doc = _clean(f"{title}\n{first}\n{last}", "en", knowledge)
    assert title in doc.text
    assert all(p in doc.text for p in PROSE["en"])
