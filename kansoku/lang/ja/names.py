"""Japanese entity mentions beyond the gazetteer's aliases.

- Alias hits: Latin forms only as whole words; a group form starting with 日 (日米, 日韓)
  is no mention right after a date or a day word (18日米軍, 同日韓国): that 日 closes the
  date.
- People the gazetteer does not know, found by their title (カービー報道官): a katakana
  name becomes an entity with a romanised id, so it can still be filtered and counted;
  a kanji name between the state or body it serves and its title (韓国のA・国防相) stands
  for that state or body, as the title alone would.
- After a full name, news writes the family name and a title (申源湜国防相 … 申氏; a
  katakana family name after given name・family name: ジョン・ケリー報道官 … ケリー氏).
- 同 and a noun refers back to the last entity of the noun's kind (同氏, 同国, 同研究所).
- Pair words (両国, 両首脳) are handed back for the linker to resolve.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from kansoku.gazetteer import AliasHit, Gazetteer, longest_leftmost
from kansoku.lang import mentions_of, word_bounded
from kansoku.lang.ja.lexicon import Lexicon, alternation
from kansoku.model import Entity, Mention
from kansoku.reading import MentionReading

# A katakana name (foreign people are written so in Japanese news) followed by a title.
_KATAKANA_NAME = r"(?P<name>[ァ-ヴー]{2,}(?:・[ァ-ヴー]{2,})*)"
_DAY_WORD_ENDS = "同前翌当本毎今昨先"  # 同日, 前日, 翌日…: words that end in 日
_DATE_UNITS = "日月年"
SAME = "同"  # 同氏, 同国: "the said"
_TIME_ZONE = "時間"  # 日本時間, 韓国時間: the time of a place


def is_mention(text: str, hit: AliasHit) -> bool:
    if text.startswith(_TIME_ZONE, hit.end):
        return False  # 日本時間の4日: a clock, not Japan
    if hit.form.isascii():
        return word_bounded(text, hit.start, hit.end)
    if hit.form[0] in _DATE_UNITS and hit.start > 0:
        before = text[hit.start - 1]
        return not (before.isdigit() or before in _DAY_WORD_ENDS)
    return True


@cache
def _romaniser() -> Any:
    import pykakasi

    return pykakasi.kakasi()


def romanise(katakana: str) -> str:
    parts = [item["hepburn"] for item in _romaniser().convert(katakana.replace("・", " "))]
    return " ".join(p.strip().title() for p in " ".join(parts).split())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def find_mentions(
    text: str, gaz: Gazetteer, lex: Lexicon, home: str | None = None
) -> MentionReading:
    hits = [h for h in gaz.alias_hits(text) if is_mention(text, h)]
    hits = [h for h in hits if not _hosting(text, h)]
    mentions = mentions_of(text, longest_leftmost(hits), gaz)
    people, new = _titled_people(text, mentions, gaz, lex)
    mentions += people
    mentions += _officials_named_in_kanji(text, mentions, lex)
    mentions += _short_names(text, mentions, lex)
    mentions += _same_as_before(text, mentions, gaz, lex)
    mentions += _home_references(text, mentions, gaz, lex, home)
    pairs = "|".join(sorted(map(re.escape, lex.pair_words), key=len, reverse=True))
    found = [(m.start(), m.end(), lex.pair_words[m.group()]) for m in re.finditer(pairs, text)]
    return MentionReading(mentions, new, found)


# 在日ロシア大使館, 駐韓ロシア大使, 在韓米軍: the state after 在/駐 hosts another state's
# mission or forces (the name after it owns them); it takes no part in what they do.
_POSTED_IN = "在駐"


def _hosting(text: str, hit: AliasHit) -> bool:
    """The alias names the host of a mission (在日ロシア大使館: Japan; 在韓ロ…: the group
    form 韓ロ, read across the two names, too)."""
    if hit.start == 0 or text[hit.start - 1] not in _POSTED_IN or hit.end >= len(text):
        return False
    # 現在ロシアは, 滞在日数: 在 closing a word of its own is no prefix.
    return hit.start < 2 or not _is_kanji(text[hit.start - 2])


def _titled_people(
    text: str, mentions: list[Mention], gaz: Gazetteer, lex: Lexicon
) -> tuple[list[Mention], list[Entity]]:
    """Katakana names followed by a title that no alias covers: new people."""
    covered = [(m.start, m.end) for m in mentions]
    new: dict[str, Entity] = {}
    found: list[Mention] = []
    titled_name = re.compile(_KATAKANA_NAME + f"(?P<title>{'|'.join(lex.person_titles)})")
    named = [m for m in mentions if m.kind == "person"]
    for match in titled_name.finditer(text):
        start, end = match.span("name")
        if any(s < end and start < e for s, e in covered):
            continue
        full = _full_name_before(match["name"], start, named + found)
        if full is not None:
            found.append(Mention(start, end, match["name"], full, "person"))
            continue
        name = romanise(match["name"])
        entity_id = slug(name)
        if not entity_id or entity_id in gaz.entities:
            continue
        new.setdefault(entity_id, Entity(id=entity_id, kind="person", name_en=name,
                                         country=_owner_state(text, start, mentions, gaz),
                                         names=(("ja", (match["name"],)),)))  # fmt: skip
        found.append(Mention(start, end, match["name"], entity_id, "person"))
    return found, list(new.values())


# A kanji name of two to four letters set apart from its title by the katakana reading
# news gives in brackets or by a dot, right after the state or body it serves.
_KANJI_NAME = r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?:[（(](?P<reading>[ァ-ヴー・]{2,})[）)]|・)"


def _officials_named_in_kanji(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Kanji names the gazetteer does not know, set between the state or body they serve
    and a title (韓国のA・国防相は, 北朝鮮外務省のB(ビー)次官は): the name stands for that
    state or body, as the title alone would (韓国の国防相は), so what they say and do is
    credited to it rather than to no one. A name run into its title (A国防相) is left:
    the parser cuts an unknown name apart, and its pieces would be read as phrases. A
    run with no reading not starting with a family name is a post, not a name."""
    covered = [(m.start, m.end) for m in mentions]
    titled = re.compile(_KANJI_NAME + f"(?:{'|'.join(lex.kanji_name_titles)})")
    found = []
    for owner in mentions:
        if owner.kind not in ("country", "agency", "organization"):
            continue
        match = titled.match(text, owner.end + 1 if text.startswith("の", owner.end) else owner.end)
        if match is None or not (match["reading"] or match["name"][0] in lex.kanji_family_names):
            continue
        start, end = match.span("name")
        if not any(s < end and start < e for s, e in covered):
            # A person's mention (同相, 同氏 refer back to it) of the body they speak for.
            found.append(Mention(start, end, match["name"], owner.entity_id, "person"))
    return found


def _full_name_before(name: str, start: int, people: list[Mention]) -> str | None:
    """ジョン・ケリー報道官 … ケリー氏: a bare katakana family name after the full name
    (given name, ・, family name) of a person named earlier is that person."""
    if "・" in name:
        return None
    earlier = [m for m in people if m.end <= start and m.text.endswith("・" + name)]
    return max(earlier, key=lambda m: m.end).entity_id if earlier else None


def _owner_state(text: str, start: int, mentions: list[Mention], gaz: Gazetteer) -> str | None:
    """ウクライナ外務省のティーヒー報道官: the state of the body or country named right
    before a new person, whose post it is."""
    owner = _owner_before(text, start, mentions)
    known = gaz.entities.get(owner.entity_id) if owner is not None else None
    if known is None:
        return None
    return known.id if known.kind == "country" else known.country


def _owner_before(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The name right before ``start``, joined to it or by の (ロシア外務省, ロシアの外務省)."""
    return next(
        (m for m in mentions if m.end == start or (m.end == start - 1 and text[m.end] == "の")),
        None,
    )


def _short_names(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Family name + title for people named in full earlier in the text (kanji names of
    three or four characters: the first is the family name)."""
    found = []
    first_seen: dict[str, tuple[int, str]] = {}
    for m in mentions:
        if m.kind == "person" and 3 <= len(m.text) <= 4 and _all_kanji(m.text):
            first_seen.setdefault(m.text[0], (m.end, m.entity_id))
    taken = {(m.start, m.end) for m in mentions}
    titles = "|".join(lex.person_titles)
    for family, (after, entity_id) in first_seen.items():
        for match in re.finditer(rf"{re.escape(family)}(?:{titles})", text[after:]):
            start = after + match.start()
            if not any(s <= start < e for s, e in taken):
                found.append(
                    Mention(start, after + match.end(), match.group(), entity_id, "person")
                )
    return found


def _same_as_before(
    text: str, mentions: list[Mention], gaz: Gazetteer, lex: Lexicon
) -> list[Mention]:
    """同 + a noun: the last entity of the noun's kinds named before it, one whose name
    ends with the noun first (同研究所 → the institute named last)."""
    nouns = "|".join(sorted(map(re.escape, lex.same_as_before), key=len, reverse=True))
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for match in re.finditer(f"{SAME}({nouns})", text):
        start, noun = match.start(), match.group(1)
        if any(s <= start < e for s, e in taken):
            continue  # part of a name the gazetteer knows
        before = [m for m in mentions if m.end <= start and m.kind in lex.same_as_before[noun]]
        named = [m for m in before if _named_as(m, noun, gaz)]
        if before:
            chosen = max(named or before, key=lambda m: m.end)
            found.append(Mention(start, match.end(), match.group(), chosen.entity_id, chosen.kind))
    return found


# A letter of a name: 米政府, 同政府, ロシア政府 are someone else's government.
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z々]")


def _home_references(
    text: str, mentions: list[Mention], gaz: Gazetteer, lex: Lexicon, home: str | None
) -> list[Mention]:
    """Japan's own government as Japanese news names it: 政府 with no name before it, and
    a post only Japan has by that name, whoever holds it (木原稔官房長官), unless another
    state is named as its owner (韓国の防衛大臣). In the Japanese edition of another
    state's press (``home``: a Seoul paper's), 政府 standing alone is that state's."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for words, bare in ((lex.home_bare, True), (lex.home_titles, False)):
        if not words:
            continue
        for match in re.finditer(alternation(words), text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if bare and start > 0 and _NAME_CHAR.match(text[start - 1]):
                continue
            owner = _owner_before(text, start, mentions)
            # 韓国の防衛大臣: another state's post; ロシアの外務省: its body, when known
            entity_id = (
                _owned_body(owner.text, match.group(), gaz) if owner else words[match.group()]
            )
            if bare and not owner and home not in (None, lex.home_state):
                entity_id = home
            if entity_id is not None:
                found.append(Mention(start, end, match.group(), entity_id, gaz.kind_of(entity_id)))
    return found


def _owned_body(owner: str, word: str, gaz: Gazetteer) -> str | None:
    """The body a state's name and a bare word name together (ロシア + 外務省), if known."""
    joined = owner + word
    hit = next((h for h in gaz.alias_hits(joined) if (h.start, h.end) == (0, len(joined))), None)
    return hit.entity_ids[0] if hit is not None else None


def _named_as(mention: Mention, noun: str, gaz: Gazetteer) -> bool:
    return mention.text.endswith(noun) or any(
        a.endswith(noun) for a in gaz.aliases_of(mention.entity_id)
    )


def _all_kanji(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _is_kanji(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch == "々"


def first_joined(owners: list[Mention], text: str, lex: Lexicon) -> Mention:
    """The first of the names joined into one phrase with the last of ``owners``
    (韓国と西側の情報機関: South Korea's, whose agencies the news names first), else
    that last one."""
    index = len(owners) - 1
    while index > 0 and text[owners[index - 1].end : owners[index].start] in lex.joining_words:
        index -= 1
    return owners[index]
