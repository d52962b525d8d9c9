from pathlib import Path

import pytest
import typer

import frenemy
from frenemy.cli import app

DOCS = Path(__file__).parent.parent / "docs"
COMMANDS = typer.main.get_command(app).commands


def _all_commands():
    for name, command in COMMANDS.items():
        if hasattr(command, "commands"):  # a group such as `plot`
            yield from ((f"{name} {sub}", c) for sub, c in command.commands.items())
        else:
            yield name, command


@pytest.mark.parametrize("name, command", sorted(_all_commands()))
def test_docs_cover_every_cli_command(name, command):
    assert f"## frenemy {name}\n" in (DOCS / "cli.md").read_text()
    assert command.help, f"frenemy {name} has no help text"


def test_docs_public_api_is_sorted_and_documented():
    assert frenemy.__all__ == sorted(frenemy.__all__, key=str.casefold)
    for name in frenemy.__all__:
        assert getattr(frenemy, name).__doc__, f"frenemy.{name} has no docstring"


def test_docs_architecture_names_every_store_table():
    schema = (Path(frenemy.__file__).parent / "store" / "schema.sql").read_text()
    architecture = (DOCS / "ARCHITECTURE.md").read_text()
    for line in schema.splitlines():
        if line.startswith("CREATE TABLE"):
            table = line.split()[5]
            assert f"`{table}`" in architecture, table
