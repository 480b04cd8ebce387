"""Maintainers' changes to the fact base: chat edits, reloads from the files, export.

The rule for a fact changed both in chat and in its file: **the newer change wins.** A chat
edit is laid over the file version it was made against (its hash is kept). When a reload finds
that file version changed, or gone, the file change is the newer one and replaces the chat
edit; the chat version stays in the audit log, so nothing a maintainer wrote is lost. While the
file version is unchanged, the chat edit wins. ``factbot check --db`` lists the facts whose chat
edit overrides their file, so they can be exported and committed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import process

from bot.facts import Fact, FactBase, FactsError, fact_hash, fact_record, parse_fact
from bot.state import OverlayRow

EDITABLE = ("date", "until", "approx", "text", "questions", "tags", "source")
CHAT_FILE = "chat.yaml"


class EditError(Exception):
    """A change that cannot be made; the message says why. Nothing was changed."""


@dataclass(frozen=True)
class Change:
    """What one chat edit did to one fact."""

    fact_id: str
    action: str
    changes: dict[str, Any]


@dataclass
class ReloadReport:
    """What a reload from the files changed, or the problems that stopped it."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    file_wins: list[str] = field(default_factory=list)  # chat edits replaced by newer file changes
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Tell whether the reload went through."""
        return not self.problems


def split_list(value: str | None) -> list[str] | None:
    """A ``;``-separated chat value as a list ("a; b" -> ["a", "b"]); None stays None."""
    if value is None:
        return None
    return [part.strip() for part in value.split(";") if part.strip()]


def plan_add(
    values: Mapping[str, Any],
    served: Mapping[str, Fact],
    file_ids: set[str],
    overlay: Mapping[str, OverlayRow],
) -> tuple[Fact, OverlayRow, Change]:
    """Check a new fact; raise EditError unless it can be added."""
    fact_id = str(values.get("id", "")).strip()
    if fact_id in served:
        raise EditError(f"a fact with id '{fact_id}' already exists; use /fact edit")
    if fact_id in file_ids or fact_id in overlay:
        raise EditError(f"'{fact_id}' is a retired fact; use /fact restore")
    fact = _validated({k: v for k, v in values.items() if v is not None})
    record = fact_record(fact)
    change = Change(fact.id, "add", {k: [None, v] for k, v in record.items() if k != "id"})
    return fact, OverlayRow(fact.id, record, False, None), change


def plan_edit(
    fact_id: str,
    given: Mapping[str, Any],
    served: Mapping[str, Fact],
    file_hashes: Mapping[str, str],
    overlay: Mapping[str, OverlayRow],
) -> tuple[OverlayRow, Change]:
    """Merge the given fields into a fact; raise EditError unless the result is valid and new.

    ``questions`` are appended to the fact's alternate questions; other fields are replaced.
    """
    current = _served(fact_id, served, overlay)
    record = fact_record(current)
    merged = dict(record)
    for key, value in given.items():
        if value is None:
            continue
        if key not in EDITABLE:
            raise EditError(f"'{key}' cannot be edited; editable fields: {', '.join(EDITABLE)}")
        if key == "questions":
            merged["questions"] = list(dict.fromkeys([*record.get("questions", []), *value]))
        else:
            merged[key] = value
    fact = _validated({k: v for k, v in merged.items() if v not in (None, "", [])})
    after = fact_record(fact)
    changes = {
        key: [record.get(key), after.get(key)]
        for key in EDITABLE
        if record.get(key) != after.get(key)
    }
    if not changes:
        raise EditError("nothing to change: the fact already says that")
    existing = overlay.get(fact_id)
    base_hash = existing.base_hash if existing else file_hashes.get(fact_id)
    return OverlayRow(fact_id, after, False, base_hash), Change(fact_id, "edit", changes)


def plan_retire(
    fact_id: str,
    served: Mapping[str, Fact],
    file_hashes: Mapping[str, str],
    overlay: Mapping[str, OverlayRow],
) -> tuple[OverlayRow, Change]:
    """Retire a served fact (reversibly)."""
    _served(fact_id, served, overlay)
    existing = overlay.get(fact_id)
    record = existing.record if existing else None
    base_hash = existing.base_hash if existing else file_hashes.get(fact_id)
    row = OverlayRow(fact_id, record, True, base_hash)
    return row, Change(fact_id, "retire", {"retired": [False, True]})


def plan_restore(
    fact_id: str, overlay: Mapping[str, OverlayRow]
) -> tuple[OverlayRow | None, Change]:
    """Bring a retired fact back as it was."""
    existing = overlay.get(fact_id)
    if existing is None or not existing.retired:
        raise EditError(f"'{fact_id}' is not retired")
    row = (
        None
        if existing.record is None
        else OverlayRow(fact_id, existing.record, False, existing.base_hash)
    )
    return row, Change(fact_id, "restore", {"retired": [True, False]})


def reconcile(
    old_files: Mapping[str, tuple[Fact, str]], new_base: FactBase, rows: list[OverlayRow]
) -> tuple[ReloadReport, list[tuple[str, str, dict[str, Any]]], list[OverlayRow]]:
    """Compare the files' new facts with the last load's; apply "the newer change wins".

    Returns the report, the audit entries for file changes, and the chat edits that the
    newer file changes replace (to drop from the overlay).
    """
    report = ReloadReport()
    entries: list[tuple[str, str, dict[str, Any]]] = []
    new = {fact.id: fact for fact in new_base.facts}
    for fact_id, fact in new.items():
        if fact_id not in old_files:
            report.added.append(fact_id)
            entries.append((fact_id, "file-add", _diff({}, fact_record(fact))))
        elif old_files[fact_id][1] != fact_hash(fact):
            report.changed.append(fact_id)
            before = fact_record(old_files[fact_id][0])
            entries.append((fact_id, "file-change", _diff(before, fact_record(fact))))
    for fact_id, (fact, _) in old_files.items():
        if fact_id not in new:
            report.removed.append(fact_id)
            entries.append((fact_id, "file-remove", _diff(fact_record(fact), {})))
    replaced = []
    for row in rows:
        if row.base_hash is None or row.record is None:
            continue  # added in chat, or only retired: no file version to race with
        current = new.get(row.fact_id)
        if current is None or fact_hash(current) != row.base_hash:
            replaced.append(row)
            report.file_wins.append(row.fact_id)
    return report, entries, replaced


def overlay_conflicts(
    old_files: Mapping[str, tuple[Fact, str]], rows: list[OverlayRow]
) -> list[str]:
    """Lines naming each fact whose chat edit overrides its file version."""
    lines = []
    for row in rows:
        if row.fact_id in old_files and row.record is not None:
            fact = old_files[row.fact_id][0]
            lines.append(
                f"{fact.path}:{fact.line}: fact '{row.fact_id}' is edited in chat; "
                "the chat version is served (export it to keep it in the files)"
            )
        elif row.retired and row.fact_id in old_files:
            fact = old_files[row.fact_id][0]
            lines.append(f"{fact.path}:{fact.line}: fact '{row.fact_id}' is retired in chat")
    return lines


def export_files(
    served: list[Fact],
    retired: list[Fact],
    file_paths: Mapping[str, str],
    out: Path,
    *,
    include_retired: bool,
) -> list[Path]:
    """Write facts in the facts/ format: each to its own file's name (``file_paths``, by id),
    facts added in chat to chat.yaml; retired ones, if asked, tagged 'retired'."""
    by_file: dict[str, list[tuple[int, Fact]]] = {}
    marked = [_with_tags(f, (*f.tags, "retired")) for f in retired] if include_retired else []
    for fact in [*served, *marked]:
        origin = file_paths.get(fact.id)
        name = Path(origin).name if origin else CHAT_FILE
        by_file.setdefault(name, []).append((len(by_file.get(name, [])), fact))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, entries in sorted(by_file.items()):
        records = [fact_record(f) for _, f in entries]
        sources = {r.get("source") for r in records}
        document: dict[str, Any] = {}
        if len(sources) == 1 and None not in sources:
            document["source"] = sources.pop()
            for record in records:
                record.pop("source", None)
        document["facts"] = records
        target = out / name
        target.write_text(
            "# Exported by factbot: the fact base with maintainers' chat edits applied.\n"
            + yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100),
            encoding="utf-8",
        )
        written.append(target)
    return written


def write_regression_questions(answered: list[tuple[str, str]], out: Path) -> Path:
    """Write answered questions as a ``factbot eval`` file (``any: [fact id]``), each once."""
    seen: dict[str, str] = {}
    for question, fact_id in answered:
        seen.setdefault(" ".join(question.split()), fact_id)
    cases = [{"q": q, "kind": "regression", "any": [fact_id]} for q, fact_id in seen.items()]
    out.mkdir(parents=True, exist_ok=True)
    target = out / "questions.yaml"
    target.write_text(
        "# Questions factbot answered and nobody voted down: run 'factbot eval' on them.\n"
        + yaml.safe_dump(cases, sort_keys=False, allow_unicode=True, width=100),
        encoding="utf-8",
    )
    return target


def _with_tags(fact: Fact, tags: tuple[str, ...]) -> Fact:
    record = {**fact_record(fact), "tags": list(dict.fromkeys(tags))}
    return parse_fact(record, path=fact.path, line=fact.line)


def _served(fact_id: str, served: Mapping[str, Fact], overlay: Mapping[str, OverlayRow]) -> Fact:
    if fact_id in served:
        return served[fact_id]
    if fact_id in overlay and overlay[fact_id].retired:
        raise EditError(f"'{fact_id}' is retired; use /fact restore first")
    guess = process.extractOne(fact_id, list(served), score_cutoff=75)
    hint = f" (did you mean '{guess[0]}'?)" if guess else ""
    raise EditError(f"there is no fact with id '{fact_id}'{hint}")


def _validated(values: Mapping[str, Any]) -> Fact:
    try:
        return parse_fact(dict(values), path="chat")
    except FactsError as exc:
        messages = "; ".join(p.message for p in exc.problems)
        raise EditError(messages) from None


def _diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    keys = [k for k in (*EDITABLE, "id") if k in before or k in after]
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}


def snapshot(overlay_rows: list[OverlayRow]) -> dict[str, OverlayRow]:
    """The overlay rows by fact id."""
    return {row.fact_id: row for row in overlay_rows}
