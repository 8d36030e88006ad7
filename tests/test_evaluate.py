"""The evaluation loop, on an article and a gold file written for this test."""

import json

import pytest
import yaml
from conftest import SHARED
from typer.testing import CliRunner

from kansoku.cli import app

SCORER = SHARED / "eval" / "score.py"
ARTICLE = "韓国国防省は18日、北朝鮮がロシアに兵士約3000人を派遣したと発表した。"
GOLD = {
    "documents": {
        "a.txt": {
            "language": "ja",
            "events": [
                {"id": "sent", "type": "AID", "actor": "PRK", "target": "RUS", "source": "KOR"},
                {"id": "never-said", "type": "SANCTION", "actor": "USA", "target": "PRK"},
            ],
            "figures": [{"id": "troops", "kind": "troops", "value": 3000}],
        }
    }
}


@pytest.fixture
def case(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text(yaml.safe_dump(GOLD, allow_unicode=True), encoding="utf-8")
    return tmp_path, gold


def test_without_the_shared_scorer_eval_says_so(case):
    folder, gold = case
    missing = folder / "no-such" / "score.py"
    args = ["eval", str(gold), str(folder / "a.txt"), "--scorer", str(missing)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "scorer was not found" in result.output


@pytest.mark.skipif(not SCORER.exists(), reason=f"{SCORER} not found")
def test_eval_scores_with_the_shared_rules_and_lists_misses_by_document(case):
    folder, gold = case
    args = ["eval", str(gold), str(folder / "a.txt"), "--scorer", str(SCORER)]
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["summary"]["event_recall"] == 0.5 and data["summary"]["figure_recall"] == 1.0
    assert data["summary"]["attribution"] == 1.0
    [(document, misses)] = data["misses"].items()
    assert document == "a.txt" and any("never-said" in m for m in misses)
    text = CliRunner().invoke(app, args).output
    assert "missed event never-said" in text and "event_recall=0.50" in text


@pytest.mark.skipif(not SCORER.exists(), reason=f"{SCORER} not found")
def test_eval_counts_misses_by_the_fields_the_nearest_output_got_wrong(case):
    folder, gold = case
    wrong_year = {"id": "other-year", "type": "AID", "actor": "PRK", "target": "RUS"}
    data = yaml.safe_load(gold.read_text(encoding="utf-8"))
    data["documents"]["a.txt"]["events"].append({**wrong_year, "date": "2019"})
    gold.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    args = ["eval", str(gold), str(folder / "a.txt"), "--scorer", str(SCORER)]
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    # The sanction no sentence tells differs from the one output event in three fields;
    # the sending dated to another year only in its date; the output matches a gold event.
    assert summary["missed_by_field"] == {"date": 1, "three fields or more": 1}
    assert summary["stray_by_field"] == {}
    text = CliRunner().invoke(app, args).output
    assert "by what the nearest output got wrong: date 1, three fields or more 1" in text


def test_a_sample_is_the_same_draw_for_the_same_seed(tmp_path, knowledge):
    from kansoku.evaluate import sample_events
    from kansoku.export import export
    from kansoku.pipeline import ingest
    from kansoku.store import open_store

    texts = [
        "韓国国防省は18日、北朝鮮がロシアに兵士約3000人を派遣したと発表した。",
        "ロシアのプーチン大統領は19日、平壌で金正恩総書記と会談した。",
        "米国務省は20日、北朝鮮がロシアに砲弾を供給したと非難した。",
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    store = open_store(str(tmp_path / "k.db"))
    ingest([str(tmp_path / f"{i}.txt") for i in range(3)], store, knowledge=knowledge)
    export(store, tmp_path / "out")
    store.close()
    first = sample_events([tmp_path / "out"], 2, seed=7)
    assert first == sample_events([tmp_path / "out"], 2, seed=7) and len(first) == 2
    everything = sample_events([tmp_path / "out"], 100, seed=7)
    assert len(everything) >= 3
    for item in everything:
        assert item["sentence"] in texts and item["document"].endswith(".txt")


def test_a_sampled_fact_shows_its_other_tellings(tmp_path, knowledge):
    from kansoku.evaluate import sample_events
    from kansoku.export import export
    from kansoku.pipeline import ingest
    from kansoku.store import open_store

    texts = [
        "首脳会談 2023年09月14日 09:00\nロシアのプーチン大統領は13日、金正恩総書記と会談した。",
        "会談 2023年09月15日 09:00\nプーチン大統領と金正恩総書記は13日、極東で会談した。",
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    store = open_store(str(tmp_path / "k.db"))
    ingest([str(tmp_path / f"{i}.txt") for i in range(2)], store, knowledge=knowledge)
    export(store, tmp_path / "out")
    store.close()
    [summit] = [u for u in sample_events([tmp_path / "out"], 10, seed=1) if u["type"] == "CONSULT"]
    assert len(summit["also_told"]) == 1 and summit["also_told"][0] != summit["sentence"]
