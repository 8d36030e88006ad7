"""Figures: counted numbers that measure troops, shells, casualties, money and the like."""

from __future__ import annotations

import pytest

from kansoku.model import Document, Figure

NIS = "national-intelligence-service"


def figure(doc: Document, quantity: str) -> Figure:
    found = [f for f in doc.figures if f.quantity == quantity]
    assert found, f"no figure {quantity} in {doc.text!r}; figures: {doc.figures}"
    return found[0]


# ---------------------------------------------------------------- kinds and units


@pytest.mark.parametrize(
    ("text", "quantity", "kind", "unit", "value", "qualifier"),
    [
        (
            "北朝鮮は特殊部隊1500人をロシアに派遣した。",
            "1500人",
            "troops",
            "persons",
            1500,
            "exact",
        ),
        ("北朝鮮は1万人の兵士をロシアに送った。", "1万人", "troops", "persons", 10_000, "exact"),
        (
            "ウクライナ国防省によると、クルスク州での戦闘で北朝鮮兵の死者は少なくとも100人に上った。",
            "少なくとも100人",
            "casualties",
            "persons",
            100,
            "at_least",
        ),
        (
            "国情院によると、ロシアで戦う北朝鮮兵の負傷者は約千人に上る。",
            "約千人",
            "casualties",
            "persons",
            1000,
            "about",
        ),
        (
            "北朝鮮は数百万発の砲弾をロシアに供給した。",
            "数百万発",
            "shells",
            "rounds",
            1_000_000,
            "several",
        ),
        (
            "北朝鮮はロシアに多連装ロケット弾2万発を引き渡した。",
            "2万発",
            "rockets",
            "rounds",
            20_000,
            "exact",
        ),
        (
            "北朝鮮はロシアに短距離弾道ミサイル50発を供与した。",
            "50発",
            "missiles",
            "missiles",
            50,
            "exact",
        ),
        (
            "北朝鮮からロシアにコンテナ約1万3000個が運ばれたと米国務省が発表した。",
            "約1万3000個",
            "containers",
            "containers",
            13_000,
            "about",
        ),
        (
            "日本政府は、ウクライナに約1100億円の支援を行うと発表した。",
            "約1100億円",
            "money",
            "JPY",
            110_000_000_000,
            "about",
        ),
        (
            "ロシアは北朝鮮に原油100万バレルを供給した。",
            "100万バレル",
            "oil",
            "barrels",
            1_000_000,
            "exact",
        ),
        (
            "採決では賛成が13カ国に上ったが、ロシアは拒否権を行使した。",
            "13カ国",
            "votes",
            "countries",
            13,
            "exact",
        ),
        pytest.param(
            "安保理の採決では13カ国が賛成し、ロシアが拒否権を行使した。",
            "13カ国",
            "votes",
            "countries",
            13,
            "exact",
            id="votes-ga-sansei",
        ),
    ],
    ids=[
        "special-forces",
        "soldiers",
        "dead-at-least",
        "wounded-about",
        "shells-several",
        "rockets",
        "missiles",
        "containers",
        "money-yen",
        "oil",
        "votes-sansei-ga",
        "votes-ga-sansei",
    ],
)
def test_counter_and_noun_give_kind_and_unit(facts, text, quantity, kind, unit, value, qualifier):
    found = figure(facts(text), quantity)
    assert (found.kind, found.unit, found.value, found.qualifier) == (kind, unit, value, qualifier)


def test_range_gives_lower_and_upper_bound(facts):
    found = figure(
        facts("北朝鮮は400万から600万発の砲弾をロシアに送ったとされる。"), "400万から600万発"
    )
    assert (found.kind, found.value, found.value_max) == ("shells", 4_000_000, 6_000_000)


# ---------------------------------------------------------------- whose


@pytest.mark.parametrize(
    ("text", "quantity", "subject"),
    [
        (
            "国情院によると、ロシアに派遣された北朝鮮の特殊部隊約1500人がウラジオストクで訓練を受けている。",
            "約1500人",
            "PRK",
        ),
        # Another state named earlier in the sentence is where they are, not whose.
        (
            "ウクライナ政府は、ロシアのクルスク州に3000人の北朝鮮兵士が展開していると述べた。",
            "3000人",
            "PRK",
        ),
    ],
    ids=["owner-before", "owner-after"],
)
def test_subject_is_the_state_owning_the_count(facts, text, quantity, subject):
    assert figure(facts(text), quantity).subject == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("ウラジオストクに兵士3000人が到着し、北朝鮮との合同訓練を始めた。", None),
        ("北朝鮮はロシア極東に兵士3000人を配置した。", "PRK"),
    ],
    ids=["city", "region"],
)
def test_place_is_never_the_subject(facts, text, subject):
    found = figure(facts(text), "3000人")
    assert found.subject not in ("vladivostok", "russian-far-east")
    assert found.subject == subject


def test_bare_count_continues_the_kind_named_in_the_sentence(facts):
    doc = facts("北朝鮮はクルスク州に3000人の兵士を配置し、さらに1万2000人が到着する見通しだ。")
    first, more = figure(doc, "3000人"), figure(doc, "1万2000人")
    assert (first.kind, first.status) == ("troops", "asserted")
    assert (more.kind, more.value, more.status) == ("troops", 12_000, "planned")


@pytest.mark.parametrize(
    ("text", "quantity", "source"),
    [
        (
            "韓国政府の推計によると、北朝鮮はロシアに砲弾約500万発をロシアに送った。",
            "約500万発",
            "KOR",
        ),
        ("国情院は、ロシアに派遣された北朝鮮兵の死傷者が3000人に上ると推定した。", "3000人", NIS),
        (
            "英国防省の試算によると、北朝鮮兵と戦うロシア軍の死傷者は1日平均約1500人に上る。",
            "約1500人",
            "uk-ministry-of-defence",
        ),
    ],
    ids=["suikei", "suitei", "shisan"],
)
def test_estimate_words_make_the_figure_estimated(facts, text, quantity, source):
    found = figure(facts(text), quantity)
    assert (found.status, found.source) == ("estimated", source)


def test_source_marker_credits_the_figure(facts):
    found = figure(facts("国情院によれば、北朝鮮は兵士約1万人をロシアに派遣した。"), "約1万人")
    assert (found.kind, found.subject, found.source, found.status) == (
        "troops",
        "PRK",
        NIS,
        "reported",
    )


# ---------------------------------------------------------------- not figures


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("ロシアは2024年6月19日に北朝鮮と条約を締結した。", "2024年6月19日"),
        ("ロシアに派遣された19歳の北朝鮮兵がウクライナ軍の捕虜となった。", "19歳"),
        (
            "包括的戦略パートナーシップ条約の第4条は、ロシアと北朝鮮の相互の軍事援助を定めている。",
            "第4条",
        ),
        ("北朝鮮は新型の火星19を発射した。", "火星19"),
        (
            "朝鮮戦争休戦70周年を記念する行事で、ショイグ国防相が金正恩総書記と会談した。",
            "70周年",
        ),
        ("国連安保理の専門家パネル(8人)は、北朝鮮の制裁違反を調査してきた。", "8人"),
        ("ロシアは北朝鮮に重さ1.2kgの無人機を供与した。", "1.2kg"),
        ("北朝鮮とロシアの軍事協力は30年以上にわたって途絶えていた。", "30年以上"),
    ],
    ids=["date", "age", "article", "model", "anniversary", "panel", "spec", "duration"],
)
def test_numbers_that_are_not_figures(facts, text, written):
    doc = facts(text)
    assert written in doc.text
    assert doc.figures == []


def test_advert_after_pr_label_gives_no_figures(facts):
    doc = facts(
        "北朝鮮のミサイル発射について、防衛省が分析を進めている。\n"
        "PR\n"
        "最新の軽量ドローン、重さ1.2kg。今なら特別価格4,980円で販売中。"
    )
    assert "4,980円" not in doc.text
    assert any("4,980円" in d.text for d in doc.dropped)
    assert doc.figures == []


# ---------------------------------------------------------------- evidence


def test_every_figure_is_evidenced_by_its_sentence(facts):
    doc = facts(
        "国情院によると、北朝鮮は特殊部隊1500人をロシアに派遣した。\n"
        "北朝鮮は数百万発の砲弾をロシアに供給した。"
        "日本政府は、ウクライナに約1100億円の支援を行うと発表した。"
    )
    spans = {(s.start, s.end) for s in doc.sentences}
    assert len(doc.figures) == 3
    for found in doc.figures:
        assert (found.start, found.end) in spans
        assert found.quantity in doc.text[found.start : found.end]


def test_voyages_are_counted(facts):
    doc = facts("ロシアの貨物船4隻が羅津との間を64回航海した。")
    assert figure(doc, "64回").kind == "voyages"


# ---------------------------------------------------------------- measures


@pytest.mark.parametrize(
    ("text", "quantity", "kind", "measure"),
    [
        (
            "ウクライナ国防省によると、ロシアに派遣された北朝鮮兵の死者は約200人、負傷者は約900人に上った。",
            "約200人",
            "casualties",
            "killed",
        ),
        (
            "ウクライナ国防省によると、ロシアに派遣された北朝鮮兵の死者は約200人、負傷者は約900人に上った。",
            "約900人",
            "casualties",
            "wounded",
        ),
        # Named together, the dead and the wounded are the casualties.
        (
            "ロシア軍の死者と負傷者は合わせて1200人に達したという。",
            "1200人",
            "casualties",
            "casualties",
        ),
        # Two roles named together are counted together, apart from either alone.
        (
            "北朝鮮は港湾に整備作業員や工兵ら約800人をロシアに送った。",
            "約800人",
            "troops",
            "engineers+workers",
        ),
        ("北朝鮮は地雷を処理する工兵300人をロシアに送った。", "300人", "troops", "engineers"),
        ("北朝鮮は橋を直す建設要員500人をロシアに送った。", "500人", "troops", "builders"),
        ("北朝鮮は2000人の増援部隊をロシアに送った。", "2000人", "troops", "additional"),
        ("北朝鮮は兵士2000人をロシアに送った。", "2000人", "troops", None),
    ],
)
def test_measure_tells_counts_of_one_kind_apart(facts, text, quantity, kind, measure):
    found = figure(facts(text), quantity)
    assert (found.kind, found.measure) == (kind, measure)


@pytest.mark.parametrize(
    ("text", "quantity", "measure"),
    [
        (
            "ロシア国防省は、ウクライナ側は4万人以上の兵士が死傷したと主張した。",
            "4万人以上",
            "casualties",
        ),
        (
            "ウクライナ当局によると、ロシアに派遣された北朝鮮兵士300人が死亡したという。",
            "300人",
            "killed",
        ),
        (
            "ウクライナ当局によると、ロシアにいる北朝鮮の派遣部隊のうち50人が負傷した。",
            "50人",
            "wounded",
        ),
    ],
)
def test_the_verb_after_counted_people_makes_them_losses(facts, text, quantity, measure):
    found = figure(facts(text), quantity)
    assert (found.kind, found.measure) == ("casualties", measure)


def test_people_taken_prisoner_are_prisoners_not_troops(facts):
    found = figure(
        facts("ウクライナ軍は、ロシアに派遣された北朝鮮兵5人を新たに捕虜にしたと発表した。"), "5人"
    )
    assert (found.kind, found.measure) == ("prisoners", "captured")


def test_a_count_sent_is_not_a_loss_told_in_the_next_clause(facts):
    found = figure(facts("北朝鮮は兵士3000人をロシアに派遣し、うち数十人が死亡した。"), "3000人")
    assert (found.kind, found.measure) == ("troops", None)


@pytest.mark.parametrize(
    ("text", "quantity", "subject"),
    [
        ("ロシア国防省は、ウクライナ側は4万人以上の兵士が死傷したと主張した。", "4万人以上", "UKR"),
        (
            "ウクライナ当局によると、北朝鮮は計1万人の兵士がロシアで戦わせているという。",
            "計1万人",
            "PRK",
        ),
    ],
)
def test_a_count_with_no_owner_of_its_own_is_its_clauses_topics(facts, text, quantity, subject):
    assert figure(facts(text), quantity).subject == subject


def test_the_teller_of_a_count_does_not_own_it(facts):
    found = figure(
        facts("韓国国防省は、兵士1万人がロシア西部に入ったと明らかにした。北朝鮮の動きだ。"),
        "1万人",
    )
    assert found.subject != "KOR"


def test_what_is_sent_to_a_state_is_not_that_states(facts):
    doc = facts(
        "米当局によると、北朝鮮はロシアに約1万個のコンテナを送ったとされる。"
        "韓国の推計では、8000個以上のコンテナが北朝鮮に送られているという。"
    )
    sent = {f.value: (f.subject, f.recipient) for f in doc.figures}
    assert sent == {10_000: ("PRK", "RUS"), 8_000: (None, "PRK")}
    # Whose estimate it is does not make the estimator the sender.
    assert [(e.actor, e.target) for e in doc.events] == [("PRK", "RUS")]


def test_a_limit_is_no_amount(facts):
    doc = facts(
        "ロシアは石油約200万バレルを北朝鮮に供給し、決議が定める年間上限の50万バレルを上回った。"
    )
    assert [f.value for f in doc.figures] == [2_000_000]


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("北朝鮮はロシアに派遣した部隊の交代を始め、約2000人が鉄道で帰国した。", "約2000人"),
        ("北朝鮮は昨年秋、約1万1000人をロシアに派遣した。", "約1万1000人"),
    ],
)
def test_a_bare_count_is_of_what_the_verb_after_it_moves(facts, text, quantity):
    assert figure(facts(text), quantity).kind == "troops"


def test_a_bare_count_of_people_meeting_is_no_figure(facts):
    assert not facts("北朝鮮とロシアの代表団約30人が会談した。").figures


def test_a_count_since_a_date_stands_as_of_the_report(facts):
    found = figure(
        facts("2023年夏以降、北朝鮮はロシアに兵士1万人以上を派遣している。", "2024-12-10"),
        "1万人以上",
    )
    assert (found.as_of, found.as_of_basis) == ("2024-12", "published")


def test_a_count_over_a_period_stands_as_of_its_end(facts):
    text = "2023年9月から2024年6月にかけて、北朝鮮からロシアへ約7000個のコンテナが運ばれた。"
    found = figure(facts(text, "2024-08-01"), "約7000個")
    assert (found.as_of, found.as_of_basis) == ("2024-06", "text")


def test_round_trips_are_their_own_measure_of_voyages(facts):
    doc = facts(
        "ロシアの貨物船2隻が北朝鮮との間を少なくとも6回往復した。同じ船は北朝鮮に9回寄港した。"
    )
    assert figure(doc, "少なくとも6回").measure == "round_trips"
    assert figure(doc, "9回").measure is None


@pytest.mark.parametrize(
    "text",
    [
        # A topic set off by the month it spoke in (not only by its day) is the estimator.
        "韓国の国家情報院は2025年1月、ロシアに派遣された北朝鮮兵の死者を300人余りと推定していた。",
        # An apposition the parser hangs inside a passive estimate: the outer speaker's.
        "韓国の情報機関、国家情報院は24日、ロシアに派遣された北朝鮮兵のうち約6000人が死傷したと"
        "推定されると明らかにした。",
    ],
)
def test_an_estimate_is_its_estimators(facts, text):
    [found] = [f for f in facts(text).figures if f.kind == "casualties"]
    assert (found.status, found.source) == ("estimated", "national-intelligence-service")


@pytest.mark.parametrize(
    ("text", "quantity", "measure"),
    [
        # A word of the count's clause tells troops sent on top of those before.
        ("国家情報院は2日、北朝鮮がロシアに兵士約4000人を追加で派遣したと明らかにした。", "約4000人", "additional"),
        ("北朝鮮はロシアに兵士約2500人を新たに送ったという。", "約2500人", "additional"),
        # A later clause planning more does not make the count before it one of more.
        ("北朝鮮は兵士約1万2000人をロシアに派遣し、追加派遣も検討している。", "約1万2000人", None),
    ],
)  # fmt: skip
def test_troops_sent_on_top_are_a_measure_of_their_own(facts, text, quantity, measure):
    assert figure(facts(text), quantity).measure == measure
