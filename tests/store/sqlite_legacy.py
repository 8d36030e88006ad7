"""SQLite files as older versions of kansoku wrote them, to test migrations on."""

import json
import sqlite3


def _pipes(parts: list) -> str:
    """Keys up to schema version 4: pipe-joined text, "None" for a missing part."""
    return "|".join(str(p) for p in parts)


def _series(parts: list) -> list:
    """Series keys up to schema version 6: kind, unit and subject, never the measure."""
    return parts[:3]


def _scope(text: str) -> str:
    scope = json.loads(text)
    if "series" in scope:
        return "series:" + _pipes(_series(scope["series"]))
    return f"denial:{scope['denial']}" if "denial" in scope else f"doc:{scope['doc']}"


def as_version_4(db_path: str) -> None:
    """Turn a closed store file into what kansoku wrote at schema version 4: the same
    tables, with keys and scopes as pipe-joined text and no columns added since."""
    conn = sqlite3.connect(db_path)
    for index in ("clusters_date", "clusters_type_date", "figures_kind_date"):  # version 12
        conn.execute(f"DROP INDEX {index}")
    for column in ("on_topic", "core"):  # added by version 6
        conn.execute(f"ALTER TABLE documents DROP COLUMN {column}")
    conn.execute("ALTER TABLE findings DROP COLUMN spans")  # added by version 8
    conn.execute("DROP INDEX figures_event")  # added by version 9, with these columns
    conn.execute("DROP INDEX documents_extractor")  # added by version 10, with these columns
    for table in ("events", "figures", "documents"):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN extractor")
    conn.execute("DROP TABLE documents_grams")  # added by version 11, with these indexes
    for index in ("documents_date", "documents_language", "documents_duplicates",
                  "events_sentence", "figures_sentence"):  # fmt: skip
        conn.execute(f"DROP INDEX {index}")
    for table, column in (("events", "item"), ("events", "treaty"), ("clusters", "item"),
                          ("clusters", "treaty"), ("figures", "event")):  # fmt: skip
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    for table, column in (("events", "key"), ("clusters", "key"), ("figures", "series"),
                          ("findings", "scope")):  # fmt: skip
        spell = {"scope": _scope, "series": lambda value: _pipes(_series(json.loads(value)))}.get(
            column, lambda value: _pipes(json.loads(value))
        )
        rows = conn.execute(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL")
        for (value,) in rows.fetchall():
            conn.execute(
                f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (spell(value), value)
            )
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
