"""Sentences and tokens, with character offsets into ``Document.text``.

Sentences end at Arabic and Latin stops (. ؟ ? ! ؛) and at line breaks, but never inside
a quotation, a number such as 7.5, or after a one-letter title (د. خليل) or a name's Latin initial (جورج دبليو. بوش). Tokens come from camel-tools'
``simple_word_tokenize`` and are aligned back onto the text, so ``text[start:end]`` is
always the token as written; the matching key sits beside it in ``Token.key``. Two words
whose space was lost after a letter that only ends a word (ى، ة: يطوىأبو) are two tokens.
"""

from __future__ import annotations

import re

from camel_tools.tokenizers.word import simple_word_tokenize

from kg.memo import memo
from kg.normalize import match_key
from kg.types import Document, Sentence, Token

_TERMINATORS = frozenset(".?!؟؛")
_OPEN_QUOTES = {"«": "»", "“": "”", "(": ")", "[": "]"}
_CLOSERS = frozenset("»”\")]'’")
_TOGGLE_QUOTES = frozenset('"')
_LINES = re.compile(r"[^\n]+")
_SPECIAL = re.compile("[" + re.escape("".join(sorted(_TERMINATORS | set(_OPEN_QUOTES) | set(_OPEN_QUOTES.values()) | _TOGGLE_QUOTES))) + "]")
# A quotation left open this long is a stray quote mark, not a quotation.
_MAX_QUOTE_CHARS = 600


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``.

    >>> t = 'قال "نعم. لا" ثم ذهب. بلغ النمو 7.5 بالمئة؟ نعم'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['قال "نعم. لا" ثم ذهب.', 'بلغ النمو 7.5 بالمئة؟', 'نعم']
    >>> len(split_sentences('وقال مدير الجامعة د. خليل البراهيم إن العام بدأ.'))
    1
    >>> len(split_sentences('وعمل في إدارة جورج دبليو. بوش سنوات.')), len(split_sentences('على قناة إم بي سي. وقال إن'))
    (1, 2)
    """
    spans: list[tuple[int, int]] = []
    for line in _LINES.finditer(text):
        start, end = line.span()
        spans.extend(_split_line(text, start, end))
    return spans


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # Only quote marks and stops change the state, so the scan jumps from one to the next.
    spans = []
    expected_closers: list[str] = []
    toggled = False
    stray: frozenset[int] | None = None
    quote_start = 0
    sentence_start = start
    i = start
    search = _SPECIAL.search
    while True:
        found = search(text, i, end)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch in _OPEN_QUOTES:
            expected_closers.append(_OPEN_QUOTES[ch])
            quote_start = quote_start or i
        elif expected_closers and ch == expected_closers[-1]:
            expected_closers.pop()
        elif ch in _TOGGLE_QUOTES:
            if stray is None:
                stray = _stray_quotes(text, start, end)
            if i not in stray:
                toggled = not toggled
                quote_start = quote_start or i
        quoted = (expected_closers or toggled) and i - quote_start < _MAX_QUOTE_CHARS
        if not expected_closers and not toggled:
            quote_start = 0
        if ch in _TERMINATORS and not quoted and not _inside_number(text, i, end) and not _after_abbreviation(text, i, start) \
                and not _after_an_initial(text, i, start, end):
            j = i + 1
            while j < end and (text[j] in _TERMINATORS or text[j] in _CLOSERS):
                j += 1
            if j == end or text[j].isspace() or _glued_sentence_start(text, i, j, start, end):
                spans.append(_trim(text, sentence_start, j))
                sentence_start = j
                i = j
                continue
        i += 1
    if sentence_start < end:
        spans.append(_trim(text, sentence_start, end))
    return [(s, e) for s, e in spans if e > s]


# Title abbreviations written with a stop before a name: د. (doctor), م. (engineer), أ. (professor).
_ABBREVIATIONS = frozenset("دمأ")


def _after_abbreviation(text: str, i: int, start: int) -> bool:
    """"مدير جامعة حائل د. خليل البراهيم": the stop of a one-letter title ends no sentence."""
    return text[i] == "." and i > start and text[i - 1] in _ABBREVIATIONS and (i - 1 == start or text[i - 2].isspace())


def _after_an_initial(text: str, i: int, start: int, end: int) -> bool:
    """"جورج دبليو. بوش": the stop after a Latin letter spelt in Arabic, between a name
    word and the next Arabic word, is an initial's (kg/data/latin_letters.tsv), not a
    sentence's end; after a run of letters (إم بي سي.) it is one."""
    if text[i] != "." or i + 2 >= end or not text[i + 1].isspace() or not ("\u0621" <= text[i + 2] <= "\u064a"):
        return False
    words = _last_words(text, start, i)
    if len(words) < 2:
        return False
    from kg.lexicon import latin_letter_names

    letters = latin_letter_names()
    return words[-1] in letters and words[-2] not in letters and "\u0621" <= words[-2][-1] <= "\u064a"


def _last_words(text: str, start: int, i: int) -> list[str]:
    """The last two words of ``text[start:i]`` (fewer if it has fewer), read from a window
    before ``i`` that grows until it holds a third word or reaches ``start``: splitting the
    whole line at every stop would cost the square of a long paragraph."""
    window = 64
    while True:
        low = max(start, i - window)
        words = text[low:i].split()
        if low == start or len(words) > 2:  # past two words, a word the window cut is not among the last two
            return words[-2:]
        window *= 4


# Marks after which a straight quote opens a quotation (قال: "نعم), and before which one closes it (نعم".).
_BEFORE_OPENING = frozenset(":(،,؛-–—/")
_AFTER_CLOSING = frozenset(".،,؛:؟?!)-–—")


def _quote_side(text: str, i: int, start: int, end: int) -> str | None:
    """Whether the straight quote at ``i`` opens or closes a quotation, read from its
    neighbours: a mark after a space and before a word opens one, a mark after a word
    and before a space or a stop closes one. A stray mark would otherwise turn every
    later quotation inside out; a mark glued on both sides (بـ"الترانسفير) says nothing.

    >>> t = 'نص "مفتوح لا يغلق. ثم قال "نعم". وانتهى'
    >>> [_quote_side(t, i, 0, len(t)) for i, c in enumerate(t) if c == '"']
    ['open', 'open', 'close']
    """
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    opens = not after.isspace() and (before.isspace() or before in _BEFORE_OPENING)
    closes = not before.isspace() and (after.isspace() or after in _AFTER_CLOSING)
    if opens == closes:
        return None
    return "open" if opens else "close"


def _stray_quotes(text: str, start: int, end: int) -> frozenset[int]:
    """Positions of the straight quotes of a line that pair with none: an opening mark
    followed by another opening mark before any closing one, a closing mark with nothing
    open, a mark still open at the line's end. Without them the rest pair in turn.

    >>> t = 'نص "مفتوح لا يغلق. ثم قال "نعم". وانتهى" هنا'
    >>> sorted(_stray_quotes(t, 0, len(t)))
    [3, 39]
    """
    stray = set()
    open_at = None
    i = text.find('"', start, end)
    while i >= 0:
        side = _quote_side(text, i, start, end)
        if side == "open" or (side is None and open_at is None):
            if open_at is not None:
                stray.add(open_at)
            open_at = i
        elif open_at is None:
            stray.add(i)
        else:
            open_at = None
        i = text.find('"', i + 1, end)
    if open_at is not None:
        stray.add(open_at)
    return frozenset(stray)


def _glued_sentence_start(text: str, i: int, j: int, start: int, end: int) -> bool:
    """"في سوريا.وذلك بعد": a stop between two Arabic words of two letters or more,
    its space lost, still ends the sentence (one letter before it is a title: د.خليل)."""
    if text[i] != "." or j != i + 1 or j + 1 >= end:
        return False
    return _is_arabic_letter(text[j]) and _is_arabic_letter(text[j + 1]) \
        and i - 2 >= start and _is_arabic_letter(text[i - 1]) and _is_arabic_letter(text[i - 2])


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


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

    ``simple_word_tokenize`` splits on whitespace first, so each whitespace-separated
    word is tokenised (and keyed) once and remembered: news text repeats its words, and
    this makes tokenising several times faster than calling camel-tools on every sentence.

    >>> [(t.text, t.start, t.end) for t in tokenize("وقال: نعم")]
    [('وقال', 0, 4), (':', 4, 5), ('نعم', 6, 9)]
    >>> [t.text for t in tokenize("الرئيس قاسم-جومارت توكاييف - أمس")]
    ['الرئيس', 'قاسم-جومارت', 'توكاييف', '-', 'أمس']
    >>> [t.text for t in tokenize("القائمة http://moh.gov.sa/%D8%A7.pdf هنا")]
    ['القائمة', 'http://moh.gov.sa/%D8%A7.pdf', 'هنا']
    """
    tokens = []
    append = tokens.append
    find = text.find
    end_of_word = 0
    for word in text.split():  # the runs of \S+: str.split and re agree on every whitespace character
        at = find(word, end_of_word)  # only whitespace lies between the last word and this one
        end_of_word = at + len(word)
        base = offset + at
        for start, end, piece, key in _word_pieces(word):
            append(Token(piece, base + start, base + end, key))
    return tokens

# Arabic letters, harakat, tatweel and Latin letters: none is punctuation, a symbol or an
# emoji, so a word made of them alone is one token (camel-tools would try its symbol
# pattern at every character to find that out).
_PLAIN_WORD = re.compile("[\u0621-\u065f\u0670-\u06d3A-Za-z]+")
# A web or mail address is one token: split at its dots, slashes and percent signs, its
# pieces (%D8%A7 ...) looked like acronyms and names.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S|[\w.+-]+@[\w-]+\.\w", re.IGNORECASE)


@memo(300_000)
def _word_pieces(word: str) -> tuple[tuple[int, int, str, str], ...]:
    """The tokens of one whitespace-free word: (start, end, text, matching key).

    >>> [p[2] for p in _word_pieces("يطوىأبو")], [p[2] for p in _word_pieces("السعوديةحضر")]
    (['يطوى', 'أبو'], ['السعودية', 'حضر'])
    >>> [p[2] for p in _word_pieces("شىء")], [p[2] for p in _word_pieces("السورىات")]
    (['شىء'], ['السورىات'])
    """
    if _ADDRESS.match(word):
        return ((0, len(word), word, match_key(word)),)
    if _PLAIN_WORD.fullmatch(word):
        words = []
        start = 0
        while glued := _GLUED_WORDS.search(word[start:]):  # headlines run together: ى and ة only end a word
            end = start + glued.start() + 1
            words.append((start, end, word[start:end], match_key(word[start:end])))
            start = end
        words.append((start, len(word), word[start:], match_key(word[start:])))
        return tuple(words)
    pieces = []
    position = 0
    for piece in simple_word_tokenize(word):
        start = word.find(piece, position)
        if start < 0:  # cannot happen for substrings; guards against tokenizer changes
            continue
        position = start + len(piece)
        if len(pieces) >= 2 and pieces[-1][2] in _JOINERS and pieces[-2][2][-1:].isalpha() and piece[:1].isalpha():
            # قاسم-جومارت: a hyphen between two letters keeps a compound name one token.
            first = pieces[-2][0]
            del pieces[-2:]
            pieces.append((first, position, word[first:position], match_key(word[first:position])))
            continue
        pieces.append((start, position, piece, match_key(piece)))
    return tuple(pieces)


_JOINERS = frozenset("-\u2010\u2011")
# ى and ة are written only at a word's end: one inside a run of letters (يطوىأبو،
# السعوديةحضر) marks two words whose space was lost, as in a list of headlines. Both sides
# must be words (two letters before, three after, no hamza after ى: شىء is one word).
_GLUED_WORDS = re.compile("(?<=[\u0621-\u064a]{2})[\u0649\u0629](?=[\u0622-\u063a\u0641-\u064a]{3})")


def segment(doc: Document) -> Document:
    """Fill ``doc.sentences`` with sentences and their tokens; returns the same document."""
    doc.sentences = []
    for start, end in split_sentences(doc.text):
        sentence_text = doc.text[start:end]
        tokens = tokenize(sentence_text, start)
        if tokens:
            doc.sentences.append(Sentence(len(doc.sentences), start, end, sentence_text, tokens))
    return doc
