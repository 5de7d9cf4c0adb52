"""Formula parts: which formula of a question's answer is the one the student gives.

Every display equation, inline ``$…$`` formula and plain-text equation of the question's
blocks that mentions the prediction is parsed (safely: ``grader.formulas``); a formula
named as the loss ("L(z, y) =", "Poisson loss =", "minimising …") beats one named as
something else ("P(y|x) =", "log L =", "WMSE ="), and the last of equals concludes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import FormulaParseError
from ..formulas import Parsed, Roles, parse_formula, to_mathml
from ..models import Answer, Block, Evidence
from ..spec import Part
from .normalize import compact

_INLINE = re.compile(r"(?<![\\$])\$(?!\$)(.+?)(?<![\\$])\$(?!\$)", re.DOTALL)
_DISPLAY_DELIMS = re.compile(r"^\s*(\$\$|\\\[)|(\$\$|\\\])\s*$")
_ENV = re.compile(r"\\(begin|end)\{(aligned|align\*?|equation\*?|gather\*?|split|multline\*?|eqnarray\*?)\}")
_ROW = re.compile(r"\\\\(?:\[[^\]]*\])?")
_RELATION = re.compile(r"(?<![<>!=:\\])=(?!=)")


@dataclass(frozen=True)
class _Formula:
    text: str
    """The formula as the student wrote it (one row, with its left-hand side)."""
    block: Block
    start: int
    context: str
    """Prose just before it."""


def _rows(block: Block) -> list[_Formula]:
    """The formula rows of a block, with continuation rows given their chain's left side."""
    text = block.text
    found: list[_Formula] = []
    if block.kind == "math" or text.lstrip().startswith(("$$", "\\[")):
        body = _ENV.sub(lambda m: " " * len(m.group(0)), _DISPLAY_DELIMS.sub(lambda m: " " * len(m.group(0)), text))
        offset = 0
        lhs = ""
        for piece in _ROW.split(body):
            start = text.find(piece.strip(), offset) if piece.strip() else offset
            offset = max(offset, start)
            row = piece.strip().lstrip("&").strip()
            if not row:
                continue
            row = row.replace("&", "")
            if row.startswith("="):
                row = (lhs + " " + row) if lhs else row[1:]
            else:
                m = _RELATION.search(row)
                lhs = row[:m.start()] if m else lhs
            found.append(_Formula(row, block, max(0, start), ""))
        return found
    for m in _INLINE.finditer(text):
        found.append(_Formula(m.group(1), block, m.start(1), text[max(0, m.start() - 160):m.start()]))
    if not found and "$" not in text:
        # Plain text: a line with "=" or a line that reads as a formula after "loss:".
        offset = 0
        for line in text.split("\n"):
            if re.search(r"=|:\s*\S", line) and re.search(r"log|ln|λ|μ|ŷ|\^|\*", line, re.IGNORECASE):
                found.append(_Formula(line, block, offset, ""))
            offset += len(line) + 1
    return found


def _score(part: Part, formula: _Formula, parsed: Parsed, previous_text: str) -> float:
    loc = part.find
    m = _RELATION.search(formula.text)
    subject = compact(formula.text[:m.start()]) if m else ""
    context = compact(formula.context or previous_text)
    labels = [compact(x) for x in loc.labels if compact(x)]
    excludes = [compact(x) for x in loc.exclude if compact(x)]
    score = 0.0
    if any(lab in subject for lab in labels):
        score += 2
    if any(ex in subject for ex in excludes):
        score -= 3
    if not subject:
        tail = context[-120:]
        if any(lab in tail for lab in labels):
            score += 1
        if any(ex in tail[-40:] for ex in excludes):
            score -= 1
    if any("product" in p for p in parsed.problems):
        score -= 2
    return score


def find_formula(part: Part, blocks: tuple[Block, ...], threshold: float) -> Answer | None:
    """The formula the student gives as the part's answer, parsed; None if there is none."""
    opts = part.formula
    assert opts is not None
    roles = Roles(variables=dict(opts.roles), linear_predictors=dict(opts.linear_predictors),
                  links=tuple(opts.links))
    best: tuple[float, int, _Formula, Parsed] | None = None
    failures: list[tuple[_Formula, str]] = []
    previous_text = ""
    order = 0
    for block in blocks:
        for formula in _rows(block):
            order += 1
            try:
                parsed = parse_formula(formula.text, roles)
            except FormulaParseError as exc:
                ctx = compact(formula.context or previous_text + formula.text)
                if any(compact(lab) in ctx for lab in part.find.labels if compact(lab)):
                    failures.append((formula, str(exc)))
                continue
            if opts.wrt not in parsed.role_symbols and opts.wrt not in parsed.linear:
                continue
            score = _score(part, formula, parsed, previous_text)
            if best is None or (score, order) >= (best[0], best[1]):
                best = (score, order, formula, parsed)
        if block.kind != "math":
            previous_text = block.text
    if best is None:
        if not failures:
            return None
        formula, error = failures[-1]
        return Answer(part.id, formula.text.strip(), {"unparsed": error}, _evidence(formula), 0.3,
                      review=(f"the formula could not be read ({error}): check it by hand",))
    score, _, formula, parsed = best
    confidence = 0.95 if score >= 2 else 0.8 if score >= 1 else 0.6 if score >= 0 else 0.35
    review = tuple(parsed.problems) if confidence < threshold else ()
    if confidence < threshold:
        review += ("this formula is not named as the loss; no other formula was a better candidate",)
    return Answer(part.id, formula.text.strip(), {"parsed": parsed}, _evidence(formula), confidence, review,
                  details={"mathml": to_mathml(parsed.expr)})


def _evidence(formula: _Formula) -> Evidence:
    block = formula.block
    start = formula.start
    a = block.text.rfind("\n", 0, start) + 1
    b = block.text.find("\n", start + len(formula.text))
    b = len(block.text) if b < 0 else b
    excerpt = block.text[a:b] if b - a < 600 else formula.text
    return Evidence(block.file, block.line_at(start), excerpt, formula.text.strip())
