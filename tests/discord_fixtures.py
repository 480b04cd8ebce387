"""Pytest fixtures and helpers for testing discord.py code against tests.fakediscord.

Import these from conftest.py::

    from tests.discord_fixtures import afake_discord, discord_loop, fake_discord, run

and the helpers ``async_test``, ``running_client`` and ``patched_discord`` in test modules.

Without pytest-asyncio (the default here) write tests as::

    @async_test
    async def test_reply(fake_discord):
        client = make_client()
        async with running_client(client, fake_discord):
            await fake_discord.send_message("ping")
            await fake_discord.wait_for_message(lambda m: m["content"] == "pong")

``fake_discord`` runs the fake on the ``discord_loop`` event loop, and ``async_test`` runs the
test coroutine on that same loop (the client, the fake and the test must share one loop).

With pytest-asyncio and ``asyncio_mode = "auto"``, plain ``async def`` tests can request
``afake_discord`` instead (an async fixture on pytest-asyncio's loop); ``@async_test`` tests
keep working unchanged because they are ordinary synchronous test functions.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, TypeVar

import discord
import discord.gateway
import discord.http
import pytest
import yarl

from tests.fakediscord import FakeDiscord

T = TypeVar("T")

DEFAULT_TEST_TIMEOUT = 20.0


@contextlib.contextmanager
def patched_discord(fake: FakeDiscord) -> Iterator[FakeDiscord]:
    """Point discord.py's REST base and default gateway at ``fake``; restore on exit."""
    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = fake.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    try:
        yield fake
    finally:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway


@pytest.fixture
def discord_loop() -> Iterator[asyncio.AbstractEventLoop]:
    """A fresh event loop for one test; leftover tasks are cancelled at teardown."""
    loop = asyncio.new_event_loop()
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()


@pytest.fixture
def fake_discord(discord_loop: asyncio.AbstractEventLoop) -> Iterator[FakeDiscord]:
    """A started FakeDiscord with discord.py patched to use it.

    At teardown the fake fails the test if the client hit an unknown route or made a request
    Discord would reject; set ``fake.strict = False`` in tests that do that on purpose.
    """
    fake = FakeDiscord()
    discord_loop.run_until_complete(fake.start())
    try:
        with patched_discord(fake):
            yield fake
    finally:
        discord_loop.run_until_complete(fake.stop())
    if fake.strict:
        fake.assert_no_unexpected()


@pytest.fixture
def run(discord_loop: asyncio.AbstractEventLoop) -> Callable[..., Any]:
    """``run(coro, timeout=20)`` runs a coroutine on the test's loop (for non-decorated tests)."""

    def runner(coro: Awaitable[T], timeout: float = DEFAULT_TEST_TIMEOUT) -> T:
        return discord_loop.run_until_complete(asyncio.wait_for(coro, timeout))

    return runner


def async_test(
    fn: Callable[..., Awaitable[Any]] | None = None, *, timeout: float = DEFAULT_TEST_TIMEOUT
) -> Any:
    """Run an ``async def`` test on the ``discord_loop`` loop, with an overall timeout.

    Usable as ``@async_test`` or ``@async_test(timeout=5)``.
    """
    if fn is None:
        return functools.partial(async_test, timeout=timeout)

    signature = inspect.signature(fn)
    wants_loop = "discord_loop" in signature.parameters

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        loop = kwargs["discord_loop"] if wants_loop else kwargs.pop("discord_loop")
        loop.run_until_complete(asyncio.wait_for(fn(*args, **kwargs), timeout))

    params = list(signature.parameters.values())
    if not wants_loop:
        params.append(inspect.Parameter("discord_loop", inspect.Parameter.KEYWORD_ONLY))
    wrapper.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
    return wrapper


@contextlib.asynccontextmanager
async def running_client(
    client: discord.Client,
    fake: FakeDiscord,
    *,
    token: str | None = None,
    ready_timeout: float = 5.0,
) -> AsyncIterator[discord.Client]:
    """Log ``client`` in to ``fake``, connect it, wait for on_ready; close it on exit.

    Errors from login (e.g. LoginFailure) or from the connection task propagate.
    """
    try:
        await client.login(token if token is not None else fake.token)
    except BaseException:
        await client.close()
        raise
    task = asyncio.create_task(client.connect(), name="discord-client-connect")
    ready = asyncio.create_task(client.wait_until_ready(), name="discord-client-ready")
    try:
        done, _ = await asyncio.wait(
            {task, ready}, timeout=ready_timeout, return_when=asyncio.FIRST_COMPLETED
        )
        if task in done:
            task.result()  # raises what stopped the client
            raise RuntimeError("the client stopped before it became ready")
        if ready not in done:
            raise TimeoutError(f"client not ready after {ready_timeout}s\n{fake.describe()}")
        yield client
    finally:
        ready.cancel()
        await client.close()
        if not task.done():
            await asyncio.wait_for(task, 5.0)
        elif not task.cancelled() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]


# pytest-asyncio (asyncio_mode = "auto") variant: an async fixture on the test's own loop.
# Plain pytest never requests it, so it is harmless without the plugin.
@pytest.fixture
async def afake_discord() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as fake:
        with patched_discord(fake):
            yield fake
    if fake.strict:
        fake.assert_no_unexpected()
