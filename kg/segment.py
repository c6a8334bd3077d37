"""Sentences and tokens, with character offsets into ``Document.text``.

Sentences end at Arabic and Latin stops (. ؟ ? ! ؛) and at line breaks, but never inside
a quotation or a number such as 7.5. Tokens come from camel-tools'
``simple_word_tokenize`` and are aligned back onto the text, so ``text[start:end]`` is
always the token as written; the matching key sits beside it in ``Token.key``.
"""

from __future__ import annotations

import re

from camel_tools.tokenizers.word import simple_word_tokenize

from kg.normalize import match_key
from kg.types import Document, Sentence, Token

_TERMINATORS = frozenset(".?!؟؛")
_OPEN_QUOTES = {"«": "»", "“": "”", "(": ")", "[": "]"}
_CLOSERS = frozenset("»”\")]'’")
_TOGGLE_QUOTES = frozenset('"')
_LINES = re.compile(r"[^\n]+")
# A quotation left open this long is a stray quote mark, not a quotation.
_MAX_QUOTE_CHARS = 600


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``.

    >>> t = 'قال "نعم. لا" ثم ذهب. بلغ النمو 7.5 بالمئة؟ نعم'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['قال "نعم. لا" ثم ذهب.', 'بلغ النمو 7.5 بالمئة؟', 'نعم']
    """
    spans: list[tuple[int, int]] = []
    for line in _LINES.finditer(text):
        start, end = line.span()
        spans.extend(_split_line(text, start, end))
    return spans


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    expected_closers: list[str] = []
    toggled = False
    quote_start = 0
    sentence_start = start
    i = start
    while i < end:
        ch = text[i]
        if ch in _OPEN_QUOTES:
            expected_closers.append(_OPEN_QUOTES[ch])
            quote_start = quote_start or i
        elif expected_closers and ch == expected_closers[-1]:
            expected_closers.pop()
        elif ch in _TOGGLE_QUOTES:
            toggled = not toggled
            quote_start = quote_start or i
        quoted = (expected_closers or toggled) and i - quote_start < _MAX_QUOTE_CHARS
        if not expected_closers and not toggled:
            quote_start = 0
        if ch in _TERMINATORS and not quoted and not _inside_number(text, i, end):
            j = i + 1
            while j < end and (text[j] in _TERMINATORS or text[j] in _CLOSERS):
                j += 1
            if j == end or text[j].isspace():
                spans.append(_trim(text, sentence_start, j))
                sentence_start = j
                i = j
                continue
        i += 1
    if sentence_start < end:
        spans.append(_trim(text, sentence_start, end))
    return [(s, e) for s, e in spans if e > s]


def _inside_number(text: str, i: int, end: int) -> bool:
    return text[i] == "." and 0 < i and i + 1 < end and text[i - 1].isdigit() and text[i + 1].isdigit()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` with offsets (shifted by ``offset``) and matching keys.

    >>> [(t.text, t.start, t.end) for t in tokenize("وقال: نعم")]
    [('وقال', 0, 4), (':', 4, 5), ('نعم', 6, 9)]
    """
    tokens = []
    position = 0
    for word in simple_word_tokenize(text):
        start = text.find(word, position)
        if start < 0:  # cannot happen for substrings; guards against tokenizer changes
            continue
        position = start + len(word)
        tokens.append(Token(word, offset + start, offset + position, match_key(word)))
    return tokens


def segment(doc: Document) -> Document:
    """Fill ``doc.sentences`` with sentences and their tokens; returns the same document."""
    doc.sentences = []
    for start, end in split_sentences(doc.text):
        sentence_text = doc.text[start:end]
        tokens = tokenize(sentence_text, start)
        if tokens:
            doc.sentences.append(Sentence(len(doc.sentences), start, end, sentence_text, tokens))
    return doc
