"""Who sends what a carrier carries, and what a transfer comes from: decided by the core.

The sentences are read by hand into the records a language hands the core, so each test
says what the language read (the carrier as subject, whose the cargo is, where it comes
from) and checks only the domain's decision (categories.yaml ``carried_modes``).
"""

from __future__ import annotations

import pytest

from kansoku.extract.events import choose_actor, sentence_events
from kansoku.knowledge import Knowledge
from kansoku.reading import Args, Claim, SentenceReading, TriggerEntry, TriggerReading


def event_of(
    knowledge: Knowledge, mode: str | None, args: Args, items: tuple[str, ...] = ("troops",)
) -> tuple[str, str | None, str | None]:
    """(actor, target, item) of the one event of an AID word of ``mode`` read so."""
    reading = TriggerReading(0, 1, "w", TriggerEntry("AID", mode), args, Claim(), None, items=items)
    [event] = sentence_events(
        SentenceReading(0, triggers=[reading]), [], (None, "published"), knowledge
    )
    return event.actor, event.target, event.item


def test_ships_of_one_state_carrying_anothers_troops_are_the_troops_states_sending(knowledge):
    # Russia's ships carried North Korean troops to Vladivostok.
    args = Args(actors=["RUS"], targets=["vladivostok"], cargo_of=["korean-peoples-army"])
    assert event_of(knowledge, "transport", args) == ("PRK", "RUS", "troops")


def test_the_cargo_owner_goes_before_where_the_cargo_leaves(knowledge):
    # North Korean troops moved from Vladivostok to Kursk stay North Korea's, sent to Russia.
    args = Args(actors=["RUS"], origins=["vladivostok"], targets=["kursk-oblast"], cargo_of=["PRK"])
    assert event_of(knowledge, "transport", args) == ("PRK", "RUS", "troops")


def test_cargo_named_as_no_ones_is_sent_as_before(knowledge):
    # Shells carried from a North Korean port, and oil a state's ships carry.
    from_port = Args(actors=["RUS"], origins=["rajin"], targets=["RUS"])
    assert event_of(knowledge, "transport", from_port, ("shells",)) == ("PRK", "RUS", "shells")
    own = Args(actors=["RUS"], targets=["PRK"])
    assert event_of(knowledge, "transport", own, ("oil",)) == ("RUS", "PRK", "oil")


@pytest.mark.parametrize("owner", ["kim-jong-un", "pyongyang", "rajin"])
def test_only_a_state_its_army_or_its_weapon_owns_cargo(knowledge, owner):
    # A person or a place carried is no state's shipment: the carrier stays the actor.
    args = Args(actors=["RUS"], targets=["PRK"], cargo_of=[owner])
    actor, _, _ = choose_actor(args, knowledge, moves=True, carries=True)
    assert actor == "RUS"


def test_only_acts_that_carry_follow_the_cargos_owner(knowledge):
    # A dispatch or a supply is the giver's, whatever the phrase names as whose.
    args = Args(actors=["RUS"], targets=["UKR"], cargo_of=["PRK"])
    assert choose_actor(args, knowledge, moves=True, carries=False)[0] == "RUS"
    assert "troops" not in knowledge.categories.carried_modes
    assert {"transport", "shuttle"} <= knowledge.categories.carried_modes


def test_a_transfer_told_from_its_giver_is_the_givers(knowledge):
    # Oil supplied from Russia, received by North Korea (the reader found both).
    args = Args(origins=["RUS"], targets=["PRK"])
    assert event_of(knowledge, "weapons", args, ("oil",)) == ("RUS", "PRK", "oil")
