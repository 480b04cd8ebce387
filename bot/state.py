"""What happens while factbot runs: the answers it gave and the votes on them.

Kept in its own SQLite file (WAL), beside the fact database but never rebuilt with it: the
fact database is derived from the files and swapped on every load, this one only grows.
"""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path
from typing import Literal

import sqlite_utils

from bot.engine import Answer

Vote = Literal[1, -1]


class StateStore:
    """Answers given and votes cast, in a SQLite file that survives reloads and restarts."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite_utils.Database(path)
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

    def record_answer(self, answer: Answer, *, user_id: int = 0, channel_id: int = 0) -> str:
        """Keep an answer that was shown; return the id its buttons refer to."""
        answer_id = secrets.token_hex(8)
        top = answer.top
        with self.db.conn:
            self.db.table("answers").insert(
                {
                    "id": answer_id,
                    "question": answer.question,
                    "status": answer.status,
                    "fact_id": top.fact.id if top and answer.answered else None,
                    "score": round(top.score, 1) if top else None,
                    "user_id": user_id,
                    "channel_id": channel_id,
                    "asked_at": _now(),
                }
            )
        return answer_id

    def vote(self, answer_id: str, user_id: int, vote: Vote) -> Literal["new", "changed", "same"]:
        """Record a user's vote on an answer: one per user per answer, the last one counts."""
        table = self.db.table("votes")
        with self.db.conn:
            row = self.db.execute(
                "SELECT vote FROM votes WHERE answer_id = ? AND user_id = ?", (answer_id, user_id)
            ).fetchone()
            if row is not None and row[0] == vote:
                return "same"
            table.upsert(
                {"answer_id": answer_id, "user_id": user_id, "vote": vote, "voted_at": _now()},
                pk=("answer_id", "user_id"),
            )
        return "new" if row is None else "changed"

    def tally(self, answer_id: str) -> tuple[int, int]:
        """(up, down) votes on an answer."""
        row = self.db.execute(
            "SELECT COALESCE(SUM(vote = 1), 0), COALESCE(SUM(vote = -1), 0) FROM votes "
            "WHERE answer_id = ?",
            (answer_id,),
        ).fetchone()
        return int(row[0]), int(row[1])

    def known_answer(self, answer_id: str) -> bool:
        """Tell whether an answer with this id was recorded."""
        return (
            self.db.execute("SELECT 1 FROM answers WHERE id = ?", (answer_id,)).fetchone()
            is not None
        )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
