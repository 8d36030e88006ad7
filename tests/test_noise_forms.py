"""Page furniture by its form (noise.yaml, clean.py), on lines the team wrote: each form
seen on real news pages in Japanese, English and Korean is dropped when it stands between
two paragraphs, and a sentence that looks like it is kept."""

import pytest

from kansoku.clean import clean
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


def _between(line: str, language: str, knowledge) -> Document:
    first, last = PROSE[language]
    body = f"{first}\n{line}\n{last}"
    return clean(Document(source="t.txt", raw_sha256="0", body=body, language=language), knowledge)


JA_FURNITURE = [
    # Photo captions closed by where the picture comes from.
    "会談に臨む両国の外相＝3日、例示市（ロイター＝共同）",
    "演説する国防相＝2024年11月、例示市(朝鮮中央通信配信)(AFP時事)",
    "握手する両首脳＝例示市で2025年3月3日、AP",
    "橋を渡る貨物列車＝2月(ロイター=共同)",
    "公演を鑑賞する総書記(右)=11月、例示市(朝鮮中央通信=共同)",
    "視察する総書記＝AP",
    "記者団の質問に答える報道官＝例示市で2025年2月1日、山田一郎撮影",
    "写真は会見する報道官。2025年2月撮影(2025年 ロイター/Example Person)",
    "空港に到着した代表団(2024年、写真:代表撮影/例示/アフロ)",
    "国境の駅に着いた列車(写真/例示通信社)",
    "(c)AFP PHOTO / EXAMPLE AGENCY",
    # Links to pictures and video, paywall lines, read-more links and portal widgets.
    "【写真】代表団を出迎える高官",
    # Twelfth pass: an editor's note about the page itself (first sent out, first aired, the
    # pictures it could not carry).
    "※この記事は2026年2月3日に配信されたものです。",
    "＊本記事は例示テレビのニュース番組で放送した内容です",
    "この記事に載せきれなかった写真は別のページでご覧いただけます。",
    "本ページに掲載しきれなかった画像（4枚）",
    "【動画】発射の瞬間",
    "写真・図版",
    "画像を拡大する",
    "この記事は有料記事です。",
    "このページは会員限定コンテンツです。",
    "有料会員になると続きをお読みいただけます。",
    "記事の全文をご覧になるには会員登録が必要です。",
    "続きは会員登録（無料）で読めます",
    "無料会員に登録する",
    "ログインの方はこちら",
    "[全文を読む]",
    "【続きはこちら】",
    "＜関連記事＞",
    "トピックスRSS",
    "話題の記事",
    "毎時01分更新",
    "コンテンツへスキップ",
    "メインメニューをとばして、このページの本文エリアへ",
    "ニュース｜政治｜経済｜国際｜ログイン",
    # Share and tool widgets, also as list items.
    "• ブックマーク",
    "• 保存",
    "- メール",
    "共有",
    # Reading time, clocks, counts and end marks.
    "約5分で読めます",
    "2時間前",
    "12:34",
    "1,893字",
    "(おわり)",
    # Credits and sources alone.
    "(共同通信)",
    "［例示通信社］",
    "(2025年3月4日 例示新聞)",
    "［例示市 4日 ロイター］",
    "※週刊例示2025年3月14日号",
    "原題：Example headline about shells（抜粋）",
    "例示社の会員制サイトから選りすぐりの記事をお届けします。",
    # A portal's stamps, labels, reactions and notes.
    "最終更新:3/4(火) 10:15",
    "北朝鮮兵、前線から撤退か 例示新聞 3/4(火) 10:15",
    "提供元：例示通信",
    "この記事の筆者",
    "学びがある",
    "Xでシェア",
    "【例示市時事】",
    "【例示市＝例示太郎】",
    "※写真はイメージです",
    "※この記事は例示通信の配信です。",
    "本記事の内容は執筆時点のものです。",
    "よく読まれている記事",
    "写真特集",
    "特集 北朝鮮",
    "動画を再生する",
    "後編はこちら",
    "ツイートする",
    "ログインはこちら",
    "記事をマイページに保存できます。",
    "許可なく転載することを禁じます。",
    "写真提供：例示通信",
    "AFPBB News",
    "有料会員になると会員限定の有料記事もお読みいただけます。",
    "例示新聞の購読者は、読者会員登録（無料）をしていただくと、オンラインの記事をお読みいただけます。",
    "今すぐ登録（1カ月間無料）",
    "ログインする",
    "共同通信社",
    # Skip links on one line, links to a site's other parts, a section label alone.
    "メインメニューへスキップ(上段) メインコンテンツへスキップ",
    "速報と特集はこちら",
    "〈記事〉例示国が派兵を認める",
    "www.example.co.jp/world/20250101-A1/",
    "記事",
    "事業のカテゴリー: 寄稿",
    "この記事を読んだ人はこんな記事も読んでいます",
    # A help desk's notice, a note on the time zone, where the rights lie.
    "ご利用上の不明点はヘルプセンターにお問い合わせください。",
    "※時刻の表記は日本時間によります。",
    "本文の著作権は原作者に帰属します。",
    "ⓒ 例示日報/例示日報日本語版",
    # A reporter's profile under the article.
    "2001年入社。例示支局、外信部を経て現職。",
    # A syndicated piece's note, a paywall's offer, a linked headline's stamp.
    "この記事は例示ジャーナル日本版の配信記事です。",
    "例示のすべての記事が読み放題!",
    "プレミアム登録して記事のつづきを読む",
    "例示新聞 2時間前",
    # Forms seen on real pages (2026 survey): a timestamp without its year or with the
    # outlet after it, an outlet's or a broadcaster's brand alone, a magazine's issue.
    "6月12日 9時05分",
    "6/12(木) 9:05配信 例示新報オンライン",
    "2026年6月12日(金) 例示新報",
    "例示新報",
    "例示新報 電子版",
    "例示放送系(XNN)",
    "例示ドットコム",
    "例示TV NEWS NNN",
    "例示テレビ NEWS Powered by XNN",
    "2026年7月号",
    "2026/06/12-09:05",
    # A short credit alone in brackets, a byline in katakana, by post, by label.
    "(共同)",
    "（例示新報社提供）",
    "（ハバロフスク支局 例示花子）",
    "マリア・サンプレフ",
    "外信部 例示一郎",
    "文・写真／例示花子",
    "翻訳：例示花子",
    "例示通信提供",
    "写真はイメージ(例示/PIXTA)",
    # Captions closed by a wire's credit after a space or in brackets after a space.
    "港に停泊する貨物船 (AP)",
    "港に停泊する貨物船(代表撮影)",
    "港に停泊する貨物船 ロイター",
    "港で作業する人たち EXAMPLEーREUTERS",
    # Link labels, tables of contents, live pages' and portals' widget headings.
    "続きを見る",
    "一覧を見る",
    "次の記事へ",
    "この記事の目次",
    "目次を閉じる",
    "キーワード",
    "関連タグ",
    "ピックアップ記事",
    "PAGE TOP",
    "この記事の関連ニュース",
    "この動画の記事を読む>",
    "- みんなのツイートを見る",
    "これまでの経緯",
    "【随時更新】",
    "▼関連記事",
    "【関連記事】港の貨物船が出港",
    "→港の貨物船が出港",
    "プロフィール",
    "人気ランキング",
    "このニュースをシェア",
    "記事URLをコピーしました",
    "#ハバロフスク",
    "（つづく）",
    "※肩書は当時",
    # A paywall's and a sign-up box's lines.
    "ここからは、例示Premium 限定です。",
    "カンタン登録!続けて記事をお読みください。詳細はこちら",
    "この記事を購読するには、「オンライン会員」への登録手続きが必要です。",
    "すでに登録がお済みの方は、ログインしてお読みください。",
    "オンライン会員登録",
    # Forms seen on real pages (2026-12 survey): a widget heading in English capitals, alone
    # or after its label; a section's story list and ranking; a stamp's empty labels, a date
    # with its weekday and no year, a wire's stamp with slashes; a view counter; a linked
    # headline's outlet; a paid edition's promotion; share verbs; a reader poll; a desk's
    # name, a commentator's post, an image's file name.
    "RECOMMEND",
    "おすすめ記事PICK UP",
    "注目コンテンツNEWS LIST",
    "北海道のニュース 「経済」記事一覧-",
    "続き読む",
    "最新の国際・政治記事",
    "これまでの解説記事",
    "• 国際のアクセスランキング",
    "1. 1",
    "ワールド",
    "記事詳細",
    "公開日: 更新日:",
    "6/12(木)",
    "2026/06/12/09:05",
    "再生回数3,204回",
    "※ 再生回数は1日1回更新されます。",
    "例示通信 -",
    "例示新報DIGITALを読もう!",
    "チェックする",
    "この記事は役に立ちましたか?",
    "例示放送 解説委員室",
    "例示 次郎  解説委員",
    "K260612_3.jpg",
    "もっと読む ツイート シェア シェア",
    "例示新報のHOMEに戻る",
    "もっとみる",
    "話題の写真ランキング",
    "プレイヤーにスキップメインコンテンツにスキップフッターにスキップ",
    "写真",
    "2026年6月12日、例示市の空港で握手する両首脳 - 写真=EXAMPLE/EXAMPLE POOL/例示通信フォト",
]

EN_FURNITURE = [
    "Officials shake hands in the capital on March 3, 2025. (Example Agency via AP)",
    "The ministers meet in the capital. -/Example Office/dpa",
    "KCNA via Reuters",
    "Soldiers on parade Example Person-shutterstock",
    "Save",
    "FacebookXPinterestEmailShare",
    "Join our Newsletter",
    "Sign up here.",
    "Subscribe now",
    "Become a member for less than $5 per week.",
    "Your support helps us to tell the story",
    "Oops! Something went wrong.",
    "Please try again later.",
    "Continue Reading",
    "Opens new tab",
    "Today's Paper",
    "Terms of Use",
    "Example News Logo",
    "Original Source: www.example.com",
    "Our Standards: The Example Trust Principles.",
    "2 hours ago",
    "1 min",
    "pic.twitter.com/AbCdEf123",
    "— Example Person (@example) March 4, 2025",
    "#NorthKorea #Russia",
    ".related-articles .layout{padding-bottom:55%;}",
    "{{widget?.title}}",
    "Advertisement · Scroll to continue",
    "Report This Ad",
    "Article continues after this advertisement",
    "Most Viewed",
    "Email this article",
    "Follow on Google News",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Example Press writer Jane Example in Seoul contributed to this report.",
    "Edited by John Example",
    "By Jane Example and John Example, Staff Writers",
    "(LEAD)",
    "We value your privacy",
    "Photo by Example Person/Example Agency",
    "Reuters",
    "Watch",
    "Item 1 of 3 Two officials meet in the capital, March 4, 2025. EXAMPLE/Person/File Photo",
    "[1/3] Two officials meet in the capital, March 4, 2025.",
    "Officials meet in the capital. REUTERS/Example Person/File Photo",
    "Image caption, Officials meet in the capital",
    "Getty Images",
    "(Yonhap)",
    "Sign up for Example's weekly newsletter",
    "Follow AP's coverage of the war at https://example.com/hub",
    "Ad Feedback",
    "Link Copied!",
    "Kim smiles during a visit to a factory in this picture released on March 4, 2025. (Reuters/KCNA)",
    "Kim visits a farm in a photo released on March 4, 2025. (KCNA via Reuters TV)",
    "Kim visits a farm in an undated photo. KCNA/via Reuters",
    "FILE - Two officials meet in the capital on March 4, 2025.",
    "AP – Example Person",
    "Get unlimited access to all Example News content.",
    # A broadcast page's script labels and hand-over line; a wire's notes to editors.
    "[Anchor]",
    "[LEAD]",
    "Reporter Jane Example has the details.",
    "(2nd LD) Troops-Example",
    "(ATTN: ADDS details in paras 3-4)",
    # Share buttons named twice, a publication stamp, credits and a writer's profile.
    "facebookfacebook",
    "twittertwitter",
    "This content was published on",
    "EXAMPLE/JANE DOE/POOL VIA REUTERS",
    "Photo: Jane Doe, Example Pool Photo via AP",
    "A student and her sister in the capital [Jane Doe/Al Jazeera]",
    "Al Jazeera",
    "Jane Doe is a reporter for Example News covering the Korean peninsula.",
    # A comment box's notice and footer links.
    "Your email address will not be published. Required fields are marked *",
    "Read More.",
    "Further Reading",
    "56 Articles",
    "Learn more",
    "Text by Jane Doe",
    "Sputnik/Jane Doe/Pool via REUTERS",
    "This story is from the November 29, 2024 edition of Example Weekly.",
    "Read a version of this story in Korean",
    "Category: korea",
    "scroll to top arrow or icon",
    "About the Author",
    (
        "Jane Doe is the data correspondent at Example News. She previously worked at two"
        " wire agencies and a trade promotion body in Seoul."
    ),
    "The Associated Press",
    "example.com",
    # Forms seen on real pages (2026 survey): bylines alone, with a post or with a date,
    # reporting and translation credits, an editor's notes in capitals.
    "Maria Sample",
    "Maria Sample, Staff Writer",
    "— Maria Sample",
    "Maria Sample and Ivan Example",
    "Maria Sample March 12, 2026",
    "Senior News Reporter",
    "*Writing by Maria Sample",
    "Maria Sample contributed reporting.",
    "With reporting from Example Wire.",
    "— With AFP",
    "Translated from the Example Ilbo using generative AI and edited by Example Daily staff.",
    "Originally published on example.org",
    "ADDS QUOTES, CHANGES HEADLINE",
    "HABAROVSK, June 12. /TASS/.",
    "Photo via Example Ministry",
    "Courtesy of Example Ministry",
    "Sources: Example Wire, Example Daily",
    "Featured in The Example Gazette",
    # Link labels, widgets, tools, notices.
    "Related:",
    "ALSO READ | Ships leave the port",
    "See all",
    "Read the full story on Example",
    "Watch: Ships leave the port",
    "Click to share on Facebook (Opens in new window)",
    "Keywords: shipping, ports",
    "Posted in World",
    "Politics ❯Military ❯Asia",
    "Last updated 3 hours ago",
    "Please enable JavaScript to view this page",
    "This news has been read 210 times in total",
    "We use cookies to improve your experience",
    "Enter your email",
    "Request Reprint & Licensing",
    "Translations may contain inaccuracies.",
    "We’re now on Bluesky",
    "Українською",
    "Key developments",
    "EXAMPLE Photo",
    "Example Independent news desk",
    "Reporter: Maria Sample",
    "Maria Sample, Reporter",
    "Maria Sample · 3 min read",
    "Maria Sample [[email\u00a0protected]]",
    "Save for later",
    "A A A",
    "Font size",
    "You might also like",
    "By subscribing, you agree to our Privacy Policy.",
    "Support the Example Independent",
    "If you value our work, please consider supporting us.",
    "Contact the author",
    "Join the conversation",
    "Ports, Shipping, Far East Region",
    "Українська English",
    # Forms seen on real pages (2026-12 survey): a date with its time, a broadcaster's old
    # caption label glued to its credit, a comment box, a summary box's label, a byline's
    # label alone, an empty related-posts widget, a widget heading in capitals, a poll.
    "Oct 3, 2026 - 18:45",
    "Updated June 12, 2026 at 9:05 a.m. EDT",
    "Image copyrightEXAMPLEImage caption Two officials at the border",
    "Please enter your comment!",
    "Please enter your name here",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
    "Summary",
    "Published by",
    "No related posts.",
    "RECOMMENDED",
    "Was this article helpful?",
    "With updates from Jane Sample in Seoul and Ivan Example in Moscow",
    "Related Video and Audio",
    "All times stated are UK",
    "Published October 18,2026",
    "AFP ASIA",
    "This captured image shows trucks near the border crossing. (Example Center for Strategic Communication)",
    "Soldiers march past the border post, the ministry said on Friday - AFP",
    "We'd love to hear from you: write to the desk at tips@example.org",
]

KO_FURNITURE = [
    "▲ 회담장에서 악수하는 양국 외교장관",
    "(예시시 예시통신=연합뉴스) 회담하는 양국 외교장관 2025.3.4 [국내에서만 사용가능. 재배포 금지.]",
    "회담하는 양국 외교장관. 2025.03.04 ⓒ AFP=예시뉴스 ⓒ 예시 홍길동 기자",
    "본문 이미지 - 회담하는 양국 외교장관",
    "사진=예시뉴스",
    "읽어주기 기능은 크롬기반의",
    "브라우저에서만 사용하실 수 있습니다.",
    "#북한 #러시아 #포탄",
    "(끝)",
    "저작권자 © 예시일보",
    "■ 제보하기",
    "▷ 전화 : 02-000-0000",
    "촬영기자:홍길동/영상편집:김철수",
    "(영상편집: 김철수)",
    "메뉴 건너뛰기",
    "관련 키워드",
    "기사 전체 보기",
    "구독",
    "좋아요",
    "Your browser doesn’t support HTML5",
    "대표이사/발행인 : 홍길동",
    "사업자등록번호 : 000-00-00000",
    "연합뉴스TV 기사문의 및 제보 : 카톡 예시",
    "기자 구독",
    "글자 크기 변경",
    "이 기사가 마음에 드셨나요?",
    "좋아요 0",
    "실시간 인기기사",
    "사진 출처=예시",
    "그래픽=홍길동 기자",
    "/예시뉴스",
    "홍길동 특파원",
    "[출처:예시일보] 북한군 파병 1년",
    "에디터 홍길동, 웹팀 김철수",
    "예시방송 홍길동입니다.",
    "독자 여러분의 소중한 제보를 기다립니다.",
    # A broadcast's hand-over to its reporter, an outlet's name alone, an edit stamp.
    "베를린 홍길동 특파원입니다.",
    "보도에 홍길동 기자입니다.",
    "홍길동 기자가 보도합니다.",
    "예시뉴스",
    "수정 2024.11.25 (15:16)",
    # Calls to subscribe, a portal's reader poll and hand-over, link labels, a UI row.
    "▷ 카카오 '예시뷰', 유튜브에서 예시뉴스를 구독해주세요!",
    "이 기사에 대해 어떻게 생각하시나요?",
    "예시방송에서 직접 확인하세요. 해당 언론사로 이동합니다.",
    "▣ 예시뉴스 유튜브 구독하기 :",
    "이전 페이지로 가기 공유하기 주요 서비스 메뉴 열기",
    # A video's staff list, an advertising contact, a board's empty attachment line.
    "아나운서: 홍길동",
    "영상콘텐츠: 김철수",
    "기획: 이영희",
    "*광고 및 비즈니스 문의 : ad@example.com",
    "- 첨부파일이 없습니다.",
    "예시신문 36분 전",
    "원문 보기",
    "전체메뉴",
    "댓글 많은 뉴스",
    # Forms seen on real pages (2026 survey): stamps with the afternoon mark, a dateline
    # alone, bylines with posts, camera credits, widget headings, tools and share rows.
    "수정 2026.06.12. 오후 9:05",
    "(하바롭스크=예시뉴스) 홍길동 기자 =",
    "워싱턴=홍길동 특파원",
    "[영상취재 홍길동 / 영상편집 김철수]",
    "홍길동 통일전문기자",
    "홍길동 기자 다른기사 보기",
    "이 시각 주요뉴스",
    "추천 뉴스",
    "본문 글자 크기 조정",
    "음성으로 듣기",
    "기사 요약",
    "페이스북 트위터 카카오톡",
    "링크 복사",
    "제보하기",
    "좋아요 슬퍼요 화나요 후속기사 원해요",
    "예시뉴스 앱 다운로드",
    "네이버에서 예시뉴스를 구독하세요",
    "예시 뉴스",
    "※ 이 기사는 예시뉴스의 기사입니다.",
    "[그래픽]",
    "이슈 포인트",
    "예시방송 2026. 6. 12. 09:05",
    "2026년 6월 12일 09시 05분",
    "<앵커>",
    "연출: 홍길동PD",
    # Forms seen on real pages (2026-12 survey): "go to" links, a date with its weekday, a
    # copy notice, a graphic's label, a reader poll, a partner's note, an ad-free offer, a
    # broadcast's cast list, transcript notice, hand-over and tip box, a widget heading.
    "컨텐츠 바로가기",
    "원문바로가기",
    "06.12 (금)",
    "주소복사가 완료되었습니다",
    "예시 조약 전문 공개 (CG)",
    "이 포스트가 도움이 되었습니까?",
    "본 콘텐츠는 예시픽 파트너스에서 공유된 콘텐츠입니다.",
    "1시간동안 광고 제거하기!",
    "■ 진행 : 홍길동 앵커, 김철수 앵커",
    "■ 출연 : 이영희 예시방송 해설위원",
    "* 아래 텍스트는 실제 방송 내용과 차이가 있을 수 있으니 보다 정확한 내용은 방송으로 확인하시기 바랍니다.",
    "이어서 홍길동 기자가 단독보도합니다.",
    "※ '당신의 제보가 뉴스가 됩니다'",
    "[전화] 02-000-0000",
    "[카카오톡] 예시방송 검색해 채널 추가",
    "이시각 주요뉴스",
    "플레이어로 건너뛰기본문으로 건너뛰기푸터로 건너뛰기",
    "뒤로가기",
    "3줄 요약",
    "본문전체읽기",
    "이 콘텐츠를 공유하세요.",
    "예시TV 홍길동입니다.",
    "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.",
    "이 글자크기로 변경됩니다.",
    "(예시) 가장 빠른 뉴스가 있는 예시뉴스를 만나보세요.",
    # Twelfth pass: an editor's note about when the page was first aired or sent.
    "※ 이 기사는 2026년 1월 9일 방송된 내용입니다.",
    "* 본 기사는 예시일보 지면에 게재된 기사입니다.",
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


JA_KEPT = [
    "為替は1ドル=150円",
    "北朝鮮＝ロシア関係の行方、専門家に聞く",
    "北朝鮮はロシアに兵士を派遣した（2024年10月）",
    "ロシア国防省は3日、北朝鮮兵が前線に到着したと発表した(共同)",
    "会員登録した利用者の情報が流出したと同社は説明した。",
    "同社は有料会員の数が前年より増えたと発表した。",
    "ロシア側は写真を公開し、北朝鮮兵の訓練の様子を示した。",
    "拡大する軍事協力",
    "保存された文書には派兵の計画が記されていた",
    "2時間前に北朝鮮がミサイルを発射したと韓国軍が発表した。",
    "1. 北朝鮮はロシアに約1万人の兵士を派遣した。",
    "・北朝鮮兵の一部は前線に投入された。",
    "特集番組で北朝鮮兵の証言が紹介された。",
    "後編では北朝鮮側の狙いを分析する。",
    "ログイン記録から、北朝鮮のハッカー集団の関与が疑われている。",
    # A wire's sentences closed by its credit, with no full stop before it.
    "関係筋によると、ロシアは北朝鮮に原油を送り続けているとみられている（共同）",
    "北朝鮮は5日、弾道ミサイルを発射した。政府は情報の収集を急いでいる（共同）",
    "両国は来月、国防相会談を開く見通し（ロイター）",
    "ミサイルの航跡情報を日米で共有",
    "北朝鮮は5日、派兵を続けると表明した。 政府関係者によると、第2陣が移動したという。",
    "詳しい説明はこちらのページにあると同省は述べた。",
    "記事によると、北朝鮮兵は前線に移動した。",
    "同社のカテゴリー別売上は発表されなかった。",
    "両国は協力を深めている（例示通信は5日、これを報じた）。",
    "ご利用の皆様から、北朝鮮の動向についてお問い合わせが多く寄せられている。",
    "著作権をめぐる訴訟で、北朝鮮側の主張は退けられた。",
    "北朝鮮は写真を公開した。【写真】のように兵士が並んだという説明もあった。",
    "2001年入社の社員が、北朝鮮の動向を分析した報告書をまとめた。",
    "1999年生まれの兵士は、前線に送られたと証言した。",
    "この記事は例示ジャーナル日本版の配信記事ですが、北朝鮮の動向は別の記事で扱う。",
    "本記事は国防省の発表をもとに作成したものです。",
    "この記事は、北朝鮮兵の派遣が始まった経緯を振り返ったものです。",
    # Sentences and headings of the same shapes as the forms above, which stay.
    "2024年6月19日 両国が条約に署名",
    "北朝鮮、ロシアに砲弾提供",
    "北朝鮮兵が撮影した映像 ロシア国防省",
    "ロシア国防省が公開した映像には北朝鮮兵が映っている AP",
    "政府関係者によると、記事を読むと分かるという。",
    "北朝鮮兵の派遣 その他の論点",
    "ロイター通信(ロイター)によると、北朝鮮兵が前線に移動した。",
    "北朝鮮国営の朝鮮中央通信(KCNA)は5日、条約が発効したと伝えた。",
    "米紙ニューヨーク・タイムズ(NYT)は4日、死傷者が増えていると報じた。",
    "北朝鮮兵が前線に移動したと同省の記者は述べた。",
    # Sentences and labels of the survey's forms that stay: a date or a ranking inside a
    # sentence, a commentator quoted, a TV transcript's speaker label, a name in Latin
    # letters too short to be a subtitle.
    "国連安保理は6月12日(木)に会合を開く。",
    "記事一覧を作成したのは同省の報道官だった。",
    "北朝鮮の最新の動向について、韓国軍が説明した。",
    "例示放送の解説委員は、派兵は長期化すると述べた。",
    "ランキング上位の国として北朝鮮が挙げられた。",
    "写真には北朝鮮兵の姿が写っていた。",
    "会見はスキップされ、声明だけが出された。",
    "北朝鮮は写真を公開した - 写真には兵士が写っていた。",
    "ロシア 例示大統領府報道官",
    "Hwasong-19",
    "「ロシアとともにある」 We will always be with Russia.",
]

EN_KEPT = [
    "Subscribe to the view that Russia needs more shells, one analyst said.",
    "Source: a senior official told the agency that troops had arrived.",
    "Details of the agreement were not made public.",
    "Save for a few officers, the troops had never left North Korea.",
    "Share prices fell in Seoul after the launch.",
    "Become a partner of Russia, Kim urged, according to state media.",
    "- North Korean troops were seen near the front line.",
    "Watch the skies, the ministry warned residents near the border.",
    "Reuters reported that the ship had left the port on Sunday.",
    "Most viewed the launch as a warning to Seoul, analysts said.",
    "Edited footage showed soldiers in Russian uniforms.",
    "Item by item, the officials went through the list of weapons.",
    "Reuters could not independently verify the footage.",
    "File - a ministry spokesperson said - would be sent to the committee.",
    "Reporter Jane Kim said the troops had moved to the front on Monday.",
    "(LEAD) North Korea sends more troops to Russia, spy agency says",
    "This content was reviewed by the ministry before it was published on Monday.",
    "Facebook and Twitter removed the accounts, the company said.",
    "Kim Jong Un is the leader who approved the deployment, officials said.",
    "NATO/EU officials met in Brussels on Monday.",
    "Read more about the treaty in the agency's statement.",
    "Officials said the photos were relayed via AP to newsrooms in Seoul on Monday.",
    "The army said it would learn more about the soldiers' units.",
    "This story is from the front line, the reporter said of the footage.",
    "Category errors in the ministry's data were later corrected.",
    "Jane Doe is a former reporter who now advises the ministry, and she said the troops left.",
    "By Seoul's count, Pyongyang has sent about 7,000 more soldiers to Russia.",
    "By the end of the year, the two armies had held three joint drills.",
    "Topics discussed included the treaty and missile cooperation.",
    "Sources said the troops had arrived in Kursk.",
    "Translated documents showed the troops' orders.",
    "Video footage showed North Korean soldiers in Kursk.",
    "Posted in the border region, the troops waited for orders.",
    "Courtesy of the Kremlin, the two leaders rode in a limousine.",
    "ADDS quotes from the minister, who said troops would stay.",
    "Analysis of satellite imagery showed ships at Rajin.",
    "Kim inspected the plant (KCNA) on Monday, state media said.",
    "Kim, Putin, Xi and Lukashenko met in Moscow.",
    "Russia, North Korea and China",
    "Updated figures released on June 12, 2026 showed more troops had arrived.",
    "Published by the ministry on Monday, the report said 3,000 troops had died.",
    "Summary executions of deserters were reported, the agency said.",
    "The photo, taken on Oct 3, 2026, showed trucks at the border.",
    "With updates from the front, the ministry said 200 soldiers had died.",
    "All times the troops moved at night, the defector said.",
    "This photo was never published, the officials said (according to the ministry).",
]

KO_KEPT = [
    "사진을 공개한 우크라이나군은 북한군이 전선에 있다고 밝혔다.",
    "주소지를 옮긴 북한 노동자들이 러시아로 향했다.",
    "구독자 수가 늘었다고 매체는 밝혔다.",
    "1. 북한은 러시아에 병력 1만명을 보냈다.",
    "더 많은 병력이 파견될 것으로 보인다.",
    "홍길동 특파원은 현지에서 북한군의 움직임을 전했다.",
    "기자들은 북한군 포로와의 면담을 요청했다.",
    "홍길동 기자는 북한군이 전선에 배치됐다고 전했다.",
    "보도에 따르면 북한군 1만명이 러시아에 도착했다.",
    "수정된 계획에 따라 북한은 병력을 추가 파견했다.",
    "국정원은 이 기사에 언급된 내용을 확인하지 않았다.",
    "주요 외신은 북한군의 움직임을 전했다.",
    "예시뉴스는 북한군이 전선에 있다고 보도했다.",
    "기획재정부는 대북 제재 관련 예산을 늘렸다고 밝혔다.",
    "광고 문의가 늘었다고 회사 측은 밝혔다.",
    "관련 키워드를 검색한 사람이 늘었다고 회사는 밝혔다.",
    "(서울=연합뉴스) 홍길동 기자 = 북한이 러시아에 병력을 추가로 보냈다고 국정원이 밝혔다.",
    "이 기사는 국정원 자료를 바탕으로 작성됐다.",
    "이 기사는 북한군 파병이 시작된 과정을 정리한 것이다.",
    "북한군 추가 파병 목차를 보면 다음과 같다.",
    # A broadcast's quote of a named speaker and the speaker's label stay; so does a
    # sentence that says someone supplied something.
    "[홍길동/예시대 북한학과 교수 : 러시아가 북한에 기술을 제공한 정황은 아직 없습니다.]",
    "[김철수 의원 / 국회 정보위원회 간사]",
    "국정원은 북한군 포로에 대한 정보를 우크라이나에 제공했다고 밝혔다.",
    "기자들은 06.12 회담 결과를 바로 전했다.",
    "홍길동 / 국회 정보위원회 간사",
    "저는 홍길동입니다.",
]


@pytest.mark.parametrize(
    ("language", "line"),
    [("ja", x) for x in JA_KEPT] + [("en", x) for x in EN_KEPT] + [("ko", x) for x in KO_KEPT],
)
def test_a_sentence_that_resembles_furniture_is_kept(language, line, knowledge):
    assert line in _between(line, language, knowledge).text


def test_a_credit_glued_after_a_sentence_keeps_the_sentence(knowledge):
    doc = _between("北朝鮮は派兵を認めた。(写真は例示市の広場)", "ja", knowledge)
    assert "北朝鮮は派兵を認めた。" in doc.text and "例示市の広場" not in doc.text
    # A wire's sentence closed by its credit, with no full stop: the sentence stays. (A
    # caption of two sentences closed so, "…の一場面。…としている(共同)", stays too: by
    # its form it is a wire's paragraph, and losing a paragraph costs more.)
    doc = _between("日本政府は北朝鮮に自制を求めている=共同", "ja", knowledge)
    assert "日本政府は北朝鮮に自制を求めている" in doc.text
    line = "Pyongyang confirmed the deployment on Monday. (Example Person/AFP via Getty Images)"
    doc = _between(line, "en", knowledge)
    assert "Pyongyang confirmed the deployment on Monday." in doc.text
    assert "Getty" not in doc.text


def test_the_line_under_an_image_is_its_caption(knowledge):
    first, last = PROSE["ja"]
    body = f"{first}\n![](https://example.com/a.jpg)\n港に並ぶコンテナと貨物船\n{last}"
    doc = clean(Document(source="t.txt", raw_sha256="0", body=body, language="ja"), knowledge)
    assert "港に並ぶコンテナと貨物船" not in doc.text
    # A paragraph under an image stays.
    body = f"![](https://example.com/a.jpg)\n{first}\n{last}"
    doc = clean(Document(source="t.txt", raw_sha256="0", body=body, language="ja"), knowledge)
    assert first in doc.text


def test_a_list_of_headlines_under_a_widget_label_is_links(knowledge):
    first, last = PROSE["ja"]
    body = f"{first}\n関連記事\n・北朝鮮兵、前線から撤退か\n・米国務長官が例示市訪問\n{last}\n"
    doc = clean(Document(source="t.txt", raw_sha256="0", body=body, language="ja"), knowledge)
    assert "撤退か" not in doc.text and "訪問" not in doc.text
    assert last in doc.text
    # Above the first paragraph a label is the page's menu: a list under it is kept (an
    # article's own summary points).
    body = f"コンテンツへスキップ\n- 北朝鮮の総書記が国境の駅に到着\n{first}\n{last}\n"
    doc = clean(Document(source="t.txt", raw_sha256="0", body=body, language="ja"), knowledge)
    assert "国境の駅に到着" in doc.text


@pytest.mark.parametrize(
    ("caption", "paragraph"),
    [
        (
            "建設現場で働く労働者＝2019年12月（共同）",
            "【例示市共同】派遣された労働者が入隊したことが分かった。",
        ),
        ("例示大統領(ロイター=共同)", "【例示市共同】保安局は11日、捕虜の証言を発表した。"),
        (
            "訓練場の衛星画像。例示提供。(c)AFP PHOTO / EXAMPLE SERVICE",
            "【10月25日 AFP】ウクライナは24日、部隊が到着したと発表した。",
        ),
    ],
)
def test_a_caption_glued_before_the_datelined_paragraph_is_cut_off(caption, paragraph, knowledge):
    doc = _between(caption + paragraph, "ja", knowledge)
    assert paragraph in doc.text and caption not in doc.text
    assert {d.text: d.reason for d in doc.dropped}[caption] == "credit"


def test_a_korean_captions_credit_after_its_sentence_is_cut_off(knowledge):
    for credit in (" AP 연합뉴스", " 예시 엑스 캡처"):
        doc = _between("두 정상이 평양에서 조약에 서명했다." + credit, "ko", knowledge)
        assert credit.strip() not in doc.text
        assert "두 정상이 평양에서 조약에 서명했다." in doc.text


def test_a_bracket_inside_a_sentence_does_not_cut_it(knowledge):
    line = "北朝鮮は「新型」のミサイルを発射した【例示市共同】と伝えられた。"
    assert line in _between(line, "ja", knowledge).text


@pytest.mark.parametrize(
    ("line", "furniture", "kept"),
    [
        # A portal's link to its pictures pasted between two sentences of a paragraph.
        (
            "例示国は5日、部隊の移動を発表した。 【写真】国境の町の古い駅舎 同省によると、移動は続く。",
            "【写真】国境の町の古い駅舎",
            ("例示国は5日、部隊の移動を発表した。", "同省によると、移動は続く。"),
        ),
        # The same link at the paragraph's end.
        (
            "例示国は5日、部隊の移動を発表した。 【関連記事】例示県で大雪 交通に乱れ",
            "【関連記事】例示県で大雪 交通に乱れ",
            ("例示国は5日、部隊の移動を発表した。",),
        ),
        # A byline or an outlet in brackets after the last sentence.
        (
            "政府は対応を協議する方針だ。【例示市山田太郎】",
            "【例示市山田太郎】",
            ("協議する方針だ。",),
        ),
        ("両国の関係が強まっている。(例示ニュース)", "(例示ニュース)", ("関係が強まっている。",)),
        # Twelfth pass: a wire's picture caption pasted between two sentences.
        (
            "例示国は5日、部隊の移動を発表した。港に停泊する貨物船。2026年6月撮影"
            "(2026年 ロイター/Example Person)同省によると、移動は続く。",
            "港に停泊する貨物船",
            ("例示国は5日、部隊の移動を発表した。同省によると、移動は続く。",),
        ),
        (
            "例示国は5日、部隊の移動を発表した。港湾局が公開した写真。例示通信提供"
            "(2026年 ロイター)同省によると、移動は続く。",
            "例示通信提供",
            ("例示国は5日、部隊の移動を発表した。同省によると、移動は続く。",),
        ),
    ],
)
def test_furniture_inside_a_japanese_paragraph_is_cut_out(line, furniture, kept, knowledge):
    doc = _between(line, "ja", knowledge)
    assert furniture not in doc.text
    assert all(k in doc.text for k in kept)


@pytest.mark.parametrize(
    ("line", "furniture", "kept"),
    [
        ("The official added that more troops would come […]", "[…]", "more troops would"),
        (
            "State media said the troops fought in the region... Read More.",
            "Read More",
            "fought in",
        ),
        ("Fighting has damaged the border towns. Pic/AFP", "Pic/AFP", "damaged the border towns."),
    ],
)
def test_furniture_glued_to_an_english_line_is_cut_off(line, furniture, kept, knowledge):
    doc = _between(line, "en", knowledge)
    assert furniture not in doc.text and kept in doc.text


def test_a_breadcrumb_trail_above_the_article_is_navigation(knowledge):
    first, last = PROSE["ja"]
    body = f"1. トップ\n2. 新着ニュース\n3. 国際\n4. 国際総合\n{first}\n{last}"
    doc = clean(Document(source="t.txt", raw_sha256="0", body=body, language="ja"), knowledge)
    assert doc.text == f"{first}\n{last}"
    # Short points under a label that is not itself a list item stay: they may be the
    # article's own summary.
    body = f"コンテンツへスキップ\n・派兵を確認\n・死傷者も\n{first}\n{last}"
    doc = clean(Document(source="t.txt", raw_sha256="0", body=body, language="ja"), knowledge)
    assert "・派兵を確認" in doc.text and "・死傷者も" in doc.text


@pytest.mark.parametrize(
    ("line", "furniture", "kept"),
    [
        # A portal's photo credit with its keyword and related-story links glued after it.
        (
            "특수부대는 북한 병사를 포로로 잡았다. 2024.12.27/예시뉴스관련 키워드북한군파병홍길동 기자",
            "관련 키워드",
            "특수부대는 북한 병사를 포로로 잡았다.",
        ),
        # A reporter's name in brackets after a summary cut short; a "read more" link.
        ("북한군이 쿠르스크에 도착했다고 신문이 보도했다... [홍길동]", "[홍길동]", "보도했다"),
        ("주요 매체가 관련 보도를 쏟아냈다 … 더 읽기", "더 읽기", "쏟아냈다"),
    ],
)
def test_furniture_glued_to_a_korean_line_is_cut_off(line, furniture, kept, knowledge):
    doc = _between(line, "ko", knowledge)
    assert furniture not in doc.text and kept in doc.text


@pytest.mark.parametrize(
    ("language", "line", "furniture", "kept"),
    [
        # Furniture glued after the paragraph's last sentence: a wire's or a writer's name
        # in brackets, an end mark, a note on the time zone, a link label, a stamp.
        ("ja", "港の貨物船が出港したと同省は発表した。(共同)", "(共同)", "発表した。"),
        ("ja", "港の貨物船が出港したと同省は発表した。（時事）", "（時事）", "発表した。"),
        (
            "ja",
            "港の貨物船が出港したと同省は発表した。（ハバロフスク支局 例示花子）",
            "例示花子",
            "発表した。",
        ),
        ("ja", "港の貨物船が出港したと同省は発表した。 （おわり）", "おわり", "発表した。"),
        (
            "ja",
            "港の貨物船が出港したと同省は発表した。 ※時刻の表記は日本時間を用いています。",
            "時刻の表記",
            "発表した。",
        ),
        ("ja", "港の貨物船が出港したと同省は発表した。もっと見る", "もっと見る", "発表した。"),
        ("ja", "港の貨物船が出港したと同省は発表した。 続きを見る", "続きを見る", "発表した。"),
        ("ja", "港の貨物船が出港したと同省は発表した。 目次", "目次", "発表した。"),
        (
            "ja",
            "港の貨物船が出港したと同省は発表した。 2026年6月12日(金)9時05分 例示新報",
            "例示新報",
            "港の貨物船が出港したと同省は発表した。",
        ),
        ("ja", "写真は6月、港で作業する人たち。EXAMPLE提供", "EXAMPLE提供", "港で作業する"),
        ("ja", "港の貨物船が出港したと同省は述べた。 例示花子記者", "例示花子記者", "述べた。"),
        ("ko", "북한군은 지시를 받았다고 말했다. 홍길동 기자", "홍길동 기자", "말했다."),
        # A byline with an e-mail address, a bracketed byline, a copyright line, a wire's
        # credits, an advert's label and a "Read more" link after the last sentence: the
        # sentence stays.
        (
            "ko",
            "북한군은 지시를 받았다고 말했다. 홍길동 기자 hong@example.co.kr",
            "hong@example.co.kr",
            "북한군은 지시를 받았다고 말했다.",
        ),
        ("ko", "북한군은 지시를 받았다고 말했다. [예시일보 홍길동 기자]", "홍길동", "말했다."),
        (
            "ko",
            "북한군은 지시를 받았다고 말했다. <저작권자 ⓒ 예시뉴스, 무단 전재 및 재배포 금지>",
            "저작권자",
            "북한군은 지시를 받았다고 말했다.",
        ),
        (
            "en",
            "The ships left the port, the ministry said. Maria Sample maria@example.com",
            "maria@example.com",
            "The ships left the port, the ministry said.",
        ),
        ("en", "The ships left the port, the ministry said. (Yonhap)", "(Yonhap)", "said."),
        (
            "en",
            "The ships left the port, officials said. (Reporting by Maria Sample; Editing by Ivan Example)",
            "Reporting by",
            "officials said.",
        ),
        ("en", "The ships left the port, officials said. Advertisement", "Advertisement", "said."),
        (
            "en",
            "The ships left the port, officials said. Read more: Example port reopens",
            "Read more",
            "officials said.",
        ),
        (
            "ja",
            "貨物船が出港したと同省は述べた。（例示花子 hanako@example.jp）",
            "hanako@example.jp",
            "貨物船が出港したと同省は述べた。",
        ),
        (
            "ja",
            "貨物船が出港 2026年6月12日(金)9時05分 例示新報 港湾局は12日、貨物船が出港したと発表した。",
            "例示新報",
            "港湾局は12日、貨物船が出港したと発表した。",
        ),
        # Twelfth pass: the stamp with its year and no label or outlet; the headline stays
        # apart from the story.
        (
            "ja",
            "貨物船が出港 2026/06/12 09:05 港湾局は12日、貨物船が出港したと発表した。",
            "09:05",
            "貨物船が出港 港湾局は12日、",
        ),
        # A credit or a link label between two paragraphs run together on one line.
        (
            "ja",
            "貨物船が出港したと発表した。(共同) 港湾局によると、貨物船は北へ向かった。",
            "(共同)",
            "港湾局によると、貨物船は北へ向かった。",
        ),
        (
            "ja",
            "貨物船が出港したと発表した。(ニュース提供元:例示通信社) 港湾局によると、船は北へ向かった。",
            "ニュース提供元",
            "港湾局によると、船は北へ向かった。",
        ),
        (
            "ja",
            "貨物船が出港したと発表した。 もっと見る 港湾局によると、船は北へ向かった。",
            "もっと見る",
            "港湾局によると、船は北へ向かった。",
        ),
        (
            "ja",
            "貨物船が出港したと発表した。(c)AFP 【6月12日 AFP】港湾局は出港を確認した。",
            "(c)AFP ",
            "【6月12日 AFP】港湾局は出港を確認した。",
        ),
        # A handout's credit between a caption and the next paragraph on one line.
        (
            "ko",
            "병사들이 편지를 남겼다. (예시대사관 SNS 갈무리)31일 예시대사관에 따르면 편지는 두 장이다.",
            "갈무리",
            "31일 예시대사관에 따르면 편지는 두 장이다.",
        ),
    ],
)
def test_furniture_glued_after_the_last_sentence_is_cut_off(
    language, line, furniture, kept, knowledge
):
    doc = _between(line, language, knowledge)
    assert furniture not in doc.text and kept in doc.text


@pytest.mark.parametrize(
    ("caption", "paragraph"),
    [
        # A caption closed by its credit, then the story with no dateline: at a space, or
        # right after the credit's bracket when the caption joins picture and date by "＝".
        ("港に停泊する貨物船＝AP", "例示国の港湾局は12日、貨物船が出港したと発表した。"),
        (
            "港に停泊する貨物船＝6月(ロイター=共同)",
            "例示国の港湾局は12日、貨物船が出港したと発表した。",
        ),
        ("港に停泊する貨物船(ロイター)", "例示国の港湾局は12日、貨物船が出港したと発表した。"),
    ],
)
def test_a_caption_glued_before_an_undated_paragraph_is_cut_off(caption, paragraph, knowledge):
    joined = caption + ("" if caption.endswith(")") and "=" in caption else " ") + paragraph
    doc = _between(joined, "ja", knowledge)
    assert paragraph in doc.text and caption not in doc.text


@pytest.mark.parametrize(
    ("caption", "paragraph"),
    [
        # Twelfth pass: no space at all, where a credit in Latin letters meets the story's
        # kana or han, or after a credit dated by its year in brackets.
        ("港に停泊する貨物船＝AP", "例示国の港湾局は12日、貨物船が出港したと発表した。"),
        ("港湾局が公開した写真。例示通信提供(2026年 ロイター)", "同局は12日、出港を発表した。"),
        (
            "港に停泊する貨物船。2026年6月撮影(2026年 ロイター/Example Person)",
            "例示国の港湾局は12日、貨物船が出港したと発表した。",
        ),
    ],
)
def test_a_caption_glued_to_the_story_with_no_space_is_cut_off(caption, paragraph, knowledge):
    doc = _between(caption + paragraph, "ja", knowledge)
    assert paragraph in doc.text and caption not in doc.text


def test_a_story_sentence_before_a_dated_credit_is_kept(knowledge):
    first, second = "例示国は5日、部隊の移動を発表した。", "同省によると、移動は続く。"
    doc = _between(first + "例示通信提供(2026年 ロイター)" + second, "ja", knowledge)
    assert first in doc.text and second in doc.text


def test_an_agency_named_in_brackets_inside_a_sentence_is_not_a_caption(knowledge):
    for line in (
        "例示通信(例示)によると、貨物船は12日に出港した。",
        "ロイター通信(ロイター)によると、貨物船は12日に出港した。",
    ):
        assert line in _between(line, "ja", knowledge).text


def test_a_timestamp_before_the_story_is_cut_off_and_still_dates_the_page(knowledge):
    body = (
        "貨物船、例示港を出港\n"
        "2026年6月12日(金)9時05分 例示新報 例示国の港湾局は12日、貨物船が出港したと発表した。\n"
        "港湾局によると、貨物船は北へ向かった。"
    )
    doc = clean(Document(source="t.txt", raw_sha256="0", body=body, language="ja"), knowledge)
    assert "例示新報" not in doc.text
    assert "例示国の港湾局は12日、貨物船が出港したと発表した。" in doc.text
    assert doc.published == "2026-06-12"


def test_a_caption_with_two_credits_before_a_spaced_dateline_goes_whole(knowledge):
    line = (
        "港に停泊する貨物船=2026年6月、例示港(例示通信配信)(AFP時事) "
        "【例示市時事】例示国の港湾局は12日、貨物船が出港したと発表した。"
    )
    doc = _between(line, "ja", knowledge)
    assert "AFP時事" not in doc.text
    assert "【例示市時事】例示国の港湾局は12日、貨物船が出港したと発表した。" in doc.text


def test_a_korean_caption_closed_by_its_date_and_dateline_credit_goes_whole(knowledge):
    line = "두 정상이 예시시에서 악수하고 있다. 2026.06.12. [예시시=AP/예시뉴스]"
    doc = _between(line, "ko", knowledge)
    assert "악수하고" not in doc.text and "[예시시" not in doc.text
    assert all(p in doc.text for p in PROSE["ko"])


def test_an_english_subtitle_under_a_japanese_title_is_dropped(knowledge):
    # A magazine sets the English title under its own; a page written in Japanese keeps
    # its Japanese title, and an English sentence quoted in it stays.
    first, last = PROSE["ja"]
    body = (
        "北朝鮮兵、前線に移動か\n"
        "Example Troops Move Toward the Front Line, Officials Say\n"
        f"{first}\nHe said: We will keep working together.\n{last}"
    )
    doc = clean(Document(source="t.txt", raw_sha256="0", body=body, language=None), knowledge)
    assert "Front Line" not in doc.text
    assert "北朝鮮兵、前線に移動か" in doc.text
    assert "We will keep working together." in doc.text
    # In an English page the same line is its title, and stays.
    body = "Example Troops Move Toward the Front Line, Officials Say\n" + PROSE["en"][0]
    doc = clean(Document(source="t.txt", raw_sha256="0", body=body, language=None), knowledge)
    assert "Front Line" in doc.text


def test_a_list_of_headlines_under_a_capitals_widget_heading_is_links(knowledge):
    first, last = PROSE["ja"]
    body = (
        f"{first}\n{last}\nあなたにおすすめPICK UP\n"
        "例示港で貨物船が座礁\n例示通信 -\n例示市で大雪 交通乱れる\n例示通信"
    )
    doc = clean(Document(source="t.txt", raw_sha256="0", body=body, language="ja"), knowledge)
    assert doc.text == f"{first}\n{last}"
