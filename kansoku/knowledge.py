"""What kansoku knows about the world and about web pages, loaded from ``kansoku/data``.

``load_knowledge()`` reads every data file once and returns one :class:`Knowledge`
object: the gazetteer, the event categories, the topic profile, the forms of page
furniture, and each language's own lexicons (``data/lang/{code}/``). Stages receive it
as an argument; no stage opens a data file or keeps one in a global. Per-document work is
then a pure function of the document and the knowledge, which can be shipped to a worker
process (it pickles; the parser a language loads is not part of it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import yaml

from kansoku.categories import Categories, load_categories
from kansoku.datefmt import DateFormats
from kansoku.gazetteer import Gazetteer

if TYPE_CHECKING:
    from kansoku.lang import Language

DATA = Path(str(resources.files("kansoku") / "data"))


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _compile_all(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@dataclass(frozen=True)
class NoiseRules:
    max_noise_chars: int
    block_rules: dict[str, re.Pattern[str]]
    caption: re.Pattern[str]  # a photo caption, whatever its length
    ui_words: frozenset[str]
    inline_tails: dict[str, re.Pattern[str]]  # reason → furniture glued to a line's end
    footer_reasons: frozenset[str]

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> NoiseRules:
        return cls(
            max_noise_chars=int(data["max_noise_chars"]),
            block_rules={reason: _compile_all(p) for reason, p in data["block_rules"].items()},
            caption=_compile_all(data["captions"]),
            ui_words=frozenset(w.lower() for w in data["ui_words"]),
            inline_tails={reason: _compile_all(p) for reason, p in data["inline_tails"].items()},
            footer_reasons=frozenset(data["footer_reasons"]),
        )


@dataclass(frozen=True)
class AggregatorRules:
    read_more: re.Pattern[str]
    source_line: re.Pattern[str]
    credit_closer: re.Pattern[str]
    date_label: re.Pattern[str]
    outlet_label_end: re.Pattern[str]
    bullets: tuple[str, ...]
    max_section_blocks: int

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> AggregatorRules:
        return cls(
            read_more=re.compile(data["read_more"], re.I),
            source_line=re.compile(data["source_line"], re.I),
            credit_closer=re.compile(data["credit_closer"], re.I),
            date_label=re.compile(data["date_label"], re.I),
            outlet_label_end=re.compile(data["outlet_label_end"], re.I),
            bullets=tuple(data["bullets"]),
            max_section_blocks=int(data["max_section_blocks"]),
        )


@dataclass(frozen=True)
class TopicProfile:
    """The actors and terms of the tracked topic, and the sides of its conflict."""

    name: str
    pattern: re.Pattern[str]
    conflict_sides: tuple[tuple[str, ...], ...] = ()
    core_parties: frozenset[str] = frozenset()
    fronts: frozenset[str] = frozenset()  # places where the tracked war is fought
    # A page is read if it names every state of one of these groups.
    read_pages_naming: tuple[frozenset[str], ...] = ()

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

    def worth_reading(self, states: set[str]) -> bool:
        """Whether a page naming ``states`` is read for facts (``read_pages_naming``)."""
        return not self.read_pages_naming or any(g <= states for g in self.read_pages_naming)

    @property
    def tracked_parties(self) -> frozenset[str]:
        """Every state of the ``read_pages_naming`` groups."""
        return frozenset(s for group in self.read_pages_naming for s in group)

    def is_core(self, states: set[str]) -> bool:
        """Whether ``states`` (those a document names) include every core party."""
        return bool(self.core_parties) and self.core_parties <= states

    def allies(self, state: str | None) -> tuple[str, ...]:
        """The other states on ``state``'s side of the tracked conflict."""
        side = next((side for side in self.conflict_sides if state in side), ())
        return tuple(s for s in side if s != state)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> TopicProfile:
        terms = {
            term
            for group in ("actors", "terms")
            for words in (data.get(group) or {}).values()
            for term in words
        }
        ordered = sorted(terms, key=len, reverse=True)
        return cls(
            name=data.get("name", "topic"),
            pattern=re.compile("|".join(_term_pattern(t) for t in ordered)),
            conflict_sides=tuple(tuple(side) for side in data.get("conflict_sides") or ()),
            core_parties=frozenset(data.get("core_parties") or ()),
            fronts=frozenset(data.get("fronts") or ()),
            read_pages_naming=tuple(frozenset(g) for g in data.get("read_pages_naming") or ()),
        )


def _term_pattern(term: str) -> str:
    escaped = re.escape(term)
    if term.isascii():
        # Whole words; names and acronyms keep their case (US is not "us").
        body = f"(?<!\\w){escaped}(?!\\w)"
        return f"(?-i:{body})" if any(c.isupper() for c in term) else f"(?i:{body})"
    return escaped


@dataclass(frozen=True)
class Outlets:
    """News outlets by web domain."""

    by_domain: dict[str, str]

    def for_url(self, url: str | None) -> str | None:
        """The outlet whose domain serves ``url`` (a subdomain counts), if it is a known one."""
        if not url:
            return None
        parts = (urlsplit(url).hostname or "").lower().split(".")
        for i in range(len(parts) - 1):
            name = self.by_domain.get(".".join(parts[i:]))
            if name:
                return name
        return None


@dataclass(frozen=True)
class Knowledge:
    gazetteer: Gazetteer
    categories: Categories
    topic: TopicProfile
    noise: NoiseRules
    aggregator: AggregatorRules
    calendar: DateFormats
    outlets: Outlets
    languages: dict[str, Language] = field(default_factory=dict)

    def home_state(self, url: str | None) -> str | None:
        """The state whose press published the page at ``url``: its outlet's (KBS, Yonhap:
        South Korea; TASS: Russia), when the outlet is known and belongs to one."""
        outlet = self.outlets.for_url(url) or ""
        # The Korea Herald is listed as Korea Herald among the names.
        named = self.gazetteer.named(outlet) or self.gazetteer.named(outlet.removeprefix("The "))
        return self.gazetteer.state_of(named)

    def language(self, code: str | None) -> Language:
        """The language package for ``code``; a language without one gets the generic
        reading (sentences and entity mentions, no events or figures)."""
        from kansoku.lang import Language

        return self.languages.get(code or "") or Language(code or "")

    @property
    def future_words(self) -> tuple[str, ...]:
        """Words that put a sentence in the future, in every language read: before the
        language of a page is known, its dates must not be taken from its plans."""
        return tuple(w for lang in self.languages.values() for w in lang.future_words)


def load_knowledge(data: Path = DATA) -> Knowledge:
    """Every data file under ``data``, loaded and compiled."""
    from kansoku.lang import load_languages

    return Knowledge(
        gazetteer=Gazetteer(load_yaml(data / "gazetteer.yaml")),
        categories=load_categories(load_yaml(data / "categories.yaml")),
        topic=TopicProfile.from_data(load_yaml(data / "topic.yaml")),
        noise=NoiseRules.from_data(load_yaml(data / "noise.yaml")),
        aggregator=AggregatorRules.from_data(load_yaml(data / "aggregator.yaml")),
        calendar=DateFormats.from_data(load_yaml(data / "calendar.yaml")),
        outlets=Outlets(
            {str(k).lower(): str(v) for k, v in load_yaml(data / "outlets.yaml").items()}
        ),
        languages=load_languages(data / "lang"),
    )


@cache
def default_knowledge() -> Knowledge:
    """The bundled knowledge, loaded once per process: the CLI's and the API's default."""
    return load_knowledge()
