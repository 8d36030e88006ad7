"""Loads what kansoku knows about the world and about web pages from ``kansoku/data``.

Each loader reads its YAML file once per process and returns compiled, ready-to-use
objects. Stages receive these objects; they never open data files themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from kansoku.model import Entity

DATA = Path(str(resources.files("kansoku") / "data"))


def load_yaml(name: str) -> dict:
    with (DATA / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _compile_all(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@dataclass(frozen=True)
class NoiseRules:
    max_noise_chars: int
    block_rules: dict[str, re.Pattern[str]]
    ui_words: frozenset[str]
    inline_credit: re.Pattern[str]
    footer_reasons: frozenset[str]
    future_markers: tuple[str, ...]


@dataclass(frozen=True)
class AggregatorRules:
    read_more: re.Pattern[str]
    source_line: re.Pattern[str]
    date_label: re.Pattern[str]
    bullets: tuple[str, ...]
    max_section_blocks: int


@dataclass(frozen=True)
class TopicProfile:
    name: str
    pattern: re.Pattern[str]
    conflict_sides: tuple[tuple[str, ...], ...] = ()

    def hits(self, text: str) -> int:
        """How many times the topic's actors and terms occur in ``text``."""
        return sum(1 for _ in self.pattern.finditer(text))

    def opponents(self, state: str | None) -> tuple[str, ...]:
        """The states on the other side of the tracked conflict from ``state``."""
        for i, side in enumerate(self.conflict_sides):
            if state in side:
                return tuple(
                    s for j, other in enumerate(self.conflict_sides) if j != i for s in other
                )
        return ()


@cache
def noise_rules() -> NoiseRules:
    data = load_yaml("noise.yaml")
    return NoiseRules(
        max_noise_chars=int(data["max_noise_chars"]),
        block_rules={reason: _compile_all(p) for reason, p in data["block_rules"].items()},
        ui_words=frozenset(w.lower() for w in data["ui_words"]),
        inline_credit=_compile_all(data["inline_credit"]),
        footer_reasons=frozenset(data["footer_reasons"]),
        future_markers=tuple(data["future_markers"]),
    )


@cache
def aggregator_rules() -> AggregatorRules:
    data = load_yaml("aggregator.yaml")
    return AggregatorRules(
        read_more=re.compile(data["read_more"], re.I),
        source_line=re.compile(data["source_line"], re.I),
        date_label=re.compile(data["date_label"], re.I),
        bullets=tuple(data["bullets"]),
        max_section_blocks=int(data["max_section_blocks"]),
    )


def _term_pattern(term: str) -> str:
    escaped = re.escape(term)
    if term.isascii():
        # Whole words; names and acronyms keep their case (US is not "us").
        flags = "" if any(c.isupper() for c in term) else "(?i:"
        body = f"(?<!\\w){escaped}(?!\\w)"
        return f"(?-i:{body})" if not flags else f"{flags}{body})"
    return escaped


@cache
def topic_profile(name: str = "topic.yaml") -> TopicProfile:
    data = load_yaml(name)
    terms = {
        term
        for group in ("actors", "terms")
        for words in (data.get(group) or {}).values()
        for term in words
    }
    ordered = sorted(terms, key=len, reverse=True)
    return TopicProfile(
        name=data.get("name", name),
        pattern=re.compile("|".join(_term_pattern(t) for t in ordered)),
        conflict_sides=tuple(tuple(side) for side in data.get("conflict_sides") or ()),
    )


@cache
def _outlets() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in load_yaml("outlets.yaml").items()}


def outlet_for_url(url: str | None) -> str | None:
    """The outlet whose domain serves ``url``, if it is a known one."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    outlets = _outlets()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = outlets.get(".".join(parts[i:]))
        if name:
            return name
    return None


class Gazetteer:
    """Canonical entities and every written form of them, searchable in one pass.

    Aliases are found with an Aho-Corasick automaton (pyahocorasick); overlapping hits
    resolve to the longest, leftmost one, so 米国防総省 is the Pentagon, not 米国.
    """

    def __init__(self, data: dict) -> None:
        import ahocorasick

        self.entities: dict[str, Entity] = {}
        self.titles: tuple[str, ...] = tuple(
            sorted(data.get("titles") or (), key=len, reverse=True)
        )
        self._automaton = ahocorasick.Automaton()
        forms: dict[str, tuple[str, ...]] = {}
        for item in data.get("entities", []):
            aliases = item.get("aliases") or {}
            entity = Entity(
                id=str(item["id"]),
                kind=item["kind"],
                name_en=item["name_en"],
                country=item.get("country"),
                wikidata=item.get("wikidata"),
                stands_for=item.get("stands_for"),
                parties=tuple(item.get("parties") or ()),
                names=tuple((lang, tuple(map(str, names))) for lang, names in aliases.items()),
            )
            self.entities[entity.id] = entity
            for names in aliases.values():
                for name in names:
                    forms[str(name)] = (entity.id,)
        for group in data.get("groups", []):
            forms[str(group["alias"])] = tuple(group["ids"])
        for form, ids in forms.items():
            self._automaton.add_word(form, (form, ids))
        self._automaton.make_automaton()

    def state_of(self, entity_id: str | None) -> str | None:
        """The state an entity is or acts for: Kim Jong Un → PRK, 平壌 → PRK, the NIS →
        KOR; None for entities of no state (the UN) and unknown ids."""
        entity = self.entities.get(entity_id or "")
        if entity is None:
            return None
        if entity.kind == "country":
            return entity.id
        return entity.stands_for or entity.country

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, entity id) of every alias in ``text``, longest leftmost first."""
        hits = []
        for end_index, (form, ids) in self._automaton.iter(text):
            start = end_index - len(form) + 1
            if form.isascii() and not _word_bounded(text, start, end_index + 1):
                continue
            if (
                form[0] in "日月年"
                and start > 0
                and (text[start - 1].isdigit() or text[start - 1] in "同前翌当本毎今昨先")
            ):
                continue  # 18日米軍, 同日韓国: the 日 closes a date, it does not open 日米
            hits.append((start, end_index + 1, ids))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        found, covered_to = [], -1
        for start, end, ids in hits:
            if start >= covered_to:
                found += [(start, end, entity_id) for entity_id in ids]
                covered_to = end
        return found


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer(load_yaml("gazetteer.yaml"))


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[str, dict]  # written form → {type, mode, roles, …}
    roles: dict[str, str]
    light_verbs: frozenset[str]
    speech_verbs: tuple[str, ...]
    source_markers: tuple[str, ...]
    hearsay: tuple[str, ...]
    status_markers: dict[str, tuple[str, ...]]
    negations: frozenset[str]
    receive_verbs: tuple[str, ...]
    credit_endings: tuple[str, ...]
    judging_verbs: tuple[str, ...]
    anaphora: tuple[str, ...]

    trigger_pattern: re.Pattern[str]

    def find_triggers(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, form) of every trigger word in ``text``, longest form first."""
        return [(m.start(), m.end(), m.group()) for m in self.trigger_pattern.finditer(text)]


@cache
def lexicon() -> Lexicon:
    data = load_yaml("lexicon.yaml")
    triggers = {k: dict(v) for k, v in (data["triggers"].get("ja") or {}).items()}
    forms = sorted(triggers, key=len, reverse=True)  # the longest form at a position wins
    return Lexicon(
        triggers=triggers,
        trigger_pattern=re.compile("|".join(re.escape(f) for f in forms)),
        roles=dict(data["roles"]),
        light_verbs=frozenset(data["light_verbs"]),
        speech_verbs=tuple(data["speech_verbs"]),
        source_markers=tuple(data["source_markers"]),
        hearsay=tuple(data["hearsay"]),
        status_markers={k: tuple(v) for k, v in data["status_markers"].items()},
        negations=frozenset(data["negations"]),
        receive_verbs=tuple(data["receive_verbs"]),
        credit_endings=tuple(data["credit_endings"]),
        judging_verbs=tuple(data["judging_verbs"]),
        anaphora=tuple(data["anaphora"]),
    )


@cache
def units() -> dict:
    return load_yaml("units.yaml")
