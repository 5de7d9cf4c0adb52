"""LaTeX sources to blocks: the document body, sections as headings, comments removed."""

from __future__ import annotations

import re

from ..models import Block
from .markdown import split_blocks

_COMMENT = re.compile(r"(?<!\\)%.*$")
_SECTION = re.compile(r"^\s*\\(part|chapter|section|subsection|subsubsection|paragraph)\*?\s*\{(.*)\}\s*$")
_DROP = re.compile(r"^\s*\\(documentclass|usepackage|title|author|date|maketitle|begin\{document\}|end\{document\}|"
                   r"begin\{(enumerate|itemize)\}|end\{(enumerate|itemize)\}|newpage|clearpage|tableofcontents)(?![A-Za-z])")
_ITEM = re.compile(r"^\s*\\item(\[[^\]]*\])?\s*")


def latex_blocks(text: str, file: str) -> list[Block]:
    """Blocks of a ``.tex`` file; line numbers stay those of the file."""
    lines = text.split("\n")
    begin = next((i for i, line in enumerate(lines) if "\\begin{document}" in line), -1)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i <= begin:
            out.append("")  # keep numbering: the preamble becomes blank lines
            continue
        line = _COMMENT.sub("", line)
        if _DROP.match(line):
            out.append("")
            continue
        m = _SECTION.match(line)
        if m:
            # A section title becomes a Markdown heading, surrounded by blank lines.
            out.append("# " + m.group(2))
            continue
        m = _ITEM.match(line)
        if m:
            label = (m.group(1) or "")[1:-1]
            rest = line[m.end():]
            out.append(f"{label} {rest}".strip() if label else rest)
            continue
        out.append(line)
    return split_blocks("\n".join(out), file)
