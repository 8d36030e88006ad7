"""Page furniture, tenth pass: shapes rather than words, from some seventy real pages read
through the search tool (portals, wire pages, papers, magazines, video pages with their
descriptions and comment threads, matome and summary blogs), each written here as the
team's own line. A picture's caption that goes with the credit cut off it, a wire's caption
told in sentences, captions closed by a date, a day and place or a file-photo note, a
writer's profile, an address alone on its line, link labels pasted after a sentence, a
reader comment thread under its heading, and sentence-shaped summaries of other stories
under a list heading at the page's end. Lines of an article that look like these (a wire's
headline closed by its source, a wire's clause closed by a credit, a sentence about the
picture, one paragraph under a widget label, a comment counter before the story) stay."""

import pytest
from test_furniture_eighth import PROSE, _between, _clean

JA_FURNITURE = [
    # Captions with no wire's credit: closed by the date, by the day and place in brackets,
    # by a file-photo note, by a credit in brackets no sentence ends with, by where the
    # picture was taken from, by a copyright mark after a space.
    "演習を視察する北朝鮮の指導者=2025年8月14日",
    "空港で出迎えを受ける例示国の国防相=17日、平壌",
    "握手する両国の外相(12日、モスクワ)",
    "記者会見する例示省の報道官(資料写真)",
    "記者会見する例示省の報道官=資料写真",
    "演説する例示国の大統領(EPA時事)",
    "平壌に到着した例示国の代表団=例示省のテレグラムから",
    "前線に向かう車列=例示通信が配信",
    "港に停泊する貨物船 (C)例示衛星",
    # A writer's profile under the article, its heading alone.
    "例示大学教授。1968年例示県生まれ。専門は東アジアの安全保障。著書に『例示の外交』など。",
    "ジャーナリスト。例示新聞ソウル支局長などを経て、2019年からフリー。",
    "筆者",
    # An address alone on its line, a video description's links and offers.
    "https://www.example.jp/news/articles/20260304-001",
    "https://www.example.jp/insiders/toukou...",
    "【例示記者のこれまでの記事】",
    "始めるなら今、例示デジタル「春割」キャンペーン実施中!(2026年4月10日まで)",
    "すべての記事が読めるコース(月額1,500円)が、3カ月間は月額100円でお試しいただけます。",
    # A caption's sentence closed by a wire's picture credit, a video player's labels.
    "港で荷を積む貨物船。(2026年 ロイター/Jane Example)",
    "工場を視察する例示国の指導者。EXNA via REUTERS",
    "会談に臨む両国の外相。代表撮影",
    "5月2日、例示国の外相はロシアを訪れ、協力の拡大を確認した。空港で撮影。(2026年 ロイター)",
    "動画再生",
    "この記事の映像",
    "ニュースをもっと見る",
    # A link to another story on its own line, its headline after a mark or a label.
    "▼例示国の工兵、ロシアで地雷除去か",
    ">>例示国の外相がモスクワ入り 条約履行を協議",
    "【あわせて読む】例示国兵の死傷者、4000人超か",
    "《関連》ロシア国防相が平壌を訪問",
    "関連:例示国、ロシアに砲弾を追加供与か",
    "(関連記事)例示国の外相がモスクワ入り",
    "【前回記事】例示国兵の派遣は1年に",
    "≪例示国とロシアの軍事協力≫",
    # A portal's stamps with the reading time, a relative time, a supplying outlet.
    "例示新聞 • 9 時間 • 読み終わるまで 4 分",
    "例示新聞 の意見 • 3 時間",
    "ストーリー by 例示花子 • 1 時間",
    "6 時間前",
    "例示通信社 提供",
    # A stamp whose label stays alone once the date is cut off it.
    "公開日時 2026年05月02日 18時40分",
]

JA_KEPT = [
    # A page's headline tag kept between paragraphs, a sentence after a mark.
    "【続報】例示国の工兵、ロシアで地雷除去か",
    "▼例示国は工兵をロシアに送ったと、情報機関が明らかにした。",
    # A sentence about the picture, a subheading.
    "写真は例示国の国営メディアが配信したもので、工場を視察する様子が写っている。",
    "会談の焦点は軍事協力",
    # A sentence that names a day and place, a sentence that introduces an expert.
    "両首脳は協力の拡大で合意した(19日、平壌)。",
    "例示大学の例示教授は、専門の立場から派兵の長期化を予想した。",
    "3月5日、例示国の国防相が平壌に到着した。",
]


@pytest.mark.parametrize("line", JA_FURNITURE)
def test_a_caption_profile_or_link_between_two_paragraphs_is_dropped(line, knowledge):
    doc = _between(line, "ja", knowledge)
    assert line not in doc.text
    assert all(p in doc.text for p in PROSE["ja"])


@pytest.mark.parametrize("line", JA_KEPT)
def test_a_line_of_the_article_that_looks_like_a_caption_is_kept(line, knowledge):
    doc = _between(line, "ja", knowledge)
    assert line in doc.text


def test_a_caption_goes_with_the_file_photo_credit_cut_off_it(knowledge):
    first, last = PROSE["ja"]
    # A wire's clause (a verb's ending before the credit) keeps its words.
    doc = _clean(f"{first}\n日本政府は例示国に自制を求めている=例示通信\n{last}", "ja", knowledge)
    assert "日本政府は例示国に自制を求めている" in doc.text and "例示通信" not in doc.text
    doc = _clean(f"{first}\n演説する例示国の外相=資料写真\n{last}", "ja", knowledge)
    assert "演説する例示国の外相" not in doc.text and last in doc.text
    # A wire's headline on the page's first line keeps its words.
    doc = _clean(f"例示国、ロシアとの条約を批准=例示通信\n{first}", "ja", knowledge)
    assert "例示国、ロシアとの条約を批准" in doc.text and first in doc.text


def test_a_wire_caption_told_in_sentences_goes_whole(knowledge):
    caption = (
        "4月2日、例示国の国防相はロシアの国防相と会談し、協力の拡大で一致した。"
        "写真は会談に臨む両国防相。例示通信提供(2026年 ロイター)"
    )
    story = "[例示市 2日 ロイター] - 例示国の国防相は2日、ロシアの国防相と会談した。"
    doc = _clean(f"例示国とロシアが国防相会談\n{caption}\n{story}", "ja", knowledge)
    assert "写真は会談に臨む両国防相" not in doc.text
    assert "4月2日、例示国の国防相" not in doc.text
    assert story in doc.text


JA_GLUED = [
    ("【図解】派遣部隊の移動経路", "【図解】派遣部隊の移動経路"),
    ("【注目】例示国、ミサイルを追加発射", "【注目】例示国、ミサイルを追加発射"),
    ("＜関連記事＞例示国の外相がモスクワ入り", "＜関連記事＞例示国の外相がモスクワ入り"),
    ("詳しくはこちら", "詳しくはこちら"),
]


@pytest.mark.parametrize(("tail", "furniture"), JA_GLUED)
def test_a_link_label_pasted_after_a_sentence_goes_and_the_sentence_stays(
    tail, furniture, knowledge
):
    first, last = PROSE["ja"]
    doc = _clean(f"{first}{tail}\n{last}", "ja", knowledge)
    assert furniture not in doc.text and first in doc.text and last in doc.text


def test_a_link_pasted_between_two_sentences_ends_where_the_next_clause_starts(knowledge):
    first, last = PROSE["ja"]
    line = f"{first}【図解】派遣の流れ 同省によると、部隊は既に前線に到着した。"
    doc = _clean(f"{line}\n{last}", "ja", knowledge)
    assert "派遣の流れ" not in doc.text
    assert "同省によると、部隊は既に前線に到着した。" in doc.text


def test_an_address_with_its_own_equals_sign_goes_whole(knowledge):
    first, last = PROSE["ja"]
    doc = _clean(f"{first}\nhttps://www.example.jp/bio/abc?ref=video\n{last}", "ja", knowledge)
    assert "example.jp" not in doc.text and "ref" not in doc.text


COMMENTED = (
    "例示国の国防相は4日、ロシアに派遣した工兵が地雷除去を終えたと述べた。\n"
    "{heading}\n"
    "1. 工兵まで送っていたとは知らなかった。見返りは何なのだろう。\n"
    "2. ロシアは例示国に頼りきりだと思う。戦争が長引くだけではないか。\n"
    "例示さん\n"
    "これで例示国はさらに技術を求めるはずだ。\n"
)


@pytest.mark.parametrize("heading", ["14 Comments", "この記事へのコメント", "ネットのコメント"])
def test_a_reader_comment_thread_goes_to_the_page_end(heading, knowledge):
    doc = _clean(COMMENTED.format(heading=heading), "ja", knowledge)
    assert doc.text == "例示国の国防相は4日、ロシアに派遣した工兵が地雷除去を終えたと述べた。"
    assert {d.reason for d in doc.dropped} == {"comments"}


def test_a_comment_counter_or_a_heading_above_the_story_heads_no_thread(knowledge):
    first, last = PROSE["ja"]
    # A counter with no comments, a bare button's word: the story after them stays.
    for label in ("コメント(0)", "コメント"):
        doc = _clean(f"{first}\n{label}\n{last}", "ja", knowledge)
        assert last in doc.text
    # A thread's heading in a share bar above the story: the story stays.
    doc = _clean(f"見出し\n3 Comments\n{first}\n{last}", "ja", knowledge)
    assert first in doc.text and last in doc.text


def test_an_english_comment_thread_goes(knowledge):
    first, last = PROSE["en"]
    body = (
        f"{first}\n{last}\n12 Comments\n"
        "I never thought they would send so many. What does Pyongyang get back?\n"
        "This war will only drag on longer now.\n"
    )
    doc = _clean(body, "en", knowledge)
    assert doc.text == f"{first}\n{last}"


RELATED = (
    "{first}\n{last}\n{heading}\n"
    "例示国が前線に工兵を追加で送ったと、情報機関が分析した。\n"
    "ロシアの外相が平壌を訪れ、条約の履行を協議した。\n"
)


@pytest.mark.parametrize("heading", ["この記事の関連ニュース", "関連記事", "▼あわせて読みたい"])
def test_summaries_of_other_stories_under_a_list_heading_at_the_end_go(heading, knowledge):
    first, last = PROSE["ja"]
    doc = _clean(RELATED.format(first=first, last=last, heading=heading), "ja", knowledge)
    assert doc.text == f"{first}\n{last}"


def test_the_article_under_a_misplaced_list_heading_stays(knowledge):
    first, last = PROSE["ja"]
    long_paragraph = (
        "例示国の情報機関は、派遣された部隊の一部が既に前線で戦闘に加わっており、"
        "死傷者も出ているとの見方を国会の委員会で示した。"
    )
    for after in (
        last,  # one paragraph alone
        f"派遣の背景\n{last}",  # a subheading and its paragraph
        f"{long_paragraph}\n{last}",  # a paragraph longer than a link
    ):
        doc = _clean(f"{first}\n関連記事\n{after}", "ja", knowledge)
        assert last in doc.text, after


def test_a_picture_credit_or_caption_glued_before_the_story_goes(knowledge):
    story = "例示国の兵士がロシア西部で初めて戦闘に参加したと、米当局者が明らかにした。"
    # A credit in brackets glued before the first sentence.
    doc = _clean(f"見出し\n(写真:例示通信/例示フォト){story}", "ja", knowledge)
    assert story in doc.text and "例示フォト" not in doc.text
    # A caption with no credit (a note on the picture) glued before a wire's dateline.
    line = f"捕虜とされる人物を写した画像(画像の一部を加工しています)【キーウ共同】{story}"
    doc = _clean(f"見出し\n{line}", "ja", knowledge)
    assert f"【キーウ共同】{story}" in doc.text and "加工" not in doc.text
    # A subject before a bracketed place is the sentence's own.
    line = f"例示国防総省[ワシントン]は25日、{story}"
    assert line in _clean(f"見出し\n{line}", "ja", knowledge).text


def test_a_portal_stamp_between_the_headline_and_the_story_goes(knowledge):
    story = "例示国の兵士がロシア西部で初めて戦闘に参加したと、米当局者が明らかにした。"
    doc = _clean(f"例示国兵が戦闘に参加か 3/5(水) 10:21配信 {story}", "ja", knowledge)
    assert "配信" not in doc.text and story in doc.text


def test_a_blog_list_of_posts_with_their_comment_counts_stays(knowledge):
    first, last = PROSE["ja"]
    body = (
        f"例示国の工兵、地雷除去を終える\n{first}\n3件のコメント\n"
        f"ロシア外相が平壌入り\n{last}\n5件のコメント\n"
    )
    doc = _clean(body, "ja", knowledge)
    assert first in doc.text and last in doc.text and "ロシア外相が平壌入り" in doc.text


EN_FURNITURE = [
    "The Associated Press receives support from several private foundations to expand its "
    "coverage of world affairs. The AP is solely responsible for all content.",
    "This article was translated by AI.",
    "https://www.example.com/world/asia/kim-putin-talks-2026-05-02/",
]


@pytest.mark.parametrize("line", EN_FURNITURE)
def test_an_english_notice_or_address_between_two_paragraphs_is_dropped(line, knowledge):
    doc = _between(line, "en", knowledge)
    assert line not in doc.text
    assert all(p in doc.text for p in PROSE["en"])


@pytest.mark.parametrize(
    "line", ["기사 추천", "화나요 3", "후속기사 원해요", "이 기사는 AI가 번역했습니다."]
)
def test_a_korean_reaction_button_or_notice_between_two_paragraphs_is_dropped(line, knowledge):
    doc = _between(line, "ko", knowledge)
    assert line not in doc.text
    assert all(p in doc.text for p in PROSE["ko"])


@pytest.mark.parametrize(
    "title",
    [
        "例示国兵、前線に展開か 情報機関｜例示ニュース",
        "例示国兵、前線に展開か 情報機関 - 例示新聞デジタル",
        "例示国兵、前線に展開か 情報機関 - 例示新聞:例示オンライン",
    ],
)
def test_the_site_name_after_a_title_goes_and_the_headline_stays(title, knowledge):
    first, _ = PROSE["ja"]
    doc = _clean(f"{title}\n{first}", "ja", knowledge)
    assert doc.text == f"例示国兵、前線に展開か 情報機関\n{first}"
