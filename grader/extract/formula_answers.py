"""Formula parts: which formula of a question's answer is the one the student gives.

Every display equation, inline ``$…$`` formula and plain-text equation of the question's
blocks that mentions the prediction is parsed (safely: ``grader.formulas``); a formula
named as the loss ("L(z, y) =", "Huber loss =", "minimising …") beats one named as
something else ("P(y|x) =", "log L =", "WMSE ="), and the last of equals concludes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Mapping

from ..errors import FormulaParseError
from ..formulas import Parsed, Roles, parse_formula, to_mathml
from ..models import Answer, Block, Evidence
from ..spec import FormulaOptions, Part
from . import lexicon
from .lexicon import alternation
from .normalize import compact, label_position
from .rules import LIMITS
from .rules import confidence as support_confidence
from .rules import weight
from .statements import RETRACTION, blank_struck_out, parse_statement, statement_pieces, statements

# $…$ (a closing "$" may follow a LaTeX line break "\\", as Mathpix leaves it) or \(…\).
_INLINE = re.compile(r"(?<![\\$])\$(?!\$)(.+?)(?:(?<![\\$])|(?<=\\\\))\$(?!\$)|\\\((.+?)\\\)", re.DOTALL)
# "P(y|x) = … \Rightarrow \mathcal{L} = …": an implication starts a new statement.
_DISPLAY_IN_TEXT = re.compile(r"\$\$(.+?)\$\$|\\\[(.+?)\\\]", re.DOTALL)
_IMPLIES = re.compile(rf"\\(?:Rightarrow|implies|Longrightarrow|therefore)(?![A-Za-z])|{alternation(lexicon.ARROWS)}|∴")
_DISPLAY_DELIMS = re.compile(r"^\s*(\$\$|\\\[)|(\$\$|\\\])\s*$")
_ENV = re.compile(r"\\(begin|end)\{(aligned|align\*?|equation\*?|gather\*?|split|multline\*?|eqnarray\*?)\}")
# Two words of two or more letters with only spaces between: prose, not symbols. Outside
# LaTeX commands (a backslash before it) and subscripts (an underscore).
_PROSE_RUN = re.compile(r"(?<![\\\w])[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}(?![\w(]))+")
_LINE_BREAK = re.compile(r"\\\\\s*$")  # a stray LaTeX line break closing an inline formula
_ROW = re.compile(r"\\\\(?:\[[^\]]*\])?")
_RELATION = re.compile(r"(?<![<>!=:\\])=(?!=)")
_MATHY = re.compile(r"(?:log|ln|exp|\^|\*|\\frac|\\sum|Σ|∑|[-−+/])", re.IGNORECASE)
_FUNCTION_WORDS = lexicon.FORMULA_WORDS
#: A word this long in a trailing bracket is English ("dropped", "ignoring"), not a symbol.
_NOTE_WORD = 5
# Where prose after a formula starts ("… where λ is …"), and a word in a bracket after it. (Compiled once: each
# ``re`` function looks its pattern up in its cache at every call.)
_PROSE_AFTER = re.compile(r"\s(?:where|with|for|summed|averaged|over|and then)\s")
_WORD_OF_THREE = re.compile(r"[A-Za-z]{3,}")
_CONSTANT_NOTE = re.compile(r"^\s*[+−-]?\s*(?:const(?:ant)?|c|C)\.?\s*$")


@dataclass(frozen=True)
class _Formula:
    text: str
    """The formula as the student wrote it (one row, with its left-hand side)."""
    block: Block
    start: int
    context: str
    """Prose just before it."""
    subject: str | None = None
    """What it is said to be ("the loss for one sample"), when that is not inside ``text``."""


_QQUAD = re.compile(r"[,;]?\s*\\qquad\b")


def equations_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Each "\\qquad" between two equations of one display's row (an "=" on each side of it, "p(y|x) = … ,\\qquad
    \\mathcal{L} = … = …"), as a span: the two are statements of their own, as two rows would be."""
    if "\\qquad" not in text[start:end]:
        return []
    wides = list(_QQUAD.finditer(text, start, end))
    breaks = [m.start() for m in _ROW.finditer(text, start, end)]
    spans, pos = [], start
    for k, m in enumerate(wides):  # (each piece of the row is looked at twice at most: linear in the display)
        before = max(pos, breaks[i - 1] if (i := bisect.bisect_left(breaks, m.start())) else start)
        after = min(breaks[i] if (i := bisect.bisect_left(breaks, m.end())) < len(breaks) else end,
                    wides[k + 1].start() if k + 1 < len(wides) else end)
        if "=" in text[before:m.start()] and "=" in text[m.end():after]:
            spans.append((m.start(), m.end()))
            pos = m.end()
    return spans


def _rows(block: Block) -> list[_Formula]:
    """The formula rows of a block, with continuation rows given their chain's left side (what the student crossed
    out, "~~MSE, $L=\\sum_i (y_i-\\lambda_i)^2$~~", blank: no row)."""
    text = blank_struck_out(block.text)
    found: list[_Formula] = []
    if block.kind == "math" or text.lstrip().startswith(("$$", "\\[")):
        body = _ENV.sub(lambda m: " " * len(m.group(0)), _DISPLAY_DELIMS.sub(lambda m: " " * len(m.group(0)), text))
        offset = 0
        lhs = ""
        cuts = sorted([m.span() for m in _ROW.finditer(body)] + equations_apart(body, 0, len(body)))
        pieces = [body[a:b] for a, b in zip([0] + [end for _, end in cuts], [start for start, _ in cuts] + [len(body)])]
        for piece in pieces:
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
            for claim in _claims(row):
                found.append(_Formula(claim, block, max(0, start), ""))
        return found
    for m in _DISPLAY_IN_TEXT.finditer(text):  # "Loss: $$L = …$$" on one line of prose
        for claim in _claims(m.group(1) or m.group(2)):
            found.append(_Formula(_trim(claim), block, m.start(1) if m.group(1) else m.start(2),
                                  text[max(0, m.start() - 160):m.start()]))
    for m in _INLINE.finditer(text):
        group = 1 if m.group(1) is not None else 2  # $…$ or \(…\)
        for claim in _claims(m.group(group)):
            found.append(_Formula(_trim(claim), block, m.start(group), text[max(0, m.start() - 160):m.start()]))
    if "$" not in text and "\\(" not in text:
        found.extend(_prose_formulas(block))
    # In the order they are written: the later of two formulas is the one that concludes.
    return sorted(found, key=lambda f: f.start)


#: Each formula part's roles, by its options' id (with the options, so that a new spec's never match).
_ROLES: dict[int, tuple[FormulaOptions, Roles]] = {}
_ROLES_MAX = 256


def roles_of(part: Part) -> Roles:
    """The roles a formula part's answers are read with (its spellings and declared functions), for this reader
    and ``kinds_formula``'s: made once per part's options rather than once per submission, the same object each
    time, so the parse's cache finds its key by identity instead of comparing the roles field by field (and Roles
    checks its spellings' names as it is made)."""
    opts = part.formula
    assert opts is not None
    cached = _ROLES.get(id(opts))
    if cached is not None and cached[0] is opts:
        return cached[1]
    roles = Roles(variables=dict(opts.roles), linear_predictors=dict(opts.linear_predictors),
                  links=tuple(opts.links), functions=tuple(opts.functions), totals=dict(opts.totals))
    if len(_ROLES) >= _ROLES_MAX:  # a long-lived process (the TA's desk) loads specs again and again
        _ROLES.clear()
    _ROLES[id(opts)] = (opts, roles)
    return roles


def _claims(row: str) -> list[str]:
    """A row cut at its implications: each is a statement of its own, its own subject first."""
    return [piece.strip() for piece in _IMPLIES.split(row) if piece.strip()] or [row]


# A line that opens with a formula (a symbol, an operator soon after) after a line that ends mid-sentence (a
# word, no stop, colon or relation), up to the clause's end.
# (not a hyphenated word that wraps: "negative⏎log-likelihood ∑ …")
_WRAPPED_FORMULA = re.compile(r"(?<=[A-Za-z])[ \t]*\n(?P<formula>[ \t]*[A-Za-zα-ωΑ-Ω\\][\w\\{}]{0,8}[ \t]*"
                              r"(?:[−+*/^(]|-(?![A-Za-z]))[^,;\n]*)")
_OPERATOR_IN = re.compile(r"[-−+*/^]|\\frac|\blog\b|\bln\b|\bexp\b")


def _prose_formulas(block: Block) -> list[_Formula]:
    """Formulas in plain text: what follows "=", "is" or ":" in a sentence, up to its end.

    A paragraph's line breaks are soft wraps, so a sentence is read across them.
    """
    found = []
    original = block.text
    joined = original.replace("\n", " ")
    for m in _WRAPPED_FORMULA.finditer(original):
        # "… minimising the negative log-likelihood⏎lambda - y * ln(lambda), summed over …": a sentence wrapped
        # right before its formula, named by the words that end the line above (no relation between)
        candidate = _trim(m.group("formula"))
        if _OPERATOR_IN.search(candidate):
            found.append(_Formula(candidate, block, m.start("formula"), original[max(0, m.start() - 160):m.start("formula")]))
    # (a block of one line has no statement across a line break: its joined text is not cut again)
    for text, wrapped_only in ((original, False), (joined, True)) if "\n" in original else ((original, False),):
        # Joined, only a statement across a line break is read: only a piece that can be one is parsed (a
        # statement is as long as its piece, a table row of one bar one more).
        for stmt in statements(text) if not wrapped_only else (
                parse_statement(piece, at) for at, piece in statement_pieces(text)
                if "\n" in original[at:at + len(piece) + 1]):
            if wrapped_only and "\n" not in original[stmt.start:stmt.start + len(stmt.text)]:
                continue  # already read line by line
            for i, side in enumerate(stmt.sides[1:]):
                if not _MATHY.search(side.text):
                    continue  # trimming only cuts (and blanks "**"): a side with no operator keeps none
                candidate = _trim(side.text)
                if _MATHY.search(candidate):
                    found.append(_Formula(candidate, block, side.start, text[max(0, stmt.start - 160):side.start],
                                          stmt.sides[i].text))
    return found


def _trim(text: str) -> str:
    """Drop what is prose around a formula: a trailing "(mean over samples)", "where …",
    "… in our notation"."""
    text = trim_notes(_LINE_BREAK.sub("", text.replace("**", " ").replace("__", " ")).strip().rstrip(".,;:"))
    text = _PROSE_AFTER.split(text, maxsplit=1)[0]
    text = _trim_prose_tail(text)
    return without_lead_filler(trim_notes(text.strip().rstrip(".,;:")))


def _trim_prose_tail(text: str) -> str:
    """Cut a formula where English begins: two words in a row that are no symbols of it
    ("λ − y log λ in our notation"); a formula has operators or one-letter symbols between
    its words ("y log λ")."""
    # Only on the right of the last relation: the left names the formula ("\\text{Huber loss} =").
    for m in _PROSE_RUN.finditer(text, text.rfind("=") + 1):
        if all(w.lower() not in _FUNCTION_WORDS for w in m.group(0).split()):
            return text[:m.start()].rstrip(" \t—–-−,;:")  # a formula never ends in a dash
    return text


# A new sentence after a formula, its first word capitalised ("∑ᵢ [aᵢ − bᵢ log aᵢ] The log(bᵢ!) term is constant").
_NEW_SENTENCE = re.compile(r"\s+(?:The|This|These|That|It|We|Here|Note|Since|Because|Which|Where)\s.*$", re.DOTALL)
# A bracket of words that a line's end left open ("u − v log u (this is"): a note, cut where the line was.
_OPEN_NOTE = re.compile(r"\s*\((?!\s*(?:log|ln|exp|sum|max|min|sin|cos|tan)\b)\s*[A-Za-z]{3,}\s[^()]*$", re.DOTALL)
# Words that only lead to a formula: "the cost is just u − v log u", "the mean of aᵢ − bᵢ log aᵢ" (a mean or a
# sum of the per-sample terms is the same formula up to a positive factor, as the comparison allows or not).
_LEAD_FILLER = re.compile(r"^\s*(?:(?:just|simply|basically|exactly)\s+|(?:the\s+)?(?:mean|average|sum)\s+of\s+(?:the\s+)?)",
                          re.IGNORECASE)


def without_lead_filler(text: str) -> str:
    """``text`` without the words that only lead to its formula."""
    return _LEAD_FILLER.sub("", text) if text[:1].isalpha() or text[:1].isspace() else text


# An equation's number at its line's end, as LaTeX sets it and a PDF's text gives it ("… log(1 − p)    (5)",
# "(2.3)"), or LaTeX's own "\tag{5}": no factor of the formula (no one writes a constant factor last, after a space).
_EQUATION_NUMBER = re.compile(r"(?:(?<=\S)[ \t]+\(\d{1,3}(?:\.\d{1,3})?[a-z]?\)|\\tag\*?\{[^{}]{0,12}\})\s*$")


def trim_notes(text: str) -> str:
    """Drop trailing prose: parenthesised, "… (dropping log(n!) which does not depend on f)"; a new sentence
    run on; a bracket of words left open; an equation's number."""
    if text.endswith((")", "}")):
        text = _EQUATION_NUMBER.sub("", text)
    if " " in text:
        text = _OPEN_NOTE.sub("", _NEW_SENTENCE.sub("", text)).rstrip(".,;: ")
    while text.endswith(")"):
        depth, i = 0, len(text) - 1
        while i >= 0:
            depth += {")": 1, "(": -1}.get(text[i], 0)
            if depth == 0:
                break
            i -= 1
        inner = text[i + 1:-1]
        prose = [w for w in _WORD_OF_THREE.findall(inner) if w.lower() not in _FUNCTION_WORDS]
        # "(mean over samples)", "(log n! dropped)", "(+ const)": a note, not a factor; but
        # "(lam_i - y_i log lam_i)" is the formula's own bracket.
        note = len(prose) >= 3 or any(len(w) >= _NOTE_WORD for w in prose) or _CONSTANT_NOTE.search(inner)
        if i <= 0 or not note:
            break
        text = text[:i].rstrip().rstrip(".,;:")
    return text


def _left_side(formula: _Formula) -> str:
    """What the formula is said to be, compacted: its subject, or its text before the relation."""
    if formula.subject is not None:
        return compact(formula.subject)
    m = _RELATION.search(formula.text)
    return compact(formula.text[:m.start()]) if m else ""


def _score(formula: _Formula, parsed: Parsed, previous_text: str, labels: list[str], excludes: list[str]) -> float:
    """How clearly ``formula`` is given as the part's answer; ``labels`` and ``excludes``: the part's
    (``_compact_words``)."""
    subject = _left_side(formula)
    context = compact(formula.context or previous_text)
    score = 0.0
    if any(label_position(subject, lab) >= 0 for lab in labels):
        score += weight("formula_named")
    if any(ex in subject for ex in excludes):
        score += weight("formula_excluded")
    tail = context[-120:]
    if any(len(lab) >= 3 and lab in tail for lab in labels):
        score += weight("formula_label_nearby")
    if not subject and any(ex in tail[-40:] for ex in excludes):
        score += weight("formula_excluded_nearby")
    if any("product" in p for p in parsed.problems):
        score += weight("formula_product")
    if RETRACTION.match(formula.context or "") or RETRACTION.match(previous_text):
        score += weight("correction")  # "ignore the above, … the loss is:" a second look gives the answer
    return score


def _compact_words(texts: tuple[str, ...]) -> list[str]:
    """A part's labels (or exclude words) compacted, those with nothing left dropped: once per part read."""
    return [compact(x) for x in texts if compact(x)]


def _named_short_of_a_role(formula: _Formula, parsed: Parsed, present: set[str], score: float,
                           roles: Mapping[str, tuple[str, ...]]) -> bool:
    """"…, dropping the terms that do not depend on λ, L = λ − log λ": a formula given a
    name of its own (one or two letters, "L", "J(θ)", "ℓ") near the part's label, that
    lacks one of the roles, is still the student's answer, and a wrong one: read, never
    passed over for an earlier formula. A bare symbol ("= \\hat\\mu"), a fragment without
    a name, or the definition of a role ("μ = exp(θᵀx)") is not."""
    if not present or score <= 0 or parsed.expr.is_Atom:
        return False
    left = _left_side(formula)
    spellings = {compact(s) for names in roles.values() for s in names}
    return bool(_SHORT_NAME.fullmatch(left)) and left not in spellings


#: The name a student gives a loss: "L", "J", "ℓ", "E", "L(θ)", "J(w)", "\\mathcal{L}" compacted.
_SHORT_NAME = re.compile(r"[a-zℓ]{1,2}(?:\([^()]{0,12}\))?")


def find_formula(part: Part, blocks: tuple[Block, ...], threshold: float) -> Answer | None:
    """The formula the student gives as the part's answer, parsed; None if there is none."""
    opts = part.formula
    assert opts is not None
    roles = roles_of(part)
    best: tuple[float, int, _Formula, Parsed] | None = None
    failures: list[tuple[_Formula, str]] = []
    previous_text = ""
    order = 0
    readings: list[tuple[float, int, _Formula, Parsed]] = []
    labels, excludes = _compact_words(part.find.labels), _compact_words(part.find.exclude)
    for block in blocks:
        for formula in _rows(block):
            order += 1
            try:
                parsed = parse_formula(formula.text, roles)
            except FormulaParseError as exc:
                ctx = compact(formula.context or previous_text + formula.text)
                if any(len(compact(lab)) >= 3 and compact(lab) in ctx for lab in part.find.labels):
                    failures.append((formula, str(exc)))
                continue
            present = set(parsed.role_symbols) | set(parsed.linear)
            score = _score(formula, parsed, previous_text, labels, excludes)
            if not set(opts.roles) <= present and not _named_short_of_a_role(formula, parsed, present, score, opts.roles):
                continue  # "μ = μ_θ(x)" defines the prediction; a loss relates it to the data
            readings.append((score, order, formula, parsed))
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
    confidence = support_confidence(score)
    review = (tuple(parsed.problems) if confidence < threshold else ()) + parsed.cautions
    if confidence < threshold:
        review += ("this formula is not named as the loss; no other formula was a better candidate",)
    missing = sorted(set(opts.roles) - set(parsed.role_symbols) - set(parsed.linear))
    if missing:  # read by _named_short_of_a_role
        review += (f"the formula has no symbol for the {', '.join(missing)}: "
                   "check whether the student writes it in a way the spec does not list",)
    return Answer(part.id, formula.text.strip(), {"parsed": parsed}, _evidence(formula), confidence, review,
                  details={"mathml": to_mathml(parsed.expr, display_names(opts.arguments))},
                  alternatives=(alternatives := _alternatives(part, best, readings)),
                  elsewhere=_elsewhere(part, best, readings, alternatives))


def _alternatives(part: Part, best: tuple[float, int, _Formula, Parsed],
                  readings: list[tuple[float, int, _Formula, Parsed]]) -> tuple[Answer, ...]:
    """Later formulas nearly as well supported as the one read (``rules.LIMITS``), of other
    expressions: graded too, and a different grade flags the part (the counterfactual)."""
    score, order, _, parsed = best
    floor = max(LIMITS.alternative_floor, score - LIMITS.alternative_margin)
    seen = {parsed.expr}  # sympy expressions hash structurally (printing them would cost more)
    found = []
    for s, o, formula, other in sorted(readings, key=lambda r: (-r[0], -r[1])):
        if o <= order or s < floor or other.expr in seen:
            continue
        seen.add(other.expr)
        found.append(Answer(part.id, formula.text.strip(), {"parsed": other}, _evidence(formula),
                            support_confidence(s), details={"how": "a later formula as well supported"}))
        if len(found) == 2:
            break
    return tuple(found)


def _elsewhere(part: Part, best: tuple[float, int, _Formula, Parsed],
               readings: list[tuple[float, int, _Formula, Parsed]], alternatives: tuple[Answer, ...]
               ) -> tuple[Answer, ...]:
    """The part's other formulas, however weakly supported, best first: graded only when the
    reading earns less than full credit, to flag a right formula misread (``LIMITS.elsewhere_formulas_max``)."""
    seen = {best[3].expr, *(a.value["parsed"].expr for a in alternatives)}
    found = []
    for s, _, formula, other in sorted(readings, key=lambda r: (-r[0], -r[1])):
        if other.expr in seen:
            continue
        seen.add(other.expr)
        found.append(Answer(part.id, formula.text.strip(), {"parsed": other}, _evidence(formula),
                            support_confidence(s), details={"how": "another formula of the part"}))
        if len(found) == LIMITS.elsewhere_formulas_max:
            break
    return tuple(found)


def display_names(arguments: Mapping[str, str]) -> dict[str, str]:
    """Role symbols shown with the reference's own names (rate -> z), a linear predictor as η."""
    names = dict(arguments)
    names.update({f"eta_{role}": "η" for role in arguments})
    return names


def _evidence(formula: _Formula) -> Evidence:
    block = formula.block
    start = formula.start
    a = block.text.rfind("\n", 0, start) + 1
    b = block.text.find("\n", start + len(formula.text))
    b = len(block.text) if b < 0 else b
    excerpt = block.text[a:b] if b - a < 600 else formula.text
    return Evidence(block.file, block.line_at(start), excerpt, formula.text.strip(), block.page, block.cell)
