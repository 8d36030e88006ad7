"""Document passes: what extraction leaves for the coverage count (unread sentences)."""

from __future__ import annotations


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
