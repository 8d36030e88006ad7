"""What ``kansoku reprocess`` needs of the SQLite store: the documents an older extractor
read, and replacing one document's facts in one transaction."""

from __future__ import annotations

import copy
import sqlite3
from typing import TYPE_CHECKING

from kansoku.model import Document, Mention
from kansoku.store.sqlite.transactions import write_transaction
from kansoku.store.sqlite.writing import _event_id


class SQLiteReprocess:
    conn: sqlite3.Connection
    path: str

    def extracted_before(self, version: int) -> list[str]:
        rows = self.conn.execute(
            """SELECT id FROM documents d
               WHERE d.extractor IS NULL OR d.extractor < :v
                  OR EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.id
                             AND (e.extractor IS NULL OR e.extractor < :v))
                  OR EXISTS (SELECT 1 FROM figures f WHERE f.doc_id = d.id
                             AND (f.extractor IS NULL OR f.extractor < :v))
               ORDER BY d.rowid""",
            {"v": version},
        )
        return [str(row[0]) for row in rows]

    def replace_facts(self, doc: Document) -> None:
        """Readers list figures and mentions in storing order: the ones that stay (same id,
        same place) are updated where they are, so a document read again lists as one
        stored so; only new ones come after the documents stored since."""
        conn = self.conn
        with write_transaction(conn, self.path):
            found = conn.execute(
                "UPDATE documents SET on_topic = ?, core = ?, reconciled = 0 WHERE id = ?",
                (int(doc.on_topic), int(doc.core), doc.id),
            )
            if found.rowcount != 1:
                raise KeyError(f"no stored document {doc.id}")
            old_figures = {
                row[0] for row in conn.execute("SELECT id FROM figures WHERE doc_id = ?", (doc.id,))
            }
            old_mentions = {
                (row[0], row[1])
                for row in conn.execute(
                    "SELECT start, entity_id FROM mentions WHERE doc_id = ?", (doc.id,)
                )
            }
            kept = old_figures & {f.id for f in doc.figures}
            # The figures kept let go of the event reports, which are stored again.
            conn.execute("UPDATE figures SET event = NULL WHERE doc_id = ?", (doc.id,))
            conn.executemany(
                "DELETE FROM figures WHERE id = ?", [(i,) for i in sorted(old_figures - kept)]
            )
            conn.execute("DELETE FROM events WHERE doc_id = ?", (doc.id,))
            conn.execute("DELETE FROM notes WHERE doc_id = ?", (doc.id,))
            new_mentions: dict[tuple[int, str], Mention] = {}
            for m in doc.mentions:  # the first of a place, as INSERT OR IGNORE keeps it
                new_mentions.setdefault((m.start, m.entity_id), m)
            conn.executemany(
                "DELETE FROM mentions WHERE doc_id = ? AND start = ? AND entity_id = ?",
                [(doc.id, s, e) for s, e in sorted(old_mentions - new_mentions.keys())],
            )
            new = copy.copy(doc)  # the same events: figures still point at them
            new.figures = [f for f in doc.figures if f.id not in kept]
            self._add_facts(new)  # mentions already there are left in place
            again = [m for key, m in new_mentions.items() if key in old_mentions]
            _update_in_place(conn, doc, kept, again)

    if TYPE_CHECKING:

        def _add_facts(self, doc: Document) -> None: ...  # the writer's (writing.py)


def _update_in_place(
    conn: sqlite3.Connection, doc: Document, kept: set[str], mentions: list[Mention]
) -> None:
    """The figures and mentions read again at the same place keep their rows (and their
    storing order), updated to what the new reading says."""
    conn.executemany(
        'UPDATE mentions SET "end" = ?, text = ? WHERE doc_id = ? AND start = ? AND entity_id = ?',
        [(m.end, m.text, doc.id, m.start, m.entity_id) for m in mentions],
    )
    conn.executemany(
        """UPDATE figures SET kind = ?, value = ?, value_max = ?, qualifier = ?,
               unit = ?, subject = ?, as_of = ?, status = ?, source = ?, quantity = ?,
               start = ?, "end" = ?, measure = ?, recipient = ?, as_of_basis = ?,
               event = ?, extractor = ?, series = NULL
           WHERE id = ?""",
        [
            (f.kind, f.value, f.value_max, f.qualifier, f.unit, f.subject, f.as_of,
             f.status, f.source, f.quantity, f.start, f.end, f.measure, f.recipient,
             f.as_of_basis, _event_id(f.event, doc), doc.extractor, f.id)
            for f in doc.figures
            if f.id in kept
        ],
    )  # fmt: skip
