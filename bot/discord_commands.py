"""The slash commands: /ask, /timeline, /fact show, and the maintainers' commands.

Each command is a few lines over the fact service; the maintainer check runs on every
maintainer interaction, on the bot's side.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import discord
from discord import app_commands

from bot.choice import Match
from bot.config import Settings
from bot.curation import Change, EditError, ReloadReport, split_list
from bot.discord_ui import NO_PINGS, embed_of
from bot.render import (
    CONTENT_LIMIT,
    fact_card,
    history_lines,
    truncate,
)
from bot.service import FactService, PeriodError

if TYPE_CHECKING:  # the bot imports this module
    from bot.discord_app import FactBot

log = logging.getLogger("factbot.discord")
FactId = app_commands.Range[str, 1, 100]
T = TypeVar("T")

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
async def fact_show(interaction: discord.Interaction[Any], id: FactId) -> None:
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


# -- maintainers ------------------------------------------------------------------------------

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
    interaction: discord.Interaction[Any],
    change: Callable[[FactService, str], T],
    describe: Callable[[T], str],
) -> None:
    """A maintainer's change: check who asks, run it off the event loop, reply with what it
    did (or why it changed nothing)."""
    if not await maintainer_only(interaction):
        return
    await interaction.response.defer(thinking=True)
    service = interaction.client.service
    try:
        result = await asyncio.to_thread(change, service, _actor(interaction))
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
    await run_change(
        interaction, lambda service, actor: service.add_fact(values, actor=actor), describe_change
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
    given = {
        "date": date,
        "until": until,
        "approx": approx,
        "text": text,
        "questions": split_list(questions),
        "tags": split_list(tags),
        "source": source,
    }
    await run_change(
        interaction,
        lambda service, actor: service.edit_fact(id.strip(), given, actor=actor),
        describe_change,
    )


@fact_group.command(name="retire")
@app_commands.describe(id="The fact that should stop answering")
async def fact_retire(interaction: discord.Interaction[Any], id: FactId) -> None:
    """Stop a fact answering (maintainers); /fact restore brings it back."""
    await run_change(
        interaction, lambda service, actor: service.retire(id.strip(), actor=actor), describe_change
    )


@fact_group.command(name="restore")
@app_commands.describe(id="The retired fact to bring back")
async def fact_restore(interaction: discord.Interaction[Any], id: FactId) -> None:
    """Bring a retired fact back (maintainers)."""
    await run_change(
        interaction,
        lambda service, actor: service.restore(id.strip(), actor=actor),
        describe_change,
    )


@fact_group.command(name="history")
@app_commands.describe(id="The fact whose changes to list")
async def fact_history(interaction: discord.Interaction[Any], id: FactId) -> None:
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
    await run_change(
        interaction, lambda service, actor: service.reload(actor=actor), describe_reload
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
