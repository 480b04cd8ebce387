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
from collections import defaultdict, deque
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import discord
import yarl
from discord import app_commands

from bot.config import Settings
from bot.curation import Change, EditError, ReloadReport, split_list
from bot.engine import Answer, Match
from bot.facts import Fact, fingerprint
from bot.render import (
    CONTENT_LIMIT,
    Card,
    answer_card,
    button_label,
    fact_card,
    fact_line,
    fit_card,
    history_lines,
    truncate,
)
from bot.service import FactService, PeriodError
from bot.state import StateStore

log = logging.getLogger("factbot.discord")

NO_PINGS = discord.AllowedMentions.none()
PAGE_SIZE = 10
HEARTBEAT_SECONDS = 15.0
DRAIN_SECONDS = 10.0
APOLOGY = "Sorry, something went wrong while answering that. It has been logged."
HELP = "Ask me about an event, e.g. “when was the name changed?” or “what happened in 2019?”."


class Cooldown:
    """At most ``rate`` questions per user within ``per`` seconds."""

    def __init__(self, rate: int, per: float, clock: Callable[[], float] = time.monotonic):
        self.rate, self.per, self.clock = rate, per, clock
        self._hits: dict[int, deque[float]] = defaultdict(deque)

    def retry_after(self, user_id: int) -> float:
        """0 when the user may ask now (and count it); else the seconds until they may."""
        now = self.clock()
        hits = self._hits[user_id]
        while hits and now - hits[0] >= self.per:
            hits.popleft()
        if len(hits) >= self.rate:
            return self.per - (now - hits[0])
        hits.append(now)
        return 0.0


def embed_of(card: Card) -> discord.Embed:
    """A Discord embed from a card (already within Discord's limits)."""
    embed = discord.Embed(
        title=card.title, description=card.description or None, colour=card.colour
    )
    for name, value in card.fields:
        embed.add_field(name=name, value=value, inline=False)
    if card.footer:
        embed.set_footer(text=card.footer)
    return embed


class FactButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"factbot:fact:(?P<fact>[a-z0-9-]+)"
):
    """A button that shows one fact in full."""

    def __init__(self, fact: Fact) -> None:
        super().__init__(
            discord.ui.Button(
                label=button_label(fact),
                style=discord.ButtonStyle.secondary,
                custom_id=f"factbot:fact:{fact.id}",
            )
        )
        self.fact_id = fact.id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> FactButton:
        fact = interaction.client.service.fact(match["fact"])
        if fact is not None:
            return cls(fact)
        button = cls.__new__(cls)  # the fact is gone: the callback says so
        discord.ui.DynamicItem.__init__(button, item)
        button.fact_id = match["fact"]
        return button

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot: FactBot = interaction.client
        fact = bot.service.fact(self.fact_id)
        if fact is None:
            await interaction.response.send_message(
                "That fact is no longer in the fact base.",
                ephemeral=True,
                allowed_mentions=NO_PINGS,
            )
            return
        card = fact_card(Match(fact, 100.0))
        await interaction.response.send_message(embed=embed_of(card), allowed_mentions=NO_PINGS)


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"factbot:vote:(?P<vote>up|down):(?P<answer>[0-9a-f]{16})",
):
    """👍 or 👎 on an answer; one vote per user per answer, the last one counts."""

    def __init__(self, vote: str, answer_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                emoji="👍" if vote == "up" else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"factbot:vote:{vote}:{answer_id}",
            )
        )
        self.vote, self.answer_id = vote, answer_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> VoteButton:
        return cls(match["vote"], match["answer"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot: FactBot = interaction.client
        if not bot.state.known_answer(self.answer_id):
            await interaction.response.send_message(
                "I no longer know that answer.", ephemeral=True, allowed_mentions=NO_PINGS
            )
            return
        outcome = bot.state.vote(
            self.answer_id, interaction.user.id, 1 if self.vote == "up" else -1
        )
        emoji = "👍" if self.vote == "up" else "👎"
        text = {
            "new": f"Thanks, your {emoji} is recorded.",
            "changed": f"Changed your vote to {emoji}.",
            "same": f"You already voted {emoji} on this answer.",
        }[outcome]
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)


class PageButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"factbot:tl:(?P<page>\d+):(?P<start>[\d-]*):(?P<end>[\d-]*):(?P<tag>.*)",
):
    """Previous / Next on a timeline; the custom id carries the page and the filters."""

    def __init__(
        self, label: str, page: int, start: str, end: str, tag: str, disabled: bool = False
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=label,
                style=discord.ButtonStyle.primary,
                disabled=disabled,
                custom_id=f"factbot:tl:{page}:{start}:{end}:{tag}"[:100],
            )
        )
        self.page, self.start, self.end, self.tag = page, start, end, tag

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> PageButton:
        label = getattr(item, "label", None) or ""
        return cls(label, int(match["page"]), match["start"], match["end"], match["tag"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot: FactBot = interaction.client
        embed, view = bot.timeline_page(self.start, self.end, self.tag, self.page)
        await interaction.response.edit_message(embed=embed, view=view)


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


def answer_view(answer: Answer, answer_id: str) -> discord.ui.View:
    """Buttons for an answer: the candidates of an ambiguous one, the suggestions of a declined
    one, and 👍/👎 on every answer."""
    view = discord.ui.View(timeout=None)
    if answer.status == "ambiguous":
        offered = answer.matches[: answer.choices]
    elif answer.status == "declined":
        offered = answer.matches[:3]
    else:
        offered = ()
    for match in offered[:10]:
        if len(f"factbot:fact:{match.fact.id}") <= 100:
            view.add_item(FactButton(match.fact))
    view.add_item(VoteButton("up", answer_id))
    view.add_item(VoteButton("down", answer_id))
    return view


# -- commands ---------------------------------------------------------------------------------


@app_commands.command(name="ask")
@app_commands.describe(question="What you want to know, e.g. “when was the name changed?”")
async def ask_command(
    interaction: discord.Interaction[Any], question: app_commands.Range[str, 1, 300]
) -> None:
    """Ask factbot a question about the fact base."""
    await interaction.client.answer_interaction(interaction, question)


@ask_command.autocomplete("question")
async def _ask_autocomplete(
    interaction: discord.Interaction[Any], current: str
) -> list[app_commands.Choice[str]]:
    return [
        app_commands.Choice(name=p, value=p) for p in interaction.client.service.suggest(current)
    ]


@app_commands.command(name="timeline")
@app_commands.rename(start="from", end="to")
@app_commands.describe(
    start="Earliest date, as YYYY, YYYY-MM or YYYY-MM-DD",
    end="Latest date, as YYYY, YYYY-MM or YYYY-MM-DD",
    tag="Only facts with this tag",
)
async def timeline_command(
    interaction: discord.Interaction[Any],
    start: app_commands.Range[str, 4, 10] | None = None,
    end: app_commands.Range[str, 4, 10] | None = None,
    tag: app_commands.Range[str, 1, 40] | None = None,
) -> None:
    """The facts in date order, ten a page."""
    try:
        embed, view = interaction.client.timeline_page(start or "", end or "", tag or "", 0)
    except PeriodError as exc:
        await interaction.response.send_message(
            f"{exc}.", ephemeral=True, allowed_mentions=NO_PINGS
        )
        return
    await interaction.response.send_message(embed=embed, view=view, allowed_mentions=NO_PINGS)


fact_group = app_commands.Group(
    name="fact", description="Look at the facts; maintainers can also change them."
)


@fact_group.command(name="show")
@app_commands.describe(id="The fact's id, as in the fact files")
async def fact_show(
    interaction: discord.Interaction[Any], id: app_commands.Range[str, 1, 100]
) -> None:
    """Show one fact in full."""
    fact = interaction.client.service.fact(id.strip())
    if fact is None:
        await interaction.response.send_message(
            f"There is no fact with id `{truncate(id, 100)}`.",
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )
        return
    await interaction.response.send_message(
        embed=embed_of(fact_card(Match(fact, 100.0))), allowed_mentions=NO_PINGS
    )


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


# -- maintainers ------------------------------------------------------------------------------

FactId = app_commands.Range[str, 1, 100]
REFUSAL = "Only maintainers can change facts (the maintainer role, or Manage Server)."


def is_maintainer(interaction: discord.Interaction[Any], settings: Settings) -> bool:
    """Members with the maintainer role (name or id) or Manage Server; never in DMs."""
    member = interaction.user
    if interaction.guild is None or not isinstance(member, discord.Member):
        return False
    if interaction.permissions.manage_guild or member.guild_permissions.manage_guild:
        return True
    wanted = (settings.maintainer_role or "").strip()
    return bool(wanted) and any(wanted in (role.name, str(role.id)) for role in member.roles)


async def maintainer_only(interaction: discord.Interaction[Any]) -> bool:
    """Refuse (ephemerally, logged) anyone who is not a maintainer; True when they are."""
    bot: FactBot = interaction.client
    if is_maintainer(interaction, bot.settings):
        return True
    name = interaction.command.qualified_name if interaction.command else "?"
    log.warning(
        "refused /%s to user %s in guild %s", name, interaction.user.id, interaction.guild_id
    )
    await interaction.response.send_message(REFUSAL, ephemeral=True, allowed_mentions=NO_PINGS)
    return False


async def run_change(
    interaction: discord.Interaction[Any], change: Callable[[], Any], describe: Callable[[Any], str]
) -> None:
    """Run a maintainer's change off the event loop and reply with what it did (or why not)."""
    await interaction.response.defer(thinking=True)
    try:
        result = await asyncio.to_thread(change)
    except EditError as exc:
        text = f"Nothing changed: {exc}"
    else:
        text = describe(result)
    await interaction.followup.send(truncate(text, CONTENT_LIMIT), allowed_mentions=NO_PINGS)


def describe_change(change: Change) -> str:
    """A chat reply for a change: what happened to which fact, field by field."""
    verb = {"add": "Added", "edit": "Edited", "retire": "Retired", "restore": "Restored"}
    lines = [f"{verb.get(change.action, change.action)} `{change.fact_id}`."]
    for name, (before, after) in change.changes.items():
        if change.action == "add":
            lines.append(f"• {name}: {_plain(after)}")
        elif name != "retired":
            lines.append(f"• {name}: {_plain(before)} → {_plain(after)}")
    return "\n".join(lines)


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value) or "(none)"
    return truncate(str(value), 300) if value is not None else "(none)"


@fact_group.command(name="add")
@app_commands.describe(
    id="New id: lowercase letters, digits and '-'",
    date="YYYY, YYYY-MM or YYYY-MM-DD",
    text="The answer, one or two sentences",
    until="End of a span, same forms",
    approx="early, mid or late",
    questions="Alternate questions, separated by ';'",
    tags="Tags, separated by ';'",
    source="Where the fact comes from",
)
async def fact_add(
    interaction: discord.Interaction[Any],
    id: app_commands.Range[str, 1, 80],
    date: app_commands.Range[str, 4, 10],
    text: app_commands.Range[str, 1, 1000],
    until: app_commands.Range[str, 4, 10] | None = None,
    approx: Literal["early", "mid", "late"] | None = None,
    questions: app_commands.Range[str, 1, 1000] | None = None,
    tags: app_commands.Range[str, 1, 300] | None = None,
    source: app_commands.Range[str, 1, 300] | None = None,
) -> None:
    """Add a fact (maintainers)."""
    if not await maintainer_only(interaction):
        return
    values = {
        "id": id,
        "date": date,
        "text": text,
        "until": until,
        "approx": approx,
        "questions": split_list(questions),
        "tags": split_list(tags),
        "source": source,
    }
    service = interaction.client.service
    await run_change(
        interaction, lambda: service.add_fact(values, actor=_actor(interaction)), describe_change
    )


@fact_group.command(name="edit")
@app_commands.describe(
    id="The fact to edit",
    date="New date: YYYY, YYYY-MM or YYYY-MM-DD",
    until="New end of the span",
    approx="early, mid or late",
    text="New text",
    questions="Alternate questions to add, separated by ';'",
    tags="New tags, separated by ';'",
    source="New source",
)
async def fact_edit(
    interaction: discord.Interaction[Any],
    id: app_commands.Range[str, 1, 100],
    date: app_commands.Range[str, 4, 10] | None = None,
    until: app_commands.Range[str, 4, 10] | None = None,
    approx: Literal["early", "mid", "late"] | None = None,
    text: app_commands.Range[str, 1, 1000] | None = None,
    questions: app_commands.Range[str, 1, 1000] | None = None,
    tags: app_commands.Range[str, 1, 300] | None = None,
    source: app_commands.Range[str, 1, 300] | None = None,
) -> None:
    """Change a fact's fields (maintainers); only the fields given change."""
    if not await maintainer_only(interaction):
        return
    given = {
        "date": date,
        "until": until,
        "approx": approx,
        "text": text,
        "questions": split_list(questions),
        "tags": split_list(tags),
        "source": source,
    }
    service = interaction.client.service
    await run_change(
        interaction,
        lambda: service.edit_fact(id.strip(), given, actor=_actor(interaction)),
        describe_change,
    )


@fact_group.command(name="retire")
@app_commands.describe(id="The fact that should stop answering")
async def fact_retire(
    interaction: discord.Interaction[Any], id: app_commands.Range[str, 1, 100]
) -> None:
    """Stop a fact answering (maintainers); /fact restore brings it back."""
    if not await maintainer_only(interaction):
        return
    service = interaction.client.service
    await run_change(
        interaction, lambda: service.retire(id.strip(), actor=_actor(interaction)), describe_change
    )


@fact_group.command(name="restore")
@app_commands.describe(id="The retired fact to bring back")
async def fact_restore(
    interaction: discord.Interaction[Any], id: app_commands.Range[str, 1, 100]
) -> None:
    """Bring a retired fact back (maintainers)."""
    if not await maintainer_only(interaction):
        return
    service = interaction.client.service
    await run_change(
        interaction, lambda: service.restore(id.strip(), actor=_actor(interaction)), describe_change
    )


@fact_group.command(name="history")
@app_commands.describe(id="The fact whose changes to list")
async def fact_history(
    interaction: discord.Interaction[Any], id: app_commands.Range[str, 1, 100]
) -> None:
    """Every change to a fact: who, when, which fields, before → after (maintainers)."""
    if not await maintainer_only(interaction):
        return
    entries = interaction.client.service.history(id.strip())
    lines = [line for entry in entries for line in history_lines(entry)]
    text = "\n".join(lines) or f"No changes recorded for `{truncate(id, 100)}`."
    if len(text) > CONTENT_LIMIT - 10:  # keep the newest changes
        text = "…\n" + text[-(CONTENT_LIMIT - 20) :]
    await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)


@app_commands.command(name="unanswered")
@app_commands.default_permissions(manage_guild=True)
async def unanswered_command(interaction: discord.Interaction[Any]) -> None:
    """Recent questions factbot declined or that got 👎, grouped, newest first (maintainers)."""
    if not await maintainer_only(interaction):
        return
    groups = interaction.client.service.unanswered(limit=10)
    if not groups:
        text = "No unanswered questions. 🎉"
    else:
        lines = [
            f"{i}. “{truncate(q, 150)}” ×{n} (last {at[:10]})"
            for i, (q, n, at) in enumerate(groups, 1)
        ]
        lines += [
            "",
            "Attach one to a fact: `/fact edit id:<fact> questions:<question>` — "
            "or add a new fact with `/fact add`.",
        ]
        text = "\n".join(lines)
    await interaction.response.send_message(
        truncate(text, CONTENT_LIMIT), ephemeral=True, allowed_mentions=NO_PINGS
    )


@app_commands.command(name="reload")
@app_commands.default_permissions(manage_guild=True)
async def reload_command(interaction: discord.Interaction[Any]) -> None:
    """Re-read the fact files and report what changed (maintainers)."""
    if not await maintainer_only(interaction):
        return
    service = interaction.client.service
    await run_change(
        interaction, lambda: service.reload(actor=_actor(interaction)), describe_reload
    )


def describe_reload(report: ReloadReport) -> str:
    """A chat reply for a reload: the ids added, changed and removed, or the file problems."""
    if not report.ok:
        lines = ["The fact files have problems; still serving the previous facts:"]
        return "\n".join(lines + [f"• {p}" for p in report.problems])
    parts = [
        f"{name}: {', '.join(ids)}"
        for name, ids in (
            ("added", report.added),
            ("changed", report.changed),
            ("removed", report.removed),
        )
        if ids
    ]
    text = "Reloaded. " + ("; ".join(parts) if parts else "Nothing changed in the files.")
    if report.file_wins:
        text += (
            "\nNewer file changes replaced the chat edits of: "
            + ", ".join(report.file_wins)
            + " (see /fact history)."
        )
    return text


def _actor(interaction: discord.Interaction[Any]) -> str:
    return f"{interaction.user.name} ({interaction.user.id})"


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
