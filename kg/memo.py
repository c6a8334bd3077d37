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
    """Decorator: ``@memo(200_000)`` memoises a pure function, about ``maxsize`` entries
    at most (``trim`` empties it when it holds more). ``cache_info`` and ``cache_clear``
    work as for ``lru_cache``."""
    if maxsize < 1:
        raise ValueError(f"a memo holds at least one entry, not {maxsize}")

    def decorate(function: Callable) -> Callable:
        cached = lru_cache(maxsize=None)(function)
        _MEMOS.append((cached, maxsize))
        return cached

    return decorate


def trim() -> int:
    """Empty every memo that holds more than its bound; returns how many were emptied."""
    emptied = 0
    for cached, maxsize in _MEMOS:
        if cached.cache_info().currsize > maxsize:
            cached.cache_clear()
            emptied += 1
    return emptied
