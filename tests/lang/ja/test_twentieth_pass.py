"""Japanese, twentieth pass (sentences written for the tests): a sentence with no subject
or topic of its own goes on about the topic of the sentence before in its paragraph, past
a line that only credits it; a new paragraph or a topic naming no one ends the run."""

from __future__ import annotations

from tests.conftest import on

_PUBLISHED = "2026-05-20"


def test_a_sentence_with_no_subject_goes_on_about_the_topic_before(facts):
    doc = facts("ロシアの国防相は18日、平壌に到着した。金正恩総書記と会談した。", _PUBLISHED)
    met = on(doc, "会談")[0]
    assert (met.actor, met.target) == ("RUS", "kim-jong-un"), met


def test_a_credit_line_between_does_not_end_the_topic(facts):
    doc = facts(
        "ロシアの外相は3日、北朝鮮の外相とモスクワで会談した。ロシア外務省が発表した。"
        "軍事分野の協力に関する協定に署名した。",
        _PUBLISHED,
    )
    signed = on(doc, "署名")[0]
    assert (signed.actor, signed.target) == ("RUS", "PRK"), signed


def test_a_clause_joined_after_the_zero_subject_shares_it(facts):
    doc = facts(
        "プーチン大統領は10日、極東で北朝鮮の外相と会談した。両国の関係を評価し、"
        "軍事協力に関する協定に調印した。",
        _PUBLISHED,
    )
    signed = on(doc, "調印")[0]
    assert (signed.actor, signed.target) == ("vladimir-putin", "PRK"), signed


def test_a_new_paragraph_ends_the_topic(facts):
    doc = facts("ロシアの国防相は18日、平壌に到着した。\n金正恩総書記と会談した。", _PUBLISHED)
    assert not any("会談" in e.trigger for e in doc.events), doc.events


def test_a_topic_that_names_no_one_ends_the_run(facts):
    doc = facts(
        "ロシアの国防相は18日、平壌に到着した。代表団は北朝鮮の軍事施設を視察した。"
        "金正恩総書記と会談した。",
        _PUBLISHED,
    )
    assert not any("会談" in e.trigger for e in doc.events), doc.events


def test_a_sentence_with_its_own_subject_keeps_it(facts):
    doc = facts(
        "ロシアの国防相は18日、平壌に到着した。北朝鮮の外相が記者会見で制裁を非難した。",
        _PUBLISHED,
    )
    assert all(e.actor != "RUS" for e in doc.events if "非難" in e.trigger), doc.events


# A day with no month, told as a plan (…すると発表した), is the next such day, not the last.


def test_a_day_told_in_a_plan_reported_is_still_to_come(facts):
    doc = facts(
        "朝鮮中央通信は20日、ロシアの国防相が24日から北朝鮮を訪問すると報じた。", _PUBLISHED
    )
    visit = on(doc, "訪問")[0]
    assert (visit.status, visit.date_start) == ("planned", "2026-05-24"), visit


def test_a_day_told_in_an_act_reported_done_is_past(facts):
    doc = facts("朝鮮中央通信は20日、ロシアの国防相が24日に北朝鮮を訪問したと報じた。", _PUBLISHED)
    assert on(doc, "訪問")[0].date_start == "2026-04-24"


def test_a_state_going_on_told_with_its_day_is_no_plan(facts):
    doc = facts(
        "韓国国防省は20日、北朝鮮兵が24日から前線で戦闘に参加していると発表した。", _PUBLISHED
    )
    assert on(doc, "戦闘")[0].date_start == "2026-04-24"


# A clause that only measures the noun (…に相当する弾薬) does not keep the act's date.


def test_a_date_before_a_measuring_clause_dates_the_act(facts):
    doc = facts(
        "国連の専門家は、北朝鮮が2024年3月からロシアに貨車千両分に相当する弾薬を送ったと指摘した。",
        _PUBLISHED,
    )
    assert on(doc, "送っ")[0].date_start == "2024-03"


# A topic set off by the matter it speaks of (…について、) is the speaker, and the matter is
# who its clause's unnamed subject is.


def test_the_matter_spoken_of_is_the_unnamed_subject(facts):
    doc = facts(
        "ウクライナ軍は北朝鮮兵について、前線に送られた約3000人がロシア軍とともに戦闘に参加したと分析した。",
        _PUBLISHED,
    )
    fought = on(doc, "戦闘")[0]
    assert (fought.actor, fought.source, fought.status) == (
        "korean-peoples-army",
        "ukrainian-armed-forces",
        "reported",
    ), fought


def test_a_relation_spoken_of_is_no_subject(facts):
    doc = facts(
        "韓国政府はロシアとの取引について、兵士を前線に派遣した見返りだと分析した。", _PUBLISHED
    )
    assert all(e.actor != "RUS" for e in doc.events), doc.events


# A bracketed quote after a clause joined by its continuative form (…が訪問し、「…」と述べた)
# is said by that clause's subject, whose own act the text tells.


def test_the_subject_of_the_clause_before_a_quote_says_it(facts):
    doc = facts(
        "北朝鮮の外相がモスクワを訪問し、「ロシアへの支援を今後も続ける」と強調した。", _PUBLISHED
    )
    visit, aid = on(doc, "訪問")[0], on(doc, "支援")[0]
    assert (visit.status, visit.source) == ("asserted", None), visit
    assert (aid.source, aid.actor, aid.target) == ("PRK", "PRK", "RUS"), aid


def test_a_speaker_named_after_the_quote_keeps_it(facts):
    doc = facts(
        "北朝鮮の外相がモスクワを訪問し、「支援を続ける」とロシアの外相が述べた。", _PUBLISHED
    )
    assert all(e.source != "PRK" for e in doc.events), doc.events


def test_an_act_in_an_earlier_quote_is_said_by_the_topic(facts):
    doc = facts(
        "韓国国防省は20日、会見で、「北朝鮮からロシアへの弾薬の輸送は事実だ」とし、"
        "「数十万発が送られた」と明らかにした。",
        _PUBLISHED,
    )
    moved = on(doc, "輸送")[0]
    assert (moved.status, moved.source) == ("reported", "rok-ministry-of-national-defense")


# A parliament approving a treaty, and a head of state signing its ratification law, ratify.


def test_a_parliament_approving_a_treaty_ratifies_it(facts):
    doc = facts("ロシア上院は12日、全会一致で北朝鮮との条約を承認した。", _PUBLISHED)
    approved = on(doc, "承認")[0]
    assert (approved.type, approved.mode, approved.target) == ("AGREE", "ratify", "PRK")


def test_signing_the_ratification_law_is_ratifying(facts):
    doc = facts("プーチン大統領は2日、北朝鮮と結んだ協定の批准法に署名した。", _PUBLISHED)
    assert [(e.mode, e.actor) for e in doc.events] == [("ratify", "vladimir-putin")]


# A topic set off as the speaker past a bracket after its name (…パネル(略称)は、) tells
# the clause whose が-subject the parser hung on the verb of saying.


def test_a_topic_set_off_past_a_bracket_tells_the_clause(facts):
    doc = facts(
        "国連の専門家パネル(UNPE)は、北朝鮮がロシアに弾薬を送り、"
        "その見返りとしてロシアが北朝鮮に燃料を渡したと指摘した。",
        _PUBLISHED,
    )
    assert {e.source for e in doc.events} == {"un-panel-of-experts"}, doc.events


# In the Japanese edition of another state's press, 政府 standing alone is that state's.


def test_bare_government_in_a_seoul_papers_japanese_edition_is_koreas(facts):
    text = "政府は20日、北朝鮮がロシアに砲弾を追加で送ったと分析した。"
    seoul = facts(text, _PUBLISHED, url="https://www.donga.com/jp/article/all/1")
    tokyo = facts(text, _PUBLISHED, url="https://www.asahi.com/articles/1.html")
    assert on(seoul, "送っ")[0].source == "KOR"
    assert on(tokyo, "送っ")[0].source == "japanese-government"


def test_japans_own_posts_stay_japans_in_a_seoul_paper(facts):
    doc = facts(
        "官房長官は20日、北朝鮮がロシアに砲弾を追加で送ったと述べた。",
        _PUBLISHED,
        url="https://www.donga.com/jp/article/all/2",
    )
    assert on(doc, "送っ")[0].source == "japanese-government"


# Told at a date before the page's month (…は昨年末、…と伝えていた), an act with no date of
# its own had been done by then: the page's month is not its date.


def test_an_act_told_before_the_pages_month_takes_no_page_date(facts):
    doc = facts(
        "米国と英国は昨年末、北朝鮮が部隊を新たにロシアへ派遣したと伝えていた。", "2026-01-20"
    )
    assert on(doc, "派遣")[0].date_start is None


def test_an_act_told_in_the_pages_month_keeps_it(facts):
    doc = facts("韓国国防省は16日、北朝鮮が部隊を新たにロシアへ派遣したと伝えた。", "2026-01-20")
    assert on(doc, "派遣")[0].date_start == "2026-01"


def test_a_noun_compounded_into_a_longer_one_is_no_needed_object(facts):
    doc = facts("ロシアは国連の制裁監視に拒否権を発動した。", _PUBLISHED)
    assert not any(e.type == "SANCTION" for e in doc.events), doc.events
