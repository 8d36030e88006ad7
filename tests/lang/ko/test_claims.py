"""Who says so in Korean, and how sure (sentences written for the tests)."""

from __future__ import annotations

import pytest
from conftest import one


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("국정원은 북한이 러시아에 병력을 추가로 파병했다고 밝혔다.", "KOR"),
        ("우크라이나 정보총국에 따르면 북한은 러시아에 포탄을 보냈다.", "UKR"),
        ('국정원 "북한, 러시아에 병력 추가 파병"', "KOR"),
        # the speaker between the quoted clause and the verb of saying
        ("북한이 러시아에 병력을 파병했다고 우크라이나 국방부는 설명했다.", "UKR"),
    ],
)
def test_a_credited_fact_names_its_source(korean, text, source):
    event = one(korean(text), "AID", "MOBILIZE")
    assert event.source == source or event.source.startswith(("national-intelligence", "ukrain"))
    assert event.status == "reported"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("북한은 러시아에 공병을 파견할 예정이다.", "planned"),
        ("북한은 러시아에 공병을 파견하기로 했다.", "planned"),
        ("북한이 러시아에 병력을 추가로 파병할 가능성이 있다.", "possible"),
        ("북한이 러시아에 병력을 파병한 것으로 알려졌다.", "reported"),
        ("북한이 러시아에 병력을 파병했다.", "asserted"),
    ],
)
def test_modality_after_the_event_word_says_how_sure(korean, text, status):
    assert one(korean(text), "AID", "MOBILIZE").status == status
