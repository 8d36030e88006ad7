"""Series keys name the measure: the dead and the wounded are two quantities.

Up to version 6 a series key was ``[kind, unit, subject]``; from version 7 it is
``[kind, unit, subject, measure]`` when the figure has a measure (killed, wounded,
engineers…), and stays three parts when it has none. Each figure's measure is already
stored beside its key, so the key is completed from it; a series finding's scope takes
the measure its figures share (a finding whose figures mixed measures keeps its old
scope and is recomputed by the next reconciliation of its series).

This file is history: it does not import today's key code.
"""

from __future__ import annotations

import json
import sqlite3


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def migrate(conn: sqlite3.Connection) -> None:
    # One statement: SQLite writes JSON as compactly as _dump does (ASCII ids and measures).
    conn.execute(
        "UPDATE figures SET series = json_insert(series, '$[#]', measure)"
        " WHERE series IS NOT NULL AND measure IS NOT NULL AND json_array_length(series) = 3"
    )
    measure_of = dict(conn.execute("SELECT id, measure FROM figures").fetchall())
    for finding_id, scope, figure_ids in conn.execute(
        "SELECT id, scope, figure_ids FROM findings"
    ).fetchall():
        value = json.loads(scope)
        measures = {measure_of.get(f) for f in json.loads(figure_ids)}
        if "series" in value and len(value["series"]) == 3 and len(measures) == 1:
            (measure,) = measures
            if measure is not None:
                value["series"] = [*value["series"], measure]
                conn.execute(
                    "UPDATE findings SET scope = ? WHERE id = ?", (_dump(value), finding_id)
                )
