"""The package's shape: data flows one way, and these import rules hold it.

ingest -> extract -> check -> score -> report, wired by pipeline and api; spec at the
bottom; sandbox never sees the spec or the reference; nothing imports the CLI.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "grader"


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every grader module a file imports, resolved to absolute names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("grader"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module.startswith("grader"):
                found.add(module)
                found.update(f"{module}.{a.name}" for a in node.names)
    return found


MODULES = {_module_name(p): _imports(p) for p in PACKAGE.rglob("*.py")}


def _under(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def _importers_of(prefix: str) -> set[str]:
    return {m for m, imps in MODULES.items() if not _under(m, prefix) and any(_under(i, prefix) for i in imps)}


RULES = [
    # (what may not import, what it may not import)
    ("grader.spec", ["grader.spec_loader", "grader.ingest", "grader.extract", "grader.check", "grader.score",
                     "grader.report", "grader.pipeline", "grader.api", "grader.cli", "grader.sandbox",
                     "grader.reference", "grader.models"]),
    ("grader.errors", ["grader.spec", "grader.models", "grader.ingest", "grader.extract", "grader.check"]),
    ("grader.ingest", ["grader.extract", "grader.check", "grader.score", "grader.report", "grader.pipeline",
                       "grader.reference", "grader.sandbox"]),
    ("grader.extract", ["grader.ingest", "grader.check", "grader.score", "grader.report", "grader.pipeline",
                        "grader.reference", "grader.sandbox"]),
    # Students' source files as text, shared by extract and the sandbox: it imports no stage.
    ("grader.sources", ["grader.ingest", "grader.extract", "grader.check", "grader.score", "grader.report",
                        "grader.pipeline", "grader.reference", "grader.sandbox", "grader.spec"]),
    ("grader.check", ["grader.ingest", "grader.extract", "grader.score", "grader.report", "grader.pipeline",
                      "grader.reference", "grader.sandbox"]),
    ("grader.score", ["grader.ingest", "grader.extract", "grader.check", "grader.report", "grader.pipeline"]),
    ("grader.report", ["grader.ingest", "grader.extract", "grader.check", "grader.score", "grader.pipeline",
                       "grader.reference", "grader.sandbox"]),
    ("grader.sandbox", ["grader.spec", "grader.reference", "grader.spec_loader", "grader.check",
                        "grader.extract", "grader.pipeline"]),
    # The student's self-check wires ingest and extract like the pipeline; it never writes reports, and the
    # bundle that writes a student's copy of the spec never runs student code.
    ("grader.selfcheck", ["grader.report", "grader.api", "grader.bundle"]),
    # Physical units (pint), shared by the spec loader, extract and check like numbers: it imports no stage.
    ("grader.units", ["grader.spec", "grader.spec_loader", "grader.ingest", "grader.extract", "grader.check",
                      "grader.score", "grader.report", "grader.pipeline", "grader.reference", "grader.sandbox",
                      "grader.models"]),
    ("grader.bundle", ["grader.report", "grader.api", "grader.sandbox", "grader.pipeline", "grader.ingest"]),
    # A course: batch runs the pipeline where it is told (never a stage itself); the gradebook stores
    # results and grades nothing; overrides and the regrade diff are pure (see test_pure_course_modules).
    ("grader.batch", ["grader.extract", "grader.check", "grader.score", "grader.report", "grader.api",
                      "grader.overrides", "grader.regrade"]),
    ("grader.gradebook", ["grader.ingest", "grader.extract", "grader.check", "grader.score", "grader.pipeline",
                          "grader.sandbox", "grader.batch", "grader.api", "grader.overrides", "grader.regrade"]),
    # The TA's desk acts only through the library's face, and renders through report.
    ("grader.serve", ["grader.ingest", "grader.extract", "grader.check", "grader.score", "grader.pipeline",
                      "grader.sandbox", "grader.batch", "grader.gradebook", "grader.reference", "grader.spec_loader"]),
    *[(stage, ["grader.batch", "grader.gradebook", "grader.overrides", "grader.regrade"])
      for stage in ("grader.spec", "grader.models", "grader.errors", "grader.ingest", "grader.extract",
                    "grader.check", "grader.score", "grader.report", "grader.sandbox", "grader.pipeline",
                    "grader.reference")],
]


@pytest.mark.parametrize("owner,forbidden", RULES, ids=[r[0] for r in RULES])
def test_import_rules(owner, forbidden):
    offenders = sorted(f"{m} imports {i}" for m, imps in MODULES.items() if _under(m, owner)
                       for i in imps for f in forbidden if _under(i, f))
    assert not offenders, offenders


def test_nothing_imports_the_cli():
    assert not _importers_of("grader.cli")


def test_only_the_cli_starts_the_desk():
    """The desk's web framework is an optional extra: nothing else may need it."""
    assert _importers_of("grader.serve") <= {"grader.cli"}


def test_only_spec_loader_imports_yaml_and_only_report_imports_jinja2():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        name = _module_name(path)
        if "yaml" in names:
            assert name == "grader.spec_loader", name
        if any(n.startswith("jinja2") for n in names):
            assert _under(name, "grader.report"), name


@pytest.mark.parametrize("module,allowed", [
    ("grader.overrides", {"grader.errors"}), ("grader.regrade", set()), ("grader.groups", {"grader.numbers"}),
    ("grader.rules", {"grader.groups", "grader.overrides"}), ("grader.identities", {"grader.errors"}),
])
def test_pure_course_modules(module, allowed):
    """Overrides and the regrade diff work on results documents alone."""
    imported = {i for i in MODULES[module] if i.startswith("grader")}
    assert {i for i in imported if not any(_under(i, a) for a in allowed)} == set()


def test_only_the_gradebook_imports_sqlite3_and_only_batch_imports_dask():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        name = _module_name(path)
        if "sqlite3" in names:
            assert name == "grader.gradebook", name
        if any(n.split(".")[0] in ("dask", "distributed") for n in names):
            assert name == "grader.batch", name
