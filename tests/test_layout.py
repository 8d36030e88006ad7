"""The package's shape, checked: words of a language only in its package and data files,
no domain reasoning in a language package, arrows that point one way."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

PACKAGE = Path(__file__).parent.parent / "kansoku"
# Letters of Japanese and Korean: kana, han, hangul (punctuation such as 。 is not a word).
CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff66-\uff9f]")
CATEGORIES = set(yaml.safe_load((PACKAGE / "data" / "categories.yaml").read_text())["categories"])
# What each part may import from kansoku itself (third-party and standard modules are free).
ALLOWED = {
    "lang": (
        "kansoku.lang",
        "kansoku.reading",
        "kansoku.model",
        "kansoku.gazetteer",
        "kansoku.datefmt",
    ),
    "extract": ("kansoku.extract", "kansoku.knowledge", "kansoku.model", "kansoku.reading"),
    "store": ("kansoku.store", "kansoku.model"),
}
# Stages of the flow: none imports another (the pipeline passes the Document along).
STAGES = ("read", "clean", "langid", "fingerprint", "link", "extract", "reconcile")


def modules(under: Path = PACKAGE) -> list[Path]:
    return sorted(under.rglob("*.py"))


def name_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def kansoku_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kansoku"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("kansoku")}
    return found


def strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


@pytest.mark.parametrize(
    "path", [p for p in modules() if "lang" not in p.relative_to(PACKAGE).parts], ids=str
)
def test_no_japanese_or_korean_word_outside_the_language_packages(path):
    found = [(line, s) for line, s in strings(path) if CJK_LETTER.search(s)]
    assert not found, f"{path}: words of a language belong in kansoku/lang or data: {found}"


# What the domain reasons with: a language package reads text and never asks these.
DOMAIN_NAMES = {
    "state_of",
    "acting_party",
    "categories",
    "Categories",
    "opponents",
    "conflict_sides",
}


def names_used(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
    return found


@pytest.mark.parametrize("path", modules(PACKAGE / "lang"), ids=str)
def test_language_packages_hold_no_domain_reasoning(path):
    named = [(line, s) for line, s in strings(path) if s in CATEGORIES]
    assert not named, f"{path} names event categories: {named}"
    assert not names_used(path) & DOMAIN_NAMES, f"{path} reasons about the domain"


@pytest.mark.parametrize(("part", "allowed"), sorted(ALLOWED.items()))
def test_parts_import_only_what_they_build_on(part, allowed):
    for path in modules(PACKAGE / part):
        outside = {m for m in kansoku_imports(path) if not within(m, allowed)}
        assert not outside, f"{path} imports {outside}"


def within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


@pytest.mark.parametrize("stage", STAGES)
def test_stages_never_import_each_other(stage):
    paths = [PACKAGE / f"{stage}.py"] if (PACKAGE / f"{stage}.py").exists() else []
    paths += modules(PACKAGE / stage) if (PACKAGE / stage).is_dir() else []
    assert paths, stage
    others = tuple(f"kansoku.{s}" for s in STAGES if s != stage)
    for path in paths:
        assert not {m for m in kansoku_imports(path) if within(m, others)}, path


def test_no_module_or_function_is_left_to_grow_unchecked():
    long_modules = [p for p in modules() if len(p.read_text(encoding="utf-8").splitlines()) > 600]
    assert not long_modules, f"modules past 600 lines: {long_modules}"
