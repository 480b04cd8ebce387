"""``factbot run`` as its own process against the fake Discord: answers, stops cleanly, and
refuses a bad or missing token with one line and exit status 2."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import WriteFacts
from tests.discord_fixtures import async_test
from tests.fakediscord import FakeDiscord

FACTS = """
facts:
  - id: renamed
    date: 2020-06
    text: The product was renamed from Tally to Acme Ledger.
    questions: [when was the product renamed]
"""


def bot_env(fake: FakeDiscord, tmp_path: Path, facts: Path, token: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACTBOT_", "DISCORD_"))}
    env.update(
        DISCORD_TOKEN=token,
        FACTBOT_DISCORD_API=fake.api_base,
        FACTBOT_DISCORD_GATEWAY=fake.gateway_url,
        FACTBOT_GUILD=fake.guild_id,
        FACTBOT_FACTS=str(facts),
        FACTBOT_DB=str(tmp_path / "facts.db"),
        FACTBOT_HEARTBEAT=str(tmp_path / "heartbeat"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    return env


async def wait_until_serving(fake: FakeDiscord) -> None:
    """The bot process has identified and synced its commands."""
    await fake.wait_ready_sent(timeout=30)
    await fake.wait_for_call(
        "PUT", rf"/applications/\d+/guilds/{fake.guild_id}/commands", timeout=30
    )


def replies_to(message: dict[str, object]) -> Callable[[dict[str, object]], bool]:
    def check(sent: dict[str, object]) -> bool:
        reference = sent.get("message_reference") or {}
        return str(reference.get("message_id")) == str(message["id"])  # type: ignore[union-attr]

    return check


async def start_bot(env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "run",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


@async_test(timeout=60)
async def test_factbot_run_answers_a_mention_and_stops_on_sigterm(
    fake_discord: FakeDiscord, tmp_path: Path, write_facts: WriteFacts
) -> None:
    fake = fake_discord
    env = bot_env(fake, tmp_path, write_facts(history=FACTS), fake.token)
    process = await start_bot(env)
    try:
        await wait_until_serving(fake)
        asked = await fake.send_message(f"{fake.bot_mention} when was the product renamed?")
        reply = await fake.wait_for_message(
            replies_to(asked),
            timeout=30,
        )
        assert reply["embeds"][0]["title"] == "June 2020"
        heartbeat = Path(env["FACTBOT_HEARTBEAT"])
        deadline = asyncio.get_running_loop().time() + 20
        while not heartbeat.exists():  # written once discord.py reports the bot ready
            assert asyncio.get_running_loop().time() < deadline, "no heartbeat"
            await asyncio.sleep(0.05)
        health = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.cli",
            "health",
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(health.communicate(), 30)
        assert health.returncode == 0, err.decode()
        assert out.decode().startswith("healthy")
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 0, stderr.decode()
    assert fake.token not in stderr.decode()


@pytest.mark.parametrize("token", ["wrong.token", ""])
@async_test(timeout=60)
async def test_a_rejected_or_missing_token_is_one_line_and_exit_2(
    fake_discord: FakeDiscord, tmp_path: Path, write_facts: WriteFacts, token: str
) -> None:
    fake_discord.strict = False  # the 401 for the wrong token is the point of this test
    env = bot_env(fake_discord, tmp_path, write_facts(history=FACTS), token)
    process = await start_bot(env)
    _, stderr = await asyncio.wait_for(process.communicate(), 45)
    assert process.returncode == 2
    lines = [line for line in stderr.decode().splitlines() if line.startswith("error:")]
    assert len(lines) == 1, stderr.decode()
    assert "Traceback" not in stderr.decode()
    assert "DISCORD_TOKEN" in lines[0]
    assert not token or token not in stderr.decode()


@async_test(timeout=60)
async def test_sigterm_lets_the_reply_in_flight_finish(
    fake_discord: FakeDiscord, tmp_path: Path, write_facts: WriteFacts
) -> None:
    fake = fake_discord
    env = bot_env(fake, tmp_path, write_facts(history=FACTS), fake.token)
    process = await start_bot(env)
    try:
        await wait_until_serving(fake)
        fake.rate_limit_next("POST", r"/channels/\d+/messages", retry_after=1.0)
        asked = await fake.send_message(f"{fake.bot_mention} when was the product renamed?")
        limited = await fake.wait_for_call("POST", r"/channels/\d+/messages", timeout=30)
        assert limited.status == 429  # the reply is now waiting out the rate limit
        process.send_signal(signal.SIGTERM)
        reply = await fake.wait_for_message(
            replies_to(asked),
            timeout=30,
        )
        assert reply["embeds"][0]["title"] == "June 2020"
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 0, stderr.decode()
