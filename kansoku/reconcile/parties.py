"""What reconciliation asks of entities: the state each stands for, its name, and stable
ids for what it derives."""

from __future__ import annotations

import hashlib

from kansoku.knowledge import Knowledge


def stable_id(*parts: object) -> str:
    """A short id that is the same for the same parts, run after run (None is hashed as
    "None", as ids always were)."""
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:16]


def side_of(entity_id: str | None, k: Knowledge) -> str | None:
    """The state an entity stands for; an entity of no state (the UN, a person the
    gazetteer does not know) stands for itself."""
    return k.gazetteer.state_or_self(entity_id)


def name_of(entity_id: str | None, k: Knowledge) -> str:
    """The English name a summary shows."""
    entity = k.gazetteer.entities.get(entity_id or "")
    return entity.name_en if entity else (entity_id or "unattributed")
