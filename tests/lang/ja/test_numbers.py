"""find_quantities: values, ranges, qualifiers, counters and exact spans in Japanese text."""

from __future__ import annotations

import pytest

from kansoku.knowledge import default_knowledge
from kansoku.lang.ja.numbers import find_quantities as find_with_words
from kansoku.reading import Quantity


def find_quantities(text: str) -> list[Quantity]:
    return find_with_words(text, default_knowledge().language("ja").words.numbers)


def _found(text: str) -> list[tuple[str, float, float | None, str, str | None]]:
    quantities = find_quantities(text)
    for q in quantities:
        # Offsets point into the text passed in, whatever was normalised for matching.
        assert text[q.start : q.end] == q.text
    return [(q.text, q.value, q.value_max, q.qualifier, q.counter) for q in quantities]


# (sentence, highlighted span, value, value_max, qualifier, counter)
COUNTED = [
    # digits, commas, full width, decimals
    ("ロシア軍は兵士1500人を増派した。", "1500人", 1500, None, "exact", "人"),
    ("避難民は1,500人に上った。", "1,500人", 1500, None, "exact", "人"),
    ("死傷者は11,000人を数える。", "11,000人", 11000, None, "exact", "人"),
    ("全角で１５００人と書かれた記事。", "１５００人", 1500, None, "exact", "人"),
    ("支援額は１，２００億円となった。", "１，２００億円", 120_000_000_000, None, "exact", "円"),
    ("兵士1.2万人が動員された。", "1.2万人", 12000, None, "exact", "人"),
    ("同国は3.5億ドルを拠出する。", "3.5億ドル", 350_000_000, None, "exact", "ドル"),
    # kanji multipliers mixed with digits
    ("部隊は1万1000人規模だった。", "1万1000人規模", 11000, None, "about", "人"),
    ("死者は1万5809人に達した。", "1万5809人", 15809, None, "exact", "人"),
    ("砲弾500万発が送られた。", "500万発", 5_000_000, None, "exact", "発"),
    ("兵士3千人が国境に集結した。", "3千人", 3000, None, "exact", "人"),
    ("予算は2兆3000億円に膨らんだ。", "2兆3000億円", 2_300_000_000_000, None, "exact", "円"),
    ("契約は5千万ドルで結ばれた。", "5千万ドル", 50_000_000, None, "exact", "ドル"),
    # pure kanji numerals
    ("北朝鮮兵三千人が派遣された。", "三千人", 3000, None, "exact", "人"),
    ("一万二千人が参加した。", "一万二千人", 12000, None, "exact", "人"),
    ("船は二十隻に及んだ。", "二十隻", 20, None, "exact", "隻"),
    ("負傷者は百人に上る。", "百人", 100, None, "exact", "人"),
    ("会談は一度も開かれていない。", "一度", 1, None, "exact", "度"),
    # 数 forms: the least the writer can mean, qualifier several
    ("兵士数千人が死亡した。", "数千人", 1000, None, "several", "人"),
    ("砲弾数百万発が供与された。", "数百万発", 1_000_000, None, "several", "発"),
    ("数万人が避難した。", "数万人", 10000, None, "several", "人"),
    ("ミサイル数十発を発射した。", "数十発", 10, None, "several", "発"),
    ("十数人が拘束された。", "十数人", 10, None, "several", "人"),
    ("船舶数百隻が待機している。", "数百隻", 100, None, "several", "隻"),
    ("十数万人の兵力とされる。", "十数万人", 100_000, None, "several", "人"),
    # qualifiers before the number
    ("兵士約1500人が越境した。", "約1500人", 1500, None, "about", "人"),
    ("総額は約1100億円に上る。", "約1100億円", 110_000_000_000, None, "about", "円"),
    ("約千人が集まった。", "約千人", 1000, None, "about", "人"),
    ("およそ2000人が参加した。", "およそ2000人", 2000, None, "about", "人"),
    ("推定1万人が死傷した。", "推定1万人", 10000, None, "about", "人"),
    ("少なくとも100人が死亡した。", "少なくとも100人", 100, None, "at_least", "人"),
    ("最低50人が拘束された。", "最低50人", 50, None, "at_least", "人"),
    ("砲弾は最大500万発に上る。", "最大500万発", 5_000_000, None, "up_to", "発"),
    ("最多で3万人を派遣する。", "最多で3万人", 30000, None, "up_to", "人"),
    ("多くて5000人とみられる。", "多くて5000人", 5000, None, "up_to", "人"),
    ("計1500人が帰国した。", "計1500人", 1500, None, "exact", "人"),
    ("合計1200人が捕虜となった。", "合計1200人", 1200, None, "exact", "人"),
    # qualifiers after the number or counter
    ("1万人以上が動員された。", "1万人以上", 10000, None, "at_least", "人"),
    ("死者は1万人超に達した。", "1万人超", 10000, None, "at_least", "人"),
    ("コンテナは1万個を超える。", "1万個を超える", 10000, None, "at_least", "個"),
    ("100人余りが負傷した。", "100人余り", 100, None, "at_least", "人"),
    ("1000人あまりが避難した。", "1000人あまり", 1000, None, "at_least", "人"),
    ("兵士1000人強が戦死した。", "1000人強", 1000, None, "at_least", "人"),
    ("捕虜は300余人に上る。", "300余人", 300, None, "at_least", "人"),
    ("1万人前後が参加した。", "1万人前後", 10000, None, "about", "人"),
    ("50人程度が残った。", "50人程度", 50, None, "about", "人"),
    ("100人ほどが集まった。", "100人ほど", 100, None, "about", "人"),
    ("1000人近くが拘束された。", "1000人近く", 1000, None, "about", "人"),
    ("兵士1000人弱が撤収した。", "1000人弱", 1000, None, "about", "人"),
    ("死者は50人未満とされる。", "50人未満", 50, None, "at_most", "人"),
    ("負傷者は10人以下だった。", "10人以下", 10, None, "at_most", "人"),
    ("派遣は100人以内に限る。", "100人以内", 100, None, "at_most", "人"),
    # two qualifiers: the stronger one wins
    ("約3000人余りが死亡した。", "約3000人余り", 3000, None, "at_least", "人"),
    ("最大で約500万発が届く。", "最大で約500万発", 5_000_000, None, "up_to", "発"),
    ("約数千人が動員された。", "約数千人", 1000, None, "several", "人"),
    ("数千人以上が死傷した。", "数千人以上", 1000, None, "at_least", "人"),
    # ranges sharing the counter and the multiplier
    (
        "砲弾は400万から600万発と推定される。",
        "400万から600万発",
        4_000_000,
        6_000_000,
        "exact",
        "発",
    ),
    ("砲弾は400万から600万発に上る。", "400万から600万発", 4_000_000, 6_000_000, "exact", "発"),
    ("1万〜1万2000人が派遣された。", "1万〜1万2000人", 10000, 12000, "exact", "人"),
    ("300〜400人が拘束された。", "300〜400人", 300, 400, "exact", "人"),
    ("３００～４００人が拘束された。", "３００～４００人", 300, 400, "exact", "人"),
    ("300~400人が拘束された。", "300~400人", 300, 400, "exact", "人"),
    ("300ー400人が拘束された。", "300ー400人", 300, 400, "exact", "人"),
    ("300–400人が拘束された。", "300–400人", 300, 400, "exact", "人"),
    ("300乃至400人が拘束された。", "300乃至400人", 300, 400, "exact", "人"),
    ("3〜5万人を派遣する。", "3〜5万人", 30000, 50000, "exact", "人"),
    ("5000〜1万人が避難した。", "5000〜1万人", 5000, 10000, "exact", "人"),
    ("1万人から2万人の兵力。", "1万人から2万人", 10000, 20000, "exact", "人"),
    ("約300〜400人程度とみられる。", "約300〜400人程度", 300, 400, "about", "人"),
    ("数千〜1万人が死傷した。", "数千〜1万人", 1000, 10000, "several", "人"),
    # counters and currencies
    ("1億米ドルを支援する。", "1億米ドル", 100_000_000, None, "exact", "米ドル"),
    ("総額500億ウォンに上る。", "500億ウォン", 50_000_000_000, None, "exact", "ウォン"),
    ("3億ルーブルが支払われた。", "3億ルーブル", 300_000_000, None, "exact", "ルーブル"),
    ("20億ユーロを拠出する。", "20億ユーロ", 2_000_000_000, None, "exact", "ユーロ"),
    ("原油100万バレルを輸出した。", "100万バレル", 1_000_000, None, "exact", "バレル"),
    ("燃料5000トンを運んだ。", "5000トン", 5000, None, "exact", "トン"),
    ("戦車30両と自走砲12門を送った。", "30両", 30, None, "exact", "両"),
    ("無人機50機が飛来した。", "50機", 50, None, "exact", "機"),
    ("ミサイル10発を発射した。", "10発", 10, None, "exact", "発"),
    ("発射台4基を確認した。", "4基", 4, None, "exact", "基"),
    ("攻撃は3件に上った。", "3件", 3, None, "exact", "件"),
    ("訪問は5回目ではなく3回だった。", "3回", 3, None, "exact", "回"),
    ("10か国が賛成した。", "10か国", 10, None, "exact", "カ国"),
    ("12ヶ国が棄権した。", "12ヶ国", 12, None, "exact", "カ国"),
    ("7カ国が反対した。", "7カ国", 7, None, "exact", "カ国"),
]


@pytest.mark.parametrize(("text", "span", "value", "value_max", "qualifier", "counter"), COUNTED)
def test_counted(
    text: str,
    span: str,
    value: float,
    value_max: float | None,
    qualifier: str,
    counter: str | None,
) -> None:
    assert (span, value, value_max, qualifier, counter) in _found(text)
    counted = [q for q in find_quantities(text) if q.counter is not None]
    assert counted[0].text == span


NOT_QUANTITIES = [
    "2024年6月19日に発表した。",
    "21:19に発射された。",
    "2024/06/20付の報告。",
    "2024-06-20の報告。",
    "6/20の会見で述べた。",
    "21時19分に着弾した。",
    "19歳の兵士が死亡した。",
    "第19条に基づく措置。",
    "第3陣が到着した。",
    "3回目の発射となる。",
    "火星19を発射した。",
    "新型の火星19型とみられる。",
    "KN-23を使用した。",
    "Hwasong-19 was launched.",
    "Su-27が撃墜された。",
    "COVID-19の影響。",
    "イスカンデル9M723を発射した。",
    "戦勝80周年の式典。",
    "支持率は30%だった。",
    "支持率は３０％だった。",
    "国民の3割が反対した。",
    "3分の1が破壊された。",
    "30年以上続く対立。",
    "24年ぶりの訪問。",
    "3か月続いた。",
    "5日間にわたる演習。",
    "48時間以内に撤退する。",
    "10分後に着弾した。",
    "弾頭は1.2kgだった。",
    "重さは320gある。",
    "射程40kmのロケット。",
    "射程は300キロに達する。",
    "80年代の兵器。",
    "20代の兵士が多い。",
    "2023〜2024年に起きた。",
    "10日から12日まで続いた。",
    "前年の2倍に増えた。",
    "1号機が停止した。",
    "統一を目指す。",
    "同一人物とみられる。",
    "千葉県で開かれた。",
    "一部の兵士が離脱した。",
    "万全の態勢をとる。",
    "死者数は不明。",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_quantities(text: str) -> None:
    assert _found(text) == []


def test_number_without_counter_is_returned_with_none() -> None:
    assert _found("その数は1500とされる。") == [("1500", 1500, None, "exact", None)]
    assert _found("火星 19を発射した。") == [("19", 19, None, "exact", None)]
    assert _found("数千の兵が集結した。") == [("数千", 1000, None, "several", None)]


def test_name_glued_number_with_counter_is_counted() -> None:
    # A counter says what the number counts, so a noun right before it is no model name.
    assert _found("ロシア兵1万人が参加した。") == [("1万人", 10000, None, "exact", "人")]


def test_change_between_two_figures_is_not_a_range() -> None:
    assert _found("兵力を1万人から2万人に増やす。") == [
        ("1万人", 10000, None, "exact", "人"),
        ("2万人", 20000, None, "exact", "人"),
    ]


def test_falling_figures_are_not_a_range() -> None:
    assert _found("兵士は1000人から500人に減った。") == [
        ("1000人", 1000, None, "exact", "人"),
        ("500人", 500, None, "exact", "人"),
    ]


def test_words_ending_in_a_qualifier_are_not_qualifiers() -> None:
    # 契約 (contract) ends in 約 but says nothing about precision.
    assert _found("契約100億円で合意した。") == [("100億円", 10_000_000_000, None, "exact", "円")]


def test_one_kanji_qualifier_starting_a_word_is_not_a_qualifier() -> None:
    assert _found("兵士1万人強制動員の疑い。") == [("1万人", 10000, None, "exact", "人")]


def test_several_figures_in_a_sentence_keep_exact_offsets() -> None:
    text = "国情院によると、2024年10月、北朝鮮兵約1万1000人が派遣され、砲弾は最大500万発、総額は約1100億円とされる。"
    quantities = find_quantities(text)
    assert [q.text for q in quantities] == ["約1万1000人", "最大500万発", "約1100億円"]
    first = quantities[0]
    assert first == Quantity(
        start=text.index("約1万1000人"),
        end=text.index("約1万1000人") + len("約1万1000人"),
        text="約1万1000人",
        value=11000,
        value_max=None,
        qualifier="about",
        counter="人",
    )
    assert all(text[q.start : q.end] == q.text for q in quantities)


def test_dates_around_a_figure_are_skipped_but_the_figure_is_kept() -> None:
    text = "2024年6月20日21時19分、北朝鮮は少なくとも5発の弾道ミサイルを発射した。"
    assert _found(text) == [("少なくとも5発", 5, None, "at_least", "発")]


def test_model_name_next_to_a_counted_figure() -> None:
    text = "KN-23を3発、火星19を1発発射した。"
    assert _found(text) == [("3発", 3, None, "exact", "発"), ("1発", 1, None, "exact", "発")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("兵士一〇〇〇人が", 1000),  # written digit by digit
        ("死者は零人だった", 0),
        ("前年比マイナス5人", -5),
        ("前年比-5人", -5),
        ("前年比▲5人", -5),
    ],
    ids=["digit-by-digit", "zero", "minus-word", "minus-sign", "triangle"],
)
def test_zero_negative_and_digit_by_digit_numbers(text, value):
    [quantity] = find_quantities(text)
    assert quantity.value == value


def test_a_hyphen_inside_a_name_is_no_minus():
    assert find_quantities("KN-23を発射") == []
