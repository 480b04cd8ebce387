"""The fact base as the bot and the console use it: one store, one engine, loaded once.

``FactService`` owns the open store and the engine built over it, and answers the questions
every front end asks: answer this, suggest phrasings, show this fact, list this period. With a
state store and the fact folder it also takes maintainers' changes: each is written (with its
audit entry) to the state database first, then a new fact database is built beside the serving
one and swapped in; questions keep being answered from the old one until the swap.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from bot.curation import (
    Change,
    EditError,
    ReloadReport,
    export_files,
    plan_add,
    plan_edit,
    plan_restore,
    plan_retire,
    reconcile,
    snapshot,
)
from bot.dates import DateError, PartialDate, Period
from bot.engine import Answer, Engine
from bot.facts import Fact, FactsError, Problem, fact_record, load_facts, parse_fact
from bot.render import truncate
from bot.state import AuditEntry, OverlayRow, StateStore
from bot.store import Store, build_db, ensure_db

AUTOCOMPLETE_LIMIT = 25
CHOICE_LIMIT = 100  # Discord's limit on an autocomplete choice
SAME_QUESTION = 80  # token_sort_ratio above which two unanswered questions are grouped


class PeriodError(ValueError):
    """A ``from``/``to`` value that is not a date in YYYY, YYYY-MM or YYYY-MM-DD form."""


class FactService:
    """Answers from one fact database; with ``state`` and ``facts_dir``, also edits it."""

    def __init__(
        self,
        store: Store,
        *,
        today: dt.date | None = None,
        state: StateStore | None = None,
        facts_dir: Path | None = None,
    ) -> None:
        self.store = store
        self.engine = Engine(store, today=today)
        self.today = today
        self.state = state
        self.facts_dir = facts_dir
        self._phrasings: list[str] | None = None
        self._writing = threading.Lock()  # one change or reload at a time
        self.file_problems: list[Problem] = []  # why the last good database is serving
        self._replaced: list[Store] = []

    @classmethod
    def open(
        cls, facts_dir: Path, db_path: Path, state: StateStore, *, today: dt.date | None = None
    ) -> FactService:
        """Bring the database up to date with the fact files and the chat edits, and open it.

        Broken fact files keep the last good database serving (FactsError when there is none).
        """
        try:
            ensure_db(facts_dir, db_path, state.overlay())
        except FactsError as exc:
            if not db_path.is_file():
                raise
            store = Store(db_path)
            if store.meta.get("overlay_version") != str(state.overlay_version()):
                build_db(store.file_base(), db_path, state.overlay())  # keep every chat edit
                store.close()
                store = Store(db_path)
            service = cls(store, today=today, state=state, facts_dir=facts_dir)
            service.file_problems = list(exc.problems)
            return service
        return cls(Store(db_path), today=today, state=state, facts_dir=facts_dir)

    def close(self) -> None:
        """Close the store (and the ones it replaced)."""
        for old in self._replaced:
            old.close()
        self.store.close()

    # -- maintainers' changes -------------------------------------------------------------------

    def add_fact(self, values: dict[str, Any], *, actor: str) -> Change:
        """Add a fact from chat; EditError when it is invalid (then nothing changes)."""
        with self._writing:
            state = self._state()
            rows = snapshot(state.overlay_rows())
            served, file_ids = _Served(self.store), set(self.store.file_hashes())
            _, row, change = plan_add(values, served, file_ids, rows)
            return self._commit(change, row, actor=actor)

    def edit_fact(self, fact_id: str, given: dict[str, Any], *, actor: str) -> Change:
        """Change the given fields of a fact (questions are appended); EditError when invalid."""
        with self._writing:
            state = self._state()
            rows = snapshot(state.overlay_rows())
            hashes = self.store.file_hashes()
            row, change = plan_edit(fact_id, given, _Served(self.store), hashes, rows)
            return self._commit(change, row, actor=actor)

    def retire(self, fact_id: str, *, actor: str) -> Change:
        """Stop a fact answering (reversible with restore)."""
        with self._writing:
            rows = snapshot(self._state().overlay_rows())
            hashes = self.store.file_hashes()
            row, change = plan_retire(fact_id, _Served(self.store), hashes, rows)
            return self._commit(change, row, actor=actor)

    def restore(self, fact_id: str, *, actor: str) -> Change:
        """Bring a retired fact back."""
        with self._writing:
            row, change = plan_restore(fact_id, snapshot(self._state().overlay_rows()))
            return self._commit(change, row, actor=actor)

    def history(self, fact_id: str | None = None) -> list[AuditEntry]:
        """Every change to a fact (or the latest changes to any), oldest first."""
        return self._state().history(fact_id)

    def reload(self, *, actor: str = "reload") -> ReloadReport:
        """Re-read the fact files and swap in a base built from them and the chat edits.

        Broken files change nothing: the report lists their problems, and the serving base
        stays. A chat edit whose file version changed since is replaced ("the newer change
        wins"), and its chat version kept in the audit log.
        """
        with self._writing:
            state = self._state()
            if self.facts_dir is None:
                raise EditError("this service was opened without a fact folder")
            base = load_facts(self.facts_dir)
            if base.problems:
                return ReloadReport(problems=[str(p) for p in sorted(base.problems)])
            report, entries, replaced = reconcile(
                self.store.file_facts(), base, state.overlay_rows()
            )
            for row in replaced:
                file_fact = next((f for f in base.facts if f.id == row.fact_id), None)
                after = fact_record(file_fact) if file_fact else None
                state.change(
                    row.fact_id,
                    action="file-wins",
                    actor=actor,
                    changes={"chat_version": [row.record, after]},
                    row=OverlayRow(row.fact_id, None, True, None) if row.retired else None,
                )
            state.log(entries, actor=actor)
            self._swap(build_db(base, self.store.path, state.overlay()).db_path)
            return report

    def export(self, out: Path, *, include_retired: bool = False) -> list[Path]:
        """Write the fact base with its chat edits in the facts/ format."""
        state = self._state()
        files = self.store.file_facts()
        served = [self.store.get(fact_id) for fact_id in self.store.ids()]
        retired = []
        for row in state.overlay_rows():
            if row.retired:
                fact = (
                    parse_fact(row.record, path="chat")
                    if row.record
                    else files.get(row.fact_id, (None, ""))[0]
                )
                if fact is not None:
                    retired.append(fact)
        paths = {fact_id: fact.path for fact_id, (fact, _) in files.items()}
        return export_files(
            [f for f in served if f is not None],
            retired,
            paths,
            out,
            include_retired=include_retired,
        )

    def retired_fact(self, fact_id: str) -> bool:
        """Tell whether a fact is retired."""
        row = self.state.overlay_row(fact_id) if self.state else None
        return bool(row and row.retired)

    def _commit(self, change: Change, row: OverlayRow | None, *, actor: str = "") -> Change:
        state = self._state()
        state.change(
            change.fact_id, action=change.action, actor=actor, changes=change.changes, row=row
        )
        self._swap(build_db(self.store.file_base(), self.store.path, state.overlay()).db_path)
        return change

    def _swap(self, db_path: Path) -> None:
        store = Store(db_path)
        engine = Engine(store, today=self.today)
        # A question being answered on another thread may still hold the old store: close the
        # one before it, which nothing can still be using, and keep this one until next time.
        for old in self._replaced:
            old.close()
        self._replaced = [self.store]
        self.store, self.engine, self._phrasings = store, engine, None

    def _state(self) -> StateStore:
        if self.state is None:
            raise EditError("this service was opened read-only")
        return self.state

    def ask(self, question: str) -> Answer:
        """Answer a question."""
        return self.engine.ask(question)

    def fact(self, fact_id: str) -> Fact | None:
        """The fact with this id, or None."""
        return self.store.get(fact_id)

    def unanswered(self, *, limit: int = 10) -> list[tuple[str, int, str]]:
        """Recent declined or voted-down questions grouped by similar wording, newest first:
        (question, how many times, last asked)."""
        groups: list[list[Any]] = []
        for question, asked_at in self._state().unanswered():
            text = " ".join(question.split())
            for group in groups:
                if fuzz.token_sort_ratio(text.lower(), group[0].lower()) >= SAME_QUESTION:
                    group[1] += 1
                    break
            else:
                groups.append([text, 1, asked_at])
        return [(g[0], g[1], g[2]) for g in groups[:limit]]

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


class _Served(Mapping[str, Fact]):
    """The served facts by id, read from the store one at a time as a change needs them
    (a change looks at one or two facts, not the whole base)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __getitem__(self, fact_id: str) -> Fact:
        fact = self.store.get(fact_id)
        if fact is None:
            raise KeyError(fact_id)
        return fact

    def __contains__(self, fact_id: object) -> bool:
        return isinstance(fact_id, str) and self.store.get(fact_id) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.store.ids())

    def __len__(self) -> int:
        return self.store.count


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
