"""Acts done to each of several parties named together (eleventh pass): blacklisting
four of Pyongyang's bankers and two Moscow shippers is a sanction on North Korea and one
on Russia, not one on the first named."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from kansoku.lang.en.arguments import Parsed
from kansoku.lang.en.words import TriggerSpec
from kansoku.reading import TriggerReading

_BETWEEN_WORDS = 4  # words: generals and three Russian shipping (firms)


def each_target(
    p: Parsed, spec: TriggerSpec, last: int, reading: TriggerReading
) -> list[TriggerReading]:
    """The reading, then one more for each target a conjunction joins to the first one
    after the event word (``each_target`` words only)."""
    targets = reading.args.targets
    if not spec.each_target or len(targets) < 2:
        return [reading]
    after = [n for n in p.names if n.first > last and n.mention.entity_id in targets]
    found = [reading]
    seen = {after[0].mention.entity_id} if after else set()
    for before, named in itertools.pairwise(after):
        between = p.text[p.tokens[before.last].end : p.tokens[named.first].start]
        entity = named.mention.entity_id
        if _one_phrase(between):
            continue  # Russian Deputy Minister Ivan Petrov: one party's phrase
        if not _joins(p, between):
            break
        if entity not in seen:
            seen.add(entity)
            found.append(replace(reading, args=replace(reading.args, targets=[entity])))
    return found


def _one_phrase(between: str) -> bool:
    """Only a few capitalised words of a title between two names (Defense Minister)."""
    words = between.split()
    return len(words) <= _BETWEEN_WORDS and all(w[:1].isupper() and w.isalpha() for w in words)


def _joins(p: Parsed, between: str) -> bool:
    """A conjunction with a few words of the first's phrase and the second's before it
    (officials and three), no preposition or clause word (generals over Russia's…)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+|,|&", between)]
    if not any(w in p.lex.conjunctions for w in words):
        return False
    other = [w for w in words if w not in p.lex.conjunctions]
    stops = p.lex.clause_words | set(p.lex.roles)
    return len(other) <= _BETWEEN_WORDS and not any(w in stops for w in other)
