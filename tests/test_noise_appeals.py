"""The outlet speaking to its reader, by form (noise.yaml `promotion`, `boilerplate`,
`navigation`): appeals to support, subscribe or share, widget links named by a medium and
a verb of looking, notices about the page. Lines the team wrote after the forms seen on
real pages; each stands between two paragraphs and must go, while sentences that share
their words stay. A newsletter box is dropped as an advert but, unlike an advert's label,
it does not take the paragraph after it along."""

import pytest

from kansoku.clean import clean
from kansoku.model import Document

PROSE = {
    "ja": ("防衛省は5日、北朝鮮の艦艇が例示港に入ったと発表した。", "同省は分析を続けている。"),
    "en": (
        "Japan's defence ministry said on Friday a North Korean vessel had docked.",
        "The ministry said it was still studying the images.",
    ),
    "ko": ("합참은 5일 북한 선박이 예시항에 입항했다고 밝혔다.", "합참은 분석을 계속하고 있다."),
}

DROPPED = [
    ("en", "Please consider subscribing to the Example Ledger."),
    ("en", "Found this useful? Share it with a colleague."),
    ("en", "Curious about what comes next? Subscribe to Example Weekly for our analysis."),
    ("en", "Give monthly today!"),
    ("en", "We rely on readers to keep this site free."),
    ("en", "Your donation helps us report from the front line."),
    ("en", "Help fund independent reporting from the region."),
    ("en", "Thanks for reading."),
    ("en", "Join 25,000 subscribers who read our morning note."),
    ("en", "Never miss an update: sign up for alerts."),
    ("en", "Unlock the full story"),
    ("en", "Got a news tip for us? Write to the desk."),
    ("en", "This post has been shared 310 times"),
    ("en", "About the author"),
    ("en", "This series was made possible by a grant from the Example Trust."),
    ("en", "Please enable JavaScript to view the comments."),
    ("en", "We've been working to give you daily coverage from Seoul."),
    ("ja", "映像で見る"),
    ("ja", "この記事の地図を見る"),
    ("ja", "速報メールを受け取る"),
    ("ja", "外部サイトへ移動します"),
    ("ja", "記者をフォローする"),
    ("ja", "＝おわり＝"),
    ("ja", "いいね！"),
    ("ko", "기사 원문 보기"),
    ("ko", "사진 크게 보기"),
    ("ko", "예시일보를 네이버에서 받아보세요"),
    ("ko", "텔레그램 채널에서 뉴스 받기"),
    ("ko", "독자 여러분의 후원이 필요합니다"),
    ("ko", "외부 사이트로 이동합니다"),
]

KEPT = [
    ("en", "Support for the pact grew in Moscow, officials said."),
    ("en", "What does Pyongyang get in return? Help with satellites, officials say."),
    ("en", "Help from North Korea arrived by rail, the report said."),
    ("en", "The ministry said it would give more details on Monday."),
    ("ja", "北朝鮮の動きを地図で見ると、部隊は国境に近い。"),
    ("ko", "국정원은 북한이 러시아에서 기술을 받아 보려 한다고 설명했다."),
]


def _between(line: str, language: str, knowledge) -> Document:
    first, last = PROSE[language]
    body = f"{first}\n{line}\n{last}"
    return clean(Document(source="t.txt", raw_sha256="0", body=body, language=language), knowledge)


@pytest.mark.parametrize(("language", "line"), DROPPED)
def test_an_appeal_or_a_widget_link_between_two_paragraphs_is_dropped(language, line, knowledge):
    doc = _between(line, language, knowledge)
    assert line not in doc.text
    assert all(p in doc.text for p in PROSE[language])


@pytest.mark.parametrize(("language", "line"), KEPT)
def test_a_sentence_sharing_an_appeals_words_is_kept(language, line, knowledge):
    assert line in _between(line, language, knowledge).text


def test_an_appeal_closing_the_last_paragraph_is_cut_off(knowledge):
    story = "The envoy left Pyongyang on Sunday after two days of talks with officials there."
    doc = _between(f"{story} Consider supporting Example Monitor.", "en", knowledge)
    assert story in doc.text and "Consider supporting" not in doc.text


def test_a_newsletter_box_does_not_take_the_next_paragraph_along(knowledge):
    first, _ = PROSE["en"]
    aside = "The agency said most of them were engineers."
    for box in ("Sign up for our morning briefing", "Get the latest headlines in your inbox."):
        body = f"{first}\n{box}\n{aside}\n"
        doc = clean(Document(source="t.txt", raw_sha256="0", body=body), knowledge)
        assert aside in doc.text and box not in doc.text
        assert {d.text: d.reason for d in doc.dropped}[box] == "advert"


def test_text_after_an_advert_label_still_goes(knowledge):
    first, _ = PROSE["en"]
    body = f"{first}\nAdvertisement\nBuy two pairs of running shoes and get the third one free.\n"
    doc = clean(Document(source="t.txt", raw_sha256="0", body=body), knowledge)
    assert "running shoes" not in doc.text
