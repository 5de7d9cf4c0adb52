"""The reader of formula parts that ask for something other than a loss (a gradient, a probability,
an estimator, a log-likelihood): the expression that concludes the part, with the course's
definitions applied (``x̄`` is ``S/n``, ``q`` is ``1 − p``).

Candidates are the part's display equations and the lines (and inline ``$…$`` pieces) of its
passages that parse with the part's roles and mention the role the part is about (``wrt``).
One stated as the answer (boxed, "final", "therefore") or named by a label of the part
("dL/dz_k =", "\\hat{p} =") wins over working, the last among equals.
"""

from __future__ import annotations

import re

from ..errors import FormulaParseError
from ..formulas import Parsed, Roles, apply_definitions, parse_formula, to_mathml
from ..models import Answer, Block
from ..spec import Part, Question
from .kinds_locate import confidence, cue_score, excerpt, part_passages

_INLINE = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)", re.DOTALL)
_BULLET = re.compile(r"^\s*(?:[-*•>]|\d+[.)]|\([a-z]\))\s*")


def roles_of(part: Part) -> Roles:
    """The roles a formula part's answers are read with (its spellings and declared functions)."""
    opts = part.formula
    assert opts is not None
    return Roles(variables=dict(opts.roles), linear_predictors=dict(opts.linear_predictors),
                 links=tuple(opts.links), functions=tuple(opts.functions))


def _pieces(block: Block, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a passage that may each be one formula: a math block whole; else each inline math
    piece, and each line."""
    text = block.text
    if block.kind == "math":
        return [(start, end)]
    spans = []
    for m in _INLINE.finditer(text, start, end):
        group = next(i for i in (1, 2, 3) if m.group(i) is not None)
        spans.append((m.start(group), m.end(group)))
    pos = start
    for line in text[start:end].split("\n"):
        a = pos + len(_BULLET.match(line).group(0)) if _BULLET.match(line) else pos
        if line.strip():
            spans.append((a, pos + len(line)))
        pos += len(line) + 1
    return spans


def find_expression(question: Question, part: Part, blocks: tuple[Block, ...]) -> Answer | None:
    """The formula a student concludes a (non-loss) formula part with, parsed, definitions applied."""
    opts = part.formula
    assert opts is not None
    roles = roles_of(part)
    labels = [lab.lower() for lab in part.find.labels if len(lab) >= 2]
    excludes = [ex.lower() for ex in part.find.exclude]
    best: tuple[float, int, Block, int, int, Parsed] | None = None
    failures: list[tuple[Block, int, int, str]] = []
    order = 0
    for passage in part_passages(question, part, blocks):
        for a, b in _pieces(passage.block, passage.start, passage.end):
            text = passage.block.text[a:b]
            order += 1
            if not text.strip() or len(text) > 600:
                continue
            try:
                parsed = apply_definitions(parse_formula(text, roles), opts.definitions, roles)
            except FormulaParseError as exc:
                if any(lab in text.lower() for lab in labels):
                    failures.append((passage.block, a, b, str(exc)))
                continue
            if opts.wrt not in parsed.role_symbols:
                continue
            lower = text.lower()
            if any(ex in lower for ex in excludes):
                continue
            score, _ = cue_score(passage.block.text, a, b)
            score += 1.0 if any(lab in lower for lab in labels) else 0.0
            score += 0.5 if passage.named else 0.0
            if best is None or (score, order) >= (best[0], best[1]):
                best = (score, order, passage.block, a, b, parsed)
    if best is None:
        if not failures:
            return None
        block, a, b, error = failures[-1]
        return Answer(part.id, block.text[a:b].strip(), {"unparsed": error}, excerpt(block, a, b), 0.3,
                      review=(f"the formula could not be read ({error}): check it by hand",))
    score, _, block, a, b, parsed = best
    names = {role: role for role in opts.roles}
    names.update(opts.arguments)
    review = tuple(parsed.problems) if score < 1 else ()
    return Answer(part.id, block.text[a:b].strip(), {"parsed": parsed}, excerpt(block, a, b),
                  confidence(score, True), review, details={"mathml": to_mathml(parsed.expr, names)})
