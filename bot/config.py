"""Settings from the environment (and an optional TOML file), validated once.

This is the only module that reads ``os.environ``. Every setting has an environment variable
(``FACTBOT_*``, and ``DISCORD_TOKEN``); a TOML file given with ``--config`` may hold the same
keys in lowercase without the prefix (``guild = 123``). The environment wins over the file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from bot.store import default_db_path

DEFAULT_API = "https://discord.com/api/v10"
_COOLDOWN_RE = re.compile(r"\s*(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*s?\s*")


class ConfigError(Exception):
    """The settings are missing or malformed; the message says which and how to fix it."""


class Settings(BaseSettings):
    """Everything factbot can be configured with."""

    model_config = SettingsConfigDict(env_prefix="FACTBOT_", extra="forbid", frozen=True)

    discord_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("DISCORD_TOKEN", "discord_token")
    )
    facts: Path | None = None
    db: Path | None = None
    guild: int | None = None
    maintainer_role: str | None = None
    discord_api: str = DEFAULT_API
    discord_gateway: str | None = None
    cooldown: str = "5/10"
    heartbeat: Path | None = None
    state_db: Path | None = None

    @field_validator("cooldown")
    @classmethod
    def _check_cooldown(cls, value: str) -> str:
        if not _COOLDOWN_RE.fullmatch(value):
            raise ValueError("write it as QUESTIONS/SECONDS, for example 5/10")
        return value

    @property
    def cooldown_rate(self) -> tuple[int, float]:
        """(questions, seconds) a user may ask within."""
        match = _COOLDOWN_RE.fullmatch(self.cooldown)
        assert match is not None
        return int(match[1]), float(match[2])

    def facts_dir(self, option: Path | None = None) -> Path:
        """``--facts``, else FACTBOT_FACTS, else ``./facts`` if present, else the bundled base."""
        if option:
            return Path(option)
        if self.facts:
            return self.facts
        local = Path("facts")
        return local if local.is_dir() else bundled_facts_dir()

    def db_path(self, facts_dir: Path, option: Path | None = None) -> Path:
        """``--db``, else FACTBOT_DB, else a file in the user's data directory."""
        return Path(option) if option else self.db or default_db_path(facts_dir)

    def state_path(self, db_path: Path) -> Path:
        """FACTBOT_STATE_DB, else ``<db>-state.db`` beside the fact database."""
        return self.state_db or db_path.with_name(f"{db_path.stem}-state.db")

    def token(self) -> str:
        """The Discord bot token; ConfigError when it is not set."""
        if self.discord_token is None or not self.discord_token.get_secret_value().strip():
            raise ConfigError("DISCORD_TOKEN is not set; put the bot token in the environment")
        return self.discord_token.get_secret_value().strip()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = settings_cls.model_config.get("toml_file")
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml:
            sources.append(TomlConfigSettingsSource(settings_cls))
        return tuple(sources)


def load_settings(config: Path | None = None, **overrides: Any) -> Settings:
    """Read the settings; raise ConfigError naming each bad value."""
    cls: type[Settings] = Settings
    if config is not None:
        if not config.is_file():
            raise ConfigError(f"{config}: no such configuration file")
        cls = type(
            "FileSettings",
            (Settings,),
            {"model_config": {**Settings.model_config, "toml_file": config}},
        )
    try:
        return cls(**overrides)
    except ValidationError as exc:
        problems = "; ".join(
            f"{_setting_name(error['loc'])}: {error['msg']}" for error in exc.errors()
        )
        raise ConfigError(f"bad configuration: {problems}") from None
    except ValueError as exc:  # a TOML syntax error
        raise ConfigError(f"{config}: {exc}") from None


def _setting_name(loc: tuple[Any, ...]) -> str:
    name = str(loc[0]) if loc else "?"
    return "DISCORD_TOKEN" if name == "discord_token" else f"FACTBOT_{name.upper()}"


def bundled_facts_dir() -> Path:
    """The fact base shipped inside the package (or the repository's facts/ in a checkout)."""
    package = Path(__file__).resolve().parent
    bundled = package / "bundled_facts"
    return bundled if bundled.is_dir() else package.parent / "facts"
