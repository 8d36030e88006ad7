"""Document passes: what extraction leaves for the coverage count (unread sentences)."""

from __future__ import annotations

import pytest


def _unread(doc) -> list[str]:
    return [doc.text[n.start : n.end] for n in doc.notes if n.kind == "unread"]


def test_a_sentence_naming_a_party_beside_an_event_word_with_no_fact_is_unread(facts):
    doc = facts(
        "北朝鮮とロシアは協力の拡大について、今後も議論を重ねるとみられる。"
        "東京では桜が満開になった。",
        published="2024-11-20",
    )
    unread = _unread(doc)
    assert len(unread) == 1 and unread[0].startswith("北朝鮮とロシア")


def test_a_sentence_that_gave_a_fact_is_not_unread(facts):
    doc = facts("北朝鮮は10月、ロシアに兵士約1万人を派遣した。", published="2024-11-20")
    assert doc.events and _unread(doc) == []


def test_a_sentence_naming_no_tracked_party_is_not_unread(facts):
    doc = facts(
        "The city council discussed cooperation with the regional water board.",
        published="2024-11-20",
        language="en",
    )
    assert _unread(doc) == []


def _denial(doc):
    return next(e for e in doc.events if e.type == "REJECT" and e.mode == "denial")


def test_a_denial_answers_the_source_of_the_claim_it_denies(facts):
    doc = facts(
        "北朝鮮が兵士をロシアに派遣したと韓国の国家情報院が発表した。"
        "ロシア大統領府はこれを否定した。"
    )
    assert _denial(doc).target == "national-intelligence-service"
    doc = facts(
        "Officials in Washington accused Iran of shipping drones to Russia. "
        "Iran denied supplying any weapons to Russia.",
        language="en",
    )
    denial = _denial(doc)
    assert denial.actor == "IRN" and denial.target == "USA"


def test_a_denial_answers_the_accuser_of_the_sentence_before(facts):
    doc = facts(
        "西側諸国は、イランがロシアに無人機を供与していると非難している。"
        "イラン政府は武器の供与を否定した。"
    )
    assert _denial(doc).target == "western-countries"
    # Who claims an act of itself is whom its denial answers.
    doc = facts("ロシア軍はクルスク州を奪還したと発表したが、ウクライナ側は否定した。")
    assert _denial(doc).target == "russian-armed-forces"


def test_a_party_inside_the_denied_act_is_not_whom_the_denial_answers(facts):
    denial = _denial(facts("ロシアは北朝鮮兵の派遣を否定した。"))
    assert denial.actor == "RUS" and denial.target is None
    denial = _denial(facts("イラン政府はロシアへの武器の提供を否定している。"))
    assert denial.actor == "IRN" and denial.target is None
    # A claimant named as the owner of what is denied stays the target.
    assert _denial(facts("ウクライナ政府は、ロシアの主張を否定した。")).target == "RUS"


def test_a_transfer_naming_no_recipient_continues_its_paragraphs_last(facts):
    doc = facts("北朝鮮は先月、ロシアに兵士を送った。同国はさらに弾薬も送った。")
    assert [(e.actor, e.target) for e in doc.events if e.type == "AID"] == [("PRK", "RUS")] * 2
    doc = facts(
        "North Korea sent troops to Russia last month. North Korea also sent artillery shells.",
        language="en",
    )
    assert len([e for e in doc.events if e.type == "AID" and e.target == "RUS"]) == 2


def test_a_transfer_naming_no_recipient_with_none_before_is_no_event(facts):
    assert not facts("北朝鮮は弾薬を送った。").events
    # Another side's transfer before it is not its recipient's.
    doc = facts("北朝鮮はロシアに兵士を送った。\nイランは無人機を送った。")
    assert [e.actor for e in doc.events] == ["PRK"]


def test_a_count_of_a_continued_transfer_quantifies_it(facts):
    doc = facts("北朝鮮は先月、ロシアに兵士を送った。同国はさらに砲弾約100万発も送った。")
    [shells] = [f for f in doc.figures if f.value == 1_000_000]
    assert shells.event is not None and (shells.event.actor, shells.event.target) == ("PRK", "RUS")
    # With no transfer before it, the count stays, quantifying nothing dropped.
    doc = facts("北朝鮮は砲弾約100万発を送った。")
    assert not doc.events and all(f.event is None for f in doc.figures)


def test_an_unnamed_office_of_the_publishers_state_is_not_the_source_before(facts):
    # Without the page's outlet its state is unknown: no source rather than a wrong one;
    # a page written in Korean speaks of its own government (twelfth pass).
    texts = {
        "en": "North Korea's state news agency KCNA said Pyongyang had sent troops to Russia "
        "under the treaty. A defense ministry official said North Korea may send more "
        "troops to Russia.",
        "ko": "북한 조선중앙통신은 북한이 러시아에 병력을 파견했다고 보도했다. "
        "한 정부 소식통은 북한이 러시아에 병력을 추가로 파견할 수 있다고 말했다.",
    }
    home = {"en": None, "ko": "KOR"}
    for language, text in texts.items():
        first, second = facts(text, published="2025-01-10", language=language).events
        assert first.source in ("PRK", "kcna") and first.status == "reported"
        assert (second.status, second.source) == ("possible", home[language]), language


def _dates(doc, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.date_start, e.date_basis) for e in doc.events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "published", "language", "day"),
    [
        (
            "ロシア外相が平壌入り\n"
            "ロシアの外相が北朝鮮を訪問し、崔善姫外相と会談した。\n"
            "朝鮮中央通信は9日、ロシアの外相が8日に平壌を訪問し、崔善姫外相と会談したと伝えた。",
            "2026-03-09",
            "ja",
            "2026-03-08",
        ),
        (
            "Choe Son Hui visits Moscow\n"
            "The North Korean foreign minister has travelled to Moscow for talks with Sergei Lavrov.\n"
            "Choe Son Hui began a three-day visit to Russia on March 4, Russian state media said.",
            "2026-03-06",
            "en",
            "2026-03-04",
        ),
        (
            "러 외무장관, 평양 방문\n"
            "러시아 외무장관이 북한을 방문해 최선희 외무상과 회담했다.\n"
            "조선중앙통신은 9일 러시아 외무장관이 8일 평양을 방문해 최선희 외무상과 회담했다고 "
            "보도했다.",
            "2026-03-09",
            "ko",
            "2026-03-08",
        ),
    ],
)
def test_the_headlines_and_leads_undated_act_takes_the_day_the_body_gives_it(
    text, published, language, day, facts
):
    visits = _dates(facts(text, published=published, language=language), "CONSULT")
    assert len(visits) >= 2 and all(start == day for start, _ in visits), visits


@pytest.mark.parametrize(
    "text",
    [
        # A dated act of last year in the body is background, not the headline's news.
        "ロシア外相が平壌入り\n"
        "ロシアの外相が北朝鮮を訪問し、崔善姫外相と会談した。\n"
        "ロシアの外相は2025年7月にも北朝鮮を訪問し、崔善姫外相と会談している。",
        # Another act of the body does not date the headline's.
        "北朝鮮外相がモスクワ入り\n北朝鮮の外相がロシアを訪問した。\n"
        "ロシアは5日、北朝鮮に原油を供給したと発表した。",
    ],
)
def test_no_act_of_the_news_weeks_in_the_body_leaves_the_lead_undated(text, facts):
    doc = facts(text, published="2026-03-09")
    lead = [e for e in doc.events if e.type == "CONSULT" and e.start < doc.text.index("。")]
    assert lead and all(e.date_basis == "published" for e in lead), lead


def test_a_meeting_told_the_other_way_round_dates_the_lead_and_its_headline(facts):
    # The body names the host first; a meeting has no direction. The lead's visit, chained
    # to its meeting in one sentence, and the headline's visit take the same day.
    doc = facts(
        "ロシア国防次官が訪朝\n"
        "ロシアの国防次官が北朝鮮を訪れ、北朝鮮の国防相と会談した。\n"
        "朝鮮中央通信は5日、北朝鮮の国防相が4日、平壌に到着したロシアの国防次官と会談したと"
        "伝えた。",
        published="2026-03-05",
    )
    body = doc.text.index("朝鮮中央通信")
    lead_and_headline = [e for e in doc.events if e.type == "CONSULT" and e.start < body]
    assert len(lead_and_headline) == 3, lead_and_headline
    assert all(e.date_start == "2026-03-04" for e in lead_and_headline), lead_and_headline
    # Told in the page's own voice, they stay the page's.
    assert all(e.source is None for e in lead_and_headline)


def _date_notes(doc) -> list[str]:
    return [n.summary for n in doc.notes if n.kind == "date_inconsistency"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ロシア政府は18日、ベロウソフ国防相が来月、北朝鮮を訪問すると発表した。", "ja"),
        ("The Kremlin said on Monday that Andrei Belousov will visit Pyongyang next month.", "en"),
        ("러시아 정부는 18일 벨로우소프 국방장관이 다음 달 북한을 방문할 예정이라고 밝혔다.", "ko"),
    ],
)
def test_a_plan_announced_in_the_past_tense_is_no_date_inconsistency(text, language, facts):
    doc = facts(text, published="2024-11-20", language=language)
    assert [e.status for e in doc.events] == ["planned"]
    assert doc.events[0].date_start == "2024-12"
    assert _date_notes(doc) == []


def test_an_act_told_as_done_but_dated_after_publication_is_a_date_inconsistency(facts):
    doc = facts("北朝鮮は2025年1月、ロシアに兵士約1000人を派遣した。", published="2024-11-20")
    assert [e.status for e in doc.events] == ["asserted"]
    assert len(_date_notes(doc)) == 1
