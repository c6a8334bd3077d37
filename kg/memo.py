"""Memos of pure functions of word types: a plain dict each, emptied between work units
once it holds more than its bound.

The stages read many facts per word type (its matching key, clitic splits, trigger
readings, place-word kind, ...). A bounded ``functools.lru_cache`` keeps a linked-list
node beside every entry so as to drop the least recently used one at its cap, and moves
that node on every hit; over a large corpus each worker held millions of them. A memo is
``lru_cache(maxsize=None)``: the dict alone, a hit one lookup in C. Its bound is kept by
``trim``, which ``kg.pipeline.process_batch`` calls after every work unit: a memo over
its bound is emptied and fills again with the word types in use. The function must be
pure, as for ``lru_cache``: what it returns never depends on what the memo holds.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

# Every memo made by ``memo``, with its bound.
_MEMOS: list[tuple[Callable, int]] = []


def memo(maxsize: int) -> Callable[[Callable], Callable]:
    """Decorator: ``@memo(200_000)`` memoises a pure function in the dict that
    ``maxsize`` entries need, up to ``table_room(maxsize)`` entries (``trim`` empties it
    when it holds more). ``cache_info`` and ``cache_clear`` work as for ``lru_cache``."""
    if maxsize < 1:
        raise ValueError(f"a memo holds at least one entry, not {maxsize}")
    bound = table_room(maxsize)

    def decorate(function: Callable) -> Callable:
        cached = lru_cache(maxsize=None)(function)
        _MEMOS.append((cached, bound))
        return cached

    return decorate


def table_room(entries: int) -> int:
    """How many entries the table of a dict that holds ``entries`` has room for.

    A dict's table has a power-of-two size and doubles when two thirds of it are used,
    so the table that 200,000 entries need (2**19 slots) holds 349,525 before it grows:
    a memo fills that room before it is emptied. It then drops its word types about as
    rarely as a least-recently-used cache of ``entries`` (the whitespace words of one
    worker's share of SaudiNewsNet, 4.5 million: 376,000 misses at 349,525 against
    387,000 for a least-recently-used cache of 200,000), and keeps no list beside it.

    >>> table_room(200_000), table_room(174_762), table_room(5)
    (349525, 174762, 5)
    """
    size = 8
    while size * 2 // 3 < entries:
        size *= 2
    return size * 2 // 3


def trim() -> int:
    """Empty every memo that holds more than its bound; returns how many were emptied."""
    emptied = 0
    for cached, maxsize in _MEMOS:
        if cached.cache_info().currsize > maxsize:
            cached.cache_clear()
            emptied += 1
    return emptied
