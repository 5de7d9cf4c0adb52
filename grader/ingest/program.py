"""What a Python file says in words: its comments and its free-standing strings (docstrings, a
run's output pasted into a closing string), as text blocks a person reads.

A student who does an assignment "in Python" often writes the answers there and nowhere else:
``# dE/dw11 = 0.0044``, or the output of ``python solution.py`` pasted at the bottom. The
program itself stays a source for code parts (it is never run here); only its words are read,
by the tokenizer of the standard library (no import, no evaluation). A file the tokenizer
cannot read gives no blocks, and the program is still kept.
"""

from __future__ import annotations

import io
import tokenize

from ..models import Block

#: A comment run or a string shorter than this says nothing a part could be read from.
MIN_CHARS = 3


def program_text_blocks(source: str, rel: str) -> list[Block]:
    """The comment runs (consecutive lines that are only a comment, their ``#`` dropped), each
    comment after code on its line, and the free-standing
    string literals of ``source``, in file order, each a text block at its own line."""
    blocks: list[Block] = []
    run: list[str] = []
    run_start = run_end = 0
    previous = tokenize.NEWLINE

    def close() -> None:
        text = "\n".join(run).strip()
        if len(text) >= MIN_CHARS:
            blocks.append(Block(text, rel, run_start))
        run.clear()

    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT:
                line = tok.start[0]
                own_line = tok.line.lstrip().startswith("#")
                if run and (line != run_end + 1 or not own_line):
                    close()
                if not own_line:  # after code on its line: a note of its own
                    if len(tok.string.lstrip("#").strip()) >= MIN_CHARS:
                        blocks.append(Block(tok.string.lstrip("#").strip(), rel, line))
                    continue
                if not run:
                    run_start = line
                run.append(tok.string.lstrip("#").strip())
                run_end = line
            elif tok.type == tokenize.STRING and previous in (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT,
                                                              tokenize.DEDENT, tokenize.ENCODING):
                # A string that is a statement of its own (a docstring, pasted output), not an argument.
                body = _string_body(tok.string)
                if len(body.strip()) >= MIN_CHARS:
                    if run:
                        close()
                    blocks.append(Block(body.strip("\n"), rel, tok.start[0] + (1 if body.startswith("\n") else 0)))
            if tok.type not in (tokenize.COMMENT, tokenize.NL):
                previous = tok.type
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass  # an unfinished file: what was read so far stands
    if run:
        close()
    return blocks


def _string_body(literal: str) -> str:
    """The text of a string literal as written (prefixes and quotes off; escapes left as they are)."""
    i = 0
    while i < len(literal) and literal[i] in "rRbBuUfF":
        i += 1
    quote = literal[i:i + 3] if literal[i:i + 3] in ('"""', "'''") else literal[i:i + 1]
    return literal[i + len(quote):len(literal) - len(quote)]
