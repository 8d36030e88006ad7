import json

from kansoku.export import FILES, export
from kansoku.pipeline import ingest

CONTRACT_KEYS = ["id", "source", "source_id", "language", "title", "published",
                 "published_not_before", "kind", "text", "dropped", "sections", "duplicate_of"]  # fmt: skip


def test_export_writes_the_five_files_with_contract_keys_in_order(tmp_path, store, samples):
    ingest([str(samples)], store)
    counts = export(store, tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{n}.jsonl" for n in FILES
    )
    lines = (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert counts["documents"] == len(lines) == 11
    for line in lines:
        row = json.loads(line)
        assert list(row)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
        for section in row["sections"]:
            assert 0 <= section["start"] <= section["end"] <= len(row["text"])
        assert all(set(d) == {"text", "reason"} for d in row["dropped"])
    assert "北朝鮮" in lines[0] or any("北朝鮮" in line for line in lines)  # UTF-8, not \\u escapes
    for name in FILES[1:]:
        assert (tmp_path / "out" / f"{name}.jsonl").read_text() == ""


def test_jsonl_source_ids_are_kept(tmp_path, store, samples):
    ingest([str(samples / "articles.jsonl")], store)
    export(store, tmp_path)
    rows = [json.loads(x) for x in (tmp_path / "documents.jsonl").read_text().splitlines()]
    assert [r["source_id"] for r in rows] == ["ja-001", "ja-002", "en-001", "en-002", "ko-001"]
