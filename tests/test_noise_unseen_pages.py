"""Page furniture on pages kansoku was not written for: forms collected from some sixty
real Japanese pages read through the search tool (portals, papers, wires, broadcasters,
magazines, the Korean papers' Japanese editions, blogs and matome pages), each written here
as the team's own line. A skip link in English or Japanese, a bookmark button that names
the entry, read-on links however they are spelt, notices that an item's time on the site is
over, paywall and newsletter boxes, blog and feed stamps, captions closed by a credit after
a slash, another story's headline pasted between two sentences of a paragraph, and the
page's title set again further down all go; sentences of the same shape (a sentence about a
bookmark service, a move to the front, a quote in a transcript, a foreign name spaced in a
sentence) stay."""

import pytest
from test_furniture_eighth import PROSE, _between, _clean

JA_FURNITURE = [
    # Skip links, in English on a Korean paper's Japanese edition, and in Japanese.
    "Go to contents",
    "Skip to main content",
    "Jump to navigation",
    "本文に移動",
    "本文へジャンプします。",
    "検索結果一覧へジャンプします。",
    "ここから本文です",
    # A language switcher's names and a sign-in button.
    "KOREAN",
    "CHINESE",
    "サインイン",
    # Bookmark and share buttons that name the entry, under a list mark or not.
    "このエントリーをはてなブックマークに追加",
    "• このエントリーをはてなブックマークに追加",
    "この記事をPocketに保存",
    "このエントリーをツイート",
    # Read-on links: spaced out, in English after dots, to the paper or the source site.
    "続 き を 読 む",
    "... read full story",
    "続きを本紙で読む 》",
    "全文は例示新聞で読む",
    "オリジナルサイトで読む : 例示ニュースちゃんねる",
    "[記事全文] ([記事全文]は外部サイトへ移動します)",
    "別窓で開く",
    # Notices that the item's time on the site is over, and where to read it now.
    "この記事は、公開期間が終了しました。",
    "記事の有効期限が切れています。",
    "以下のリンクにて、記事の本文をご覧いただけます。",
    # Widget headings of portals, magazines and blogs.
    "☆おすすめ記事☆",
    "★人気ランキング★",
    "今、あなたにオススメ",
    "トップ記事",
    "話題のニュース",
    "ざっくり言うと",
    "MAGAZINE",
    "マイページでフォローする",
    "もっと見る 0 / 0",
    "포토뷰어",
    "全体表示",
    "記事検索",
    "イメージ 1",
    # A newsletter box and a paywall's lines.
    "メールマガジンのご登録はこちらから。",
    "メールアドレス",
    "ご登録は会員規約に同意するものと見なします。",
    "今すぐ申し込む",
    "購読済みの方はこちらから?",
    "例示特集は会員限定です。",
    "電子版にご利用登録後、ログインして例示特集をご覧頂けます。",
    "残り: 512文字 / 全文 : 1024文字",
    # Stamps: a labelled one with its medium, a blog's post line with its tags, a feed's.
    "記事公開日:2026.3.4 テキスト",
    "2026年3月4日 例示チャイナ, ニュース , , ,",
    "32 MIN AGO",
    "1H AGO",
    # A channel's appeals and its links.
    "チャンネル登録、高評価をよろしくお願いします!",
    "例示ニュースの動画チャンネル登録はこちらから。https://www.example.com/channel",
    # Captions closed by a credit after a slash, a photographer's credit in capitals.
    "列車で駅を出発する例示国の指導者/KCNA",
    "握手する両国の外相 /(C)例示ゲンダイ",
    "JANE EXAMPLE-REUTERS",
    "JANE EXAMPLEーEXAMPLE AGENCY/GETTY IMAGES",
    # A matome page's reply header, a comment box's button.
    "15: 通りすがりの名無し>>1",
    "コメントする",
    # A share row of buttons' names, share buttons that name the item.
    "ツイート シェア はてブ LINE",
    "シェア ツイート ブックマーク",
    "記事をシェア",
    "この記事についてツイート",
    # A paywall's line before the rest of the story.
    "記事の続きを読むには、ログインしてください。",
    "続きを読むには会員登録(無料)が必要です。",
    # A gallery's controls and a picture's link, a tag alone, links to lists and the top.
    "この記事の写真をすべて見る(5枚)",
    "前の写真 次の写真",
    "写真 1/5",
    "拡大画像表示",
    "［写真］握手する両国の外相",
    "【独自】",
    "NEW",
    "ページの先頭へ戻る",
    "例示通信のニュース一覧",
    "例示社の最新記事",
    # A translator's initials, an outlet's site and edition, a stamp with its time zone, a
    # link to the outlet's code of conduct, its official accounts.
    "訳A.B",
    "例示ドットコム/例示日報日本語版",
    "2026年3月4日午前 10:55 GMT+9",
    "私たちの行動規範:例示通信「報道の原則」",
    "公式アカウント",
]

JA_KEPT = [
    # Sentences about a bookmark service, a page's parts, a move, a channel and a site.
    "例示社は、このエントリーをはてなブックマークに追加する機能を終えると発表した。",
    "部隊は本文に記された通り、前線へ移動する見通しだ。",
    "同氏は「チャンネル登録をお願いします」と繰り返し呼びかけていた。",
    "外相は、記事の公開期間が終了した後も資料を残すよう求めた。",
    # A subheading framed by marks that names no widget, a date that opens a sentence.
    "◆派遣の背景◆",
    "2026年3月4日、例示国の外相はモスクワに到着した。",
    # A caption-like sentence that ends with a stop, sentences about a share button, a
    # gallery, a paywall and a news list.
    "列車で駅を出発する例示国の指導者の姿を、国営メディアが伝えた。",
    "記事をシェアする機能について、同社は利用者の同意を得ると説明した。",
    "前の写真と次の写真を比べると、施設が拡張されたことが分かる。",
    "続きを読むには会員登録が必要な仕組みに、読者から批判が出ている。",
    "同社は例示通信のニュース一覧を無料で公開すると発表した。",
]


@pytest.mark.parametrize("line", JA_FURNITURE)
def test_a_line_of_furniture_seen_on_unseen_pages_is_dropped(line, knowledge):
    doc = _between(line, "ja", knowledge)
    assert line not in doc.text
    assert all(p in doc.text for p in PROSE["ja"])


@pytest.mark.parametrize("line", JA_KEPT)
def test_a_sentence_shaped_like_that_furniture_is_kept(line, knowledge):
    doc = _between(line, "ja", knowledge)
    assert line in doc.text


JA_GLUED = [
    # Who supplied and who edited a syndicated item, in brackets after the last sentence.
    "(提供/例示網日本語版・編集/AB)",
    # A read-on link after a summary, spaced out or in English.
    "...... 続 き を 読 む",
    "... read full story",
]


@pytest.mark.parametrize("tail", JA_GLUED)
def test_a_credit_or_link_glued_after_the_last_sentence_goes(tail, knowledge):
    first, last = PROSE["ja"]
    doc = _clean(f"{first}{tail}\n{last}", "ja", knowledge)
    assert tail.strip(". ") not in doc.text and first in doc.text and last in doc.text


def test_a_caption_closed_by_a_copyright_mark_after_a_slash_goes_whole(knowledge):
    first, last = PROSE["ja"]
    doc = _clean(
        f"{first}\n会談に臨む両国の外相(例示省提供)/(C)例示ゲンダイ\n{last}", "ja", knowledge
    )
    assert "会談に臨む両国の外相" not in doc.text and "例示ゲンダイ" not in doc.text
    assert first in doc.text and last in doc.text


PASTED = (
    "例示国の国防委員会は3日の声明で、部隊が作戦に参加したと発表した。"
    " {headline} 同委員会は「部隊が重要な役割を果たした」と説明した。"
)


@pytest.mark.parametrize(
    "headline",
    [
        "ロシア軍、例示州を「完全奪還」 例示国の参戦、初めて認める",
        "与党、連立協議持ち越し 「資金問題」で隔たり―国会召集遅れか",
        "例示国の外相が辞任 後任に次官",
    ],
)
def test_another_storys_headline_pasted_between_two_sentences_goes(headline, knowledge):
    doc = _clean(PASTED.format(headline=headline), "ja", knowledge)
    assert headline not in doc.text
    assert "部隊が作戦に参加したと発表した。" in doc.text
    assert "同委員会は「部隊が重要な役割を果たした」と説明した。" in doc.text
    assert any(d.text == headline and d.reason == "navigation" for d in doc.dropped)


@pytest.mark.parametrize(
    "words",
    [
        # A foreign name spaced inside the sentence, particles that run on, a number.
        "米国防総省の Jane Doe 報道官は28日、部隊の移動を確認したと述べた。",
        "一方 政府は 談話で、協議の継続を求めた。",
        "2026年 3月 4日 政府は協議の継続を求めた。",
        # A broadcast's transcript: the speaker, the whole quote, the next sentence.
        "例示防衛相 「情報収集に努めているが被害は確認されていない」 政府は警戒を続けている。",
    ],
)
def test_a_sentence_with_spaces_inside_is_no_pasted_headline(words, knowledge):
    first, last = PROSE["ja"]
    doc = _clean(f"{first} {words}\n{last}", "ja", knowledge)
    assert words in doc.text


def test_the_pages_title_set_again_further_down_goes(knowledge):
    first, last = PROSE["ja"]
    title = "例示国、ロシアへの派兵を初めて公表"
    body = (
        f"{title}\n{first}\n例示国の外務省は声明を出した。\n例示国の国防省も声明を出した。\n"
        f"派遣の背景\n{title}\n{last}"
    )
    doc = _clean(body, "ja", knowledge)
    assert doc.text.count(title) == 1 and doc.text.startswith(title)
    assert first in doc.text and last in doc.text and "派遣の背景" in doc.text
    assert any(d.text == title and d.reason == "boilerplate" for d in doc.dropped)


def test_the_title_given_with_the_site_name_set_again_between_paragraphs_goes(knowledge):
    from kansoku.clean import clean
    from kansoku.model import Document

    first, last = PROSE["ja"]
    headline = "例示国、ロシアへの派兵を初めて公表"
    body = f"{first}\n{headline}\n例示国の外務省は声明を出した。\n{headline}\n{last}"
    page = Document(
        source="t.txt", raw_sha256="0", body=body, language="ja", title=f"{headline} | 例示新聞"
    )
    doc = clean(page, knowledge)
    # Its first time between paragraphs is kept (it may be the page's only headline).
    assert doc.text.count(headline) == 1 and first in doc.text and last in doc.text


def test_a_series_other_part_under_the_title_is_a_link(knowledge):
    first, last = PROSE["ja"]
    body = (
        "例示国の派兵、なぜいま決めたのか(1)\n"
        f"{first}\n{last}\n"
        "例示国の派兵、なぜいま決めたのか(2)\n"
    )
    doc = _clean(body, "ja", knowledge)
    assert "なぜいま決めたのか(1)" in doc.text and "なぜいま決めたのか(2)" not in doc.text
    assert first in doc.text and last in doc.text


def test_a_subheading_repeated_in_the_story_that_is_no_title_stays(knowledge):
    first, last = PROSE["ja"]
    body = f"例示国の派兵と各国の反応\n{first}\n米国の反応\n{last}\n米国の反応\n{first}"
    doc = _clean(body, "ja", knowledge)
    # A nearby repeat is the template's (mark_furniture); the title appears once, kept.
    assert doc.text.startswith("例示国の派兵と各国の反応")
    assert "米国の反応" in doc.text


def test_a_headline_pasted_into_the_last_paragraph_heads_no_footer(knowledge):
    first, _ = PROSE["ja"]
    body = (
        f"{first} 【中継録画】例示県で震度5弱 例示庁が2回目の会見 同庁は警戒を呼びかけた。\n"
        "今後2、3日は同じ規模の揺れに注意\n"
        "例示庁の担当者によると、揺れの強かった地域では落石や崖崩れなどが起きやすくなって"
        "いる可能性があり、今後の地震活動に注意して復旧作業等に"
    )
    doc = _clean(body, "ja", knowledge)
    assert "例示庁が2回目の会見" not in doc.text
    assert "同庁は警戒を呼びかけた。" in doc.text
    assert "今後2、3日は同じ規模の揺れに注意" in doc.text
