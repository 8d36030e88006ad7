"""Figures: counted numbers that measure something the topic cares about.

A quantity (numbers.py) becomes a figure only when its counter belongs to a kind in
units.yaml and one of that kind's nouns stands in the same clause, nearest winning:
特殊部隊1500人 → troops, 死者は少なくとも100人 → casualties, 数百万発のロケット弾 →
rockets, 約1100億円 → money. Dates, ages, model numbers and counts of things outside the
profile (専門家パネル(8人)) never become figures.
"""

from __future__ import annotations

import re

from kansoku.extract import syntax
from kansoku.extract.attribution import claim_for
from kansoku.extract.numbers import Quantity, find_quantities
from kansoku.knowledge import Gazetteer, Lexicon
from kansoku.model import Figure, Mention

_WINDOW_BEFORE = 14  # characters of the clause before a number searched for its noun
_WINDOW_AFTER = 12
_CLAUSE_BREAK = "、。，,;；「」"


def _clause_window(text: str, q: Quantity) -> tuple[str, int, str]:
    """Text before and after the quantity within its clause (and where `before` starts)."""
    lo = q.start
    while lo > 0 and q.start - lo < _WINDOW_BEFORE and text[lo - 1] not in _CLAUSE_BREAK:
        lo -= 1
    hi = q.end
    while hi < len(text) and hi - q.end < _WINDOW_AFTER and text[hi] not in _CLAUSE_BREAK:
        hi += 1
    # After the number only its own noun counts (3000人の兵士), not the next phrase's
    # (数百人に上るとの米軍関係者の見方).
    particle = re.search(r"[にをはとでもへ]", text[q.end : hi])
    if particle:
        hi = q.end + particle.start()
    return text[lo : q.start], lo, text[q.end : hi]


def _unit(spec: dict, q: Quantity) -> str:
    unit = spec["unit"]
    return unit[q.counter] if isinstance(unit, dict) else unit


def classify(text: str, q: Quantity, table: dict) -> tuple[str, str, str | None] | None:
    """(kind, unit, measure) of a quantity, or None when it measures nothing the profile
    tracks. The measure tells counts of one kind apart (死者 killed, 負傷者 wounded)."""
    if q.counter in table["currencies"]:
        return "money", table["currencies"][q.counter], None
    before, _, after = _clause_window(text, q)
    best = None
    for kind, spec in table["kinds"].items():
        if q.counter not in spec["counters"]:
            continue
        for noun in spec["nouns"]:
            at = before.rfind(noun)
            if at >= 0:
                distance = len(before) - (at + len(noun))
                candidate = (distance, -len(noun), kind, _unit(spec, q), noun)
                best = min(best, candidate) if best else candidate
            at = after.find(noun)
            if at >= 0:
                candidate = (at, -len(noun), kind, _unit(spec, q), noun)
                best = min(best, candidate) if best else candidate
    if best is None:
        return None
    return best[2], best[3], (table.get("measures") or {}).get(best[4])


_SUBJECT_KINDS = ("country", "organization", "agency")
# An owner is followed by の (北朝鮮兵の死者は100人, 北朝鮮の特殊部隊1500人) or by the count
# itself; a particle right after the state, a comma, or a place word (ロシア西部の…) makes
# it a subject of its own clause or a location instead.
_PHRASE_BREAK = re.compile(r"[がにをでとへもやは]|.*、|(?:西部|東部|南部|北部|極東|国内|領内|領土)")


def _subject(text: str, q: Quantity, mentions: list[Mention], gaz: Gazetteer) -> str | None:
    """Whose troops or shells, when the number's own noun phrase says so:
    北朝鮮の特殊部隊約1500人, 北朝鮮兵1万人, 3000人の北朝鮮兵士. A state named elsewhere in
    the clause (ロシア西部のクルスク州に兵士1万人) is where they go, not whose they are."""
    _, lo, _ = _clause_window(text, q)
    candidates = []
    for m in mentions:
        entity = gaz.entities.get(m.entity_id)
        if entity is None or entity.kind not in _SUBJECT_KINDS:
            continue
        country = entity.id if entity.kind == "country" else entity.country
        if not country:
            continue
        if m.start >= q.end and text[q.end : m.start] in ("", "の"):
            return country  # the counted thing itself names its owner
        between = text[m.end : q.start]
        if lo <= m.start and m.end <= q.start and not _PHRASE_BREAK.match(between):
            candidates.append((q.start - m.end, country))
    return min(candidates)[1] if candidates else None


def extract_figures(
    text: str,
    parsed,
    mentions: list[Mention],
    dates: list,
    reference: str | None,
    lex: Lexicon,
    gaz: Gazetteer,
    table: dict,
) -> list[Figure]:
    """Figures in one sentence; ``dates`` are its calendar dates (no anniversaries);
    offsets into the sentence."""
    figures = []
    estimate_words = table.get("estimate_words", [])
    quantities = find_quantities(text)
    kinds = [classify(text, q, table) for q in quantities]
    for q, kind_unit in zip(quantities, kinds, strict=True):
        if kind_unit is None:
            # …3000人の兵士を配置し、さらに12000人が到着: a bare count continues the kind
            # of another count with the same counter in the sentence.
            kind_unit = next(
                (k for other, k in zip(quantities, kinds, strict=True)
                 if k and other is not q and other.counter == q.counter and k[0] != "money"),
                None,
            )  # fmt: skip
        if kind_unit is None:
            continue
        kind, unit, measure = kind_unit
        token = syntax.token_at(parsed, q.end - 1) if parsed is not None else None
        if token is not None:
            claim = claim_for(token, text, mentions, lex)
            status, source = claim.status, claim.source
        else:
            status, source = "asserted", None
        if status in ("asserted", "reported") and any(w in text for w in estimate_words):
            status = "estimated"
        as_of, as_of_basis = None, None
        if dates:
            as_of, as_of_basis = min(dates, key=lambda d: abs(d.start - q.start)).value, "text"
        elif reference:
            as_of, as_of_basis = reference[:7], "published"
        figures.append(
            Figure(
                kind=kind,
                value=q.value,
                unit=unit,
                start=0,
                end=len(text),
                quantity=q.text,
                value_max=q.value_max,
                qualifier=q.qualifier,
                subject=_subject(text, q, mentions, gaz),
                as_of=as_of,
                as_of_basis=as_of_basis,
                status=status,
                source=source,
                measure=measure,
            )
        )
    return figures
