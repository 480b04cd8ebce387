"""What the bot's replies are made of: embeds from cards, and buttons that survive restarts.

Buttons are ``DynamicItem``s whose custom ids carry what they need (a fact id, an answer id,
a timeline page), so a press works after the bot restarts.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict, deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import discord

from bot.choice import Match
from bot.engine import Answer
from bot.facts import Fact
from bot.render import (
    Card,
    button_label,
    fact_card,
)

if TYPE_CHECKING:  # the bot imports this module
    from bot.discord_app import FactBot

NO_PINGS = discord.AllowedMentions.none()


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
