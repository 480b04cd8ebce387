"""Shared fixtures: small fact folders written on disk, and an isolated environment."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.discord_fixtures import discord_loop, fake_discord, run  # noqa: F401  (fixtures)

REPO = Path(__file__).resolve().parent.parent

WriteFacts = Callable[..., Path]


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep tests away from the user's data directory and any FACTBOT_* settings."""
    for name in ("FACTBOT_FACTS", "FACTBOT_DB", "DISCORD_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def write_facts(tmp_path: Path) -> WriteFacts:
    """Write fact files (name -> YAML text) into a fresh folder and return the folder."""
    counter = iter(range(1000))

    def write(files: dict[str, str] | None = None, **named: str) -> Path:
        """Files by full name in ``files``; keyword arguments name ``<keyword>.yaml`` files."""
        folder = tmp_path / f"facts{next(counter)}"
        folder.mkdir()
        by_name = {**(files or {}), **{f"{key}.yaml": text for key, text in named.items()}}
        for name, text in by_name.items():
            (folder / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        return folder

    return write
