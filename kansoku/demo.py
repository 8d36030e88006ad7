"""The main job on the embedded default: sample articles → SQLite → summary and export."""

from __future__ import annotations

from pathlib import Path

from kansoku.knowledge import DATA

BUNDLED_SAMPLES = DATA / "samples"


def sample_corpus() -> Path:
    """The shared sample pages when this checkout sits beside ``shared/``, else our own."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[1]):
        seeds = base.parent / "shared" / "corpus" / "seeds"
        if seeds.is_dir():
            return seeds
    return BUNDLED_SAMPLES
