"""`lexicon_cache`: the fast wrapper (the function's own signature) gives what the function gives,
one value per set of lexicons, for every way of calling it."""
import pytest

from thai_report_ie.lexicon import Lexicons, activate, lexicon_cache, lexicon_dict, load_tsv


@lexicon_cache
def _unit_count() -> int:
    return len(load_tsv("units"))


@lexicon_cache
def _has_unit(word) -> bool:
    return any(r["word"] == word for r in load_tsv("units"))


@lexicon_cache
def _shadowing(lex, builtin):  # parameter names the wrapper's template uses: falls back to *args
    return (lex, builtin)


@lexicon_cache
def _with_default(a, b=2):
    return a + b


CALLS = [
    ("no-argument", lambda: _unit_count() > 0, True),
    ("one-argument", lambda: _has_unit("ราย"), True),
    ("positional", lambda: _has_unit("หน่วยทดสอบ"), False),
    ("keyword", lambda: _has_unit(word="ราย"), True),
    ("names-of-the-template", lambda: _shadowing(1, 2), (1, 2)),
    ("names-of-the-template-keyword", lambda: _shadowing(builtin=2, lex=1), (1, 2)),
    ("default", lambda: _with_default(1), 3),
    ("default-given", lambda: _with_default(1, b=5), 6),
]


@pytest.mark.parametrize("case,call,expected", CALLS, ids=[c[0] for c in CALLS])
def test_wrapper_returns_what_the_function_returns(case, call, expected):
    assert call() == expected
    assert call() == expected  # and again, from the cache


def test_each_set_of_lexicons_has_its_own_values():
    added = Lexicons({"units": ({"word": "หน่วยทดสอบ", "kind": "classifier"},)})
    base = _unit_count()
    assert not _has_unit("หน่วยทดสอบ")
    with activate(added):
        assert _unit_count() == base + 1
        assert _has_unit("หน่วยทดสอบ")
    assert _unit_count() == base and not _has_unit("หน่วยทดสอบ")


def test_wrapper_keeps_the_function_name_and_clears():
    assert _has_unit.__name__ == "_has_unit" and _has_unit.__wrapped__ is not None
    _has_unit.cache_clear()
    assert _has_unit("ราย")


def test_lexicon_dict_current_is_the_dict_that_get_reads():
    memo = lexicon_dict()
    memo["k"] = 1
    assert memo.current() == {"k": 1} and memo.get("k") == 1
    added = Lexicons({"units": ({"word": "หน่วยทดสอบ", "kind": "classifier"},)})
    with activate(added):
        assert memo.current() == {} and memo.get("k") is None
        memo.current()["k"] = 2
        assert memo.get("k") == 2
    assert memo.get("k") == 1


# caches keyed by the text's own words: each is bounded, so reading millions of documents does not
# grow memory with the vocabulary
TEXT_KEYED = [("phrases", n) for n in ("word_class", "_ends_a_gap_word", "_glued_lead_length", "_glued_stop",
                                       "_nounish_text", "_verb_spills", "_ends_with_stop", "_names_an_age",
                                       "_unit_profile", "_agreeing_nouns")]


@pytest.mark.parametrize(("module", "name"), TEXT_KEYED)
def test_caches_keyed_by_words_of_the_text_are_bounded(module, name):
    import importlib

    mod = importlib.import_module(f"thai_report_ie.{module}")
    assert getattr(mod, name).cache_info().maxsize == mod.WORD_CACHE


def test_a_bounded_cache_stays_within_its_bound():
    from thai_report_ie import phrases

    phrases.word_class.cache_clear()
    bound = phrases.word_class.cache_info().maxsize
    for i in range(bound + 500):
        phrases.word_class(f"คำ{i}")
    assert phrases.word_class.cache_info().currsize == bound
    phrases.word_class.cache_clear()
