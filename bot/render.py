"""Answer -> text a person reads, and the JSON contract of ``factbot ask --json``. Pure."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from bot.choice import Match
from bot.dates import PartialDate, duration_label
from bot.engine import LOOSE, Answer
from bot.evidence import DURATION_RE, named_places
from bot.facts import Fact
from bot.ranking import MEASURE_RE, SIZE_ASKED_RE
from bot.state import AuditEntry
from bot.text import stem, words

LIST_LIMIT = 10
LOOSE_LINE = "(A loose match: no fact says it in those words.)"


def headline(answer: Answer, fact: Fact) -> str:
    """The answer in the form the question asks for: a date, a duration, a count, or the date
    of the fact that answers it.
    """
    if (today := answer.query.asked_on) is not None and fact.date.period().start <= today:
        # "how long ago did we move?": "11 years and 8 months ago (March 2015)"
        since = duration_label(fact.date, PartialDate.parse(today.isoformat()))
        if since and not since.startswith("0 "):  # (not "0 years ago" for this year)
            return f"{since} ago ({fact.when})"
    if answer.query.qtype == "how_long" and answer.until is not None:
        # "how long was Margaret musical director?": from her taking over to her successor's
        duration = duration_label(fact.date, answer.until.date)
        if duration:
            return f"{duration} ({fact.when} – {answer.until.when})"
    if answer.query.qtype == "how_long":
        duration = duration_label(fact.date, fact.until)
        if not duration and (written := DURATION_RE.search(fact.text)):
            duration = written.group(0)  # no span: what the text says ("47 minutes")
        if duration:
            return f"{duration} ({fact.when})"
    if SIZE_ASKED_RE.match(answer.query.text) and (measure := MEASURE_RE.search(fact.text)):
        return f"{measure.group(0)} ({fact.when})"  # "how big was the Silver Tern?": "21 metres"
    if answer.query.qtype == "where":
        # the place the question does not name already ("where was the Manchester office?":
        # Ancoats Works, not Manchester)
        places = named_places(fact.text)
        if places:
            named = set(words(answer.query.text, normalized=True))
            place = next((p for p in places if not set(words(p)) <= named), places[0])
            return f"{place} ({fact.when})"
    if answer.query.qtype == "how_many":
        if _HOW_MUCH_MONEY_RE.search(answer.query.text) and (money := _MONEY_RE.search(fact.text)):
            # "how much did the skydive bring in?": "£19,500", not "twenty-three supporters"
            return f"{money.group(0)} ({fact.when})"
        counts = [_counted(m) for m in _COUNT_RE.finditer(fact.text)]
        # The count of what the question asks about: "how many rounds" -> "eight rounds".
        noun = re.search(r"\bhow (?:many|much)\s+([\w-]+)", answer.query.text)
        asked = {stem(noun.group(1))} if noun else {t.stem for t in answer.query.terms}
        about = [c for c in counts if asked & {stem(w) for w in words(c)}]
        if about or counts:
            return f"{(about or counts)[0]} ({fact.when})"
    return fact.when


_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER = (
    # ("twenty-three supporters": the whole number)
    rf"(?:{_TENS})-(?:one|two|three|four|five|six|seven|eight|nine)|"
    r"(?!(?:1[0-9]|20)[0-9][0-9]\b)\d[\d,]*(?![.\d])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|a hundred|a dozen|dozens of|hundreds of|thousands of"
)
# A sum of money asked for ("how much did it cost?", "how much cash did it bring in?"; not "how
# much time"), and one in a fact's text: "£19,500", "$2.5m", "£350,000"
_HOW_MUCH_MONEY_RE = re.compile(
    r"\bhow much\b(?! (?:time|longer|earlier|later|rain|snow|land|space|room)\b)",
    re.IGNORECASE,
)
_MONEY_RE = re.compile(
    r"[£$€]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|million|billion|thousand)\b)?",
    re.IGNORECASE,
)
# A count in a fact's text: "eight rounds", "more than 30 times", "214 league goals"; not a
# year ("in 2013") or a version ("Python 3.11").
_COUNT_RE = re.compile(
    rf"(?P<number>\b(?:(?:more than|over|about|around|nearly|almost|some|as many as|at least|"
    rf"up to)\s+)?(?<![\w.])(?:{_NUMBER}))"
    # ("scoring 1,581 out of 1,600": the score whole)
    rf"(?:(?P<score>\s+out of\s+\d[\d,]*(?![.\d])"
    rf"(?:\s+(?!(?:and|or|in|of|to|from|by|at|on)\b)[a-z][\w-]*)?)|"
    rf"(?:\s+(?!(?:and|or|in|of|to|from|by|out)\b)(?!(?:{_NUMBER})\b)[a-z][\w-]*){{1,3}})",
    re.IGNORECASE,
)


def _counted(count: re.Match[str]) -> str:
    """A count as far as the things counted: "63 oiled mute swans", "twelve heated pens" (not
    "pens opened"), "1,100 visitors" (not "visitors came"); "40 paid staff" as it stands."""
    phrase = count.group(0)
    if count.group("score"):
        return phrase  # "1,581 out of 1,600": a score, told whole
    number = len(count.group("number").split())
    tokens = phrase.split()
    plural = [
        i
        for i, token in enumerate(tokens[number:], number)
        if token.lower().endswith("s") and token.lower() not in _NOT_PLURAL
    ]
    if plural:
        return " ".join(tokens[: plural[-1] + 1])
    return " ".join(tokens[: number + 2])  # (up to two words, as before a third was read)


_NOT_PLURAL = frozenset("was is has as us this its his thus".split())


def fact_line(fact: Fact) -> str:
    """One fact as a line: its date in words, then its text."""
    return f"{fact.when} — {fact.text}"


def reply_text(answer: Answer) -> str:
    """The reply as plain text: date first, then the fact, then its source."""
    if answer.status == "declined":
        return decline_text(answer)
    top = answer.matches[0]
    if answer.mode == "list":
        if answer.choices > 1:  # the facts on the question's topic, best first: show by date
            chosen = answer.matches[: answer.choices]
            facts = sorted((m.fact for m in chosen), key=lambda f: (f.period.start, f.id))
        else:  # a whole period, already in the engine's order
            facts = [m.fact for m in answer.matches]
        count = max(answer.total, len(facts))
        lines = [f"{count} fact{'s' if count != 1 else ''} {_time_words(answer)}:"]
        shown = facts[:LIST_LIMIT]
        lines += [f"• {fact_line(f)}" for f in shown]
        if count > len(shown):
            lines.append(f"… and {count - len(shown)} more")
        return "\n".join(lines)
    if answer.status == "ambiguous":
        options = answer.matches[: answer.choices]
        lines = ["That could be more than one thing; did you mean:"]
        lines += [f"{i}. {fact_line(m.fact)}" for i, m in enumerate(options, 1)]
        return "\n".join(lines)
    return single_fact_text(answer, top)


def single_fact_text(answer: Answer, match: Match) -> str:
    """One answered fact: the headline, the fact's text and its source."""
    fact = match.fact
    lines = [f"{headline(answer, fact)} — {fact.text}"]
    if answer.note == LOOSE:
        lines.append(LOOSE_LINE)
    if answer.anchor is not None:
        lines.append(anchor_line(answer))
    if answer.until is not None:
        lines.append(until_line(answer.until))
    if fact.source:
        lines.append(f"Source: {fact.source}")
    return "\n".join(lines)


def until_line(fact: Fact) -> str:
    """The fact that ended a span the answer's fact began, so a reader can check it."""
    return f"Until: {fact.when} — {truncate(fact.text, 120)}"


def anchor_line(answer: Answer) -> str:
    """Which event a "right after X" question was read as, so a reader can check it."""
    assert answer.anchor is not None and answer.query.anchor is not None
    relation = answer.query.anchor.relation.capitalize()
    return f"{relation}: {answer.anchor.when} — {truncate(answer.anchor.text, 120)}"


def decline_text(answer: Answer) -> str:
    """An honest "I don't know", naming what the base has never heard of, with suggestions."""
    if answer.note == "empty":
        return "Ask me about an event, e.g. “when did …?” or “what happened in 2019?”."
    if answer.unknown:
        words = ", ".join(f"“{w}”" for w in answer.unknown[:3])
        first = f"I don't know: the fact base says nothing about {words}."
    elif answer.note and answer.note not in ("no good match", "unknown terms"):
        first = f"I don't know: {answer.note}."
    else:
        first = "I don't know: no fact answers that."
    if not answer.matches:
        return first
    lines = [first, "Closest facts:"]
    lines += [f"• {fact_line(m.fact)}" for m in answer.matches[:3]]
    return "\n".join(lines)


def answer_json(answer: Answer) -> dict[str, Any]:
    """The JSON object of ``factbot ask --json``."""
    return {
        "question": answer.question,
        "answered": answer.answered,
        "status": answer.status,
        "answer": reply_text(answer),
        "matches": [match_json(m) for m in answer.matches[:LIST_LIMIT]],
    }


def match_json(match: Match) -> dict[str, Any]:
    """One match: the fact as written, and its score 0-100."""
    fact = match.fact
    return {
        "id": fact.id,
        "date": fact.date.iso(),
        "until": fact.until.iso() if fact.until else None,
        "approx": fact.date.approx,
        "when": fact.when,
        "text": fact.text,
        "source": fact.source,
        "score": round(match.score, 1),
    }


def _time_words(answer: Answer) -> str:
    time = answer.query.time
    return time.text if time else "found"


# --- Cards: the content of a Discord embed, without Discord --------------------------------
# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
CONTENT_LIMIT = 2000
BUTTON_LABEL_LIMIT = 80

ANSWERED_COLOUR = 0x2B9348
CHOICE_COLOUR = 0xE9C46A
DECLINED_COLOUR = 0x8D99AE


@dataclass(frozen=True)
class Card:
    """What a reply shows: an embed's title, text, fields and footer, within Discord's limits."""

    title: str
    description: str = ""
    fields: tuple[tuple[str, str], ...] = ()
    footer: str = ""
    colour: int = ANSWERED_COLOUR

    def text(self) -> str:
        """The card as plain text, as ``factbot chat`` prints it."""
        parts = [f"**{self.title}**"]
        if self.description:
            parts.append(self.description)
        parts += [f"{name}: {value}" for name, value in self.fields]
        if self.footer:
            parts.append(f"({self.footer})")
        return "\n".join(parts)


def answer_card(answer: Answer) -> Card:
    """The card for an answer: the answer first, then the fact, its source and confidence."""
    if answer.status == "declined":
        lines = decline_text(answer).split("\n")
        return fit_card(Card(lines[0], "\n".join(lines[1:]), colour=DECLINED_COLOUR))
    if answer.mode == "list":
        lines = reply_text(answer).split("\n")
        return fit_card(Card(lines[0], "\n".join(lines[1:]), footer=_footer(answer.matches[0])))
    if answer.status == "ambiguous":
        options = answer.matches[: answer.choices]
        body = "\n".join(f"{i}. {fact_line(m.fact)}" for i, m in enumerate(options, 1))
        return fit_card(Card("Which one do you mean?", body, colour=CHOICE_COLOUR))
    card = fact_card(answer.matches[0], headline(answer, answer.matches[0].fact))
    notes = []
    if answer.note == LOOSE:
        notes.append(("Note", LOOSE_LINE))
    if answer.anchor is not None:
        notes.append(("Read as", anchor_line(answer)))
    if answer.until is not None:
        notes.append(("Until", until_line(answer.until)))
    if not notes:
        return card
    return fit_card(
        Card(card.title, card.description, (*card.fields, *notes), card.footer, card.colour)
    )


def fact_card(match: Match, title: str | None = None) -> Card:
    """One fact in full: its date (or the given headline), text, source and id."""
    fact = match.fact
    fields = [("Source", fact.source)] if fact.source else []
    if fact.tags:
        fields.append(("Tags", ", ".join(fact.tags)))
    return fit_card(Card(title or fact.when, fact.text, tuple(fields), footer=_footer(match)))


def button_label(fact: Fact) -> str:
    """A button's label for a fact: its date and the start of its text."""
    return truncate(f"{fact.when}: {fact.text}", BUTTON_LABEL_LIMIT)


def truncate(text: str, limit: int) -> str:
    """Cut text to ``limit`` characters, ending with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fit_card(card: Card) -> Card:
    """Truncate every part of a card to Discord's limits, and the whole to the total limit."""
    title = truncate(card.title, TITLE_LIMIT)
    fields = tuple(
        (truncate(name, FIELD_NAME_LIMIT), truncate(value, FIELD_VALUE_LIMIT))
        for name, value in card.fields[:25]
    )
    footer = truncate(card.footer, FOOTER_LIMIT)
    used = len(title) + len(footer) + sum(len(n) + len(v) for n, v in fields)
    room = max(0, min(DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - used))
    return Card(title, truncate(card.description, room), fields, footer, card.colour)


def _footer(match: Match) -> str:
    return f"confidence {match.score:.0f}% · fact {match.fact.id}"


def history_lines(entry: AuditEntry) -> list[str]:
    """An audit entry as lines: when, who, what, then each field's before -> after."""
    head = f"{entry.at}  {entry.fact_id}  {entry.action} by {entry.actor or 'unknown'}"
    lines = [head]
    for name, (before, after) in entry.changes.items():
        lines.append(f"    {name}: {_short(before)} -> {_short(after)}")
    return lines


def _short(value: Any, limit: int = 120) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    return truncate(str(value), limit)
