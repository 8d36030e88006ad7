"""Linking what only the gazetteer knows, the same in every language."""

import pytest

from kansoku.knowledge import default_knowledge
from kansoku.link import link

knowledge = default_knowledge()
TREATY = "comprehensive-strategic-partnership-treaty"


def linked_ids(text: str, language: str) -> set[str]:
    mentions, _ = link(text, knowledge.language(language), knowledge.gazetteer)
    return {m.entity_id for m in mentions}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ロシアとイランの首脳は包括的戦略パートナーシップ条約に署名した。", "ja"),
        ("Russia and Iran signed a Comprehensive Strategic Partnership Treaty on Friday.", "en"),
        ("러시아 정부와 이란 정부는 포괄적 전략적 동반자 관계 조약에 서명했다.", "ko"),
    ],
)
def test_a_treaty_title_is_not_the_tracked_treaty_between_other_parties(text, language):
    assert TREATY not in linked_ids(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("北朝鮮は包括的戦略パートナーシップ条約を批准した。", "ja"),  # no other state named
        ("ロシアと北朝鮮が結んだ包括的戦略パートナーシップ条約は昨年発効した。", "ja"),
        ("The Comprehensive Strategic Partnership Treaty that Moscow and Pyongyang signed "
         "took effect last year.", "en"),
        ("러시아와 북한이 맺은 포괄적 전략적 동반자 관계 조약이 지난해 발효됐다.", "ko"),
    ],
)  # fmt: skip
def test_a_treaty_title_names_the_treaty_where_its_parties_are_named(text, language):
    assert TREATY in linked_ids(text, language)


def _ids_in_order(text: str, language: str) -> list[str]:
    mentions, _ = link(text, knowledge.language(language), knowledge.gazetteer)
    return [m.entity_id for m in mentions if m.kind == "agency"]


def test_an_office_named_again_by_its_short_name_is_the_one_named_in_full():
    text = "영국 국방부는 새 평가를 내놓았다. 국방부는 매일 전황을 공개한다."
    assert _ids_in_order(text, "ko") == ["uk-ministry-of-defence", "uk-ministry-of-defence"]


def test_the_short_name_alone_is_still_the_gazetteers_office():
    assert _ids_in_order("국방부는 매일 전황을 공개한다.", "ko") == [
        "rok-ministry-of-national-defense"
    ]
