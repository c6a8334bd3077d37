"""The ``kg`` command line: parses arguments, calls the library, prints results.

Exit codes: 0 success; 1 an error the message explains (missing input, unwritable
output folder, bad model data); 2 a usage error (unknown option, missing argument);
3 nothing could be built (every input was skipped); 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from kg.types import KgError

app = typer.Typer(
    help="Build knowledge graphs from Arabic news: people, organisations, places and events, "
    "every node and edge traceable to its sentence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_ERROR, EXIT_NOTHING_BUILT, EXIT_INTERRUPTED = 1, 3, 130
_state = {"debug": False}


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors.")) -> None:
    _state["debug"] = debug


def _fail(message: str, code: int = EXIT_ERROR) -> None:
    typer.echo(f"kg: error: {message}", err=True)
    raise typer.Exit(code)


def _run(action):
    """Run ``action``, turning library errors and Ctrl-C into one line and an exit code."""
    try:
        return action()
    except KgError as err:
        if _state["debug"]:
            raise
        _fail(str(err), getattr(err, "exit_code", EXIT_ERROR))
    except KeyboardInterrupt:
        if _state["debug"]:
            raise
        typer.echo("kg: interrupted; outputs already written are complete, nothing half-written was left.", err=True)
        raise typer.Exit(EXIT_INTERRUPTED)
    except OSError as err:
        if _state["debug"]:
            raise
        _fail(f"{err.strerror or err}: {err.filename}" if getattr(err, "filename", None) else str(err))


@app.command()
def build(
    inputs: list[Path] = typer.Argument(..., help="Article files, folders, or JSON-lines files (.jsonl, .jsonl.gz)."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Folder for graph.graphml, .gexf, .json, .html."),
    workers: int = typer.Option(0, "--workers", "-w", help="Worker processes (0 = one per CPU core)."),
    html_max_nodes: int = typer.Option(1500, "--html-max-nodes", help="Most nodes shown on the HTML page."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Build the knowledge graph of INPUTS into OUT.

    Example: kg build seeds/ -o outputs/
    """
    from kg.pipeline import build as run_build

    def action():
        progress, finish = _progress_bar(quiet)
        try:
            report = run_build(inputs, out, workers=workers, html_max_nodes=html_max_nodes, progress=progress)
        finally:
            finish()
        return report

    report = _run(action)
    if not quiet:
        _print_summary(report)


def _progress_bar(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None, lambda: None
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True)
    task = bar.add_task("reading articles")
    tokens = [0]
    bar.start()

    def update(documents: int, new_tokens: int) -> None:
        tokens[0] += new_tokens
        bar.update(task, description=f"{documents:,} documents, {tokens[0]:,} tokens")

    return update, bar.stop


def _print_summary(report) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="kg build", show_header=False)
    for name, value in (
        ("documents", report.documents),
        ("sentences", report.sentences),
        ("tokens", report.tokens),
        ("entities", report.entities),
        ("events", report.events),
        ("nodes", report.nodes),
        ("edges", report.edges),
        ("skipped inputs", len(report.skipped)),
        ("time", f"{report.seconds:.1f} s"),
    ):
        table.add_row(name, f"{value:,}" if isinstance(value, int) else value)
    console = Console()
    console.print(table)
    for skipped in report.skipped[:10]:
        console.print(f"skipped {skipped.path}: {skipped.reason}", markup=False)
    if len(report.skipped) > 10:
        console.print(f"... and {len(report.skipped) - 10} more (see build-report.json)")
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

    if conll is not None:
        if output is None:
            _fail("--conll needs --output FILE", 2)
        count = _run(lambda: ner_module.tag_conll(conll, output, _run(load)))
        typer.echo(f"tagged {count} sentences -> {output}", err=True)
        return
    if file is None:
        _fail("give a FILE to tag, or --conll INPUT --output OUTPUT", 2)

    def action():
        from kg.ingest import Skipped, iter_documents
        from kg.segment import segment
        from kg.tag import tag as tag_document

        for item in iter_documents([file]):
            if isinstance(item, Skipped):
                raise KgError(f"{item.path}: {item.reason}")
            segment(item)
            for mention in tag_document(item, backend=ner):
                typer.echo(f"{mention.label}\t{mention.text}\t{mention.start}-{mention.end}\t{mention.confidence:.2f}")

    _run(action)


def _load_graph(graph: Path):
    import networkx as nx

    path = graph / "graph.graphml" if graph.is_dir() else graph
    if not path.exists():
        raise KgError(f"no graph at {path}: run `kg build INPUT -o {graph}` first")
    return nx.read_graphml(path, force_multigraph=True)


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
    app()


if __name__ == "__main__":
    main()
