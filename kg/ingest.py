"""Ingest: turn files, folders and JSON-lines corpora into clean ``Document``s.

Real inputs are dirty: legacy Windows-1256 files, scraped HTML pages, binary files that
slipped into a folder, unreadable files, and articles wrapped in page furniture (ad
markers, "follow us on Telegram" lines, "related news" blocks whose headlines belong to
other stories). Ingest reads what it can, strips the furniture so other stories never
leak into an article's graph, and reports every input it could not use with the reason:
nothing is dropped silently.

Memory stays bounded whatever the input: a JSONL corpus is read a line at a time, and a
text file larger than ``_SPLIT_BYTES`` is decoded as a stream and cut at paragraph
breaks into parts of about ``_CHUNK_CHARS`` characters (ids ``stem#1``, ``stem#2``...),
so neither a 1 GB corpus nor a 50 MB file ever sits in memory whole, and no single
document makes the later stages slow.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import io
import json
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.types import Document, KgError

_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_SNIFF_BYTES = 8192
# Files up to this size are read whole; larger ones are streamed and split into parts.
_SPLIT_BYTES = 2_000_000
# Text longer than this (a huge JSONL record or HTML page) is split into parts too.
_SPLIT_CHARS = 1_000_000
# About how many characters a part of a split input holds; a part ends at a line break.
_CHUNK_CHARS = 100_000
_READ_BYTES = 1 << 20
# How much of a JSON-lines corpus the progress total counts lines in before extrapolating.
_COUNT_BYTES = 256 << 20
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# Control characters carry no text, and XML (GraphML, GEXF) cannot hold them; a lone
# surrogate (from a JSON "\\ud800" escape) cannot even be written out as UTF-8.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")

# Page furniture, matched on whole lines. These are patterns of the genre (how news
# sites pad their pages), not of particular articles.
_AD_MARKER = re.compile(r"\[\s*ad_?\d*\s*\]", re.IGNORECASE)
_FURNITURE_LINE = re.compile(
    r"^\W*("
    r"[اإأ]ضغط\s+هنا.*|"
    r".*(للاشتراك|للإشتراك|لل[اإ]شتراك)\W*$|"
    r".*(متابعة|تابعونا|تابعوا|تابعنا|تابع|اشترك|اشتركوا|انضم|انضموا)\s+.*"
    r"(تلغرام|تليغرام|تيليغرام|واتساب|واتس\s*اب|تويتر|فيسبوك|فيس\s*بوك|يوتيوب|انستغرام|إنستغرام|جوجل\s+نيوز|google\s+news).*|"
    r"(المصدر|مصدر الخبر|المصدر\s*:.*)|"
    r"(subscribe|follow us)\b.*|"
    r"(شارك|شارك\s+الخبر|شارك\s+هذا\s+المقال|مشاركة)|"
    r"(اقرأ|إقرأ|اقرأ أيضا|اقرأ أيضاً)\s*:?\s*"
    r")\W*$",
    re.IGNORECASE,
)
# The header of a block of links to other stories; the short headline lines after it
# are skipped until the article resumes with a full paragraph.
_RELATED_HEADER = re.compile(
    r"^\W*(أخبار\s+متعلقة|أخبار\s+ذات\s+صلة|مواضيع\s+ذات\s+صلة|مقالات\s+ذات\s+صلة|"
    r"اقرأ\s+أيضا|اقرأ\s+أيضاً|إقرأ\s+أيضا|إقرأ\s+أيضاً|اقرأ\s+المزيد|قد\s+يهمك\s+أيضا|"
    r"قد\s+يهمك|الأكثر\s+قراءة|related\s+(news|articles|stories))\W*$",
    re.IGNORECASE,
)
# A page's closing list of tags ("سمات: اليمن صنعاء ..."): keywords run together with no
# punctuation, after the article's last stop. Read as text, its names glue into one
# («باراك اوباما بوكوحرام محمدو بوخاري»).
_TAG_LIST = re.compile(
    r"(?:(?<=[.!?؟…»\"”)])|^)[ \t]*(?:سمات|الوسوم|وسوم|الكلمات الدالة|كلمات دلالية|كلمات مفتاحية|tags)[ \t]*:?"
    r"(?:[ \t]+[^\s.،,؛;!?؟:]+){1,30}\s*\Z",
    re.IGNORECASE | re.MULTILINE,
)
_SEPARATOR_LINE = re.compile(r"^[\W_]*$")
# A line of the related-news block is a headline: short, no sentence-final stop.
_HEADLINE_MAX_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?؟…]\W*$")
# Furniture lines are short; a longer line that merely mentions Telegram or a source is
# article text (and the furniture patterns need not scan whole paragraphs).
_FURNITURE_MAX_WORDS = 25


#: What a build writes into its output folder (the exports, the report, the documents
#: table, the result store and its SQLite side files). Read back as articles they would
#: add fake documents at every rebuild, so a folder that holds kg's outputs never gives
#: these names to a build. Temporary files and the lock are hidden (dot) files.
KG_OUTPUT_FILES = frozenset({
    "graph.graphml", "graph.gexf", "graph.json", "graph.html", "build-report.json", "documents.csv",
    "kg-store.sqlite", "kg-store.sqlite-wal", "kg-store.sqlite-shm", "kg-store.sqlite-journal",
})
# Files only kg writes: a folder holding one of them is a kg output folder.
_OUTPUT_MARKERS = ("build-report.json", "kg-store.sqlite")


@dataclass(slots=True)
class Skipped:
    """An input that was not built, and why."""

    path: str
    reason: str


def iter_documents(inputs: Iterable[str | Path], *, output: str | Path | None = None) -> Iterator[Document | Skipped]:
    """Yield a ``Document`` for every readable article, a ``Skipped`` for every other input.

    Folders are walked recursively in sorted order (hidden files and folders are
    ignored); a file or folder that cannot be read, a broken link or a special file
    (pipe, socket, device) comes out as a ``Skipped`` with the reason. Files ending in
    .jsonl / .jsonl.gz hold one article a line (``id``, ``title``, ``content``, and
    optionally ``source``, ``url``, ``date`` or ``date_extracted``).

    What kg writes is never read back: in ``output`` (the build's output folder,
    wherever it lies) and in any other folder that holds a kg build (a
    ``build-report.json`` or ``kg-store.sqlite``), the files named in
    ``KG_OUTPUT_FILES`` are passed over; another build's folder is reported once as a
    ``Skipped``, the current one silently (the build prints a notice instead).

    Document ids are unique within one call: ids are file names without the extension
    (``stem#N`` for the parts of a split file) or JSONL ``id`` fields, and a repeat (two
    folders each with ``article.txt``, a corpus listing an id twice) becomes ``id~2``,
    ``id~3``... in input order, since later stages key their results on the id.

    Raises ``KgError`` when an input does not exist at all.
    """
    seen: dict[str, int] = {}
    output_real = os.path.realpath(output) if output is not None else None
    for item in _iter_inputs(inputs, output_real):
        if isinstance(item, Document):
            if item.id in seen:
                base, number = item.id, seen[item.id]
                while f"{base}~{number}" in seen:
                    number += 1
                seen[base] = number + 1
                item.id = f"{base}~{number}"
            seen[item.id] = 2
        yield item


def _iter_inputs(inputs: Iterable[str | Path], output_real: str | None) -> Iterator[Document | Skipped]:
    for raw in inputs:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise KgError(f"input not found: {_shown(path)}")
        if path.is_dir():
            yield from _walk(path, output_real)
        elif _written_by_kg(path, output_real):  # named on the command line, e.g. by a glob
            yield Skipped(_shown(path), "written by kg (a graph file, report or store), not an article")
        else:
            yield from _read_entry(path)


def _shown(path: Path | str) -> str:
    """The path as printable text: undecodable bytes in a file name become U+FFFD."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def contains(folder: str | Path, path: str | Path) -> bool:
    """Whether ``path`` is ``folder`` or lies inside it, links resolved.

    >>> contains("/data", "/data/out"), contains("/data", "/database"), contains("/data/out", "/data")
    (True, False, False)
    """
    folder, path = os.path.realpath(folder), os.path.realpath(path)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _written_by_kg(path: Path, output_real: str | None) -> bool:
    """Whether a file is one of kg's outputs in a kg output folder."""
    if path.name not in KG_OUTPUT_FILES:
        return False
    folder = os.path.realpath(path.parent)
    return folder == output_real or any(os.path.exists(os.path.join(folder, m)) for m in _OUTPUT_MARKERS)


def _walk(root: Path, output_real: str | None = None) -> Iterator[Document | Skipped]:
    for path, reason in _entries(root, output_real):
        if reason:
            yield Skipped(_shown(path), reason)
        else:
            yield from _read_entry(path)


def _entries(root: Path, output_real: str | None) -> list[tuple[Path, str]]:
    """The files under ``root`` to read, in order, and the folders that cannot be, with why."""
    entries: list[tuple[Path, str]] = []  # (path, reason it cannot be read or "")
    seen_dirs: set[str] = set()

    def unreadable(err: OSError) -> None:
        entries.append((Path(err.filename), f"cannot read folder: {err.strerror or err}"))

    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen_dirs:  # a link to a folder read already (or a link loop)
            entries.append((Path(folder), "folder already read (symbolic link to it)"))
            dirs[:] = []
            continue
        seen_dirs.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files = [f for f in files if not f.startswith(".")]
        if real == output_real or any(marker in files for marker in _OUTPUT_MARKERS):
            if real != output_real and KG_OUTPUT_FILES.intersection(files):
                entries.append((Path(folder), "output folder of another kg build: its graph files, report and store are not articles"))
            files = [f for f in files if f not in KG_OUTPUT_FILES]
        entries.extend((Path(folder, f), "") for f in files)
    return sorted(entries)


def estimate_documents(inputs: Iterable[str | Path], *, output: str | Path | None = None) -> int:
    """About how many documents ``iter_documents`` will yield, found without parsing them.

    Files are counted (a file above ``_SPLIT_BYTES`` as the parts it will be cut into);
    the lines of a JSON-lines corpus are counted (a fraction of a second for 100 MB),
    and past ``_COUNT_BYTES`` extrapolated from its size. For a progress bar's total:
    cheap, near but not exact (blank and broken lines, split records).
    """
    output_real = os.path.realpath(output) if output is not None else None
    total = 0
    for raw in inputs:
        path = Path(raw)
        files = [p for p, reason in _entries(path, output_real) if not reason] if path.is_dir() else [path]
        total += sum(_estimated_count(p) for p in files)
    return total


def _estimated_count(path: Path) -> int:
    try:
        size = os.stat(path).st_size
    except OSError:
        return 1
    name = path.name.lower()
    if not name.endswith(_JSONL_SUFFIXES):
        return max(1, size // (2 * _CHUNK_CHARS)) if size > _SPLIT_BYTES and not name.endswith(".gz") else 1
    lines = read = 0
    last = b"\n"
    try:
        with open(path, "rb") as raw:
            if name.endswith(".gz"):
                size = _gzip_size(raw, size)
            stream = gzip.GzipFile(fileobj=raw) if name.endswith(".gz") else raw
            while read < _COUNT_BYTES and (block := stream.read(_READ_BYTES)):
                lines += block.count(b"\n")
                read += len(block)
                last = block[-1:]
            whole = not stream.read(1)
    except (OSError, EOFError, zlib.error):
        return max(1, lines)
    if whole:
        return lines + (last != b"\n")
    return max(lines, round(lines * size / read))


def _gzip_size(raw, compressed: int) -> int:
    """The uncompressed size a gzip file records in its last 4 bytes (modulo 4 GiB)."""
    raw.seek(-4, os.SEEK_END)
    size = int.from_bytes(raw.read(4), "little")
    raw.seek(0)
    while size < compressed:  # more than 4 GiB uncompressed: the count wrapped
        size += 1 << 32
    return size


def _read_entry(path: Path) -> Iterator[Document | Skipped]:
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        reason = "broken symbolic link" if path.is_symlink() and err.errno == 2 else f"cannot read: {err.strerror or err}"
        yield Skipped(_shown(path), reason)
        return
    if not stat.S_ISREG(mode):
        yield Skipped(_shown(path), "not a regular file")
        return
    yield from _read_file(path)


def _read_file(path: Path) -> Iterator[Document | Skipped]:
    name = path.name.lower()
    if name.endswith(_JSONL_SUFFIXES):
        yield from _read_jsonl(path)
        return
    compressed = name.endswith(".gz")
    shown = _shown(path)
    built = 0
    try:
        with _open(path, compressed) as stream:
            head = stream.read(_SPLIT_BYTES + 1)
        if len(head) <= _SPLIT_BYTES:
            items = _read_small(path, head, compressed)
        else:
            del head
            items = _read_large(path, compressed)
        for item in items:
            built += isinstance(item, Document)
            yield item
    except (EOFError, zlib.error, gzip.BadGzipFile) as err:
        yield Skipped(shown, f"broken gzip file: {err}")
    except OSError as err:
        after = f" (after {built} parts)" if built else ""
        yield Skipped(shown, f"cannot read{after}: {err.strerror or err}")


def _open(path: Path, compressed: bool):
    return gzip.open(path, "rb") if compressed else open(path, "rb")


def _read_small(path: Path, data: bytes, compressed: bool) -> Iterator[Document | Skipped]:
    shown = _shown(path)
    result = decode_text(data)
    del data
    if isinstance(result, Skipped):
        yield Skipped(shown, "empty file" if result.reason == _EMPTY else result.reason)
        return
    text = result
    if not text.strip():
        yield Skipped(shown, "empty file")
        return
    title = ""
    if _is_html(path, compressed, text):
        title, text = html_to_text(text)
    yield from _documents(_doc_id(path), text, title=title, where=shown, path=_shown(os.path.abspath(path)))


def _read_large(path: Path, compressed: bool) -> Iterator[Document | Skipped]:
    shown = _shown(path)
    encoding = _stream_encoding(path, compressed)
    if isinstance(encoding, Skipped):
        yield Skipped(shown, encoding.reason)
        return
    blocks = _decoded_blocks(path, compressed, encoding)
    first = next(blocks, "")
    title = ""
    if _is_html(path, compressed, first):
        parser = _ArticleText()
        parser.feed(first)
        for block in blocks:
            parser.feed(block)
        parser.close()
        title, text = parser.result()
        chunks = _paragraph_chunks(_slices(text))
    else:
        chunks = _paragraph_chunks(_prepend(first, blocks))
    yield from _parts(_doc_id(path), chunks, title=title, where=shown, path=_shown(os.path.abspath(path)))


def _prepend(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _is_html(path: Path, compressed: bool, text: str) -> bool:
    name = path.name.lower()
    if compressed:
        name = name[:-3]
    return name.endswith(_HTML_SUFFIXES) or _looks_like_html(text)


def _stream_encoding(path: Path, compressed: bool) -> str | Skipped:
    """The codec of a large file, found by one streaming pass (nothing is kept)."""
    with _open(path, compressed) as stream:
        head = stream.read(_SNIFF_BYTES)
        if _is_utf16(head):
            return "utf-16"
        if b"\x00" in head:
            return Skipped("", "binary file (not text)")
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            decoder.decode(head)
            while block := stream.read(_READ_BYTES):
                decoder.decode(block)
            decoder.decode(b"", final=True)
            return "utf-8-sig"
        except UnicodeDecodeError:
            pass
    if _is_cp1256(head.decode("cp1256", errors="replace")):
        return "cp1256"
    return Skipped("", _UNKNOWN_ENCODING)


def _decoded_blocks(path: Path, compressed: bool, encoding: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    with _open(path, compressed) as stream:
        while block := stream.read(_READ_BYTES):
            text = decoder.decode(block)
            if text:
                yield text
        tail = decoder.decode(b"", final=True)
        if tail:
            yield tail


def _slices(text: str) -> Iterator[str]:
    for start in range(0, len(text), _CHUNK_CHARS):
        yield text[start : start + _CHUNK_CHARS]


def _paragraph_chunks(blocks: Iterable[str], target: int = _CHUNK_CHARS) -> Iterator[str]:
    """Regroup a stream of text into parts of about ``target`` characters.

    A part ends at a line break (a paragraph, in news text); a line longer than twice
    ``target`` is cut at its last sentence end, else its last space, so even a file
    without line breaks gives bounded parts.

    >>> list(_paragraph_chunks(["aaaa\\nbb", "bb\\ncc\\n", "d" * 9], target=4))
    ['aaaa', 'bbbb', 'cc\\ndddddddd', 'd']
    """
    limit = 2 * target
    lines: list[str] = []
    size = 0
    carry = ""

    def pieces(line: str) -> Iterator[str]:
        while len(line) > limit:
            cut = _cut_point(line, target, limit)
            yield line[:cut]
            line = line[cut:]
        yield line

    for block in blocks:
        parts = _LINE_BREAK.split(carry + block)
        carry = parts.pop()
        if len(carry) > limit:  # a line still open: cut off what is surely complete
            *complete, carry = list(pieces(carry))
            parts.extend(complete)
        for part in parts:
            for piece in pieces(part):
                lines.append(piece)
                size += len(piece) + 1
                if size >= target:
                    yield "\n".join(lines)
                    lines, size = [], 0
    for piece in pieces(carry):
        if piece:
            lines.append(piece)
    if lines:
        yield "\n".join(lines)


def _cut_point(line: str, target: int, limit: int) -> int:
    window = line[:limit]
    stop = max(window.rfind(mark) for mark in (". ", "? ", "! ", "؟ ", "؛ "))
    if stop >= target // 2:
        return stop + 2
    space = window.rfind(" ")
    return space + 1 if space >= target // 2 else limit


def _doc_id(path: Path) -> str:
    name = _shown(path.name)
    for suffix in (".gz", ".txt", ".html", ".htm", ".xhtml", ".md"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name or _shown(path.stem)


def _documents(doc_id: str, text: str, *, title: str = "", where: str, **provenance: str | bool) -> Iterator[Document | Skipped]:
    """One document, or numbered parts when ``text`` is longer than ``_SPLIT_CHARS``.

    ``where`` names the input in a ``Skipped``; ``provenance`` (``source``, ``url``,
    ``path``, ``date``, ``fetched``) goes to every document made.
    """
    if len(text) <= _SPLIT_CHARS:
        doc = make_document(doc_id, text, title=title, **provenance)
        yield doc if doc is not None else Skipped(where, _NO_TEXT)
    else:
        yield from _parts(doc_id, _paragraph_chunks(_slices(text)), title=title, where=where, **provenance)


def _parts(doc_id: str, chunks: Iterable[str], *, title: str, where: str, **provenance: str | bool) -> Iterator[Document | Skipped]:
    number = 0
    for chunk in chunks:
        doc = make_document(f"{doc_id}#{number + 1}", chunk, title=title if not number else "",
                            find_title=not number, **provenance)
        if doc is not None:
            number += 1
            yield doc
    if not number:
        yield Skipped(where, _NO_TEXT)


def read_bytes(data: bytes, name: str = "stdin") -> Iterator[Document | Skipped]:
    """The documents of raw input bytes (standard input): JSON lines when the first
    non-blank line is a JSON object, else one article (text or HTML) named ``name``."""
    first = next((line for line in data.lstrip(b"\xef\xbb\xbf").splitlines() if line.strip()), b"")
    if first.lstrip().startswith(b"{"):
        try:
            is_record = isinstance(json.loads(first), dict)
        except ValueError:
            is_record = False
        if is_record:
            yield from _jsonl_records(io.BytesIO(data), name, name)
            return
    result = decode_text(data)
    if isinstance(result, Skipped):
        yield Skipped(name, result.reason)
        return
    title, text = html_to_text(result) if _looks_like_html(result) else ("", result)
    yield from _documents(name, text, title=title, where=name)


def _read_jsonl(path: Path) -> Iterator[Document | Skipped]:
    shown = _shown(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    stem = _doc_id(path).removesuffix(".jsonl").removesuffix(".ndjson")
    try:
        with opener(path, "rb") as raw:
            yield from _jsonl_records(raw, shown, stem, _shown(os.path.abspath(path)))
    except (EOFError, zlib.error, gzip.BadGzipFile) as err:
        yield Skipped(shown, f"broken gzip file: {err}")
    except OSError as err:
        yield Skipped(shown, f"cannot read: {err.strerror or err}")


def _jsonl_records(raw, shown: str, stem: str, path: str = "") -> Iterator[Document | Skipped]:
    """The documents of a binary stream of JSON lines; ``shown`` names it in a ``Skipped``,
    ``stem`` makes missing ids, ``path`` is the documents' provenance."""
    stream = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace")
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{shown}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(where, f"not valid JSON: {err.msg}")
            continue
        if not isinstance(record, dict):
            yield Skipped(where, "a JSON line must be an object with id, title, content")
            continue
        content = record.get("content") or record.get("text") or ""
        if not isinstance(content, str) or not content.strip():
            yield Skipped(where, "no 'content' text")
            continue
        doc_id = _clean(str(record.get("id") or f"{stem}-{number}"))
        yield from _documents(doc_id, content, title=_field(record, "title"), where=where, path=path,
                              **_dating(record), source=_field(record, "source"), url=_field(record, "url"))


# A day in a page's address: /2015/07/14/ or /20150714/ (a news site's dated path)
_URL_DAY = re.compile(r"/((?:19|20)\d\d)(?:/|-)?(0[1-9]|1[0-2])(?:/|-)?(0[1-9]|[12]\d|3[01])(?=/|\.|_|$)")


def _dating(record: dict) -> dict:
    """A record's ``date`` and whether it is only the day its page was fetched.

    The day of writing is the record's ``date``, else the day its address names (no later
    than the fetch); only without either does a crawl's stamp (``date_extracted``) stand,
    marked ``fetched``: a page may be fetched days after it was written, so an article's
    اليوم and أمس cannot be counted from it.

    >>> _dating({"url": "http://www.aleqt.com/2015/07/14/article_973520.html", "date_extracted": "2015-07-21 02:48:16"})
    {'date': '2015-07-14', 'fetched': False}
    >>> _dating({"url": "http://www.al-jazirah.com/2015/20150721/ln4.htm", "date_extracted": "2015-07-21 12:34:07"})
    {'date': '2015-07-21', 'fetched': False}
    >>> _dating({"url": "http://aawsat.com/home/article/410826/x", "date_extracted": "2015-07-21 02:51:32"})
    {'date': '2015-07-21 02:51:32', 'fetched': True}
    >>> _dating({"url": "http://example.com/2015/12/30/a.html", "date_extracted": "2015-07-21"})  # after the fetch
    {'date': '2015-07-21', 'fetched': True}
    >>> _dating({"date": "2015-07-20", "date_extracted": "2015-07-21 02:51:32"})
    {'date': '2015-07-20', 'fetched': False}
    """
    written, fetched = _field(record, "date"), _field(record, "date_extracted")
    if not written:
        found = _URL_DAY.search(_field(record, "url"))
        day = "-".join(found.groups()) if found else ""
        try:
            dt.date.fromisoformat(day)
        except ValueError:
            day = ""  # none, or 2015/02/30
        written = day if day and (not fetched or day <= fetched[:10]) else ""
    return {"date": written or fetched, "fetched": not written and bool(fetched)}


def _field(record: dict, name: str) -> str:
    """A text field of a JSONL record, cleaned; "" when missing or not a scalar.

    >>> _field({"date_extracted": "2015-07-21 02:51:32", "n": None, "l": [1]}, "date_extracted")
    '2015-07-21 02:51:32'
    >>> _field({"n": None, "l": [1]}, "n"), _field({"l": [1]}, "l")
    ('', '')
    """
    value = record.get(name)
    if value is None or isinstance(value, dict | list):
        return ""
    return " ".join(_clean(str(value)).split())


_EMPTY = "empty file"
_NO_TEXT = "no article text after removing page furniture"
_UNKNOWN_ENCODING = "unknown text encoding (neither UTF-8 nor Windows-1256 Arabic)"


def decode_text(data: bytes) -> str | Skipped:
    """Decode UTF-8 (with or without BOM), else Windows-1256 Arabic; refuse binary data.

    >>> decode_text("سلام".encode("cp1256"))
    'سلام'
    >>> decode_text(b"\\x00\\x01\\x02binary").reason
    'binary file (not text)'
    """
    if not data.strip():
        return Skipped("", _EMPTY)
    head = data[:_SNIFF_BYTES]
    if _is_utf16(head):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return Skipped("", "binary file (not text)")
    if b"\x00" in head:
        return Skipped("", "binary file (not text)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    if _is_cp1256(text[:_SNIFF_BYTES]):
        return text
    return Skipped("", _UNKNOWN_ENCODING)


def _is_cp1256(sample: str) -> bool:
    """Whether text decoded as Windows-1256 reads as Arabic rather than noise."""
    letters = sum(ch.isalpha() for ch in sample)
    controls = sum(ch < " " and ch not in "\r\n\t\f" for ch in sample)
    return bool(letters) and len(_ARABIC_LETTER.findall(sample)) / letters > 0.3 and controls < 0.01 * len(sample)


def _is_utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _looks_like_html(text: str) -> bool:
    start = text[:1000].lstrip().lower()
    if start.startswith(("<!doctype html", "<html")):
        return True
    if start.startswith("<?xml"):
        return "<html" in text[:4000].lower()
    return "<body" in start and "</" in start


class _ArticleText(HTMLParser):
    """Collect the article text of a page, one line per block.

    Page chrome (nav, footer, aside, script, style, forms, and blocks whose class or id
    says related/share/comments/ads) is dropped. When the page marks its article with
    <article> or <main>, only that text is kept; otherwise the whole body is. Open
    elements are tracked on a stack, so a missing end tag (an unclosed <p>) is closed by
    its parent's end tag instead of swallowing the rest of the page.
    """

    _SKIP = frozenset({"script", "style", "noscript", "nav", "footer", "aside", "form", "template", "svg",
                       "iframe", "button", "select", "textarea", "object", "canvas", "dialog", "menu"})
    _CONTENT = frozenset({"article", "main"})
    _BLOCK = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "article",
                        "section", "blockquote", "figcaption", "main", "header", "ul", "ol", "table", "pre", "hr"})
    _VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                       "source", "track", "wbr"})
    _CHROME_WORDS = frozenset({"related", "share", "sharing", "social", "comment", "comments", "advert",
                               "advertisement", "ads", "ad", "banner", "newsletter", "breadcrumb", "breadcrumbs",
                               "sidebar", "menu", "navbar", "cookie", "cookies", "subscribe", "promo", "tags"})
    _WORD = re.compile(r"[a-z]+")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page: list[str] = []
        self.content: list[str] = []
        self.title: list[str] = []
        self.h1: list[str] = []
        self.content_h1: list[str] = []
        self._stack: list[tuple[str, bool, bool]] = []  # (tag, skipped, content)
        self._skipped = 0
        self._in_content = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self._BLOCK:
            self._text("\n")
        if tag == "title":
            self._in_title = True
            return
        if tag in self._VOID:
            return
        skip = tag in self._SKIP or (tag == "header" and not self._in_content) or self._is_chrome(attrs)
        content = tag in self._CONTENT
        self._stack.append((tag, skip, content))
        self._skipped += skip
        self._in_content += content
        if tag == "h1" and not self._skipped:
            self._in_h1 = True

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in self._BLOCK:
            self._text("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if any(open_tag == tag for open_tag, _, _ in self._stack):
            while self._stack:
                open_tag, skip, content = self._stack.pop()
                self._skipped -= skip
                self._in_content -= content
                if open_tag == tag:
                    break
        if tag in self._BLOCK:
            self._text("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skipped:
            if self._in_h1:
                (self.content_h1 if self._in_content else self.h1).append(data)
            self._text(data)

    def _text(self, data: str) -> None:
        if self._skipped:
            return
        self.page.append(data)
        if self._in_content:
            self.content.append(data)

    def _is_chrome(self, attrs) -> bool:
        for name, value in attrs:
            if name in ("class", "id", "role") and value:
                if self._CHROME_WORDS.intersection(self._WORD.findall(value.lower())):
                    return True
                if name == "role" and value.lower() in ("navigation", "banner", "contentinfo", "complementary"):
                    return True
        return False

    def result(self) -> tuple[str, str]:
        in_content = bool("".join(self.content).strip())
        parts = self.content if in_content else self.page
        lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
        text = "\n".join(line for line in lines if line)
        heading = " ".join("".join(self.content_h1 if in_content else self.h1 + self.content_h1).split())
        return heading or _page_title(" ".join("".join(self.title).split())), text


def _page_title(title: str) -> str:
    """Drop a site name from a <title> such as "Headline | Site" (the longest part stays)."""
    parts = [p.strip() for p in re.split(r"\s+[|\-–—]\s+", title) if p.strip()]
    return max(parts, key=len) if parts else ""


def html_to_text(html: str) -> tuple[str, str]:
    """The page's headline and its article text, one block per line.

    >>> html_to_text("<html><head><title>خبر عاجل | موقع</title><script>x()</script></head><body><p>نص <b>الخبر</b></p></body></html>")
    ('خبر عاجل', 'نص الخبر')
    >>> html_to_text("<body><nav>الرئيسية</nav><article><h1>عنوان</h1><p>نص</p></article><aside>إعلان</aside></body>")
    ('عنوان', 'عنوان\\nنص')
    """
    parser = _ArticleText()
    parser.feed(html)
    parser.close()
    return parser.result()


def remove_furniture(text: str) -> str:
    """Drop the lines of a page that are not the article.

    Ad markers, subscribe/follow lines, a bare "المصدر", separator lines and a closing
    list of tags go; a "related news" header goes with the headline-like lines that
    follow it, until a full paragraph shows the article resuming.

    >>> remove_furniture("نص الخبر.\\n[ad_1]\\nأخبار متعلقة\\n-\\nعنوان خبر آخر\\n-\\nعنوان ثالث")
    'نص الخبر.'
    >>> remove_furniture("ووعد الرئيس بإجراء تحقيق. سمات الرئيس النيجيري باراك اوباما بوكوحرام")
    'ووعد الرئيس بإجراء تحقيق.'
    >>> remove_furniture("وتضيف السيارة سمات جديدة مثل القوة، والعدادات.")  # the word in a sentence
    'وتضيف السيارة سمات جديدة مثل القوة، والعدادات.'
    """
    kept: list[str] = []
    in_related_block = False
    for raw_line in _LINE_BREAK.split(text):
        line = _AD_MARKER.sub("", raw_line).strip()
        if _SEPARATOR_LINE.match(line):
            continue
        if _RELATED_HEADER.match(line):
            in_related_block = True
            continue
        if in_related_block:
            if _is_headline(line):
                continue
            in_related_block = False
        if len(line) < 40 * _FURNITURE_MAX_WORDS and len(line.split()) <= _FURNITURE_MAX_WORDS and _FURNITURE_LINE.match(line):
            continue
        kept.append(line)
    return _TAG_LIST.sub("", "\n".join(kept)).rstrip()


def _is_headline(line: str) -> bool:
    return len(line.split()) <= _HEADLINE_MAX_WORDS and not _SENTENCE_END.search(line)


def _clean(text: str) -> str:
    """Drop control characters and replace lone surrogates, which no output format can hold.

    >>> _clean("a\\x00b\\ud800c")
    'ab\\ufffdc'
    """
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def make_document(
    doc_id: str, text: str, *, title: str = "", source: str = "", date: str = "", url: str = "", path: str = "",
    find_title: bool = True, fetched: bool = False,
) -> Document | None:
    """A ``Document`` from raw article text, or None when nothing of the article is left.

    The headline (the ``title`` given, else, with ``find_title``, the first line when it
    reads as a headline) opens the text, so entities in headlines reach the graph too.
    Control characters are dropped and lone surrogates replaced, so every later stage
    and every export can take the text as it is.
    """
    body = remove_furniture(_clean(text))
    title = " ".join(_clean(title).split())
    if title:
        if not body.startswith(title):
            body = f"{title}\n{body}" if body else title
    elif find_title:
        first = body.split("\n", 1)[0]
        if "\n" in body and _is_headline(first):
            title = first
    if not body.strip():
        return None
    return Document(id=_clean(doc_id), text=body, title=title, source=_clean(source), date=_clean(date),
                    url=_clean(url), path=_clean(path), fetched=fetched)
