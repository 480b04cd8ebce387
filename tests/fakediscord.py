"""A fake Discord (REST API + gateway) on 127.0.0.1 for testing a real discord.py client.

The fake speaks just enough of Discord's protocol for discord.py 2.x to log in, connect, receive
events and answer them. Tests inject messages and interactions over the gateway and then wait
(never sleep) for what the client did, which the fake records:

* ``fake.calls``       every REST request (method, path, query, JSON body, headers, status),
* ``fake.messages``    every message the bot created (channel sends, interaction responses,
                        followups), kept up to date when the bot edits them,
* ``fake.callbacks``   every accepted interaction callback,
* ``fake.unexpected``  requests to routes the fake does not know (answered 404),
* ``fake.rejected``    requests the fake refused the way Discord would (bad token, invalid
                        form body, unknown message, interaction already acknowledged, ...).

Where cheap, the fake behaves like Discord rather than like a mock: it validates message and
command payloads against Discord's limits, blanks message content when the client lacks the
MESSAGE_CONTENT intent, echoes the bot's own messages back as MESSAGE_CREATE, refuses
interaction callbacks after the 3 second deadline, lets the first followup after a deferral
replace the "thinking" message, replays missed events on RESUME, and answers RESUME of an
unknown or invalidated session with INVALIDATE_SESSION.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import json
import math
import re
import secrets
import time
import traceback
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import WSMsgType, web

T = TypeVar("T")

JSON = dict[str, Any]

DISCORD_EPOCH_MS = 1420070400000

# Gateway opcodes.
OP_DISPATCH = 0
OP_HEARTBEAT = 1
OP_IDENTIFY = 2
OP_PRESENCE = 3
OP_VOICE_STATE = 4
OP_RESUME = 6
OP_RECONNECT = 7
OP_REQUEST_MEMBERS = 8
OP_INVALIDATE_SESSION = 9
OP_HELLO = 10
OP_HEARTBEAT_ACK = 11

# Gateway intents the fake cares about.
INTENT_GUILDS = 1 << 0
INTENT_GUILD_MEMBERS = 1 << 1
INTENT_GUILD_PRESENCES = 1 << 8
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15
PRIVILEGED_INTENTS = INTENT_GUILD_MEMBERS | INTENT_GUILD_PRESENCES | INTENT_MESSAGE_CONTENT

# Permission bits.
P_CREATE_INVITE = 1 << 0
P_ADMINISTRATOR = 1 << 3
P_MANAGE_GUILD = 1 << 5
P_ADD_REACTIONS = 1 << 6
P_VIEW_CHANNEL = 1 << 10
P_SEND_MESSAGES = 1 << 11
P_MANAGE_MESSAGES = 1 << 13
P_EMBED_LINKS = 1 << 14
P_ATTACH_FILES = 1 << 15
P_READ_HISTORY = 1 << 16
P_EXTERNAL_EMOJIS = 1 << 18
P_CHANGE_NICKNAME = 1 << 26
P_USE_APP_COMMANDS = 1 << 31
P_SEND_IN_THREADS = 1 << 38
ALL_PERMISSIONS = (1 << 51) - 1
EVERYONE_PERMISSIONS = (
    P_CREATE_INVITE
    | P_ADD_REACTIONS
    | P_VIEW_CHANNEL
    | P_SEND_MESSAGES
    | P_EMBED_LINKS
    | P_ATTACH_FILES
    | P_READ_HISTORY
    | P_EXTERNAL_EMOJIS
    | P_CHANGE_NICKNAME
    | P_USE_APP_COMMANDS
    | P_SEND_IN_THREADS
)
MAINTAINER_PERMISSIONS = P_MANAGE_GUILD | P_MANAGE_MESSAGES
BOT_ROLE_PERMISSIONS = EVERYONE_PERMISSIONS | P_MANAGE_MESSAGES

# Message flags.
FLAG_EPHEMERAL = 1 << 6
FLAG_LOADING = 1 << 7
FLAG_COMPONENTS_V2 = 1 << 15

# Which interaction callback types Discord accepts for which interaction type.
ALLOWED_CALLBACKS: dict[int, set[int]] = {
    1: {1},  # PING -> PONG
    2: {4, 5, 9, 12},  # APPLICATION_COMMAND
    3: {4, 5, 6, 7, 9, 12},  # MESSAGE_COMPONENT
    4: {8},  # APPLICATION_COMMAND_AUTOCOMPLETE
    5: {4, 5, 6, 7},  # MODAL_SUBMIT
}

COMMAND_NAME_RE = re.compile(r"^[-_'\w]{1,32}$")
MENTION_USER_RE = re.compile(r"<@!?(\d+)>")
MENTION_ROLE_RE = re.compile(r"<@&(\d+)>")
API_PREFIX_RE = re.compile(r"^/api/v(\d+)(/.*)$")

# Fixed ids, so failures read the same from run to run.
BOT_ID = "1100000000000000001"
GUILD_ID = "1100000000000000100"
GENERAL_CHANNEL_ID = "1100000000000000200"
OTHER_CHANNEL_ID = "1100000000000000201"
MAINTAINER_ROLE_ID = "1100000000000000300"
BOT_ROLE_ID = "1100000000000000301"
OWNER_ID = "1100000000000000400"


class FakeDiscordTimeout(AssertionError):
    """A wait on the fake timed out; the message describes what the fake saw."""


class FakeDiscordRejected(AssertionError):
    """The client made a request the fake refused while a test waited for it to succeed."""


@dataclass
class Call:
    """One REST request the client made."""

    index: int
    method: str
    path: str  # without the /api/vN prefix, percent-decoded
    query: dict[str, str]
    json: Any
    headers: dict[str, str]  # the Authorization value is redacted
    bot_auth: bool  # Authorization was exactly "Bot <configured token>"
    auth_scheme: str | None  # first word of the Authorization header, if any
    api_version: int | None
    files: list[dict[str, Any]] = field(default_factory=list)
    status: int | None = None  # set once the fake has answered
    response: Any = None
    injected: bool = False  # answered by rate_limit_next / fail_next

    def __repr__(self) -> str:
        return f"<Call #{self.index} {self.method} {self.path} -> {self.status}>"


@dataclass
class Callback:
    """An accepted interaction callback (POST /interactions/{id}/{token}/callback)."""

    interaction_id: str
    type: int
    data: Any  # the body's "data" (None for types without data)
    body: JSON
    call: Call
    message: JSON | None = None  # the message the callback created or updated, if any


@dataclass
class InjectedInteraction:
    """An interaction the fake dispatched; ``payload`` is exactly what the client received."""

    id: str
    token: str
    payload: JSON

    @property
    def type(self) -> int:
        return int(self.payload["type"])


@dataclass
class _Rule:
    method: str
    pattern: re.Pattern[str]
    status: int
    body: Any
    headers: dict[str, str]
    remaining: int


@dataclass
class _InteractionState:
    injected: InjectedInteraction
    created: float  # loop time
    acked_type: int | None = None
    original_id: str | None = None  # message created by the callback (type 4 or 5)
    component_message_id: str | None = None  # message the component sits on
    followup_ids: list[str] = field(default_factory=list)
    ephemeral_defer: bool = False


class _Connection:
    def __init__(self, fake: FakeDiscord, ws: web.WebSocketResponse, request: web.Request):
        self.fake = fake
        self.ws = ws
        self.request = request
        self.query = dict(request.query)
        self.compression = self.query.get("compress")
        self._zlib = zlib.compressobj() if self.compression == "zlib-stream" else None
        self.session: _Session | None = None
        self.closed = False
        self.close_code: int | None = None
        self.dropped_by_fake = False
        self.established: str | None = None  # "identified" or "resumed"
        self.heartbeats = 0
        self.send_lock = asyncio.Lock()

    async def send(self, payload: JSON) -> bool:
        """Send one gateway payload; False if the socket is gone."""
        text = json.dumps(payload)
        async with self.send_lock:
            if self.closed or self.ws.closed:
                return False
            try:
                if self._zlib is not None:
                    data = self._zlib.compress(text.encode()) + self._zlib.flush(zlib.Z_SYNC_FLUSH)
                    await self.ws.send_bytes(data)
                else:
                    await self.ws.send_str(text)
            except (ConnectionError, RuntimeError):
                return False
        if payload.get("op") == OP_DISPATCH:
            self.fake.gateway_sent.append(payload)
        return True


class _Session:
    def __init__(self, session_id: str, intents: int, shard: tuple[int, int] | None):
        self.id = session_id
        self.intents = intents
        self.shard = shard
        self.seq = 0
        self.events: list[JSON] = []
        self.resumable = True
        self.conn: _Connection | None = None
        self.lock = asyncio.Lock()

    @property
    def live(self) -> bool:
        return self.conn is not None and not self.conn.closed


Handler = Callable[..., Any]


class FakeDiscord:
    """A fake Discord server; see the module docstring.

    Use ``async with FakeDiscord() as fake`` or ``await fake.start()`` / ``await fake.stop()``.
    Point discord.py at it with ``discord.http.Route.BASE = fake.api_base`` and
    ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)``.
    """

    def __init__(
        self,
        token: str = "FAKE.bot.token",
        *,
        bot_name: str = "factbot",
        guild_name: str = "Fact Checkers",
        heartbeat_interval_ms: int = 41250,
        ack_deadline: float | None = 3.0,
        echo_own_messages: bool = True,
        shard_count: int = 1,
        allowed_privileged_intents: int = PRIVILEGED_INTENTS,
        host: str = "127.0.0.1",
    ) -> None:
        self.token = token
        self.host = host
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.ack_deadline = ack_deadline
        self.echo_own_messages = echo_own_messages
        self.shard_count = shard_count
        self.allowed_privileged_intents = allowed_privileged_intents
        self.strict = True  # the pytest fixture calls assert_no_unexpected() at teardown if set

        # Records.
        self.calls: list[Call] = []
        self.unexpected: list[Call] = []
        self.rejected: list[tuple[Call, JSON]] = []
        self.internal_errors: list[tuple[Call, str]] = []  # exceptions inside the fake
        self.messages: list[JSON] = []  # created by the bot
        self.user_messages: list[JSON] = []  # injected with send_message
        self.callbacks: list[Callback] = []
        self.interactions: dict[str, _InteractionState] = {}
        self.commands: dict[str | None, list[JSON]] = {}  # guild id (None = global) -> commands
        self.reactions: list[tuple[str, str, str]] = []  # (channel id, message id, emoji)
        self.typing: list[str] = []  # channel ids
        self.gateway_received: list[JSON] = []  # what the client sent (tokens redacted)
        self.gateway_sent: list[JSON] = []  # dispatches the fake sent
        self.gateway_queries: list[dict[str, str]] = []  # query string of each connection
        self.suppressed: list[tuple[str, str]] = []  # (event, reason) not sent because of intents
        self.presences: list[JSON] = []
        self.identify_count = 0
        self.ready_count = 0
        self.resume_count = 0
        self.invalidated_count = 0

        # World.
        self.bot_user: JSON = _user(BOT_ID, bot_name, bot=True)
        self.bot_user.update({"verified": True, "mfa_enabled": False, "flags": 0})
        self.application_id = BOT_ID
        self.guild_id = GUILD_ID
        self.channel_id = GENERAL_CHANNEL_ID
        self.other_channel_id = OTHER_CHANNEL_ID
        self.maintainer_role_id = MAINTAINER_ROLE_ID
        self.users: dict[str, JSON] = {}  # by name
        self.members: dict[str, JSON] = {}  # by user id, member objects without "user"
        self.channels: dict[str, JSON] = {}
        self.roles: dict[str, JSON] = {
            GUILD_ID: _role(GUILD_ID, "@everyone", EVERYONE_PERMISSIONS, position=0),
            MAINTAINER_ROLE_ID: _role(MAINTAINER_ROLE_ID, "maintainer", MAINTAINER_PERMISSIONS, 2),
            BOT_ROLE_ID: _role(BOT_ROLE_ID, bot_name, BOT_ROLE_PERMISSIONS, 1, bot_id=BOT_ID),
        }
        self.guild_name = guild_name
        for cid, name, pos in ((GENERAL_CHANNEL_ID, "general", 0), (OTHER_CHANNEL_ID, "facts", 1)):
            self.channels[cid] = {
                "id": cid,
                "type": 0,
                "guild_id": GUILD_ID,
                "name": name,
                "position": pos,
                "permission_overwrites": [],
                "nsfw": False,
                "topic": None,
                "parent_id": None,
                "last_message_id": None,
                "rate_limit_per_user": 0,
                "flags": 0,
            }
        self._dm_by_user: dict[str, str] = {}
        self._next_user_id = 1100000000000000401
        self._last_snowflake = 0
        self.members[BOT_ID] = _member([BOT_ROLE_ID])
        self.add_user("owner", user_id=OWNER_ID)
        self.add_user("alice", roles=[MAINTAINER_ROLE_ID])
        self.add_user("bob")
        self.add_user("otherbot", bot=True)

        # Machinery.
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._rules: list[_Rule] = []
        self._waiters: list[tuple[Callable[[], Any], asyncio.Future[Any]]] = []
        self._sessions: dict[str, _Session] = {}
        self._connections: list[_Connection] = []
        self._by_token: dict[str, str] = {}  # interaction token -> interaction id
        self._messages_by_id: dict[str, JSON] = {}
        self._deleted: set[str] = set()
        self._command_ids: dict[tuple[str | None, str, int], str] = {}
        self._background: set[asyncio.Task[Any]] = set()
        self._connections_at_drop = 0
        self._routes: list[tuple[str, re.Pattern[str], Handler, bool]] = []
        self._install_routes()

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        app = web.Application()
        app.router.add_get("/", self._ws_or_rest)
        app.router.add_get("/gateway", self._ws_or_rest)
        app.router.add_route("*", "/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        self._port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        for conn in list(self._connections):
            if not conn.closed:
                conn.dropped_by_fake = True
                await _quietly(conn.ws.close(code=1001), timeout=2)
        for task in list(self._background):
            await _quietly(task, timeout=2)
        for _, fut in self._waiters:
            if not fut.done():
                fut.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("FakeDiscord is not started")
        return self._port

    @property
    def api_base(self) -> str:
        return f"http://{self.host}:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self.host}:{self.port}/gateway"

    # ------------------------------------------------------------------ world helpers

    def add_user(
        self,
        name: str,
        *,
        roles: Iterable[str] = (),
        bot: bool = False,
        member: bool = True,
        user_id: str | None = None,
    ) -> JSON:
        """Add a user (and guild member unless ``member=False``); returns the user object."""
        if user_id is None:
            user_id = str(self._next_user_id)
            self._next_user_id += 1
        user = _user(user_id, name, bot=bot)
        self.users[name] = user
        if member:
            self.members[user_id] = _member(list(roles))
        return user

    def user(self, who: str | int | Mapping[str, Any]) -> JSON:
        """Resolve a user name, id or user object to the stored user object."""
        if isinstance(who, Mapping):
            return dict(who)
        key = str(who)
        if key in self.users:
            return self.users[key]
        if key in ("bot", BOT_ID, self.bot_user["username"]):
            return self.bot_user
        for user in self.users.values():
            if user["id"] == key:
                return user
        raise KeyError(f"unknown user {who!r}; known: {sorted(self.users)}")

    def member_payload(self, who: str | int | Mapping[str, Any], *, with_user: bool = True) -> JSON:
        user = self.user(who)
        member = dict(self.members[user["id"]])
        if with_user:
            member["user"] = user
        return member

    def permissions_of(self, user_id: str) -> int:
        if user_id == OWNER_ID:
            return ALL_PERMISSIONS
        perms = self.roles[GUILD_ID]["permissions"]
        value = int(perms)
        for rid in self.members.get(user_id, {}).get("roles", []):
            value |= int(self.roles[rid]["permissions"])
        return ALL_PERMISSIONS if value & P_ADMINISTRATOR else value

    @property
    def bot_mention(self) -> str:
        return f"<@{BOT_ID}>"

    def guild_payload(self, intents: int = INTENT_GUILD_MEMBERS) -> JSON:
        """GUILD_CREATE data; without GUILD_MEMBERS only the bot's own member is included."""
        members = [
            self.member_payload(uid)
            for uid in self.members
            if uid == BOT_ID or intents & INTENT_GUILD_MEMBERS
        ]
        return {
            "id": GUILD_ID,
            "name": self.guild_name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": OWNER_ID,
            "region": None,
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": "en-US",
            "system_channel_id": GENERAL_CHANNEL_ID,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "vanity_url_code": None,
            "features": [],
            "roles": list(self.roles.values()),
            "emojis": [],
            "stickers": [],
            "joined_at": _iso_now(),
            "large": False,
            "unavailable": False,
            "member_count": len(self.members),
            "members": members,
            "channels": [
                {k: v for k, v in c.items() if k != "guild_id"}
                for c in self.channels.values()
                if c.get("guild_id") == GUILD_ID
            ],
            "threads": [],
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "premium_progress_bar_enabled": False,
        }

    def application_payload(self) -> JSON:
        return {
            "id": self.application_id,
            "name": self.bot_user["username"],
            "icon": None,
            "description": "",
            "summary": "",
            "type": None,
            "rpc_origins": [],
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "flags": (1 << 19) | (1 << 15),  # GATEWAY_MESSAGE_CONTENT_LIMITED, _MEMBERS_LIMITED
            "owner": self.user(OWNER_ID),
            "team": None,
            "bot": self.bot_user,
            "interactions_endpoint_url": None,
            "redirect_uris": [],
            "tags": [],
            "approximate_guild_count": 1,
        }

    def dm_channel(self, who: str | int | Mapping[str, Any]) -> JSON:
        """The DM channel between the bot and a user (created on first use)."""
        user = self.user(who)
        cid = self._dm_by_user.get(user["id"])
        if cid is None:
            cid = self._snowflake()
            self._dm_by_user[user["id"]] = cid
            self.channels[cid] = {
                "id": cid,
                "type": 1,
                "last_message_id": None,
                "flags": 0,
                "recipients": [user],
            }
        return self.channels[cid]

    def get_message(self, message_id: str | int) -> JSON:
        return self._messages_by_id[str(message_id)]

    # ------------------------------------------------------------------ fault injection

    def rate_limit_next(
        self,
        method: str,
        path_regex: str,
        retry_after: float = 0.05,
        *,
        is_global: bool = False,
        count: int = 1,
    ) -> None:
        """Answer the next ``count`` matching requests with 429 (Discord's headers and body).

        ``path_regex`` is matched with re.fullmatch against the path without /api/vN.
        discord.py only honours a 429 that carries a ``Via`` header (otherwise it assumes a
        Cloudflare ban and raises), so the fake sends one.
        """
        reset_after = f"{retry_after:.3f}"
        headers = {
            "Via": "1.1 google",
            "Retry-After": str(max(1, math.ceil(retry_after))),
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
            "X-RateLimit-Reset-After": reset_after,
            "X-RateLimit-Bucket": hashlib.md5(path_regex.encode()).hexdigest()[:16],
            "X-RateLimit-Scope": "global" if is_global else "user",
        }
        if is_global:
            headers["X-RateLimit-Global"] = "true"
        body = {"message": "You are being rate limited.", "retry_after": retry_after}
        body["global"] = is_global
        if is_global:
            body["code"] = 0
        self._rules.append(_Rule(method.upper(), re.compile(path_regex), 429, body, headers, count))

    def fail_next(
        self,
        method: str,
        path_regex: str,
        status: int = 500,
        *,
        body: Any = None,
        count: int = 1,
    ) -> None:
        """Answer the next ``count`` matching requests with ``status`` (default body per status).

        Note discord.py retries 500/502/504/524 after sleeping 1 + 2*attempt seconds, and raises
        at once on other 5xx.
        """
        if body is None:
            body = {"message": f"{status}: {_REASONS.get(status, 'Error')}", "code": 0}
        self._rules.append(_Rule(method.upper(), re.compile(path_regex), status, body, {}, count))

    async def drop_connection(self, code: int | None = 4000, *, resumable: bool = True) -> None:
        """Close the gateway connection(s).

        ``code=None`` (or 1006) cuts the TCP connection without a close frame; any other code
        sends a close frame with that code. discord.py answers codes it can recover from
        (anything but 1000 sent by itself, 4004, 4010-4014) by RESUMING. With
        ``resumable=False`` the fake forgets the session, so that RESUME gets
        INVALIDATE_SESSION and the client IDENTIFIES afresh.
        """
        self._connections_at_drop = len(self._connections)
        for conn in [c for c in self._connections if not c.closed]:
            conn.dropped_by_fake = True
            if conn.session is not None and not resumable:
                conn.session.resumable = False
            if code is None or code == 1006:
                transport = conn.request.transport
                if transport is not None:
                    transport.abort()
            else:
                await _quietly(conn.ws.close(code=code), timeout=5)

    async def send_reconnect(self) -> None:
        """Send op 7 RECONNECT; discord.py closes and RESUMES."""
        for conn in self._live_connections():
            await conn.send({"op": OP_RECONNECT, "d": None})

    async def invalidate_session(self, resumable: bool = False) -> None:
        """Send op 9 INVALIDATE_SESSION on the live connection(s)."""
        for conn in self._live_connections():
            if conn.session is not None and not resumable:
                conn.session.resumable = False
            self.invalidated_count += 1
            await conn.send({"op": OP_INVALIDATE_SESSION, "d": resumable})

    # ------------------------------------------------------------------ injection

    async def send_message(
        self,
        content: str,
        *,
        author: str | int | Mapping[str, Any] = "alice",
        channel_id: str | int | None = None,
        mentions: Iterable[str | int | Mapping[str, Any]] = (),
        guild: bool = True,
        embeds: list[JSON] | None = None,
        attachments: list[JSON] | None = None,
        reference: str | int | None = None,
    ) -> JSON:
        """Dispatch MESSAGE_CREATE for a user message; returns the full message payload.

        ``<@id>`` / ``<@!id>`` / ``<@&id>`` / ``@everyone`` in ``content`` become mentions the
        way Discord computes them; ``mentions`` adds users (names, ids or objects; "bot" is the
        bot). ``guild=False`` sends a DM from ``author``. Without the MESSAGE_CONTENT intent the
        client receives empty content/embeds/attachments for guild messages that do not mention
        it, as on Discord.
        """
        user = self.user(author)
        if guild:
            cid = str(channel_id or self.channel_id)
            if self.channels.get(cid, {}).get("guild_id") != GUILD_ID:
                raise KeyError(f"no guild text channel {cid}")
        else:
            cid = str(channel_id) if channel_id else self.dm_channel(user)["id"]
        mention_ids = [m for m in MENTION_USER_RE.findall(content)]
        mention_ids += [self.user(m)["id"] for m in mentions]
        mention_users = []
        for uid in dict.fromkeys(mention_ids):
            try:
                mention_users.append(self.user(uid))
            except KeyError:
                continue
        message: JSON = {
            "id": self._snowflake(),
            "channel_id": cid,
            "author": user,
            "content": content,
            "timestamp": _iso_now(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": guild and ("@everyone" in content or "@here" in content),
            "mentions": [],
            "mention_roles": [],
            "attachments": attachments or [],
            "embeds": embeds or [],
            "components": [],
            "pinned": False,
            "type": 0,
            "flags": 0,
            "nonce": str(secrets.randbits(60)),
        }
        if guild:
            message["guild_id"] = GUILD_ID
            message["member"] = self.member_payload(user, with_user=False)
            message["mention_roles"] = [
                r for r in dict.fromkeys(MENTION_ROLE_RE.findall(content)) if r in self.roles
            ]
            message["mentions"] = [
                {**_public_user(u), "member": self.member_payload(u, with_user=False)}
                if u["id"] in self.members
                else _public_user(u)
                for u in mention_users
            ]
        else:
            message["mentions"] = [_public_user(u) for u in mention_users]
        if reference is not None:
            ref = self._messages_by_id[str(reference)]
            message["type"] = 19
            message["message_reference"] = {
                "type": 0,
                "message_id": ref["id"],
                "channel_id": ref["channel_id"],
                **({"guild_id": ref["guild_id"]} if "guild_id" in ref else {}),
            }
            message["referenced_message"] = ref
        self._store_message(message, bot=False)
        await self._dispatch_message_event("MESSAGE_CREATE", message)
        return message

    async def send_interaction(
        self,
        name: str | None = None,
        options: Mapping[str, Any] | list[JSON] | None = None,
        *,
        user: str | int | Mapping[str, Any] = "alice",
        type: int = 2,
        custom_id: str | None = None,
        message: str | int | Mapping[str, Any] | None = None,
        component_type: int = 2,
        values: list[str] | None = None,
        focused: str | None = None,
        command_type: int = 1,
        target_id: str | int | None = None,
        guild: bool = True,
        channel_id: str | int | None = None,
        data: JSON | None = None,
        locale: str = "en-US",
        require_synced: bool = True,
    ) -> InjectedInteraction:
        """Dispatch INTERACTION_CREATE and return its id, token and payload.

        ``type``: 2 application command, 4 autocomplete, 3 message component, 5 modal submit.
        For 2/4, ``name`` must be a synced command (guild commands shadow global ones, and
        ``data.guild_id`` is set for guild commands, which discord.py needs to find them);
        ``options`` is either ``{"option": value}`` (types are taken from the synced command,
        ``{"sub": {...}}`` for subcommands) or a raw list. For autocomplete, ``focused`` names the
        option being typed (default: the last one). For 3, pass ``custom_id``, ``message`` (id or
        message object the component is on), ``component_type`` (2 button, 3 string select) and
        ``values`` for selects. ``data`` overrides the generated ``data`` entirely.
        """
        user_obj = self.user(user)
        if guild:
            cid = str(channel_id or self.channel_id)
            channel: JSON = dict(self.channels[cid])
            channel["permissions"] = str(self.permissions_of(user_obj["id"]))
        else:
            channel = self.dm_channel(user_obj)
            cid = channel["id"]
        interaction_id = self._snowflake()
        token = "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(48)

        component_message_id: str | None = None
        if data is None:
            if type in (2, 4):
                if name is None:
                    raise ValueError("application command interactions need a command name")
                data = self._command_data(
                    name, options, command_type, guild, focused, type == 4, require_synced
                )
                if target_id is not None:
                    data["target_id"] = str(target_id)
            elif type == 3:
                if custom_id is None or message is None:
                    raise ValueError("component interactions need custom_id and message")
                data = {"custom_id": custom_id, "component_type": component_type}
                if values is not None:
                    data["values"] = values
            elif type == 5:
                if custom_id is None:
                    raise ValueError("modal submit interactions need custom_id")
                data = {"custom_id": custom_id, "components": []}
            else:
                raise ValueError(f"unsupported interaction type {type}")

        payload: JSON = {
            "id": interaction_id,
            "application_id": self.application_id,
            "type": type,
            "data": data,
            "channel": channel,
            "channel_id": cid,
            "token": token,
            "version": 1,
            "app_permissions": str(self.permissions_of(BOT_ID)),
            "locale": locale,
            "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if guild:
            payload["guild_id"] = GUILD_ID
            payload["guild"] = {"id": GUILD_ID, "locale": "en-US", "features": []}
            payload["guild_locale"] = "en-US"
            member = self.member_payload(user_obj)
            member["permissions"] = str(self.permissions_of(user_obj["id"]))
            payload["member"] = member
            payload["authorizing_integration_owners"] = {"0": GUILD_ID}
            payload["context"] = 0
        else:
            payload["user"] = user_obj
            payload["authorizing_integration_owners"] = {"0": "0"}
            payload["context"] = 1
        if message is not None:
            msg = (
                self._messages_by_id[str(message["id"])]
                if isinstance(message, Mapping)
                else self._messages_by_id[str(message)]
            )
            payload["message"] = msg
            component_message_id = msg["id"]

        injected = InjectedInteraction(interaction_id, token, payload)
        self.interactions[interaction_id] = _InteractionState(
            injected, self._now(), component_message_id=component_message_id
        )
        self._by_token[token] = interaction_id
        await self._dispatch("INTERACTION_CREATE", payload, guild_id=GUILD_ID if guild else None)
        return injected

    async def dispatch_event(self, event: str, data: JSON, *, guild_id: str | None = None) -> None:
        """Dispatch an arbitrary gateway event (for events the helpers do not cover)."""
        await self._dispatch(event, data, guild_id=guild_id)

    # ------------------------------------------------------------------ waiting

    async def wait_for_call(
        self,
        method: str,
        path_regex: str,
        timeout: float = 5.0,
        *,
        after: int = 0,
        predicate: Callable[[Call], bool] | None = None,
    ) -> Call:
        """The first answered call (index >= ``after``) matching method and path (fullmatch)."""
        pattern = re.compile(path_regex)
        method = method.upper()

        def check() -> Call | None:
            for call in self.calls[after:]:
                if (
                    call.status is not None
                    and call.method == method
                    and pattern.fullmatch(call.path)
                    and (predicate is None or predicate(call))
                ):
                    return call
            return None

        return await self._wait(check, timeout, f"{method} {path_regex}")

    def calls_matching(self, method: str, path_regex: str) -> list[Call]:
        pattern = re.compile(path_regex)
        return [c for c in self.calls if c.method == method.upper() and pattern.fullmatch(c.path)]

    async def wait_for_message(
        self,
        predicate: Callable[[JSON], bool] | None = None,
        timeout: float = 5.0,
        *,
        after: int = 0,
    ) -> JSON:
        """The first bot-created message (index >= ``after`` in ``fake.messages``) that matches.

        Messages are re-checked when the bot edits them, so this also waits for a deferred
        response to be filled in. Deleted messages never match.
        """

        def check() -> JSON | None:
            for msg in self.messages[after:]:
                if msg["id"] not in self._deleted and (predicate is None or predicate(msg)):
                    return msg
            return None

        return await self._wait(check, timeout, "a message from the bot")

    async def wait_for_callback(self, interaction_id: str | int, timeout: float = 5.0) -> Callback:
        """The accepted callback for an interaction; fails fast if the fake rejected one."""
        iid = str(interaction_id)

        def check() -> Callback | None:
            for cb in self.callbacks:
                if cb.interaction_id == iid:
                    return cb
            for call, error in self.rejected:
                if call.path.startswith(f"/interactions/{iid}/"):
                    raise FakeDiscordRejected(f"callback for {iid} rejected: {error}\n{call.json}")
            return None

        return await self._wait(check, timeout, f"a callback for interaction {iid}")

    async def wait_identified(self, count: int = 1, timeout: float = 5.0) -> None:
        """Wait until the client has sent IDENTIFY at least ``count`` times in total."""
        await self._wait(lambda: self.identify_count >= count or None, timeout, "IDENTIFY")

    async def wait_ready_sent(self, count: int = 1, timeout: float = 5.0) -> None:
        """Wait until READY and the GUILD_CREATEs went out at least ``count`` times."""
        await self._wait(lambda: self.ready_count >= count or None, timeout, "READY")

    async def wait_resumed(self, count: int = 1, timeout: float = 5.0) -> None:
        """Wait until the fake has answered a RESUME with RESUMED ``count`` times in total."""
        await self._wait(lambda: self.resume_count >= count or None, timeout, "RESUMED")

    async def wait_reconnected(self, timeout: float = 10.0) -> str:
        """After drop_connection: wait for a live session on a new connection.

        Returns "resumed" or "identified", whichever way the client got its session back.
        """
        mark = self._connections_at_drop

        def check() -> str | None:
            for conn in self._connections[mark:]:
                if conn.established and not conn.closed:
                    return conn.established
            return None

        return await self._wait(check, timeout, "the client to reconnect")

    def assert_no_unexpected(self, *, include_rejected: bool = True) -> None:
        problems = [
            f"FakeDiscord error on {c.method} {c.path}:\n{e}" for c, e in self.internal_errors
        ]
        problems += [f"unexpected route: {c.method} {c.path} {c.json}" for c in self.unexpected]
        if include_rejected:
            problems += [
                f"rejected: {c.method} {c.path} -> {c.status} {e}" for c, e in self.rejected
            ]
        if problems:
            raise AssertionError(
                "FakeDiscord saw requests Discord would not accept:\n" + "\n".join(problems)
            )

    def describe(self, last: int = 15) -> str:
        lines = [f"calls (last {last} of {len(self.calls)}):"]
        lines += [
            f"  {c.method} {c.path} -> {c.status} {_short(c.json)}" for c in self.calls[-last:]
        ]
        if self.unexpected:
            lines.append(f"unexpected: {[(c.method, c.path) for c in self.unexpected]}")
        if self.rejected:
            lines.append(f"rejected: {[(c.method, c.path, e) for c, e in self.rejected]}")
        if self.suppressed:
            lines.append(f"events not sent (intents): {self.suppressed}")
        live = self._live_connections(identified=True)
        lines.append(
            f"gateway: identify={self.identify_count} ready={self.ready_count} "
            f"resumed={self.resume_count} live_sessions={len(live)}"
        )
        lines.append(f"bot messages: {[_short(m.get('content')) for m in self.messages[-5:]]}")
        return "\n".join(lines)

    async def _wait(self, check: Callable[[], T | None], timeout: float, what: str) -> T:
        result = check()
        if result is not None:
            return result
        fut: asyncio.Future[T] = asyncio.get_running_loop().create_future()
        entry = (check, fut)
        self._waiters.append(entry)
        try:
            return await asyncio.wait_for(fut, timeout)
        except TimeoutError:
            raise FakeDiscordTimeout(
                f"timed out after {timeout}s waiting for {what}\n{self.describe()}"
            ) from None
        finally:
            self._waiters.remove(entry)

    def _poke(self) -> None:
        for check, fut in list(self._waiters):
            if fut.done():
                continue
            try:
                result = check()
            except Exception as exc:
                fut.set_exception(exc)
                continue
            if result is not None:
                fut.set_result(result)

    # ------------------------------------------------------------------ gateway

    def _live_connections(self, identified: bool = False) -> list[_Connection]:
        return [
            c
            for c in self._connections
            if not c.closed and (not identified or (c.session is not None and c.session.conn is c))
        ]

    async def _ws_or_rest(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get("Upgrade", "").lower() != "websocket":
            return await self._rest(request)
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        conn = _Connection(self, ws, request)
        self._connections.append(conn)
        self.gateway_queries.append(conn.query)
        try:
            if conn.query.get("encoding", "json") != "json":
                await ws.close(code=4002, message=b"Error while decoding payload.")
                return ws
            if conn.query.get("v") not in (None, "10", "9"):
                await ws.close(code=4012, message=b"Invalid API version.")
                return ws
            await conn.send(
                {"op": OP_HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms}}
            )
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    await self._on_gateway_payload(conn, json.loads(msg.data))
                elif msg.type == WSMsgType.BINARY:
                    await ws.close(code=4002, message=b"Error while decoding payload.")
        finally:
            conn.closed = True
            conn.close_code = ws.close_code
            session = conn.session
            if session is not None:
                if session.conn is conn:
                    session.conn = None
                if not conn.dropped_by_fake and conn.close_code in (1000, 1001):
                    session.resumable = False  # a clean close ends the session on Discord
            self._poke()
        return ws

    async def _on_gateway_payload(self, conn: _Connection, payload: JSON) -> None:
        op = payload.get("op")
        data = payload.get("d")
        recorded = json.loads(json.dumps(payload))
        if isinstance(recorded.get("d"), dict) and "token" in recorded["d"]:
            recorded["d"]["token"] = "<redacted>"
        self.gateway_received.append(recorded)

        if op == OP_HEARTBEAT:
            conn.heartbeats += 1
            await conn.send({"op": OP_HEARTBEAT_ACK})
        elif op == OP_IDENTIFY:
            await self._identify(conn, data)
        elif op == OP_RESUME:
            await self._resume(conn, data)
        elif op == OP_PRESENCE:
            self.presences.append(data)
        elif op == OP_REQUEST_MEMBERS:
            await self._members_chunk(conn, data)
        elif op == OP_VOICE_STATE:
            pass
        else:
            await conn.ws.close(code=4001, message=b"Unknown opcode.")
        self._poke()

    def _token_ok(self, token: Any) -> bool:
        return token in (self.token, f"Bot {self.token}")

    async def _identify(self, conn: _Connection, data: JSON) -> None:
        if conn.session is not None:
            await conn.ws.close(code=4005, message=b"Already authenticated.")
            return
        if not self._token_ok(data.get("token")):
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        intents = int(data.get("intents", 0))
        if intents & PRIVILEGED_INTENTS & ~self.allowed_privileged_intents:
            await conn.ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        shard = data.get("shard")
        shard_tuple = (int(shard[0]), int(shard[1])) if shard else None
        if shard_tuple is not None and shard_tuple[1] != self.shard_count:
            await conn.ws.close(code=4011, message=b"Sharding required.")
            return
        self.identify_count += 1
        session = _Session(secrets.token_hex(16), intents, shard_tuple)
        self._sessions[session.id] = session
        session.conn = conn
        conn.session = session
        ready: JSON = {
            "v": 10,
            "user": self.bot_user,
            "guilds": [{"id": GUILD_ID, "unavailable": True}] if self._on_shard(session) else [],
            "session_id": session.id,
            "resume_gateway_url": self.gateway_url,
            "session_type": "normal",
            "application": {
                "id": self.application_id,
                "flags": self.application_payload()["flags"],
            },
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "user_settings": {},
            "_trace": ["fakediscord"],
        }
        if shard_tuple is not None:
            ready["shard"] = list(shard_tuple)
        await self._send_on_session(session, "READY", ready)
        if self._on_shard(session):
            await self._send_on_session(session, "GUILD_CREATE", self.guild_payload(intents))
        conn.established = "identified"
        self.ready_count += 1

    def _on_shard(self, session: _Session, guild_id: str | None = GUILD_ID) -> bool:
        if session.shard is None:
            return True
        shard_id, count = session.shard
        if guild_id is None:
            return shard_id == 0
        return (int(guild_id) >> 22) % count == shard_id

    async def _resume(self, conn: _Connection, data: JSON) -> None:
        if not self._token_ok(data.get("token")):
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        session = self._sessions.get(str(data.get("session_id")))
        if session is None or not session.resumable:
            self.invalidated_count += 1
            await conn.send({"op": OP_INVALIDATE_SESSION, "d": False})
            return
        old = session.conn
        if old is not None and old is not conn and not old.closed:
            old.dropped_by_fake = True
            await _quietly(old.ws.close(code=4000), timeout=2)
        async with session.lock:
            session.conn = conn
            conn.session = session
            last_seen = data.get("seq") or 0
            for event in session.events:
                if event["s"] > last_seen:
                    await conn.send(event)
            session.seq += 1
            resumed = {"op": OP_DISPATCH, "t": "RESUMED", "s": session.seq, "d": {"_trace": []}}
            session.events.append(resumed)
            await conn.send(resumed)
        conn.established = "resumed"
        self.resume_count += 1

    async def _members_chunk(self, conn: _Connection, data: JSON) -> None:
        if conn.session is None:
            return
        members = [self.member_payload(uid) for uid in self.members]
        if data.get("user_ids"):
            wanted = {str(u) for u in data["user_ids"]}
            members = [m for m in members if m["user"]["id"] in wanted]
        elif data.get("query"):
            members = [m for m in members if m["user"]["username"].startswith(data["query"])]
        chunk = {
            "guild_id": str(data.get("guild_id")),
            "members": members,
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await self._send_on_session(conn.session, "GUILD_MEMBERS_CHUNK", chunk)

    async def _send_on_session(self, session: _Session, event: str, data: JSON) -> None:
        async with session.lock:
            session.seq += 1
            payload = {"op": OP_DISPATCH, "t": event, "s": session.seq, "d": data}
            payload = json.loads(json.dumps(payload))  # the client mutates what it gets
            session.events.append(payload)
            if session.conn is not None:
                await session.conn.send(payload)

    def _session_for(self, guild_id: str | None) -> _Session | None:
        candidates = [
            s for s in self._sessions.values() if s.resumable and self._on_shard(s, guild_id)
        ]
        return candidates[-1] if candidates else None

    async def _dispatch(self, event: str, data: JSON, *, guild_id: str | None) -> None:
        session = self._session_for(guild_id)
        if session is None:
            raise RuntimeError(f"cannot dispatch {event}: no client session (has it identified?)")
        await self._send_on_session(session, event, data)

    async def _dispatch_message_event(self, event: str, message: JSON) -> None:
        """Dispatch a MESSAGE_* event subject to intents, as Discord does."""
        guild_id = message.get("guild_id")
        session = self._session_for(guild_id)
        if session is None:
            return
        intent = INTENT_GUILD_MESSAGES if guild_id else INTENT_DIRECT_MESSAGES
        if not session.intents & intent:
            self.suppressed.append((event, "missing GUILD_MESSAGES/DIRECT_MESSAGES intent"))
            return
        payload = json.loads(json.dumps(message))
        if event == "MESSAGE_DELETE":
            payload = {"id": message["id"], "channel_id": message["channel_id"]}
            if guild_id:
                payload["guild_id"] = guild_id
        elif (
            guild_id
            and not session.intents & INTENT_MESSAGE_CONTENT
            and message["author"]["id"] != BOT_ID
            and not any(m["id"] == BOT_ID for m in message.get("mentions", []))
        ):
            payload.update(content="", embeds=[], attachments=[], components=[])
            if "poll" in payload:
                del payload["poll"]
            self.suppressed.append((event, "content blanked: no MESSAGE_CONTENT intent"))
        await self._send_on_session(session, event, payload)

    # ------------------------------------------------------------------ REST plumbing

    def _route(self, method: str, pattern: str, auth: bool = True) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            regex = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", pattern) + "$")
            self._routes.append((method, regex, fn, auth))
            return fn

        return register

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        call = await self._record(request)
        try:
            response = await self._answer(request, call)
        except Exception:  # a bug in the fake: answer 599 (discord.py raises, no retries)
            error = traceback.format_exc()
            self.internal_errors.append((call, error))
            response = self._respond(call, 599, {"message": "FakeDiscord bug", "code": 0})
        self._poke()
        return response

    async def _record(self, request: web.Request) -> Call:
        m = API_PREFIX_RE.match(request.path)
        version = int(m.group(1)) if m else None
        path = m.group(2) if m else request.path
        headers = dict(request.headers)
        auth = headers.get("Authorization")
        if auth is not None:
            headers["Authorization"] = "<redacted>"
        body: Any = None
        files: list[dict[str, Any]] = []
        ctype = request.content_type
        if ctype == "multipart/form-data":
            form = await request.post()
            for key, value in form.items():
                if key == "payload_json":
                    body = json.loads(value if isinstance(value, str) else bytes(value).decode())
                elif isinstance(value, web.FileField):
                    content = value.file.read()
                    files.append(
                        {
                            "field": key,
                            "filename": value.filename,
                            "content_type": value.content_type,
                            "size": len(content),
                            "data": content,
                        }
                    )
        else:
            raw = await request.read()
            if raw:
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = raw.decode(errors="replace")
        call = Call(
            index=len(self.calls),
            method=request.method,
            path=path,
            query=dict(request.query),
            json=body,
            headers=headers,
            bot_auth=auth == f"Bot {self.token}",
            auth_scheme=auth.split(" ", 1)[0] if auth else None,
            api_version=version,
            files=files,
        )
        self.calls.append(call)
        return call

    async def _answer(self, request: web.Request, call: Call) -> web.StreamResponse:
        for rule in self._rules:
            if (
                rule.remaining > 0
                and rule.method == call.method
                and rule.pattern.fullmatch(call.path)
            ):
                rule.remaining -= 1
                call.injected = True
                return self._respond(call, rule.status, rule.body, rule.headers)
        if call.api_version is None:
            return self._unexpected(call)
        for method, regex, handler, needs_auth in self._routes:
            if method != call.method:
                continue
            match = regex.match(call.path)
            if match is None:
                continue
            if needs_auth and not call.bot_auth:
                return self._reject(call, 401, 0, "401: Unauthorized")
            result = await handler(call, **match.groupdict())
            if isinstance(result, web.StreamResponse):
                return result
            status, body = result
            return self._respond(call, status, body)
        return self._unexpected(call)

    def _respond(
        self, call: Call, status: int, body: Any, headers: Mapping[str, str] | None = None
    ) -> web.Response:
        call.status = status
        call.response = body
        all_headers = dict(headers or {})
        if call.bot_auth and status != 429:
            bucket = hashlib.md5(f"{call.method} {_route_shape(call.path)}".encode()).hexdigest()
            all_headers.setdefault("X-RateLimit-Bucket", bucket[:16])
            all_headers.setdefault("X-RateLimit-Limit", "5")
            all_headers.setdefault("X-RateLimit-Remaining", "4")
            all_headers.setdefault("X-RateLimit-Reset", f"{time.time() + 1:.3f}")
            all_headers.setdefault("X-RateLimit-Reset-After", "1.000")
        if status == 204 or body is None:
            return web.Response(status=status if body is not None else 204, headers=all_headers)
        # Exactly "application/json": discord.py only parses JSON for that exact header value.
        return web.Response(
            status=status,
            body=json.dumps(body).encode(),
            content_type="application/json",
            headers=all_headers,
        )

    def _unexpected(self, call: Call) -> web.Response:
        self.unexpected.append(call)
        return self._respond(call, 404, {"message": "404: Not Found", "code": 0})

    def _reject(
        self, call: Call, status: int, code: int, message: str, errors: JSON | None = None
    ) -> web.Response:
        body: JSON = {"message": message, "code": code}
        if errors:
            body["errors"] = errors
        self.rejected.append((call, body))
        return self._respond(call, status, body)

    def _invalid(self, call: Call, problems: dict[str, str]) -> web.Response:
        errors: JSON = {}
        for key, msg in problems.items():
            node = errors
            for part in key.split("."):
                node = node.setdefault(part, {})
            node["_errors"] = [{"code": "BASE_TYPE_INVALID", "message": msg}]
        return self._reject(call, 400, 50035, "Invalid Form Body", errors)

    # ------------------------------------------------------------------ REST routes

    def _install_routes(self) -> None:
        route = self._route

        @route("GET", "/users/@me")
        async def me(call: Call) -> Any:
            return 200, self.bot_user

        @route("GET", "/users/{user_id}")
        async def get_user(call: Call, user_id: str) -> Any:
            try:
                return 200, self.user(user_id)
            except KeyError:
                return self._reject(call, 404, 10013, "Unknown User")

        @route("POST", "/users/@me/channels")
        async def open_dm(call: Call) -> Any:
            rid = str((call.json or {}).get("recipient_id", ""))
            try:
                return 200, self.dm_channel(rid)
            except KeyError:
                return self._invalid(call, {"recipient_id": "Unknown user"})

        @route("GET", "/oauth2/applications/@me")
        async def app_info(call: Call) -> Any:
            return 200, self.application_payload()

        @route("GET", "/gateway", auth=False)
        async def gateway(call: Call) -> Any:
            return 200, {"url": self.gateway_url}

        @route("GET", "/gateway/bot")
        async def gateway_bot(call: Call) -> Any:
            limit = {"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1}
            return 200, {
                "url": self.gateway_url,
                "shards": self.shard_count,
                "session_start_limit": limit,
            }

        @route("GET", "/applications/{app_id}/commands")
        async def get_global(call: Call, app_id: str) -> Any:
            return self._get_commands(call, app_id, None)

        @route("PUT", "/applications/{app_id}/commands")
        async def put_global(call: Call, app_id: str) -> Any:
            return self._put_commands(call, app_id, None)

        @route("GET", "/applications/{app_id}/guilds/{guild_id}/commands")
        async def get_guild(call: Call, app_id: str, guild_id: str) -> Any:
            return self._get_commands(call, app_id, guild_id)

        @route("PUT", "/applications/{app_id}/guilds/{guild_id}/commands")
        async def put_guild(call: Call, app_id: str, guild_id: str) -> Any:
            return self._put_commands(call, app_id, guild_id)

        @route("GET", "/guilds/{guild_id}")
        async def get_guild_obj(call: Call, guild_id: str) -> Any:
            if guild_id != GUILD_ID:
                return self._reject(call, 404, 10004, "Unknown Guild")
            data = self.guild_payload()
            for key in ("members", "channels", "threads", "presences", "voice_states", "joined_at"):
                data.pop(key, None)
            return 200, data

        @route("GET", "/guilds/{guild_id}/members/{user_id}")
        async def get_member(call: Call, guild_id: str, user_id: str) -> Any:
            if guild_id != GUILD_ID or user_id not in self.members:
                return self._reject(call, 404, 10007, "Unknown Member")
            return 200, self.member_payload(user_id)

        @route("GET", "/channels/{channel_id}")
        async def get_channel(call: Call, channel_id: str) -> Any:
            if channel_id not in self.channels:
                return self._reject(call, 404, 10003, "Unknown Channel")
            return 200, self.channels[channel_id]

        @route("POST", "/channels/{channel_id}/messages")
        async def create_message(call: Call, channel_id: str) -> Any:
            if channel_id not in self.channels:
                return self._reject(call, 404, 10003, "Unknown Channel")
            body = call.json or {}
            problems = _validate_message(body, call.files, require_body=True)
            ref = body.get("message_reference")
            referenced = None
            if ref and ref.get("message_id"):
                referenced = self._messages_by_id.get(str(ref["message_id"]))
                if referenced is None and ref.get("fail_if_not_exists", True):
                    problems["message_reference"] = "Unknown message"
            if problems:
                return self._invalid(call, problems)
            msg = self._new_bot_message(channel_id, body, call.files)
            if ref and ref.get("message_id"):
                msg["type"] = 19
                msg["message_reference"] = {"type": 0, "channel_id": channel_id, **ref}
                msg["referenced_message"] = referenced
            self._store_message(msg, bot=True)
            await self._echo("MESSAGE_CREATE", msg)
            return 200, msg

        @route("GET", "/channels/{channel_id}/messages/{message_id}")
        async def get_message(call: Call, channel_id: str, message_id: str) -> Any:
            msg = self._messages_by_id.get(message_id)
            if msg is None or msg["channel_id"] != channel_id or message_id in self._deleted:
                return self._reject(call, 404, 10008, "Unknown Message")
            return 200, msg

        @route("PATCH", "/channels/{channel_id}/messages/{message_id}")
        async def edit_message(call: Call, channel_id: str, message_id: str) -> Any:
            msg = self._messages_by_id.get(message_id)
            if msg is None or msg["channel_id"] != channel_id or message_id in self._deleted:
                return self._reject(call, 404, 10008, "Unknown Message")
            if msg["author"]["id"] != BOT_ID:
                return self._reject(
                    call, 403, 50005, "Cannot edit a message authored by another user"
                )
            problems = _validate_message(call.json or {}, call.files, require_body=False)
            if problems:
                return self._invalid(call, problems)
            self._apply_edit(msg, call.json or {}, call.files)
            await self._echo("MESSAGE_UPDATE", msg)
            return 200, msg

        @route("DELETE", "/channels/{channel_id}/messages/{message_id}")
        async def delete_message(call: Call, channel_id: str, message_id: str) -> Any:
            msg = self._messages_by_id.get(message_id)
            if msg is None or msg["channel_id"] != channel_id or message_id in self._deleted:
                return self._reject(call, 404, 10008, "Unknown Message")
            self._deleted.add(message_id)
            self._poke()
            await self._echo("MESSAGE_DELETE", msg)
            return 204, None

        @route("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me")
        async def add_reaction(call: Call, channel_id: str, message_id: str, emoji: str) -> Any:
            if message_id not in self._messages_by_id:
                return self._reject(call, 404, 10008, "Unknown Message")
            self.reactions.append((channel_id, message_id, emoji))
            return 204, None

        @route("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me")
        async def remove_reaction(call: Call, channel_id: str, message_id: str, emoji: str) -> Any:
            if (channel_id, message_id, emoji) in self.reactions:
                self.reactions.remove((channel_id, message_id, emoji))
            return 204, None

        @route("POST", "/channels/{channel_id}/typing")
        async def typing(call: Call, channel_id: str) -> Any:
            if channel_id not in self.channels:
                return self._reject(call, 404, 10003, "Unknown Channel")
            self.typing.append(channel_id)
            return 204, None

        @route("POST", "/interactions/{interaction_id}/{token}/callback", auth=False)
        async def callback(call: Call, interaction_id: str, token: str) -> Any:
            return await self._interaction_callback(call, interaction_id, token)

        @route("POST", "/webhooks/{app_id}/{token}", auth=False)
        async def followup(call: Call, app_id: str, token: str) -> Any:
            return await self._followup(call, app_id, token)

        for method in ("GET", "PATCH", "DELETE"):

            @route(method, "/webhooks/{app_id}/{token}/messages/{message_id}", auth=False)
            async def webhook_message(call: Call, app_id: str, token: str, message_id: str) -> Any:
                return await self._webhook_message(call, app_id, token, message_id)

    # ------------------------------------------------------------------ commands

    def _get_commands(self, call: Call, app_id: str, guild_id: str | None) -> Any:
        if app_id != self.application_id or (guild_id is not None and guild_id != GUILD_ID):
            return self._reject(call, 403, 50001, "Missing Access")
        return 200, self.commands.get(guild_id, [])

    def _put_commands(self, call: Call, app_id: str, guild_id: str | None) -> Any:
        if app_id != self.application_id or (guild_id is not None and guild_id != GUILD_ID):
            return self._reject(call, 403, 50001, "Missing Access")
        payload = call.json
        if not isinstance(payload, list):
            return self._invalid(call, {"_root": "Must be an array"})
        problems = _validate_commands(payload)
        if problems:
            return self._invalid(call, problems)
        stored = []
        for cmd in payload:
            ctype = int(cmd.get("type", 1))
            key = (guild_id, cmd["name"], ctype)
            cid = self._command_ids.setdefault(key, self._snowflake())
            entry = {
                "id": cid,
                "application_id": self.application_id,
                "version": self._snowflake(),
                "type": ctype,
                "name": cmd["name"],
                "description": cmd.get("description", ""),
                "options": cmd.get("options", []),
                "default_member_permissions": cmd.get("default_member_permissions"),
                "dm_permission": cmd.get("dm_permission", True),
                "nsfw": cmd.get("nsfw", False),
                "integration_types": cmd.get("integration_types", [0]),
                "contexts": cmd.get("contexts"),
            }
            for key_name in ("name_localizations", "description_localizations"):
                if key_name in cmd:
                    entry[key_name] = cmd[key_name]
            if guild_id is not None:
                entry["guild_id"] = guild_id
            stored.append(entry)
        self.commands[guild_id] = stored
        return 200, stored

    def _find_command(self, name: str, ctype: int, guild: bool) -> tuple[JSON, str | None] | None:
        scopes: list[str | None] = [GUILD_ID, None] if guild else [None]
        for scope in scopes:
            for cmd in self.commands.get(scope, []):
                if cmd["name"] == name and cmd["type"] == ctype:
                    return cmd, scope
        return None

    def _command_data(
        self,
        name: str,
        options: Mapping[str, Any] | list[JSON] | None,
        ctype: int,
        guild: bool,
        focused: str | None,
        autocomplete: bool,
        require_synced: bool,
    ) -> JSON:
        found = self._find_command(name, ctype, guild)
        if found is None:
            if require_synced:
                synced = {str(k): [c["name"] for c in v] for k, v in self.commands.items()}
                raise LookupError(
                    f"command {name!r} (type {ctype}) is not synced; synced: {synced}"
                )
            cmd: JSON = {"id": self._snowflake(), "name": name, "type": ctype, "options": []}
            scope = GUILD_ID if guild else None
        else:
            cmd, scope = found
        data: JSON = {"id": cmd["id"], "name": name, "type": ctype}
        if scope is not None:
            data["guild_id"] = scope
        resolved: JSON = {}
        if options is None:
            opts: list[JSON] = []
        elif isinstance(options, Mapping):
            if autocomplete and focused is None and options:
                focused = _last_leaf(options)
            opts = self._build_options(
                cmd.get("options", []), options, focused, resolved, autocomplete
            )
        else:
            opts = list(options)
        if opts:
            data["options"] = opts
        if resolved:
            data["resolved"] = resolved
        return data

    def _build_options(
        self,
        defs: list[JSON],
        values: Mapping[str, Any],
        focused: str | None,
        resolved: JSON,
        autocomplete: bool,
    ) -> list[JSON]:
        out: list[JSON] = []
        for key, value in values.items():
            spec = next((d for d in defs if d["name"] == key), None)
            if spec is None:
                raise ValueError(
                    f"option {key!r} not in the synced command ({[d['name'] for d in defs]})"
                )
            otype = int(spec["type"])
            if otype in (1, 2):
                sub = self._build_options(
                    spec.get("options", []), value or {}, focused, resolved, autocomplete
                )
                out.append({"name": key, "type": otype, "options": sub})
                continue
            if autocomplete and key == focused:
                out.append({"name": key, "type": otype, "value": str(value), "focused": True})
                continue
            out.append(
                {"name": key, "type": otype, "value": self._option_value(otype, value, resolved)}
            )
            choices = spec.get("choices")
            if (
                choices
                and not autocomplete
                and out[-1]["value"] not in [c["value"] for c in choices]
            ):
                raise ValueError(f"{value!r} is not one of the choices of {key!r}")
        if not autocomplete:
            missing = [d["name"] for d in defs if d.get("required") and d["name"] not in values]
            if missing and not any(int(d["type"]) in (1, 2) for d in defs):
                raise ValueError(f"missing required options {missing}")
        return out

    def _option_value(self, otype: int, value: Any, resolved: JSON) -> Any:
        if otype == 3:
            return str(value)
        if otype == 4:
            return int(value)
        if otype == 5:
            return bool(value)
        if otype == 10:
            return float(value)
        if otype in (6, 9) and not (otype == 9 and str(value) in self.roles):
            user = self.user(value)
            resolved.setdefault("users", {})[user["id"]] = user
            if user["id"] in self.members:
                member = self.member_payload(user, with_user=False)
                member["permissions"] = str(self.permissions_of(user["id"]))
                resolved.setdefault("members", {})[user["id"]] = member
            return user["id"]
        if otype == 7:
            channel = dict(self.channels[str(value)])
            channel["permissions"] = str(ALL_PERMISSIONS)
            resolved.setdefault("channels", {})[channel["id"]] = channel
            return channel["id"]
        if otype in (8, 9):
            role = self.roles[str(value)]
            resolved.setdefault("roles", {})[role["id"]] = role
            return role["id"]
        return value

    # ------------------------------------------------------------------ interactions

    async def _interaction_callback(self, call: Call, interaction_id: str, token: str) -> Any:
        state = self.interactions.get(interaction_id)
        if state is None or state.injected.token != token:
            return self._reject(call, 404, 10062, "Unknown interaction")
        if self.ack_deadline is not None and self._now() - state.created > self.ack_deadline:
            return self._reject(call, 404, 10062, "Unknown interaction")
        if state.acked_type is not None:
            return self._reject(call, 400, 40060, "Interaction has already been acknowledged.")
        body = call.json if isinstance(call.json, dict) else {}
        ctype = body.get("type")
        itype = state.injected.type
        if ctype not in ALLOWED_CALLBACKS.get(itype, set()):
            return self._invalid(
                call, {"type": f"callback type {ctype} invalid for interaction type {itype}"}
            )
        data = body.get("data") or {}
        problems: dict[str, str] = {}
        if ctype == 4:
            problems = _validate_message(data, call.files, require_body=True, prefix="data.")
        elif ctype == 7:
            problems = _validate_message(data, call.files, require_body=False, prefix="data.")
        elif ctype == 8:
            problems = _validate_choices(data.get("choices"))
        elif ctype == 9:
            problems = _validate_modal(data)
        if problems:
            return self._invalid(call, problems)

        payload = state.injected.payload
        message: JSON | None = None
        if ctype in (4, 5):
            flags = int(data.get("flags", 0)) & (
                FLAG_EPHEMERAL | FLAG_COMPONENTS_V2 | (1 << 2) | (1 << 12)
            )
            if ctype == 5:
                state.ephemeral_defer = bool(flags & FLAG_EPHEMERAL)
                message = self._new_bot_message(payload["channel_id"], {}, [], interaction=state)
                message["flags"] = FLAG_LOADING | (flags & FLAG_EPHEMERAL)
            else:
                message = self._new_bot_message(
                    payload["channel_id"], data, call.files, interaction=state
                )
                message["flags"] = flags
            state.original_id = message["id"]
            self._store_message(message, bot=True)
        elif ctype == 7 and state.component_message_id is not None:
            message = self._messages_by_id[state.component_message_id]
            self._apply_edit(message, data, call.files)
        state.acked_type = ctype

        cb = Callback(interaction_id, ctype, body.get("data"), body, call, message)
        self.callbacks.append(cb)
        if message is not None:
            await self._echo("MESSAGE_UPDATE" if ctype == 7 else "MESSAGE_CREATE", message)

        if call.query.get("with_response", "").lower() not in ("1", "true"):
            return 204, None
        info: JSON = {"id": interaction_id, "type": itype}
        if ctype in (4, 5, 7) and message is not None:
            info["response_message_id"] = message["id"]
            info["response_message_loading"] = ctype == 5
            info["response_message_ephemeral"] = bool(message["flags"] & FLAG_EPHEMERAL)
        result: JSON = {"interaction": info}
        if ctype in (4, 5, 7) and message is not None:
            result["resource"] = {"type": ctype, "message": message}
        elif ctype in (6, 9):
            result["resource"] = {"type": ctype}
        return 200, result

    def _interaction_for_webhook(self, call: Call, app_id: str, token: str) -> Any:
        iid = self._by_token.get(token)
        if app_id != self.application_id or iid is None:
            return self._reject(call, 404, 10015, "Unknown Webhook")
        state = self.interactions[iid]
        if state.acked_type is None:
            return self._reject(call, 404, 10015, "Unknown Webhook")
        return state

    async def _followup(self, call: Call, app_id: str, token: str) -> Any:
        state = self._interaction_for_webhook(call, app_id, token)
        if not isinstance(state, _InteractionState):
            return state
        body = call.json or {}
        problems = _validate_message(body, call.files, require_body=True)
        if problems:
            return self._invalid(call, problems)
        original = self._messages_by_id.get(state.original_id or "")
        if original is not None and original["flags"] & FLAG_LOADING:
            # The first followup after a deferral replaces the "thinking" message, keeping
            # the ephemerality chosen at defer time.
            self._apply_edit(original, body, call.files)
            original["flags"] = (original["flags"] & ~FLAG_LOADING & ~FLAG_EPHEMERAL) | (
                FLAG_EPHEMERAL if state.ephemeral_defer else 0
            )
            msg = original
            await self._echo("MESSAGE_UPDATE", msg)
        else:
            msg = self._new_bot_message(
                state.injected.payload["channel_id"], body, call.files, interaction=state
            )
            msg["type"] = 0
            msg["flags"] = int(body.get("flags", 0)) & (
                FLAG_EPHEMERAL | FLAG_COMPONENTS_V2 | (1 << 2)
            )
            if state.original_id:
                msg["interaction_metadata"]["original_response_message_id"] = state.original_id
            state.followup_ids.append(msg["id"])
            self._store_message(msg, bot=True)
            await self._echo("MESSAGE_CREATE", msg)
        if call.query.get("wait", "").lower() in ("1", "true"):
            return 200, msg
        return 204, None

    async def _webhook_message(self, call: Call, app_id: str, token: str, message_id: str) -> Any:
        state = self._interaction_for_webhook(call, app_id, token)
        if not isinstance(state, _InteractionState):
            return state
        if message_id == "@original":
            target = state.original_id or (
                state.component_message_id if state.acked_type in (6, 7) else None
            )
        else:
            target = (
                message_id
                if message_id in ({state.original_id} | set(state.followup_ids))
                else None
            )
        msg = self._messages_by_id.get(target or "")
        if msg is None or msg["id"] in self._deleted:
            return self._reject(call, 404, 10008, "Unknown Message")
        if call.method == "GET":
            return 200, msg
        if call.method == "DELETE":
            self._deleted.add(msg["id"])
            self._poke()
            await self._echo("MESSAGE_DELETE", msg)
            return 204, None
        body = call.json or {}
        problems = _validate_message(body, call.files, require_body=False)
        if problems:
            return self._invalid(call, problems)
        was_loading = bool(msg["flags"] & FLAG_LOADING)
        self._apply_edit(msg, body, call.files)
        msg["flags"] &= ~FLAG_LOADING
        if was_loading:
            msg["edited_timestamp"] = None
        await self._echo("MESSAGE_UPDATE", msg)
        return 200, msg

    # ------------------------------------------------------------------ messages

    def _new_bot_message(
        self,
        channel_id: str,
        body: JSON,
        files: list[dict[str, Any]],
        *,
        interaction: _InteractionState | None = None,
    ) -> JSON:
        channel = self.channels.get(channel_id, {})
        guild_id = channel.get("guild_id")
        msg: JSON = {
            "id": self._snowflake(),
            "channel_id": channel_id,
            "author": self.bot_user if interaction is None else _public_user(self.bot_user),
            "content": body.get("content") or "",
            "timestamp": _iso_now(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts", False)),
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": self._attachments(channel_id, body, files),
            "embeds": [_normalise_embed(e) for e in body.get("embeds") or []],
            "components": body.get("components") or [],
            "pinned": False,
            "type": 0,
            "flags": int(body.get("flags", 0)) & ((1 << 2) | (1 << 12) | FLAG_COMPONENTS_V2),
        }
        if guild_id:
            msg["guild_id"] = guild_id
        if body.get("nonce") is not None:
            msg["nonce"] = body["nonce"]
        if body.get("poll"):
            msg["poll"] = body["poll"]
        self._apply_mentions(msg, body.get("allowed_mentions"))
        if interaction is not None:
            ipayload = interaction.injected.payload
            user = ipayload.get("member", {}).get("user") or ipayload.get("user")
            data = ipayload.get("data") or {}
            msg["webhook_id"] = self.application_id
            msg["application_id"] = self.application_id
            if ipayload["type"] == 2:
                msg["type"] = 20 if data.get("type", 1) == 1 else 23
            meta: JSON = {
                "id": ipayload["id"],
                "type": ipayload["type"],
                "user": user,
                "authorizing_integration_owners": ipayload["authorizing_integration_owners"],
            }
            if ipayload["type"] == 2:
                meta["name"] = data.get("name")
                meta["command_type"] = data.get("type", 1)
            if interaction.component_message_id:
                meta["interacted_message_id"] = interaction.component_message_id
            msg["interaction_metadata"] = meta
            msg["interaction"] = {
                "id": ipayload["id"],
                "type": ipayload["type"],
                "name": data.get("name", ""),
                "user": user,
            }
        return msg

    def _attachments(self, channel_id: str, body: JSON, files: list[dict[str, Any]]) -> list[JSON]:
        out = []
        described = {
            str(a.get("id")): a for a in body.get("attachments") or [] if isinstance(a, dict)
        }
        for index, f in enumerate(files):
            aid = self._snowflake()
            meta = described.get(str(index), {})
            filename = meta.get("filename") or f["filename"]
            url = f"https://cdn.discordapp.com/attachments/{channel_id}/{aid}/{filename}"
            item = {
                "id": aid,
                "filename": filename,
                "size": f["size"],
                "url": url,
                "proxy_url": url.replace("cdn.discordapp.com", "media.discordapp.net"),
                "content_type": f["content_type"],
            }
            if meta.get("description"):
                item["description"] = meta["description"]
            out.append(item)
        return out

    def _apply_mentions(self, msg: JSON, allowed: JSON | None) -> None:
        """Compute mentions as Discord does: from the content, filtered by allowed_mentions."""
        content = msg.get("content") or ""
        parse = (
            set(allowed.get("parse", [])) if allowed is not None else {"users", "roles", "everyone"}
        )
        allowed_users = {str(u) for u in (allowed or {}).get("users", [])}
        allowed_roles = {str(r) for r in (allowed or {}).get("roles", [])}
        mentions = []
        for uid in dict.fromkeys(MENTION_USER_RE.findall(content)):
            if "users" in parse or uid in allowed_users:
                try:
                    mentions.append(self.user(uid))
                except KeyError:
                    continue
        msg["mentions"] = mentions
        msg["mention_roles"] = [
            rid
            for rid in dict.fromkeys(MENTION_ROLE_RE.findall(content))
            if rid in self.roles and ("roles" in parse or rid in allowed_roles)
        ]
        msg["mention_everyone"] = "everyone" in parse and (
            "@everyone" in content or "@here" in content
        )

    def _apply_edit(self, msg: JSON, body: JSON, files: list[dict[str, Any]]) -> None:
        if "content" in body:
            msg["content"] = body["content"] or ""
        if "embeds" in body:
            msg["embeds"] = [_normalise_embed(e) for e in body["embeds"] or []]
        if "components" in body:
            msg["components"] = body["components"] or []
        if "flags" in body and body["flags"] is not None:
            keep = msg["flags"] & (FLAG_EPHEMERAL | FLAG_LOADING)
            msg["flags"] = keep | (int(body["flags"]) & ((1 << 2) | FLAG_COMPONENTS_V2))
        if "attachments" in body or files:
            kept = [
                a
                for a in msg.get("attachments", [])
                if any(str(b.get("id")) == a["id"] for b in body.get("attachments") or [])
            ]
            msg["attachments"] = kept + self._attachments(msg["channel_id"], body, files)
        if "content" in body or "allowed_mentions" in body:
            self._apply_mentions(msg, body.get("allowed_mentions"))
        msg["edited_timestamp"] = _iso_now()
        self._poke()

    def _store_message(self, msg: JSON, *, bot: bool) -> None:
        self._messages_by_id[msg["id"]] = msg
        (self.messages if bot else self.user_messages).append(msg)
        channel = self.channels.get(msg["channel_id"])
        if channel is not None:
            channel["last_message_id"] = msg["id"]
        self._poke()

    async def _echo(self, event: str, msg: JSON) -> None:
        """Discord sends the bot its own (non-ephemeral) messages over the gateway too."""
        if not self.echo_own_messages or msg["flags"] & FLAG_EPHEMERAL:
            return
        payload = dict(msg)
        if payload.get("guild_id") and event != "MESSAGE_DELETE":
            payload["member"] = self.member_payload(BOT_ID, with_user=False)
        await self._dispatch_message_event(event, payload)

    # ------------------------------------------------------------------ misc

    def _snowflake(self) -> str:
        value = ((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22) | (1 << 17)
        value = max(value, self._last_snowflake + 1)
        self._last_snowflake = value
        return str(value)

    def _now(self) -> float:
        return asyncio.get_running_loop().time()


# ---------------------------------------------------------------------- payload builders


def _user(user_id: str, name: str, *, bot: bool = False) -> JSON:
    return {
        "id": user_id,
        "username": name,
        "discriminator": "0",
        "global_name": None if bot else name.capitalize(),
        "avatar": None,
        "bot": bot,
        "system": False,
        "public_flags": 0,
        "banner": None,
        "accent_color": None,
        "avatar_decoration_data": None,
    }


def _public_user(user: JSON) -> JSON:
    return {k: v for k, v in user.items() if k not in ("verified", "mfa_enabled", "flags", "email")}


def _member(roles: list[str]) -> JSON:
    return {
        "roles": roles,
        "nick": None,
        "avatar": None,
        "banner": None,
        "joined_at": "2024-01-01T00:00:00+00:00",
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "pending": False,
        "flags": 0,
        "communication_disabled_until": None,
    }


def _role(
    role_id: str, name: str, permissions: int, position: int, bot_id: str | None = None
) -> JSON:
    role: JSON = {
        "id": role_id,
        "name": name,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "icon": None,
        "unicode_emoji": None,
        "position": position,
        "permissions": str(permissions),
        "managed": bot_id is not None,
        "mentionable": False,
        "flags": 0,
    }
    if bot_id is not None:
        role["tags"] = {"bot_id": bot_id}
    return role


def _normalise_embed(embed: JSON) -> JSON:
    out = dict(embed)
    out.setdefault("type", "rich")
    return out


def _iso_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def _route_shape(path: str) -> str:
    return re.sub(r"/\d{15,}", "/{id}", path)


def _short(value: Any, limit: int = 120) -> str:
    text = json.dumps(value, default=str) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _last_leaf(options: Mapping[str, Any]) -> str:
    key, value = list(options.items())[-1]
    return _last_leaf(value) if isinstance(value, Mapping) and value else key


async def _quietly(aw: Any, timeout: float) -> None:
    with contextlib.suppress(TimeoutError, ConnectionError, RuntimeError, asyncio.CancelledError):
        await asyncio.wait_for(aw, timeout)


_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


# ---------------------------------------------------------------------- validation


def _validate_message(
    body: JSON, files: list[dict[str, Any]], *, require_body: bool, prefix: str = ""
) -> dict[str, str]:
    """Discord's limits on a message body; returns {field path: problem}."""
    problems: dict[str, str] = {}
    content = body.get("content")
    if content is not None and not isinstance(content, str):
        problems[prefix + "content"] = "Must be a string"
    elif content is not None and len(content) > 2000:
        problems[prefix + "content"] = "Must be 2000 or fewer in length."
    embeds = body.get("embeds") or []
    if len(embeds) > 10:
        problems[prefix + "embeds"] = "Must be 10 or fewer in length."
    total = 0
    for i, embed in enumerate(embeds):
        limits = {"title": 256, "description": 4096}
        for key, limit in limits.items():
            text = embed.get(key) or ""
            total += len(text)
            if len(text) > limit:
                problems[f"{prefix}embeds.{i}.{key}"] = f"Must be {limit} or fewer in length."
        for key, sub, limit in (("footer", "text", 2048), ("author", "name", 256)):
            text = (embed.get(key) or {}).get(sub) or ""
            total += len(text)
            if len(text) > limit:
                problems[f"{prefix}embeds.{i}.{key}.{sub}"] = f"Must be {limit} or fewer in length."
        fields = embed.get("fields") or []
        if len(fields) > 25:
            problems[f"{prefix}embeds.{i}.fields"] = "Must be 25 or fewer in length."
        for j, fld in enumerate(fields):
            name, value = fld.get("name") or "", fld.get("value") or ""
            total += len(name) + len(value)
            if not name or len(name) > 256:
                problems[f"{prefix}embeds.{i}.fields.{j}.name"] = (
                    "Must be between 1 and 256 in length."
                )
            if not value or len(value) > 1024:
                problems[f"{prefix}embeds.{i}.fields.{j}.value"] = (
                    "Must be between 1 and 1024 in length."
                )
    if total > 6000:
        problems[prefix + "embeds"] = "Embed size exceeds maximum size of 6000"
    components = body.get("components") or []
    v2 = int(body.get("flags") or 0) & FLAG_COMPONENTS_V2
    if not v2:
        if len(components) > 5:
            problems[prefix + "components"] = "Must be 5 or fewer in length."
        for i, row in enumerate(components):
            if row.get("type") != 1:
                problems[f"{prefix}components.{i}.type"] = (
                    "Top-level components must be action rows"
                )
                continue
            children = row.get("components") or []
            if not 1 <= len(children) <= 5:
                problems[f"{prefix}components.{i}.components"] = (
                    "Must be between 1 and 5 in length."
                )
            for j, comp in enumerate(children):
                where = f"{prefix}components.{i}.components.{j}"
                if len(comp.get("custom_id") or "") > 100:
                    problems[where + ".custom_id"] = "Must be 100 or fewer in length."
                if len(comp.get("label") or "") > 80:
                    problems[where + ".label"] = "Must be 80 or fewer in length."
                if comp.get("type") == 2 and (comp.get("style") == 5) != bool(comp.get("url")):
                    problems[where + ".url"] = "Link buttons need a url, others must not have one"
                if (
                    comp.get("type") == 2
                    and comp.get("style") not in (5, 6)
                    and not comp.get("custom_id")
                ):
                    problems[where + ".custom_id"] = "This field is required"
    if require_body and not (
        content or embeds or components or files or body.get("sticker_ids") or body.get("poll")
    ):
        return {prefix + "content": "Cannot send an empty message"}
    return problems


def _validate_choices(choices: Any) -> dict[str, str]:
    if not isinstance(choices, list):
        return {"data.choices": "This field is required"}
    problems: dict[str, str] = {}
    if len(choices) > 25:
        problems["data.choices"] = "Must be 25 or fewer in length."
    for i, choice in enumerate(choices):
        name = choice.get("name") or ""
        if not 1 <= len(name) <= 100:
            problems[f"data.choices.{i}.name"] = "Must be between 1 and 100 in length."
        value = choice.get("value")
        if isinstance(value, str) and len(value) > 100:
            problems[f"data.choices.{i}.value"] = "Must be 100 or fewer in length."
    return problems


def _validate_modal(data: JSON) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not data.get("custom_id") or len(data["custom_id"]) > 100:
        problems["data.custom_id"] = "Must be between 1 and 100 in length."
    if not data.get("title") or len(data["title"]) > 45:
        problems["data.title"] = "Must be between 1 and 45 in length."
    if not 1 <= len(data.get("components") or []) <= 5:
        problems["data.components"] = "Must be between 1 and 5 in length."
    return problems


def _validate_commands(commands: list[JSON]) -> dict[str, str]:
    problems: dict[str, str] = {}
    seen: set[tuple[str, int]] = set()
    for i, cmd in enumerate(commands):
        ctype = int(cmd.get("type", 1))
        name = cmd.get("name") or ""
        if (name, ctype) in seen:
            problems[f"{i}.name"] = "APPLICATION_COMMANDS_DUPLICATE_NAME"
        seen.add((name, ctype))
        if ctype == 1:
            if not COMMAND_NAME_RE.match(name) or name != name.lower():
                problems[f"{i}.name"] = "Command name is invalid"
            if not 1 <= len(cmd.get("description") or "") <= 100:
                problems[f"{i}.description"] = "Must be between 1 and 100 in length."
            _validate_command_options(cmd.get("options") or [], f"{i}.options", problems)
        elif not 1 <= len(name) <= 32:
            problems[f"{i}.name"] = "Must be between 1 and 32 in length."
    return problems


def _validate_command_options(options: list[JSON], where: str, problems: dict[str, str]) -> None:
    if len(options) > 25:
        problems[where] = "Must be 25 or fewer in length."
    seen_optional = False
    names: set[str] = set()
    for j, opt in enumerate(options):
        name = opt.get("name") or ""
        if not COMMAND_NAME_RE.match(name) or name != name.lower():
            problems[f"{where}.{j}.name"] = "Command name is invalid"
        if name in names:
            problems[f"{where}.{j}.name"] = "APPLICATION_COMMANDS_DUPLICATE_NAME"
        names.add(name)
        if not 1 <= len(opt.get("description") or "") <= 100:
            problems[f"{where}.{j}.description"] = "Must be between 1 and 100 in length."
        if opt.get("required"):
            if seen_optional:
                problems[f"{where}.{j}.required"] = (
                    "Required options must be placed before non-required options"
                )
        elif int(opt.get("type", 3)) not in (1, 2):
            seen_optional = True
        choices = opt.get("choices") or []
        if len(choices) > 25:
            problems[f"{where}.{j}.choices"] = "Must be 25 or fewer in length."
        if choices and opt.get("autocomplete"):
            problems[f"{where}.{j}.autocomplete"] = "Autocomplete cannot be set with choices"
        if int(opt.get("type", 3)) in (1, 2):
            _validate_command_options(opt.get("options") or [], f"{where}.{j}.options", problems)
