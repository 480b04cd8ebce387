from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings


def test_environment_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "secret.token.value")
    monkeypatch.setenv("FACTBOT_GUILD", "1234")
    monkeypatch.setenv("FACTBOT_COOLDOWN", "3/30")
    monkeypatch.setenv("FACTBOT_DB", str(tmp_path / "f.db"))
    settings = load_settings()
    assert settings.token() == "secret.token.value"
    assert settings.guild == 1234
    assert settings.cooldown_rate == (3, 30.0)
    assert settings.db_path(tmp_path) == tmp_path / "f.db"
    assert settings.state_path(tmp_path / "f.db") == tmp_path / "f-state.db"
    assert "secret.token.value" not in repr(settings)
    assert "secret.token.value" not in str(settings.model_dump())


def test_toml_file_and_environment_precedence(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / "factbot.toml"
    config.write_text('guild = 42\ncooldown = "2/5"\nmaintainer_role = "curators"\n')
    settings = load_settings(config)
    assert (settings.guild, settings.cooldown_rate, settings.maintainer_role) == (
        42,
        (2, 5.0),
        "curators",
    )
    monkeypatch.setenv("FACTBOT_GUILD", "7")
    assert load_settings(config).guild == 7  # the environment wins over the file


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"FACTBOT_GUILD": "not-a-number"}, "FACTBOT_GUILD"),
        ({"FACTBOT_COOLDOWN": "fast"}, "FACTBOT_COOLDOWN: Value error, write it as"),
    ],
)
def test_bad_settings_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], words: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=words):
        load_settings()


def test_missing_token_and_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="DISCORD_TOKEN is not set"):
        load_settings().token()
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_settings(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("guild = = 3\n")
    with pytest.raises(ConfigError, match=r"broken\.toml"):
        load_settings(broken)
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("gild = 3\n")
    with pytest.raises(ConfigError, match="FACTBOT_GILD"):
        load_settings(unknown)
