"""One act told twice in one sentence: an example and its summary, or a verb and its sequel.

北朝鮮は砲弾を供与するなど、ロシアへの軍事支援を続けている: a clause closed by など gives an
instance of what the next word of the same kind sums up; the summary is no second act.
北朝鮮は工兵をロシアに派遣し、地雷除去のためクルスク州に送り込んだ: a second verb of the same
kind with no object and no date of its own tells where the same people or goods went; it
is the same sending. So is a placing verb after a transfer (ロシアが北朝鮮に防空システムを
引き渡し、平壌周辺に配備された: what was handed over was put in place, no troops moved). Each keeps the first telling only."""

from __future__ import annotations

import re
from dataclasses import replace

from kansoku.lang.ja.lexicon import Lexicon
from kansoku.model import Mention
from kansoku.reading import TriggerReading

# Between an instance and its summary: the instance's verb ending, など, a comma, and the
# summary's owner phrase (…するなど、ロシアへの軍事支援: no clause of its own between).
_INSTANCE = re.compile(r"(?:する|した|している|し)?などし?て?、?[^。、がはを]{0,15}")
# Between a verb and its sequel: a comma after the first verb's stem, then places and
# purposes only (no object, no subject, no date, no quote).
_SEQUEL = re.compile(r"(?:し|て|で)?、[^。、がはをも「」0-9０-９年月日]{0,20}")


def one_act_told_twice(
    readings: list[TriggerReading], text: str, mentions: list[Mention], lex: Lexicon
) -> list[TriggerReading]:
    """The readings with each second telling of the same act dropped (``readings`` is
    updated in place where a first telling takes its sequel's teller)."""
    places = {m.entity_id for m in mentions if m.kind == "place"}
    dropped: set[int] = set()
    for index, first in enumerate(readings):
        for later in readings[index + 1 :]:
            first = readings[index]
            if id(later) in dropped or not _same_kind(first, later, lex):
                continue
            between = text[first.end : later.start]
            if _INSTANCE.fullmatch(between) and _fits(later.args.targets, first.args.targets):
                # the summary names whom: the instance's receiver (砲弾を供与するなど、
                # ロシアへの軍事支援)
                first.args.targets += [t for t in later.args.targets if t not in first.args.targets]
                dropped.add(id(later))
            elif _SEQUEL.fullmatch(between) and not set(later.args.targets) - places:
                # (クルスク州に送り込んだ: where the same people went); whoever the chain's
                # last verb credits tells both (…を供与し、…に配備されたとする韓国軍の分析)
                if later.claim.source is not None:
                    readings[index] = replace(first, claim=later.claim)
                dropped.add(id(later))
    return [r for r in readings if id(r) not in dropped]


def _fits(later: list[str], first: list[str]) -> bool:
    return not first or not later or bool(set(later) & set(first))


def _same_kind(first: TriggerReading, later: TriggerReading, lex: Lexicon) -> bool:
    """Both transfers of one giver, told alike (both asserted, both possible…)."""
    if first.entry.category not in lex.unsaid_sides:
        return False
    if later.entry.category != first.entry.category and (
        later.entry.category not in lex.placing_sequels
        or set(first.items) & set(lex.moved_people)  # 派遣し、前線に投入した: sent, then committed
    ):
        return False
    if first.start >= later.start or first.claim.status != later.claim.status:
        return False
    givers = {*first.args.actors, *(b.entity_id for b in first.args.borrowed)}
    later_givers = {*later.args.actors, *(b.entity_id for b in later.args.borrowed)}
    return bool(givers & later_givers)
