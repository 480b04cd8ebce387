"""The SQLite fact store: built from the fact files with sqlite-utils, swapped in atomically.

The database is derived data: it can always be rebuilt from ``facts/``. It is built in a file
beside the serving one and moved over it with ``os.replace``, so a reader sees the old base or
the new one, never half of one, and a failed load leaves the old base serving. The fingerprint
of the fact files it was built from is kept in ``meta``, so a stale database is noticed and
rebuilt on its own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
import sqlite_utils

from bot import __version__
from bot.dates import PartialDate
from bot.facts import (
    Fact,
    FactBase,
    FactsError,
    fact_hash,
    fact_record,
    fingerprint,
    load_facts,
    parse_fact,
)
from bot.people import Person, people
from bot.text import ANALYZER_VERSION, aliases, analyze, id_label, tag_initials

SCHEMA_VERSION = "7"  # 6: the people the facts name; 7: and places' quoted short names


class StoreError(Exception):
    """The database cannot be opened or built; the message says what to do."""


@dataclass(frozen=True)
class Overlay:
    """Maintainers' chat edits laid over the file facts when the database is built."""

    facts: dict[str, Fact] = field(default_factory=dict)  # chat versions, by id
    retired: frozenset[str] = frozenset()
    version: int = 0  # the last audit entry the overlay includes

    def apply(self, file_facts: list[Fact]) -> list[tuple[Fact, str]]:
        """The facts to serve, each with its origin ("file" or "chat")."""
        served: dict[str, tuple[Fact, str]] = {f.id: (f, "file") for f in file_facts}
        for fact_id, fact in self.facts.items():
            served[fact_id] = (fact, "chat")
        for fact_id in self.retired:
            served.pop(fact_id, None)
        return list(served.values())


NO_OVERLAY = Overlay()


@dataclass(frozen=True)
class BuildReport:
    """What a load built: how many facts from which files, and where."""

    db_path: Path
    facts: int
    files: tuple[str, ...]
    rebuilt: bool


def default_db_path(facts_dir: Path) -> Path:
    """A database file in the user's data directory, one per fact folder."""
    key = hashlib.sha256(str(facts_dir.resolve()).encode()).hexdigest()[:12]
    return Path(platformdirs.user_data_dir("factbot")) / f"facts-{key}.db"


def build_db(base: FactBase, db_path: Path, overlay: Overlay = NO_OVERLAY) -> BuildReport:
    """Build a database from valid facts (and chat edits) beside ``db_path``; swap it in."""
    if base.problems:
        raise FactsError(base.problems)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_builds(db_path)
    prefix = f"{db_path.name}.building-{os.getpid()}-"
    handle, name = tempfile.mkstemp(prefix=prefix, dir=db_path.parent)
    os.close(handle)
    tmp = Path(name)
    tmp.unlink()  # sqlite-utils creates the file; mkstemp only reserved a unique name
    try:
        db = sqlite_utils.Database(tmp)
        try:
            served = _write(db, base, overlay)
        finally:
            db.close()
        with open(tmp, "rb") as written:
            os.fsync(written.fileno())  # on disk before it replaces the serving file
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
    return BuildReport(db_path, served, tuple(base.files), rebuilt=True)


def _remove_abandoned_builds(db_path: Path) -> None:
    """Delete half-built files left by builders that were killed (their process is gone)."""
    for leftover in db_path.parent.glob(f"{db_path.name}.building-*"):
        pid = leftover.name.removeprefix(f"{db_path.name}.building-").split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write(db: sqlite_utils.Database, base: FactBase, overlay: Overlay) -> int:
    db.execute("PRAGMA journal_mode = OFF")  # a private file until the swap: nothing to roll back
    db.execute("PRAGMA synchronous = OFF")
    served = overlay.apply(base.facts)
    df: Counter[str] = Counter()

    def rows() -> Iterator[dict[str, object]]:
        for fact, origin in served:  # one pass: the vocabulary is counted as rows stream out
            vocabulary, alias_text = _analyze(fact)
            df.update(vocabulary)
            yield _row(fact, origin, alias_text)

    db.table("facts").insert_all(
        rows(),
        pk="id",
        batch_size=2000,
        columns={
            "id": str,
            "date": str,
            "until": str,
            "approx": str,
            "start": str,
            "end": str,
            "precision": str,
            "text": str,
            "questions": str,
            "tags": str,
            "aliases": str,
            "source": str,
            "path": str,
            "line": int,
            "origin": str,
        },
    )
    db.table("file_facts").insert_all(
        (
            {"id": f.id, "hash": fact_hash(f), "record": json.dumps(_file_record(f))}
            for f in base.facts
        ),
        pk="id",
        batch_size=2000,
        columns={"id": str, "hash": str, "record": str},
    )
    facts = db.table("facts")
    facts.create_index(["start"], index_name="idx_facts_start")
    # Spans (facts with "until") are the only facts longer than a year: the rest of a period's
    # facts are found by their start, within a year of it (see ``in_range``).
    db.execute('CREATE INDEX idx_facts_span_end ON facts("end") WHERE until IS NOT NULL')
    facts.enable_fts(
        ["text", "questions", "tags", "aliases"], tokenize="porter unicode61 remove_diacritics 2"
    )
    db.table("terms").insert_all(
        ({"term": term, "df": count} for term, count in df.items()),
        pk="term",
        batch_size=5000,
    )
    named = db.table("people").create(
        {"first": str, "nickname": str, "last": str}, pk=("first", "nickname", "last")
    )
    named.insert_all(
        (
            {"first": p.first, "nickname": p.nickname, "last": p.last}
            for p in people(fact.text for fact, _ in served)
        ),
        batch_size=5000,
    )
    db.table("meta").insert_all(
        [
            {"key": "fingerprint", "value": base.fingerprint},
            {"key": "schema", "value": SCHEMA_VERSION},
            {"key": "facts_dir", "value": str(base.folder.resolve())},
            {"key": "built_at", "value": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())},
            {"key": "factbot_version", "value": __version__},
            {"key": "fact_count", "value": str(len(served))},
            {"key": "overlay_version", "value": str(overlay.version)},
            {"key": "analyzer", "value": ANALYZER_VERSION},
            {"key": "files", "value": json.dumps(base.files)},
        ],
        pk="key",
    )
    db.execute("ANALYZE")
    db.conn.commit()
    return len(served)


def _file_record(fact: Fact) -> dict[str, object]:
    return {**fact_record(fact), "_path": fact.path, "_line": fact.line}


def _analyze(fact: Fact) -> tuple[set[str], str]:
    """A fact's distinct words (for the vocabulary) and its alias tokens (for full-text search)."""
    text = "\n".join((fact.text, *fact.questions, *fact.tags))
    analyzed = analyze(text)
    # (searchable like the fact's own words)
    label = analyze(f"{id_label(fact.id)} {tag_initials(fact.tags)}").words
    alias_words = set(aliases(analyzed, text)) | set(label)
    return set(analyzed.words) | set(label), " ".join(sorted(alias_words))


def _row(fact: Fact, origin: str, aliases_text: str) -> dict[str, object]:
    period = fact.period
    return {
        "id": fact.id,
        "date": fact.date.iso(),
        "until": fact.until.iso() if fact.until else None,
        "approx": fact.date.approx,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "precision": fact.date.precision,
        "text": fact.text,
        "questions": json.dumps(list(fact.questions), ensure_ascii=False),
        "tags": json.dumps(list(fact.tags), ensure_ascii=False),
        "aliases": aliases_text,
        "source": fact.source,
        "path": fact.path,
        "line": fact.line,
        "origin": origin,
    }


def fact_from_row(row: sqlite3.Row | dict[str, object]) -> Fact:
    """Rebuild a Fact from its row in the ``facts`` table."""
    get = row.__getitem__
    approx = get("approx")
    until = get("until")
    return Fact(
        id=str(get("id")),
        date=PartialDate.parse(str(get("date")), approx=approx),  # type: ignore[arg-type]
        until=PartialDate.parse(str(until)) if until else None,
        text=str(get("text")),
        questions=tuple(json.loads(str(get("questions")))),
        tags=tuple(json.loads(str(get("tags")))),
        source=str(get("source")) if get("source") else None,
        path=str(get("path")),
        line=int(str(get("line"))),
    )


class Store:
    """Read access to a built fact database."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path
        try:
            self.conn = sqlite3.connect(_read_only_uri(db_path), uri=True, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.create_function("casefold", 1, _casefold, deterministic=True)
            self.meta = dict(self.conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            message = f"{db_path} is not a factbot database ({exc}); run 'factbot load'"
            raise StoreError(message) from exc

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def count(self) -> int:
        """How many facts the base holds."""
        return int(self.meta.get("fact_count", 0))

    def get(self, fact_id: str) -> Fact | None:
        """The fact with this id, or None."""
        row = self.conn.execute("SELECT * FROM facts WHERE id = ?", (fact_id,)).fetchone()
        return fact_from_row(row) if row else None

    def get_many(self, rowids: Sequence[int]) -> dict[int, Fact]:
        """Facts by rowid."""
        found: dict[int, Fact] = {}
        for chunk_start in range(0, len(rowids), 500):
            chunk = list(rowids[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT rowid AS _rowid, * FROM facts WHERE rowid IN ({marks})", chunk
            ):
                found[int(row["_rowid"])] = fact_from_row(row)
        return found

    def search(
        self, terms: Iterable[str], *, limit: int = 50, every: bool = False, ranked: bool = True
    ) -> list[tuple[int, float]]:
        """Rowids and bm25 ranks (lower is better) of facts matching any of ``terms`` (or,
        with ``every``, all of them). Unranked (all -1.0) is for words on so many facts that
        ranking them all would cost more than the order is worth.

        Each term is quoted as an FTS5 string, so no user text is ever read as FTS5 syntax.
        """
        quoted = [_fts_quote(t) for t in terms if t.strip()]
        if not quoted:
            return []
        query = (" AND " if every else " OR ").join(quoted)
        if not ranked:
            sql = "SELECT rowid, -1.0 FROM facts_fts WHERE facts_fts MATCH ? LIMIT ?"
        else:
            sql = (
                "SELECT rowid, bm25(facts_fts, 1.0, 0.7, 0.5, 0.6) AS rank FROM facts_fts "
                "WHERE facts_fts MATCH ? ORDER BY rank LIMIT ?"
            )
        return [(int(r[0]), float(r[1])) for r in self.conn.execute(sql, (query, limit))]

    def search_by_date(
        self, terms: Iterable[str], *, latest: bool, limit: int = 20, dense: bool = False
    ) -> list[int]:
        """Rowids of the earliest (or latest) facts matching any of ``terms``, in that order.

        An order question ("what was the first outage?") must see the first outage even when
        a thousand others rank higher by bm25. ``dense`` says the terms are on a good share
        of all facts: then walking the date index finds the first ones soonest; otherwise
        sorting the few matches is cheaper.
        """
        quoted = [_fts_quote(t) for t in terms if t.strip()]
        if not quoted:
            return []
        order = "start DESC" if latest else "start"
        if not dense:
            order += ', "end" DESC' if latest else ', "end"'
        sql = (
            f"SELECT rowid FROM facts {'INDEXED BY idx_facts_start' if dense else ''} "
            "WHERE rowid IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH ?) "
            f"ORDER BY {order} LIMIT ?"
        )
        return [int(r[0]) for r in self.conn.execute(sql, (" OR ".join(quoted), limit))]

    def in_range(
        self, start_min: str, start_max: str, end_min: str, *, limit: int = 200
    ) -> list[int]:
        """Rowids of facts starting in ``[start_min, start_max]`` and ending on or after
        ``end_min`` (ISO dates), in date order."""
        sql, params = self._range_sql('rowid, start, "end"', start_min, start_max, end_min)
        rows = self.conn.execute(f'{sql} ORDER BY start, "end" LIMIT ?', (*params, limit))
        return [int(r[0]) for r in rows]

    def count_in_range(self, start_min: str, start_max: str, end_min: str) -> int:
        """How many facts ``in_range`` would give without a limit."""
        sql, params = self._range_sql("1", start_min, start_max, end_min)
        return int(self.conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])

    def _range_sql(
        self, columns: str, start_min: str, start_max: str, end_min: str
    ) -> tuple[str, tuple[str, ...]]:
        """The query for ``in_range``, each part on an index.

        "Ends after X" alone would read every fact that starts before X. But a fact that is
        not a span lasts at most a year, so it starts at most a year before X; and spans
        have their own index.
        """
        if end_min <= start_min:  # no fact ends before it starts: only the start counts
            sql = f'SELECT {columns} FROM facts WHERE start >= ? AND start <= ? AND "end" >= ?'
            return sql, (start_min, start_max, end_min)
        year_before = (dt.date.fromisoformat(end_min) - dt.timedelta(days=366)).isoformat()
        sql = (
            f"SELECT {columns} FROM facts INDEXED BY idx_facts_start "
            'WHERE until IS NULL AND start >= ? AND start <= ? AND "end" >= ? '
            f"UNION ALL SELECT {columns} FROM facts INDEXED BY idx_facts_span_end "
            'WHERE until IS NOT NULL AND "end" >= ? AND start >= ? AND start <= ?'
        )
        return sql, (max(start_min, year_before), start_max, end_min, end_min, start_min, start_max)

    def edge(self, *, latest: bool) -> int | None:
        """The rowid of the earliest (or latest) fact."""
        order = 'start DESC, "end" DESC' if latest else 'start, "end"'
        row = self.conn.execute(f"SELECT rowid FROM facts ORDER BY {order} LIMIT 1").fetchone()
        return int(row[0]) if row else None

    def nearest(self, start: str, *, after: bool, limit: int = 20) -> list[int]:
        """Rowids of the facts starting nearest after (or before) ``start``, nearest first."""
        if after:
            sql = "SELECT rowid FROM facts WHERE start > ? ORDER BY start LIMIT ?"
        else:
            sql = "SELECT rowid FROM facts WHERE start < ? ORDER BY start DESC LIMIT ?"
        return [int(r[0]) for r in self.conn.execute(sql, (start, limit))]

    def timeline(
        self,
        *,
        start: str = "0001-01-01",
        end: str = "9999-12-31",
        tag: str | None = None,
        offset: int = 0,
        limit: int = 10,
    ) -> list[Fact]:
        """Facts overlapping a period, optionally with a tag, in date order."""
        sql = 'SELECT * FROM facts WHERE start <= ? AND "end" >= ?'
        args: list[object] = [end, start]
        if tag:
            sql += " AND EXISTS (SELECT 1 FROM json_each(facts.tags) WHERE casefold(value) = ?)"
            args.append(tag.casefold())
        sql += ' ORDER BY start, "end", id LIMIT ? OFFSET ?'
        args += [limit, offset]
        return [fact_from_row(r) for r in self.conn.execute(sql, args)]

    def file_facts(self) -> dict[str, tuple[Fact, str]]:
        """The facts as the files had them at the last load, with their content hashes."""
        found = {}
        for row in self.conn.execute("SELECT id, hash, record FROM file_facts"):
            record = json.loads(row["record"])
            path, line = record.pop("_path"), record.pop("_line")
            found[row["id"]] = (parse_fact(record, path=path, line=line), row["hash"])
        return found

    def file_hashes(self) -> dict[str, str]:
        """The content hash of each file fact of the last load, by id."""
        return {str(r[0]): str(r[1]) for r in self.conn.execute("SELECT id, hash FROM file_facts")}

    def file_base(self) -> FactBase:
        """The file facts of the last load as a FactBase, to rebuild without reading files."""
        facts = [fact for fact, _ in self.file_facts().values()]
        facts.sort(key=lambda f: (f.path, f.line))
        return FactBase(
            folder=Path(self.meta.get("facts_dir", ".")),
            facts=facts,
            fingerprint=self.meta.get("fingerprint", ""),
            files=json.loads(self.meta.get("files", "[]")),
        )

    def ids(self) -> list[str]:
        """Every served fact id, in date order."""
        return [str(r[0]) for r in self.conn.execute("SELECT id FROM facts ORDER BY start, id")]

    def questions(self) -> Iterator[str]:
        """Every alternate question of every fact, in date order."""
        for row in self.conn.execute('SELECT questions FROM facts ORDER BY start, "end", id'):
            yield from json.loads(row[0])

    def people(self) -> Iterator[Person]:
        """The people the facts name, each with the names they go by (see ``bot.people``)."""
        for first, last, nickname in self.conn.execute("SELECT first, last, nickname FROM people"):
            yield Person(str(first), str(last), str(nickname))

    def terms(self) -> Iterator[tuple[str, int]]:
        """Every word of the fact base with the number of facts it occurs in."""
        for row in self.conn.execute("SELECT term, df FROM terms"):
            yield str(row[0]), int(row[1])


def _fts_quote(term: str) -> str:
    return '"' + term.replace("\0", " ").replace('"', '""') + '"'


def _read_only_uri(db_path: Path) -> str:
    # as_uri() percent-encodes '#', '?' and '%', which a raw "file:" URI would misread.
    return Path(db_path).resolve().as_uri() + "?mode=ro"


def _casefold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


def is_current(db_path: Path, facts_dir: Path, overlay_version: int = 0) -> bool:
    """Tell whether the database was built from the facts now in ``facts_dir`` (and the chat
    edits up to ``overlay_version``)."""
    if not db_path.is_file():
        return False
    try:
        conn = sqlite3.connect(_read_only_uri(db_path), uri=True)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    if meta.get("schema") != SCHEMA_VERSION:
        return False
    if meta.get("overlay_version", "0") != str(overlay_version):
        return False
    if meta.get("analyzer") != ANALYZER_VERSION:
        return False  # words are split or linked differently now
    return meta.get("fingerprint") == fingerprint(facts_dir)


def ensure_db(facts_dir: Path, db_path: Path, overlay: Overlay = NO_OVERLAY) -> BuildReport:
    """Reuse an up-to-date database, or check the facts and rebuild it; raise FactsError."""
    if is_current(db_path, facts_dir, overlay.version):
        store = Store(db_path)
        try:
            return BuildReport(db_path, store.count, (), rebuilt=False)
        finally:
            store.close()
    return build_db(load_facts(facts_dir), db_path, overlay)
