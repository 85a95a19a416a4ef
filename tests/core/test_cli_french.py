"""The CLI's help and usage errors are French, for every command (issue: "French everywhere")."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

from desktop.cli import build_parser

ENGLISH = re.compile(
    r"usage:|show this help|error:|the following arguments|unrecognized arguments|"
    r"invalid choice|positional arguments|expected one argument|\b[A-Z]+_[A-Z_]+\b|\bVAULT\b"
)


def every_parser(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found.extend(every_parser(child))
    return found


def test_every_command_help_is_french() -> None:
    parsers = every_parser(build_parser())
    assert len(parsers) > 30
    for parser in parsers:
        text = parser.format_help()
        assert text.startswith("utilisation : "), parser.prog
        assert not ENGLISH.search(text), (parser.prog, ENGLISH.search(text))


def run_egide(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, timeout=60)


def test_usage_errors_are_one_french_line_and_exit_2() -> None:
    unknown = run_egide("cases", "list", "--bogus")
    assert unknown.returncode == 2
    assert "egide : erreur : arguments non reconnus : --bogus" in unknown.stderr
    missing = run_egide("import")
    assert "erreur : arguments obligatoires manquants" in missing.stderr
    wrong = run_egide("cases", "list", "--format", "xml")
    assert "choix inconnu : 'xml'" in wrong.stderr
    for result in (unknown, missing, wrong):
        assert not ENGLISH.search(result.stderr), result.stderr
