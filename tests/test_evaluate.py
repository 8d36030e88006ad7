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
