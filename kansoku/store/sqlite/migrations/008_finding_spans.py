"""Findings name the sentences they are about beyond their facts.

From version 8 a finding keeps ``spans``, ``[[doc_id, start, end], ...]``: the sentence
whose dates do not add up, so the finding can be checked in one look. A date
inconsistency stored before is the note of its document with the same summary (the
finding is made from that note), whose offsets are stored with it.

This file is history: it does not import today's finding code.
"""

from __future__ import annotations

import json
import sqlite3


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE findings ADD COLUMN spans TEXT NOT NULL DEFAULT '[]'")
    rows = conn.execute(
        'SELECT f.id, n.doc_id, n.start, n."end" FROM findings f'
        " JOIN notes n ON n.summary = f.summary"
        " AND f.doc_ids = json_array(n.doc_id)"
        " WHERE f.kind = 'date_inconsistency'"
    ).fetchall()
    for finding_id, doc_id, start, end in rows:
        conn.execute(
            "UPDATE findings SET spans = ? WHERE id = ?",
            (json.dumps([[doc_id, start, end]]), finding_id),
        )
