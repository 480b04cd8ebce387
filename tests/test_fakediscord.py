"""A real discord.py client against tests.fakediscord: the harness itself, no factbot code."""

from __future__ import annotations

import asyncio
import io
from typing import Any

import discord
import pytest
from discord import app_commands

from tests import discord_fixtures
from tests.discord_fixtures import async_test, running_client
from tests.fakediscord import FakeDiscord, FakeDiscordRejected, FakeDiscordTimeout

# Make the fixtures visible here (bound by assignment: importing the names trips ruff's F811).
# Redundant, and harmless, once conftest.py imports them.
discord_loop = discord_fixtures.discord_loop
fake_discord = discord_fixtures.fake_discord

PONG = discord.AllowedMentions.none()


def make_intents(message_content: bool = True) -> discord.Intents:
    intents = discord.Intents.default()
    intents.message_content = message_content
    return intents


def make_client(cls: type[discord.Client] = discord.Client, **options: Any) -> discord.Client:
    options.setdefault("intents", make_intents())
    # guild_ready_timeout: discord.py waits this long after the last GUILD_CREATE before
    # on_ready (default 2 s); the fake sends every GUILD_CREATE right after READY.
    return cls(chunk_guilds_at_startup=False, guild_ready_timeout=0.1, **options)


class NoIdentifyDelayClient(discord.Client):
    """discord.py sleeps 5 s before every non-initial IDENTIFY; tests need not."""

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None


def add_pong_responder(client: discord.Client, seen: list[discord.Message] | None = None) -> None:
    @client.event
    async def on_message(message: discord.Message) -> None:
        if seen is not None:
            seen.append(message)
        if message.author == client.user or message.content != "ping":
            return
        await message.channel.send("pong", allowed_mentions=PONG)


def is_pong(message: dict[str, Any]) -> bool:
    return bool(message["content"] == "pong")


@async_test
async def test_login_ready_and_reply(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    client = make_client()
    readied = asyncio.Event()
    saw_own_message = asyncio.Event()
    seen: list[discord.Message] = []

    @client.event
    async def on_ready() -> None:
        readied.set()

    @client.event
    async def on_message(message: discord.Message) -> None:
        seen.append(message)
        if message.author == client.user:
            saw_own_message.set()  # Discord echoes the bot's own messages to it
        elif message.content == "ping":
            await message.channel.send("pong", allowed_mentions=PONG)

    async with running_client(client, fake):
        await asyncio.wait_for(readied.wait(), 1)
        guild = client.get_guild(int(fake.guild_id))
        assert guild is not None and not guild.unavailable
        assert guild.owner_id == int(fake.user("owner")["id"])
        assert [c.name for c in guild.text_channels] == ["general", "facts"]
        assert guild.me is not None and [r.name for r in guild.me.roles] == ["@everyone", "factbot"]
        assert guild.member_count == 5  # members themselves need the GUILD_MEMBERS intent
        assert client.user is not None and client.user.id == int(fake.bot_user["id"])
        assert client.application_id == int(fake.application_id)

        user_msg = await fake.send_message("ping", author="alice")
        reply = await fake.wait_for_message(is_pong)
        post = await fake.wait_for_call("POST", rf"/channels/{fake.channel_id}/messages")
        assert post.json["content"] == "pong"
        assert post.json["allowed_mentions"] == {"parse": []}
        assert post.bot_auth and post.headers["Authorization"] == "<redacted>"
        assert reply["author"]["id"] == fake.bot_user["id"]
        assert reply["mentions"] == []

        await asyncio.wait_for(saw_own_message.wait(), 2)
        assert [(m.id, m.content) for m in seen] == [
            (int(user_msg["id"]), "ping"),
            (int(reply["id"]), "pong"),
        ]
        alice = seen[0].author
        assert isinstance(alice, discord.Member) and alice.id == int(fake.user("alice")["id"])
        assert [r.name for r in alice.roles] == ["@everyone", "maintainer"]

    paths = [(c.method, c.path) for c in fake.calls[:2]]
    assert paths == [("GET", "/users/@me"), ("GET", "/oauth2/applications/@me")]
    assert fake.gateway_queries[0] == {"v": "10", "encoding": "json", "compress": "zlib-stream"}
    identify = next(p for p in fake.gateway_received if p["op"] == 2)
    assert identify["d"]["intents"] & discord.Intents(message_content=True).value
    assert identify["d"]["token"] == "<redacted>"
    assert len([m for m in fake.messages if is_pong(m)]) == 1


def build_tree(client: discord.Client, guild: discord.Object) -> app_commands.CommandTree:
    tree = app_commands.CommandTree(client)

    @tree.command(name="ping", description="Answer pong", guild=guild)
    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong", allowed_mentions=PONG)

    @tree.command(name="fact", description="Look up a fact", guild=guild)
    @app_commands.describe(topic="What to look up")
    async def fact(interaction: discord.Interaction, topic: str) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.followup.send(f"fact about {topic}")

    @fact.autocomplete("topic")
    async def topic_autocomplete(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        topics = ["apollo", "apache", "linux"]
        return [app_commands.Choice(name=t, value=t) for t in topics if t.startswith(current)]

    return tree


@async_test
async def test_slash_command_sync_callback_and_autocomplete(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    client = make_client()
    guild = discord.Object(id=int(fake.guild_id))
    tree = build_tree(client, guild)

    async with running_client(client, fake):
        synced = await tree.sync(guild=guild)
        assert sorted(c.name for c in synced) == ["fact", "ping"]
        put = await fake.wait_for_call(
            "PUT", rf"/applications/{fake.application_id}/guilds/\d+/commands"
        )
        assert [c["name"] for c in put.json] == ["ping", "fact"]

        ping = await fake.send_interaction("ping")
        assert ping.payload["data"]["guild_id"] == fake.guild_id
        cb = await fake.wait_for_callback(ping.id)
        assert cb.type == 4
        assert cb.data["content"] == "pong"
        assert cb.call.query == {"with_response": "1"}
        assert not cb.call.bot_auth  # interaction callbacks carry no bot token

        auto = await fake.send_interaction("fact", {"topic": "ap"}, type=4)
        cb = await fake.wait_for_callback(auto.id)
        assert cb.type == 8
        assert cb.data == {
            "choices": [
                {"name": "apollo", "value": "apollo"},
                {"name": "apache", "value": "apache"},
            ]
        }

        # defer + followup: the first followup replaces the "thinking" message
        slow = await fake.send_interaction("fact", {"topic": "linux"}, user="bob")
        cb = await fake.wait_for_callback(slow.id)
        assert cb.type == 5 and cb.message is not None
        done = await fake.wait_for_message(lambda m: m["content"] == "fact about linux")
        assert done["id"] == cb.message["id"]
        assert done["interaction_metadata"]["user"]["id"] == fake.user("bob")["id"]


@async_test
async def test_edit_original_ephemeral_followup_and_file(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    client = make_client()
    guild = discord.Object(id=int(fake.guild_id))
    tree = app_commands.CommandTree(client)

    @tree.command(name="report", description="Send a report", guild=guild)
    async def report(interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.edit_original_response(content="working", embed=discord.Embed(title="t"))
        await interaction.followup.send("details", ephemeral=True)
        assert interaction.channel is not None
        await interaction.channel.send(  # type: ignore[union-attr]
            "report attached", file=discord.File(io.BytesIO(b"a,b\n1,2\n"), "report.csv")
        )

    async with running_client(client, fake):
        await tree.sync(guild=guild)
        ix = await fake.send_interaction("report")
        cb = await fake.wait_for_callback(ix.id)
        assert cb.body == {"type": 5, "data": {"flags": 64}}
        edit = await fake.wait_for_call("PATCH", rf"/webhooks/\d+/{ix.token}/messages/@original")
        assert edit.json["content"] == "working"
        details = await fake.wait_for_message(lambda m: m["content"] == "details")
        assert details["flags"] & 64 and details["id"] != cb.message["id"]  # type: ignore[index]
        upload = await fake.wait_for_message(lambda m: m["content"] == "report attached")
        assert upload["attachments"][0]["filename"] == "report.csv"
        (post,) = fake.calls_matching("POST", r"/channels/\d+/messages")
        assert post.files[0]["data"] == b"a,b\n1,2\n"
        original = fake.get_message(cb.message["id"])  # type: ignore[index]
        assert original["content"] == "working" and original["flags"] == 64  # no longer loading

        with pytest.raises(FakeDiscordTimeout, match=r"timed out after 0\.01s"):
            await fake.wait_for_message(lambda m: m["content"] == "never", timeout=0.01)


@async_test
async def test_unsynced_command_cannot_be_injected(fake_discord: FakeDiscord) -> None:
    client = make_client()
    async with running_client(client, fake_discord):
        with pytest.raises(LookupError):
            await fake_discord.send_interaction("ping")


@async_test
async def test_button_press_is_answered(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    client = make_client()
    presses: list[int] = []

    class Again(discord.ui.View):
        @discord.ui.button(label="Again", custom_id="again")
        async def again(
            self, interaction: discord.Interaction, button: discord.ui.Button[Any]
        ) -> None:
            presses.append(interaction.user.id)
            await interaction.response.edit_message(content="pressed", view=None)

    @client.event
    async def on_message(message: discord.Message) -> None:
        if message.content == "menu":
            await message.channel.send("choose", view=Again())

    async with running_client(client, fake):
        await fake.send_message("menu")
        menu = await fake.wait_for_message(lambda m: m["content"] == "choose")
        button = menu["components"][0]["components"][0]
        assert button["custom_id"] == "again"

        press = await fake.send_interaction(type=3, custom_id="again", message=menu, user="bob")
        cb = await fake.wait_for_callback(press.id)
        assert cb.type == 7
        assert cb.data["content"] == "pressed"
        assert fake.get_message(menu["id"])["content"] == "pressed"
        assert presses == [int(fake.user("bob")["id"])]


@pytest.mark.parametrize("code", [4000, None], ids=["close-4000", "abrupt"])
@async_test
async def test_gateway_drop_then_resume(fake_discord: FakeDiscord, code: int | None) -> None:
    fake = fake_discord
    client = make_client()
    add_pong_responder(client)
    async with running_client(client, fake):
        await fake.drop_connection(code)
        assert await fake.wait_reconnected() == "resumed"
        await fake.send_message("ping")
        await fake.wait_for_message(is_pong)
    assert fake.identify_count == 1
    assert fake.resume_count == 1


@async_test
async def test_events_sent_while_disconnected_are_replayed(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    client = make_client()
    add_pong_responder(client)
    async with running_client(client, fake):
        await fake.drop_connection(None)
        await fake.send_message("ping")  # buffered in the session, replayed on RESUME
        await fake.wait_for_message(is_pong)
        await fake.wait_resumed()


@async_test
async def test_gateway_drop_then_reidentify(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    client = make_client(NoIdentifyDelayClient)
    add_pong_responder(client)
    readies = 0
    second_ready = asyncio.Event()

    @client.event
    async def on_ready() -> None:
        nonlocal readies
        readies += 1
        if readies == 2:
            second_ready.set()

    async with running_client(client, fake):
        await fake.drop_connection(4000, resumable=False)
        assert await fake.wait_reconnected() == "identified"
        assert fake.invalidated_count == 1  # the RESUME attempt got INVALIDATE_SESSION
        await asyncio.wait_for(second_ready.wait(), 2)
        await fake.send_message("ping")
        await fake.wait_for_message(is_pong)
    assert fake.identify_count == 2


@async_test
async def test_rate_limited_reply_is_retried_and_arrives_once(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    client = make_client()
    add_pong_responder(client)
    fake.rate_limit_next("POST", r"/channels/\d+/messages", retry_after=0.05)
    async with running_client(client, fake):
        await fake.send_message("ping")
        await fake.wait_for_message(is_pong)
    posts = fake.calls_matching("POST", r"/channels/\d+/messages")
    assert [c.status for c in posts] == [429, 200]
    assert posts[0].json == posts[1].json
    assert len([m for m in fake.messages if is_pong(m)]) == 1


@async_test
async def test_server_error_is_retried(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    client = make_client()
    add_pong_responder(client)
    fake.fail_next("POST", r"/channels/\d+/messages", 502)  # discord.py retries after 1 s
    async with running_client(client, fake):
        await fake.send_message("ping")
        await fake.wait_for_message(is_pong)
    assert [c.status for c in fake.calls_matching("POST", r"/channels/\d+/messages")] == [502, 200]


@async_test
async def test_bad_token_is_login_failure(fake_discord: FakeDiscord) -> None:
    client = make_client()
    with pytest.raises(discord.LoginFailure):
        async with running_client(client, fake_discord, token="not-the-token"):
            pass
    (call,) = fake_discord.calls
    assert (call.method, call.path, call.status, call.bot_auth) == ("GET", "/users/@me", 401, False)
    assert call.auth_scheme == "Bot"
    fake_discord.rejected.clear()  # expected


@async_test
async def test_unknown_route_is_reported(fake_discord: FakeDiscord) -> None:
    client = make_client()
    async with running_client(client, fake_discord):
        with pytest.raises(discord.NotFound):
            await client.http.request(discord.http.Route("GET", "/guilds/{g}/bans", g=1))
    assert [(c.method, c.path) for c in fake_discord.unexpected] == [("GET", "/guilds/1/bans")]
    with pytest.raises(AssertionError, match="unexpected route"):
        fake_discord.assert_no_unexpected()
    fake_discord.unexpected.clear()


@async_test
async def test_message_content_needs_the_intent(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    client = make_client(intents=make_intents(message_content=False))
    seen: list[str] = []
    got = asyncio.Event()

    @client.event
    async def on_message(message: discord.Message) -> None:
        seen.append(message.content)
        if len(seen) == 2:
            got.set()

    async with running_client(client, fake):
        await fake.send_message("hello")
        await fake.send_message(f"{fake.bot_mention} hello")
        await asyncio.wait_for(got.wait(), 2)
    assert seen == ["", f"{fake.bot_mention} hello"]


@async_test
async def test_direct_messages(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    client = make_client()
    add_pong_responder(client)

    @client.event
    async def on_ready() -> None:
        bob = await client.fetch_user(int(fake.user("bob")["id"]))
        await bob.send("hello bob")

    async with running_client(client, fake):
        dm = fake.dm_channel("bob")
        hello = await fake.wait_for_message(lambda m: m["content"] == "hello bob")
        assert hello["channel_id"] == dm["id"] and "guild_id" not in hello
        await fake.send_message("ping", author="bob", guild=False)
        pong = await fake.wait_for_message(is_pong)
        assert pong["channel_id"] == dm["id"]
    assert fake.calls_matching("POST", r"/users/@me/channels")


@async_test
async def test_late_or_invalid_callbacks_are_rejected(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    fake.strict = False  # this test makes Discord reject requests on purpose
    client = make_client()
    guild = discord.Object(id=int(fake.guild_id))
    tree = build_tree(client, guild)

    @tree.command(name="long", description="Too long an answer", guild=guild)
    async def long(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("x" * 2001)

    async with running_client(client, fake):
        await tree.sync(guild=guild)
        too_long = await fake.send_interaction("long")
        with pytest.raises(FakeDiscordRejected, match="2000 or fewer"):
            await fake.wait_for_callback(too_long.id)

        fake.ack_deadline = 0.0  # every callback is now too late
        late = await fake.send_interaction("ping")
        with pytest.raises(FakeDiscordRejected, match="Unknown interaction"):
            await fake.wait_for_callback(late.id)


@async_test
async def test_auto_sharded_client_uses_gateway_bot(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    client = make_client(discord.AutoShardedClient)
    add_pong_responder(client)
    async with running_client(client, fake):
        assert client.get_guild(int(fake.guild_id)) is not None
        await fake.send_message("ping")
        await fake.wait_for_message(is_pong)
    assert fake.calls_matching("GET", "/gateway/bot")
    identify = next(p for p in fake.gateway_received if p["op"] == 2)
    assert identify["d"]["shard"] == [0, 1]
