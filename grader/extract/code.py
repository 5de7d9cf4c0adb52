"""Code parts: which of the submission's program files defines the function asked for.

Found statically (``ast``), never by importing: running student code is the sandbox's job.
"""

from __future__ import annotations

from ..models import Answer, Document, Evidence
from ..sources import find_function
from ..spec import Part


def find_code(part: Part, document: Document) -> Answer | None:
    """The answer of a code part: the file that defines the function, or None."""
    assert part.code is not None
    name = find_function(document.sources, part.code.function)
    if name is None:
        return None
    source = document.sources[name].decode("utf-8", errors="replace")
    line = next((i + 1 for i, text in enumerate(source.split("\n"))
                 if text.lstrip().startswith(f"def {part.code.function}")), 1)
    excerpt = source.split("\n")[line - 1] if source else ""
    return Answer(part=part.id, text=f"{name}: def {part.code.function}(…)", value={"module": name},
                  evidence=Evidence(name, line, excerpt, f"def {part.code.function}"), confidence=1.0)
