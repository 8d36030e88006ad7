"""Korean, seventeenth pass (sentences written for the tests): an act told with a word that
places it before the report or sums it up to now (지금까지, 앞서, 그동안), or as the point a
span counts from (파병한 이후), takes no report's month; one told as already done (이미)
is the news and keeps it (kansoku.lang.ko.earlier)."""

from __future__ import annotations

import pytest

from tests.conftest import on

_PUBLISHED = "2026-03-06"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("북한은 지금까지 러시아에 9천여 명의 병력을 파병했다.", "파병"),
        ("앞서 러시아는 북한에 전투기를 보냈다.", "보냈"),
        ("북한이 러시아에 파병한 이후 두 나라의 군사 협력이 깊어졌다.", "파병"),
    ],
)
def test_an_act_before_the_report_takes_no_report_month(korean, text, trigger):
    doc = korean(text, _PUBLISHED)
    acts = on(doc, trigger)
    assert all(a.date_start is None for a in acts), acts


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("북한은 이미 러시아에 병력을 파병했다.", "파병"),
        ("북한은 러시아에 로켓탄을 보냈다.", "보냈"),
    ],
)
def test_the_news_keeps_the_report_month(korean, text, trigger):
    doc = korean(text, _PUBLISHED)
    (act,) = on(doc, trigger)
    assert act.date_start == "2026-03" and act.date_basis == "published", act
