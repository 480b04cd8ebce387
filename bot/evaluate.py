"""Scoring the engine on a question file: the ``factbot eval`` format and its report."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.engine import Answer

CHECK_KEYS = ("any", "none", "date", "has")
KNOWN_KEYS = ("q", "kind", *CHECK_KEYS)


class EvalFileError(Exception):
    """A question file that is not in the ``factbot eval`` format."""


@dataclass(frozen=True)
class Case:
    """One question and what counts as right."""

    q: str
    kind: str
    any: tuple[str, ...] = ()
    none: bool = False
    date: str | None = None
    has: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Result:
    """A case, the engine's answer, and whether it was right."""

    case: Case
    answer: Answer
    ok: bool


def load_cases(path: Path) -> list[Case]:
    """Read a question file; raise EvalFileError naming the entry that is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except UnicodeDecodeError as exc:
        raise EvalFileError(f"{path}: not UTF-8 text") from exc
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise EvalFileError(f"{path}:{line}: YAML syntax error: {exc.problem}") from exc
    except (OSError, yaml.YAMLError) as exc:
        raise EvalFileError(f"{path}: {exc}") from exc
    if not isinstance(data, list):
        raise EvalFileError(f"{path}: expected a YAML list of questions")
    lines = [item.start_mark.line + 1 for item in node.value] if node is not None else []
    return [_case(item, path, line) for item, line in zip(data, lines, strict=True)]


def _case(item: Any, path: Path, line: int) -> Case:
    where = f"{path}:{line}"
    if not isinstance(item, dict) or not isinstance(item.get("q"), str):
        raise EvalFileError(f"{where}: each entry needs a question 'q'")
    unknown = set(item) - set(KNOWN_KEYS)
    if unknown:
        raise EvalFileError(f"{where}: unknown keys {sorted(unknown)}; known: {KNOWN_KEYS}")
    if not any(key in item for key in CHECK_KEYS):
        raise EvalFileError(f"{where}: give one of any:, none:, date:, has:")
    return Case(
        q=item["q"],
        kind=str(item.get("kind", "-")),
        any=_strings(item.get("any")),
        none=bool(item.get("none", False)),
        date=str(item["date"]) if item.get("date") is not None else None,
        has=_strings(item.get("has")),
        line=line,
    )


def _strings(value: Any) -> tuple[str, ...]:
    """A list of strings, or one string written without brackets."""
    if value is None:
        return ()
    if isinstance(value, str | int | float):
        return (str(value),)
    return tuple(str(v) for v in value)


def judge(case: Case, answer: Answer) -> bool:
    """Tell whether the answer is right for the case."""
    if case.none:
        return not answer.answered
    top = answer.top
    if not answer.answered or top is None:
        return False
    fact = top.fact
    if case.any and fact.id not in case.any:
        return False
    if case.date and not fact.date.iso().startswith(case.date):
        return False
    text = fact.text.lower()
    return all(any(alt.lower() in text for alt in entry.split("|")) for entry in case.has)


def run(cases: Iterable[Case], ask: Callable[[str], Answer]) -> list[Result]:
    """Ask every case's question and judge the answer."""
    results = []
    for case in cases:
        answer = ask(case.q)
        results.append(Result(case, answer, judge(case, answer)))
    return results


def accuracy(results: list[Result]) -> float:
    """The share of right answers (1.0 for no cases)."""
    return sum(r.ok for r in results) / len(results) if results else 1.0


def report(results: list[Result]) -> list[str]:
    """A table per kind, the overall accuracy last, then the misses."""
    kinds: dict[str, list[Result]] = {}
    for result in results:
        kinds.setdefault(result.case.kind, []).append(result)
    width = max([len(k) for k in kinds] + [7])
    lines = [f"{'kind':<{width}}  right  total  accuracy"]
    for kind, items in sorted(kinds.items()):
        right = sum(r.ok for r in items)
        lines.append(f"{kind:<{width}}  {right:>5}  {len(items):>5}  {accuracy(items):>8.2f}")
    right = sum(r.ok for r in results)
    lines.append(f"{'overall':<{width}}  {right:>5}  {len(results):>5}  {accuracy(results):>8.2f}")
    misses = [r for r in results if not r.ok]
    if misses:
        lines.append("")
        lines.append(f"misses ({len(misses)}):")
        for r in misses:
            got = r.answer.top.fact.id if r.answer.answered and r.answer.top else "declined"
            want = (
                "decline"
                if r.case.none
                else ",".join(r.case.any) or " ".join(filter(None, [r.case.date, *r.case.has]))
            )
            lines.append(f"  [{r.case.kind}] {r.case.q!r}: got {got}, want {want}")
    return lines
