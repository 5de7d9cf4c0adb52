"""What a Python file says in words: its comments, its free-standing strings (docstrings, a
run's output pasted into a closing string) and the answers it states as data, as text blocks a
person reads.

A student who does an assignment "in Python" often writes the answers there and nowhere else:
``# dE/dw11 = 0.0044``, the output of ``python solution.py`` pasted at the bottom, or the answers
as the program's own data: ``ANS_1a = 0.00443  # dE/dw11``, ``ANSWERS = {"2b": 53_952, ...}``,
``print("Q4:", "no")``. The program itself stays a source for code parts (it is never run here);
only what it says is read: its words by the tokenizer of the standard library, its data by the
parser (``ast``: no import, no evaluation), and only data written as literals (numbers, strings,
arithmetic of numbers, tuples and lists of them), which a person reads without running anything.
A file the tokenizer cannot read gives no blocks, and the program is still kept.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize

from ..models import Block

#: A comment run or a string shorter than this says nothing a part could be read from.
MIN_CHARS = 3


def program_text_blocks(source: str, rel: str) -> list[Block]:
    """The comment runs (consecutive lines that are only a comment, their ``#`` dropped), each
    comment after code on its line, the free-standing string literals and the data statements
    (:func:`data_lines`) of ``source``, in file order, each a text block at its own line. A data
    statement's comment on its line is read with it ("ANS_1a = 0.00443 (dE/dw11)"), not alone."""
    data = data_lines(source)
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
                    if line in data and HOLE in data[line]:
                        said = tok.string.lstrip("#").strip()
                        lead = data[line].split(HOLE, 1)[0].strip()
                        if lead and said.startswith(lead):  # "print("3a", z)  # 3a 1.8": the comment is the whole line
                            data[line] = said
                            continue
                        shown = said[_PRINTED_LEAD.match(said).end():]  # "# prints 0.0044318…": the value after it
                        if _PRINTED_VALUE.match(shown):  # what a print printed, said by its comment
                            data[line] = data[line].replace(HOLE, shown, 1)
                            continue
                        del data[line]  # a note in words beside a print of a computed value: the note alone
                    if line in data:  # a data statement's note: read with it
                        data[line] = f"{data[line]} ({tok.string.lstrip('#').strip()})"
                    elif len(tok.string.lstrip("#").strip()) >= MIN_CHARS:
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
    if data:
        blocks.extend(Block(text, rel, line) for line, text in data.items() if HOLE not in text)
        blocks.sort(key=lambda b: b.line)  # stable: a statement's words stay before its data
    return blocks


#: Operators of arithmetic on literals a person works out by eye ("8 * 8 * 256", "4_800 + 49_152").
_ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow)
#: Nesting of tuples and lists read as data (a shape, a vector, a matrix's rows): deeper is not an answer.
_MAX_DEPTH = 3
#: A data statement longer than this (a table of test data) is no answer a person states.
_MAX_DATA_CHARS = 400


def data_lines(source: str) -> dict[int, str]:
    """The answers a program states as literal data, by the line each is on: a name given a literal
    (``DW11 = 4.4318e-3``, ``shape = (14, 14, 64)``, ``loss = "L = lam - y log lam"``), each entry of
    a dict of literals under a plain key (``"2b_depthwise": 53_952`` is read ``2b_depthwise =
    53_952``), and a ``print`` of literals (read as what it prints; with one computed value, as what the comment on
    its line says it printed: ``print("z =", z)  # 1.8``). At the top level of the
    module or under its ``if`` blocks (``if __name__ == "__main__":``), never inside a function,
    whose values are the program's working. A string is read as text (``key: text``); a number,
    arithmetic of numbers or a tuple of them as written. A file that does not parse gives nothing."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return {}
    found: dict[int, str] = {}
    # "assert std == 1228800": what the student checked a computed value against is that value, for a print of
    # it whose line says nothing else ("print("Q2a standard:", std)")
    asserted: dict[str, str] = {}

    def put(node: ast.AST, text: str) -> None:
        if len(text) <= _MAX_DATA_CHARS and node.lineno not in found:
            found[node.lineno] = text

    def walk(body: list[ast.stmt]) -> None:
        for stmt in body:
            if isinstance(stmt, ast.If):
                if stmt.orelse and not _is_main_guard(stmt):
                    # "if p < 0.05: print("Q3(c) reject") else: print("Q3(c) keep the claim")": what either
                    # branch says is what the run may print, which only running it decides; neither is stated
                    continue
                walk(stmt.body)
                walk(stmt.orelse)
            elif isinstance(stmt, ast.Assert):
                _assert_value(stmt.test, source, asserted)
            elif isinstance(stmt, (ast.Assign, ast.AnnAssign)):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                if stmt.value is None or not all(isinstance(t, ast.Name) for t in targets):
                    continue
                name = " = ".join(_label(t.id) for t in targets)
                if isinstance(stmt.value, ast.Dict):
                    _entries(stmt.value, "", put, source)
                elif (said := _said(stmt.value, source)) is not None:
                    put(stmt, f"{name}{': ' if _is_text(stmt.value) else ' = '}{said}")
                elif len(targets) == 1 and _ANSWER_NAME.match(targets[0].id):
                    put(stmt, f"{name}: {COMPUTED}")
            elif (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)
                  and isinstance(stmt.value.func, ast.Name) and stmt.value.func.id == "print"
                  and not stmt.value.keywords and stmt.value.args):
                said = [_formatted(arg, source, asserted) if _is_formatting(arg)
                        else _said(arg, source) or asserted.get(ast.get_source_segment(source, arg) or "")
                        for arg in stmt.value.args]
                holes = sum(1 if s is None else s.count(HOLE) for s in said)
                if not holes:
                    put(stmt, " ".join(said))
                elif holes == 1:
                    # print("Q4 Cov(Y) =", cov_y)  # 0.49 — one value computed, the comment on the line says what
                    # it printed: read as the line of output ("Q4 Cov(Y) = 0.49"), once the comment is read
                    put(stmt, " ".join(HOLE if s is None else s for s in said))
                elif (len(said) > 2 and said[0] is not None and said[1] is not None
                      and HOLE not in said[0] + said[1] and _is_text(stmt.value.args[0])
                      and not _is_text(stmt.value.args[1])):
                    # print("Q2b depthwise separable:", dw + pw, "(depthwise", dw, "+ pointwise", pw, ")") with
                    # "assert dw + pw == 53952": the value the label opens is known, the working after it is not
                    put(stmt, f"{said[0]} {said[1]}")
                elif said[0] is not None and HOLE not in said[0]:
                    # print("Q2 b) depthwise separable:", dw, "+", pw, "=", dw + pw)  # 53952: several values computed,
                    # the comment says the result the label opens
                    put(stmt, f"{said[0]} {HOLE}")

    walk(tree.body)
    # "def main(): … print("Q2(a) =", standard)  # 2764800" called from "if __name__ == "__main__": main()": the
    # function the script runs as a script states its answers as the module's top level does
    for function in _run_as_script(tree):
        walk(function.body)
    return found


def _assert_value(test: ast.AST, source: str, asserted: dict[str, str]) -> None:
    """What an assertion says a computed expression is, by the expression's source: ``assert <expression> ==
    <literal>`` (either side), ``assert abs(<expression> - <literal>) < tol``, ``assert np.isclose(<expression>,
    <literal>)`` (``math.isclose``, ``np.allclose``)."""
    pairs: list[tuple[ast.AST, ast.AST]] = []
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        left, right = test.left, test.comparators[0]
        if isinstance(test.ops[0], ast.Eq):
            pairs = [(left, right), (right, left)]
        elif (isinstance(test.ops[0], (ast.Lt, ast.LtE)) and isinstance(left, ast.Call)
              and isinstance(left.func, ast.Name) and left.func.id == "abs" and len(left.args) == 1
              and isinstance(left.args[0], ast.BinOp) and isinstance(left.args[0].op, ast.Sub)):
            difference = left.args[0]
            pairs = [(difference.left, difference.right), (difference.right, difference.left)]
    elif isinstance(test, ast.Call) and len(test.args) >= 2:
        name = test.func.attr if isinstance(test.func, ast.Attribute) else getattr(test.func, "id", "")
        if name in ("isclose", "allclose"):
            pairs = [(test.args[0], test.args[1]), (test.args[1], test.args[0])]
    for computed, literal in pairs:
        if not _numeric(computed) and _numeric(literal) and (said := _said(literal, source)) is not None:
            if (segment := ast.get_source_segment(source, computed)) is not None:
                asserted.setdefault(segment, said)


def _is_main_guard(stmt: ast.If) -> bool:
    """``if __name__ == "__main__":``."""
    return (isinstance(stmt.test, ast.Compare) and isinstance(stmt.test.left, ast.Name)
            and stmt.test.left.id == "__name__")


def _run_as_script(tree: ast.Module) -> list[ast.FunctionDef]:
    """The module's functions called by name, without arguments, under ``if __name__ == "__main__":``."""
    called: set[str] = set()
    for stmt in tree.body:
        if isinstance(stmt, ast.If) and _is_main_guard(stmt):
            called |= {s.value.func.id for s in stmt.body if isinstance(s, ast.Expr) and isinstance(s.value, ast.Call)
                       and isinstance(s.value.func, ast.Name) and not s.value.args}
    return [stmt for stmt in tree.body if isinstance(stmt, ast.FunctionDef) and stmt.name in called]


#: Where a print's one computed value goes in what it printed, until its line's comment says the value.
HOLE = "\x00"
#: A comment that is a printed value ("0.4899", "-1.8", "(0.2553, 0.3847)", "np.float64(0.0876)", "tensor(1.80)"),
#: not a note in words.
_PRINTED_VALUE = re.compile(r"[-−+]?(?:\d|\.\d|[(\[]|(?:np\.)?(?:float64|array|tensor)\()")
#: Words or signs a comment says before the value a print printed ("prints 0.0044318", "-> 1228800", "= 53952").
_PRINTED_LEAD = re.compile(r"(?:(?:it\s+)?(?:prints?|printed|outputs?|gives|shows)\b:?|->|=>|→|=|≈|~)?\s*", re.IGNORECASE)


# A field of a %-format or of str.format: "%.4f", "%d", "{:.4f}", "{0}", "{p:.3e}".
_PERCENT_FIELD = re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[sdifeEgGr]")
_FORMAT_FIELD = re.compile(r"\{[^{}]*\}")


def _is_formatting(node: ast.AST) -> bool:
    """An f-string, a string %-formatted ("acc: %.4f" % acc), or a string's .format(…)."""
    return (isinstance(node, ast.JoinedStr)
            or (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant)
                and isinstance(node.left.value, str))
            or (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)))


def _formatted(node: ast.AST, source: str = "", asserted: dict[str, str] | None = None) -> str | None:
    """A formatted string as it prints, its computed fields as ``HOLE`` (``f"P = {p:.4f}"``, ``"P = %.4f" % p`` and
    ``"P = {:.4f}".format(p)`` are "P = ␀"); an f-string's field that an assertion states (``asserted``), as the
    value it states."""
    if isinstance(node, ast.BinOp):
        return _PERCENT_FIELD.sub(HOLE, node.left.value.replace("%%", "%"))
    if isinstance(node, ast.Call):
        return _FORMAT_FIELD.sub(HOLE, node.func.value.value)
    pieces = []
    for value in node.values:
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            pieces.append(value.value)
        elif isinstance(value, ast.FormattedValue):
            pieces.append((asserted or {}).get(ast.get_source_segment(source, value.value) or "", HOLE))
        else:
            return None
    return "".join(pieces)


# A question's number as a name opens with it: "q2a", "Q1_b", "task3", "problem_4ii".
_QUESTION_STEM = r"(?:q|question|ques|ex|exercise|task|problem|prob)_?\d{1,2}(?:_?(?:[a-h]|i{1,3}|iv|v))?"
# A name that opens with the question it answers, glued to the rest by underscores ("q2a_standard_mults",
# "Q1_b_dw21", "task3_loss"): its underscores are the spaces of a label a person reads ("q2a standard mults").
_QUESTION_NAME = re.compile(rf"{_QUESTION_STEM}_(?=[A-Za-z])", re.IGNORECASE)
# A name that is a question's answer by its name alone ("q5", "Q1b", "ans_q3", "q2_W_new", "task4"): where its value
# is computed, the program states no answer a reader can read, and says so (a person runs it or reads the code).
_ANSWER_NAME = re.compile(rf"(?:ans(?:wer)?_?)?{_QUESTION_STEM}(?:_|$)", re.IGNORECASE)
#: What stands for a computed answer's value: no number of the student's, so nothing is read from it.
COMPUTED = "(computed when the program runs; not stated in it)"


def _label(name: str) -> str:
    """A data line's name as the label it is: one opening with its question's number spelled with spaces."""
    return name.replace("_", " ") if _QUESTION_NAME.match(name) else name


def _entries(node: ast.Dict, prefix: str, put, source: str) -> None:
    """Each entry of a dict of literals under a plain key, as ``key = value`` (``key: text``)."""
    for key, value in zip(node.keys, node.values):
        if not (isinstance(key, ast.Constant) and isinstance(key.value, (str, int, float))
                and not isinstance(key.value, bool)):
            continue
        name = f"{prefix}{_label(str(key.value))}"
        if isinstance(value, ast.Dict):
            _entries(value, f"{name} ", put, source)
        elif (said := _said(value, source)) is not None:
            put(key, f"{name}{': ' if _is_text(value) else ' = '}{said}")
        elif _ANSWER_NAME.match(str(key.value)):
            put(key, f"{name}: {COMPUTED}")


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _said(node: ast.AST, source: str, depth: int = 0) -> str | None:
    """What a literal says, as its writer wrote it: a string's text, a number's digits, arithmetic
    of numbers and tuples or lists of numbers as in the source; None for anything else."""
    if _is_text(node):
        return node.value.strip() or None
    if not _numeric(node, depth):
        return None
    return ast.get_source_segment(source, node)


def _numeric(node: ast.AST, depth: int = 0) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (int, float)) and not isinstance(node.value, bool)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        return _numeric(node.operand, depth)
    if isinstance(node, ast.BinOp) and isinstance(node.op, _ARITHMETIC):
        return _numeric(node.left, depth) and _numeric(node.right, depth)
    if isinstance(node, (ast.Tuple, ast.List)) and depth < _MAX_DEPTH:
        return bool(node.elts) and all(_numeric(e, depth + 1) for e in node.elts)
    return False


def _string_body(literal: str) -> str:
    """The text of a string literal as written (prefixes and quotes off; escapes left as they are)."""
    i = 0
    while i < len(literal) and literal[i] in "rRbBuUfF":
        i += 1
    quote = literal[i:i + 3] if literal[i:i + 3] in ('"""', "'''") else literal[i:i + 1]
    return literal[i + len(quote):len(literal) - len(quote)]
