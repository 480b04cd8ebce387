from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.facts import FactBase, FactsError, load_facts
from bot.people import Person
from bot.store import (
    Store,
    StoreError,
    build_db,
    default_db_path,
    ensure_db,
    is_current,
)
from tests.conftest import WriteFacts

COMPANY = """
    source: Company history
    facts:
      - id: founded
        date: 2017
        text: Acme was founded by two engineers in a garage.
        tags: [founding]
      - id: four-day-week
        date: 2018-01
        text: Acme moved its staff to a four-day week.
        tags: [policy]
      - id: hiring-push
        date: 2018-10
        approx: late
        text: Hiring picked up with ten new developers, the 1,000th application among them.
        tags: [hiring, Team]
      - id: office-opened
        date: 2019-06-15
        text: The company opened its first office in Lisbon.
        tags: [office]
        source: Lisbon press release
    """

PRODUCT = """
    facts:
      - id: long-project
        date: 2016
        until: 2018-03
        text: The ledger engine was built over two years.
        tags: [product]
      - id: beta-program
        date: 2020-02
        until: 2020-09
        text: A closed beta program ran with forty customers.
        questions: [how long was the pilot]
        tags: [beta, product]
      - id: product-renamed
        date: 2021-03
        text: The team renamed the product from Tally to Acme Ledger.
        questions: [when did tally get its new name, what is the brand called now]
        tags: [branding, product]
    """

# In date order (start, end, id), as timeline() returns them.
ORDER = [
    "long-project",
    "founded",
    "four-day-week",
    "hiring-push",
    "office-opened",
    "beta-program",
    "product-renamed",
]

BROKEN = """
    facts:
      - id: bad-month
        date: 2019-13
        text: Month thirteen.
    """


@pytest.fixture
def facts_dir(write_facts: WriteFacts) -> Path:
    return write_facts(company=COMPANY, product=PRODUCT)


@pytest.fixture
def base(facts_dir: Path) -> FactBase:
    loaded = load_facts(facts_dir)
    assert loaded.problems == []
    return loaded


@pytest.fixture
def store(base: FactBase, tmp_path: Path) -> Iterator[Store]:
    db_path = tmp_path / "db" / "facts.db"
    build_db(base, db_path)
    with Store(db_path) as opened:
        yield opened


def ids(store: Store, rowids: list[int]) -> list[str]:
    """Fact ids of rowids, in the given order."""
    facts = store.get_many(rowids)
    return [facts[r].id for r in rowids]


def search_ids(store: Store, *terms: str) -> set[str]:
    return set(ids(store, [rowid for rowid, _ in store.search(terms)]))


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.building-*"))


# --- build_db and the facts table ----------------------------------------------------------


def test_build_db_writes_one_row_per_fact_with_dates_as_written_and_bounds(
    base: FactBase, tmp_path: Path
) -> None:
    db_path = tmp_path / "facts.db"
    report = build_db(base, db_path)
    assert report.rebuilt
    assert report.facts == 7
    assert report.db_path == db_path
    assert len(report.files) == 2
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            'SELECT id, date, until, approx, start, "end" FROM facts ORDER BY id'
        ).fetchall()
    finally:
        conn.close()
    assert {row[0]: row[1:] for row in rows} == {
        "founded": ("2017", None, None, "2017-01-01", "2017-12-31"),
        "four-day-week": ("2018-01", None, None, "2018-01-01", "2018-01-31"),
        "hiring-push": ("2018-10", None, "late", "2018-10-21", "2018-10-31"),
        "office-opened": ("2019-06-15", None, None, "2019-06-15", "2019-06-15"),
        "long-project": ("2016", "2018-03", None, "2016-01-01", "2018-03-31"),
        "beta-program": ("2020-02", "2020-09", None, "2020-02-01", "2020-09-30"),
        "product-renamed": ("2021-03", None, None, "2021-03-01", "2021-03-31"),
    }
    assert len(rows) == len(base.facts)


def test_store_get_round_trips_every_field(base: FactBase, store: Store) -> None:
    assert store.count == len(base.facts)
    for fact in base.facts:
        assert store.get(fact.id) == fact
    renamed = store.get("product-renamed")
    assert renamed is not None
    assert renamed.questions == ("when did tally get its new name", "what is the brand called now")
    assert renamed.tags == ("branding", "product")
    assert renamed.source is None
    office = store.get("office-opened")
    assert office is not None and office.source == "Lisbon press release"
    founded = store.get("founded")
    assert founded is not None and founded.source == "Company history"
    hiring = store.get("hiring-push")
    assert hiring is not None and hiring.date.approx == "late"
    assert hiring.when == "late October 2018"
    beta = store.get("beta-program")
    assert beta is not None and beta.until is not None and beta.until.iso() == "2020-09"
    assert store.get("no-such-fact") is None


def test_get_many_returns_facts_by_rowid(store: Store) -> None:
    rowids = [rowid for rowid, _ in store.search(["Lisbon", "Tally"])]
    assert set(ids(store, rowids)) == {"office-opened", "product-renamed"}
    assert store.get_many([]) == {}


# --- search ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("term", "fact_id"),
    [
        ("Lisbon", "office-opened"),  # a word of the text
        ("lisbon", "office-opened"),  # any case
        ("pilot", "beta-program"),  # a word of an alternate question
        ("brand", "product-renamed"),  # a word of another alternate question
        ("branding", "product-renamed"),  # a tag
        ("founding", "founded"),  # a tag that is not in the text
        ("renaming", "product-renamed"),  # porter stemming: renaming ~ renamed
        ("engineer", "founded"),  # engineers
        ("customer", "beta-program"),  # customers
        ("1000th", "hiring-push"),  # "1,000th", a number the full-text index reads in two
    ],
)
def test_search_finds_by_text_question_tag_and_stem(store: Store, term: str, fact_id: str) -> None:
    assert fact_id in search_ids(store, term)


def test_search_ranks_are_ordered_and_limited(store: Store) -> None:
    results = store.search(["acme", "product", "team"])
    ranks = [rank for _, rank in results]
    assert ranks == sorted(ranks)
    assert len(results) >= 3
    assert len(store.search(["acme", "product", "team"], limit=2)) == 2


def test_search_with_no_terms_or_unknown_words(store: Store) -> None:
    assert store.search([]) == []
    assert store.search(["", "   "]) == []
    assert store.search(["xyzzy"]) == []


HOSTILE = [
    '"',
    "*",
    "NEAR(",
    "AND",
    "-col:",
    "OR",
    "^",
    ")",
    "NOT",
    "text:",
    "{text}",
    '""',
    "a\"b'c",
]


@pytest.mark.parametrize("term", HOSTILE)
def test_search_hostile_fts5_syntax_never_raises(store: Store, term: str) -> None:
    assert isinstance(store.search([term]), list)
    assert isinstance(store.search([term, term, "Lisbon"]), list)


def test_search_hostile_terms_mixed_with_real_words_still_find(store: Store) -> None:
    assert "office-opened" in search_ids(store, *HOSTILE, "Lisbon")
    assert isinstance(store.search(HOSTILE), list)
    assert "product-renamed" in search_ids(store, "renamed", "AND", "NEAR(", "Tally", ")")


def test_search_with_nul_character_never_raises(store: Store) -> None:
    assert isinstance(store.search(["Lisbon\x00"]), list)


# --- dates: in_range, nearest, timeline -----------------------------------------------------


def test_in_range_filters_by_start_and_end_in_date_order(store: Store) -> None:
    in_2018_19 = ids(store, store.in_range("2018-01-01", "2019-12-31", "0001-01-01"))
    assert in_2018_19 == ["four-day-week", "hiring-push", "office-opened"]
    # end_min drops facts that end before it (four-day-week ends 2018-01-31)
    assert ids(store, store.in_range("2018-01-01", "2019-12-31", "2018-02-01")) == [
        "hiring-push",
        "office-opened",
    ]
    # a span starting in range is found by its start, whatever its end
    assert ids(store, store.in_range("2020-01-01", "2020-12-31", "2020-01-01")) == ["beta-program"]
    assert ids(store, store.in_range("2018-01-01", "2019-12-31", "0001-01-01", limit=1)) == [
        "four-day-week"
    ]
    assert store.in_range("2030-01-01", "2030-12-31", "0001-01-01") == []


def test_search_by_date_gives_the_earliest_or_latest_matches(store: Store) -> None:
    # "product" is on three facts; "acme" on three others; the order is by date, not rank.
    assert ids(store, store.search_by_date(["product"], latest=False)) == [
        "long-project",
        "beta-program",
        "product-renamed",
    ]
    assert ids(store, store.search_by_date(["product", "acme"], latest=True, limit=2)) == [
        "product-renamed",
        "beta-program",
    ]
    assert store.search_by_date(['"', "NEAR("], latest=False) == []
    assert store.search_by_date([], latest=True) == []


def test_in_range_finds_long_spans_and_year_facts_that_reach_into_a_period(
    write_facts: WriteFacts, tmp_path: Path
) -> None:
    folder = write_facts(
        timeline="""
        facts:
          - {id: decade, date: 2010, until: 2020, text: A long span.}
          - {id: year, date: 2019, text: A fact known to the year.}
          - {id: day, date: 2019-03-14, text: A fact known to the day.}
          - {id: old-year, date: 2017, text: Over before 2019.}
          - {id: later, date: 2019-05, text: After March.}
        """
    )
    build_db(load_facts(folder), tmp_path / "t.db")
    with Store(tmp_path / "t.db") as opened:
        march = ("0001-01-01", "2019-03-31", "2019-03-01")
        assert ids(opened, opened.in_range(*march)) == ["decade", "year", "day"]
        assert opened.count_in_range(*march) == 3
        assert ids(opened, opened.in_range(*march, limit=2)) == ["decade", "year"]
        assert opened.count_in_range("2019-01-01", "9999-12-31", "0001-01-01") == 3


def test_search_every_word_and_unranked(store: Store) -> None:
    both = ids(store, [r for r, _ in store.search(["product", "renamed"], every=True)])
    assert both == ["product-renamed"]
    unranked = store.search(["product"], ranked=False)
    assert {rank for _, rank in unranked} == {-1.0}
    assert set(ids(store, [r for r, _ in unranked])) == {
        "long-project",
        "beta-program",
        "product-renamed",
    }


def test_nearest_after_and_before_nearest_first(store: Store) -> None:
    assert ids(store, store.nearest("2019-01-01", after=True)) == [
        "office-opened",
        "beta-program",
        "product-renamed",
    ]
    assert ids(store, store.nearest("2019-01-01", after=False)) == [
        "hiring-push",
        "four-day-week",
        "founded",
        "long-project",
    ]
    # strictly after / before the given start
    assert ids(store, store.nearest("2019-06-15", after=True, limit=1)) == ["beta-program"]
    assert ids(store, store.nearest("2019-06-15", after=False, limit=1)) == ["hiring-push"]
    assert store.nearest("2030-01-01", after=True) == []


def test_timeline_is_in_date_order(store: Store) -> None:
    assert [f.id for f in store.timeline(limit=100)] == ORDER
    assert [f.id for f in store.timeline()] == ORDER  # default limit 10 > 7


def test_timeline_period_keeps_overlapping_facts(store: Store) -> None:
    in_2018 = store.timeline(start="2018-01-01", end="2018-12-31", limit=100)
    # long-project (2016 - March 2018) overlaps; founded (2017) does not
    assert [f.id for f in in_2018] == ["long-project", "four-day-week", "hiring-push"]


def test_timeline_tag_filter_and_paging(store: Store) -> None:
    product = ["long-project", "beta-program", "product-renamed"]
    assert [f.id for f in store.timeline(tag="product", limit=100)] == product
    assert [f.id for f in store.timeline(tag="PRODUCT", limit=100)] == product
    assert [f.id for f in store.timeline(tag="team")] == ["hiring-push"]  # tag written "Team"
    pages = [
        [f.id for f in store.timeline(tag="product", offset=offset, limit=2)]
        for offset in (0, 2, 4)
    ]
    assert pages == [["long-project", "beta-program"], ["product-renamed"], []]
    all_pages = [f.id for offset in range(0, 7, 3) for f in store.timeline(offset=offset, limit=3)]
    assert all_pages == ORDER
    assert store.timeline(tag="no-such-tag") == []
    assert [f.id for f in store.timeline(start="2020-01-01", tag="product")] == [
        "beta-program",
        "product-renamed",
    ]


def test_timeline_tag_filter_matches_non_ascii_tags(
    write_facts: WriteFacts, tmp_path: Path
) -> None:
    folder = write_facts(a="facts:\n  - {id: a, date: 2019, text: Met in town., tags: [Émile]}\n")
    db_path = tmp_path / "t.db"
    build_db(load_facts(folder), db_path)
    with Store(db_path) as store:
        assert [f.id for f in store.timeline(tag="Émile")] == ["a"]


def test_terms_counts_facts_per_word(store: Store) -> None:
    terms = dict(store.terms())
    assert terms["lisbon"] == 1
    assert terms["acme"] == 3  # founded, four-day-week, product-renamed
    assert all(count >= 1 for count in terms.values())


def test_the_people_the_facts_name_are_kept_with_their_names(
    write_facts: WriteFacts, tmp_path: Path
) -> None:
    folder = write_facts(
        a="facts:\n"
        "  - {id: a, date: 2005, text: 'Margaret \"Peg\" Alderson was elected chair.'}\n"
        "  - {id: b, date: 2014, text: Rajinder Sohal succeeded Alderson.}\n"
        "  - {id: c, date: 2015, text: The club moved to Victoria Road.}\n"
    )
    db_path = tmp_path / "t.db"
    build_db(load_facts(folder), db_path)
    with Store(db_path) as store:
        assert set(store.people()) == {
            Person("margaret", "alderson", "peg"),
            Person("rajinder", "sohal"),
        }


def test_a_base_that_names_no_one_has_no_people(write_facts: WriteFacts, tmp_path: Path) -> None:
    folder = write_facts(a="facts:\n  - {id: a, date: 2019, text: The hall opened.}\n")
    db_path = tmp_path / "t.db"
    build_db(load_facts(folder), db_path)
    with Store(db_path) as store:
        assert list(store.people()) == []


# --- atomic swap ----------------------------------------------------------------------------


def test_failed_build_keeps_old_db_serving(
    base: FactBase, write_facts: WriteFacts, tmp_path: Path
) -> None:
    db_path = tmp_path / "facts.db"
    build_db(base, db_path)
    before = db_path.read_bytes()
    broken = load_facts(write_facts(a=BROKEN))
    assert broken.problems
    with Store(db_path) as open_store:
        with pytest.raises(FactsError) as info:
            build_db(broken, db_path)
        assert info.value.problems == broken.problems
        assert open_store.get("founded") is not None
        assert "office-opened" in search_ids(open_store, "Lisbon")
    assert db_path.read_bytes() == before
    with Store(db_path) as fresh:
        assert fresh.count == 7
        assert fresh.get("product-renamed") is not None
    assert leftovers(tmp_path) == []


def test_build_failing_midway_leaves_old_db_and_no_temp_file(
    base: FactBase, tmp_path: Path
) -> None:
    db_path = tmp_path / "facts.db"
    build_db(base, db_path)
    # Not a loadable base (load_facts reports duplicate ids): the insert itself fails.
    duplicated = FactBase(folder=base.folder, facts=[base.facts[0], base.facts[0]])
    with pytest.raises(sqlite3.IntegrityError):
        build_db(duplicated, db_path)
    assert leftovers(tmp_path) == []
    with Store(db_path) as store:
        assert store.count == 7


def test_no_temp_files_left_after_success(base: FactBase, tmp_path: Path) -> None:
    db_path = tmp_path / "db" / "facts.db"
    build_db(base, db_path)
    build_db(base, db_path)
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["facts.db"]


def test_build_creates_missing_parent_folders(base: FactBase, tmp_path: Path) -> None:
    db_path = tmp_path / "a" / "b" / "facts.db"
    build_db(base, db_path)
    assert db_path.is_file()


def test_reader_keeps_old_base_while_new_one_is_swapped_in(
    base: FactBase, write_facts: WriteFacts, tmp_path: Path
) -> None:
    db_path = tmp_path / "facts.db"
    build_db(base, db_path)
    newer = load_facts(
        write_facts(
            n="""
            facts:
              - {id: new-one, date: 2022, text: A new fact about Lisbon.}
              - {id: new-two, date: 2023, text: Another new fact.}
            """
        )
    )
    assert newer.problems == []
    with Store(db_path) as a:
        assert a.count == 7
        build_db(newer, db_path)
        with Store(db_path) as b:
            assert a.count == 7
            assert a.conn.execute("SELECT count(*) FROM facts").fetchone()[0] == 7
            assert a.get("founded") is not None and a.get("new-one") is None
            assert search_ids(a, "Lisbon") == {"office-opened"}
            assert [f.id for f in a.timeline(limit=100)] == ORDER
            assert b.count == 2
            assert b.conn.execute("SELECT count(*) FROM facts").fetchone()[0] == 2
            assert b.get("founded") is None and b.get("new-one") is not None
            assert search_ids(b, "Lisbon") == {"new-one"}


@pytest.mark.parametrize("folder_name", ["hash#dir", "ask?dir", "pct%41dir"])
def test_db_path_with_uri_special_characters(
    base: FactBase, facts_dir: Path, tmp_path: Path, folder_name: str
) -> None:
    db_path = tmp_path / folder_name / "facts.db"
    build_db(base, db_path)
    assert is_current(db_path, facts_dir)
    with Store(db_path) as store:
        assert store.count == 7


def test_blank_fact_source_is_rejected(write_facts: WriteFacts) -> None:
    folder = write_facts(a='facts:\n  - {id: a, date: 2019, text: Something., source: "  "}\n')
    problems = [str(p) for p in load_facts(folder).problems]
    assert any("a.yaml:2" in p and "empty 'source'" in p for p in problems), problems


# --- staleness ------------------------------------------------------------------------------


def test_ensure_db_builds_then_reuses(facts_dir: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "facts.db"
    assert not is_current(db_path, facts_dir)
    first = ensure_db(facts_dir, db_path)
    assert first.rebuilt and first.facts == 7
    assert is_current(db_path, facts_dir)
    mtime = db_path.stat().st_mtime_ns
    second = ensure_db(facts_dir, db_path)
    assert not second.rebuilt and second.facts == 7
    assert db_path.stat().st_mtime_ns == mtime


def _edit(folder: Path) -> None:
    path = folder / "product.yaml"
    path.write_text(path.read_text().replace("forty customers", "fifty customers"))


def _add(folder: Path) -> None:
    (folder / "extra.yml").write_text("facts:\n  - {id: extra, date: 2024, text: More news.}\n")


def _remove(folder: Path) -> None:
    (folder / "company.yaml").unlink()


@pytest.mark.parametrize(
    ("change", "count"), [(_edit, 7), (_add, 8), (_remove, 3)], ids=["edit", "add", "remove"]
)
def test_changed_fact_files_make_db_stale_and_rebuild(
    facts_dir: Path, tmp_path: Path, change: Callable[[Path], None], count: int
) -> None:
    db_path = tmp_path / "facts.db"
    ensure_db(facts_dir, db_path)
    change(facts_dir)
    assert not is_current(db_path, facts_dir)
    rebuilt = ensure_db(facts_dir, db_path)
    assert rebuilt.rebuilt and rebuilt.facts == count
    assert is_current(db_path, facts_dir)
    again = ensure_db(facts_dir, db_path)
    assert not again.rebuilt and again.facts == count
    with Store(db_path) as store:
        assert store.count == count


def test_edit_is_visible_after_rebuild(facts_dir: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "facts.db"
    ensure_db(facts_dir, db_path)
    _edit(facts_dir)
    ensure_db(facts_dir, db_path)
    with Store(db_path) as store:
        beta = store.get("beta-program")
        assert beta is not None and "fifty customers" in beta.text
        assert "beta-program" in search_ids(store, "fifty")


def test_unchanged_content_and_other_files_keep_db_current(facts_dir: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "facts.db"
    ensure_db(facts_dir, db_path)
    path = facts_dir / "company.yaml"
    path.write_text(path.read_text())  # same bytes, new mtime
    (facts_dir / "notes.txt").write_text("not a fact file")
    assert is_current(db_path, facts_dir)
    assert not ensure_db(facts_dir, db_path).rebuilt


def test_corrupt_db_is_not_current_and_is_rebuilt(facts_dir: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "facts.db"
    db_path.write_bytes(os.urandom(64) + b"this is not SQLite" * 100)
    assert not is_current(db_path, facts_dir)
    with pytest.raises(StoreError, match="factbot load"):
        Store(db_path)
    report = ensure_db(facts_dir, db_path)
    assert report.rebuilt
    assert is_current(db_path, facts_dir)
    with Store(db_path) as store:
        assert store.count == 7


def test_empty_or_foreign_sqlite_file_is_not_current(facts_dir: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    for db_path in (empty, foreign):
        assert not is_current(db_path, facts_dir)
        assert ensure_db(facts_dir, db_path).rebuilt
        assert is_current(db_path, facts_dir)


def test_ensure_db_with_broken_facts_raises_and_keeps_old_db(
    facts_dir: Path, tmp_path: Path
) -> None:
    db_path = tmp_path / "facts.db"
    ensure_db(facts_dir, db_path)
    (facts_dir / "broken.yaml").write_text(BROKEN.replace("\n    ", "\n"))
    with pytest.raises(FactsError):
        ensure_db(facts_dir, db_path)
    with Store(db_path) as store:
        assert store.count == 7
    assert leftovers(tmp_path) == []


# --- default_db_path ------------------------------------------------------------------------


def test_default_db_path_is_per_folder_under_xdg_data_home(
    write_facts: WriteFacts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = write_facts(a=COMPANY), write_facts(a=COMPANY)
    path_one, path_two = default_db_path(one), default_db_path(two)
    data_home = Path(os.environ["XDG_DATA_HOME"])
    assert path_one.is_relative_to(data_home)
    assert path_two.is_relative_to(data_home)
    assert path_one != path_two
    assert path_one == default_db_path(one)
    monkeypatch.chdir(tmp_path)
    assert default_db_path(Path(one.name)) == path_one  # relative and absolute agree


def test_a_database_built_by_another_analysis_is_stale(
    write_facts: WriteFacts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.store

    folder = write_facts(a="facts:\n  - {id: a, date: 2019, text: Something.}\n")
    db_path = tmp_path / "a.db"
    ensure_db(folder, db_path)
    assert is_current(db_path, folder)
    monkeypatch.setattr(bot.store, "ANALYZER_VERSION", "another-lexicon")
    assert not is_current(db_path, folder)
    assert ensure_db(folder, db_path).rebuilt
