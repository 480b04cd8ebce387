"""factbot's Discord bot end to end: the real discord.py client against tests.fakediscord."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings, load_settings
from bot.discord_app import FactBot
from bot.service import FactService
from bot.state import StateStore
from bot.store import Store, ensure_db
from tests.conftest import WriteFacts
from tests.discord_fixtures import async_test, running_client
from tests.fakediscord import FakeDiscord

LONG_TEXT = "The archive migration moved every record. " + "It was long and careful. " * 100
FACTS = f"""
source: Team history
facts:
  - id: app-launch
    date: 2021-03
    text: We launched the mobile app to the public.
    questions: [when did the mobile app launch]
    tags: [launch, mobile]
  - id: api-launch
    date: 2022-05-05
    text: We launched the public API for partners.
    tags: [launch, api]
  - id: renamed
    date: 2020-06
    text: The product was renamed from Tally to Acme Ledger.
    questions: [when was the product renamed, what is the new name of the product]
    tags: [rename]
  - id: everyone-ping
    date: 2019
    text: "The office party invite said @everyone and <@&123> would come to Lisbon."
    tags: [party]
  - id: archive-migration
    date: 2018-02
    until: 2018-09
    text: "{LONG_TEXT.strip()}"
    tags: [migration]
""" + "".join(
    f"""
  - id: release-{n}
    date: {2000 + n}
    text: Version {n}.0 was released.
    tags: [release]
"""
    for n in range(1, 16)
)


@pytest.fixture
def facts_dir(write_facts: WriteFacts) -> Path:
    return write_facts(history=FACTS)


@pytest.fixture
def service(facts_dir: Path, tmp_path: Path) -> Iterator[FactService]:
    db = tmp_path / "facts.db"
    ensure_db(facts_dir, db)
    service = FactService(Store(db))
    yield service
    service.close()


@pytest.fixture
def state(tmp_path: Path) -> Iterator[StateStore]:
    state = StateStore(tmp_path / "state.db")
    yield state
    state.close()


def settings_for(fake: FakeDiscord, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "discord_token": fake.token,
        "discord_api": fake.api_base,
        "discord_gateway": fake.gateway_url,
        "guild": int(fake.guild_id),
    }
    values.update(overrides)
    return load_settings(**values)


@asynccontextmanager
async def running_bot(
    fake: FakeDiscord, service: FactService, state: StateStore, **settings: Any
) -> AsyncIterator[FactBot]:
    bot = FactBot(service, state, settings_for(fake, **settings), guild_ready_timeout=0.1)
    async with running_client(bot, fake):
        yield bot


def reply_to(fake: FakeDiscord, message: dict[str, Any]) -> Any:
    """A predicate for the bot's reply to ``message``."""

    def check(sent: dict[str, Any]) -> bool:
        ref = sent.get("message_reference") or {}
        return str(ref.get("message_id")) == str(message["id"])

    return check


def message_posts(fake: FakeDiscord) -> list[Any]:
    return [c for c in fake.calls_matching("POST", r"/channels/\d+/messages") if c.status == 200]


@async_test
async def test_a_mention_is_answered_with_an_embed(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        asked = await fake.send_message(f"{fake.bot_mention} when was the product renamed?")
        reply = await fake.wait_for_message(reply_to(fake, asked))
        embed = reply["embeds"][0]
        assert embed["title"] == "June 2020"
        assert "renamed from Tally to Acme Ledger" in embed["description"]
        assert embed["fields"][0] == {"name": "Source", "value": "Team history", "inline": False}
        assert "fact renamed" in embed["footer"]["text"]
        assert "confidence" in embed["footer"]["text"]
        buttons = [c for row in reply["components"] for c in row["components"]]
        assert [b["custom_id"].split(":")[2] for b in buttons] == ["up", "down"]
        (post,) = message_posts(fake)
        assert post.json["allowed_mentions"] == {"parse": [], "replied_user": False}


@async_test
async def test_a_direct_message_is_answered(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        asked = await fake.send_message("when did the mobile app launch?", guild=False)
        reply = await fake.wait_for_message(reply_to(fake, asked))
        assert reply["embeds"][0]["title"] == "March 2021"
        assert reply["channel_id"] == asked["channel_id"]


@async_test
async def test_bots_and_chatter_not_addressed_to_the_bot_are_ignored(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        from_bot = await fake.send_message(
            f"{fake.bot_mention} when was the product renamed?", author="otherbot"
        )
        chatter = await fake.send_message("when was the product renamed?")
        last = await fake.send_message(f"{fake.bot_mention} when did the mobile app launch?")
        await fake.wait_for_message(reply_to(fake, last))  # events are handled in order
        replied = {str((m.get("message_reference") or {}).get("message_id")) for m in fake.messages}
        assert str(from_bot["id"]) not in replied
        assert str(chatter["id"]) not in replied
        assert len(message_posts(fake)) == 1


@async_test
async def test_slash_ask_is_answered_through_the_interaction_callback(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        names = {c["name"] for c in fake.commands[fake.guild_id]}
        assert {"ask", "timeline", "fact"} <= names
        ask = next(c for c in fake.commands[fake.guild_id] if c["name"] == "ask")
        assert ask["description"] == "Ask factbot a question about the fact base."
        interaction = await fake.send_interaction(
            "ask", {"question": "when was the product renamed?"}
        )
        callback = await fake.wait_for_callback(interaction.id)
        assert callback.type == 4
        assert callback.data["embeds"][0]["title"] == "June 2020"
        assert callback.data["allowed_mentions"] == {"parse": []}


@async_test
async def test_autocomplete_offers_the_fact_bases_phrasings(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        typed = await fake.send_interaction("ask", {"question": "renamd prodct"}, type=4)
        callback = await fake.wait_for_callback(typed.id)
        assert callback.type == 8
        choices = callback.data["choices"]
        assert 1 <= len(choices) <= 25
        assert choices[0]["value"] == "when was the product renamed"
        empty = await fake.send_interaction("ask", {"question": ""}, type=4)
        assert len((await fake.wait_for_callback(empty.id)).data["choices"]) <= 25


@async_test
async def test_an_ambiguous_answer_offers_buttons_and_a_press_shows_the_fact(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        interaction = await fake.send_interaction("ask", {"question": "when did we launch?"})
        callback = await fake.wait_for_callback(interaction.id)
        assert callback.data["embeds"][0]["title"] == "Which one do you mean?"
        buttons = [c for row in callback.data["components"] for c in row["components"]]
        fact_buttons = [b for b in buttons if b["custom_id"].startswith("factbot:fact:")]
        assert {b["custom_id"] for b in fact_buttons} == {
            "factbot:fact:app-launch",
            "factbot:fact:api-launch",
        }
        assert all(len(b["label"]) <= 80 for b in fact_buttons)
        assert callback.message is not None
        press = await fake.send_interaction(
            type=3, custom_id="factbot:fact:api-launch", message=callback.message, user="bob"
        )
        shown = await fake.wait_for_callback(press.id)
        assert shown.type == 4
        assert shown.data["embeds"][0]["title"] == "5 May 2022"
        assert "public API" in shown.data["embeds"][0]["description"]


@async_test
async def test_votes_are_stored_once_per_user(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        interaction = await fake.send_interaction(
            "ask", {"question": "when was the product renamed?"}
        )
        callback = await fake.wait_for_callback(interaction.id)
        buttons = [c for row in callback.data["components"] for c in row["components"]]
        up = next(b["custom_id"] for b in buttons if b["custom_id"].startswith("factbot:vote:up"))
        down = up.replace(":up:", ":down:")
        answer_id = up.rsplit(":", 1)[1]
        replies = []
        for user, custom_id in (("alice", up), ("alice", up), ("bob", up), ("bob", down)):
            press = await fake.send_interaction(
                type=3, custom_id=custom_id, message=callback.message, user=user
            )
            replies.append((await fake.wait_for_callback(press.id)).data)
        assert state.tally(answer_id) == (1, 1)
        assert "already voted" in replies[1]["content"]
        assert "Changed your vote" in replies[3]["content"]
        assert all(r["flags"] & 64 for r in replies)  # ephemeral


@async_test
async def test_timeline_pages_with_previous_and_next(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        interaction = await fake.send_interaction("timeline", {"tag": "release"})
        callback = await fake.wait_for_callback(interaction.id)
        first = callback.data["embeds"][0]
        assert first["description"].count("\n• ") + 1 == 10
        assert first["description"].startswith("• 2001 — Version 1.0")
        buttons = [c for row in callback.data["components"] for c in row["components"]]
        previous, following = buttons
        assert previous["label"] == "Previous" and previous.get("disabled") is True
        press = await fake.send_interaction(
            type=3, custom_id=following["custom_id"], message=callback.message
        )
        second = await fake.wait_for_callback(press.id)
        assert second.type == 7  # the same message, updated
        page = second.data["embeds"][0]["description"]
        assert page.startswith("• 2011 — Version 11.0") and page.count("• ") == 5
        assert "page 2" in second.data["embeds"][0]["title"]
        last_buttons = [c for row in second.data["components"] for c in row["components"]]
        assert last_buttons[1].get("disabled") is True


@async_test
async def test_timeline_rejects_a_bad_date_politely(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        interaction = await fake.send_interaction("timeline", {"from": "2019-13"})
        callback = await fake.wait_for_callback(interaction.id)
        assert callback.data["flags"] & 64
        assert "month 13" in callback.data["content"]


@async_test
async def test_fact_show(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        shown = await fake.send_interaction("fact", {"show": {"id": "renamed"}})
        embed = (await fake.wait_for_callback(shown.id)).data["embeds"][0]
        assert embed["title"] == "June 2020" and "Acme Ledger" in embed["description"]
        missing = await fake.send_interaction("fact", {"show": {"id": "nope"}})
        assert "no fact with id" in (await fake.wait_for_callback(missing.id)).data["content"]


@async_test
async def test_nothing_the_bot_sends_can_ping(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        asked = await fake.send_message(
            f"{fake.bot_mention} who came to the office party in Lisbon? @everyone"
        )
        reply = await fake.wait_for_message(reply_to(fake, asked))
        assert "@everyone" in reply["embeds"][0]["description"]
        assert reply["mention_everyone"] is False and reply["mention_roles"] == []
        interaction = await fake.send_interaction("ask", {"question": "office party @everyone"})
        await fake.wait_for_callback(interaction.id)
        for call in fake.calls:
            body = call.json if isinstance(call.json, dict) else {}
            payload = body.get("data", body) if "/callback" in call.path else body
            if call.method == "POST" and ("/messages" in call.path or "/callback" in call.path):
                assert payload.get("allowed_mentions", {}).get("parse") == [], call


@async_test
async def test_a_long_answer_is_delivered_within_discord_limits(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    assert len(LONG_TEXT) > 2500
    async with running_bot(fake, service, state):
        asked = await fake.send_message(
            f"{fake.bot_mention} how long did the archive migration take?"
        )
        reply = await fake.wait_for_message(reply_to(fake, asked))
        embed = reply["embeds"][0]
        assert embed["title"].startswith("7 months")
        assert 2500 < len(embed["description"]) <= 4096
        total = len(embed["title"]) + len(embed["description"]) + len(embed["footer"]["text"])
        total += sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
        assert total <= 6000


@async_test
async def test_the_cooldown_answers_an_over_eager_user_with_a_short_note(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state, cooldown="2/60"):
        for _ in range(2):
            ok = await fake.send_interaction("ask", {"question": "when was the product renamed?"})
            assert (await fake.wait_for_callback(ok.id)).data.get("embeds")
        third = await fake.send_interaction("ask", {"question": "when was the product renamed?"})
        note = (await fake.wait_for_callback(third.id)).data
        assert note["flags"] & 64 and "ask again in" in note["content"]
        other = await fake.send_interaction("ask", {"question": "when was it renamed?"}, user="bob")
        assert (await fake.wait_for_callback(other.id)).data.get("embeds")  # per user


@async_test
async def test_the_bot_answers_after_the_gateway_drops(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        await fake.drop_connection(code=None)  # the TCP connection is cut mid-session
        assert await fake.wait_reconnected() in ("resumed", "identified")
        asked = await fake.send_message(f"{fake.bot_mention} when did the mobile app launch?")
        reply = await fake.wait_for_message(reply_to(fake, asked), timeout=10)
        assert reply["embeds"][0]["title"] == "March 2021"


@async_test
async def test_a_rate_limited_reply_arrives_exactly_once(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        fake.rate_limit_next("POST", r"/channels/\d+/messages", retry_after=0.05)
        asked = await fake.send_message(f"{fake.bot_mention} when was the product renamed?")
        await fake.wait_for_message(reply_to(fake, asked))
        attempts = fake.calls_matching("POST", r"/channels/\d+/messages")
        assert [c.status for c in attempts] == [429, 200]
        assert len([m for m in fake.messages if reply_to(fake, asked)(m)]) == 1


@async_test
async def test_a_handler_error_is_answered_with_an_apology(
    fake_discord: FakeDiscord,
    service: FactService,
    state: StateStore,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = fake_discord
    real_ask = service.ask

    def broken(question: str) -> Any:
        if "explode" in question:
            raise RuntimeError("the engine broke")
        return real_ask(question)

    monkeypatch.setattr(service, "ask", broken)
    caplog.set_level(logging.INFO)
    async with running_bot(fake, service, state):
        asked = await fake.send_message(f"{fake.bot_mention} explode please")
        apology = await fake.wait_for_message(reply_to(fake, asked))
        assert apology["content"].startswith("Sorry, something went wrong")
        interaction = await fake.send_interaction("ask", {"question": "explode again"})
        callback = await fake.wait_for_callback(interaction.id)
        assert callback.data["content"].startswith("Sorry") and callback.data["flags"] & 64
        still = await fake.send_message(f"{fake.bot_mention} when was the product renamed?")
        assert (await fake.wait_for_message(reply_to(fake, still)))["embeds"]
    assert any("the engine broke" in (r.exc_text or "") or r.exc_info for r in caplog.records)
    assert all(fake.token not in r.getMessage() for r in caplog.records)
    assert fake.token not in caplog.text


@async_test
async def test_a_decline_offers_up_to_three_suggestions(
    fake_discord: FakeDiscord, service: FactService, state: StateStore
) -> None:
    fake = fake_discord
    async with running_bot(fake, service, state):
        asked = await fake.send_message(f"{fake.bot_mention} when did we launch the app on Mars?")
        reply = await fake.wait_for_message(reply_to(fake, asked))
        embed = reply["embeds"][0]
        assert embed["title"].startswith("I don't know")
        buttons = [c for row in reply["components"] for c in row["components"]]
        suggestions = [b for b in buttons if b["custom_id"].startswith("factbot:fact:")]
        assert 1 <= len(suggestions) <= 3
        assert "factbot:fact:app-launch" in {b["custom_id"] for b in suggestions}
