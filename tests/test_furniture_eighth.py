"""Page furniture, eighth pass: forms collected from some forty real pages read through the
search tool (Japanese portals and papers, English wires and papers, Korean papers and
broadcasters), each written here as the team's own line. A line of furniture between two
paragraphs goes, furniture glued to a paragraph goes without the paragraph, and lines of
an article that look like furniture (a sentence that starts with a date, a quote, a short
headline, a caption-like sentence that reports a fact) stay."""

import pytest

from kansoku.clean import clean
from kansoku.furniture import split_blocks
from kansoku.model import Document

PROSE = {
    "ja": (
        "ロシア国防省は3日、北朝鮮の部隊が前線に展開したと発表した。",
        "北朝鮮外務省はロシアとの協力を続けると述べた。",
    ),
    "en": (
        "Russia's defence ministry said on Monday that North Korean units had moved up.",
        "North Korea's foreign ministry said it would keep working with Russia.",
    ),
    "ko": (
        "러시아 국방부는 3일 북한군 부대가 전선에 배치됐다고 밝혔다.",
        "북한 외무성은 러시아와의 협력을 계속하겠다고 말했다.",
    ),
}


def _clean(body: str, language: str, knowledge) -> Document:
    doc = Document(source="t.txt", raw_sha256="0", body=body, language=language)
    return clean(doc, knowledge)


def _between(line: str, language: str, knowledge) -> Document:
    first, last = PROSE[language]
    return _clean(f"{first}\n{line}\n{last}", language, knowledge)


JA_FURNITURE = [
    # Captions and credits, stamps, broadcast stamps.
    "平壌に到着した代表団[写真 例示中央通信]",
    "写真は委員長が専用列車で駅に到着し、列車から降りる様子。[写真 例示州政府](例示日報日本語版)",
    "写真拡大",
    "（2026/03/04-09:15）",
    "［2026年3月4日 9時15分］",
    "2009年04月22日00時23分掲載  無料記事",
    "2025年3月4日放送 23:46 - 23:49 例示テレビ",
    "（出所）筆者撮影",
    "出所：各種報道より筆者作成",
    "図1 ロシアと北朝鮮の貿易額の推移",
    "表2　北朝鮮からロシアへの砲弾供与（推計）",
    "（資料）韓国統一省",
    # Portal labels, links to the outlet's site, series lists, notices.
    "国際情報",
    "シェア:",
    "全文",
    "一覧",
    "この記事の写真をみる（3枚）",
    "参考リンクhttps://news.example.jp/articles/abc123",
    "▼例示テレビ NEWS 公式サイト https://news.example.jp/",
    "▶ 例示ニュース公式YouTube https://www.youtube.com/@example",
    "第3回 北朝鮮経済の行方――制裁の影響を読む (2024/07/01)",
    "例示コメンタリーでは、最新の国際情勢について研究者がタイムリーな分析を提供します。",
    "認証済み",
    "参考になった2",
    "見出し画像",
    "こちらの記事は掲載が終了しています",
    # A research institute's page: trail, tools, author, notes, dates.
    "ホーム > 出版物 > 例示スクエア > 世界を見る眼",
    "PDF版ダウンロード（523KB）",
    "（2025年1月）",
    "例示経済研究所地域研究センター 東アジア研究グループ長",
    "専門は朝鮮半島の政治と国際関係。主な著作に『例示の政治』（例示書房、2020年）。",
    "【例示スクエア 一覧へ】",
    "2025年1月20日発行",
    "[1] 『労働新聞』2024年11月5日。",
    "関連資料",
    "ページの先頭へ",
    "印刷用ページ",
    "このページを見た人はこんなページも見ています",
    "写真1：平壌の街並み（出所）筆者撮影",
    "例示経済研究所",
    "（2024年11月18日脱稿）",
    "上へ戻る",
    "例示一郎（れいじ いちろう） 例示経済研究所地域研究センター東アジア研究グループ長。専門は朝鮮半島の"
    "政治と経済。主な著作に『例示の政治と経済』（例示書房、2019年）、『北東アジアの安全保障』"
    "（例示出版会、2022年）など。",
    "例示一郎(2019)「ロシアの対北朝鮮政策」例示二郎編『北東アジアの安全保障』所収、例示書房。",
    "例示花子(2023)『露朝関係の研究』例示出版会。",
    "続きを読む「露朝同盟」の実像とは",
    # A paper's paywall and login box.
    "ご登録日から1カ月間は100円",
    "いますぐ登録して続きを読む",
    "または",
    "登録済みの方はこちら",
    "24時間100円から読める新プラン!詳しくは こちら",
    "いますぐ購読する",
    "例示IDでログイン",
    "のマークについて",
    "例示新聞のアカウント",
    "有料会員に登録すれば記事全文をお読みになれます。例示新報のご購読者は無料で会員登録できます。",
    "コメント投稿には、",
    "ログインまたは新規登録が必要です",
    "チャットで返信",
    "この写真にはショッキングな表現、または18歳以上の年齢制限の対象となる内容が含まれます。"
    " ご覧になる場合にはご了承の上、クリックしてください。",
]

EN_FURNITURE = [
    # Captions closed by their credit, credits alone, bylines, stamps.
    "Soldiers unload crates at a rail yard near the border. The shipments have grown since"
    " spring. Photograph: Anna Example/EPA",
    "(Cover: Delegates shake hands in Vladivostok, Russia, March 3, 2025. /CMG)",
    "A handout picture shows officials at a rail crossing in Khasan.Credit…Example News"
    " Agency, via Associated Press",
    "Delegates at the ceremony in Pyongyang. Screenshot / TASS",
    "A soldier stands guard at the border crossing. AP Photo/Ahn Example",
    "Video provided to Example News by the Ukrainian intelligence service appears to show"
    " soldiers receiving uniforms at a training ground. (Example Center for Strategic"
    " Communication)",
    "Video provided to Example News by the Ukrainian intelligence service ...",
    "(Example Center for Strategic Communication and Information Security)",
    "Screenshot: Telegram channel Example",
    "Example staff and agencies",
    "Son Ji-example",
    "Kim Tong-example",
    "Example's Profile Picture",
    "News Source: www.example.com",
    "Last modified on Tue 4 Mar 2025 10.15 GMT",
    "First published on Mon 3 Mar 2025 22.40 GMT",
    "Published 3 hours ago",
    "1 month ago 76",
    # Paywall, membership and sign-up prompts, notices.
    "Example Bank. 2020.“Trade and Sanctions in Northeast Asia” Regional Focus (October),",
    "Sign up for Example Pro to read the full story and access exclusive analysis.",
    "Log in or subscribe to continue reading.",
    "This article is for subscribers only.",
    "Become a member to unlock this story.",
    "To continue reading, subscribe or sign in.",
    "Start your 7-day free trial to access thousands of premium stories and 5,000+ magazines.",
    "Already a subscriber? Sign In",
    "Get all your news in one place.",
    "Try Our AI Features",
    "Support The Example Times!",
    "Subscribe to Example.Ru Telegram channel, Facebook, RSS!",
    "Sign up to First Edition",
    "after newsletter promotion",
    "Privacy Notice: Newsletters may contain info about charities and online ads.",
    "Thank you for your patience while we verify access.",
    "Editor's note: This is the third article in a series on Russia's ties with North Korea.",
    "Your browser does not support the element.",
    # A site's labels and links.
    "Official website: https://www.example.org/",
    "Recommended Videos Officials in Seoul said the next shipment could leave within weeks ...",
    "Recommended articles",
    "Search Trends",
    "Full Article",
    "Read Entire Article",
    "Read the full report here",
    "Explore more on these topics",
    "Reuse this content",
    "Posts tagged as “Example”",
    'Press "Enter" to skip to content',
    "Featured in Example Magazine",
    "All news",
    "Story continues",
    "Listen · 5 min",
    "BACK TO HOMEPAGE",
    "On the Site:",
    "Connect with Example TV",
    "WORLD NEWS",
    "N/A",
    "JOIN US ON TELEGRAM Follow our coverage of the war on the @Example_official.",
    "[ad_1]",
    "Source link",
    "%d bloggers like this:",
    "More For You",
    "Posted inNorth Korea, Northeast Asia",
    "Jane Example/Reuters",
    "Why you can trust Example",
    "Gift Article",
    "We only offer this video to viewers located within Korea",
    "Supported by",
    "See more on: Kim Jong Un",
    "Read 123 comments",
    "Share full article",
    "SKIP ADVERTISEMENT",
    "Already have an account? Log in",
    "Credit...Jane Example for The Example Times",
    "A version of this article appears in print on Oct. 24, 2024, Section A, Page 6 of the New"
    " York edition with the headline: North Korean Troops Reach the Front.",
    "Read the full story here:",
    "Example.Az reprints the article.",
    "Kyodo",
    "Handout",
]

KO_FURNITURE = [
    # Captions and credits.
    "평양에 도착한 러시아 대표단(출처 예시뉴스)",
    "KCNA/로이터",
    "[그래픽] 북한군 러시아 파병 현황",
    "[사진 출처 : 연합뉴스]",
    # Broadcast staff, notices, buttons and widget headings.
    "(구성: 이수진 / 영상편집: 박민호 / 제작: 디지털뉴스편집부)",
    "( 구성 : 김하늘, 영상취재 : 최준, 편집 : 이보람, 제작 : 디지털뉴스편집부 )",
    "(구성 박지민 / 영상취재 최우진 / 영상편집 : 한별 / 제작 디지털뉴스편집부)",
    "(예시방송 디지털뉴스편집부)",
    "영상편집 김하나",
    "인터뷰를 인용보도할 때는 프로그램명 '예시방송 <뉴스와이드>'를 정확히 밝혀주시기 바랍니다."
    " 저작권은 예시방송에 있습니다.",
    "※ 자세한 내용은 동영상으로 확인하실 수 있습니다.",
    "■ 방송 : 예시방송 <뉴스와이드> 월~금 (14:00~16:00)",
    "【 앵커멘트 】",
    "동영상 고정 취소",
    "동영상 표시하기",
    "댓글 표시하기",
    "이 시각 인기기사",
    "예시방송 뉴스 상단 메뉴",
    "핫이슈",
    "이 기사를 공유합니다",
    "▶ 예시뉴스 홈페이지 https://news.example.kr",
    "예시경제 2024-10-16 13:56:51 신고",
    "입력 2025.03.04 (19:05)",
    "오늘 뉴스9은 이채림 기자의 단독보도로 시작합니다.",
    "기사 2",
    "전체 에피소드",
    "관련 뉴스",
    "이 기사와 함께 많이 본 뉴스",
    "오늘의 핫클릭",
    "100자평 0",
    "예시신문 후원하기",
    "▣ 예시방송 기사 원문보기 : http://news.example.kr/view.do?ncd=1",
    "기사 본문 글자 크기 조정",
    "프린트",
    "스크랩 하기",
    "(해당 영상은 해외에서 재생이 불가합니다)",
    "[예시뉴스 자료사진]",
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
    (
        "ko",
        "국방부는 5일 북한 화물선이 나진항을 떠났다고 밝혔다.관련 키워드북한러시아나진항"
        '홍길동 기자 北, 새 미사일 공개…국방부 "예의주시"관련 기사"러, 북에 밀가루 지원"',
        "관련 키워드",
        "국방부는 5일 북한 화물선이 나진항을 떠났다고 밝혔다.",
    ),
    (
        "ko",
        "합참은 이날 북한군 동향을 공개했다. (합참 제공)관련 키워드합참북한군김철수 기자",
        "김철수 기자",
        "합참은 이날 북한군 동향을 공개했다.",
    ),
    (
        "ko",
        '외교부는 러시아 대사를 초치했다.관련기사푸틴 "북한과 협력 계속"',
        "관련기사",
        "외교부는 러시아 대사를 초치했다.",
    ),
    (
        "ja",
        "同省は追加の派遣について明らかにしていない。（2026/03/04-09:15）",
        "（2026/03/04-09:15）",
        "同省は追加の派遣について明らかにしていない。",
    ),
    (
        "ja",
        "政府は制裁の拡大を検討している。(2026年3月4日)",
        "(2026年3月4日)",
        "政府は制裁の拡大を検討している。",
    ),
    (
        "ja",
        "Jane Example[ワシントン 25日 ロイター] - 米国防総省は25日、北朝鮮兵がロシア西部に"
        "移動したと発表した。",
        "Jane Example",
        "米国防総省は25日、北朝鮮兵がロシア西部に移動したと発表した。",
    ),
]


GLUED += [
    (
        "ja",
        "【例示市共同】例示国の大統領は22日、北朝鮮兵の訓練が既に始まっていると明らかにした。"
        " もっと読む ツイート シェア シェア 国際の記事一覧 例示新聞のHOMEに戻る",
        "ツイート",
        "【例示市共同】例示国の大統領は22日、北朝鮮兵の訓練が既に始まっていると明らかにした。",
    ),
    (
        "en",
        "The ministry said the ships left on Monday. Share Tweet Email",
        "Tweet",
        "The ministry said the ships left on Monday.",
    ),
    (
        "ko",
        "국정원은 북한군 1만여명이 배치됐다고 밝혔다. 공유 스크랩 프린트",
        "스크랩",
        "국정원은 북한군 1만여명이 배치됐다고 밝혔다.",
    ),
    (
        "ja",
        "北朝鮮が1万人超の兵士の派遣を決めたと韓国の情報機関が明らかにした。写真拡大",
        "写真拡大",
        "北朝鮮が1万人超の兵士の派遣を決めたと韓国の情報機関が明らかにした。",
    ),
    (
        "ko",
        "국정원은 북한군 1만여명이 배치됐다고 밝혔다.기사 전체 보기",
        "기사 전체 보기",
        "국정원은 북한군 1만여명이 배치됐다고 밝혔다.",
    ),
    (
        "ko",
        "국정원은 북한군 1만여명이 배치됐다고 밝혔다. 더보기",
        "더보기",
        "국정원은 북한군 1만여명이 배치됐다고 밝혔다.",
    ),
    (
        "en",
        "The ministry said the ships left on Monday. Continue reading",
        "Continue reading",
        "The ministry said the ships left on Monday.",
    ),
    (
        "en",
        "The ministry said the ships left on Monday. Story continues below advertisement",
        "Story continues",
        "The ministry said the ships left on Monday.",
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
    ("en", "March 3, 2025: Russia and North Korea signed a new aid protocol in Moscow."),
    ("en", '"We will not stand by," the minister said.'),
    ("en", "North Korea sends more troops"),
    ("en", "Photographs taken by the satellite show new cranes at the port, the think tank said."),
    ("en", "Reuters could not independently verify the footage."),
    ("en", "North Korea [KCNA] said on Friday that the treaty had taken effect."),
    ("en", "Kim Jong Un [left] met Sergei Shoigu in Pyongyang on Tuesday, state media said."),
    (
        "en",
        "Subscribe to the idea that the treaty changed little, one analyst said, and you miss it.",
    ),
    ("en", "Join the dots: Russia sent 20 tonnes of fuel to Rajin to read the trend."),
    ("en", "The ministry posted the statement on its official website on Tuesday."),
    ("en", "Credit for the breakthrough went to Russian engineers, the report said."),
    ("en", "Moscow opened a new line of credit: 500 million rubles for the port"),
    ("en", "Officials described what the photograph: showed, without naming the site"),
    ("en", "He posted the screenshot: ships in the harbour at dawn"),
    ("en", "Updated figures released on Tuesday showed 11,000 troops in Kursk."),
    ("en", "Support for the treaty came from both chambers, Interfax reported."),
    ("en", "Follow-up talks are planned in Moscow next month, the Kremlin said."),
    ("en", "All news outlets in Pyongyang carried the statement."),
    ("en", "Story continues to develop as officials in Seoul weigh the report."),
    ("en", "(Russia denies the claim.)"),
    ("en", "Video provided to reporters showed soldiers at the training ground, the agency said."),
    ("en", "N/A is not an answer, the official said of the missing numbers."),
    ("ja", "2024年6月19日、両首脳は平壌で条約に署名した。"),
    ("ja", "「協力は続く」と報道官は述べた。"),
    ("ja", "北朝鮮兵、クルスクに展開"),
    ("ja", "写真は朝鮮中央通信が配信したもので、金総書記が工場を視察する様子が写っている。"),
    ("ja", "関連記事によると、ロシアは北朝鮮に石油を供給した。"),
    ("ja", "米国防総省[ワシントン]は25日、北朝鮮兵の移動を確認したと発表した。"),
    ("ja", "図1が示すように、ロシアへの輸出は急増した。"),
    ("ja", "第3回の会合は2024年7月1日に平壌で開かれた。"),
    ("ja", "2025年3月4日放送の番組で、同氏は派兵を認めた。"),
    ("ja", "政府は2026年3月4日、制裁の拡大を決めた。"),
    ("ja", "労働者は1日12時間働き、月に500円しか受け取れない。"),
    ("ja", "または、ロシアが代金を支払った可能性もある。"),
    ("ja", "ロシア側のアカウントは削除された。"),
    ("ja", "ロシア側では、北朝鮮兵に食料を提供しています。"),
    ("ja", "2025年1月、北朝鮮はロシアへの追加派兵を決めた。"),
    ("ja", "中川(2024)によると、北朝鮮は砲弾を供与した。"),
    ("ja", "国家情報院"),
    ("ja", "例示経済研究所の山田氏は、派兵の規模を1万人と推計した。"),
    ("ja", "写真は平壌の街並みを写している。"),
    ("ja", "例示研究所(2024)は、北朝鮮兵の死者を2000人と推計した。"),
    ("en", "The World Bank (2020) said trade had fallen."),
    ("en", "Supported by Russia, the North has expanded its missile program."),
    ("en", "The ministry said the ships left on Monday. North Korea"),
    ("en", "He said. Kim Jong Un arrived later"),
    ("en", "Credit markets in Moscow were calm, the central bank said."),
    ("ja", "注目すべきは、北朝鮮が派兵を公式に認めた点である。"),
    ("ja", "専門家の間では、派兵の規模について見方が分かれている。"),
    ("ja", "同研究所では、専門家が衛星画像の分析を提供しています。"),
    ("en", "Pool reporters said the talks lasted three hours."),
    ("en", "Kyodo reported that the ship left Rajin on Monday."),
    ("en", "Follow the money, the analyst said, and you find the ships."),
    ("ko", "로이터통신은 3일 북한군 1000명이 추가로 이동했다고 보도했다."),
    ("ko", '[이성권 / 국회 정보위원회 간사 : "북한군이 추가로 파병된 정황이 있습니다."]'),
    ("ko", "관련 기사에 따르면 북한은 포탄 수십만 발을 러시아에 보냈다."),
    ("ko", "관련 기사 10건이 삭제됐다고 국방부는 밝혔다."),
    ("ko", "국방부는 북한 관련 키워드를 공개했다."),
    ("ko", "정부는 북한 매체를 인용 보도할 때 주의하라고 당부했다."),
    ("ko", "국방부는 북러 관련기사만 100건을 분석했다고 밝혔다."),
    ("en", "Follow-up reports on Telegram said the troops had moved to Kursk."),
    ("en", "Featured in the parade were KN-23 missiles"),
    ("en", "Officials blamed inaccuracies in the translation of the treaty."),
    ("ko", "2024년 6월 19일 두 정상은 평양에서 조약에 서명했다."),
    ("ko", "(취재진이 확인한 결과 북한군 1천여 명이 추가로 이동했다.)"),
    ("ko", "편집국은 이날 북한의 발표를 전했다."),
    ("ko", "관련 뉴스를 보면 북한군은 지난달 이동했다."),
    ("ko", "후원을 약속한 러시아는 식량을 보냈다."),
]


@pytest.mark.parametrize(("language", "line"), KEPT)
def test_a_line_of_the_article_that_resembles_furniture_is_kept(language, line, knowledge):
    assert line in _between(line, language, knowledge).text


def test_a_byline_goes_before_a_dated_dateline_only(knowledge):
    noise, agg = knowledge.noise, knowledge.aggregator
    line = "Jane Example[ソウル 4日 ロイター] - 韓国軍は4日、北朝鮮の動きを公表した。"
    blocks = split_blocks(line, noise, agg)
    assert (blocks[0].text, blocks[0].reason) == ("Jane Example", "credit")
    assert blocks[1].text.startswith("[ソウル 4日 ロイター]")
    # An undated bracket after a name is the sentence's own.
    line = "Kim Jong Un [left] met Sergei Shoigu on Tuesday, state media said."
    assert [b.text for b in split_blocks(line, noise, agg)] == [line]


def test_a_portal_page_keeps_its_article_and_drops_its_furniture(knowledge):
    article = [
        "韓国軍合同参謀本部は4日、北朝鮮がロシアへの追加派兵を準備している可能性があると明らか"
        "にした。",
        "同本部によると、派兵された部隊の一部は既に前線から後方に移動したという。",
    ]
    body = "\n".join(
        [
            "国際情報",
            "写真拡大",
            *article,
            "（2026/03/04-09:15）",
            "▼例示テレビ NEWS 公式サイト https://news.example.jp/",
            "第3回 北朝鮮経済の行方――制裁の影響を読む (2024/07/01)",
        ]
    )
    assert _clean(body, "ja", knowledge).text == "\n".join(article)


def test_a_broadcast_page_keeps_its_script_and_drops_its_credits(knowledge):
    script = [
        "국정원은 북한군 일부가 전선에서 후방으로 이동한 정황을 파악했다고 밝혔습니다.",
        '[이성권 / 국회 정보위원회 간사 : "추가 파병 정황을 주시하고 있습니다."]',
        "국정원은 북한이 러시아에 포탄을 추가로 보냈을 가능성도 있다고 덧붙였습니다.",
    ]
    body = "\n".join(
        [
            "동영상 고정 취소",
            *script,
            "(구성: 이수진 / 영상편집: 박민호 / 제작: 디지털뉴스편집부)",
            "인터뷰를 인용보도할 때는 프로그램명 '예시방송 <뉴스와이드>'를 정확히 밝혀주시기"
            " 바랍니다. 저작권은 예시방송에 있습니다.",
            "댓글 표시하기",
            "이 시각 인기기사",
        ]
    )
    assert _clean(body, "ko", knowledge).text == "\n".join(script)


def test_a_paper_page_keeps_its_story_and_drops_its_paywall(knowledge):
    story = [
        "SEOUL, March 4 (Example) - North Korea has sent about 3,000 more troops to Russia,"
        " South Korea's spy agency said on Tuesday.",
        '"The movement began last month," a lawmaker briefed by the agency told reporters.',
    ]
    body = "\n".join(
        [
            "Example staff and agencies",
            "Last modified on Tue 4 Mar 2025 10.15 GMT",
            *story,
            "Sign up for Example Pro to read the full story and access exclusive analysis.",
            "Explore more on these topics",
            "Reuse this content",
        ]
    )
    assert _clean(body, "en", knowledge).text == "\n".join(story)


UNMARKED_LISTS = [
    (
        "ja",
        [
            "関連記事",
            "北朝鮮兵、クルスクで地雷除去か",
            "ロシア、北朝鮮に石油を追加供与　専門家パネル",
        ],
    ),
    ("ja", ["あわせて読みたい", "北朝鮮兵の死者2000人か", "露朝条約が発効"]),
    (
        "en",
        ["Related", "North Korea sends engineers to Kursk", "Kremlin denies plans for Kim visit"],
    ),
    ("en", ["Most Read", "Kim inspects drone plant", "Seoul summons Russian envoy"]),
    ("ko", ["관련기사", "北, 러시아에 공병 1천명 추가 파견", '국정원 "북한군 사상자 3천명"']),
]


@pytest.mark.parametrize(("language", "widget"), UNMARKED_LISTS)
def test_headlines_under_a_label_inside_the_article_go_without_their_list_marks(
    language, widget, knowledge
):
    first, last = PROSE[language]
    doc = _clean("\n".join([first, *widget, last]), language, knowledge)
    assert doc.text == f"{first}\n{last}"


def test_one_heading_under_a_label_or_lines_after_a_cut_link_stay(knowledge):
    first, last = PROSE["ja"]
    # One line under a label may be the article's own subheading.
    doc = _clean(f"{first}\n関連記事\n露朝の狙い\n{last}", "ja", knowledge)
    assert "露朝の狙い" in doc.text
    # A link cut off a paragraph's end heads no list.
    body = f"{first} もっと見る\n為替は1ドル=150円\n原油は1バレル=80ドル\n{last}"
    doc = _clean(body, "ja", knowledge)
    assert "為替は1ドル=150円" in doc.text and "原油は1バレル=80ドル" in doc.text


def test_quotes_after_an_interview_label_stay(knowledge):
    first, last = PROSE["ko"]
    quotes = [
        '[김철수 / 예시대 교수 : "북한군이 추가로 이동했을 가능성이 있습니다."]',
        '[이영희 / 국회 정보위원 : "정부가 상황을 주시하고 있습니다."]',
    ]
    body = "\n".join([first, "▶ 인터뷰 : 김철수 / 예시대 교수", *quotes, last])
    doc = _clean(body, "ko", knowledge)
    assert all(q in doc.text for q in quotes)


def test_a_research_page_keeps_its_analysis_and_drops_its_apparatus(knowledge):
    analysis = [
        "北朝鮮は2024年秋、約1万人の兵士をロシア西部に派遣したとみられる。",
        "派遣の見返りとして、北朝鮮はロシアから防空システムの提供を受けた可能性がある。",
    ]
    body = "\n".join(
        [
            "ホーム > 出版物 > 例示スクエア > 世界を見る眼",
            "PDF版ダウンロード（523KB）",
            "2025年1月",
            *analysis,
            "注",
            "1 例示通信、2024年10月25日。",
            "2 同上。",
            "写真1：平壌の街並み（出所）筆者撮影",
            "著者プロフィール",
            "例示一郎（れいじ いちろう） 例示経済研究所地域研究センター東アジア研究グループ長。"
            "専門は朝鮮半島の政治と経済。",
            "※この記事の内容および意見は執筆者個人に属し、例示機構の公式見解を示すものではありません。",
            "上へ戻る",
        ]
    )
    assert _clean(body, "ja", knowledge).text == "\n".join(analysis)
