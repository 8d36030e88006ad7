"""Speakers for an organisation: a spokesperson's own words tell the organisation's acts."""

from __future__ import annotations

from dataclasses import replace

from kansoku.lang.ja.lexicon import Lexicon
from kansoku.model import Mention
from kansoku.reading import Args

# Kinds of entity a spokesperson speaks for.
_OFFICES = ("organization", "agency", "country")


def acts_for_the_office(
    args: Args, category: str, text: str, mentions: list[Mention], lex: Lexicon
) -> None:
    """国務省のミラー報道官は…韓国や日本と緊密に協議していると述べた: what the spokesperson
    tells as done, with no subject of its own, the ministry does; the post's holder only
    speaks (a speech act, a reaction or a denial, stays theirs)."""
    if category in lex.speech_acts:
        return
    args.actors = [_office_of(a, text, mentions, lex) or a for a in args.actors]
    args.borrowed = [
        replace(b, entity_id=office)
        if (office := _office_of(b.entity_id, text, mentions, lex))
        else b
        for b in args.borrowed
    ]


def _office_of(entity_id: str, text: str, mentions: list[Mention], lex: Lexicon) -> str | None:
    for person in mentions:
        if person.entity_id != entity_id or person.kind != "person":
            continue
        post = text[person.end : person.end + 8]
        if not (
            person.text.endswith(lex.spokesman_titles) or post.startswith(lex.spokesman_titles)
        ):
            continue
        owners = [
            m for m in mentions
            if m.kind in _OFFICES and text[m.end : person.start] == "の"
        ]  # fmt: skip
        if owners:
            return max(owners, key=lambda m: m.end - m.start).entity_id
    return None
