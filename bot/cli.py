"""The ``factbot`` command: each subcommand is a few lines over the library."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from bot import __version__, evaluate
from bot.config import ConfigError, Settings, load_settings
from bot.curation import overlay_conflicts, write_regression_questions
from bot.facts import FactsError, load_facts
from bot.render import answer_card, answer_json, history_lines, reply_text
from bot.service import FactService
from bot.state import StateStore
from bot.store import Store, StoreError, build_db

F = TypeVar("F", bound=Callable[..., Any])


def facts_option(func: F) -> F:
    """The ``--facts DIR`` option shared by every command that reads facts."""
    return click.option(
        "--facts",
        "facts",
        type=click.Path(file_okay=False, path_type=Path),
        help="Folder of fact files. Default: $FACTBOT_FACTS, else ./facts, else the bundled base.",
    )(func)


def db_option(func: F) -> F:
    """The ``--db PATH`` option shared by every command that uses the database."""
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False, path_type=Path),
        help="SQLite database file. Default: $FACTBOT_DB, else one per fact folder in the "
        "user's data directory.",
    )(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factbot")
@click.option(
    "--config",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TOML file of settings (keys as the FACTBOT_* variables, lowercase, without the "
    "prefix); the environment wins over it.",
)
@click.pass_context
def cli(ctx: click.Context, config: Path | None) -> None:
    """factbot answers questions about a curated fact base of dated events.

    Facts live in YAML files (see 'factbot check'); they are loaded into a SQLite database
    that 'factbot ask', 'factbot chat' and the Discord bot ('factbot run') answer from.
    """
    try:
        ctx.obj = load_settings(config)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


def settings() -> Settings:
    """The settings the command group loaded."""
    obj = click.get_current_context().find_root().obj
    return obj if isinstance(obj, Settings) else load_settings()


@cli.command()
@facts_option
@click.option(
    "--db",
    "db",
    is_flag=False,
    flag_value="",
    default=None,
    help="Also list the facts whose chat edits override their file (the database given, or "
    "with a bare --db the default one).",
)
def check(facts: Path | None, db: str | None) -> None:
    """Validate the fact files; print each problem as path:line: message.

    Exits 1 when there is any problem, 0 when the fact base is valid.
    """
    folder = settings().facts_dir(facts)
    base = load_facts(folder)
    if db is not None:
        _print_overrides(folder, Path(db) if db else None)
    if base.problems:
        _print_problems(base.problems)
        raise SystemExit(1)
    click.echo(f"ok: {len(base.facts)} facts in {len(base.files)} files ({folder})")


def _print_overrides(folder: Path, db: Path | None) -> None:
    db_path = settings().db_path(folder, db)
    if not db_path.is_file():
        click.echo(f"no database at {db_path}: no chat edits to list")
        return
    with Store(db_path) as store, StateStore(settings().state_path(db_path)) as state:
        rows = state.overlay_rows()
        lines = overlay_conflicts(store.file_facts(), rows)
        added = [r.fact_id for r in rows if r.base_hash is None and r.record]
    for line in lines:
        click.echo(line)
    if added:
        click.echo(f"added in chat (not in any file): {', '.join(sorted(added))}")
    if not lines and not added:
        click.echo("no chat edits: the database serves the files as they are")


@cli.command()
@facts_option
@db_option
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("export"),
    show_default=True,
    help="Folder to write to.",
)
@click.option("--retired", is_flag=True, help="Include retired facts, tagged 'retired'.")
@click.option(
    "--questions",
    is_flag=True,
    help="Write the questions factbot answered (and nobody voted down) as a 'factbot eval' "
    "file, questions.yaml, instead of the facts.",
)
def export(facts: Path | None, db: Path | None, out: Path, retired: bool, questions: bool) -> None:
    """Write the fact base, with the maintainers' chat edits, in the facts/ format.

    File facts go to a file of their own file's name, facts added in chat to chat.yaml, so a
    maintainer can commit chat edits to git. Retired facts are left out unless --retired.
    """
    with open_service(facts, db) as service:
        if questions:
            assert service.state is not None
            path = write_regression_questions(service.state.answered(), out)
            click.echo(f"wrote {path}")
            return
        written = service.export(out, include_retired=retired)
    for path in written:
        click.echo(f"wrote {path}")


@cli.command()
@facts_option
@db_option
@click.argument("fact_id", required=False)
def history(facts: Path | None, db: Path | None, fact_id: str | None) -> None:
    """Print the audit log: every change to FACT_ID, or the latest changes to any fact.

    Chat edits (add, edit, retire, restore), changes a reload found in the files, and chat
    edits a newer file change replaced, each with who, when and before -> after.
    """
    with open_service(facts, db) as service:
        entries = service.history(fact_id)
    if not entries:
        click.echo(f"no changes recorded{' for ' + fact_id if fact_id else ''}")
    for entry in entries:
        for line in history_lines(entry):
            click.echo(line)


@cli.command()
@facts_option
@db_option
def load(facts: Path | None, db: Path | None) -> None:
    """Check the fact files, then build the database from them.

    The new database is built beside the old one and swapped in only when complete: a failed
    load leaves the old database serving.
    """
    folder = settings().facts_dir(facts)
    db_path = settings().db_path(folder, db)
    try:
        with StateStore(settings().state_path(db_path)) as state:
            report = build_db(load_facts(folder), db_path, state.overlay())
    except FactsError as exc:
        _print_problems(exc.problems)
        click.echo("nothing loaded; the database is unchanged", err=True)
        raise SystemExit(1) from exc
    click.echo(f"loaded {report.facts} facts from {len(report.files)} files into {report.db_path}")


@cli.command()
@facts_option
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per question.")
@click.option("--explain", is_flag=True, help="Show why the top facts scored as they did.")
@click.argument("question", nargs=-1, required=True)
def ask(
    facts: Path | None, db: Path | None, as_json: bool, explain: bool, question: tuple[str, ...]
) -> None:
    """Answer QUESTION from the fact base, exactly as the bot would.

    With '-' as the question, read one question per line from standard input and answer each
    in order (with --json: one JSON object per line, flushed as it is written).
    """
    with open_service(facts, db) as service:
        engine = service.engine
        questions: Iterable[str] = (
            (line.rstrip("\r\n") for line in sys.stdin)
            if question == ("-",)
            else [" ".join(question)]
        )
        for text in questions:
            answer = engine.ask(text)
            if as_json:
                _json_line(answer_json(answer))
            else:
                click.echo(reply_text(answer))
            if explain:
                for line in engine.explain(answer):
                    click.echo(f"  {line}", err=as_json)
            if not as_json and question == ("-",):
                click.echo()


@cli.command(name="eval")
@facts_option
@db_option
@click.option(
    "--min",
    "minimum",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Exit 1 when the overall accuracy is below this.",
)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def eval_command(facts: Path | None, db: Path | None, minimum: float, file: Path) -> None:
    """Score the engine on a question file; print accuracy per kind, overall, and the misses.

    FILE is a YAML list of entries like {q: "when was X?", kind: direct, any: [fact-id]},
    {q: ..., none: true} (must decline), {q: ..., date: "2018-01"} (top answer's date starts
    with it) or {q: ..., has: ["Shanghai|Beijing"]} (top answer's text contains each entry).
    """
    try:
        cases = evaluate.load_cases(file)
    except evaluate.EvalFileError as exc:
        raise click.ClickException(str(exc)) from exc
    with open_service(facts, db) as service:
        results = evaluate.run(cases, service.ask)
    for line in evaluate.report(results):
        click.echo(line)
    if evaluate.accuracy(results) < minimum:
        click.echo(f"accuracy {evaluate.accuracy(results):.2f} is below --min {minimum}", err=True)
        raise SystemExit(1)


@cli.command()
@facts_option
@db_option
def chat(facts: Path | None, db: Path | None) -> None:
    """Ask questions in a local console; answers look as the bot shows them, as text.

    No Discord token needed. End with Ctrl-D or 'quit'.
    """
    with open_service(facts, db) as service:
        count = service.store.count
        click.echo(f"factbot {__version__}: {count} facts. Ask away (Ctrl-D to quit).")
        while True:
            try:
                question = input("you> ")
            except EOFError:
                click.echo()
                break
            if question.strip().lower() in ("quit", "exit", ":q"):
                break
            if question.strip():
                click.echo(answer_card(service.ask(question)).text())
                click.echo()


@cli.command()
@facts_option
@db_option
@click.option(
    "--watch",
    is_flag=True,
    help="Reload when a fact file changes (debounced); broken files keep the old facts serving.",
)
def run(facts: Path | None, db: Path | None, watch: bool) -> None:
    """Run the Discord bot until SIGTERM or SIGINT.

    Needs DISCORD_TOKEN; see the README for the other FACTBOT_* settings. Exits 2 when the
    token is missing or rejected.
    """

    config = settings()
    try:
        config.token()
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    with open_service(facts, db) as service:
        _run(config, service, service.facts_dir if watch else None)


def _run(config: Settings, service: FactService, watch: Path | None) -> None:
    import discord

    from bot.discord_app import run_bot

    assert service.state is not None
    try:
        asyncio.run(run_bot(config, service, service.state, watch=watch))
    except discord.LoginFailure:
        click.echo("error: Discord rejected the token; check DISCORD_TOKEN", err=True)
        raise SystemExit(2) from None
    except discord.PrivilegedIntentsRequired:
        click.echo(
            "error: enable the Message Content intent for the bot in the Discord developer "
            "portal (Bot > Privileged Gateway Intents)",
            err=True,
        )
        raise SystemExit(2) from None


@cli.command()
@click.option(
    "--max-age",
    type=click.FloatRange(min=1),
    default=60.0,
    show_default=True,
    help="Seconds since the bot's last heartbeat that still count as healthy.",
)
def health(max_age: float) -> None:
    """Exit 0 when the running bot has written its heartbeat recently (for HEALTHCHECK)."""
    path = settings().heartbeat
    if path is None:
        raise click.ClickException("FACTBOT_HEARTBEAT is not set; the bot writes no heartbeat")
    try:
        age = time.time() - float(path.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        click.echo(f"unhealthy: no heartbeat in {path}", err=True)
        raise SystemExit(1) from None
    if age > max_age:
        click.echo(f"unhealthy: last heartbeat {age:.0f} s ago", err=True)
        raise SystemExit(1)
    click.echo(f"healthy: last heartbeat {age:.0f} s ago")


@contextlib.contextmanager
def open_service(facts: Path | None, db: Path | None) -> Iterator[FactService]:
    """The fact service over an up-to-date database (files plus chat edits); on broken fact
    files, the last good database with a warning."""
    folder = settings().facts_dir(facts)
    db_path = settings().db_path(folder, db)
    with StateStore(settings().state_path(db_path)) as state:
        try:
            service = FactService.open(folder, db_path, state)
        except FactsError as exc:
            _print_problems(exc.problems)
            raise click.ClickException("the fact base has problems; fix them, then retry") from exc
        except StoreError as exc:
            raise click.ClickException(str(exc)) from exc
        if service.file_problems:
            click.echo(
                f"warning: {len(service.file_problems)} problems in the fact files; answering "
                "from the last good database (run 'factbot check')",
                err=True,
            )
        try:
            yield service
        finally:
            service.close()


def _print_problems(problems: Iterable[object]) -> None:
    items = sorted(problems)  # type: ignore[type-var]
    for problem in items:
        click.echo(str(problem), err=True)
    click.echo(f"{len(items)} problem{'s' if len(items) != 1 else ''} found", err=True)


def _json_line(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main() -> None:
    """Entry point of the ``factbot`` console script."""
    cli()


if __name__ == "__main__":
    main()
