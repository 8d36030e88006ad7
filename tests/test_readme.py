"""The README's command table is the CLI's: every command listed, none that is not."""

import re
from pathlib import Path

from kansoku.cli import app

README = Path(__file__).parent.parent / "README.md"


def test_the_command_table_lists_exactly_the_commands():
    rows = re.findall(r"^\| `kansoku (\w+)", README.read_text(encoding="utf-8"), re.M)
    commands = {c.name or c.callback.__name__ for c in app.registered_commands}
    assert rows and len(rows) == len(set(rows))
    assert set(rows) == commands
