"""Repository-level checks: the README's two set-up commands, CI calling the test one, lint and types."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    """The commands of the README's first fenced block (the two set-up commands)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```(?:bash|sh|console)?\n(?P<body>.*?)```", text, re.S)
    assert block is not None, "README has no fenced block of set-up commands"
    return [line for line in block.group("body").splitlines() if line.strip() and not line.startswith("#")]


def test_readme_starts_with_exactly_two_setup_commands() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    assert "timeline build seeds/" in commands[0] and "exports/" in commands[0]
    assert "pytest" in commands[1]


def test_readme_test_command_is_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert readme_commands()[1] in ci


def test_seeds_are_unchanged_copies_of_the_shared_seeds() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    for original in sorted(shared.glob("*.txt")):
        assert (ROOT / "seeds" / original.name).read_bytes() == original.read_bytes(), original.name


@pytest.mark.parametrize(
    "tool, args",
    [
        ("ruff", ["check", "timeline", "tests", "benchmarks"]),
        ("ruff", ["format", "--check", "timeline"]),
        ("mypy", []),
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_code_is_lint_and_type_clean(tool: str, args: list[str]) -> None:
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is not installed (it is in the test extra)")
    result = subprocess.run([sys.executable, "-m", tool, *args], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
