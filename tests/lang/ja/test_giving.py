"""Transfers told with their giver, and carriers moving another state's people or goods.

A transfer told as a noun with its giver in a から-phrase (…からの石油供給) is the giver's
to the one the clause says has the use of it; a passive that keeps its object tells who
received it. A carrier's cargo named as another state's (…の兵士, …兵) is that state's to
send: ships of one state carrying another's troops are no aid from the ships' state.
Every sentence is the team's own, run through the whole pipeline.
"""

from __future__ import annotations

import pytest
from conftest import one

from kansoku.model import Document


def flows(doc: Document) -> list[tuple[str, str | None, str | None]]:
    """(actor, target, item) of every transfer of a text."""
    return [(e.actor, e.target, e.item) for e in doc.events if e.type == "AID"]


# ------------------------------------------------------------ a giver in a から-phrase


@pytest.mark.parametrize(
    ("text", "actor", "target", "item"),
    [
        # The topic makes up for a shortage with what it has from the giver.
        ("北朝鮮はロシアからの原油供給で燃料不足を補っている。", "RUS", "PRK", "oil"),
        # The から-phrase hangs on the cargo (北朝鮮からの砲弾), not on the event noun.
        ("ロシアは北朝鮮からの砲弾の供給に頼っている。", "PRK", "RUS", "shells"),
        # A third pair: the same grammar, other states.
        ("ウクライナは米国からの武器支援に頼っている。", "USA", "UKR", "weapons"),
        # A receiving verb in a clause describing the receiver.
        ("ロシアからの武器支援を受けた北朝鮮は、軍備を増強した。", "RUS", "PRK", "weapons"),
        # The transfer furthers what its receiver owns.
        ("ロシアからの技術移転が北朝鮮のミサイル開発を後押しした。", "RUS", "PRK", "technology"),
        # XからYへのN: the parser hangs the から-phrase on the verb after the noun.
        ("北朝鮮からロシアへの武器供給が続いている。", "PRK", "RUS", "weapons"),
        # Already read before: a receiving verb with a plain から-phrase.
        ("北朝鮮はロシアから石油製品の供与を受けている。", "RUS", "PRK", "oil"),
    ],
    ids=["means", "cargo-from", "third-pair", "relative", "furthers", "from-to", "receive"],
)
def test_a_transfer_told_from_its_giver_goes_to_who_has_it(facts, text, actor, target, item):
    event = one(facts(text), "AID")
    assert (event.actor, event.target, event.item) == (actor, target, item)


@pytest.mark.parametrize(
    "text",
    [
        # The subject judges or worries about the transfer; it receives nothing.
        "米国は北朝鮮からの武器支援を厳しく非難した。",
        "韓国はロシアからの技術移転を懸念している。",
        # The から-phrase is on a noun that is not cargo: no supply from that state.
        "北朝鮮からの脱北者の支援を韓国政府が続けている。",
    ],
)
def test_a_clause_that_only_speaks_of_a_transfer_names_no_receiver(facts, text):
    assert not [f for f in flows(facts(text)) if f[1] in ("USA", "KOR") or f[0] == "PRK"]


def test_from_is_a_giver_only_for_transfers(facts):
    # A withdrawal from a region is by the troops, not by the region's state.
    event = one(facts("北朝鮮軍はクルスク州から撤退した。"), "RETREAT")
    assert event.actor == "korean-peoples-army"


# ------------------------------------------------------------ the receiving passive


@pytest.mark.parametrize(
    "text",
    [
        "北朝鮮はロシアから高度な技術を供与された。",
        "ロシアから技術を供与された北朝鮮は、衛星を打ち上げた。",
        # The parser reads 戦闘機 as a verb and hangs the から-phrase on it.
        "韓国政府は、北朝鮮がロシアから戦闘機や防空システムを供与される恐れがあるとみている。",
    ],
    ids=["topic", "relative", "hung-giver"],
)
def test_a_passive_that_keeps_its_object_tells_who_received_it(facts, text):
    event = one(facts(text), "AID")
    assert (event.actor, event.target) == ("RUS", "PRK")


def test_a_passive_without_an_object_is_still_what_was_sent(facts):
    event = one(facts("砲弾が北朝鮮からロシアに供与された。"), "AID")
    assert (event.actor, event.target, event.item) == ("PRK", "RUS", "shells")


# ------------------------------------------------------------ carriers


@pytest.mark.parametrize(
    ("text", "actor", "target", "item"),
    [
        # Russia's ships carry North Korea's troops to Russia: North Korea sends them.
        ("ロシアの船舶が北朝鮮の兵士をウラジオストクに移送した。", "PRK", "RUS", "troops"),
        ("ロシアは北朝鮮の兵士をクルスク州に移送した。", "PRK", "RUS", "troops"),
        # A demonym compound names the owner too; the parser hangs the object on 前線.
        ("ロシア軍が北朝鮮兵を前線に輸送した。", "PRK", "RUS", "troops"),
        # Goods made in a state are that state's.
        ("ロシアの貨物船が北朝鮮製の砲弾をロシアの港に運んだ。", "PRK", "RUS", "shells"),
        # The other way round: North Korea's ships carrying Russia's oil home.
        ("北朝鮮の船舶がロシアの石油を北朝鮮に運んだ。", "RUS", "PRK", "oil"),
        # Cargo named as no one's is the carrier's to send, as before.
        ("ロシアは北朝鮮に石油を輸送した。", "RUS", "PRK", "oil"),
    ],
    ids=["ships", "state-carrier", "demonym", "made-in", "reverse", "no-owner"],
)
def test_a_carriers_cargo_is_sent_by_its_owner(facts, text, actor, target, item):
    event = one(facts(text), "AID")
    assert (event.actor, event.target, event.item, event.mode) == (actor, target, item, "transport")


def test_troops_carried_are_counted_as_their_own_states(facts):
    doc = facts("ロシア海軍の艦艇が北朝鮮兵約2000人をウラジオストクへ輸送した。")
    assert flows(doc) == [("PRK", "RUS", "troops")]
    [troops] = [f for f in doc.figures if f.kind == "troops"]
    assert (troops.subject, troops.recipient, troops.event) == ("PRK", "RUS", doc.events[0])
