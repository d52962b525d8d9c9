"""The command line: a thin layer over the library (Typer for commands, Rich for output)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .claims import ClaimGroup, group_claims
from .config import DEFAULT_DB, DEFAULT_MODEL, Settings
from .demo import corpus_path
from .errors import FrenemyError, InputError
from .ingest import read_paths
from .pipeline import IngestReport, code_documents, ingest, problem_collector
from .records import Document, Quote
from .store import Store

app = typer.Typer(no_args_is_help=True, help="Turn world-politics news into evidence-backed event data.")
console = Console(soft_wrap=True)
if not console.is_terminal:  # piped or captured: wide enough that evidence stays readable
    console.width = max(console.width, 160)
err_console = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB store file.", envvar="FRENEMY_DB")]
FormatOption = Annotated[str, typer.Option("--format", help="table, csv, jsonl or parquet.")]
OutputOption = Annotated[Path | None, typer.Option(help="Write to this file (needed for parquet).")]
ModelOption = Annotated[str, typer.Option("--model", envvar="FRENEMY_MODEL", help="Installed spaCy pipeline.")]
ActorsOption = Annotated[list[Path] | None, typer.Option(
    "--actors", help="User actor dictionary (PETRARCH .actors.txt or CSV); repeatable.")]
FORMATS = ("table", "csv", "jsonl", "parquet")


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


def check_format(value: str, allowed: tuple[str, ...] = FORMATS) -> str:
    if value not in allowed:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(allowed)}")
    return value


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .txt .html .jsonl .csv, RSS/Atom.")],
    db: DbOption = Path(DEFAULT_DB),
    date: Annotated[str | None, typer.Option(help="Date (YYYY-MM-DD) for files that give none.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for files that name none.")] = None,
    model: ModelOption = DEFAULT_MODEL,
    n_process: Annotated[int, typer.Option(help="spaCy worker processes (local engine).")] = 1,
    actors: ActorsOption = None,
    engine: Annotated[str, typer.Option(help="local, or dask for a Dask cluster.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a LocalCluster).")] = None,
    workers: Annotated[int, typer.Option(help="Workers of the LocalCluster (dask engine).")] = 2,
    work_dir: Annotated[Path | None, typer.Option(help="Where Dask writes Parquet partitions.")] = None,
) -> None:
    """Read news files, code them, and store documents, actors and events."""
    check_format(engine, ("local", "dask"))
    settings = Settings(model=model, n_process=n_process, actor_files=paths_of(actors))
    with reported_errors():
        if engine == "dask":
            report = run_dask_ingest(paths, db, settings, date, outlet, scheduler, workers, work_dir)
        else:
            report = run_ingest(paths, db, settings, date, outlet)
    print_report(report, db)


def run_dask_ingest(paths: list[Path], db: Path, settings: Settings, date: str | None,
                    outlet: str | None, scheduler: str | None, workers: int,
                    work_dir: Path | None) -> IngestReport:
    from .engines.dask import ingest_dask

    report = IngestReport()
    documents = list(read_paths(paths, date=date, outlet=outlet, on_problem=problem_collector(report)))
    with Store(db) as store, Progress(
        TextColumn("[bold]coding on Dask"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, transient=True,
    ) as bar:
        task = bar.add_task("coding", total=len(documents))
        result = ingest_dask(documents, store, settings, scheduler=scheduler, n_workers=workers,
                             work_dir=work_dir, on_documents=lambda n: bar.advance(task, n))
    result.problems = report.problems + result.problems
    return result


def run_ingest(paths: list[Path], db: Path, settings: Settings, date: str | None,
               outlet: str | None) -> IngestReport:
    report = IngestReport()
    on_problem = problem_collector(report)
    documents = list(read_paths(paths, date=date, outlet=outlet, on_problem=on_problem))
    with Store(db) as store, Progress(
        TextColumn("[bold]coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, transient=True,
    ) as bar:
        task = bar.add_task("coding", total=len(documents))
        result = ingest(documents, store, settings, on_document=lambda: bar.advance(task))
    result.problems = report.problems + result.problems
    return result


def print_report(report: IngestReport, db: Path) -> None:
    for problem in report.problems:
        err_console.print(f"[yellow]Skipped:[/] {escape(problem)}")
    console.print(
        f"Read {report.read} documents: {report.stored} stored, {report.unchanged} unchanged "
        f"(already stored), {report.events} events; {len(report.problems)} problems. Store: {db}"
    )
    for doc_id, other, similarity in report.duplicates:
        console.print(f"  near-duplicate: {doc_id} ~ {other} (similarity {similarity:.2f})")


@app.command("events")
def events_cmd(
    db: DbOption = Path(DEFAULT_DB),
    actor: Annotated[str | None, typer.Option(help="Actor code prefix, e.g. RUS or IRNMIL.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. ACCUSE.")] = None,  # noqa: A002
    since: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    format: FormatOption = "table",  # noqa: A002
    output: OutputOption = None,
) -> None:
    """List stored events with the sentence that proves each one."""
    check_format(format)
    with reported_errors(), Store(db, read_only=True) as store:
        frame = store.events(actor=actor, type=type, since=since, until=until, limit=limit)
    emit(frame, format, output, title="Events")


@app.command("actors")
def actors_cmd(
    db: DbOption = Path(DEFAULT_DB),
    code: Annotated[str | None, typer.Option(help="Code prefix, e.g. RUS or IGO.")] = None,
    min_mentions: Annotated[int, typer.Option(help="Only actors mentioned this often.")] = 1,
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
            frame = store.actors(code=code, min_mentions=min_mentions)
    emit(frame, format, output, title="Uncoded names" if uncoded else "Actors")


@app.command("quotes")
def quotes_cmd(
    db: DbOption = Path(DEFAULT_DB),
    speaker: Annotated[str | None, typer.Option(help="Speaker code prefix (RUS) or name (Lavrov).")] = None,
    format: FormatOption = "table",  # noqa: A002
    output: OutputOption = None,
) -> None:
    """List quotes with their speakers and the sentence they come from."""
    check_format(format)
    with reported_errors(), Store(db, read_only=True) as store:
        frame = store.quotes(speaker=speaker)
    emit(frame, format, output, title="Quotes")


@app.command("claims")
def claims_cmd(
    db: DbOption = Path(DEFAULT_DB),
    contested: Annotated[bool, typer.Option(help="Only claims with backers and deniers.")] = False,
    format: FormatOption = "table",  # noqa: A002
    output: OutputOption = None,
) -> None:
    """List claims across documents, each actor's stance on them, and the evidence."""
    check_format(format)
    with reported_errors(), Store(db, read_only=True) as store:
        frame = store.claims(contested=contested)
    emit(frame, format, output, title="Claims and positions")


@app.command("relations")
def relations_cmd(
    db: DbOption = Path(DEFAULT_DB),
    level: Annotated[str, typer.Option(help="country or actor (full codes).")] = "country",
    undirected: Annotated[bool, typer.Option(help="Merge A->B and B->A.")] = False,
    period: Annotated[str | None, typer.Option(help="day, week, month or year.")] = None,
    min_events: Annotated[int, typer.Option(help="Pairs with fewer events are 'neutral'.")] = 1,
    all_mentions: Annotated[bool, typer.Option(
        help="Count every document's report, not each linked event once.")] = False,
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
    emit(frame, format, output, title="Relations")


@app.command("alignment")
def alignment_cmd(
    db: DbOption = Path(DEFAULT_DB),
    period: Annotated[str, typer.Option(help="Window for sign flips: day, week, month, year.")] = "month",
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
) -> None:
    """Export events and relations for GDELT, POLECAT/PLOVER, Parquet or Gephi users."""
    from .analytics import export, signed_graph

    check_format(kind, ("gdelt", "plover", "parquet", "gexf", "graphml"))
    with reported_errors(), Store(db, read_only=True) as store:
        if kind == "gdelt":
            frame = export.gdelt_events(store)
            if output.suffix == ".parquet":
                frame.to_parquet(output, index=False)
            else:
                frame.to_csv(output, index=False, sep="\t" if output.suffix in {".tsv", ".txt"} else ",")
            count = len(frame)
        elif kind == "plover":
            count = export.write_plover(store, output)
        elif kind == "parquet":
            count = len(export.write_parquet(store, output))
        else:
            graph = signed_graph(store.relations(directed=False))
            if output.suffix.lower() != f".{kind}":
                output = output.with_suffix(f".{kind}")
            export.write_graph(graph, output)
            count = graph.number_of_edges()
    console.print(f"wrote {count} {'tables' if kind == 'parquet' else 'edges' if kind in {'gexf', 'graphml'} else 'events'} to {output}")


plot_app = typer.Typer(no_args_is_help=True, help="Plot relations to PNG or SVG.")
app.add_typer(plot_app, name="plot")


@plot_app.command("timeline")
def plot_timeline_cmd(
    a: Annotated[str, typer.Argument(help="Country code, e.g. RUS.")],
    b: Annotated[str, typer.Argument(help="Country code, e.g. USA.")],
    output: Annotated[Path, typer.Option(help="PNG or SVG file.")] = Path("timeline.png"),
    period: Annotated[str, typer.Option(help="day, week, month or year.")] = "month",
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
    inputs: Annotated[list[Path], typer.Argument(help=".txt files, JSONL (id, title, text, date) or folders.")],
    what: Annotated[str, typer.Option("--what", help="events, quotes or claims.")] = "events",
    format: Annotated[str, typer.Option("--format", help="jsonl or table.")] = "jsonl",  # noqa: A002
    model: ModelOption = DEFAULT_MODEL,
    actors: ActorsOption = None,
) -> None:
    """Code news files and print their events, quotes or claims, without touching the store."""
    check_format(format, ("jsonl", "table"))
    check_format(what, ("events", "quotes", "claims"))
    problems: list[str] = []
    with reported_errors():
        documents = read_paths(inputs, on_problem=lambda err: problems.append(str(err)))
        settings = Settings(model=model, actor_files=paths_of(actors))
        coded = list(code_documents(documents, settings))
    for problem in problems:
        err_console.print(f"[yellow]Skipped:[/] {escape(problem)}")
    if what == "events":
        rows = [event_json(e) for c in coded for e in c.events]
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
            "kind": quote.kind, "sentence": quote.sentence}


def claim_json(group: ClaimGroup) -> dict[str, object]:
    """A claim across documents in the evaluation contract's shape."""
    return {"claim": group.text, "doc_ids": group.doc_ids, "dispute": group.dispute,
            "positions": [{"actor": p.actor, "actor_text": p.actor_text, "stance": p.stance,
                           "doc_id": p.doc_id, "sentence": p.sentence} for p in group.positions]}


def event_json(event: object) -> dict[str, object]:
    """An event in the evaluation contract's shape (see docs/ARCHITECTURE.md)."""
    row = asdict(event)  # type: ignore[call-overload]
    keys = ("doc_id", "sentence", "source", "target", "plover", "cameo", "goldstein",
            "quad_class", "start", "end", "source_text", "target_text", "predicate",
            "confidence", "date")
    return {k: row[k] for k in keys}


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold events, JSONL (doc, anchor, source, target, plover).")],
    inputs: Annotated[list[Path] | None, typer.Option("--input", help="Articles to code (.txt, JSONL); repeatable.")] = None,
    predictions: Annotated[Path | None, typer.Option(help="Already coded events (frenemy code output).")] = None,
    forbidden: Annotated[Path | None, typer.Option(help="Events that must not be coded, JSONL.")] = None,
    misses: Annotated[int, typer.Option(help="Show at most this many misses and extras.")] = 20,
    model: ModelOption = DEFAULT_MODEL,
    actors: ActorsOption = None,
) -> None:
    """Score frenemy's events against your own gold file: P, R, F1 per type and the misses."""
    from .evaluate import load_jsonl, score_events

    with reported_errors():
        if predictions is None and not inputs:
            raise typer.BadParameter("give --input FILES to code, or --predictions FILE")
        gold_rows = load_jsonl(gold)
        if predictions is not None:
            preds = load_jsonl(predictions)
        else:
            settings = Settings(model=model, actor_files=paths_of(actors))
            documents = read_paths(inputs or [])
            preds = [event_json(e) for c in code_documents(documents, settings) for e in c.events]
        result = score_events(gold_rows, preds, load_jsonl(forbidden) if forbidden else ())
    table = Table(title=f"Events against {gold.name}")
    for column in ("type", "gold", "predicted", "matched", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for kind, score in sorted(result.by_type.items()):
        table.add_row(kind, str(score.gold), str(score.predicted), str(score.tp),
                      f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}")
    t = result.total
    table.add_row("[bold]all", str(t.gold), str(t.predicted), str(t.tp), f"{t.precision:.3f}",
                  f"{t.recall:.3f}", f"[bold]{t.f1:.3f}")
    console.print(table)
    for g in result.missed[:misses]:
        console.print(f"MISSED {escape(g['doc'])}: {g['source']}->{g['target']} {g['plover']} "
                      f"«{escape(g.get('anchor') or '')}»")
    for p in result.extra[:misses]:
        console.print(f"EXTRA  {escape(str(p.get('doc_id')))}: {p.get('source')}->{p.get('target')} "
                      f"{p.get('plover')} «{escape((p.get('sentence') or '')[:100])}»")
    for fb, _ in result.forbidden:
        console.print(f"[red]FORBIDDEN[/] {fb['doc']}: {fb['source']}->{fb['target']} {fb['plover']}")
    console.print(f"events: precision {t.precision:.3f} recall {t.recall:.3f} f1 {t.f1:.3f} "
                  f"(matched {t.tp}, predicted {t.predicted}, gold {t.gold}, "
                  f"forbidden hits {len(result.forbidden)})")


@app.command("serve")
def serve_cmd(
    db: DbOption = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option(help="Address to bind (loopback unless told otherwise).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    token: Annotated[str | None, typer.Option(envvar="FRENEMY_TOKEN", help="Allow ingest from the browser with this token.")] = None,
    model: ModelOption = DEFAULT_MODEL,
) -> None:
    """Serve the dashboard and REST API (OpenAPI docs at /docs) over the store."""
    serve(db, host, port, token, model)


def serve(db: Path, host: str, port: int, token: str | None, model: str) -> None:
    import uvicorn

    from .api import create_app

    console.print(f"frenemy dashboard: open [bold]http://{host}:{port}/[/] "
                  f"(API docs at http://{host}:{port}/docs; {'ingest on' if token else 'read-only'}). "
                  "Stop with Ctrl+C.")
    uvicorn.run(create_app(db, token=token, model=model), host=host, port=port, log_level="warning")


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
                 "frenemy_index", "label", "claim_no", "claim", "actor", "stance", "speaker", "speaker_code", "kind",
                 "text", "code", "name", "mentions", "documents", "coded_by", "doc_id", "date", "source_actor", "plover", "target_actor", "cameo", "goldstein",
                 "sentence"]


def emit(frame: pd.DataFrame, format: str, output: Path | None, *, title: str) -> None:  # noqa: A002
    """Write a DataFrame as a Rich table, CSV, JSONL or Parquet."""
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
    columns = [c for c in TABLE_COLUMNS if c in frame.columns] or list(frame.columns)
    table = Table(title=f"{title} ({len(frame)})", show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold", max_width=90 if column == "sentence" else 24)
    for row in frame[columns].itertuples(index=False):
        table.add_row(*("" if pd.isna(v) else escape(str(v)) for v in row))
    console.print(table)


def main() -> None:
    """Entry point for `python -m frenemy`."""
    app()


__all__ = ["app", "InputError"]
