"""Answer -> text a person reads, and the JSON contract of ``factbot ask --json``. Pure."""

from __future__ import annotations

from typing import Any

from bot.dates import duration_label
from bot.engine import Answer, Match
from bot.facts import Fact

LIST_LIMIT = 10


def headline(answer: Answer, fact: Fact) -> str:
    """The answer in the form the question asks for: a date, a duration, or the date of a fact."""
    if answer.query.qtype == "how_long":
        duration = duration_label(fact.date, fact.until)
        if duration:
            return f"{duration} ({fact.when})"
    return fact.when


def fact_line(fact: Fact) -> str:
    """One fact as a line: its date in words, then its text."""
    return f"{fact.when} — {fact.text}"


def reply_text(answer: Answer) -> str:
    """The reply as plain text: date first, then the fact, then its source."""
    if answer.status == "declined":
        return decline_text(answer)
    top = answer.matches[0]
    if answer.mode == "list":
        facts = [m.fact for m in answer.matches]
        lines = [f"{len(facts)} fact{'s' if len(facts) != 1 else ''} {_time_words(answer)}:"]
        lines += [f"• {fact_line(f)}" for f in facts[:LIST_LIMIT]]
        if len(facts) > LIST_LIMIT:
            lines.append(f"… and {len(facts) - LIST_LIMIT} more")
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
    if fact.source:
        lines.append(f"Source: {fact.source}")
    return "\n".join(lines)


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
