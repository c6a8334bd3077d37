"""The documents table: every document of a build with its title, date, source, URL and path.

Nodes and edges name their documents by id (``docs``, ``evidence_doc``); this table,
written as ``documents.csv`` beside the graph files and as the ``documents`` list of
``graph.json``, takes an analyst from those ids back to the articles. Rows are sorted
by id; the CSV is UTF-8 with a header and opens in spreadsheets and pandas as it is.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path

from kg.export._scalar import xml_text
from kg.export.atomic import atomic_write

__all__ = ["COLUMNS", "document_rows", "generate_documents_csv", "read_documents", "write_documents_csv"]

#: The columns of the table, in order.
COLUMNS = ("id", "title", "date", "source", "url", "path")
FILE_NAME = "documents.csv"


def document_rows(documents: Mapping[str, Mapping[str, str]]) -> list[dict[str, str]]:
    """``graph.graph["documents"]`` (id -> fields) as rows sorted by id, every column present.

    >>> document_rows({"b": {"title": "عنوان", "date": "2015-07-21"}, "a": {}})[0]
    {'id': 'a', 'title': '', 'date': '', 'source': '', 'url': '', 'path': ''}
    """
    rows = []
    for doc_id in sorted(documents):
        fields = documents[doc_id]
        rows.append({"id": doc_id, **{name: xml_text(str(fields.get(name) or "")) for name in COLUMNS[1:]}})
    return rows


def generate_documents_csv(documents: Mapping[str, Mapping[str, str]]) -> str:
    """The table as CSV text with a header line.

    >>> generate_documents_csv({"d1": {"title": "زيارة", "url": "http://x/1"}}).splitlines()
    ['id,title,date,source,url,path', 'd1,زيارة,,,http://x/1,']
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(document_rows(documents))
    return buffer.getvalue()


def write_documents_csv(documents: Mapping[str, Mapping[str, str]], outdir: Path | str) -> Path:
    """Write ``documents.csv`` into ``outdir`` atomically; returns its path."""
    path = Path(outdir) / FILE_NAME
    atomic_write(path, generate_documents_csv(documents))
    return path


def read_documents(outdir: Path | str) -> dict[str, dict[str, str]]:
    """The table written by ``write_documents_csv`` (id -> fields); empty if there is none."""
    path = Path(outdir) / FILE_NAME
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["id"]: {name: row.get(name) or "" for name in COLUMNS[1:]} for row in csv.DictReader(fh)}
