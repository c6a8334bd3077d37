"""The ``kg`` command line: parses arguments, calls the library, prints results.

Exit codes: 0 success; 1 an error the message explains (missing input, unwritable
output folder, bad model data); 2 a usage error (unknown option, missing argument);
3 nothing could be built (every input was skipped); 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import click
import typer
from typer.core import TyperGroup

try:  # typer >= 0.23 raises the exceptions of its own copy of click
    from typer._click import exceptions as _typer_click
except ImportError:  # pragma: no cover - older typer uses click itself
    _typer_click = click.exceptions

_USAGE_ERRORS = (click.UsageError, _typer_click.UsageError)
_CLICK_ERRORS = (click.ClickException, _typer_click.ClickException)
_EXITS = (click.exceptions.Exit, typer.Exit)
_ABORTS = (click.Abort, typer.Abort)

from kg.types import KgError


class _OneLineErrors(TyperGroup):
    """The ``kg`` group: a usage error is one line and exit 2, never a boxed panel."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _USAGE_ERRORS as err:
            if type(err).__name__ == "NoArgsIsHelpError":  # the help is already printed
                sys.exit(EXIT_USAGE)
            hint = f" (see '{err.ctx.command_path} --help')" if err.ctx is not None else ""
            click.echo(f"kg: error: {err.format_message()}{hint}", err=True)
            sys.exit(EXIT_USAGE)
        except _CLICK_ERRORS as err:
            click.echo(f"kg: error: {err.format_message()}", err=True)
            sys.exit(err.exit_code)
        except _ABORTS:
            code = EXIT_INTERRUPTED
        except Exception as err:  # raised outside _run: still one line unless --debug
            if _state["debug"]:
                raise
            click.echo(f"kg: error: internal error: {type(err).__name__}: {err} "
                       "(run `kg --debug ...` for the traceback)", err=True)
            sys.exit(EXIT_ERROR)
        if code == EXIT_INTERRUPTED and not _state["interrupt_reported"]:
            click.echo(_INTERRUPTED, err=True)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=_OneLineErrors,
    help="Build knowledge graphs from Arabic news: people, organisations, places and events, "
    "every node and edge traceable to its sentence.\n\nExample: kg build seeds/ -o outputs/",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_ERROR, EXIT_USAGE, EXIT_NOTHING_BUILT, EXIT_INTERRUPTED = 1, 2, 3, 130
_INTERRUPTED = "kg: interrupted; outputs already written are complete, nothing half-written was left."
_state = {"debug": False, "interrupt_reported": False}


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors (put it before the command).")) -> None:
    _state["debug"] = debug


def _fail(message: str, code: int = EXIT_ERROR) -> None:
    """Print one ``kg: error:`` line and exit with ``code``."""
    typer.echo(f"kg: error: {' '.join(str(message).split())}", err=True)
    raise typer.Exit(code)


def _run(action):
    """Run ``action``, turning every error and Ctrl-C into one line and an exit code.

    ``KgError`` carries its own message and exit code; an ``OSError`` names the file;
    anything else is a bug, reported in one line that points at ``--debug``, which
    re-raises everything so the traceback shows.
    """
    try:
        return action()
    except (*_EXITS, *_CLICK_ERRORS, *_ABORTS):
        raise
    except KeyboardInterrupt:
        if _state["debug"]:
            raise
        typer.echo(_INTERRUPTED, err=True)
        _state["interrupt_reported"] = True
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except KgError as err:
        if _state["debug"]:
            raise
        _fail(str(err), getattr(err, "exit_code", EXIT_ERROR))
    except OSError as err:
        if _state["debug"]:
            raise
        where = f": {err.filename}" if getattr(err, "filename", None) else ""
        _fail(f"{err.strerror or err}{where}")
    except MemoryError:
        if _state["debug"]:
            raise
        _fail("out of memory: give fewer or smaller inputs, or fewer --workers")
    except Exception as err:  # noqa: BLE001 - the one place a bug becomes a message
        if _state["debug"]:
            raise
        _fail(f"internal error: {type(err).__name__}: {err} (run `kg --debug ...` for the traceback)")


@app.command()
def build(
    inputs: list[Path] = typer.Argument(..., help="Article files, folders, or JSON-lines files (.jsonl, .jsonl.gz)."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Folder for graph.graphml, .gexf, .json, .html."),
    workers: int = typer.Option(0, "--workers", "-w", min=0, help="Worker processes (0 = one per CPU core)."),
    dask: Optional[str] = typer.Option(
        None, "--dask", metavar="ADDRESS", help="Process documents on a Dask cluster: a scheduler address "
        "(tcp://host:8786) or 'local' (a local cluster of --workers processes). Needs kg[dask]."
    ),
    fresh: bool = typer.Option(False, "--fresh", help="Ignore the results stored in OUT/kg-store.sqlite and rewrite it."),
    html_max_nodes: int = typer.Option(1500, "--html-max-nodes", min=1, help="Most nodes shown on the HTML page."),
    no_comentions: bool = typer.Option(False, "--no-comentions", help="Leave out the co_mentioned edges (entities named in one sentence)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Build the knowledge graph of INPUTS into OUT.

    Unchanged documents are read back from OUT/kg-store.sqlite instead of being processed
    again, so rebuilding after adding articles only processes the new ones.

    Example: kg build seeds/ -o outputs/
    """
    from kg.pipeline import build as run_build

    def action():
        progress, finish = _progress_bar(quiet)
        try:
            report = run_build(
                inputs, out, workers=workers, html_max_nodes=html_max_nodes, progress=progress, dask=dask, fresh=fresh,
                comentions=not no_comentions,
            )
        finally:
            finish()
        return report

    report = _run(action)
    if not quiet:
        _print_summary(report)


def _progress_bar(quiet: bool):
    """A live line of documents, tokens and words/s on a terminal; nothing otherwise."""
    if quiet or not sys.stderr.isatty():
        return None, lambda: None
    import time

    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    )
    task = bar.add_task("reading articles")
    tokens = [0]
    started = time.perf_counter()
    bar.start()

    def update(documents: int, new_tokens: int) -> None:
        tokens[0] += new_tokens
        if documents % 16 == 0 or documents < 16:
            rate = tokens[0] / max(time.perf_counter() - started, 1e-6)
            bar.update(task, description=f"{documents:,} documents, {tokens[0]:,} tokens ({rate:,.0f} tokens/s)")

    return update, bar.stop


def _print_summary(report) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="kg build", show_header=False)
    rate = report.tokens / report.seconds if report.seconds else 0
    for name, value in (
        ("documents", report.documents),
        ("reused from store", report.reused),
        ("sentences", report.sentences),
        ("tokens", report.tokens),
        ("mentions", report.mentions),
        ("entities", report.entities),
        ("events", report.events),
        ("nodes", report.nodes),
        ("edges", report.edges),
        ("skipped inputs", len(report.skipped)),
        ("time", f"{report.seconds:.1f} s ({rate:,.0f} tokens/s)"),
    ):
        table.add_row(name, f"{value:,}" if isinstance(value, int) else value)
    console = Console()
    console.print(table)
    for skipped in report.skipped:
        console.print(f"skipped {skipped.path}: {skipped.reason}", markup=False, soft_wrap=True)
    for name, path in sorted(report.outputs.items()):
        console.print(f"{name}: {path}", markup=False)


@app.command()
def tag(
    file: Optional[Path] = typer.Argument(None, help="A text file whose entities to print."),
    conll: Optional[Path] = typer.Option(None, "--conll", help="CoNLL input: one token a line, blank line between sentences."),
    output: Optional[Path] = typer.Option(None, "--output", help="Where --conll writes `token TAG` lines."),
    ner: str = typer.Option("model", "--ner", help="NER backend: 'model' (shipped) or 'camel' (CAMeL Tools BERT, needs its data)."),
) -> None:
    """Tag named entities.

    Examples: kg tag article.txt ; kg tag --conll test.txt --output pred.txt
    """
    from kg import ner as ner_module

    def load():
        if ner == "camel":
            return ner_module.load_camel_backend()
        if ner != "model":
            raise KgError(f"unknown NER backend '{ner}': use 'model' or 'camel'")
        return ner_module.load_model()

    if ner not in ("model", "camel"):
        _fail(f"unknown NER backend '{ner}': use 'model' or 'camel'", EXIT_USAGE)
    if conll is not None:
        if output is None:
            _fail("--conll needs --output FILE", EXIT_USAGE)
        if not conll.is_file():
            _fail(f"input not found: {conll}")
        count = _run(lambda: ner_module.tag_conll(conll, output, _run(load)))
        typer.echo(f"tagged {count} sentences -> {output}", err=True)
        return
    if file is None:
        _fail("give a FILE to tag, or --conll INPUT --output OUTPUT", EXIT_USAGE)

    def action():
        from kg.ingest import Skipped, iter_documents
        from kg.segment import segment

        for item in iter_documents([file]):
            if isinstance(item, Skipped):
                raise KgError(f"{item.path}: {item.reason}")
            from kg.tag import tag as tag_document  # after the input is known to be readable

            segment(item)
            for mention in tag_document(item, backend=ner):
                typer.echo(f"{mention.label}\t{mention.text}\t{mention.start}-{mention.end}\t{mention.confidence:.2f}")

    _run(action)


def _load_graph(graph: Path):
    import networkx as nx

    path = graph / "graph.graphml" if graph.is_dir() else graph
    if not path.exists():
        raise KgError(f"no graph at {path}: run `kg build INPUT -o {graph}` first")
    try:
        return nx.read_graphml(path, force_multigraph=True)
    except OSError:
        raise
    except Exception as err:  # a truncated or foreign file: ParseError, NetworkXError, ...
        raise KgError(f"cannot read graph {path}: {err}") from err


@app.command()
def entities(
    graph: Path = typer.Option(Path("outputs"), "--graph", "-g", help="A built graph (folder or graph.graphml)."),
    type_: Optional[str] = typer.Option(None, "--type", "-t", help="Only this type (PERSON, ORG, GPE, LOC, MISC)."),
    top: int = typer.Option(50, "--top", "-n", help="How many, by mentions."),
    explain: bool = typer.Option(False, "--explain", help="Show every alias and why it was merged."),
) -> None:
    """List entities with their aliases, types and mention counts.

    Example: kg entities --type PERSON --top 20 --explain
    """
    g = _run(lambda: _load_graph(graph))
    rows = [(n, d) for n, d in g.nodes(data=True) if d.get("type") != "EVENT"]
    if type_:
        rows = [(n, d) for n, d in rows if d.get("type", "").upper() == type_.upper()]
    rows.sort(key=lambda item: (-int(item[1].get("mentions", 0)), item[0]))
    for node, data in rows[:top]:
        english = f" ({data['label_en']})" if data.get("label_en") else ""
        typer.echo(f"{data.get('type', ''):7} {int(data.get('mentions', 0)):6}  {data.get('label', node)}{english}")
        if explain:
            typer.echo(f"        aliases: {data.get('aliases', '').replace('|', ' / ')}")
            for reason in filter(None, data.get("merge_reasons", "").split("|")):
                typer.echo(f"        merged: {reason}")


@app.command()
def show(
    entity: str = typer.Argument(..., help="An entity's label, alias or English label."),
    graph: Path = typer.Option(Path("outputs"), "--graph", "-g", help="A built graph (folder or graph.graphml)."),
) -> None:
    """Show an entity's neighbours with the relation and its evidence.

    Example: kg show بوتين
    """
    from kg.normalize import match_key

    g = _run(lambda: _load_graph(graph))
    wanted = match_key(entity)
    hits = [
        n for n, d in g.nodes(data=True)
        if wanted in {match_key(x) for x in [d.get("label", ""), d.get("label_en", "")] + d.get("aliases", "").split("|") if x}
    ]
    if not hits:
        _fail(f"no entity named '{entity}' in the graph")
    for node in sorted(hits):
        data = g.nodes[node]
        typer.echo(f"{data.get('label')} [{data.get('type')}] mentions={data.get('mentions')} docs={data.get('docs')}")
        for _, other, edge in sorted(g.out_edges(node, data=True), key=lambda e: (e[2].get("relation", ""), e[1])):
            _print_edge("->", g, other, edge)
        for other, _, edge in sorted(g.in_edges(node, data=True), key=lambda e: (e[2].get("relation", ""), e[0])):
            _print_edge("<-", g, other, edge)


def _print_edge(direction: str, g, other: str, edge: dict) -> None:
    role = f" ({edge['role']})" if edge.get("role") else ""
    typer.echo(f"  {direction} {edge.get('relation')}{role} {g.nodes[other].get('label', other)}  [{edge.get('docs')}]")
    typer.echo(f"       {edge.get('evidence', '')}")


@app.command()
def stats(graph: Path = typer.Option(Path("outputs"), "--graph", "-g", help="A built graph (folder or graph.graphml).")) -> None:
    """Counts of nodes by type and edges by relation.

    Example: kg stats -g outputs/
    """
    from collections import Counter

    g = _run(lambda: _load_graph(graph))
    typer.echo(f"nodes {g.number_of_nodes():,}  edges {g.number_of_edges():,}")
    for name, count in sorted(Counter(d.get("type", "") for _, d in g.nodes(data=True)).items()):
        typer.echo(f"  {name:16} {count:,}")
    for name, count in sorted(Counter(d.get("relation", "") for *_, d in g.edges(data=True)).items()):
        typer.echo(f"  {name:16} {count:,}")


def main() -> None:
    app(prog_name="kg")


if __name__ == "__main__":
    main()
