"""The command line: a thin layer over the library (Typer for commands, Rich for output)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date as date_type
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from typer._click.exceptions import ClickException, NoArgsIsHelpError  # typer 0.29 vendors click

from .claims import ClaimGroup, group_claims
from .config import DEFAULT_DB, DEFAULT_MODEL, Settings
from .demo import corpus_path
from .errors import FrenemyError, InputError
from .evaluate import EventScore, TypeScore
from .events.lexicon import PLOVER_TYPES
from .ingest import MAX_CHARS, read_paths
from .ingest.readers import parse_date
from .pipeline import (
    FAILED,
    SKIPPED,
    STORED,
    IngestReport,
    code_documents,
    ingest,
    problem_collector,
)
from .records import Coded, Document, Event, Outcome, Quote, event_record
from .store import Store, event_id


class OneLineErrors(typer.core.TyperGroup):
    """A command group whose usage errors (a bad value, an unknown option) print as one line
    on stderr, `Error: ...`, with exit code 2, instead of a usage block and a panel."""

    def main(self, args: object = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: object) -> object:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except NoArgsIsHelpError as err:
            err.show()
            sys.exit(err.exit_code)
        except ClickException as err:
            ctx = getattr(err, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            message = " ".join(err.format_message().split())
            typer.echo(f"Error: {message}{hint}", err=True)
            sys.exit(err.exit_code)
        sys.exit(code if isinstance(code, int) else 0)


def date_value(value: str) -> str:
    """Parse a date option: ISO (2019-06-20) or what dateutil reads ("June 20, 2019")."""
    day = parse_date(str(value).strip())
    if day is None:
        raise typer.BadParameter(
            f"{value!r} is not a full date; use YYYY-MM-DD or e.g. 'June 20, 2019'")
    return day.isoformat()


def one_of(*allowed: str) -> Callable[[str], str]:
    """A parser for an option that takes one of a few words."""

    def parse(value: str) -> str:
        if value not in allowed:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(allowed)}")
        return value

    return parse


PERIOD = one_of("day", "week", "month", "year")


def plover_type(value: str | None) -> str | None:
    """Check --type against the PLOVER types, listing them when it is not one."""
    if value is None or value.upper() in PLOVER_TYPES:
        return value.upper() if value else None
    raise typer.BadParameter(f"{value!r} is not a PLOVER type; use one of "
                             f"{', '.join(sorted(PLOVER_TYPES))}")


app = typer.Typer(no_args_is_help=True, cls=OneLineErrors,
                  help="Turn world-politics news into evidence-backed event data.")
console = Console(soft_wrap=True)
if not console.is_terminal:  # piped or captured: wide enough that evidence stays readable
    console.width = max(console.width, 160)
err_console = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB store file.", envvar="FRENEMY_DB")]
FormatOption = Annotated[str, typer.Option("--format", help="table, csv, jsonl or parquet.")]
OutputOption = Annotated[Path | None, typer.Option(help="Write to this file (needed for parquet).")]
ModelOption = Annotated[str, typer.Option(
    "--model", envvar="FRENEMY_MODEL", help="Installed spaCy pipeline.")]
ActorsOption = Annotated[list[Path] | None, typer.Option(
    "--actors", help="User actor dictionary (PETRARCH .actors.txt or CSV); repeatable.")]
FrameFilesOption = Annotated[list[Path] | None, typer.Option(
    "--frames", help="User frame table (CSV in the lexicon's layout, wins over the built-in frames); repeatable.")]
ThresholdOption = Annotated[float | None, typer.Option(
    "--threshold", min=0.0, max=1.0, help="Event model: drop a candidate whose probability of being an event is lower (default 0.15).")]
FramesOnlyOption = Annotated[bool | None, typer.Option(
    "--frames-only/--with-model", help="Every frame candidate, or the event model's decisions (default: frames only).")]
ModelPathOption = Annotated[Path | None, typer.Option(
    "--model-path", help="Event model folder written by `frenemy train` (implies --with-model).")]
LimitOption = Annotated[int | None, typer.Option(
    min=0, help="At most this many rows (tables: 25 unless given); 0 for all.")]
FORMATS = ("table", "csv", "jsonl", "parquet")
TABLE_ROWS = 25


@contextmanager
def reported_errors() -> Iterator[None]:
    """Print a FrenemyError as one red line and exit 1; real bugs still raise."""
    try:
        yield
    except FrenemyError as err:
        err_console.print(f"[bold red]Error:[/] {escape(str(err))}")
        raise typer.Exit(code=1) from None


def paths_of(values: list[Path] | None) -> tuple[str, ...]:
    return tuple(str(v) for v in values or ())


def model_choice(frames_only: bool | None, model_path: Path | None,
                 threshold: float | None) -> dict[str, object]:
    """Settings for the event model from --frames-only/--with-model, --model-path, --threshold."""
    choice: dict[str, object] = {}
    if model_path is not None:
        choice.update(event_model=str(model_path), frames_only=False)
    if frames_only is not None:
        choice["frames_only"] = frames_only
    if threshold is not None:
        choice["threshold"] = threshold
    return choice


def check_format(value: str, allowed: tuple[str, ...] = FORMATS, option: str = "--format") -> str:
    if value not in allowed:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(allowed)}",
                                 param_hint=f"'{option}'")
    return value


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[Path], typer.Argument(
        help="Files or folders: .txt .html .jsonl .csv, RSS/Atom.")],
    db: DbOption = Path(DEFAULT_DB),
    date: Annotated[str | None, typer.Option(
        parser=date_value, help="Date (YYYY-MM-DD) for files that give none.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for files that name none.")] = None,
    model: ModelOption = DEFAULT_MODEL,
    n_process: Annotated[int, typer.Option(
        min=1, help="spaCy worker processes (local engine).")] = 1,
    actors: ActorsOption = None,
    frames: FrameFilesOption = None,
    language: Annotated[list[str] | None, typer.Option(
        "--language", help="Also code documents in this language (ISO 639-1, e.g. de) with a "
        "--model that reads it; repeatable. Others are stored, not coded.")] = None,
    max_chars: Annotated[int, typer.Option(
        min=1, help="Skip documents longer than this many characters.")] = MAX_CHARS,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="Name every file, stored ones too.")] = False,
    engine: Annotated[str, typer.Option(help="local, or dask for a Dask cluster.")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address (default: a LocalCluster).")] = None,
    workers: Annotated[int, typer.Option(
        min=1, help="Workers of the LocalCluster (dask engine).")] = 2,
    work_dir: Annotated[Path | None, typer.Option(
        help="Where Dask writes Parquet partitions.")] = None,
    frames_only: FramesOnlyOption = None,
    model_path: ModelPathOption = None,
    threshold: ThresholdOption = None,
) -> None:
    """Read news files, code them, and store documents, actors and events.

    Every file (or record) is reported as stored, unchanged, skipped or failed; the exit code
    is 1 when any failed."""
    check_format(engine, ("local", "dask"), "--engine")
    languages = ("en", *(code.lower() for code in language or ()))
    settings = Settings(model=model, n_process=n_process, actor_files=paths_of(actors),
                        frame_files=paths_of(frames), languages=languages, max_chars=max_chars,
                        **model_choice(frames_only, model_path, threshold))  # type: ignore[arg-type]
    with reported_errors():
        if engine == "dask":
            report = run_dask_ingest(paths, db, settings, date, outlet, scheduler, workers,
                                     work_dir)
        else:
            report = run_ingest(paths, db, settings, date, outlet)
    print_report(report, db, verbose=verbose)
    if report.failed:
        raise typer.Exit(code=1)


def run_dask_ingest(paths: list[Path], db: Path, settings: Settings, date: str | None,
                    outlet: str | None, scheduler: str | None, workers: int,
                    work_dir: Path | None) -> IngestReport:
    from .engines.dask import ingest_dask

    report = IngestReport()
    documents = list(read_paths(paths, date=date, outlet=outlet, max_chars=settings.max_chars,
                                on_problem=problem_collector(report), exclude=settings.actor_files))
    with Store(db) as store, Progress(
        TextColumn("[bold]coding on Dask"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, transient=True,
    ) as bar:
        task = bar.add_task("coding", total=len(documents))
        result = ingest_dask(documents, store, settings, scheduler=scheduler, n_workers=workers,
                             work_dir=work_dir, on_documents=lambda n: bar.advance(task, n))
    result.problems = report.problems + result.problems
    result.outcomes = report.outcomes + result.outcomes
    return result


def run_ingest(paths: list[Path], db: Path, settings: Settings, date: str | None,
               outlet: str | None) -> IngestReport:
    report = IngestReport()
    documents = list(read_paths(paths, date=date, outlet=outlet, max_chars=settings.max_chars,
                                on_problem=problem_collector(report), exclude=settings.actor_files))
    with Store(db) as store, Progress(
        TextColumn("[bold]coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, transient=True,
    ) as bar:
        task = bar.add_task("coding", total=len(documents))
        return ingest(documents, store, settings, on_document=lambda: bar.advance(task),
                      report=report)


STATUS_STYLE = {STORED: "green", SKIPPED: "yellow", FAILED: "bold red"}


def outcome_line(outcome: Outcome) -> str:
    """One line for one input: `failed  news/x.jsonl:3: not valid JSON (...)`."""
    style = STATUS_STYLE.get(outcome.status, "dim")
    reason = f": {escape(outcome.reason)}" if outcome.reason else ""
    return f"[{style}]{outcome.status:<9}[/] {escape(outcome.source)}{reason}"


def print_report(report: IngestReport, db: Path, *, verbose: bool = False) -> None:
    """Each skipped, failed or uncoded input on stderr (every input with `verbose`), then
    the summary."""
    for outcome in report.outcomes:
        if verbose or outcome.status in (SKIPPED, FAILED) or outcome.reason:
            err_console.print(outcome_line(outcome))
    skipped, failed = report.count(SKIPPED), report.count(FAILED)
    console.print(
        f"Read {report.read} documents: {report.stored} stored, {report.unchanged} unchanged "
        f"(already stored), {skipped} skipped, {failed} failed; {report.events} events. "
        f"Store: {db}"
    )
    for doc_id, other, similarity in report.duplicates:
        console.print(f"  near-duplicate: {doc_id} ~ {other} (similarity {similarity:.2f})")


@app.command("events")
def events_cmd(
    db: DbOption = Path(DEFAULT_DB),
    actor: Annotated[str | None, typer.Option(
        help="Actor code prefix, e.g. RUS or IRNMIL.")] = None,
    type: Annotated[str | None, typer.Option(  # noqa: A002
        "--type", callback=plover_type, help="PLOVER type, e.g. ACCUSE.")] = None,
    since: Annotated[str | None, typer.Option(
        parser=date_value, help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(
        parser=date_value, help="Up to this date (YYYY-MM-DD).")] = None,
    limit: LimitOption = None,
    format: FormatOption = "table",  # noqa: A002
    output: OutputOption = None,
) -> None:
    """List stored events (one per document, source, target and type) with the sentence
    that proves each one, in the shared event schema (docs/FORMATS.md)."""
    check_format(format)
    rows = row_limit(limit, format)
    with reported_errors(), Store(db, read_only=True) as store:
        check_actor(store, actor)
        frame = store.events(actor=actor, type=type, since=since, until=until, limit=rows or None)
    if format != "parquet":  # JSON and CSV have no date type: ISO text, as the REST API gives
        frame["date"] = [d.isoformat() if d is not None else None for d in frame["date"]]
    emit(frame, format, output, title="Events", limit=rows)


def row_limit(limit: int | None, format: str) -> int:  # noqa: A002
    """Rows to show: as asked, else TABLE_ROWS for a table and all (0) for a file format."""
    if limit is not None:
        return limit
    return TABLE_ROWS if format == "table" else 0


def check_actor(store: Store, prefix: str | None) -> None:
    """An --actor prefix that no code in the store starts with is an error listing them."""
    if not prefix:
        return
    codes = store.actor_codes()
    if any(code.startswith(prefix.upper()) for code in codes):
        return
    countries = sorted({code[:3] for code in codes})
    listed = ", ".join(countries[:40]) + (", ..." if len(countries) > 40 else "")
    raise typer.BadParameter(
        f"no actor code in the store starts with {prefix.upper()!r}; "
        f"codes there start with {listed or 'nothing (the store has no actors)'}",
        param_hint="'--actor'")


@app.command("actors")
def actors_cmd(
    db: DbOption = Path(DEFAULT_DB),
    code: Annotated[str | None, typer.Option(help="Code prefix, e.g. RUS or IGO.")] = None,
    min_mentions: Annotated[int, typer.Option(min=1, help="Only actors mentioned this often.")] = 1,
    limit: LimitOption = None,
    uncoded: Annotated[bool, typer.Option(
        "--uncoded", help="Instead: the names frenemy could not code, most frequent first "
        "(re-reads the stored documents), to add to an --actors file.")] = False,
    top: Annotated[int, typer.Option(help="With --uncoded: how many names.")] = 50,
    actors: ActorsOption = None,
    format: FormatOption = "table",  # noqa: A002
    output: OutputOption = None,
) -> None:
    """List the actors in the store: codes, names, mention counts and how they were coded."""
    check_format(format)
    with reported_errors(), Store(db, read_only=True) as store:
        if uncoded:
            from .actors.registry import uncoded_names

            settings = Settings(actor_files=paths_of(actors))
            docs = store.query("SELECT doc_id, title, text, date FROM documents ORDER BY doc_id")
            documents = (Document(r.doc_id, r.title or "", r.text or "",
                                  str(r.date)[:10] if r.date is not None else None)
                         for r in docs.itertuples())
            frame = uncoded_names(documents, settings, top=top)
        else:
            check_actor(store, code)
            frame = store.actors(code=code, min_mentions=min_mentions)
    emit(frame, format, output, title="Uncoded names" if uncoded else "Actors", limit=row_limit(limit, format))


@app.command("quotes")
def quotes_cmd(
    db: DbOption = Path(DEFAULT_DB),
    speaker: Annotated[str | None, typer.Option(
        help="Speaker code prefix (RUS) or name (Lavrov).")] = None,
    limit: LimitOption = None,
    format: FormatOption = "table",  # noqa: A002
    output: OutputOption = None,
) -> None:
    """List quotes with their speakers and the sentence they come from."""
    check_format(format)
    with reported_errors(), Store(db, read_only=True) as store:
        frame = store.quotes(speaker=speaker)
    emit(frame, format, output, title="Quotes", limit=row_limit(limit, format))


@app.command("claims")
def claims_cmd(
    db: DbOption = Path(DEFAULT_DB),
    contested: Annotated[bool, typer.Option(help="Only claims with backers and deniers.")] = False,
    limit: LimitOption = None,
    format: FormatOption = "table",  # noqa: A002
    output: OutputOption = None,
) -> None:
    """List claims across documents, each actor's stance on them, and the evidence."""
    check_format(format)
    with reported_errors(), Store(db, read_only=True) as store:
        frame = store.claims(contested=contested)
    emit(frame, format, output, title="Claims and positions", limit=row_limit(limit, format))


@app.command("relations")
def relations_cmd(
    db: DbOption = Path(DEFAULT_DB),
    level: Annotated[str, typer.Option(
        parser=one_of("country", "actor"), help="country or actor (full codes).")] = "country",
    undirected: Annotated[bool, typer.Option(help="Merge A->B and B->A.")] = False,
    period: Annotated[str | None, typer.Option(
        parser=PERIOD, help="day, week, month or year.")] = None,
    min_events: Annotated[int, typer.Option(
        min=1, help="Pairs with fewer events are 'neutral'.")] = 1,
    all_mentions: Annotated[bool, typer.Option(
        help="Count every document's report, not each linked event once.")] = False,
    limit: LimitOption = None,
    format: FormatOption = "table",  # noqa: A002
    output: OutputOption = None,
) -> None:
    """Cooperation and conflict per actor pair, the frenemy index and a label."""
    check_format(format)
    with reported_errors(), Store(db, read_only=True) as store:
        try:
            frame = store.relations(level=level, directed=not undirected, period=period,
                                    min_events=min_events, dedupe=not all_mentions)
        except ValueError as err:
            raise typer.BadParameter(str(err)) from None
    emit(frame, format, output, title="Relations", limit=row_limit(limit, format))


@app.command("alignment")
def alignment_cmd(
    db: DbOption = Path(DEFAULT_DB),
    period: Annotated[str, typer.Option(
        parser=PERIOD, help="Window for sign flips: day, week, month, year.")] = "month",
    min_events: Annotated[int, typer.Option(help="Leave out pairs with fewer events.")] = 1,
) -> None:
    """Coalitions (signed community detection), structural balance and sign flips."""
    from .analytics import coalitions, sign_flips, signed_graph, structural_balance

    with reported_errors(), Store(db, read_only=True) as store:
        relations = store.relations(directed=False, min_events=min_events)
        over_time = store.relations(directed=False, period=period)
    relations = relations[relations.n_events >= min_events]
    graph = signed_graph(relations)
    groups = coalitions(graph)
    share, unbalanced = structural_balance(graph)
    table = Table(title="Coalitions (signed Leiden communities)")
    table.add_column("coalition", justify="right")
    table.add_column("members")
    for number in sorted(set(groups.values())):
        table.add_row(str(number), ", ".join(sorted(n for n, g in groups.items() if g == number)))
    console.print(table)
    console.print(f"Structural balance: {share:.2f} of signed triangles are balanced "
                  f"({len(unbalanced)} unbalanced)")
    for triad in unbalanced:
        console.print(f"  unbalanced: {' – '.join(triad)}")
    flips = sign_flips(over_time)
    for row in flips.itertuples(index=False):
        console.print(f"  sign flip: {row.source}–{row.target} in {row.period} "
                      f"(balance {row.previous_balance:+.2f} -> {row.balance:+.2f})")


@app.command("export")
def export_cmd(
    kind: Annotated[str, typer.Argument(help="gdelt, plover, parquet, gexf or graphml.")],
    output: Annotated[Path, typer.Option(help="File (or folder, for parquet) to write.")],
    db: DbOption = Path(DEFAULT_DB),
    header: Annotated[bool, typer.Option(
        help="gdelt: write the column names first (GDELT's own files have none).")] = False,
    period: Annotated[str | None, typer.Option(
        help="gexf: a time slice per day, week, month or year (a dynamic GEXF).")] = None,
) -> None:
    """Export events and relations for GDELT, POLECAT/PLOVER, Parquet or Gephi users
    (docs/FORMATS.md describes every field)."""
    check_format(kind, ("gdelt", "plover", "parquet", "gexf", "graphml"), "KIND")
    if period is not None:
        check_format(period, ("day", "week", "month", "year"), "--period")
    with reported_errors(), Store(db, read_only=True) as store:
        if kind in {"gexf", "graphml"}:
            if output.suffix.lower() != f".{kind}":
                output = output.with_suffix(f".{kind}")
            count, what = export_graph(store, output, period), "edges"
        else:
            count, what = export_table(store, kind, output, header), "events"
        undated = store.query("SELECT count(*) AS n FROM events WHERE date IS NULL").n.iloc[0]
    if kind == "parquet":
        what = "tables"
    console.print(f"wrote {count} {what} to {output}")
    if kind in {"gdelt", "plover"} and undated:
        err_console.print(f"[yellow]Left out:[/] {undated} undated events ({kind} needs a date)")


def export_table(store: Store, kind: str, output: Path, header: bool) -> int:
    """Write the GDELT, PLOVER or Parquet export; returns how many rows or tables."""
    from .analytics import export

    if kind == "gdelt":
        return export.write_gdelt(store, output, header=header)
    if kind == "plover":
        return export.write_plover(store, output)
    return len(export.write_parquet(store, output))


def export_graph(store: Store, output: Path, period: str | None) -> int:
    """Write the signed network (or, with a period, its time slices) for Gephi; returns
    the number of edges."""
    from .analytics import coalitions, export, signed_graph

    graph = signed_graph(store.relations(directed=False))
    groups = coalitions(graph)
    if period is None:
        export.write_graph(graph, output, groups)
        return int(graph.number_of_edges())
    if output.suffix.lower() != ".gexf":
        raise typer.BadParameter("--period needs a .gexf output (GraphML has no time slices)")
    dynamic = export.dynamic_graph(store.relations(directed=False, period=period), groups,
                                   period=period)
    export.write_graph(dynamic, output)
    return int(dynamic.number_of_edges())


plot_app = typer.Typer(no_args_is_help=True, help="Plot relations to PNG or SVG.")
app.add_typer(plot_app, name="plot")


@plot_app.command("timeline")
def plot_timeline_cmd(
    a: Annotated[str, typer.Argument(help="Country code, e.g. RUS.")],
    b: Annotated[str, typer.Argument(help="Country code, e.g. USA.")],
    output: Annotated[Path, typer.Option(help="PNG or SVG file.")] = Path("timeline.png"),
    period: Annotated[str, typer.Option(
        parser=PERIOD, help="day, week, month or year.")] = "month",
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """A dyad's cooperation and conflict over time."""
    from .analytics import plots

    with reported_errors(), Store(db, read_only=True) as store:
        over_time = store.relations(period=period)
    plots.timeline(over_time, a.upper(), b.upper(), output)
    console.print(f"wrote {output}")


@plot_app.command("network")
def plot_network_cmd(
    output: Annotated[Path, typer.Option(help="PNG or SVG file.")] = Path("network.png"),
    min_events: Annotated[int, typer.Option(help="Leave out pairs with fewer events.")] = 1,
    db: DbOption = Path(DEFAULT_DB),
) -> None:
    """The signed actor network, frenemies highlighted, nodes coloured by coalition."""
    from .analytics import coalitions, plots, signed_graph

    with reported_errors(), Store(db, read_only=True) as store:
        relations = store.relations(directed=False)
    graph = signed_graph(relations[relations.n_events >= min_events])
    plots.network(graph, output, coalitions(graph))
    console.print(f"wrote {output}")


@app.command("code")
def code_cmd(
    inputs: Annotated[list[Path], typer.Argument(
        help=".txt files, JSONL (id, title, text, date) or folders.")],
    what: Annotated[str, typer.Option("--what", help="events, quotes or claims.")] = "events",
    format: Annotated[str, typer.Option(
        "--format", help="jsonl or table.")] = "jsonl",  # noqa: A002
    model: ModelOption = DEFAULT_MODEL,
    actors: ActorsOption = None,
    frames: FrameFilesOption = None,
    frames_only: FramesOnlyOption = None,
    model_path: ModelPathOption = None,
    threshold: ThresholdOption = None,
) -> None:
    """Code news files and print their events, quotes or claims, without touching the store."""
    check_format(format, ("jsonl", "table"))
    check_format(what, ("events", "quotes", "claims"), "--what")
    problems: list[str] = []
    with reported_errors():
        documents = read_paths(inputs, on_problem=lambda err: problems.append(str(err)))
        settings = Settings(model=model, actor_files=paths_of(actors), frame_files=paths_of(frames),
                            **model_choice(frames_only, model_path, threshold))  # type: ignore[arg-type]
        coded = list(code_documents(documents, settings))
    for problem in problems:
        err_console.print(f"[yellow]Skipped:[/] {escape(problem)}")
    if what == "events":
        rows = [event_json(e, c) for c in coded for e in c.events]
    elif what == "quotes":
        rows = [quote_json(q) for c in coded for q in c.quotes]
    else:
        rows = [claim_json(g) for g in group_claims([cl for c in coded for cl in c.claims])]
    if format == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        emit(pd.DataFrame(rows), "table", None, title=what.capitalize())


def quote_json(quote: Quote) -> dict[str, object]:
    """A quote in the evaluation contract's shape."""
    return {"doc_id": quote.doc_id, "speaker": quote.speaker, "speaker_code": quote.speaker_code,
            "text": quote.text, "start": quote.start, "end": quote.end, "verb": quote.verb,
            "kind": quote.kind, "sentence": quote.sentence, "speaker_text": quote.speaker_text,
            "speaker_start": quote.speaker_start, "speaker_end": quote.speaker_end}


def claim_json(group: ClaimGroup) -> dict[str, object]:
    """A claim across documents in the evaluation contract's shape."""
    return {"claim": group.text, "doc_ids": group.doc_ids, "dispute": group.dispute, "polarity": group.polarity,
            "positions": [{"actor": p.actor, "actor_text": p.actor_text, "stance": p.stance,
                           "doc_id": p.doc_id, "sentence": p.sentence} for p in group.positions]}


def event_json(event: Event, coded: Coded) -> dict[str, object]:
    """An event in the shared schema (docs/FORMATS.md), plus the evaluation contract's
    `source`, `target`, `start` and `end` (the same values as `source_actor`, `target_actor`,
    `start_char` and `end_char`). Each line is one sentence's report; lines with the same
    `event_id` are the one record `frenemy events` gives once the document is stored."""
    eid = event_id(event.doc_id, event.source, event.target, event.plover)
    row = event_record(event, coded.document, coded.sentences, event_id=eid)
    row["date"] = event.date.isoformat() if isinstance(event.date, date_type) else event.date
    row.update(source=event.source, target=event.target, start=event.start, end=event.end)
    return row


@app.command("lexicon")
def lexicon_cmd(
    check: Annotated[bool, typer.Option("--check", help="Code every row's example sentence.")] = False,
    failures: Annotated[bool, typer.Option("--failures", help="With --check: list failing rows.")] = False,
    model: ModelOption = DEFAULT_MODEL,
) -> None:
    """Count the event lexicon's frame rows and examples per PLOVER type; --check codes them."""
    from .events import default_lexicon
    from .events.examples import check_examples

    lexicon = default_lexicon()
    frames = list(lexicon.frames.values())
    table = Table(title="Event lexicon")
    for column in ("PLOVER", "rows", "examples") + (("examples pass",) if check else ()):
        table.add_column(column, justify="left" if column == "PLOVER" else "right")
    passed: dict[str, int] = {}
    results = []
    if check:
        with Progress(TextColumn("coding examples"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err_console) as bar:
            task = bar.add_task("examples", total=len(frames))
            results = check_examples(lexicon, Settings(model=model),
                                     progress=lambda n: bar.advance(task, n))
        for result in results:
            passed[result.frame.plover] = passed.get(result.frame.plover, 0) + result.passed
    for plover in sorted({f.plover for f in frames}):
        rows = [f for f in frames if f.plover == plover]
        cells = [plover, str(len(rows)), str(sum(1 for f in rows if f.example))]
        table.add_row(*cells, *([str(passed.get(plover, 0))] if check else []))
    total = [str(len(frames)), str(sum(1 for f in frames if f.example))]
    table.add_row("all", *total, *([str(sum(passed.values()))] if check else []))
    console.print(table)
    by_source: dict[str, int] = {}
    for frame in frames:
        by_source[frame.source] = by_source.get(frame.source, 0) + 1
    console.print("frame sources: " + ", ".join(f"{name} {n}" for name, n in by_source.items()))
    if check and failures:
        for result in (r for r in results if not r.passed):
            found = ", ".join("-".join(t) for t in result.found) or "no event"
            console.print(f"{escape(result.key)}: {escape(result.frame.example)} -> {escape(found)}")


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(
        help="Gold events, JSONL (doc, anchor, source, target, plover).")],
    inputs: Annotated[list[Path] | None, typer.Option(
        "--input", help="Articles to code (.txt, JSONL); repeatable.")] = None,
    predictions: Annotated[Path | None, typer.Option(
        help="Already coded events (frenemy code output).")] = None,
    forbidden: Annotated[Path | None, typer.Option(
        help="Events that must not be coded, JSONL.")] = None,
    misses: Annotated[int, typer.Option(help="Show at most this many misses and extras.")] = 20,
    per_article: Annotated[bool, typer.Option(
        "--per-article", help="Gold coded once per article: count each predicted event once per article.")] = False,
    dyads: Annotated[bool, typer.Option(
        "--dyads", help="Score the actors alone: types ignored (implies --per-article).")] = False,
    model: ModelOption = DEFAULT_MODEL,
    actors: ActorsOption = None,
    frames: FrameFilesOption = None,
    frames_only: FramesOnlyOption = None,
    model_path: ModelPathOption = None,
    threshold: ThresholdOption = None,
) -> None:
    """Score frenemy's events against your own gold file: P, R, F1 per type and the misses;
    with --input, frames only and frames + event model side by side."""
    from .evaluate import load_jsonl, score_events

    with reported_errors():
        if predictions is None and not inputs:
            raise typer.BadParameter("give --input FILES to code, or --predictions FILE")
        gold_rows = load_jsonl(gold)
        banned = load_jsonl(forbidden) if forbidden else []
        results = {}

        def score(gold_rows, preds, banned):  # type: ignore[no-untyped-def]
            return score_events(gold_rows, preds, banned, by_article=per_article or dyads, ignore_types=dyads)

        if predictions is not None:
            results["events"] = score(gold_rows, load_jsonl(predictions), banned)
            chosen = "events"
        else:
            from .learn.compare import code_both

            settings = Settings(model=model, actor_files=paths_of(actors), frame_files=paths_of(frames),
                                **model_choice(frames_only, model_path, threshold))  # type: ignore[arg-type]
            frames_preds: list[dict[str, object]] = []
            model_preds: list[dict[str, object]] = []
            for coded, events in code_both(read_paths(inputs or []), settings):
                frames_preds += [event_json(e, coded) for e in coded.events]
                model_preds += [event_json(e, coded) for e in events]
            results["frames"] = score(gold_rows, frames_preds, banned)
            results["model"] = score(gold_rows, model_preds, banned)
            chosen = "frames" if settings.frames_only else "model"
    print_scores(gold.name, results, title="Dyads (types ignored)" if dyads else "Events")
    result = results[chosen]
    for g in result.missed[:misses]:
        console.print(f"MISSED {escape(g['doc'])}: {g['source']}->{g['target']} {g['plover']} "
                      f"«{escape(g.get('anchor') or '')}»")
    for p in result.extra[:misses]:
        console.print(f"EXTRA  {escape(str(p.get('doc_id')))}: "
                      f"{p.get('source')}->{p.get('target')} "
                      f"{p.get('plover')} «{escape((p.get('sentence') or '')[:100])}»")
    for fb, _ in result.forbidden:
        console.print(f"[red]FORBIDDEN[/] {fb['doc']}: {fb['source']}->{fb['target']} "
                      f"{fb['plover']}")
    for name, scored in results.items():
        if len(results) > 1:
            console.print(f"{name}: " + score_line(scored))
    console.print("events: " + score_line(result))


def score_line(result: EventScore) -> str:
    """The totals of one evaluation on one line."""
    t = result.total
    return (f"precision {t.precision:.3f} recall {t.recall:.3f} f1 {t.f1:.3f} (matched {t.tp}, "
            f"predicted {t.predicted}, gold {t.gold}, forbidden hits {len(result.forbidden)})")


def print_scores(name: str, results: dict[str, EventScore], title: str = "Events") -> None:
    """One table of P, R and F1 per type, a block of columns per evaluation."""
    table = Table(title=f"{title} against {name}")
    table.add_column("type")
    table.add_column("gold", justify="right")
    for label in results:
        prefix = f"{label} " if len(results) > 1 else ""
        for column in ("predicted", "matched", "precision", "recall", "F1"):
            table.add_column(prefix + column, justify="right")
    kinds = sorted({k for r in results.values() for k in r.by_type})
    for kind in [*kinds, None]:
        cells = []
        gold = 0
        for r in results.values():
            s = r.total if kind is None else r.by_type.get(kind, TypeScore())
            gold = max(gold, s.gold)
            f1 = f"[bold]{s.f1:.3f}" if kind is None else f"{s.f1:.3f}"
            cells += [str(s.predicted), str(s.tp), f"{s.precision:.3f}", f"{s.recall:.3f}", f1]
        table.add_row("[bold]all" if kind is None else kind, str(gold), *cells)
    console.print(table)


@app.command("train")
def train_cmd(
    data: Annotated[list[Path] | None, typer.Option(
        "--data", help="Training items (*.jsonl files or folders); default: the project's data/training.")] = None,
    gold: Annotated[Path | None, typer.Option(
        help="Your gold events (the format `frenemy eval` reads); needs --input.")] = None,
    inputs: Annotated[list[Path] | None, typer.Option(
        "--input", help="The articles your --gold labels (.txt, JSONL, folders); repeatable.")] = None,
    add_training: Annotated[bool, typer.Option(
        "--add-training", help="With --gold: train on the project's training items too.")] = False,
    output: Annotated[Path, typer.Option(help="Folder to write the model to.")] = Path("frenemy-event-model"),
    held_out: Annotated[float, typer.Option(
        min=0.0, max=0.5, help="Share of documents held out for the figures printed.")] = 0.2,
    c: Annotated[float, typer.Option("--c", min=1e-4, help="Inverse regularisation strength.")] = 0.3,
    name: Annotated[str, typer.Option(help="Model name, kept in each event's provenance.")] = "frenemy-events",
    threshold: ThresholdOption = None,
    model: ModelOption = DEFAULT_MODEL,
    actors: ActorsOption = None,
) -> None:
    """Train the event model on labelled news: check the data, code it with the frames, fit,
    print held-out figures (frames only vs frames + model) and write the model folder."""
    from .learn.items import PROJECT_DATA, read_gold, read_training, training_files
    from .learn.train import train

    settings = Settings(model=model, actor_files=paths_of(actors),
                        **model_choice(None, None, threshold))  # type: ignore[arg-type]
    with reported_errors():
        if gold is not None and not inputs:
            raise typer.BadParameter("--gold needs --input ARTICLES (the documents it labels)")
        examples = []
        if gold is not None:
            examples += read_gold(gold, read_paths(inputs or []))
        if gold is None or add_training or data:
            files = [f for d in data or [PROJECT_DATA]
                     for f in (training_files(d) if d.is_dir() else [d])]
            examples += read_training(files)
        with Progress(TextColumn("[bold]coding candidates"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err_console, transient=True) as bar:
            task = bar.add_task("coding", total=len(examples))
            try:
                report = train(examples, settings, held_out=held_out, c=c, name=name,
                               progress=lambda n: bar.advance(task, n))
            except ValueError as err:
                raise InputError(gold or "training data", str(err)) from None
        assert report.model is not None
        folder = report.model.save(output)
    console.print(f"{report.examples} documents, {report.candidates} frame candidates; labels: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(report.labels.items())))
    if report.frames and report.model_figures:
        table = Table(title=f"Held out: {report.held_out} documents")
        for column in ("", "predicted", "gold", "precision", "recall", "F1"):
            table.add_column(column, justify="left" if not column else "right")
        for label, f in (("frames only", report.frames), ("frames + model", report.model_figures)):
            table.add_row(label, str(f.predicted), str(f.gold), f"{f.precision:.3f}",
                          f"{f.recall:.3f}", f"{f.f1:.3f}")
        console.print(table)
    size = sum(p.stat().st_size for p in folder.iterdir())
    console.print(f"wrote {report.model.provenance} to {folder} ({size / 1024:.0f} KB); use it with "
                  f"--model-path {folder}")


@app.command("serve")
def serve_cmd(
    db: DbOption = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option(help="Address to bind: 127.0.0.1 (loopback, this machine "
                                           "only) unless you say otherwise, e.g. 0.0.0.0.")
                    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    token: Annotated[str | None, typer.Option(
        envvar="FRENEMY_TOKEN", help="Allow ingest from the browser with this token.")] = None,
    model: ModelOption = DEFAULT_MODEL,
    cors_origin: Annotated[list[str] | None, typer.Option(
        "--cors-origin", help="Let pages from this origin (e.g. https://dash.example.org) read "
                              "the API; repeat for more. None by default.")] = None,
) -> None:
    """Serve the dashboard and REST API (OpenAPI docs at /docs) over the store."""
    serve(db, host, port, token, model, cors_origins=tuple(cors_origin or ()))


def serve(db: Path, host: str, port: int, token: str | None, model: str, *,
          cors_origins: tuple[str, ...] = ()) -> None:
    import ipaddress

    import uvicorn

    from .api import create_app

    console.print(f"frenemy dashboard: open [bold]http://{host}:{port}/[/] "
                  f"(API docs at http://{host}:{port}/docs; "
                  f"{'ingest on' if token else 'read-only'}). "
                  "Stop with Ctrl+C.", soft_wrap=True)
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if loopback:
        console.print(f"Listening on {host} only: other machines cannot connect "
                      "(--host 0.0.0.0 serves the network).", soft_wrap=True)
    else:
        err_console.print(f"[bold yellow]Warning:[/] listening on {host}: other machines can "
                          "connect, and a token sent over plain HTTP can be read on the way; "
                          "put a TLS proxy in front.", soft_wrap=True)
    if cors_origins:
        console.print(f"Pages from {', '.join(cors_origins)} may read the API (CORS).",
                      soft_wrap=True)
    uvicorn.run(create_app(db, token=token, model=model, cors_origins=cors_origins), host=host,
                port=port, log_level="warning")


@app.command("demo")
def demo_cmd(
    db: DbOption = Path(DEFAULT_DB),
    model: ModelOption = DEFAULT_MODEL,
    serve_after: Annotated[bool, typer.Option("--serve", help="Then serve the dashboard.")] = False,
    port: Annotated[int, typer.Option(help="Port for --serve.")] = 8000,
) -> None:
    """Ingest the demo corpus into the store, then show relations and the top events."""
    with reported_errors():
        report = run_ingest([corpus_path()], db, Settings(model=model), None, None)
        print_report(report, db)
        with Store(db, read_only=True) as store:
            relations = store.relations(directed=False)
            events = store.events()
    emit(relations, "table", None, title="Relations (country pairs, both directions merged)")
    top = events.assign(weight=events.goldstein.abs() * events.confidence)
    top = top.sort_values("weight", ascending=False).head(12)
    emit(top, "table", None, title="Top events, with their evidence")
    console.print(f"\nExplore further: frenemy events --db {db} --actor RUS | frenemy relations "
                  f"--db {db} --undirected | frenemy claims --db {db} --contested")
    if serve_after:
        serve(db, "127.0.0.1", port, None, model)
    else:
        console.print(f"See the map: frenemy serve --db {db}   then open http://127.0.0.1:8000/")


TABLE_COLUMNS = ["source", "target", "period", "n_events", "coop", "conflict", "goldstein_mean",
                 "frenemy_index", "label", "claim_no", "claim", "actor", "stance", "speaker",
                 "speaker_code", "kind", "text", "code", "name", "mentions", "documents",
                 "coded_by", "doc_id", "date", "source_actor", "plover", "target_actor", "cameo",
                 "goldstein", "sentence"]
# which columns a narrow terminal keeps first; the others follow in TABLE_COLUMNS order
PRIORITY = ["date", "source_actor", "plover", "target_actor", "sentence", "source", "target",
            "label", "frenemy_index", "n_events", "code", "name", "mentions", "speaker", "text",
            "claim", "actor", "stance", "doc_id"]
WIDE = {"sentence": 24, "claim": 24, "text": 24}  # least width of the columns with prose


def least_width(frame: pd.DataFrame, column: str) -> int:
    """The narrowest a column may get: its header, or its longest value up to 12."""
    if column in WIDE:
        return WIDE[column]
    longest = int(frame[column].astype(str).str.len().max()) if len(frame) else 0
    return max(len(column), min(longest, 12))


def fitting_columns(frame: pd.DataFrame, width: int) -> list[str]:
    """The most useful columns that fit in `width` characters (in PRIORITY order, up to the
    first that does not fit), shown in TABLE_COLUMNS order."""
    shown = [c for c in TABLE_COLUMNS if c in frame.columns] or list(frame.columns)
    ranked = sorted(shown, key=lambda c: PRIORITY.index(c) if c in PRIORITY else len(PRIORITY))
    chosen: set[str] = set()
    used = 1
    for column in ranked:
        need = least_width(frame, column) + 3  # padding and border
        if chosen and used + need > width:
            break
        chosen.add(column)
        used += need
    return [c for c in shown if c in chosen]


def emit(frame: pd.DataFrame, format: str, output: Path | None, *, title: str,  # noqa: A002
         limit: int = 0) -> None:
    """Write a DataFrame as a Rich table that fits the terminal, CSV, JSONL or Parquet;
    `limit` rows at most (0: all)."""
    total = len(frame)
    if limit:
        frame = frame.head(limit)
    if format == "parquet":
        if output is None:
            raise typer.BadParameter("--format parquet needs --output FILE")
        frame.to_parquet(output, index=False)
        err_console.print(f"wrote {len(frame)} rows to {output}")
        return
    if format in ("csv", "jsonl"):
        text = frame.to_csv(index=False) if format == "csv" else frame.to_json(
            orient="records", lines=True, date_format="iso", force_ascii=False)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
        return
    columns = fitting_columns(frame, console.width)
    table = Table(title=f"{title} ({len(frame)})", show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold", max_width=90 if column in WIDE else 24,
                         min_width=min(least_width(frame, column), 40))
    for row in frame[columns].itertuples(index=False):
        table.add_row(*("" if pd.isna(v) else escape(str(v)) for v in row))
    console.print(table)
    if limit and total >= limit:
        err_console.print(f"showing the first {limit} rows; --limit 0 shows all")


def main() -> None:
    """Entry point for `python -m frenemy`."""
    app()


__all__ = ["app", "InputError"]
