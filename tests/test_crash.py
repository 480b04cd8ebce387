"""A writer killed at any moment leaves the old state or the new one, never half an edit.

A separate process makes chat edits in a loop (each edit: one state transaction, then a
rebuild and swap of the fact database) and is killed with SIGKILL at several points. Then
both databases must pass SQLite's integrity check, every audit entry must agree with the
overlay it describes, and a fresh service must serve exactly what the overlay says.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bot.service import FactService
from bot.state import StateStore
from tests.conftest import WriteFacts

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from bot.service import FactService
    from bot.state import StateStore

    folder, db, state_path = map(Path, sys.argv[1:4])
    state = StateStore(state_path)
    service = FactService.open(folder, db, state)
    n = 0
    while True:
        fact_id = f"chat-{n % 5}"
        if service.fact(fact_id) is None and not service.retired_fact(fact_id):
            service.add_fact({"id": fact_id, "date": "2021", "text": f"Edit {n}."}, actor="w")
        elif service.retired_fact(fact_id):
            service.restore(fact_id, actor="w")
        elif n % 3 == 0:
            service.retire(fact_id, actor="w")
        else:
            service.edit_fact(fact_id, {"text": f"Edit {n}."}, actor="w")
        n += 1
    """
)

FACTS = """
facts:
  - id: base
    date: 2020
    text: A fact from the files.
"""


def audit_count(state_path: Path) -> int:
    if not state_path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{state_path}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


@pytest.mark.parametrize("kill_after", [2, 7, 15])
def test_killing_a_writer_mid_edit_loses_nothing_and_breaks_nothing(
    write_facts: WriteFacts, tmp_path: Path, kill_after: int
) -> None:
    folder = write_facts(history=FACTS)
    db, state_path = tmp_path / "facts.db", tmp_path / "state.db"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(folder), str(db), str(state_path)])
    try:
        deadline = time.monotonic() + 60
        while audit_count(state_path) < kill_after:  # wait for the writer's progress
            assert writer.poll() is None, "the writer died on its own"
            assert time.monotonic() < deadline, "the writer made no progress"
            time.sleep(0.01)
        writer.send_signal(signal.SIGKILL)
    finally:
        writer.kill()
        writer.wait()
    for path in (db, state_path):
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()

    with StateStore(state_path) as state:
        rows = {row.fact_id: row for row in state.overlay_rows()}
        last: dict[str, str] = {}
        for entry in state.history():
            last[entry.fact_id] = entry.action
            if entry.action in ("add", "edit"):
                assert entry.changes["text"][1] is not None
        for fact_id, action in last.items():  # the overlay is what its audit says
            row = rows[fact_id]
            assert row.retired == (action == "retire"), (fact_id, action)
        service = FactService.open(folder, db, state)
        try:
            for fact_id, row in rows.items():
                served = service.fact(fact_id)
                if row.retired:
                    assert served is None
                else:
                    assert served is not None and row.record is not None
                    assert served.text == row.record["text"]
            assert service.fact("base") is not None
            service.edit_fact("base", {"text": "Edited after the crash."}, actor="t")
            assert list(tmp_path.glob("facts.db.building-*")) == []  # the killed build is gone
        finally:
            service.close()


def test_a_failure_between_an_edit_and_its_audit_entry_keeps_neither(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.state import OverlayRow

    with StateStore(tmp_path / "state.db") as state:

        def broken(*args: object, **kwargs: object) -> int:
            raise RuntimeError("disk full")

        monkeypatch.setattr(state, "_audit", broken)
        row = OverlayRow("x", {"id": "x", "date": "2020", "text": "T."}, False, None)
        with pytest.raises(RuntimeError):
            state.change("x", action="add", actor="a", changes={}, row=row)
        monkeypatch.undo()
        assert state.overlay_rows() == [] and state.history() == []
        state.change("x", action="add", actor="a", changes={}, row=row)
        assert [r.fact_id for r in state.overlay_rows()] == ["x"] and len(state.history()) == 1


def test_the_audit_log_is_append_only(tmp_path: Path) -> None:
    with StateStore(tmp_path / "state.db") as state:
        state.log([("x", "file-add", {"text": [None, "T."]})], actor="ci")
    conn = sqlite3.connect(tmp_path / "state.db")
    for statement in ("UPDATE audit SET actor = 'mallory'", "DELETE FROM audit"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(statement)
    assert conn.execute("SELECT actor FROM audit").fetchall() == [("ci",)]
    conn.close()
