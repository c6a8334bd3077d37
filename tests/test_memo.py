"""Word-type memos: results as the function's, bounds kept between work units."""

import sys

import pytest

from kg import memo as memo_module
from kg.memo import memo, table_room, trim
from kg.normalize import clitic_splits, match_key
from kg.pipeline import process_batch
from kg.types import Document


@pytest.fixture
def counted():
    """A memoised function that counts its real calls; unregistered afterwards."""
    calls = []
    registered = len(memo_module._MEMOS)

    @memo(5)  # a dict's smallest table: room for 5
    def stem(word: str) -> str:
        calls.append(word)
        return word.removeprefix("ال")

    yield stem, calls
    del memo_module._MEMOS[registered:]


def test_memo_returns_what_the_function_returns_and_calls_it_once_per_key(counted):
    stem, calls = counted
    assert [stem(w) for w in ("الرياض", "الرياض", "جدة")] == ["رياض", "رياض", "جدة"]
    assert list(map(stem, ["جدة", "الرياض"])) == ["جدة", "رياض"]
    assert calls == ["الرياض", "جدة"]
    assert stem.cache_info().currsize == 2


WORDS = ("الرياض", "جدة", "مكة", "الدمام", "تبوك", "ابها")


def test_trim_empties_a_memo_over_its_bound_only(counted):
    stem, calls = counted
    for word in WORDS[:5]:
        stem(word)
    trim()
    assert stem.cache_info().currsize == 5  # at its bound, not over it: kept
    stem(WORDS[5])
    trim()
    assert stem.cache_info().currsize == 0
    assert stem("الرياض") == "رياض" and calls.count("الرياض") == 2  # computed again after the trim


def test_a_work_unit_ends_with_the_memos_within_their_bounds(counted):
    stem, _ = counted
    for word in WORDS:
        stem(word)
    process_batch([Document(id="d1", text="قال الرئيس محمد في الرياض.")], pack_results=False)
    assert stem.cache_info().currsize == 0


def test_a_memo_fills_the_table_its_size_needs_before_it_is_emptied():
    sizes = []
    for entries in (5, 87_381, 200_000, 349_525):
        room = table_room(entries)
        table = dict.fromkeys(map(str, range(room)))
        before = sys.getsizeof(table)
        table["one more"] = None
        sizes.append((room >= entries, sys.getsizeof(table) > before))
    assert sizes == [(True, True)] * 4  # room for all, and one more entry would double the table
    assert table_room(200_000) < 2 * 200_000


def test_memo_needs_a_positive_bound():
    with pytest.raises(ValueError):
        memo(0)


def test_memoised_functions_keep_their_name_docstring_and_doctests():
    assert match_key.__name__ == "match_key" and ">>> match_key(" in match_key.__doc__
    assert clitic_splits("لكازاخستان") == (("", "لكازاخستان"), ("ل", "كازاخستان"))
