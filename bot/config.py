"""Where the facts and the database are: the only reader of ``os.environ``."""

from __future__ import annotations

import os
from pathlib import Path

from bot.store import default_db_path

ENV_FACTS = "FACTBOT_FACTS"
ENV_DB = "FACTBOT_DB"


def bundled_facts_dir() -> Path:
    """The fact base shipped inside the package (or the repository's facts/ in a checkout)."""
    package = Path(__file__).resolve().parent
    bundled = package / "bundled_facts"
    return bundled if bundled.is_dir() else package.parent / "facts"


def resolve_facts_dir(option: str | Path | None) -> Path:
    """``--facts``, else ``$FACTBOT_FACTS``, else ``./facts`` if present, else the bundled base."""
    if option:
        return Path(option)
    if os.environ.get(ENV_FACTS):
        return Path(os.environ[ENV_FACTS])
    local = Path("facts")
    if local.is_dir():
        return local
    return bundled_facts_dir()


def resolve_db_path(option: str | Path | None, facts_dir: Path) -> Path:
    """``--db``, else ``$FACTBOT_DB``, else a file in the user's data directory."""
    if option:
        return Path(option)
    if os.environ.get(ENV_DB):
        return Path(os.environ[ENV_DB])
    return default_db_path(facts_dir)
