"""Search on PostgreSQL: the same terms find the same documents as on SQLite.

Every whitespace-separated term must be in the title or the text, case-insensitively,
taken as text to find (never as pattern or query syntax):

- a term of three characters or more is an ``ILIKE`` substring match (its ``%``, ``_``
  and ``\\`` escaped), which pg_trgm's GIN indexes on title and text serve (migrations/001);
- a shorter one is looked up in ``documents_grams`` (migrations/011), the one- and
  two-character substrings the shared writer stores with each document, spelt as SQLite
  spells them (``kansoku.store.sqlite.searching.grams``); a term whose lowercase is
  longer than two characters (a few non-ASCII capitals) is a substring scan, as on SQLite.

As on SQLite, the newest ``limit`` matches are chosen by their dates alone and only their
texts are read.
"""

from __future__ import annotations

from typing import Any

from kansoku.store.postgres.dialect import PgConnection
from kansoku.store.records import SearchHit
from kansoku.store.sqlite.searching import _MAX_GRAM, _MIN_TRIGRAM, gram_token, search_hit

_ORDER = "coalesce(published, published_not_before) DESC NULLS LAST, rowid"


def _like(term: str) -> str:
    """An ILIKE pattern matching ``term`` anywhere, its wildcards taken literally."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _clauses(terms: list[str]) -> tuple[list[str], list[Any]]:
    """The WHERE clauses over ``documents`` that every term adds, and their values."""
    where: list[str] = []
    params: list[Any] = []
    for term in terms:
        if len(term) >= _MIN_TRIGRAM:
            where.append("(text ILIKE %s OR title ILIKE %s)")
            params += [_like(term), _like(term)]
        elif len(term.lower()) > _MAX_GRAM:
            where.append(
                "(strpos(lower(text), lower(%s)) > 0 "
                "OR strpos(lower(coalesce(title, '')), lower(%s)) > 0)"
            )
            params += [term, term]
    short = list(dict.fromkeys(t.lower() for t in terms if len(t) < _MIN_TRIGRAM))
    tokens = [gram_token(t) for t in short if len(t) <= _MAX_GRAM]
    if tokens:
        where.append(
            "rowid IN (SELECT rowid FROM documents_grams "
            "WHERE string_to_array(grams, ' ') @> %s::text[])"
        )
        params.append(tokens)
    return where, params


class PostgresSearch:
    pg: PgConnection

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        terms = [t for t in query.split() if t]
        if not terms:
            return []
        where, params = _clauses(terms)
        sql = (
            "SELECT id, source, source_id, title, published, published_not_before, language, "
            "duplicate_of, text FROM documents WHERE rowid IN (SELECT rowid FROM documents "
            f"WHERE {' AND '.join(where)} ORDER BY {_ORDER} LIMIT %s) ORDER BY {_ORDER}"
        )
        return [search_hit(r, terms) for r in self.pg.native(sql, [*params, max(0, limit)])]
