"""Ingest: turn files, folders and JSON-lines corpora into clean ``Document``s.

Real inputs are dirty: legacy Windows-1256 files, scraped HTML pages, binary files that
slipped into a folder, and articles wrapped in page furniture (ad markers, "follow us on
Telegram" lines, "related news" blocks whose headlines belong to other stories). Ingest
reads what it can, strips the furniture so other stories never leak into an article's
graph, and reports every file it could not use with the reason: nothing is dropped
silently. Inputs are streamed, one document at a time, so a 1 GB JSONL never sits in
memory whole.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.types import Document, KgError

_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_SNIFF_BYTES = 8192
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")

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
_SEPARATOR_LINE = re.compile(r"^[\W_]*$")
# A line of the related-news block is a headline: short, no sentence-final stop.
_HEADLINE_MAX_WORDS = 20
_SENTENCE_END = re.compile(r"[.!?؟…]\W*$")


@dataclass(slots=True)
class Skipped:
    """An input that was not built, and why."""

    path: str
    reason: str


def iter_documents(inputs: Iterable[str | Path]) -> Iterator[Document | Skipped]:
    """Yield a ``Document`` for every readable article, a ``Skipped`` for every other input.

    Folders are walked recursively in sorted order (hidden files are ignored); files ending
    in .jsonl / .jsonl.gz hold one article a line (``id``, ``title``, ``content``).
    """
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise KgError(f"input not found: {path}")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _is_hidden(p, path))
            for file in files:
                yield from _read_file(file)
        else:
            yield from _read_file(path)


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_file(path: Path) -> Iterator[Document | Skipped]:
    name = path.name.lower()
    try:
        if name.endswith(_JSONL_SUFFIXES):
            yield from _read_jsonl(path)
            return
        data = path.read_bytes()
    except OSError as err:
        yield Skipped(str(path), f"cannot read: {err.strerror or err}")
        return
    if name.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as err:
            yield Skipped(str(path), f"broken gzip file: {err}")
            return
        name = name[:-3]
    result = decode_text(data)
    if isinstance(result, str) and not result.strip():
        yield Skipped(str(path), "empty file")
        return
    if not isinstance(result, str):
        yield Skipped(str(path), result.reason)
        return
    text = result
    if name.endswith(_HTML_SUFFIXES) or _looks_like_html(text):
        title, text = html_to_text(text)
    else:
        title = ""
    doc = make_document(_doc_id(path), text, title=title, source=str(path))
    if doc is None:
        yield Skipped(str(path), "no article text after removing page furniture")
    else:
        yield doc


def _doc_id(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".txt", ".html", ".htm", ".xhtml", ".md"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name or path.stem


def _read_jsonl(path: Path) -> Iterator[Document | Skipped]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as raw:
            stream = io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
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
                doc_id = str(record.get("id") or f"{_doc_id(path).removesuffix('.jsonl')}-{number}")
                title = record.get("title") or ""
                date = record.get("date") or record.get("date_extracted") or ""
                doc = make_document(doc_id, content, title=str(title), source=where, date=str(date))
                if doc is None:
                    yield Skipped(where, "no article text after removing page furniture")
                else:
                    yield doc
    except (OSError, EOFError) as err:
        yield Skipped(str(path), f"cannot read: {err}")


def decode_text(data: bytes) -> str | Skipped:
    """Decode UTF-8 (with or without BOM), else Windows-1256 Arabic; refuse binary data.

    >>> decode_text("سلام".encode("cp1256"))
    'سلام'
    >>> decode_text(b"\\x00\\x01\\x02binary").reason
    'binary file (not text)'
    """
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head and not _is_utf16(head):
        return Skipped("", "binary file (not text)")
    if _is_utf16(head):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return Skipped("", "binary file (not text)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    sample = text[:_SNIFF_BYTES]
    letters = sum(ch.isalpha() for ch in sample)
    controls = sum(ch < " " and ch not in "\r\n\t\f" for ch in sample)
    if letters and len(_ARABIC_LETTER.findall(sample)) / letters > 0.3 and controls < 0.01 * len(sample):
        return text
    return Skipped("", "unknown text encoding (neither UTF-8 nor Windows-1256 Arabic)")


def _is_utf16(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _looks_like_html(text: str) -> bool:
    start = text[:1000].lstrip().lower()
    return start.startswith(("<!doctype html", "<html")) or ("<body" in start and "</" in start)


class _ArticleText(HTMLParser):
    """Collect the visible text of a page, one line per block, skipping page chrome."""

    _SKIP = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "template", "svg", "iframe"}
    _BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article", "section", "blockquote", "figcaption", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self._SKIP:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """The page's title and its visible text, one block per line.

    >>> html_to_text("<html><head><title>خبر</title><script>x()</script></head><body><p>نص <b>الخبر</b></p></body></html>")
    ('خبر', 'نص الخبر')
    """
    parser = _ArticleText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return " ".join("".join(parser.title).split()), "\n".join(line for line in lines if line)


def remove_furniture(text: str) -> str:
    """Drop the lines of a page that are not the article.

    Ad markers, subscribe/follow lines, a bare "المصدر" and separator lines go; a
    "related news" header goes with the headline-like lines that follow it, until a full
    paragraph shows the article resuming.

    >>> remove_furniture("نص الخبر.\\n[ad_1]\\nأخبار متعلقة\\n-\\nعنوان خبر آخر\\n-\\nعنوان ثالث")
    'نص الخبر.'
    """
    kept: list[str] = []
    in_related_block = False
    for raw_line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
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
        if _FURNITURE_LINE.match(line):
            continue
        kept.append(line)
    return "\n".join(kept)


def _is_headline(line: str) -> bool:
    return len(line.split()) <= _HEADLINE_MAX_WORDS and not _SENTENCE_END.search(line)


def make_document(doc_id: str, text: str, *, title: str = "", source: str = "", date: str = "") -> Document | None:
    """A ``Document`` from raw article text, or None when nothing of the article is left.

    The headline (the ``title`` given, else the first line when it reads as a headline)
    opens the text, so entities in headlines reach the graph too.
    """
    body = remove_furniture(text)
    title = " ".join(title.split())
    if title:
        if not body.startswith(title):
            body = f"{title}\n{body}" if body else title
    else:
        first = body.split("\n", 1)[0]
        if "\n" in body and _is_headline(first):
            title = first
    if not body.strip():
        return None
    return Document(id=doc_id, text=body, title=title, source=source, date=date)
