"""Japanese, seventeenth pass (sentences written for the tests): an act told with a word
that places it before the report or sums it up to now (これまでに, かつて, 以前から), or as
the point a span counts from (…して以降), takes no report's month; one told as already
done (既に) or the largest so far (これまでで最大) is the news and keeps it."""

from __future__ import annotations

import pytest

from tests.conftest import on

_PUBLISHED = "2026-03-06"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("北朝鮮はこれまでに、ロシアへ約9000人の兵士を派遣した。", "派遣"),
        ("ロシアはかつて北朝鮮に戦闘機を供与した。", "供与"),
        ("北朝鮮は以前からロシアにロケット弾を送っている。", "送っ"),
        ("北朝鮮がロシアに兵士を派遣して以降、両国の軍事協力は深まった。", "派遣"),
    ],
)
def test_an_act_before_the_report_takes_no_report_month(facts, text, trigger):
    doc = facts(text, _PUBLISHED)
    acts = on(doc, trigger)
    assert all(a.date_start is None for a in acts), acts


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("北朝鮮は既にロシアへ兵士を派遣した。", "派遣"),
        ("北朝鮮はこれまでで最大規模の兵士をロシアへ派遣した。", "派遣"),
    ],
)
def test_the_news_keeps_the_report_month(facts, text, trigger):
    doc = facts(text, _PUBLISHED)
    (act,) = on(doc, trigger)
    assert act.date_start is not None and act.date_start.startswith("2026-03"), act


def test_an_arrival_before_a_dated_meeting_is_the_same_day(facts):
    doc = facts("ロシアの国防相は4日、平壌に到着した後、北朝鮮の国防相と会談した。", _PUBLISHED)
    (arrived,) = on(doc, "到着")
    assert arrived.date_start == "2026-03-04", arrived


@pytest.mark.parametrize(
    "text",
    [
        "ウクライナの大統領は4日、同国軍が北朝鮮兵2人を拘束したとSNS(交流サイト)で明らかにした。",
        "ウクライナの国防相は4日、同国軍が北朝鮮兵2人を拘束したと記者会見で述べた。",
    ],
)
def test_a_speaker_says_so_where_it_was_said(facts, text):
    doc = facts(text, _PUBLISHED)
    (captured,) = on(doc, "拘束")
    assert captured.status == "reported" and captured.source is not None, captured
