"""The benchmarks' cold figures forget every cache keyed by a student's text.

bench/caches.py sorts the grader's caches into those keyed by text (emptied before each
submission for the "unseen" figures) and those keyed by the spec. A cache that is in
neither list would make the cold figures quietly warm, so it fails here.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _caches_module():
    spec = importlib.util.spec_from_file_location("bench_caches", ROOT / "bench" / "caches.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_cache_is_sorted():
    caches = _caches_module()
    named = set(caches.TEXT_CACHES) | set(caches.SPEC_CACHES)
    assert caches.every_lru_cache() - named == set(), "name the new cache in bench/caches.py"
    assert named - caches.every_lru_cache() == set(), "bench/caches.py names a cache that is gone"


def test_clear_text_caches_empties_them():
    caches = _caches_module()
    from grader.extract.normalize import compact
    from grader.extract.statements import Side, _value_of, value_of

    compact("Total = 53,952")
    value_of(Side("53,952", 0))
    caches.clear_text_caches()
    assert compact.cache_info().currsize == 0
    assert _value_of.cache_info().currsize == 0
