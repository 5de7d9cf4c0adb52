"""The grader's caches, sorted by what they are keyed on, for the benchmarks' cold figures.

Caches keyed by a student's text (a line, a statement, a formula) make a class in which
students wrote the same lines cheaper; the benchmarks' "unseen" figures empty them before
every submission, as if no two students wrote the same line. Caches keyed by the spec
(a role table, the reference formula typeset) are filled by the first submission of any
class, so emptying them would measure something no real batch does.

tests/test_bench_caches.py checks that every cache of the grader is named here, so a new
cache cannot quietly make the cold figures warm.
"""

from __future__ import annotations

import functools
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: module:name of every lru_cache keyed by text a student wrote.
TEXT_CACHES = (
    "grader.ingest.typst:_pairs",
    "grader.extract.normalize:compact",
    "grader.extract.normalize:words",
    "grader.extract.statements:statements",
    "grader.extract.statements:_value_of",
    "grader.extract.values:operand_values",
    "grader.extract.values:_numbers_naming_parts",
    "grader.extract.values:_has_operator",
    "grader.extract.values:_strip_latex",
    "grader.numbers:_scan_core",
    "grader.extract.sections:is_heading",
    "grader.extract.normalize:_whole_word",  # keyed by a word a student misspelled
    "grader.formulas:_parse_cached",
    "grader.formulas:_mathml_cached",
    "grader.formulas:_compare_cached",
    "grader.formulas:constant_value",
    "grader.report.mathml:latex_to_mathml",
    "grader.selfcheck:answer_hash",
    "grader.units:parse_unit",
)
#: module:name of every lru_cache keyed by the spec, the environment or the run's options.
SPEC_CACHES = (
    "grader.formulas:_alias_table",
    "grader.formulas:_definition_table",
    "grader.check:_display_mathml_cached",
    "grader.report.render:_environment",
    "grader.gradebook:engine_hash",
    "grader.batch:_zip_index",
    "grader.ingest.layer:_words",
    "grader.units:_registry",
    "grader.extract.sections:_short_keyword",  # keyed by a spec keyword
    "grader.extract.kinds_values:_label_lead",  # keyed by a part's labels
)


def _resolve(name: str):
    module, attribute = name.split(":")
    return getattr(importlib.import_module(module), attribute)


def clear_text_caches(*contexts) -> None:
    """Forget every text a student wrote, as if the next submission were the first.

    ``contexts`` are the grading contexts in use: their reading index remembers which labels
    and misspellings each passage held (keyed by text too).
    """
    for name in TEXT_CACHES:
        _resolve(name).cache_clear()
    for ctx in contexts:
        if ctx._index is not None:
            ctx._index.forget()


def every_lru_cache() -> set[str]:
    """module:name of every lru_cache defined in the grader's modules (imported here)."""
    import pkgutil

    import grader

    found = set()
    for info in pkgutil.walk_packages(grader.__path__, "grader."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra (dask) not installed
            continue
        for attribute, value in vars(module).items():
            if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == info.name:
                found.add(f"{info.name}:{attribute}")
    return found
