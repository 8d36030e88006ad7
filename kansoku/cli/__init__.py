"""Command line: each command is a thin wrapper over a library function, one module per
group of commands; importing them registers their commands on the one ``app``."""

from __future__ import annotations

import sys

from kansoku.cli import analyst, documents, facts, operations, quality, storage
from kansoku.cli.common import app

__all__ = ["analyst", "app", "documents", "facts", "main", "operations", "quality", "storage"]


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # `kansoku search … | head`
        sys.stderr.close()


if __name__ == "__main__":
    main()
