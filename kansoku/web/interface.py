"""The interface's words (English and Japanese) and the one-line rendering of each fact.

A fact is shown as its original quote and, beside it, one line built from its fields
("North Korea aided Russia (troops), reported, according to South Korea, 2024-10"), so an
analyst who does not read the article's language still sees what was extracted. The
words live in ``data/interface.yaml``; the dashboard and the report both use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kansoku.export import plain_number
from kansoku.gazetteer import Gazetteer
from kansoku.knowledge import DATA, load_yaml
from kansoku.store.records import EntityRef, EventOutline, StoredEvent, StoredFigure

Words = dict[str, dict[str, str]]  # key → interface language → text


@dataclass(frozen=True)
class Interface:
    languages: tuple[str, ...]
    labels: Words
    categories: Words
    statuses: Words
    qualifiers: Words
    words: Words

    def category(self, name: str, lang: str) -> str:
        return _pick(self.categories, name, lang)

    def status(self, name: str, lang: str) -> str:
        return _pick(self.statuses, name, lang)

    def table(self, lang: str) -> dict[str, str]:
        """Every label in ``lang``: what a template reads its words from."""
        return {key: _pick(self.labels, key, lang) for key in self.labels}


def _pick(words: Words, key: str, lang: str) -> str:
    """The word for ``key`` in ``lang`` (English when that language lacks it); an empty
    word is a word (no qualifier before an exact number)."""
    forms = words.get(key) or {}
    return forms[lang] if lang in forms else forms.get("en", key)


@cache
def load_interface(path: Path = DATA / "interface.yaml") -> Interface:
    data: dict[str, Any] = load_yaml(path)
    return Interface(
        languages=tuple(data["languages"]),
        labels=data["labels"],
        categories=data["categories"],
        statuses=data["statuses"],
        qualifiers=data["qualifiers"],
        words=data["words"],
    )


def name_in(ref: EntityRef | None, lang: str, gazetteer: Gazetteer) -> str | None:
    """An entity's name in an interface language: its first alias in that language (the
    gazetteer lists the usual form first), else its English name."""
    if ref is None:
        return None
    entity = gazetteer.entities.get(ref.id)
    if lang != "en" and entity is not None:
        for language, names in entity.names:
            if language == lang and names:
                return names[0]
    return ref.name_en


def event_line(
    event: StoredEvent | EventOutline, lang: str, ui: Interface, gazetteer: Gazetteer
) -> str:
    """One line telling the event from its fields, in ``lang``."""
    actor = name_in(event.actor, lang, gazetteer) or _pick(ui.words, "unknown", lang)
    target = name_in(event.target, lang, gazetteer)
    verb = ui.category(event.type, lang)
    mode = f" ({event.mode})" if event.mode else ""
    when = event.date.start or _pick(ui.words, "undated", lang)
    status = ui.status(event.status, lang)
    if lang == "ja":
        core = f"{actor}→{target}：{verb}{mode}" if target else f"{actor}：{verb}{mode}"
    else:
        core = f"{actor} {verb} {target}{mode}" if target else f"{actor}: {verb}{mode}"
    sep = "、" if lang == "ja" else ", "
    return sep.join(_with_source([core, status, when], event.source, lang, ui, gazetteer))


def figure_line(figure: StoredFigure, lang: str, ui: Interface, gazetteer: Gazetteer) -> str:
    """One line telling the figure from its fields, in ``lang``."""
    qualifier = _pick(ui.qualifiers, figure.qualifier, lang)
    value = f"{plain_number(figure.value):,}"
    if figure.value_max is not None:
        value += f"–{plain_number(figure.value_max):,}"
    whose = name_in(figure.subject, lang, gazetteer)
    measure = f" {figure.measure}" if figure.measure else ""
    what = f"{qualifier}{value} {figure.unit} ({figure.kind}{measure})"
    if whose:
        what = f"{whose}：{what}" if lang == "ja" else f"{whose}: {what}"
    parts = [what, ui.status(figure.status, lang), figure.as_of or _pick(ui.words, "undated", lang)]
    sep = "、" if lang == "ja" else ", "
    return sep.join(_with_source(parts, figure.source, lang, ui, gazetteer))


def _with_source(
    parts: list[str], source: EntityRef | None, lang: str, ui: Interface, gazetteer: Gazetteer
) -> list[str]:
    if source is None:
        return parts
    says = _pick(ui.words, "says", lang).format(source=name_in(source, lang, gazetteer))
    return [*parts[:1], says, *parts[1:]]
