"""What the readers of hostile files may never do, checked in their source."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "grader"
INGEST = PACKAGE / "ingest"
NEVER_IMPORTED = {"pickle", "marshal", "shelve", "dill", "subprocess", "importlib", "runpy", "ctypes", "tarfile"}
NEVER_CALLED = {"eval", "exec", "compile", "__import__"}  # as builtins (re.compile is fine)
NEVER_CALLED_METHODS = {"extractall", "extract"}  # an archive is never unpacked to disk


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _imports(tree: ast.Module) -> set[str]:
    names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    return names | {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and not n.level}


#: The one reader that runs a program: OCR runs tesseract on a PNG it made from the page.
RUNS_TESSERACT = INGEST / "ocr.py"


def test_readers_never_unpickle_run_or_extract():
    for path in INGEST.rglob("*.py"):
        tree = _tree(path)
        allowed = {"subprocess"} if path == RUNS_TESSERACT else set()
        assert not _imports(tree) & (NEVER_IMPORTED - allowed), path.name
        calls = [n.func for n in ast.walk(tree) if isinstance(n, ast.Call)]
        builtins = {f.id for f in calls if isinstance(f, ast.Name)}
        methods = {f.attr for f in calls if isinstance(f, ast.Attribute)}
        assert not builtins & NEVER_CALLED and not methods & NEVER_CALLED_METHODS, path.name


def test_only_ingest_imports_the_pdf_image_and_notebook_libraries():
    for path in PACKAGE.rglob("*.py"):
        if INGEST in path.parents:
            continue
        assert not _imports(_tree(path)) & {"pypdf", "nbformat", "fpdf", "pypdfium2", "PIL"}, path


def test_ocr_runs_only_tesseract_on_an_image_it_made():
    source = RUNS_TESSERACT.read_text(encoding="utf-8")
    runs = [n for n in ast.walk(_tree(RUNS_TESSERACT)) if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name)
            and n.func.value.id == "subprocess"]
    assert len(runs) == 1 and runs[0].func.attr == "run"
    command = runs[0].args[0]
    assert isinstance(command, ast.List) and isinstance(command.elts[0], ast.Name) and command.elts[0].id == "program"
    assert "program = tesseract_path()" in source and 'shutil.which("tesseract")' in source
    assert not any(k.arg == "shell" for k in runs[0].keywords)
