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

    def hits(self, text: str) -> int:
        """How many times the topic's actors and terms occur in ``text``."""
        return sum(1 for _ in self.pattern.finditer(text))


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
        body = f"\\b{escaped}\\b"
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
