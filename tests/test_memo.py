"""Word-type memos: results as the function's, bounds kept between work units."""

import pytest

from kg import memo as memo_module
from kg.memo import KEEP, Memo, memo, trim
from kg.normalize import clitic_splits, match_key
from kg.pipeline import process_batch
from kg.types import Document

WORDS = ("الرياض", "جدة", "مكة", "الدمام", "تبوك", "ابها", "حائل", "نجران", "جازان")


@pytest.fixture
def counted():
    """A memoised function of 4 entries at most that counts its real calls; unregistered afterwards."""
    calls = []
    registered = len(memo_module._MEMOS)

    @memo(4)
    def stem(word: str) -> str:
        calls.append(word)
        return word.removeprefix("ال")

    yield stem, calls
    del memo_module._MEMOS[registered:]


def test_memo_returns_what_the_function_returns_and_calls_it_once_per_key(counted):
    stem, calls = counted
    assert isinstance(stem.memo, Memo)
    assert [stem(w) for w in ("الرياض", "الرياض", "جدة")] == ["رياض", "رياض", "جدة"]
    assert list(map(stem, ["جدة", "الرياض"])) == ["جدة", "رياض"]
    assert calls == ["الرياض", "جدة"]
    assert stem.cache_info().currsize == 2


def test_trim_keeps_the_words_met_first_of_a_memo_over_its_bound(counted):
    stem, calls = counted
    for word in WORDS[:4]:
        stem(word)
    trim()
    assert list(stem.memo) == list(WORDS[:4])  # at its bound, not over it: kept whole
    stem(WORDS[4])
    trim()
    assert list(stem.memo) == list(WORDS[: int(4 * KEEP)])
    assert stem("الرياض") == "رياض" and calls.count("الرياض") == 1  # kept, not computed again
    assert stem("تبوك") == "تبوك" and calls.count("تبوك") == 2  # dropped, computed again


def test_memos_of_several_arguments_are_emptied_over_their_bound():
    registered = len(memo_module._MEMOS)
    try:
        @memo(2)
        def prefix_of(word: str, prefix: str = "ال") -> bool:
            return word.startswith(prefix)

        assert not hasattr(prefix_of, "memo")
        assert [prefix_of(w) for w in WORDS[:3]] == [True, False, False]
        assert prefix_of("وقال", prefix="و")
        trim()
        assert prefix_of.cache_info().currsize == 0
    finally:
        del memo_module._MEMOS[registered:]


def test_a_work_unit_ends_with_the_memos_within_their_bounds(counted):
    stem, _ = counted
    for word in WORDS:
        stem(word)
    process_batch([Document(id="d1", text="قال الرئيس محمد في الرياض.")], pack_results=False)
    assert stem.cache_info().currsize == int(4 * KEEP)


def test_memo_needs_a_positive_bound():
    with pytest.raises(ValueError):
        memo(0)


def test_memoised_functions_keep_their_name_docstring_and_doctests():
    assert match_key.__name__ == "match_key" and ">>> match_key(" in match_key.__doc__
    assert match_key.__wrapped__("الإِمَارَاتـــ") == "الامارات"
    assert clitic_splits("لكازاخستان") == (("", "لكازاخستان"), ("ل", "كازاخستان"))
