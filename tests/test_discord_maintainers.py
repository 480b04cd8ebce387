"""Maintainers in chat, end to end: the real discord.py client against tests.fakediscord."""

from __future__ import annotations

import textwrap
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot.config import load_settings
from bot.discord_app import FactBot
from bot.discord_commands import is_maintainer
from bot.service import FactService
from bot.state import StateStore
from tests.conftest import WriteFacts
from tests.discord_fixtures import async_test, running_client
from tests.fakediscord import FakeDiscord

FACTS = """
source: Team history
facts:
  - id: renamed
    date: 2020-06
    text: The product was renamed from Tally to Acme Ledger.
    questions: [when was the product renamed]
  - id: office-move
    date: 2019-09
    text: The team moved to the Canal Street office in Manchester.
"""


class Place:
    """A fact folder with its databases; opens a service the way 'factbot run' does."""

    def __init__(self, folder: Path, tmp: Path) -> None:
        self.folder, self.db, self.state_path = folder, tmp / "facts.db", tmp / "state.db"

    @asynccontextmanager
    async def bot(self, fake: FakeDiscord, role: str = "maintainer") -> AsyncIterator[FactBot]:
        with StateStore(self.state_path) as state:
            service = FactService.open(self.folder, self.db, state)
            settings = load_settings(
                discord_token=fake.token,
                discord_api=fake.api_base,
                discord_gateway=fake.gateway_url,
                guild=int(fake.guild_id),
                maintainer_role=role,
            )
            bot = FactBot(service, state, settings, guild_ready_timeout=0.1)
            try:
                async with running_client(bot, fake):
                    yield bot
            finally:
                service.close()


@pytest.fixture
def place(write_facts: WriteFacts, tmp_path: Path) -> Iterator[Place]:
    yield Place(write_facts(history=FACTS), tmp_path)


async def command(
    fake: FakeDiscord, options: dict[str, Any], *, user: str = "alice", name: str = "fact"
) -> dict[str, Any]:
    """Run a slash command and return what the user finally sees (callback or followup)."""
    interaction = await fake.send_interaction(name, options, user=user)
    callback = await fake.wait_for_callback(interaction.id)
    if callback.type == 5:  # deferred: the followup replaces the "thinking" message
        assert callback.message is not None
        return await fake.wait_for_message(
            lambda m: m["id"] == callback.message["id"] and m["content"],
            timeout=10,  # type: ignore[index]
        )
    return callback.data  # type: ignore[no-any-return]


async def ask(fake: FakeDiscord, question: str, user: str = "bob") -> dict[str, Any]:
    return await command(fake, {"question": question}, user=user, name="ask")


@async_test(timeout=60)
async def test_a_maintainer_adds_edits_retires_and_restores_and_the_next_ask_follows(
    fake_discord: FakeDiscord, place: Place
) -> None:
    fake = fake_discord
    async with place.bot(fake):
        declined = await ask(fake, "when did we move to Azure?")
        assert declined["embeds"][0]["title"].startswith("I don't know")
        added = await command(
            fake,
            {
                "add": {
                    "id": "azure",
                    "date": "2022-02",
                    "text": "We moved our hosting to Azure.",
                    "questions": "when did we go to azure; azure migration",
                    "tags": "cloud; hosting",
                }
            },
        )
        assert added["content"].startswith("Added `azure`.")
        assert (await ask(fake, "when did we move to Azure?"))["embeds"][0][
            "title"
        ] == "February 2022"
        edited = await command(fake, {"edit": {"id": "azure", "date": "2022-04"}})
        assert "date: 2022-02 → 2022-04" in edited["content"]
        assert (await ask(fake, "when did we move to Azure?"))["embeds"][0]["title"] == "April 2022"
        await command(fake, {"retire": {"id": "azure"}})
        retired = await ask(fake, "when did we move to Azure?")
        assert retired["embeds"][0]["title"].startswith("I don't know")
        await command(fake, {"restore": {"id": "azure"}})
        assert (await ask(fake, "when did we move to Azure?"))["embeds"][0]["title"] == "April 2022"
        history = await command(fake, {"history": {"id": "azure"}})
        assert [
            w
            for w in ("add", "edit", "retire", "restore")
            if f" {w} by alice" in history["content"]
        ] == ["add", "edit", "retire", "restore"]
        bad = await command(fake, {"edit": {"id": "azure", "date": "2022-13"}})
        assert bad["content"].startswith("Nothing changed:") and "month 13" in bad["content"]


@async_test(timeout=60)
async def test_a_non_maintainer_is_refused_and_nothing_changes(
    fake_discord: FakeDiscord, place: Place
) -> None:
    fake = fake_discord
    async with place.bot(fake) as bot:
        before = place.db.read_bytes()
        for options in (
            {"add": {"id": "x", "date": "2022", "text": "Sneaky."}},
            {"edit": {"id": "renamed", "text": "Sneaky."}},
            {"retire": {"id": "renamed"}},
            {"history": {"id": "renamed"}},
        ):
            reply = await command(fake, options, user="bob")
            assert reply["content"].startswith("Only maintainers") and reply["flags"] & 64
        for name in ("unanswered", "reload"):
            reply = await command(fake, {}, user="bob", name=name)
            assert reply["content"].startswith("Only maintainers")
        assert place.db.read_bytes() == before
        assert bot.service.history() == []


def test_maintainer_commands_are_refused_in_direct_messages() -> None:
    settings = load_settings(maintainer_role="maintainer")
    dm = SimpleNamespace(guild=None, user=SimpleNamespace(id=1))
    assert is_maintainer(dm, settings) is False  # type: ignore[arg-type]


@async_test(timeout=60)
async def test_edits_survive_a_restart_and_a_reload_and_broken_files_keep_the_old_answers(
    fake_discord: FakeDiscord, place: Place
) -> None:
    fake = fake_discord
    async with place.bot(fake):
        await command(
            fake, {"add": {"id": "azure", "date": "2022-02", "text": "We moved to Azure."}}
        )
        await command(fake, {"edit": {"id": "renamed", "text": "The product became Acme Ledger."}})
    async with place.bot(fake):  # a restart
        answer = await ask(fake, "when was the product renamed?")
        assert "became Acme Ledger" in answer["embeds"][0]["description"]
        (place.folder / "history.yaml").write_text(
            textwrap.dedent(FACTS).lstrip() + "  - id: broken\n    date: 2019-13\n    text: Bad.\n"
        )
        broken = await command(fake, {}, name="reload")
        assert "still serving the previous facts" in broken["content"]
        assert "history.yaml:" in broken["content"] and "month 13" in broken["content"]
        still = await ask(fake, "when did we move to Azure?")
        assert still["embeds"][0]["title"] == "February 2022"
        (place.folder / "history.yaml").write_text(
            textwrap.dedent(FACTS).lstrip().replace("Canal Street", "Salford Quays")
        )
        reloaded = await command(fake, {}, name="reload")
        assert (
            reloaded["content"].startswith("Reloaded.")
            and "changed: office-move" in reloaded["content"]
        )
        kept = await ask(fake, "when was the product renamed?")
        assert "became Acme Ledger" in kept["embeds"][0]["description"]
        moved = await ask(fake, "when did the team move to the Salford Quays office?")
        assert moved["embeds"][0]["title"] == "September 2019"


@async_test(timeout=60)
async def test_unanswered_lists_a_declined_question_and_attaching_it_answers_it_next_time(
    fake_discord: FakeDiscord, place: Place
) -> None:
    fake = fake_discord
    question = "when did we ditch Tally as a name?"
    async with place.bot(fake):
        first = await ask(fake, question)
        assert first["embeds"][0]["title"].startswith("I don't know")
        listed = await command(fake, {}, name="unanswered")
        assert f"“{question}” ×1" in listed["content"]
        await command(fake, {"edit": {"id": "renamed", "questions": question}})
        again = await ask(fake, question)
        assert again["embeds"][0]["title"] == "June 2020"


@async_test(timeout=60)
async def test_the_role_may_be_given_by_id_and_manage_server_is_enough(
    fake_discord: FakeDiscord, place: Place
) -> None:
    fake = fake_discord
    async with place.bot(fake, role=fake.maintainer_role_id):
        by_role_id = await command(fake, {"retire": {"id": "office-move"}}, user="alice")
        assert by_role_id["content"].startswith("Retired `office-move`.")
        by_owner = await command(fake, {"restore": {"id": "office-move"}}, user="owner")
        assert by_owner["content"].startswith("Restored `office-move`.")
