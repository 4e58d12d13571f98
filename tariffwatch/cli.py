"""The ``tariffwatch`` command line.

Starts fast: only typer and rich are imported at start-up; DuckDB, Great Expectations and Prefect are
imported by the commands that need them. Errors the user can fix print one clear line and exit 2.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from tariffwatch.errors import TariffwatchError

app = typer.Typer(
    name="tariffwatch",
    help="Monitor trade-policy news for new tariff amounts and deadlines.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
schema_app = typer.Typer(
    help="Table declarations and the expectation suites derived from them.", no_args_is_help=True
)
app.add_typer(schema_app, name="schema")
native_app = typer.Typer(help="The optional compiled (mypyc) build of the extractor.", no_args_is_help=True)
app.add_typer(native_app, name="native")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

HomeOpt = Annotated[
    Path | None,
    typer.Option(
        "--home", help="Data directory (default: $TARIFFWATCH_HOME or warehouse/).", show_default=False
    ),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="Config file (default: tariffwatch.toml if present).", show_default=False),
]


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn expected failures into one line on stderr and exit code 2 (never a traceback)."""
    try:
        yield
    except TariffwatchError as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        err.print("interrupted")
        raise typer.Exit(130) from None


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _prepare_prefect(home: Path, verbose: bool) -> None:
    # Defaults only: a user's own Prefect settings win. The temporary server's database goes under the
    # data directory, and Prefect's per-task console lines are hidden unless asked for.
    os.environ.setdefault("PREFECT_HOME", str((home / ".prefect").resolve()))
    # Prefect creates its home without parents and then cannot open its database.
    Path(os.environ["PREFECT_HOME"]).expanduser().mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")


def print_alerts(alerts: Sequence[dict[str, Any]], console: Console) -> None:
    """Print alerts as the console channel: what is new, its value, sentence, article and date."""
    from tariffwatch.delivery import format_message

    for alert in alerts:
        title, body = format_message(alert)
        # Article text is untrusted: markup off, or "[red]" / "[link=…]" in it would be interpreted.
        console.rule(f"[bold yellow]ALERT[/] {escape(title)}", align="left")
        console.print(
            body.split("\n", 2)[2] if body.count("\n") >= 2 else body,
            highlight=False,
            markup=False,
            emoji=False,
        )
    if alerts:
        console.rule()


@app.command()
def run(
    seeds: Annotated[
        list[Path] | None,
        typer.Option("--seeds", help="Directory or file of articles (*.txt, *.md); repeatable."),
    ] = None,
    config: ConfigOpt = None,
    home: HomeOpt = None,
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's task logs.")] = False,
    show: Annotated[
        int,
        typer.Option("--show", min=0, help="Print at most this many new alerts (backfills raise thousands)."),
    ] = 50,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Extraction processes (default: config `workers`, or cores)."),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Run extraction on a Dask cluster: tcp://HOST:PORT of its scheduler, or `local` "
            "for a LocalCluster (default: config `dask`).",
        ),
    ] = None,
    wait: Annotated[
        float | None,
        typer.Option(
            "--wait",
            min=0,
            metavar="SECONDS",
            help="If another run holds the data directory, wait this long for it, then exit 2 "
            "(default: config `run_lock_timeout_s`, 600; 0 = fail at once).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """One pass over files and feeds: ingest, validate, extract, raise and deliver new alerts."""
    from tariffwatch.config import load_settings

    with _user_errors():
        settings = load_settings(config, home)
        for problem in _check_notify(settings.notify):
            raise TariffwatchError(problem)
        for path in seeds or []:
            if not path.exists():
                raise TariffwatchError(f"no such file or directory: {path}")
        if not seeds and not settings.feeds:
            raise TariffwatchError(
                "nothing to read: give --seeds DIR or configure [[feeds]] in tariffwatch.toml"
            )
        from tariffwatch.redaction import install_redaction
        from tariffwatch.warehouse import Warehouse

        wait_s = settings.run_lock_timeout_s if wait is None else wait
        # Taken here, before Prefect starts, so a busy warehouse costs no server start-up and ends in one
        # line; the flow takes it again (re-entrant) because serve and deployments call the flow directly.
        with Warehouse(settings.home).run_lock(
            wait_s, on_wait=lambda message: err.print(f"waiting: {message}", markup=False, highlight=False)
        ):
            _prepare_prefect(settings.home, verbose)
            from flows.pipeline import tariffwatch_run

            # After the import: Prefect's log handlers exist now and get the filter too.
            install_redaction(settings.notify)
            summary = tariffwatch_run(
                seeds=[str(p) for p in seeds or []],
                config=str(config) if config else None,
                home=str(settings.home),
                workers=workers,
                dask=dask,
                wait_s=wait_s,
            )
    if output == "json":
        out.print_json(json.dumps(summary.to_dict(), default=_jsonable))
        _exit_if_nothing_processed(summary)
        return
    for warning in summary.warnings:
        err.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False)
    print_alerts(summary.alerts[:show], out)
    if len(summary.alerts) > show:
        more = len(summary.alerts) - show
        out.print(f"… and {more} more: tariffwatch alerts --format jsonl", highlight=False)
    if not summary.alerts:
        out.print("No new tariff amounts or deadlines.")
    out.print(
        f"run {summary.run_id}: articles {summary.articles_new} new / {summary.articles_seen} seen "
        f"({summary.articles_unchanged} unchanged), "
        f"{summary.quarantined} quarantined ({summary.rejected} refused this run), "
        f"{summary.mentions_new} mentions, {len(summary.alerts)} alerts"
        + (f", {summary.delivered} delivered" if summary.delivered else "")
        + (f", [red]{summary.delivery_failures} deliveries failed[/]" if summary.delivery_failures else ""),
        highlight=False,
    )
    if summary.rejected_by_reason:
        by_reason = sorted(summary.rejected_by_reason.items(), key=lambda item: (-item[1], item[0]))
        out.print(
            "refused by reason: " + ", ".join(f"{r} {n}" for r, n in by_reason), markup=False, highlight=False
        )
    for problem in summary.delivery_errors:
        err.print(f"[yellow]delivery:[/] {escape(problem)}", highlight=False)
    _exit_if_nothing_processed(summary)


def _exit_if_nothing_processed(summary: Any) -> None:
    """Exit 1 with one line when every input of the run was refused (see ``RunSummary.nothing_processed``)."""
    if summary.nothing_processed:
        err.print(
            f"error: nothing could be processed: all {summary.rejected} records were refused; see the "
            'quarantine table (tariffwatch query "select source, reason, detail from quarantine")',
            markup=False,
            highlight=False,
        )
        raise typer.Exit(1)


def _check_notify(urls: Sequence[str]) -> list[str]:
    if not urls:
        return []
    from tariffwatch.delivery import check_urls

    return check_urls(urls)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files (*.txt, *.md).")],
    output: Annotated[str, typer.Option("--format", help="jsonl or table.")] = "jsonl",
) -> None:
    """Print the tariff amounts and deadlines in FILES (no warehouse), one JSON object per mention."""
    from tariffwatch.extraction import extract_mentions
    from tariffwatch.models import Article, format_value
    from tariffwatch.sources.files import read_file

    failures = 0
    table = Table("file", "kind", "text", "normalised", "status")
    for path in files:
        with _user_errors():
            parsed = read_file(path)
        if not isinstance(parsed, Article):
            problem = escape(f"{parsed.reason}: {parsed.detail}")
            err.print(f"[red]{escape(str(path))}:[/] {problem}", highlight=False)
            failures += 1
            continue
        for m in extract_mentions(parsed.body, parsed.published_on):
            row = {
                "file": str(path),
                "article_date": parsed.published_on.isoformat(),
                "kind": m.kind,
                "text": m.text,
                "start": m.start,
                "end": m.end,
                "sentence": m.sentence,
                "value": m.value,
                "unit": m.unit,
                "date": m.date,
                "status": m.status,
            }
            if output == "table":
                normalised = m.date if m.kind == "deadline" else f"{m.unit} {format_value(m.value or 0)}"
                cells = (path.name, m.kind, m.text, normalised or "", m.status or "")
                table.add_row(*(Text(v) for v in cells))
            else:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    if output == "table":
        out.print(table)
    if failures:
        raise typer.Exit(1)


def _warehouse(home: Path | None) -> Any:
    from tariffwatch.config import load_settings
    from tariffwatch.warehouse import Warehouse

    return Warehouse(load_settings(None, home).home)


def _emit(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> None:
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([[_jsonable(v) for v in r] for r in rows])
    elif fmt in ("json", "jsonl"):
        for r in rows:
            sys.stdout.write(
                json.dumps(dict(zip(columns, map(_jsonable, r), strict=True)), ensure_ascii=False) + "\n"
            )
    else:
        table = Table(*columns)
        for r in rows:
            # Text cells: stored article text is untrusted and must not be read as Rich markup.
            table.add_row(*(Text("" if v is None else str(v)) for v in r))
        out.print(table)


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL to run against the warehouse (read-only).")],
    output: Annotated[
        str, typer.Option("--format", help="table, csv or json (one object per line).")
    ] = "table",
    home: HomeOpt = None,
) -> None:
    """Run SQL against the warehouse: tables articles, mentions, alerts, quarantine, runs, and views."""
    import duckdb

    with _user_errors():
        warehouse = _warehouse(home)
        with warehouse.reader() as con:
            try:
                cur = con.execute(sql)
            except duckdb.Error as exc:
                # DuckDB adds "LINE 1:" and a caret on further lines; the first line says what is wrong.
                raise TariffwatchError(f"query failed: {str(exc).splitlines()[0]}") from exc
            columns = [c[0] for c in cur.description] if cur.description else []
            rows = cur.fetchall() if columns else []
    _emit(columns, rows, output)


ALERT_FIELDS = (
    "alert_id",
    "kind",
    "value",
    "unit",
    "date",
    "status",
    "text",
    "sentence",
    "title",
    "source",
    "url",
    "published_on",
    "first_seen_at",
)


@app.command()
def alerts(
    output: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    pending: Annotated[
        bool, typer.Option("--pending", help="Only deliveries not yet made, and why.")
    ] = False,
    home: HomeOpt = None,
) -> None:
    """List alerts from the ledger, newest first (or the deliveries still pending)."""
    with _user_errors():
        warehouse = _warehouse(home)
        with warehouse.reader() as con:
            if pending:
                cur = con.execute(
                    "SELECT d.alert_id, a.kind, a.value, a.unit, a.date, a.text, d.channel, d.state, "
                    "d.attempts, d.last_error, d.next_attempt_at "
                    "FROM deliveries d JOIN alerts a USING (alert_id) "
                    "WHERE d.state <> 'delivered' ORDER BY d.created_at, d.alert_id"
                )
            else:
                cols = ", ".join(f'"{c}"' for c in ALERT_FIELDS)
                cur = con.execute(f"SELECT {cols}, delivered, pending, failed FROM alert_feed")
            columns = [c[0] for c in cur.description]
            rows = cur.fetchall()
    if output == "table" and not pending:
        short = ("alert_id", "kind", "value", "unit", "date", "text", "published_on", "source")
        idx = [columns.index(c) for c in short]
        _emit(short, [[r[i] for i in idx] for r in rows], "table")
        return
    _emit(columns, rows, output)


@app.command("eval")
def evaluate(
    directory: Annotated[Path, typer.Argument(help="Directory of labelled articles (.txt + .json).")],
    against: Annotated[
        Path | None,
        typer.Option(
            "--against",
            help="Score this directory's labels of the same articles (NAME.json) instead of the extractor: "
            "agreement between two annotators.",
        ),
    ] = None,
    lint: Annotated[
        bool,
        typer.Option(
            "--lint",
            help="Only check the labels' format (tests/data/LABELS.md): fields, values, document order. "
            "Runs no extractor; exits 1 if anything is wrong.",
        ),
    ] = False,
) -> None:
    """Measure extraction against labelled articles: precision, recall, F1 per kind; list misses."""
    from tariffwatch.evaluation import compare_labels, evaluate_directory, lint_labels, render_report

    with _user_errors():
        for path in (directory, against):
            if path is not None and not path.is_dir():
                raise TariffwatchError(f"not a directory: {path}")
        if lint:
            problems = lint_labels(directory)
            sys.stdout.write("\n".join(problems) + "\n" if problems else f"{directory}: labels well-formed\n")
            raise typer.Exit(1 if problems else 0)
        report = evaluate_directory(directory) if against is None else compare_labels(directory, against)
    sys.stdout.write(render_report(report) + "\n")


@schema_app.command("export")
def schema_export() -> None:
    """Regenerate expectations/*.json from schemas/*.toml."""
    from tariffwatch.resources import resource_dir
    from tariffwatch.schema import render_suite, suite_tables

    target = resource_dir("expectations")
    for table in suite_tables():
        path = target / f"{table.name}.json"
        path.write_text(render_suite(table), encoding="utf-8")
        out.print(f"wrote {path}")


@schema_app.command("ddl")
def schema_ddl() -> None:
    """Print the DuckDB DDL of every table."""
    from tariffwatch.schema import TABLE_NAMES, duckdb_ddl, load_table

    for name in TABLE_NAMES:
        sys.stdout.write(duckdb_ddl(load_table(name)) + "\n\n")


@native_app.command("build")
def native_build() -> None:
    """Compile the extractor with mypyc (skipped, with a notice, without a C compiler)."""
    from tariffwatch.extraction.native import build

    with _user_errors():
        out.print(build())


@native_app.command("status")
def native_status() -> None:
    """Say which extractor runs: the compiled build (when it matches the source) or pure Python."""
    from tariffwatch.extraction import native

    if native.implementation == "mypyc":
        out.print(f"compiled extractor in use: {native.current_build()}")
    else:
        out.print(
            f"compiled extractor not in use (absent, out of date or off); built at {native.native_dir()}"
        )


@app.command()
def serve(
    inbox: Annotated[
        Path | None,
        typer.Option(
            "--inbox", help="Directory watched for article files (*.txt, *.md).", show_default=False
        ),
    ] = None,
    config: ConfigOpt = None,
    home: HomeOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's task logs.")] = False,
) -> None:
    """Run until stopped: poll feeds on schedule, process inbox files at once, deliver and retry alerts."""
    from tariffwatch.config import load_settings
    from tariffwatch.serving import PrefectServerProcess, parse_poll_schedule

    server = None
    try:
        with _user_errors():
            settings = load_settings(config, home)
            for problem in _check_notify(settings.notify):
                raise TariffwatchError(problem)
            if settings.feeds:
                parse_poll_schedule(settings.poll_interval)
            if inbox is None and not settings.feeds:
                raise TariffwatchError(
                    "nothing to serve: give --inbox DIR or configure [[feeds]] in tariffwatch.toml"
                )
            if inbox is not None and inbox.exists() and not inbox.is_dir():
                raise TariffwatchError(f"not a directory: {inbox}")
            _prepare_prefect(settings.home, verbose)
            if not os.environ.get("PREFECT_API_URL"):
                # Prefect runs schedules only against a real server: start one, its database in the data dir.
                server = PrefectServerProcess((settings.home / ".prefect").resolve())
                err.print(f"starting a Prefect server on {server.api_url} (log: {server.log_path}) ...")
                os.environ["PREFECT_API_URL"] = server.start()
            from flows.serve import ServeOptions
            from flows.serve import serve as run_serve

            code = run_serve(ServeOptions(settings=settings, config=config, inbox=inbox))
    finally:
        if server is not None:
            server.stop()
    raise typer.Exit(code)


def _existing_warehouse(config: Path | None, home: Path | None) -> Any:
    """The warehouse of the settings; a user error when there is none yet (reading must not create one)."""
    from tariffwatch.config import load_settings
    from tariffwatch.warehouse import Warehouse

    warehouse = Warehouse(load_settings(config, home).home)
    if not warehouse.db_path.is_file():
        raise TariffwatchError(
            f"no warehouse at {warehouse.home} (run `tariffwatch run` first, or give --home)"
        )
    return warehouse


@app.command()
def validate(
    home: HomeOpt = None,
    config: ConfigOpt = None,
    tables: Annotated[
        list[str] | None,
        typer.Option(
            "--table", metavar="TABLE", help="Validate only this table; repeatable (default: every table)."
        ),
    ] = None,
    chunk_rows: Annotated[
        int | None,
        typer.Option("--chunk-rows", min=1, help="Rows read at a time (bounds memory; default 50000)."),
    ] = None,
) -> None:
    """Run the expectation suites on every row of the warehouse and write Data Docs (HTML).

    Exits 0 when every expectation holds, 1 when some fail (the table lists them with examples).
    """
    from tariffwatch.schema import TABLE_NAMES

    with _user_errors():
        unknown = [t for t in tables or () if t not in TABLE_NAMES]
        if unknown:
            raise TariffwatchError(f"unknown table {unknown[0]!r}: one of {', '.join(TABLE_NAMES)}")
        warehouse = _existing_warehouse(config, home)
        from tariffwatch.validation import DEFAULT_CHUNK_ROWS, validate_warehouse

        chosen = list(dict.fromkeys(tables)) if tables else list(TABLE_NAMES)
        err.print(f"validating {len(chosen)} table(s) in {warehouse.home} ...", highlight=False)
        report = validate_warehouse(warehouse, chosen, chunk_rows=chunk_rows or DEFAULT_CHUNK_ROWS)
    from rich.text import Text

    summary = Table("table", "rows", "expectations", "failed", title="Validation")
    for t in report.tables:
        failed = len(t.failed)
        summary.add_row(
            t.table, f"{t.rows:,}", str(t.expectations), f"[bold red]{failed}[/]" if failed else "0"
        )
    out.print(summary)
    failures = [(t.table, o) for t in report.tables for o in t.failed]
    if failures:
        detail = Table("table", "expectation", "unexpected", "examples", title="Failed expectations")
        for table_name, o in failures:
            examples = "\n".join(o.examples) if o.examples else (o.error or "")
            unexpected = "" if o.unexpected is None else f"{o.unexpected:,}"
            # Examples are stored data: shown as plain text, never as Rich markup.
            detail.add_row(Text(table_name), Text(o.name), unexpected, Text(examples))
        out.print(detail)
    if report.docs_index is not None:
        out.print(f"Data Docs: {report.docs_index}", highlight=False, markup=False)
    if failures:
        out.print(f"[bold red]{len(failures)} expectation(s) failed[/]")
        raise typer.Exit(1)
    out.print("all expectations hold")


def _clip(text: str | None, limit: int) -> str:
    one_line = " ".join((text or "").split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


@app.command()
def quarantine(
    home: HomeOpt = None,
    stage: Annotated[
        str | None, typer.Option("--stage", help="Only this stage (ingest, feed, validate_articles, ...).")
    ] = None,
    reason: Annotated[
        str | None,
        typer.Option("--reason", help="Only this reason (or one expectation a validation reason names)."),
    ] = None,
    examples: Annotated[int, typer.Option("--examples", min=0, help="Examples per stage and reason.")] = 3,
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Show what was refused: counts by stage and reason, with the newest examples (source and detail)."""
    from tariffwatch.schema import load_table

    with _user_errors():
        if output not in ("text", "json"):
            raise TariffwatchError(f"unknown format {output!r}: text or json")
        stages = next(c.checks[0].allowed for c in load_table("quarantine").columns if c.name == "stage")
        if stage is not None and stages and stage not in stages:
            raise TariffwatchError(f"unknown stage {stage!r}: one of {', '.join(stages)}")
        warehouse = _existing_warehouse(None, home)
        # A validation reason lists the failed expectations: --reason matches it whole or one of them.
        where = (
            "WHERE (? IS NULL OR stage = ?) "
            "AND (? IS NULL OR reason = ? OR list_contains(string_split(reason, ','), ?))"
        )
        params = [stage, stage, reason, reason, reason]
        with warehouse.reader() as con:
            groups = con.execute(
                "SELECT stage, reason, count(*), min(quarantined_at), max(quarantined_at) "
                f"FROM quarantine {where} GROUP BY stage, reason "
                "ORDER BY max(quarantined_at) DESC, count(*) DESC, stage, reason",
                params,
            ).fetchall()
            shown = con.execute(
                "SELECT stage, reason, source, detail, quarantined_at, run_id FROM ("
                "  SELECT *, row_number() OVER (PARTITION BY stage, reason"
                "    ORDER BY quarantined_at DESC, quarantine_id) AS n"
                f"  FROM quarantine {where}) WHERE n <= ? ORDER BY quarantined_at DESC, quarantine_id",
                [*params, examples],
            ).fetchall()
    by_group: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for st, rs, source, detail, at, run_id in shown:
        by_group.setdefault((st, rs), []).append(
            {
                "source": _clip(source, 200),
                "detail": _clip(detail, 200),
                "quarantined_at": at,
                "run_id": run_id,
            }
        )
    total = sum(g[2] for g in groups)
    by_stage: dict[str, int] = {}
    for g in groups:
        by_stage[g[0]] = by_stage.get(g[0], 0) + g[2]
    if output == "json":
        doc = {
            "total": total,
            "by_stage": by_stage,
            "groups": [
                {
                    "stage": st,
                    "reason": rs,
                    "records": n,
                    "first_quarantined_at": first,
                    "last_quarantined_at": last,
                    "examples": by_group.get((st, rs), []),
                }
                for st, rs, n, first, last in groups
            ],
        }
        sys.stdout.write(json.dumps(doc, default=_jsonable, ensure_ascii=False, indent=2) + "\n")
        return
    if not groups:
        out.print("quarantine is empty" + (" for this filter" if stage or reason else ""))
        return
    from rich.text import Text

    stages_text = ", ".join(f"{st} {n:,}" for st, n in by_stage.items())
    out.print(f"{total:,} quarantined record(s): {stages_text}", highlight=False, markup=False)
    table = Table("stage", "reason", "records", "last", "examples (newest first)")
    for st, rs, n, _first, last in groups:
        lines = [f"{_clip(e['source'], 60)} — {_clip(e['detail'], 80)}" for e in by_group.get((st, rs), [])]
        # Sources and details come from hostile input: plain text, never Rich markup.
        table.add_row(
            Text(st), Text(rs.replace(",", ",\n")), f"{n:,}", f"{last:%Y-%m-%d %H:%M}", Text("\n".join(lines))
        )
    out.print(table)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
