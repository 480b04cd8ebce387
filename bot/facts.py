"""The Fact model, and reading and validating ``facts/*.yaml`` with ``path:line`` errors.

YAML is read node by node (PyYAML's composer keeps every node's line) and each fact is validated
with pydantic, so every problem can be reported at the line that causes it. Dates are taken as
written (the scalar text), because YAML would turn ``2018-01-15`` into a date, ``2013`` into an
int, and reject ``2019-02-30`` before we could say which line it is on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, StringConstraints, ValidationError
from rapidfuzz import process

from bot.dates import APPROX_VALUES, DateError, PartialDate, Period, span_label, span_period

FACT_FILE_PATTERNS = ("*.yaml", "*.yml")
ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
FILE_KEYS = ("source", "facts")
# libyaml's loader when PyYAML was built with it (much faster on large bases); both keep line marks.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Fact:
    """One dated event: what happened, when, and the words people use to ask about it."""

    id: str
    date: PartialDate
    text: str
    until: PartialDate | None = None
    questions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    source: str | None = None
    path: str = ""
    line: int = 0

    @cached_property
    def period(self) -> Period:
        """The days the fact covers: its date, or its span up to ``until``."""
        return span_period(self.date, self.until)

    @cached_property
    def when(self) -> str:
        """The fact's date in words, at its own precision."""
        return span_label(self.date, self.until)


@dataclass(frozen=True, order=True)
class Problem:
    """A validation problem at a place in a fact file."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class FactsError(Exception):
    """The fact base has problems; ``problems`` lists each with its file and line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the fact base")


@dataclass
class FactBase:
    """The facts read from a folder, and what was wrong with them."""

    folder: Path
    facts: list[Fact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    fingerprint: str = ""
    files: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Tell whether the fact base has no problems at all."""
        return not self.problems


class _FactFields(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    id: Annotated[str, StringConstraints(pattern=ID_PATTERN)]
    date: str
    until: str | None = None
    approx: Literal["early", "mid", "late"] | None = None
    text: str
    questions: list[str] = []
    tags: list[str] = []
    source: str | None = None


FACT_KEYS = tuple(_FactFields.model_fields)


def fact_files(folder: Path) -> list[Path]:
    """List the fact files of a folder, in a stable order."""
    found = {p for pattern in FACT_FILE_PATTERNS for p in folder.glob(pattern) if p.is_file()}
    return sorted(found)


def fingerprint(folder: Path) -> str:
    """Hash the names and contents of the fact files, to tell when a database is stale."""
    digest = hashlib.sha256()
    for path in fact_files(folder):
        _hash_file(digest, path, path.read_bytes())
    return digest.hexdigest()


def _hash_file(digest: Any, path: Path, raw: bytes) -> None:
    digest.update(path.name.encode() + b"\0")
    digest.update(hashlib.sha256(raw).digest())


def load_facts(folder: Path | str) -> FactBase:
    """Read and validate every fact file in ``folder``; problems are collected, not raised."""
    folder = Path(folder)
    base = FactBase(folder=folder)
    if not folder.is_dir():
        base.problems.append(Problem(str(folder), 0, "no such folder of fact files"))
        return base
    files = fact_files(folder)
    if not files:
        base.problems.append(Problem(str(folder), 0, "no fact files (*.yaml) in this folder"))
    digest = hashlib.sha256()
    first_seen: dict[str, Fact] = {}
    for path in files:
        raw = path.read_bytes()
        _hash_file(digest, path, raw)
        shown = _display(path)
        base.files.append(shown)
        for item in _read_file(shown, raw, base.problems):
            earlier = first_seen.get(item.id)
            if earlier is not None:
                base.problems.append(
                    Problem(
                        item.path,
                        item.line,
                        f"duplicate id {item.id!r}; first defined at {earlier.path}:{earlier.line}",
                    )
                )
                continue
            first_seen[item.id] = item
            base.facts.append(item)
    base.fingerprint = digest.hexdigest()
    return base


def parse_fact(values: dict[str, Any], *, path: str = "", line: int = 0) -> Fact:
    """Build a Fact from plain field values, raising FactsError with what is wrong."""
    problems: list[Problem] = []
    fact = _validate(values, path, line, {}, problems)
    if fact is None:
        raise FactsError(problems)
    return fact


def fact_record(fact: Fact) -> dict[str, Any]:
    """A fact as the plain values of the facts/ format (the inverse of ``parse_fact``)."""
    record: dict[str, Any] = {"id": fact.id, "date": fact.date.iso()}
    if fact.until is not None:
        record["until"] = fact.until.iso()
    if fact.date.approx is not None:
        record["approx"] = fact.date.approx
    record["text"] = fact.text
    if fact.questions:
        record["questions"] = list(fact.questions)
    if fact.tags:
        record["tags"] = list(fact.tags)
    if fact.source is not None:
        record["source"] = fact.source
    return record


def fact_hash(fact: Fact) -> str:
    """A short hash of a fact's content, to tell whether it changed."""
    text = json.dumps(fact_record(fact), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _read_file(path: str, raw: bytes, problems: list[Problem]) -> Iterator[Fact]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(path, line, "not UTF-8 text"))
        return
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problems.append(Problem(path, line, f"YAML syntax error: {exc.problem or exc}"))
        return
    except yaml.YAMLError as exc:
        problems.append(Problem(path, 1, f"YAML error: {exc}"))
        return
    finally:
        loader.dispose()
    if root is None:
        problems.append(Problem(path, 1, "empty file; expected a 'facts:' list"))
        return
    if not isinstance(root, yaml.MappingNode):
        problems.append(Problem(path, _line(root), "expected a mapping with a 'facts:' list"))
        return
    top = _mapping(root, path, problems)
    for key, (_, key_line) in top.items():
        if key not in FILE_KEYS:
            problems.append(Problem(path, key_line, _unknown_key(key, FILE_KEYS, "file-level")))
    file_source: str | None = None
    if "source" in top:
        node, key_line = top["source"]
        value = _construct(node)
        if isinstance(value, str) and value.strip():
            file_source = value.strip()
        else:
            problems.append(Problem(path, key_line, "'source' must be non-empty text"))
    if "facts" not in top:
        problems.append(Problem(path, _line(root), "missing the 'facts:' list"))
        return
    facts_node, facts_line = top["facts"]
    if isinstance(facts_node, yaml.ScalarNode) and _construct(facts_node) is None:
        return
    if not isinstance(facts_node, yaml.SequenceNode):
        problems.append(Problem(path, facts_line, "'facts' must be a list of facts"))
        return
    for item in facts_node.value:
        if not isinstance(item, yaml.MappingNode):
            message = "each fact must be a mapping (id:, date:, text: ...)"
            problems.append(Problem(path, _line(item), message))
            continue
        fields = _mapping(item, path, problems)
        fact = _fact_from_nodes(fields, path, _line(item), file_source, problems)
        if fact is not None:
            yield fact


def _fact_from_nodes(
    fields: dict[str, tuple[yaml.Node, int]],
    path: str,
    line: int,
    file_source: str | None,
    problems: list[Problem],
) -> Fact | None:
    values: dict[str, Any] = {}
    lines: dict[tuple[Any, ...], int] = {}
    for key, (node, key_line) in fields.items():
        lines[(key,)] = key_line
        if isinstance(node, yaml.SequenceNode):
            for index, child in enumerate(node.value):
                lines[(key, index)] = _line(child)
        if key in ("date", "until") and isinstance(node, yaml.ScalarNode):
            values[key] = node.value  # as written: YAML must not reinterpret dates
        else:
            values[key] = _construct(node)
    if values.get("source") is None and file_source is not None:
        values["source"] = file_source
    return _validate(values, path, line, lines, problems)


def _validate(
    values: dict[str, Any],
    path: str,
    line: int,
    lines: dict[tuple[Any, ...], int],
    problems: list[Problem],
) -> Fact | None:
    label = f"fact {values['id']!r}" if isinstance(values.get("id"), str) else "fact"
    before = len(problems)
    fields: _FactFields | None = None
    try:
        fields = _FactFields.model_validate(values)
    except ValidationError as exc:
        for error in exc.errors():
            loc = tuple(error["loc"])
            where = lines.get(loc) or lines.get(loc[:1]) or line
            problems.append(Problem(path, where, _explain(error, label)))
    # The checks below run even when other fields failed, so one pass reports every problem.
    text = values.get("text")
    if isinstance(text, str) and not text.strip():
        problems.append(Problem(path, lines.get(("text",), line), f"{label} has empty text"))
    source = values.get("source")
    if isinstance(source, str) and not source.strip():
        where = lines.get(("source",), line)
        problems.append(Problem(path, where, f"{label} has an empty 'source'; leave it out"))
    questions = _clean_list(values.get("questions"), "questions", label, path, lines, problems)
    tags = _clean_list(values.get("tags"), "tags", label, path, lines, problems)
    approx = values.get("approx") if values.get("approx") in APPROX_VALUES else None
    date_line = lines.get(("date",), line)
    date = _date(values.get("date"), approx, "date", label, path, date_line, problems)
    until_line = lines.get(("until",), line)
    until = _date(values.get("until"), None, "until", label, path, until_line, problems)
    if date is not None and until is not None and until.period().end < date.period().start:
        problems.append(
            Problem(path, until_line, f"{label}: until {until.iso()} is before date {date.iso()}")
        )
    if len(problems) > before or fields is None or date is None:
        return None
    return Fact(
        id=fields.id,
        date=date,
        until=until,
        text=fields.text.strip(),
        questions=questions,
        tags=tags,
        source=fields.source.strip() if fields.source else None,
        path=path,
        line=line,
    )


def _date(
    raw: Any,
    approx: Any,
    key: str,
    label: str,
    path: str,
    line: int,
    problems: list[Problem],
) -> PartialDate | None:
    if not isinstance(raw, str):
        return None  # absent, or already reported as the wrong type
    try:
        return PartialDate.parse(raw, approx=approx)
    except DateError as exc:
        problems.append(Problem(path, line, f"{label}: {key}: {exc}"))
        return None


def _clean_list(
    items: Any,
    key: str,
    label: str,
    path: str,
    lines: dict[tuple[Any, ...], int],
    problems: list[Problem],
) -> tuple[str, ...]:
    if not isinstance(items, list):
        return ()
    cleaned = []
    for index, item in enumerate(items):
        if not isinstance(item, str):
            continue  # reported by the schema check
        if not item.strip():
            where = lines.get((key, index), lines.get((key,), 0))
            problems.append(Problem(path, where, f"{label}: {key} entry {index + 1} is empty"))
        else:
            cleaned.append(item.strip())
    return tuple(cleaned)


def _explain(error: Any, label: str) -> str:
    loc = tuple(error["loc"])
    name = str(loc[0]) if loc else "?"
    kind = error["type"]
    if kind == "missing":
        return f"{label} is missing the required field {name!r}"
    if kind == "extra_forbidden":
        return f"{label}: {_unknown_key(name, FACT_KEYS, 'fact')}"
    if kind == "string_pattern_mismatch":
        return (
            f"id {error['input']!r} must be lowercase letters, digits and single '-' "
            "between them (for example 'first-round-2015')"
        )
    if kind == "literal_error":
        return f"{label}: 'approx' must be early, mid or late, not {error['input']!r}"
    if kind == "list_type":
        return f"{label}: {name!r} must be a list of text entries"
    if kind == "string_type":
        where = f"{name} entry {loc[1] + 1}" if len(loc) > 1 else name
        got = type(error["input"]).__name__
        return f"{label}: {where!r} must be text, not {got}"
    return f"{label}: {name}: {error['msg']}"


def _unknown_key(key: str, known: tuple[str, ...], what: str) -> str:
    message = f"unknown {what} field {key!r}"
    guess = process.extractOne(key, known, score_cutoff=70)
    if guess is not None:
        message += f" (did you mean {guess[0]!r}?)"
    return message + f"; known fields: {', '.join(known)}"


def _mapping(
    node: yaml.MappingNode, path: str, problems: list[Problem]
) -> dict[str, tuple[yaml.Node, int]]:
    fields: dict[str, tuple[yaml.Node, int]] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key in fields:
            problems.append(Problem(path, _line(key_node), f"field {key!r} is given twice"))
            continue
        fields[key] = (value_node, _line(key_node))
    return fields


_STR_TAG = "tag:yaml.org,2002:str"


def _construct(node: yaml.Node) -> Any:
    # Most values are plain text or lists of it: no constructor needed (loads 100,000 facts
    # in a fraction of the time).
    if isinstance(node, yaml.ScalarNode) and node.tag == _STR_TAG:
        return node.value
    if isinstance(node, yaml.SequenceNode) and all(
        isinstance(child, yaml.ScalarNode) and child.tag == _STR_TAG for child in node.value
    ):
        return [child.value for child in node.value]
    constructor = yaml.constructor.SafeConstructor()
    try:
        return constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError):
        return node.value if isinstance(node, yaml.ScalarNode) else None


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1
