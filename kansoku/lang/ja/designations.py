"""Measures aimed at the bodies of two states at once: one act against each state.

政府は…北朝鮮とロシアの計8団体と12個人を資産凍結の対象に加えた; 米財務省は…ロシアと
北朝鮮の企業6社に制裁を科した; …両国の11団体を…: the designated bodies belong to both
states named (or meant by a pair word), so the measure is aimed at each of them. A body of
one state named after the pair (北朝鮮とロシアの協力に関わった中国の企業) is aimed at that
state alone: only the owners right before the designated noun count.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from functools import cache

from kansoku.lang.ja.lexicon import Lexicon, alternation
from kansoku.model import Mention
from kansoku.reading import TriggerReading

_JOINERS = ("と", "・", "、", "や", "及び", "および")
_BOTH = ("双方", "両者")  # both sides, as owners of the bodies
_COUNT = r"(?:計|合わせて|合計|新たに)?[0-9０-９一二三四五六七八九十百千]*"


def aim_at_each_state(
    readings: list[TriggerReading], text: str, mentions: list[Mention], lex: Lexicon
) -> list[TriggerReading]:
    """Each designating act whose bodies belong to two states, told once per state."""
    out: list[TriggerReading] = []
    for reading in readings:
        out.append(reading)
        if reading.entry.category not in lex.designating:
            continue
        states = designated_states(text, reading.start, mentions, lex)
        if len(states) < 2:
            continue
        others = [t for t in reading.args.targets if t not in states]
        reading.args.targets = [states[0], *others]
        for state in states[1:]:
            args = copy.deepcopy(reading.args)
            args.targets = [state, *others]
            out.append(replace(reading, args=args))
    return out


def designated_states(text: str, before: int, mentions: list[Mention], lex: Lexicon) -> list[str]:
    """The states owning the bodies named last before ``before`` (…の11団体を), when two or
    more are named there; else none."""
    found = list(_designated(lex.designated_nouns).finditer(text, 0, before))
    if not lex.designated_nouns:
        return []
    if not found:
        return _listed_owners(text, before, mentions, lex)
    at = found[-1].start()
    owners = _owners_before(text, at, mentions)
    if len(owners) < 2:
        owners = _listed_owners(text, before, mentions, lex) or owners
    if len(owners) < 2 and text[:at].endswith((*lex.pair_words, *_BOTH)):
        owners = _pair_named_before(text, at, mentions)
    return list(dict.fromkeys(owners))


@cache
def _designated(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:関係|関連|系)?の{_COUNT}(?:{alternation(nouns)})")


def _owners_before(text: str, at: int, mentions: list[Mention]) -> list[str]:
    """The names joined right before ``at`` (北朝鮮とロシア|の), in their order."""
    ends = {m.end: m for m in mentions}
    owners: list[str] = []
    mention = ends.get(at)
    while mention is not None:
        owners.insert(0, mention.entity_id)
        start = mention.start
        joined = next((j for j in _JOINERS if text[:start].endswith(j)), "")
        mention = ends.get(start - len(joined)) if joined else None
    return owners


def _pair_named_before(text: str, at: int, mentions: list[Mention]) -> list[str]:
    """両国の…: the first pair of names joined earlier in the sentence (北朝鮮・ロシア間の)."""
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.end >= at:
            break
        owners = _owners_before(text, mention.end, mentions)
        if len(owners) >= 2 and text[mention.end : mention.end + 1] in ("の", "間", "両"):
            return owners
    return []


def _listed_owners(text: str, before: int, mentions: list[Mention], lex: Lexicon) -> list[str]:
    """ロシアの物流会社2社と北朝鮮の貿易会社1社を…: bodies of each state listed one after
    another as the object, each owned by the name right before it."""
    item = _listed_item(lex.designated_nouns)
    starts = {m.start: m for m in mentions}
    chains: list[list[str]] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.end >= before:
            break
        found = item.match(text, mention.end)
        if found is None:
            continue
        chain = next((c for c in chains if c[-1] == str(mention.start)), None)
        if chain is None:
            chain = [str(mention.start)]
            chains.append(chain)
        chain[-1:] = [mention.entity_id, str(found.end())]
        if found.group("end") == "を" and starts and len(chain) > 2:
            return list(dict.fromkeys(chain[:-1]))
    return []


@cache
def _listed_item(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"の[^、。をにがはと]{{0,8}}?(?:{alternation(nouns)}){_COUNT}(?:社|人|隻|団体)?"
        r"(?P<end>と|、|や|及び|および|を)"
    )
