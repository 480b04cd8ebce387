"""What happens while factbot runs: answers given, votes, and maintainers' chat edits.

Kept in its own SQLite file (WAL), beside the fact database but never rebuilt with it: the
fact database is derived from the files (and the chat edits kept here) and swapped on every
load; this one only grows. Each chat edit and its audit entry are written in one transaction,
so a crash leaves either both or neither.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import Any, Literal, TypeVar

import sqlite_utils

from bot.engine import Answer
from bot.facts import Fact, parse_fact
from bot.store import Overlay

Vote = Literal[1, -1]


F = TypeVar("F", bound=Callable[..., Any])


def _locked(method: F) -> F:
    @wraps(method)
    def run(self: StateStore, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return run  # type: ignore[return-value]


class StateStore:
    """Answers given and votes cast, in a SQLite file that survives reloads and restarts."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Shared by the event loop and the thread that applies maintainers' changes: every
        # public method holds the lock, so one's transaction never takes in the other's writes.
        self.db = sqlite_utils.Database(sqlite3.connect(path, check_same_thread=False))
        self._lock = threading.RLock()
        self.db.enable_wal()
        self.db.execute("PRAGMA busy_timeout = 5000")
        answers = self.db.table("answers")
        if not answers.exists():
            answers.create(
                {
                    "id": str,
                    "question": str,
                    "status": str,
                    "fact_id": str,
                    "score": float,
                    "user_id": int,
                    "channel_id": int,
                    "asked_at": str,
                },
                pk="id",
            )
            answers.create_index(["asked_at"])
        overlay = self.db.table("overlay")
        if not overlay.exists():
            overlay.create(
                {
                    "fact_id": str,
                    "record": str,
                    "retired": int,
                    "base_hash": str,
                    "updated_at": str,
                    "updated_by": str,
                },
                pk="fact_id",
            )
        audit = self.db.table("audit")
        if not audit.exists():
            audit.create(
                {
                    "id": int,
                    "fact_id": str,
                    "at": str,
                    "actor": str,
                    "action": str,
                    "changes": str,
                    "overlay": int,
                },
                pk="id",
            )
            audit.create_index(["fact_id"])
        for verb in ("UPDATE", "DELETE"):  # append-only, enforced by SQLite itself
            self.db.execute(
                f"CREATE TRIGGER IF NOT EXISTS audit_no_{verb.lower()} BEFORE {verb} ON audit "
                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
            )
        votes = self.db.table("votes")
        if not votes.exists():
            votes.create(
                {"answer_id": str, "user_id": int, "vote": int, "voted_at": str},
                pk=("answer_id", "user_id"),
                foreign_keys=[("answer_id", "answers", "id")],
            )

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction: all its statements are committed together, or none is.

        Statements inside go straight to the sqlite3 connection: sqlite-utils' execute()
        commits each write on its own when no transaction is open.
        """
        conn = self.db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @_locked
    def record_answer(self, answer: Answer, *, user_id: int = 0, channel_id: int = 0) -> str:
        """Keep an answer that was shown; return the id its buttons refer to."""
        answer_id = secrets.token_hex(8)
        top = answer.top
        with self._transaction():
            self.db.conn.execute(
                "INSERT INTO answers (id, question, status, fact_id, score, user_id, channel_id, "
                "asked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    answer_id,
                    answer.question,
                    answer.status,
                    top.fact.id if top and answer.answered else None,
                    round(top.score, 1) if top else None,
                    user_id,
                    channel_id,
                    _now(),
                ),
            )
        return answer_id

    @_locked
    def vote(self, answer_id: str, user_id: int, vote: Vote) -> Literal["new", "changed", "same"]:
        """Record a user's vote on an answer: one per user per answer, the last one counts."""
        with self._transaction():
            row = self.db.conn.execute(
                "SELECT vote FROM votes WHERE answer_id = ? AND user_id = ?", (answer_id, user_id)
            ).fetchone()
            if row is not None and row[0] == vote:
                return "same"
            self.db.conn.execute(
                "INSERT INTO votes (answer_id, user_id, vote, voted_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(answer_id, user_id) DO UPDATE SET vote = excluded.vote, "
                "voted_at = excluded.voted_at",
                (answer_id, user_id, vote, _now()),
            )
        return "new" if row is None else "changed"

    @_locked
    def tally(self, answer_id: str) -> tuple[int, int]:
        """(up, down) votes on an answer."""
        row = self.db.execute(
            "SELECT COALESCE(SUM(vote = 1), 0), COALESCE(SUM(vote = -1), 0) FROM votes "
            "WHERE answer_id = ?",
            (answer_id,),
        ).fetchone()
        return int(row[0]), int(row[1])

    # -- chat edits ----------------------------------------------------------------------------

    @_locked
    def overlay(self) -> Overlay:
        """The chat edits to lay over the file facts, with the version they add up to."""
        facts: dict[str, Fact] = {}
        retired = set()
        for row in self.db.execute("SELECT fact_id, record, retired FROM overlay"):
            if row[1]:
                facts[row[0]] = parse_fact(json.loads(row[1]), path="chat")
            if row[2]:
                retired.add(row[0])
        return Overlay(facts, frozenset(retired), self.overlay_version())

    @_locked
    def overlay_version(self) -> int:
        """The id of the last audit entry that changed the overlay (0 for none)."""
        row = self.db.execute("SELECT MAX(id) FROM audit WHERE overlay = 1").fetchone()
        return int(row[0] or 0)

    @_locked
    def overlay_row(self, fact_id: str) -> OverlayRow | None:
        """The chat edit kept for a fact, if any."""
        found = self._overlay_rows("WHERE fact_id = ?", (fact_id,))
        return found[0] if found else None

    @_locked
    def overlay_rows(self) -> list[OverlayRow]:
        """Every chat edit kept."""
        return self._overlay_rows("ORDER BY fact_id", ())

    def _overlay_rows(self, where: str, args: tuple[str, ...]) -> list[OverlayRow]:
        sql = f"SELECT fact_id, record, retired, base_hash FROM overlay {where}"
        return [
            OverlayRow(str(r[0]), json.loads(r[1]) if r[1] else None, bool(r[2]), r[3])
            for r in self.db.execute(sql, args)
        ]

    @_locked
    def change(
        self,
        fact_id: str,
        *,
        action: str,
        actor: str,
        changes: dict[str, Any],
        row: OverlayRow | None,
    ) -> int:
        """Keep (or, with ``row=None``, drop) a fact's chat edit, and audit it: one transaction."""
        with self._transaction():
            if row is None:
                self.db.conn.execute("DELETE FROM overlay WHERE fact_id = ?", (fact_id,))
            else:
                self.db.conn.execute(
                    "INSERT INTO overlay (fact_id, record, retired, base_hash, updated_at, "
                    "updated_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(fact_id) DO UPDATE SET "
                    "record = excluded.record, retired = excluded.retired, "
                    "base_hash = excluded.base_hash, updated_at = excluded.updated_at, "
                    "updated_by = excluded.updated_by",
                    (
                        fact_id,
                        json.dumps(row.record, ensure_ascii=False) if row.record else None,
                        int(row.retired),
                        row.base_hash,
                        _now(),
                        actor,
                    ),
                )
            return self._audit(fact_id, action, actor, changes, overlay=True)

    @_locked
    def log(self, entries: list[tuple[str, str, dict[str, Any]]], *, actor: str) -> None:
        """Audit changes that came from the files (a reload), in one transaction."""
        with self._transaction():
            for fact_id, action, changes in entries:
                self._audit(fact_id, action, actor, changes, overlay=False)

    def _audit(
        self, fact_id: str, action: str, actor: str, changes: dict[str, Any], *, overlay: bool
    ) -> int:
        cursor = self.db.conn.execute(
            "INSERT INTO audit (fact_id, at, actor, action, changes, overlay) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (fact_id, _now(), actor, action, json.dumps(changes, ensure_ascii=False), int(overlay)),
        )
        return int(cursor.lastrowid or 0)

    @_locked
    def history(self, fact_id: str | None = None, *, limit: int = 200) -> list[AuditEntry]:
        """Audit entries, oldest first: every change to one fact, or the latest of all."""
        if fact_id is None:
            sql = "SELECT * FROM (SELECT * FROM audit ORDER BY id DESC LIMIT ?) ORDER BY id"
            rows = self.db.execute(sql, (limit,)).fetchall()
        else:
            sql = "SELECT * FROM audit WHERE fact_id = ? ORDER BY id LIMIT ?"
            rows = self.db.execute(sql, (fact_id, limit)).fetchall()
        return [
            AuditEntry(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), json.loads(r[5]))
            for r in rows
        ]

    # -- questions -------------------------------------------------------------------------------

    @_locked
    def unanswered(self, *, limit: int = 500) -> list[tuple[str, str]]:
        """Recent questions that were declined or voted down: (question, asked_at), newest first."""
        rows = self.db.execute(
            "SELECT question, asked_at FROM answers WHERE status = 'declined' "
            "OR id IN (SELECT answer_id FROM votes WHERE vote = -1) "
            "ORDER BY asked_at DESC, rowid DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [(str(r[0]), str(r[1])) for r in rows]

    @_locked
    def answered(self) -> list[tuple[str, str]]:
        """Questions answered with a fact, never voted down: (question, fact id), oldest first."""
        rows = self.db.execute(
            "SELECT question, fact_id FROM answers WHERE status = 'answered' "
            "AND fact_id IS NOT NULL "
            "AND id NOT IN (SELECT answer_id FROM votes WHERE vote = -1) ORDER BY asked_at, rowid"
        ).fetchall()
        return [(str(r[0]), str(r[1])) for r in rows]

    @_locked
    def known_answer(self, answer_id: str) -> bool:
        """Tell whether an answer with this id was recorded."""
        return (
            self.db.execute("SELECT 1 FROM answers WHERE id = ?", (answer_id,)).fetchone()
            is not None
        )


@dataclass(frozen=True)
class OverlayRow:
    """A fact's chat edit: its chat version (None: the file's), retired or not, and the hash
    of the file version it was made against (None for a fact added in chat)."""

    fact_id: str
    record: dict[str, Any] | None
    retired: bool
    base_hash: str | None


@dataclass(frozen=True)
class AuditEntry:
    """One change to a fact: who, when, what, and each changed field's before and after."""

    id: int
    fact_id: str
    at: str
    actor: str
    action: str
    changes: dict[str, Any]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
