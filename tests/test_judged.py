"""The judged samples kept in tests/data/judged: verdicts only, and consistent."""

from pathlib import Path

import pytest
import yaml

JUDGED = Path(__file__).parent / "data" / "judged"
FIELDS = ("category", "actor", "target", "status", "source", "date")
KEYS = {"event_id", "doc_id", "document", "start", "end", "fully_right", *FIELDS}


@pytest.mark.parametrize("path", sorted(JUDGED.glob("*.yaml")), ids=lambda p: p.name)
def test_a_judged_sample_holds_verdicts_only(path):
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert len(rows) >= 60
    for row in rows:
        assert set(row) == KEYS, row  # no article text, no free-text field
        assert all(row[f] in ("ok", "wrong") for f in FIELDS), row
        assert row["fully_right"] == all(row[f] == "ok" for f in FIELDS), row
        assert 0 <= row["start"] < row["end"]


@pytest.mark.parametrize("path", sorted((JUDGED / "findings").glob("*.yaml")), ids=lambda p: p.name)
def test_judged_findings_hold_verdicts_only(path):
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert rows
    for row in rows:
        assert set(row) == {"set", "finding_id", "kind", "useful", "specific"}, row
        assert row["finding_id"].startswith("x-") and isinstance(row["useful"], bool)
        assert isinstance(row["specific"], bool)
