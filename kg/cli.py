"""The ``kg`` command line: parses arguments, calls the library, prints results.

Exit codes: 0 success; 1 an error the message explains (missing input, unwritable
output folder, output folder in use by another build, bad model data); 2 a usage error
(unknown option, missing argument, bad value); 3 nothing could be built (every input was
skipped); 130 interrupted (Ctrl-C). Output cut short by a closed pipe (``kg tag x |
head -1``) is not an error: kg stops quietly with exit code 0.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Optional

import click
import typer
from typer.core import TyperCommand, TyperGroup

try:  # typer >= 0.23 raises the exceptions of its own copy of click
    from typer._click import exceptions as _typer_click
except ImportError:  # pragma: no cover - older typer uses click itself
    _typer_click = click.exceptions

_USAGE_ERRORS = (click.UsageError, _typer_click.UsageError)
_CLICK_ERRORS = (click.ClickException, _typer_click.ClickException)
_EXITS = (click.exceptions.Exit, typer.Exit)
_ABORTS = (click.Abort, typer.Abort)

from kg.types import ENTITY_LABELS, KgError


class _OneLineErrors(TyperGroup):
    """The ``kg`` group: a usage error is one line and exit 2, never a boxed panel."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _stop_writing()
            sys.exit(0)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _USAGE_ERRORS as err:
            if type(err).__name__ == "NoArgsIsHelpError":  # `kg` alone: the help, as a usage error
                click.echo(err.ctx.get_help() if err.ctx is not None else err.format_message())
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


class _PlainHelp(TyperCommand):
    """A command whose help names what to type (``INPUT...``, ``-o DIR``), never the
    Python types behind it (``<list[Path]>``, ``{inputs}``)."""

    _TYPE = re.compile(r"\s+<[^<>]*>(?=\s|$)")

    def collect_usage_pieces(self, ctx):
        return [re.sub(r"^\{(.*)\}", r"\1", piece) for piece in super().collect_usage_pieces(ctx)]

    def format_options(self, ctx, formatter) -> None:
        sections: dict[str, list[tuple[str, str]]] = {"Arguments": [], "Options": []}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is not None:
                name = self._TYPE.sub("", record[0])
                sections["Arguments" if param.param_type_name == "argument" else "Options"].append((name, record[1]))
        for title, rows in sections.items():
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def _stop_writing() -> None:
    """The reader of our output went away: send the rest to /dev/null, so that neither
    this command nor Python's final flush reports a broken pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (a test runner)
        pass


app = typer.Typer(
    cls=_OneLineErrors,
    help="Build knowledge graphs from Arabic news: people, organisations, places and events, "
    "every node and edge traceable to its sentence.\n\nExample: kg build seeds/ -o outputs/",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: no type names such as <list[Path]>, no markup eating [dask]
    context_settings={"help_option_names": ["-h", "--help"]},
)

EXIT_ERROR, EXIT_USAGE, EXIT_NOTHING_BUILT, EXIT_INTERRUPTED = 1, 2, 3, 130
_INTERRUPTED = "kg: interrupted; outputs already written are complete, nothing half-written was left."
_state = {"debug": False, "interrupt_reported": False}


def _print_version(value: bool) -> None:
    if value:
        from kg import __version__

        typer.echo(f"kg {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors (put it before the command)."),
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                 help="Print the version of kg and exit."),
) -> None:
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
    except (*_EXITS, *_CLICK_ERRORS, *_ABORTS, BrokenPipeError):
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


@app.command(cls=_PlainHelp)
def build(
    inputs: list[Path] = typer.Argument(..., metavar="INPUT",
                                        help="Article files, folders, or JSON-lines files (.jsonl, .jsonl.gz)."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", metavar="DIR",
                             help="Folder for graph.graphml, .gexf, .json, .html and documents.csv."),
    workers: int = typer.Option(0, "--workers", "-w", min=0, metavar="N", help="Worker processes (0 = one per CPU core)."),
    dask: Optional[str] = typer.Option(
        None, "--dask", metavar="ADDRESS", help="Process documents on a Dask cluster: a scheduler address "
        "(tcp://host:8786) or 'local' (a local cluster of --workers processes). Needs the dask extra: "
        "pip install 'kg[dask]'."
    ),
    fresh: bool = typer.Option(False, "--fresh", help="Ignore the results stored in DIR/kg-store.sqlite and rewrite it."),
    html_max_nodes: int = typer.Option(1500, "--html-max-nodes", min=1, metavar="N",
                                       help="Most entities shown on the HTML page (events whose participants are all "
                                       "shown come on top, at most N/2)."),
    no_comentions: bool = typer.Option(False, "--no-comentions", help="Leave out the co_mentioned edges (entities named in one sentence)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
) -> None:
    """Build the knowledge graph of the INPUT files and folders into DIR.

    Unchanged documents are read back from DIR/kg-store.sqlite instead of being processed
    again, so rebuilding after adding articles only processes the new ones. What a build
    has processed is kept as it goes, so a killed build loses only its last seconds. One
    build at a time writes into DIR; kg never reads its own outputs as articles.

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
        for notice in report.notices:
            typer.echo(f"kg: note: {notice}", err=True)
        _print_summary(report)


# What the bar says during the phases after the documents.
_PHASES = {
    "corpus resolution": "resolving entities across documents",
    "graph": "building the graph",
    "exports": "writing graph files",
}


def _progress_bar(quiet: bool):
    """A live bar on a terminal (nothing otherwise): documents done of the estimated
    total, percentage, elapsed time, ETA and the speed of the documents actually
    processed (those read back from the store are counted apart), then the phase."""
    if quiet or not sys.stderr.isatty():
        return None, lambda: None
    import time

    from rich.console import Console
    from rich.progress import (BarColumn, Progress, SpinnerColumn, TaskProgressColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    bar = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        console=Console(stderr=True), transient=True,
    )
    state = {"phase": "documents", "since": None, "task": bar.add_task("reading articles", total=None)}
    bar.start()

    def update(progress) -> None:
        now = time.perf_counter()
        task = state["task"]
        if progress.phase != state["phase"]:  # a phase of unknown length: a spinner and its name
            state["phase"] = progress.phase
            bar.update(task, visible=False)
            state["task"] = bar.add_task(f"{_PHASES.get(progress.phase, progress.phase)} "
                                         f"({progress.documents:,} documents)", total=None)
            return
        if state["since"] is None:
            state["since"] = now
        done = progress.documents
        if done % 8 and done > 16:
            return
        rate = progress.tokens / max(now - state["since"], 1e-6) if progress.tokens else 0
        reused = f", {progress.reused:,} reused" if progress.reused else ""
        bar.update(task, completed=done, total=progress.total,
                   description=f"{done:,} of ~{progress.total:,} documents{reused}, {rate:,.0f} tokens/s")

    return update, bar.stop


def _print_summary(report) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="kg build", show_header=False)
    processing = report.phases.get("documents", report.seconds)
    processed = report.documents - report.reused
    speed = (f"{report.tokens_processed / processing if processing else 0:,.0f} tokens/s on the {processed:,} "
             "documents processed" if processed else "every document reused from the store")
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
        ("time", f"{report.seconds:.1f} s ({speed})"),
    ):
        table.add_row(name, f"{value:,}" if isinstance(value, int) else value)
    console = Console()
    console.print(table)
    for skipped in report.skipped:
        console.print(f"skipped {skipped.path}: {skipped.reason}", markup=False, soft_wrap=True)
    for name, path in sorted(report.outputs.items()):
        console.print(f"{name}: {path}", markup=False)


@app.command(cls=_PlainHelp)
def tag(
    inputs: Optional[list[Path]] = typer.Argument(
        None, metavar="INPUT", show_default=False,
        help="Text or HTML files, folders or JSON-lines corpora; '-' or nothing with a pipe reads standard input."),
    conll: Optional[Path] = typer.Option(None, "--conll", metavar="FILE",
                                         help="CoNLL input ('-' for standard input): one token a line, "
                                         "blank line between sentences."),
    output: Optional[Path] = typer.Option(None, "--output", metavar="FILE",
                                          help="Where --conll writes `token TAG` lines (default: standard output)."),
    ner: str = typer.Option("model", "--ner", metavar="BACKEND",
                            help="NER backend: 'model' (shipped) or 'camel' (CAMeL Tools BERT, needs its data)."),
) -> None:
    """Tag named entities: one line per entity, `doc_id<TAB>start<TAB>end<TAB>type<TAB>text`,
    the offsets into the document's text as ingest left it (a line break inside a span
    prints as a space).

    Examples: kg tag article.txt ; kg tag corpus.jsonl | head ; cat article.txt | kg tag ;
    kg tag --conll test.txt --output pred.txt
    """
    from kg import ner as ner_module

    def load():
        if ner == "camel":
            return ner_module.load_camel_backend()
        return ner_module.load_model()

    if ner not in ("model", "camel"):
        _fail(f"unknown NER backend '{ner}': use 'model' or 'camel'", EXIT_USAGE)
    if conll is not None:
        _tag_conll(conll, output, load)
        return
    inputs = list(inputs or [])
    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            _fail("give a FILE to tag ('-' or a pipe for standard input), or --conll FILE", EXIT_USAGE)
        inputs = [Path("-")]

    def action():
        import itertools

        from kg.ingest import Skipped, iter_documents, read_bytes
        from kg.segment import segment

        files = [p for p in inputs if str(p) != "-"]
        for path in files:
            if not path.exists():
                raise KgError(f"input not found: {path}")
        items = iter_documents(files) if files else iter(())
        if len(files) < len(inputs):
            data = sys.stdin.buffer.read()
            if not data.strip() and not files:
                _fail("nothing to tag on standard input: give a FILE to tag, or pipe text in", EXIT_USAGE)
            items = itertools.chain(read_bytes(data), items)
        for item in items:
            if isinstance(item, Skipped):
                if len(inputs) == 1 and item.path in (str(inputs[0]), "stdin"):  # the one input is unusable
                    raise KgError(f"{item.path}: {item.reason}")
                typer.echo(f"kg: skipped {item.path}: {item.reason}", err=True)
                continue
            from kg.tag import tag as tag_document  # after the input is known to be readable

            segment(item)
            for mention in tag_document(item, backend=ner):
                if mention.label not in ENTITY_LABELS:  # a title cue (الرئيس) is no entity
                    continue
                start = _shown_start(item, mention)
                text = item.text[start : mention.end].translate(_ONE_LINE)
                typer.echo(f"{item.id}\t{start}\t{mention.end}\t{mention.label}\t{text}")

    _run(action)


# A tab or line break inside a span would break the line format: a space, same length.
_ONE_LINE = str.maketrans("\t\n\r\v\f\x85\u2028\u2029", " " * 8)


def _shown_start(doc, mention) -> int:
    """Where an entity's printed span starts: its own start, but one letter earlier when
    it begins inside a word whose preposition ل swallowed the article (لل + الولايات ->
    للولايات): the span "لولايات" would read as a misspelling, the word as written does not.

    The tagger cuts the clitic off at ``mention.start``; the printed offsets and text
    always agree (``text == document[start:end]``).
    """
    start = mention.start
    tokens = doc.sentences[mention.sentence].tokens if mention.sentence < len(doc.sentences) else []
    token_start = tokens[mention.first_token].start if mention.first_token < len(tokens) else start
    if token_start < start and doc.text[start - 1 : start + 1] == "لل":
        return start - 1
    return start


def _tag_conll(conll: Path, output: Optional[Path], load) -> None:
    """``kg tag --conll``: CoNLL tokens in (a file or standard input), ``token TAG`` lines out."""
    import tempfile

    from kg import ner as ner_module

    def action():
        source = conll
        with tempfile.TemporaryDirectory() as scratch:
            if str(conll) == "-":
                source = Path(scratch) / "stdin.conll"
                source.write_bytes(sys.stdin.buffer.read())
            elif not conll.is_file():
                raise KgError(f"input not found: {conll}")
            model = load()
            if output is not None:
                return ner_module.tag_conll(source, output, model)
            sentences = ner_module.read_conll(source)
            for tokens, tagged in zip(sentences, model.predict(sentences)):
                typer.echo("".join(f"{token} {label}\n" for token, (label, _) in zip(tokens, tagged)))
            return len(sentences)

    count = _run(action)
    if output is not None:
        typer.echo(f"tagged {count:,} sentence{'' if count == 1 else 's'} -> {output}", err=True)


def _load_graph(graph: Path):
    """The graph of a build (a folder or its graph.graphml) and its documents table."""
    from kg.read import read_graph

    path = graph / "graph.graphml" if graph.is_dir() else graph
    if not path.exists():
        raise KgError(f"no graph at {path}: run `kg build INPUT -o {graph}` first")
    try:
        return read_graph(path)
    except OSError:
        raise
    except Exception as err:  # a truncated or foreign file: ParseError, NetworkXError, ...
        raise KgError(f"cannot read graph {path}: {err}") from err


_TYPES = ("PERSON", "ORG", "GPE", "LOC", "MISC", "EVENT")


@app.command(cls=_PlainHelp)
def entities(
    graph: Path = typer.Option(Path("outputs"), "--graph", "-g", metavar="PATH",
                               help="A built graph (folder or graph.graphml)."),
    type_: Optional[str] = typer.Option(None, "--type", "-t", metavar="TYPE",
                                        help="Only this type: PERSON, ORG, GPE, LOC, MISC, or EVENT for events."),
    top: int = typer.Option(50, "--top", "-n", min=0, metavar="N", help="How many, by mentions (0 = all)."),
    explain: bool = typer.Option(False, "--explain", help="Show every alias and why it was merged."),
) -> None:
    """List entities with their aliases, types and mention counts.

    Example: kg entities --type PERSON --top 20 --explain
    """
    wanted = type_.upper() if type_ else None
    if wanted is not None and wanted not in _TYPES:
        _fail(f"unknown type '{type_}': use one of {', '.join(_TYPES)}", EXIT_USAGE)
    g = _run(lambda: _load_graph(graph))
    if wanted is None:
        rows = [(n, d) for n, d in g.nodes(data=True) if d.get("type") != "EVENT"]
    else:
        rows = [(n, d) for n, d in g.nodes(data=True) if d.get("type", "").upper() == wanted]
    rows.sort(key=lambda item: (-int(item[1].get("mentions", 0)), item[0]))
    for node, data in rows[: top or None]:
        english = f" ({data['label_en']})" if data.get("label_en") else ""
        typer.echo(f"{data.get('type', ''):7} {int(data.get('mentions', 0)):6}  {data.get('label', node)}{english}")
        if explain:
            typer.echo(f"        aliases: {data.get('aliases', '').replace('|', ' / ')}")
            for reason in filter(None, data.get("merge_reasons", "").split("|")):
                typer.echo(f"        merged: {reason}")


@app.command(cls=_PlainHelp)
def show(
    entity: str = typer.Argument(..., metavar="NAME", help="An entity's label, alias or English label."),
    graph: Path = typer.Option(Path("outputs"), "--graph", "-g", metavar="PATH",
                               help="A built graph (folder or graph.graphml)."),
) -> None:
    """Show an entity's neighbours with the relation, its evidence and the article it is from
    (title, date, URL or file, from the build's documents.csv).

    Example: kg show بوتين
    """
    from kg.normalize import match_key

    g = _run(lambda: _load_graph(graph))
    documents = g.graph.get("documents", {})
    wanted = match_key(entity)
    names = {n: {match_key(x) for x in [d.get("label", ""), d.get("label_en", "")] + d.get("aliases", "").split("|") if x}
             for n, d in g.nodes(data=True) if d.get("type") != "EVENT"}
    hits = [n for n, keys in names.items() if wanted in keys]
    if not hits:
        hits = [n for n, keys in names.items() if any(_contains_words(key, wanted) for key in keys)]
        if len(hits) > 1:
            hits.sort(key=lambda n: -int(g.nodes[n].get("mentions", 0)))
            choices = "\n".join(f"  {g.nodes[n].get('label', n)} [{g.nodes[n].get('type', '')}] mentions={g.nodes[n].get('mentions', 0)}"
                                 for n in hits[:10])
            more = f"\n  ... and {len(hits) - 10} more" if len(hits) > 10 else ""
            _fail(f"'{entity}' is part of {len(hits)} entities' names; give one of them:\n{choices}{more}")
        if hits:
            typer.echo(f"'{entity}': the one entity whose name holds it", err=True)
    if not hits:
        _fail(f"no entity named '{entity}' in the graph")
    for node in sorted(hits):
        data = g.nodes[node]
        typer.echo(f"{data.get('label')} [{data.get('type')}] mentions={data.get('mentions')} docs={data.get('docs')}")
        for _, other, edge in sorted(g.out_edges(node, data=True), key=lambda e: (e[2].get("relation", ""), e[1])):
            _print_edge("->", g, other, edge, documents)
        for other, _, edge in sorted(g.in_edges(node, data=True), key=lambda e: (e[2].get("relation", ""), e[0])):
            _print_edge("<-", g, other, edge, documents)


def _contains_words(name: str, part: str) -> bool:
    """``part`` is a run of whole words of ``name`` (الجبير in عادل بن أحمد الجبير, not جبير)."""
    words, wanted = name.split(), part.split()
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))


def _print_edge(direction: str, g, other: str, edge: dict, documents: dict) -> None:
    role = f" ({edge['role']})" if edge.get("role") else ""
    typer.echo(f"  {direction} {edge.get('relation')}{role} {g.nodes[other].get('label', other)}  [{edge.get('docs')}]")
    typer.echo(f"       {edge.get('evidence', '')}")
    doc_id = edge.get("evidence_doc") or str(edge.get("docs", "")).split("|")[0]
    if doc_id:
        typer.echo(f"       from {_describe_document(doc_id, documents.get(doc_id, {}))}")


def _describe_document(doc_id: str, fields: dict) -> str:
    """«title» (date) url-or-path [id]: what an analyst needs to open the article."""
    parts = [f"«{fields['title']}»" if fields.get("title") else "", f"({fields['date']})" if fields.get("date") else "",
             fields.get("url") or fields.get("path") or "", f"[{doc_id}]"]
    return " ".join(part for part in parts if part)


@app.command(cls=_PlainHelp)
def stats(graph: Path = typer.Option(Path("outputs"), "--graph", "-g", metavar="PATH",
                                     help="A built graph (folder or graph.graphml).")) -> None:
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
