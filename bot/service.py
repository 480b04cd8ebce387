"""The fact base as the bot and the console use it: one store, one engine, loaded once.

``FactService`` owns the open store and the engine built over it, and answers the questions
every front end asks: answer this, suggest phrasings, show this fact, list this period.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.dates import DateError, PartialDate, Period
from bot.engine import Answer, Engine
from bot.facts import Fact
from bot.render import truncate
from bot.store import Store, ensure_db

AUTOCOMPLETE_LIMIT = 25
CHOICE_LIMIT = 100  # Discord's limit on an autocomplete choice


class PeriodError(ValueError):
    """A ``from``/``to`` value that is not a date in YYYY, YYYY-MM or YYYY-MM-DD form."""


class FactService:
    """Answers from one fact database; the store stays open for the life of the service."""

    def __init__(self, store: Store, *, today: dt.date | None = None) -> None:
        self.store = store
        self.engine = Engine(store, today=today)
        self._phrasings: list[str] | None = None

    @classmethod
    def open(cls, facts_dir: Path, db_path: Path, *, today: dt.date | None = None) -> FactService:
        """Bring the database up to date with the fact files and open it."""
        ensure_db(facts_dir, db_path)
        return cls(Store(db_path), today=today)

    def close(self) -> None:
        """Close the store."""
        self.store.close()

    def ask(self, question: str) -> Answer:
        """Answer a question."""
        return self.engine.ask(question)

    def fact(self, fact_id: str) -> Fact | None:
        """The fact with this id, or None."""
        return self.store.get(fact_id)

    def suggest(self, typed: str, *, limit: int = AUTOCOMPLETE_LIMIT) -> list[str]:
        """The fact base's own phrasings closest to what the user has typed so far."""
        phrasings = self.phrasings()
        typed = typed.strip()
        if not typed:
            return phrasings[:limit]
        found = process.extract(
            typed, phrasings, scorer=fuzz.WRatio, limit=limit, processor=str.lower
        )
        return [text for text, score, _ in found if score >= 50]

    def phrasings(self) -> list[str]:
        """Every alternate question of every fact, each once, cut to a choice's length."""
        if self._phrasings is None:
            seen: dict[str, None] = {}
            for question in self.store.questions():
                seen.setdefault(truncate(question, CHOICE_LIMIT), None)
            self._phrasings = list(seen)
        return self._phrasings

    def timeline(
        self, start: str | None, end: str | None, tag: str | None, *, page: int, size: int
    ) -> tuple[list[Fact], bool]:
        """One page of facts in date order, and whether another page follows."""
        period = parse_period(start, end)
        facts = self.store.timeline(
            start=period.start.isoformat(),
            end=period.end.isoformat(),
            tag=tag or None,
            offset=page * size,
            limit=size + 1,
        )
        return facts[:size], len(facts) > size


def parse_period(start: str | None, end: str | None) -> Period:
    """The period from ``start`` to ``end`` (either may be left open).

    >>> parse_period("2016", "2017-03")
    Period(start=datetime.date(2016, 1, 1), end=datetime.date(2017, 3, 31))
    """
    try:
        first = PartialDate.parse(start).period().start if start else dt.date.min
        last = PartialDate.parse(end).period().end if end else dt.date.max
    except DateError as exc:
        raise PeriodError(str(exc)) from None
    if last < first:
        raise PeriodError(f"'to' ({end}) is before 'from' ({start})")
    return Period(first, last)
