"""Page furniture, ninth pass: forms collected from some sixty real pages read through the
search tool (Japanese portals, papers, broadcasters, magazines, the Japanese editions of
Korean papers, blogs; a few English and Korean pages), each written here as the team's own
line. Stamps with the time first or the weekday as a word, paywalls in pieces, profile
apparatus, section labels and tags alone next to other furniture, labels glued before a
paragraph, a Korean paragraph closed by a bracketed photo credit. Lines of an article that
look like furniture (a subheading between paragraphs, a speaker before a quote, a sentence
broken into short lines, a dateline before the story) stay."""

import pytest
from test_furniture_eighth import PROSE, _between, _clean

JA_FURNITURE = [
    # Stamps: the time first, the weekday as a word, a 12-hour clock, an outlet in quotes.
    "15:47 2026年01月17日",
    "2026年3月15日 土曜 午後6:05",
    "2026年3月24日 火曜日",
    "2026年4月9日 木曜 午後6:05",
    "「例示日報日本語版」 2026.03.21 09:02",
    "例示テレビ系NEWS / 2026年1月13日 9時47分",
    "例示日報/例示日報日本語版",
    "例示新聞TOKYO Web",
    "例示プライムオンライン（例示テレビ系）",
    # A paywall in pieces, a note on missing pictures, an order form's note.
    "初回登録は初月300円で",
    "この続きが読めます。",
    "この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
    "この記事は有料会員限定です。",
    "ログインすると本サイトのすべての記事がお楽しみいただけます。",
    "定期購読者の方で、デジタルサービスをお申し込みの方はログインしてください。",
    "ID・パスワードをお忘れの方",
    "デジタルサービス<ウェブで読む>を利用する",
    "※著作権等の理由により、一部の記事・写真・図版が欠けている場合があります。",
    "※例示書店限定で「電子版プラン」がございます。ご希望の方はこちらからお申し込みください。",
    "例示新聞の購読者なら無料で読めます",
    "※本記事はニュース提供社の記事です。",
    # Widgets, notices, profile apparatus, a message board's post header.
    "東京+ 8°C",
    "モスクワ-8°C",
    "例示ブログ サービス終了のお知らせ",
    "(参考記事:【写真】前線の塹壕を掘る兵士たち",
    "この動画の記事を読む>",
    "私たちの行動規範:例示通信「信頼の原則」, opens new tab",
    "ライター紹介",
    "この記事を書いた人",
    "例示大学卒業後、例示新聞社に入社。ソウル特派員などを経て現職。",
    "フリーライター。ソウル在住。",
    "• 一昨日",
    "(全2回の第2回)",
    "***",
    "【今日のイチオシ】",
    "文字サイズ",
    "記事をマイリストに登録できます",
    "▼チャンネル登録をお願いします！",
    "例示ニュース/記事サムネイル",
    "【引用・参照・底本】",
    "とロシアの国防相(例示通信).jpg)",
    "1 名前:名無しさん(例示県) [JP]:2026/01/14(水) 09:58:12.46 ID:aBcD1234",
    "このニュースに関するご意見は例示通信まで",
    "試合後に会見する監督【写真:例示花子】",
    "エディション:",
    "編集長のおすすめ",
    "出演者",
    "「ロシア国防省」 のテレビ露出情報",
    "例示でた蔵トップ>> キーワード",
    "YouTube",
    "有料会員記事",
    "例示新聞 2026/6/19 東京朝刊",
    # A blog's stamps and side widgets.
    "2026年2月7日火曜日",
    "2026年02月21日 | ■国際ニュースあれこれ",
    "例示通信  2026年 02月 14日 12:06 JST",
    "最近の記事",
    "月別アーカイブ",
    "ブログ内検索",
    "このブログをリンクに追加する",
    "FC2ブログ",
    # A broadcaster's promotions of its app and its streams.
    "例示ニュース防災アプリで最新情報をチェック",
    "例示プラスで見逃し配信中",
    "ご視聴ありがとうございました",
    # Link labels, share buttons and credits as labels.
    "記事全文を読む",
    "続きはWebで",
    "元記事で読む",
    "トランスクリプション",
    "Xでポスト",
    "はてなブックマークに追加",
    "記事をクリップ",
    "広告・PR",
    "記者：例示太郎",
    "情報提供元：例示通信",
    "〈写真〉代表団が到着した平壌の空港",
    # A blog's counters, comment box and stale-blog advert notice.
    "nice!(0)  コメント(0)  トラックバック(0)",
    "スポンサードリンク",
    "共通テーマ:ニュース",
    "お名前:",
    "画像認証:",
    "下の画像に表示されている文字を入力してください。",
    "※ブログオーナーが承認したコメントのみ表示されます。",
    "トラックバックの受付は締め切りました",
    "この広告は前回の更新から一定期間経過したブログに表示されています。更新すると自動で解除されます。",
    "※部分的に音声がありません",
]

EN_FURNITURE = [
    "Home / World / Asia",
    "Copyright 2026 The Example Press. All Rights Reserved. This material may not be"
    " published, broadcast, rewritten or redistributed without permission.",
]

KO_FURNITURE = [
    "SBS Biz 홍길동",
    "국경 검문소 앞에서 군인들이 경계를 서고 있다. 사진제공/예시통신",
    "열차에서 내린 대표단이 손을 흔들고 있다. [사진=예시뉴스]",
]


@pytest.mark.parametrize(
    ("language", "line"),
    [("ja", x) for x in JA_FURNITURE]
    + [("en", x) for x in EN_FURNITURE]
    + [("ko", x) for x in KO_FURNITURE],
)
def test_a_form_of_furniture_between_two_paragraphs_is_dropped(language, line, knowledge):
    doc = _between(line, language, knowledge)
    assert line not in doc.text
    assert all(p in doc.text for p in PROSE[language])


# (language, line, the furniture in it, the article's part that stays)
GLUED = [
    # A headline keeps its words when the portal's stamp glued after it goes.
    (
        "ja",
        "北朝鮮兵の訓練情報を把握 ウクライナ大統領が声明 2026/10/23/06:12",
        "06:12",
        "北朝鮮兵の訓練情報を把握 ウクライナ大統領が声明",
    ),
    ("ja", "北朝鮮、ロシアと協定 2026年10月23日 6時12分", "6時12分", "北朝鮮、ロシアと協定"),
    (
        "ko",
        "김정은 국무위원장이 조선소에서 열린 진수식에서 연설하고 있다. 예시뉴스 북한이 러시아 파병을"
        " 공식화한 뒤 주민들에게 정당성을 강조하고 있다.",
        "연설하고 있다. 예시뉴스",
        "북한이 러시아 파병을 공식화한 뒤 주민들에게 정당성을 강조하고 있다.",
    ),
    (
        "ko",
        "국가정보원은 4일 북한이 지난달 러시아에 포탄을 추가로 보냈다고 밝혔다.[사진=예시뉴스]",
        "[사진=예시뉴스]",
        "국가정보원은 4일 북한이 지난달 러시아에 포탄을 추가로 보냈다고 밝혔다.",
    ),
    (
        "ko",
        "러시아 국방장관이 5일 평양에 도착했다고 조선중앙통신이 보도했다. [사진=예시통신 캡처]",
        "[사진=예시통신 캡처]",
        "러시아 국방장관이 5일 평양에 도착했다고 조선중앙통신이 보도했다.",
    ),
    (
        "ja",
        "ワールド 北朝鮮の国営メディアは29日、ロシアの代表団が平壌に到着したと伝えた。",
        "ワールド",
        "北朝鮮の国営メディアは29日、ロシアの代表団が平壌に到着したと伝えた。",
    ),
    (
        "ja",
        "【速報】 ロシア国防省は30日、北朝鮮との合同演習を来月実施すると発表した。",
        "【速報】",
        "ロシア国防省は30日、北朝鮮との合同演習を来月実施すると発表した。",
    ),
    (
        "ja",
        "北朝鮮の国営メディアは28日、ロシアに派遣した部隊が戦闘に参加したと認めた。"
        "(例示太郎 例示NKジャパン編集長)",
        "例示NKジャパン編集長",
        "北朝鮮の国営メディアは28日、ロシアに派遣した部隊が戦闘に参加したと認めた。",
    ),
]


@pytest.mark.parametrize(("language", "line", "furniture", "kept"), GLUED)
def test_furniture_glued_to_a_paragraph_goes_and_the_paragraph_stays(
    language, line, furniture, kept, knowledge
):
    doc = _between(line, language, knowledge)
    assert furniture not in doc.text
    assert kept in doc.text


KEPT = [
    # A dateline or a label-like word before the story is the story's.
    ("ja", "【ソウル例示ニュース】 韓国の国防部は1日、北朝鮮の動向を注視していると述べた。"),
    ("ja", "国際 北朝鮮はロシアと協力していると伝えられた。"),
    ("ja", "15日午後6時すぎ、ロシアの代表団が平壌に到着した。"),
    ("en", "More than 10,500 troops from the North have gone to Russia, officials say."),
    ("en", "Share prices of Russian arms makers rose after the deal, the report said."),
    ("ko", "• 북한은 러시아에 포탄을 보냈다."),
    ("ja", "政府はアプリで情報を確認するよう住民に呼びかけた。"),
]


@pytest.mark.parametrize(("language", "line"), KEPT)
def test_a_line_of_the_article_that_resembles_furniture_is_kept(language, line, knowledge):
    assert line in _between(line, language, knowledge).text


def test_labels_and_tags_next_to_furniture_go_and_subheadings_stay(knowledge):
    article = [
        "韓国の国防省は17日、北朝鮮がロシアに自走砲を供与したとの分析を示した。",
        "同省によると、供与は昨年から続いているという。",
    ]
    body = "\n".join(
        [
            "国際",  # the section's label opening the page
            "北朝鮮、ロシアに自走砲供与か",
            "2026年3月17日 18時05分",
            "国際",
            "北朝鮮",
            "ロシア",
            article[0],
            "供与の背景",  # a subheading between two paragraphs
            article[1],
            "ライター紹介",
            "例示花子",
        ]
    )
    text = _clean(body, "ja", knowledge).text
    assert text == "\n".join(["北朝鮮、ロシアに自走砲供与か", article[0], "供与の背景", article[1]])


def test_a_speaker_before_a_quote_and_a_sentence_in_short_lines_stay(knowledge):
    body = "\n".join(
        [
            "ロシア国営テレビは北朝鮮兵の訓練の様子を伝えた。",
            "2026年3月5日 18時05分",
            "金総書記",  # the speaker of the quote under it
            "「さらに多くの砲弾を生産してほしい」",
            "2026年3月5日 18時05分",
            "国防省は",  # a sentence the page broke into short lines
            "来月に",
            "演習を行うと発表しました。",
        ]
    )
    text = _clean(body, "ja", knowledge).text
    assert "金総書記\n「さらに多くの砲弾を生産してほしい」" in text
    assert "国防省は\n来月に\n演習を行うと発表しました。" in text


def test_a_magazine_page_keeps_its_story_and_drops_its_paywall(knowledge):
    article = [
        "北朝鮮の金正恩総書記は2月、軍需工場を相次いで視察した。",
        "砲弾の増産をロシア向けに進めているとの見方がある。",
    ]
    body = "\n".join(
        [
            "アップデート: 2026年1月17日 10:13",
            "筆者 :",
            *article,
            "初回登録は初月300円で",
            "この続きが読めます。",
            "有料会員になると、",
            "全ての記事が読み放題",
            "既に有料会員の方はログインして続きを読む",
            "source : 週刊例示 2026年2月28日号",
        ]
    )
    assert _clean(body, "ja", knowledge).text == "\n".join(article)


def test_summaries_of_other_stories_cut_short_under_a_label_go_however_long(knowledge):
    article = [
        "韓国軍合同参謀本部は2日、北朝鮮がロシアに砲弾を追加で送った可能性があると明らかにした。",
        "同本部によると、輸送は先月から続いているという。",
    ]
    teasers = [
        "ロシアのプーチン大統領は1日、北朝鮮の金正恩総書記と電話で会談し、両国の条約に基づく協力"
        "をさらに拡大することで一致したとロシア大統領府が明らかにした。両首脳は軍事分野での協力に"
        "ついても意見を交わし…",
        "ウクライナ国防省の情報総局は31日、北朝鮮がロシアに短距離弾道ミサイルを追加で供与し、ロシア"
        "軍がそれを東部への攻撃に使っているとの見方を示した。同局によると、供与されたミサイルは"
        "数十発に上るとみられ、今後さらに増える可能性があるという[…]",
    ]
    # Between two paragraphs of the article, not only at the page's end.
    body = "\n".join([article[0], "関連記事", teasers[0], "2026/04/01", teasers[1], article[1]])
    assert _clean(body, "ja", knowledge).text == "\n".join(article)


def test_a_lead_cut_short_under_a_label_above_the_article_stays(knowledge):
    lead = (
        "ロシアと北朝鮮は3日、国境を越える鉄道の輸送量を増やすことで合意した。両国の運輸当局者"
        "が平壌で会談し、貨物列車の本数を倍増させる計画をまとめた。労働者の移動にも使われ…"
    )
    body = "\n".join(["ロシアと北朝鮮、鉄道協力で合意", "最新記事", lead])
    assert lead in _clean(body, "ja", knowledge).text
