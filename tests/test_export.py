import json
import re
from pathlib import Path

from kansoku.export import CONTRACT_VERSION, FILES, MANIFEST, RULE_FILES, export, extractor_version
from kansoku.extract import EXTRACTOR_VERSION
from kansoku.pipeline import ingest

CONTRACT_KEYS = ["id", "source", "source_id", "language", "title", "published",
                 "published_not_before", "kind", "text", "dropped", "sections", "duplicate_of"]  # fmt: skip


def test_export_writes_the_five_files_with_contract_keys_in_order(tmp_path, store, samples):
    ingest([str(samples)], store)
    counts = export(store, tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [f"{n}.jsonl" for n in FILES] + [MANIFEST]
    )
    lines = (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert counts["documents"] == len(lines) == 11
    for line in lines:
        row = json.loads(line)
        assert list(row)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
        for section in row["sections"]:
            assert 0 <= section["start"] <= section["end"] <= len(row["text"])
        assert all(set(d) == {"text", "reason"} for d in row["dropped"])
    assert any("北朝鮮" in line for line in lines)  # UTF-8, not \\u escapes
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in lines}
    findings = _rows(tmp_path / "out" / "findings.jsonl")
    assert findings
    for row in findings:
        assert list(row) == ["id", "kind", "summary", "figure_ids", "event_ids", "doc_ids", "facts"]
        # Every linked fact is there, checkable without opening anything else.
        linked = [f["id"] for f in row["facts"] if f["fact"] != "sentence"]
        assert linked == row["figure_ids"] + row["event_ids"]
        for fact in row["facts"]:
            assert fact["evidence"], fact
            for e in fact["evidence"]:
                assert texts[e["doc_id"]][e["start"] : e["end"]] == e["quote"]
            if fact["fact"] == "figure":
                assert {"value", "measure", "subject", "date", "source"} <= set(fact)


def _rows(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


REF_KEYS = ["id", "name_en", "kind", "country"]


def test_facts_follow_the_contract_and_point_into_their_documents(tmp_path, store, samples):
    ingest([str(samples)], store)
    export(store, tmp_path)
    texts = {d["id"]: d["text"] for d in _rows(tmp_path / "documents.jsonl")}
    events, figures = _rows(tmp_path / "events.jsonl"), _rows(tmp_path / "figures.jsonl")
    entities = _rows(tmp_path / "entities.jsonl")
    assert events and figures and entities
    for e in events:
        assert list(e)[:10] == ["id", "type", "mode", "actor", "target", "date", "location",
                                "status", "source", "evidence"]  # fmt: skip
        assert list(e["actor"])[:4] == REF_KEYS
        assert e["status"] in {"asserted", "reported", "possible", "planned", "denied"}
        assert e["date"]["basis"] in {"text", "published", None}
    for f in figures:
        assert list(f)[:11] == ["id", "kind", "value", "value_max", "qualifier", "unit",
                                "subject", "as_of", "status", "source", "evidence"]  # fmt: skip
        assert f["qualifier"] in {"exact", "about", "at_least", "at_most", "up_to", "several"}
    for fact in events + figures:
        for ev in fact["evidence"]:
            assert texts[ev["doc_id"]][ev["start"] : ev["end"]] == ev["quote"]
    for entity in entities:
        assert list(entity)[:4] == REF_KEYS and entity["names"]
        for m in entity["mentions"]:
            assert texts[m["doc_id"]][m["start"] : m["end"]] == m["text"]
    assert {"PRK", "RUS", "kim-jong-un"} <= {e["id"] for e in entities}


def test_events_say_what_moves_and_figures_which_event_they_quantify(tmp_path, store, samples):
    ingest([str(samples)], store)
    export(store, tmp_path)
    events, figures = _rows(tmp_path / "events.jsonl"), _rows(tmp_path / "figures.jsonl")
    # After the contract's keys, in this order.
    assert all(list(e)[list(e).index("confidence") + 1 :][:2] == ["item", "treaty"]
               for e in events)  # fmt: skip
    assert all(list(f)[-2:] == ["event_id", "extractor"] for f in figures)
    moved = [e for e in events if e["item"]]
    assert moved and all(e["type"] in ("AID", "MOBILIZE") for e in moved)
    assert all(re.fullmatch(r"[a-z_]+", e["item"]) for e in moved)
    for e in events:
        if e["treaty"] is not None:
            assert e["type"] == "AGREE" and list(e["treaty"])[:4] == REF_KEYS
            assert e["treaty"]["kind"] == "treaty"
    # A figure names a merged event of the same export, told in its own sentence.
    by_id = {e["id"]: e for e in events}
    linked = [f for f in figures if f["event_id"]]
    assert linked
    for f in linked:
        told = {(ev["doc_id"], ev["start"]) for ev in by_id[f["event_id"]]["evidence"]}
        assert (f["evidence"][0]["doc_id"], f["evidence"][0]["start"]) in told


def test_jsonl_source_ids_are_kept(tmp_path, store, samples):
    ingest([str(samples / "articles.jsonl")], store)
    export(store, tmp_path)
    rows = [json.loads(x) for x in (tmp_path / "documents.jsonl").read_text().splitlines()]
    assert [r["source_id"] for r in rows] == ["ja-001", "ja-002", "en-001", "en-002", "ko-001"]


def test_the_jsonl_export_says_what_it_holds_in_a_manifest(tmp_path, store, samples):
    ingest([str(samples / "articles.jsonl")], store)
    counts = export(store, tmp_path)
    manifest = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))
    assert list(manifest)[:7] == ["contract_version", "kansoku_version", "extractor_version",
                                  "format", "written_at", "files", "counts"]  # fmt: skip
    assert manifest["contract_version"] == CONTRACT_VERSION and manifest["format"] == "jsonl"
    assert manifest["extractor_version"] == extractor_version()
    assert manifest["extractor"] == EXTRACTOR_VERSION and isinstance(manifest["extractor"], int)
    assert manifest["files"] == [f"{n}.jsonl" for n in FILES]
    for name in FILES:
        lines = (tmp_path / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        assert manifest["counts"][f"{name}.jsonl"] == counts[name] == len(lines)
    assert manifest["written_at"].endswith("Z") and "columns" not in manifest
    assert not list(tmp_path.glob("*.tmp"))  # written aside, then moved in place


KNOWLEDGE_PY = Path(__file__).parent.parent / "kansoku" / "knowledge.py"


def test_the_extractor_version_covers_every_file_the_knowledge_is_loaded_from():
    read = set(re.findall(r'data / "([^"]+)"', KNOWLEDGE_PY.read_text(encoding="utf-8")))
    assert read and read == set(RULE_FILES)


def test_the_extractor_version_changes_with_the_rules_and_nothing_else(tmp_path):
    def data(name: str, lexicon: str, sample: str) -> Path:
        root = tmp_path / name
        for rule in RULE_FILES:
            if rule.endswith(".yaml"):
                (root / rule).parent.mkdir(parents=True, exist_ok=True)
                (root / rule).write_text(f"# {rule}\n", encoding="utf-8")
        (root / "lang" / "xx").mkdir(parents=True)
        (root / "lang" / "xx" / "lexicon.yaml").write_text(lexicon, encoding="utf-8")
        (root / "samples").mkdir()
        (root / "samples" / "page.txt").write_text(sample, encoding="utf-8")
        return root

    first = extractor_version(data("a", "send: AID\n", "one page"))
    assert re.fullmatch(r"rules-[0-9a-f]{12}", first)
    assert extractor_version(data("b", "send: AID\n", "another page")) == first
    assert extractor_version(data("c", "send: MOBILIZE\n", "one page")) != first
