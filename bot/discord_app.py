"""The Discord bot: interaction -> engine -> render -> reply. Thin by design.

Everything a reply says comes from ``render``; everything it knows comes from the
``FactService``. Buttons are ``DynamicItem``s whose custom ids carry what they need, so they
keep working after a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import signal
import time
from pathlib import Path
from typing import Any

import discord
import yarl
from discord import app_commands

from bot.config import Settings
from bot.discord_commands import (
    ask_command,
    describe_reload,
    fact_group,
    reload_command,
    timeline_command,
    unanswered_command,
)
from bot.discord_ui import (
    NO_PINGS,
    Cooldown,
    FactButton,
    PageButton,
    VoteButton,
    answer_view,
    embed_of,
)
from bot.facts import fingerprint
from bot.render import (
    CONTENT_LIMIT,
    Card,
    answer_card,
    fact_line,
    fit_card,
    truncate,
)
from bot.service import FactService
from bot.state import StateStore

log = logging.getLogger("factbot.discord")

PAGE_SIZE = 10
HEARTBEAT_SECONDS = 15.0
DRAIN_SECONDS = 10.0
APOLOGY = "Sorry, something went wrong while answering that. It has been logged."
HELP = "Ask me about an event, e.g. “when was the name changed?” or “what happened in 2019?”."


class FactBot(discord.Client):
    """The factbot Discord client: slash commands, mentions and DMs over one FactService."""

    def __init__(
        self, service: FactService, state: StateStore, settings: Settings, **options: Any
    ) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        options.setdefault("chunk_guilds_at_startup", False)
        super().__init__(intents=intents, allowed_mentions=NO_PINGS, **options)
        self.service, self.state, self.settings = service, state, settings
        self.tree = app_commands.CommandTree(self)
        self.tree.on_error = self.on_command_error  # type: ignore[method-assign]
        self.cooldown = Cooldown(*settings.cooldown_rate)
        self._inflight: set[asyncio.Task[Any]] = set()
        self._heartbeat: asyncio.Task[None] | None = None
        self.tree.add_command(ask_command)
        self.tree.add_command(timeline_command)
        self.tree.add_command(unanswered_command)
        self.tree.add_command(reload_command)
        self.tree.add_command(fact_group)

    async def setup_hook(self) -> None:
        self.add_dynamic_items(FactButton, VoteButton, PageButton)
        if self.settings.guild:
            guild = discord.Object(id=self.settings.guild)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)
        else:
            await self.tree.sync()
        if self.settings.heartbeat:
            self._heartbeat = asyncio.create_task(self._beat(self.settings.heartbeat))

    # -- messages ----------------------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or self.user is None:
            return
        if message.guild is not None and self.user not in message.mentions:
            return  # chatter not addressed to the bot
        question = re.sub(rf"<@!?{self.user.id}>", " ", message.content).strip()
        with self._tracked():
            try:
                if not question:
                    await message.reply(HELP, mention_author=False, allowed_mentions=NO_PINGS)
                    return
                wait = self.cooldown.retry_after(message.author.id)
                if wait:
                    await message.reply(
                        f"Easy there — ask again in {wait:.0f} s.",
                        mention_author=False,
                        allowed_mentions=NO_PINGS,
                    )
                    return
                embed, view = self.answer_message(question, message.author.id, message.channel.id)
                await message.reply(
                    embed=embed, view=view, mention_author=False, allowed_mentions=NO_PINGS
                )
            except Exception:
                log.exception(
                    "failed to answer message %s from user %s in channel %s",
                    message.id,
                    message.author.id,
                    message.channel.id,
                )
                with contextlib.suppress(discord.HTTPException):
                    await message.reply(APOLOGY, mention_author=False, allowed_mentions=NO_PINGS)

    # -- answers -----------------------------------------------------------------------------

    def answer_message(
        self, question: str, user_id: int, channel_id: int
    ) -> tuple[discord.Embed, discord.ui.View]:
        """Answer a question: the embed and the buttons that go with it."""
        answer = self.service.ask(question[:CONTENT_LIMIT])
        answer_id = self.state.record_answer(answer, user_id=user_id, channel_id=channel_id)
        return embed_of(answer_card(answer)), answer_view(answer, answer_id)

    async def answer_interaction(
        self, interaction: discord.Interaction[Any], question: str
    ) -> None:
        """Answer ``/ask``: one response, with the cooldown checked first."""
        with self._tracked():
            wait = self.cooldown.retry_after(interaction.user.id)
            if wait:
                await interaction.response.send_message(
                    f"Easy there — ask again in {wait:.0f} s.",
                    ephemeral=True,
                    allowed_mentions=NO_PINGS,
                )
                return
            embed, view = self.answer_message(
                question, interaction.user.id, interaction.channel_id or 0
            )
            await interaction.response.send_message(
                embed=embed, view=view, allowed_mentions=NO_PINGS
            )

    def timeline_page(
        self, start: str, end: str, tag: str, page: int
    ) -> tuple[discord.Embed, discord.ui.View]:
        """One page of the timeline, with Previous/Next buttons."""
        facts, more = self.service.timeline(
            start or None, end or None, tag or None, page=page, size=PAGE_SIZE
        )
        span = f"{start or '…'} – {end or '…'}" if start or end else "all dates"
        title = f"Timeline: {span}" + (f", tag {tag}" if tag else "") + f" (page {page + 1})"
        body = "\n".join(f"• {fact_line(f)}" for f in facts) or "No facts in that period."
        per_line = max(100, 4000 // max(1, len(facts)))
        body = "\n".join(truncate(line, per_line) for line in body.split("\n"))
        view = discord.ui.View(timeout=None)
        view.add_item(PageButton("Previous", max(0, page - 1), start, end, tag, disabled=page == 0))
        view.add_item(PageButton("Next", page + 1, start, end, tag, disabled=not more))
        return embed_of(fit_card(Card(title, body))), view

    # -- errors, lifecycle -------------------------------------------------------------------

    async def on_command_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError
    ) -> None:
        """One error hook for every command: log with context, apologise once."""
        if isinstance(error, app_commands.TransformerError | app_commands.CheckFailure):
            text = str(error)
        else:
            name = interaction.command.qualified_name if interaction.command else "?"
            log.error(
                "command /%s failed for user %s in guild %s",
                name,
                interaction.user.id,
                interaction.guild_id,
                exc_info=error,
            )
            text = APOLOGY
        send = (
            interaction.followup.send
            if interaction.response.is_done()
            else interaction.response.send_message
        )
        with contextlib.suppress(discord.HTTPException):
            await send(text, ephemeral=True, allowed_mentions=NO_PINGS)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        log.exception("unhandled error in %s", event_method)

    @contextlib.contextmanager
    def _tracked(self) -> Any:
        task = asyncio.current_task()
        if task is not None:
            self._inflight.add(task)
        try:
            yield
        finally:
            if task is not None:
                self._inflight.discard(task)

    async def drain(self, timeout: float = DRAIN_SECONDS) -> None:
        """Wait for the replies being written to finish."""
        pending = {t for t in self._inflight if t is not asyncio.current_task()}
        if pending:
            await asyncio.wait(pending, timeout=timeout)

    async def close(self) -> None:
        if self._heartbeat is not None:
            self._heartbeat.cancel()
        await super().close()

    async def _beat(self, path: Path) -> None:
        """Refresh the heartbeat file while connected (``factbot health`` reads it)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        await self.wait_until_ready()
        while not self.is_closed():
            if self.is_ready() and self.ws is not None and self.ws.open:
                path.write_text(f"{time.time():.0f}\n", encoding="utf-8")
            await asyncio.sleep(HEARTBEAT_SECONDS)


# -- running ------------------------------------------------------------------------------------


def point_at(settings: Settings) -> None:
    """Send REST and the gateway where the settings say (a proxy, or a test fake)."""
    discord.http.Route.BASE = settings.discord_api.rstrip("/")
    if settings.discord_gateway:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway)


async def run_bot(
    settings: Settings,
    service: FactService,
    state: StateStore,
    watch: Path | None = None,
    **options: Any,
) -> None:
    """Run the bot until SIGTERM/SIGINT: then finish the replies in flight and close cleanly.

    Raises discord.LoginFailure for a rejected token and discord.PrivilegedIntentsRequired when
    the message content intent is not enabled for the application.
    """
    point_at(settings)
    bot = FactBot(service, state, settings, **options)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    async with bot:
        runner = asyncio.create_task(bot.start(settings.token()))
        watcher = asyncio.create_task(watch_facts(service, watch)) if watch else None
        stopper = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if watcher is not None:
            watcher.cancel()
        if runner in done:
            stopper.cancel()
            runner.result()
            return
        log.info("stopping: finishing %d replies in flight", len(bot._inflight))
        await bot.drain()
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError):
            await runner


async def watch_facts(service: FactService, folder: Path, *, every: float = 2.0) -> None:
    """Reload when the fact files change (checked every ``every`` seconds, debounced: a change
    is reloaded once the files have stopped changing for one check)."""
    seen = service.store.meta.get("fingerprint", "")  # what is loaded, not what is on disk
    pending: str | None = None
    while True:
        await asyncio.sleep(every)
        current = await asyncio.to_thread(fingerprint, folder)
        if current == seen:
            pending = None
            continue
        if current != pending:
            pending = current  # still being written: wait for it to settle
            continue
        seen, pending = current, None
        report = await asyncio.to_thread(service.reload, actor="watch")
        if report.ok:
            log.info("reloaded fact files: %s", describe_reload(report))
        else:
            log.warning(
                "fact files have problems; still serving the previous facts: %s",
                "; ".join(report.problems[:5]),
            )
