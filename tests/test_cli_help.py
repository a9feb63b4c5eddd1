"""Every command has help text and is documented in the README (as sqlite-utils does)."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from pcc_ingest.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_cli_has_the_documented_commands() -> None:
    assert {"ingest", "text", "export", "eval"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    cmd = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    assert cmd.help and len(cmd.help.strip()) > 20
    assert cmd.help.split()[0] in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented_in_readme(command: str) -> None:
    assert f"pcc-ingest {command}" in README
