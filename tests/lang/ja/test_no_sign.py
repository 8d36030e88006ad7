"""Japanese: no sign of an act seen is the act denied, with words between the sign and
its negation (兆候はまだない, 形跡は今のところ確認されていない); a sign seen stays possible
(sentences written for the tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("米国防総省は、北朝鮮兵がドネツク州で戦闘に加わっている兆候はまだないと述べた。", "戦闘"),
        (
            "北朝鮮がロシアに弾道ミサイルを追加で送った形跡は今のところ確認されていないという。",
            "送",
        ),
        ("韓国軍は、北朝鮮がロシアに工兵を派遣した気配は全く見られないと説明した。", "派遣"),
        ("ロシアが北朝鮮に戦闘機を引き渡した兆しもいまだ見当たらない。", "引き渡"),
    ],
)
def test_no_sign_seen_with_words_between_is_denied(facts, text, word):
    doc = facts(text, "2026-04-08")
    told = [e for e in doc.events if word in e.trigger]
    assert told and all(e.status == "denied" for e in told), doc.events


def test_a_sign_seen_is_not_denied(facts):
    doc = facts(
        "韓国国防省は、北朝鮮がロシアに砲弾を追加で送っている兆候があると明らかにした。",
        "2026-04-08",
    )
    assert all(e.status != "denied" for e in doc.events), doc.events
