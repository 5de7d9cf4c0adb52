"""Code parts: which of the submission's program files defines the function asked for.

Found statically (``ast``), never by importing: running student code is the sandbox's job.
"""

from __future__ import annotations

from ..models import Answer, Document, Evidence
from ..sources import find_function, function_parameters
from ..spec import Part


#: How a notebook's code is named among a document's sources ("work.ipynb" -> "work.ipynb.py").
NOTEBOOK_SOURCE = ".ipynb.py"


def _allowed(part: Part, document: Document) -> dict[str, bytes]:
    assert part.code is not None
    if part.code.notebooks:
        return dict(document.sources)
    return {name: data for name, data in document.sources.items() if not name.endswith(NOTEBOOK_SOURCE)}


def only_in_notebook(part: Part, document: Document) -> str | None:
    """Why a person should look when the function is defined only in a notebook, which this part does
    not accept (the assignment asks for a .py file); None otherwise."""
    assert part.code is not None
    if part.code.notebooks or find_function(_allowed(part, document), part.code.function) is not None:
        return None
    name = find_function(document.sources, part.code.function)
    if name is None:
        return None
    return (f"{name[:-3]} defines {part.code.function}, but this part asks for a .py file: graded missing; "
            f"a person decides")


def find_code(part: Part, document: Document) -> Answer | None:
    """The answer of a code part: the file that defines the function, or None."""
    assert part.code is not None
    sources = _allowed(part, document)
    name = find_function(sources, part.code.function)
    if name is None:
        return None
    source = sources[name].decode("utf-8", errors="replace")
    line = next((i + 1 for i, text in enumerate(source.split("\n"))
                 if text.lstrip().startswith(f"def {part.code.function}")), 1)
    excerpt = source.split("\n")[line - 1] if source else ""
    # The parameters, so that a function whose order differs from the handout's can be told so.
    parameters = function_parameters(sources[name], part.code.function)
    value = {"module": name, "parameters": list(parameters) if parameters is not None else None}
    return Answer(part=part.id, text=f"{name}: def {part.code.function}(…)", value=value,
                  evidence=Evidence(name, line, excerpt, f"def {part.code.function}"), confidence=1.0)
