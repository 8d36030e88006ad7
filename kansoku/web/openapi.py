"""The OpenAPI document of the dashboard's JSON: built from the app's route table, so a
route cannot exist without being described."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kansoku import __version__

# The query parameters each view reads (all optional strings unless said).
QUERY: dict[str, dict[str, str]] = {
    "/timeline": {
        "actor": "entity id of the actor (RUS, PRK, kim-jong-un…)",
        "category": "PLOVER category (AID, AGREE…)",
        "status": "asserted, reported, possible, planned, denied, estimated",
        "lang": "language of at least one report (ja, en, ko)",
        "source": "entity id of the credited source",
        "since": "ISO date: events from",
        "until": "ISO date: events until",
        "page": "page number (integer, from 0)",
    },
    "/actors": {
        "actor": "entity id",
        "category": "PLOVER category",
        "lang": "language",
        "since": "ISO date",
        "until": "ISO date",
    },
    "/documents/{doc_id}": {"hl": "START-END: a span of the text to highlight"},
    "/figures": {"kind": "figure kind (troops, shells, casualties…)"},
    "/findings": {"kind": "finding kind", "page": "page number (integer, from 0)"},
    "/map": {"since": "ISO date", "until": "ISO date"},
    "/search": {"q": "words to find (all of them, any length)", "lang": "document language"},
    "/ask": {"q": "a question in Japanese, English or Korean"},
    "/ledger": {"between": "two entity ids, comma-separated (default: the topic's pair)"},
}

SUMMARIES = {
    "/": "Counts, coverage, newest events, findings and documents",
    "/timeline": "Events by date, filtered; undated events listed apart",
    "/actors": "Who acts on whom: nodes and weighted edges by category",
    "/entities/{entity_id}": "An entity: names in every language, mentions, events, figures",
    "/events/{event_id}": "One event with every report of it as evidence",
    "/figures": "Figure series: each report a point with its source",
    "/figures/{figure_id}": "One figure with its evidence",
    "/findings": "Findings with the facts they link",
    "/documents/{doc_id}": "A document's text cut into parts marked with their facts",
    "/map": "Events grouped by place, category and date",
    "/search": '{"query", "results": [{"doc_id", "title", "snippet", …}]}',
    "/ledger": '{"between", "rows": [{"from", "to", "item", "amounts", "sources", …}]}',
    "/ask": '{"question", "understood", "answered", "answer": [...], "disagreements"}',
}

# The keys every view's JSON has (tests/web/test_app.py checks each view against them).
KEYS = {
    "/": ["view", "stats", "coverage", "languages", "events", "findings", "documents"],
    "/timeline": ["view", "filters", "window", "navigation", "marks", "events", "undated",
                  "undated_paging", "paging", "options", "coverage"],
    "/actors": ["view", "nodes", "edges", "coverage"],
    "/entities/{entity_id}": ["view", "entity", "mentions", "mention_count", "mentions_paging",
                              "events", "events_cut", "figures", "figures_more", "life_cycle",
                              "articles", "treaties", "coverage"],
    "/events/{event_id}": ["view", "event", "coverage"],
    "/figures": ["view", "filters", "kinds", "series", "truncated", "coverage"],
    "/figures/{figure_id}": ["view", "figure", "coverage"],
    "/findings": ["view", "filters", "findings", "paging", "coverage"],
    "/documents/{doc_id}": ["view", "document", "sections", "dropped", "parts", "facts",
                            "unread", "coverage"],
    "/map": ["view", "filters", "marks", "months", "unplaced", "places", "coverage"],
    "/search": ["view", "query", "filters", "results", "coverage"],
    "/ledger": ["view", "between", "rows", "coverage"],
    "/ask": ["view", "question", "understood", "answered", "answer", "disagreements",
             "coverage"],
}  # fmt: skip


def _schema(path: str) -> dict[str, Any]:
    keys = KEYS.get(path, [])
    return {"type": "object", "required": keys, "properties": {key: {} for key in keys}}


def document(routes: Mapping[str, Any]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for path in routes:
        params = [
            {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            for name in re.findall(r"{(\w+)}", path)
        ]
        params += [
            {"name": name, "in": "query", "required": False, "description": text,
             "schema": {"type": "integer" if name == "page" else "string"}}
            for name, text in QUERY.get(path, {}).items()
        ]  # fmt: skip
        json_path = "/index.json" if path == "/" else path + ".json"
        paths[json_path] = {
            "get": {
                "summary": SUMMARIES.get(path, path),
                "parameters": params,
                "responses": {
                    "200": {
                        "description": "The view's dict (the HTML page at the path without "
                        ".json renders the same dict)",
                        "content": {"application/json": {"schema": _schema(path)}},
                    },
                    "404": {"description": 'No such item: {"error": message}'},
                },
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "kansoku dashboard", "version": __version__},
        "paths": paths,
    }
