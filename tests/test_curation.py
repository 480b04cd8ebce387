"""Maintainers' changes on real files and databases: chat edits, audit, reload, the
'newer change wins' rule, restarts, export round trips."""

from __future__ import annotations

import datetime as dt
import shutil
import string
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.curation import EditError
from bot.facts import fact_record, load_facts
from bot.service import FactService
from bot.state import StateStore
from tests.conftest import WriteFacts

FACTS = """
source: Team history
facts:
  - id: app-launch
    date: 2021-03
    text: We launched the mobile app.
    questions: [when did the app launch]
  - id: renamed
    date: 2020-06
    text: The product was renamed from Tally to Acme Ledger.
  - id: office-move
    date: 2019-09
    text: The team moved to the Canal Street office in Manchester.
"""


class Workspace:
    """A fact folder, its database and state, and a service over them (reopenable)."""

    def __init__(self, folder: Path, tmp: Path) -> None:
        self.folder, self.db, self.state_path = folder, tmp / "facts.db", tmp / "state.db"
        self.state = StateStore(self.state_path)
        self.service = FactService.open(folder, self.db, self.state, today=dt.date(2026, 1, 1))

    def restart(self) -> None:
        self.service.close()
        self.state.close()
        self.state = StateStore(self.state_path)
        self.service = FactService.open(self.folder, self.db, self.state, today=dt.date(2026, 1, 1))

    def write(self, text: str) -> None:
        (self.folder / "history.yaml").write_text(textwrap.dedent(text).lstrip(), "utf-8")

    def close(self) -> None:
        self.service.close()
        self.state.close()


@pytest.fixture
def ws(write_facts: WriteFacts, tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace(write_facts(history=FACTS), tmp_path)
    yield workspace
    workspace.close()


def top(ws: Workspace, question: str) -> str | None:
    answer = ws.service.ask(question)
    return answer.top.fact.id if answer.answered and answer.top else None


def test_add_edit_retire_restore_take_effect_for_the_next_question(ws: Workspace) -> None:
    assert top(ws, "when did we move to Azure?") is None
    ws.service.add_fact(
        {
            "id": "azure",
            "date": "2022-02",
            "text": "We moved our hosting to Azure.",
            "questions": ["when did we go to azure"],
            "tags": ["cloud"],
        },
        actor="alice",
    )
    assert top(ws, "when did we move to Azure?") == "azure"
    change = ws.service.edit_fact("azure", {"date": "2022-04"}, actor="bob")
    assert change.changes == {"date": ["2022-02", "2022-04"]}
    assert ws.service.ask("when did we move to Azure?").top.fact.when == "April 2022"  # type: ignore[union-attr]
    ws.service.retire("azure", actor="alice")
    assert top(ws, "when did we move to Azure?") is None
    assert ws.service.retired_fact("azure")
    ws.service.restore("azure", actor="alice")
    assert top(ws, "when did we move to Azure?") == "azure"
    actions = [(e.action, e.actor) for e in ws.service.history("azure")]
    assert actions == [("add", "alice"), ("edit", "bob"), ("retire", "alice"), ("restore", "alice")]


def test_edit_appends_questions_and_changes_only_the_given_fields(ws: Workspace) -> None:
    ws.service.edit_fact("renamed", {"questions": ["what is the new product name"]}, actor="a")
    fact = ws.service.fact("renamed")
    assert fact is not None
    assert fact.questions == ("what is the new product name",)
    assert fact.text == "The product was renamed from Tally to Acme Ledger."
    assert fact.date.iso() == "2020-06" and fact.source == "Team history"
    ws.service.edit_fact("app-launch", {"questions": ["app release date"]}, actor="a")
    app = ws.service.fact("app-launch")
    assert app is not None and app.questions == ("when did the app launch", "app release date")


@pytest.mark.parametrize(
    ("action", "words"),
    [
        (
            lambda s: s.add_fact({"id": "x", "date": "2019-13", "text": "Bad."}, actor="a"),
            "month 13",
        ),
        (
            lambda s: s.add_fact({"id": "Bad Id", "date": "2019", "text": "Bad."}, actor="a"),
            "lowercase",
        ),
        (
            lambda s: s.add_fact({"id": "renamed", "date": "2019", "text": "Dup."}, actor="a"),
            "already exists",
        ),
        (lambda s: s.add_fact({"id": "y", "date": "2019", "text": "  "}, actor="a"), "empty text"),
        (lambda s: s.edit_fact("renamd", {"text": "x"}, actor="a"), "did you mean 'renamed'"),
        (lambda s: s.edit_fact("renamed", {"until": "2019"}, actor="a"), "before date"),
        (lambda s: s.edit_fact("renamed", {"date": "2020-06"}, actor="a"), "nothing to change"),
        (lambda s: s.restore("renamed", actor="a"), "not retired"),
        (lambda s: s.retire("nope", actor="a"), "no fact with id"),
    ],
)
def test_a_rejected_change_says_what_is_wrong_and_changes_nothing(
    ws: Workspace, action: object, words: str
) -> None:
    before_db = ws.db.read_bytes()
    before_audit = ws.service.history()
    with pytest.raises(EditError, match=words):
        action(ws.service)  # type: ignore[operator]
    assert ws.db.read_bytes() == before_db
    assert ws.service.history() == before_audit


def test_chat_edits_survive_a_restart_and_a_reload(ws: Workspace) -> None:
    ws.service.add_fact({"id": "azure", "date": "2022-02", "text": "We moved to Azure."}, actor="a")
    ws.service.edit_fact("renamed", {"text": "The product became Acme Ledger."}, actor="a")
    ws.service.retire("office-move", actor="a")
    ws.restart()
    report = ws.service.reload()
    assert report.ok and (report.added, report.changed, report.removed) == ([], [], [])
    assert ws.service.fact("azure") is not None
    assert ws.service.fact("renamed").text == "The product became Acme Ledger."  # type: ignore[union-attr]
    assert ws.service.fact("office-move") is None


def test_reload_reports_what_changed_and_audits_file_changes(ws: Workspace) -> None:
    ws.write(
        FACTS.replace("Canal Street office", "Salford Quays office").replace(
            "  - id: renamed\n    date: 2020-06\n"
            "    text: The product was renamed from Tally to Acme Ledger.\n",
            "",
        )
        + "  - id: remote\n    date: 2020-03\n    text: Everyone started working from home.\n"
    )
    report = ws.service.reload(actor="ci")
    assert (report.added, report.changed, report.removed) == (
        ["remote"],
        ["office-move"],
        ["renamed"],
    )
    (entry,) = ws.service.history("office-move")
    assert entry.action == "file-change" and entry.actor == "ci"
    assert "Canal Street" in entry.changes["text"][0] and "Salford" in entry.changes["text"][1]
    assert top(ws, "when did everyone start working from home?") == "remote"


def test_a_broken_file_on_reload_keeps_the_old_base_answering(ws: Workspace) -> None:
    ws.write(FACTS + "  - id: broken\n    date: 2019-02-30\n    text: No such day.\n")
    report = ws.service.reload()
    assert not report.ok
    assert any("history.yaml:" in p and "February 2019 has 28 days" in p for p in report.problems)
    assert top(ws, "when was the product renamed?") == "renamed"
    ws.restart()  # and a restart on broken files still serves the last good base
    assert ws.service.file_problems
    assert top(ws, "when was the product renamed?") == "renamed"


def test_the_newer_change_wins(ws: Workspace) -> None:
    # A chat edit is newer than the file version it was made against: it wins over reloads.
    ws.service.edit_fact("renamed", {"text": "Chat: renamed to Acme Ledger."}, actor="alice")
    assert ws.service.reload().file_wins == []
    assert ws.service.fact("renamed").text == "Chat: renamed to Acme Ledger."  # type: ignore[union-attr]
    # A later change to that fact in the file is newer than the chat edit: the file wins,
    # and the chat version stays in the audit log.
    ws.write(FACTS.replace("renamed from Tally", "renamed (file) from Tally"))
    report = ws.service.reload(actor="ci")
    assert report.file_wins == ["renamed"]
    assert "(file)" in ws.service.fact("renamed").text  # type: ignore[union-attr]
    wins = [e for e in ws.service.history("renamed") if e.action == "file-wins"]
    assert wins and wins[0].changes["chat_version"][0]["text"] == "Chat: renamed to Acme Ledger."
    # A new chat edit after that is newer again.
    ws.service.edit_fact("renamed", {"tags": ["rename"]}, actor="bob")
    assert ws.service.reload().file_wins == []
    assert ws.service.fact("renamed").tags == ("rename",)  # type: ignore[union-attr]


def test_unanswered_questions_are_grouped_newest_first(ws: Workspace) -> None:
    for question in (
        "when did we move to Azure?",
        "When did we move to azure",
        "who is the CEO?",
        "when did we move to Azure ??",
    ):
        ws.state.record_answer(ws.service.ask(question))
    liked = ws.state.record_answer(ws.service.ask("when was the product renamed?"))
    ws.state.vote(liked, 1, -1)
    groups = ws.service.unanswered()
    assert groups[0][0] == "when was the product renamed?"  # voted down counts too
    counts = {q.lower().rstrip("?! "): n for q, n, _ in groups}
    assert counts["when did we move to azure"] == 3 and counts["who is the ceo"] == 1


@st.composite
def fact_values(draw: st.DrawFn, index: int) -> dict[str, object]:
    text_chars = st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters="\x85\u2028\u2029"
    )
    day = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    date = {
        "year": f"{day.year:04d}",
        "month": f"{day.year:04d}-{day.month:02d}",
        "day": day.isoformat(),
    }[precision]
    values: dict[str, object] = {
        "id": f"f{index}-"
        + draw(st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=8)),
        "date": date,
        "text": draw(
            st.text(text_chars, min_size=1, max_size=80).filter(lambda t: t.strip())
        ).strip(),
    }
    if precision != "day" and draw(st.booleans()):
        values["approx"] = draw(st.sampled_from(["early", "mid", "late"]))
    if draw(st.booleans()):
        values["until"] = str(day.year + draw(st.integers(0, 5)))
    values["questions"] = [
        q.strip()
        for q in draw(st.lists(st.text(text_chars, min_size=1, max_size=30), max_size=3))
        if q.strip() and ";" not in q
    ]
    values["tags"] = draw(
        st.lists(st.sampled_from(["a", "b-c", "ünï", "x:y", "#1"]), max_size=3, unique=True)
    )
    if draw(st.booleans()):
        values["source"] = draw(
            st.text(text_chars, min_size=1, max_size=40).filter(lambda t: t.strip())
        ).strip()
    return values


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_export_round_trips(
    data: st.DataObject, write_facts: WriteFacts, tmp_path_factory: pytest.TempPathFactory
) -> None:
    tmp = tmp_path_factory.mktemp("roundtrip")
    ws = Workspace(write_facts(history=FACTS), tmp)
    try:
        added = [data.draw(fact_values(i)) for i in range(data.draw(st.integers(1, 4)))]
        for values in added:
            ws.service.add_fact({k: v for k, v in values.items() if v not in ([], None)}, actor="t")
        ws.service.edit_fact(
            "renamed", {"text": "Renamed: Tally -> Acme Ledger, 'quoted' #1"}, actor="t"
        )
        out = tmp / "export"
        ws.service.export(out)
        exported = load_facts(out)
        assert exported.problems == []
        served = {fid: ws.service.fact(fid) for fid in ws.service.store.ids()}
        assert {f.id: fact_record(f) for f in exported.facts} == {
            fid: fact_record(f) for fid, f in served.items() if f is not None
        }
    finally:
        ws.close()
        shutil.rmtree(tmp, ignore_errors=True)


def test_questions_during_reloads_and_edits_are_answered_from_a_whole_base(ws: Workspace) -> None:
    import threading

    failures: list[BaseException] = []

    def churn() -> None:
        try:
            for n in range(15):
                ws.service.reload()
                ws.service.edit_fact("office-move", {"text": f"Moved office, take {n}."}, actor="t")
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    worker = threading.Thread(target=churn)
    worker.start()
    answers = 0
    while worker.is_alive():
        assert top(ws, "when was the product renamed?") == "renamed"
        answers += 1
    worker.join()
    assert failures == [] and answers > 0
    assert ws.service.fact("office-move").text == "Moved office, take 14."  # type: ignore[union-attr]


def test_watch_reloads_when_a_file_changes(ws: Workspace) -> None:
    import asyncio

    from bot.discord_app import watch_facts

    async def scenario() -> None:
        watcher = asyncio.create_task(watch_facts(ws.service, ws.folder, every=0.02))
        try:
            ws.write(FACTS + "  - id: remote\n    date: 2020-03\n    text: We went remote.\n")
            deadline = asyncio.get_running_loop().time() + 10
            while ws.service.fact("remote") is None:  # reloaded by the watcher
                assert asyncio.get_running_loop().time() < deadline, "the watcher did not reload"
                await asyncio.sleep(0.02)
            ws.write(FACTS + "  - id: broken\n    date: 2020-13\n    text: Bad.\n")
            await asyncio.sleep(0.2)  # several checks: a broken file must change nothing
            assert ws.service.fact("remote") is not None
            assert ws.service.fact("broken") is None
        finally:
            watcher.cancel()

    asyncio.run(scenario())
