"""Memos of pure functions of word types: a plain dict each, trimmed between work units
once it holds more than its bound.

The stages read many facts per word type (its matching key, clitic splits, trigger
readings, place-word kind, ...). A bounded ``functools.lru_cache`` keeps a linked-list
node beside every entry so as to drop the least recently used one at its cap; over a
large corpus each worker held millions of them. A ``Memo`` is the dict alone: a hit is
one lookup in C (``map(f, tokens)`` runs no Python frame), a miss calls the function. The
memoised function is ``partial(dict.__getitem__, memo)``, a C callable that carries the
function's name, docstring (so its doctests run) and ``__wrapped__``: a dict subclass
called through a ``__call__`` slot took a Python-level slot lookup and an argument tuple
per call, twice the cost of the lookup itself, at some twenty look-ups per token.
``trim``, which ``kg.pipeline.process_batch`` calls after every work unit, cuts a memo
over its bound back to the word types it met first (``KEEP`` of the bound): in news text
those are the frequent ones (the first words a worker reads are mostly everyday words).
Functions of several arguments are memoised by ``lru_cache(maxsize=None)`` and emptied
instead. The function must be pure, as for ``lru_cache``: what it returns never depends
on what the memo holds.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, partial, update_wrapper
from inspect import Parameter, signature
from itertools import islice

# The share of its bound a trimmed memo keeps. Over the whitespace words of one
# worker's share of SaudiNewsNet (4.5 million, 353,000 distinct), a bound of 200,000
# misses 416,000 times keeping 3/4, 439,000 keeping 1/2, 529,000 emptied each time,
# against 387,000 for a least-recently-used cache of 200,000 (and 353,000 unbounded).
KEEP = 0.75

# Every memo, with its bound.
_MEMOS: list[tuple[Callable, int]] = []


class Memo(dict):
    """The entries of ``function(key)`` memoised per ``key``: a missing key is computed and kept.

    ``cache_info().currsize`` and ``cache_clear()`` work as for ``lru_cache``.
    """

    def __init__(self, function: Callable) -> None:
        super().__init__()
        self._function = function

    def __missing__(self, key):
        value = self[key] = self._function(key)
        return value

    def cache_info(self) -> _Info:
        return _Info(len(self))

    def cache_clear(self) -> None:
        self.clear()

    def keep_first(self, count: int) -> None:
        """Forget every entry but the ``count`` made first."""
        kept = dict(islice(self.items(), count))
        self.clear()
        self.update(kept)

    # One function's memory, not data: compared and hashed by identity.
    __eq__ = object.__eq__
    __ne__ = object.__ne__
    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"<memo of {self._function.__qualname__}: {len(self)} entries>"


class _Info:
    __slots__ = ("currsize",)

    def __init__(self, currsize: int) -> None:
        self.currsize = currsize


def memo(maxsize: int) -> Callable[[Callable], Callable]:
    """Decorator: ``@memo(200_000)`` memoises a pure function, at most ``maxsize``
    entries between work units (``trim``)."""
    if maxsize < 1:
        raise ValueError(f"a memo holds at least one entry, not {maxsize}")

    def decorate(function: Callable) -> Callable:
        params = list(signature(function).parameters.values())
        if len(params) == 1 and params[0].kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
            entries = Memo(function)
            _MEMOS.append((entries, maxsize))
            return _calling(entries, function)
        cached = lru_cache(maxsize=None)(function)
        _MEMOS.append((cached, maxsize))
        return cached

    return decorate


def _calling(entries: Memo, function: Callable) -> partial:
    """``function`` answered from ``entries``: a hit is ``dict.__getitem__``, in C through
    ``partial``; the memo is its ``memo`` attribute, ``cache_info`` and ``cache_clear`` its own."""
    cached = update_wrapper(partial(dict.__getitem__, entries), function)
    cached.memo = entries
    cached.cache_info = entries.cache_info
    cached.cache_clear = entries.cache_clear
    return cached


def trim() -> int:
    """Bring every memo over its bound back within it; returns how many were trimmed."""
    trimmed = 0
    for cached, maxsize in _MEMOS:
        if cached.cache_info().currsize > maxsize:
            if isinstance(cached, Memo):
                cached.keep_first(int(maxsize * KEEP))
            else:
                cached.cache_clear()
            trimmed += 1
    return trimmed
