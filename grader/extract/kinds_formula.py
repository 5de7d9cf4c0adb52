"""The reader of formula parts that ask for something other than a loss (a gradient, a probability,
an estimator, a log-likelihood): the expression that concludes the part, with the course's
definitions applied (``x̄`` is ``S/n``, ``q`` is ``1 − p``).

Candidates are the part's display equations and the lines (and inline ``$…$`` pieces) of its
passages that parse with the part's roles and mention the role the part is about (``wrt``).
One stated as the answer (boxed, "final", "therefore") or named by a label of the part
("dL/dz_k =", "\\hat{p} =") wins over working, the last among equals.
"""

from __future__ import annotations

import dataclasses
import re

from ..errors import FormulaParseError
from types import MappingProxyType

from .._formula_parser import CARET_HAT, role_symbol
from ..formulas import Parsed, Roles, apply_definitions, parse_formula, to_mathml
from ..models import Answer, Block
from ..spec import Part, Question
from .formula_answers import equations_apart, roles_of, trim_notes, without_lead_filler
from .kinds_locate import confidence, cue_score, excerpt, part_passages, under_corrections, visible
from .lexicon import ARROWS, alternation
from .normalize import compact
from .rules import LIMITS, weight

_INLINE = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)", re.DOTALL)
# What may follow a formula without being part of it: a note in brackets that defines a symbol
# ("(q = 1 - p)"), or a clause ("where p is ...", ", with c the first class").
# ...or a note in words ("(sample mean)", "(checked in the sheet)"), or a comment after an arrow or a
# hash ("← log-likelihood", "# the MLE"), an em dash ("\\) — the slope of the fit"; not an en dash,
# which Word makes of a minus), or a relative clause (", which is the familiar …", ", from the product rule …"); a note
# in words may have a clause after it ("u_k − v_k (outer minus inner), from the product rule …").
_TRAILING_NOTE = re.compile(r"\s*(?:\((?:[^()]|\([^()]*\))*=(?:[^()]|\([^()]*\))*\)"
                            r"|\(\s*(?=[^()]*[A-Za-z]{3})[A-Za-z][A-Za-z' ,.;:-]*\)(?:\s*[,;:]\s+[A-Za-z]{2,}\b.*)?"
                            r"|\s(?:←|<-+|#|//|—)\s.*"
                            # "ℓ = … (a); differentiate …", "p̂ = x̄ (b).": the part's marker after it
                            # (not "(a). for b …")
                            r"|\s+\([a-h]\)(?:\s*[,;]\s.*|\.)?"
                            # "∂L/∂z_k = y_k − p_k Q5 Accuracy": the next question's heading, run on by a PDF's text
                            r"|\s+(?-i:(?:Q|Question|Problem)\s?\d{1,2}[.:)]?(?:\s+[A-Z][A-Za-z-]*(?:\s.*)?)?)"
                            r"|,?\s+(?:where|with|for|i\.e\.)\b.*|,\s*(?:which|from|by|using|since|because|via)\s.*)\s*$",
                            re.IGNORECASE | re.DOTALL)
_BOLD = re.compile(r"\*\*|__")
# The gap between a fixed-width table's columns (a cell's own words are one space apart).
_COLUMN_GAP = re.compile(r"[ \t]{3,}")
# The end of a LaTeX tabular row: "\\\\", "\\hline".
_TABULAR_END = re.compile(r"(?:\\\\|\\hline|\\midrule|\\bottomrule|\s)+$")
_RELATION_START = re.compile(r"\s*(?:&\s*)?(?:=|≈|:|\\approx|is\b)")
_ROW_BREAK = re.compile(r"\\\\(?:\[[^\]]*\])?")  # a LaTeX row break, "\\\\" or "\\\\[2pt]"
_IMPLIES = re.compile(rf"{alternation(ARROWS)}|\\Rightarrow|\\implies|\\Longrightarrow|\\to\b|=>"
                      r"|\b(?:hence|therefore|thus|giving)\b")  # "…, and Σ y_j = 1, hence ∂f/∂u = u − v"
# "∂p_j/∂z_k = p_j(δ_jk − p_k), so ∂L/∂z_k = … = p_k − y_k": a weaker "so", which concludes on the part only where
# the part's label follows it (", so p = x̄" after a log-likelihood is the next part's step)
_SO = re.compile(r"[,;]\s*so\b(?!\s+that)")
# An equals sign of a chain of equalities (not "<=", "==", ":=" nor "=>").
_CHAIN_RELATION = re.compile(r"(?<![<>!=:\\])=(?![=>])")
# A leading marker or label: "4a)", "(b)", "a.", "Q3", "result:", "| 4(a) f(x) |", and a terse sheet's
# number column ("3   a_k - b_k": a wide gap after it, as no factor is written).
_LEAD = re.compile(r"^\s*(?:[|*#>\-]\s*)*(?:(?:q|ans)?\s*\d{0,2}\s*\(?[a-z]?\)|q\d{1,2}|\d{1,2}[.)]|[a-z][.)]"
                   r"|\d{1,2}(?=[ \t]{2,}|\t))?"
                   r"\s*(?:[A-Za-z][A-Za-z \-]{2,40}:)?\s*", re.IGNORECASE)

# Piecewise answers: \begin{cases} A & cond \\ B & cond \end{cases}, or "A if cond" / "B otherwise".
_CASES_ENV = re.compile(r"\\begin\{cases\}(?P<body>.*?)\\end\{cases\}", re.DOTALL)
_IF_PIECE = re.compile(r"^(?P<expr>.+?)\s*(?:,\s*)?(?:\\(?:text|mathrm)\{\s*)?"
                       r"\b(?P<cond>if\b.*|otherwise\b.*|else\b.*)$",
                       re.IGNORECASE)
# Two pieces on one line: "u_k − 1 if k = j, and u_k otherwise", "u_k for k ≠ j and u_j − 1 for the chosen one".
_INLINE_PIECES = re.compile(r"^(?P<e1>.+?)\s+(?P<c1>(?:if|for|when)\s.+?)\s*(?:,|;|\band\b)\s*(?:and\s+)?"
                            r"(?P<e2>[^,;]+?)\s*,?\s+(?P<c2>(?:if|for|when)\s.+|otherwise\b.*|else\b.*)$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•>]|\d+[.)]|\([a-z]\))\s*")


def _pieces(block: Block, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a passage that may each be one formula: a math block whole; else each inline math
    piece, and each line."""
    text = visible(block.text)
    if block.kind == "math":
        apart = equations_apart(text, start, end)
        if "\\begin{cases}" in text[start:end] or not (apart or _ROW_BREAK.search(text, start, end)):
            return [(start, end)]
        # An aligned derivation: each row is a statement of its own ("f(θ) &= …", then
        # "f'(θ) &= … = 0"), so the row of the derivative does not hide the one before it; so is each of two
        # equations a wide space sets apart on one row ("p(y|x) = … ,\qquad \mathcal{L} = … = …").
        spans, pos = [], start
        for cut in [*sorted([m.span() for m in _ROW_BREAK.finditer(text, start, end)] + apart), None]:
            stop = cut[0] if cut is not None else end
            if text[pos:stop].strip():
                spans.append((pos, stop))
            pos = cut[1] if cut is not None else end
        return spans
    spans = []
    for m in _INLINE.finditer(text, start, end):
        group = next(i for i in (1, 2, 3) if m.group(i) is not None)
        spans.append((m.start(group), m.end(group)))
    pos, held = start, None
    depth, related = 0, False  # the held run's brackets left open, and whether it has an "=" (counted as it goes)
    for line in text[start:end].split("\n"):
        a = pos + len(_BULLET.match(line).group(0)) if _BULLET.match(line) else pos
        if line.strip():
            if held is not None:
                # "… = −v_k +⏎u_k Σ_i v_i = u_k − v_k": a line that ends in an operator goes on in the next
                spans.append((held, pos + len(line)))
            else:
                depth, related = 0, False
            spans.append((a, pos + len(line)))
            depth += line.count("(") - line.count(")")
            related = related or "=" in line
            # (…or one that leaves a bracket open after an "=": "… = p^(Σxᵢ) · (1 − p)^(n" at a page's line end)
            held = (a if held is None else held) if (_OPEN_END.search(line) or _CHAIN_OPEN_END.search(line)
                                                     or (related and 0 < depth <= 2)) else None
        pos += len(line) + 1
    return spans


# A line that ends in an arithmetic operator (not a bullet's dash or a "--" rule): its sum goes on in the next.
# (Not "=": prose wraps after it too, "… for the others df/du_k =⏎u_k; in one formula:".)
# ...or in a function's name that waits for its argument ("= (Σx_i) ln" / "p + (n − Σx_i) ln(1 − p)").
_OPEN_END = re.compile(r"(?<![-−])(?:[+−·×*/]|(?<=\s)-)\s*$|(?<![A-Za-z])\\?(?:ln|log|exp)\s*$")
# ...or a chain's "=" after another ("∂L/∂z_k = −Σ_j y_j(δ_jk − p_k) =⏎p_k − y_k, because …": a page's line wraps
# before the chain's conclusion; one "=" alone at the end may be prose's, above).
_CHAIN_OPEN_END = re.compile(r"=[^=\n]+=\s*$")
# Where a sentence ends and the next begins: a full stop after a term, a space, a capital or a bracket.
_SENTENCE_BREAK = re.compile(r"(?<=[^\s.])\.\s+(?=[A-Z(\\])")
# A wide gap, then the next question's number or a part's marker: "   5 E=1.1", "   (c) …".
_NEXT_ANSWER = re.compile(r"[ \t]{3,}(?=(?:q?\d{1,2}[.)]?|\(?[a-h]\))[ \t]+\S)", re.IGNORECASE)
_DANGLING = re.compile(r"[,;]?\s*\b(?:hence|therefore|thus)\s*[.:]?\s*$", re.IGNORECASE)
_CONCLUDES = re.compile(r"\s*(?:therefore|hence|thus|so|finally|in total|in the end|(?:final\s+)?(?:answer|result)\s*:)",
                        re.IGNORECASE)  # ("m = mean(v). Result: ∂f/∂u = u − m": the sentence that says it is the answer)


def _readings(text: str, labels: tuple[str, ...] = ()) -> list[str]:
    """``text`` and shorter forms of it that may be the formula: what follows the last implication
    ("ℓ'(p) = 0 ⇒ p̂ = x̄"), without a leading marker or label ("4a) log-likelihood:"), without a
    trailing note."""
    if "**" in text or "__" in text:  # Markdown bold marks the answer; it is no power or script
        text = _BOLD.sub(lambda m: " " * len(m.group(0)), text)
    if "\\" not in text and (gap := _NEXT_ANSWER.search(text)) is not None and "=" in text[:gap.start()]:
        # "p^=(sum x)/n   5 E=1.1 V=1.7": a terse sheet's next answer after a wide gap is no part of this one
        text = text[:gap.start()]
    if text.rstrip().endswith("|") and text.count("|") % 2:
        text = text.rstrip()[:-1]  # "… ln(1 − p) |": a table's closing bar, no absolute value's
    if "^" in text:  # "we get p^ = Σx/n": a hat typed as a caret, so that the label "\hat{p}" finds it
        text = CARET_HAT.sub(r"\\hat{\1}", text)
    forms = [text]
    cells = [c for c in text.strip().strip("|").split("|") if c.strip()]
    if text.strip().startswith("|") and len(cells) >= 2:  # a table row: the answer is its last cell
        forms.insert(0, cells[-1])
    columns = _COLUMN_GAP.split(text.strip())
    if len(columns) >= 3 and not columns[-1].startswith("(") and "|" not in text:
        # " 3          dL/dz_k          p_k - y_k": a fixed-width table's row (a summary in a .txt); its last column
        # is the answer, the quantity's name before it no factor of it
        forms.insert(0, columns[-1])
    row = _TABULAR_END.sub("", text)
    cells = [c for c in re.split(r"(?<!\\)&", row) if c.strip()]
    if len(cells) >= 2 and not re.search(r"&\s*=", row):  # a LaTeX tabular row: its last cell too
        forms.insert(0, cells[-1])
    sentences = [piece for piece in _SENTENCE_BREAK.split(text) if "=" in piece]
    if len(sentences) > 1 and _CONCLUDES.match(sentences[-1]):
        # "… = g(u). Therefore ∂f/∂u = …": a last sentence that concludes, with a relation
        forms.insert(0, sentences[-1])
    # (a "hence" that ends the text opens a conclusion written after it: nothing here concludes on it)
    arrow = _IMPLIES.split(_DANGLING.sub("", text))
    if len(arrow) > 1 and arrow[-1].strip():
        # A derivation's conclusion is its last step ("ℓ′(p) = 0 ⇒ p̂ = x̄"): read before the whole.
        forms.insert(0, arrow[-1])
    elif labels and len(so := _SO.split(text)) > 1 and any(label.lower() in so[-1].lower() for label in labels):
        forms.insert(0, so[-1])
    for form in list(forms):
        lead = _LEAD.sub("", form, count=1)
        if lead != form and lead.strip():
            # A marker or a label is never a factor of the formula ("q3 p_k - y_k" is not
            # q3·p_k − y_k): the form without it is read first.
            forms.insert(forms.index(form), lead)
    for form in list(forms):
        # "the maximiser is the sample mean, p_hat = x_bar": the formula starts at the part's label
        spans = [m.span() for label in labels for m in re.finditer(re.escape(label), form, re.IGNORECASE)]
        start, end = max(spans) if spans else (0, 0)
        if start > 0 and form[start:].strip():
            # "Setting the derivative … to zero, p̂ = s/n": words and working, then the part's label set
            # equal to its formula: that statement is read before the whole line; a label without "="
            # after it ("the maximiser is p̂, …") only after it.
            if _CONTINUES.match(form, end):
                forms.insert(forms.index(form), form[start:])
            else:
                forms.append(form[start:])
        # "4(a) f(θ) ∑ [ … ]": a PDF's text layer lost the "=" after the label; what
        # follows the label is the formula (the label is no factor of it).
        for label in labels:
            m = re.search(re.escape(label) + r"\s*(?=\S)", form, re.IGNORECASE)
            rest = form[m.end():] if m else ""
            if m and re.match(r"[(\\∑Σ∏\[]|-?\s*\\?(?:sum|log|ln)\b", rest) and not _RELATION_START.match(rest):
                forms.insert(forms.index(form), rest)
                break
    for form in list(forms):
        short = without_lead_filler(_TRAILING_NOTE.sub("", form))
        if short == form:  # "x̄ (the sample mean of the 0/1 data).": prose in brackets, numbers and all
            short = trim_notes(form.strip().rstrip(".,;:"))
        if short.strip() != form.strip() and short.strip():
            # read first: a note in words would otherwise parse as factors ("x̄ (checked numerically)")
            forms.insert(forms.index(form), short)
    return list(dict.fromkeys(forms))


def _parse(text: str, part: Part, roles: Roles) -> Parsed:
    """The formula in ``text`` with the definitions applied, from the first of its readings that
    parses and is about the part (mentions its ``wrt`` role and none of its exclusions); else the
    first that parses."""
    opts = part.formula
    assert opts is not None
    excludes = [ex.lower() for ex in part.find.exclude]
    error: FormulaParseError | None = None
    first: Parsed | None = None
    for form in _readings(text, tuple(lab for lab in part.find.labels if len(lab) >= 2)):
        try:
            parsed = apply_definitions(parse_formula(form, roles), opts.definitions, roles)
        except FormulaParseError as exc:
            error = error or exc
            continue
        if opts.wrt in parsed.role_symbols and not any(ex in form.lower() for ex in excludes):
            return _defined_conclusion(form, part, roles) or parsed
        first = first or parsed
    if first is not None:
        return first
    assert error is not None
    raise error


def _defined_conclusion(form: str, part: Part, roles: Roles) -> Parsed | None:
    """The last side of a chain ("p̂ = k n = x̄") when it names no role itself but is about the part
    through the course's definitions (x̄ is S/n). A chain is read from its rightmost side that names a
    role, which passes over such a symbol: here the student's conclusion is the last side."""
    opts = part.formula
    assert opts is not None
    sides = _CHAIN_RELATION.split(form)
    if len(sides) < 3 or not sides[-1].strip(" .,;:"):
        return None
    try:
        raw = parse_formula(sides[-1], roles)
    except FormulaParseError:
        return None
    if raw.role_symbols or raw.linear:
        return None  # a role written out: the chain's own reading already weighs it
    defined = apply_definitions(raw, opts.definitions, roles)
    if opts.wrt not in defined.role_symbols:
        return None
    # What the raw side lacked and the definitions supply is no problem of the reading.
    supplied = tuple(f"no variable for role {role!r}" for role in defined.role_symbols)
    kept = tuple(p for p in defined.problems if not p.startswith(("no role variable found", *supplied)))
    return dataclasses.replace(defined, problems=kept)


def _case_value(condition: str, cases: dict) -> tuple[str, float] | None:
    """Which value of which role a piece's condition means ("k = c" -> target 1)."""
    plain = _condition_words(condition)
    for role, values in cases.items():
        for value, phrases in values.items():
            if any(_condition_words(p) in plain for p in phrases):
                return role, value
    return None


def _condition_words(text: str) -> str:
    """A condition as words, for the spec's phrases and the student's alike ("k \\neq c" is "k neq c")."""
    return " ".join(re.sub(r"\\text|\\mathrm|\\quad|[\\{}$]", " ", text).split()).lower()


def _about_another(expr: str, labels: list[str]) -> bool:
    """Whether a piece's left side names something else than the part ("dp_c/dz_k = p_c(1 − p_c) if k = c, …":
    a step of the working about another quantity, whose pieces are no answer of the part)."""
    if "=" not in expr or not labels:
        return False
    subject = expr.rsplit("=", 1)[0].split("=")[-1].lower()  # the side the piece's value is said of
    return bool(subject.strip(" $*")) and not any(lab in subject for lab in labels)


def _pieces_of(text: str, labels: list[str] = ()) -> list[tuple[str, str]]:
    """(expression, condition) of each piece of a piecewise answer written in ``text``, or []; a piece
    whose left side names no label of the part is left out (``_about_another``)."""
    env = _CASES_ENV.search(text)
    if env is not None:
        rows = [r for r in re.split(r"\\\\(?:\[[^\]\n]*\])?", env["body"]) if r.strip()]  # "\\[2pt]": a row's spacing
        found = []
        for row in rows:
            if "&" not in row:
                return []
            expr, cond = row.split("&", 1)
            found.append((expr.strip(), cond.strip()))
        return found
    found = []
    for line in text.split("\n"):
        m = _IF_PIECE.match(line.strip().strip("$").strip())
        if m is not None and not _about_another(m["expr"], labels):
            expr = m["expr"].strip()
            if "=" in expr:
                expr = expr.rsplit("=", 1)[1]
            found.append((expr.strip(" ,;:"), m["cond"]))
    if len(found) >= 2:
        return found
    for line in text.split("\n"):
        m = _INLINE_PIECES.match(line.strip().strip("$").strip())
        if m is not None and not _about_another(m["e1"], labels):
            first = m["e1"].rsplit("=", 1)[1] if "=" in m["e1"] else m["e1"]
            return [(first.strip(" ,;:"), m["c1"]), (m["e2"].strip(" ,;:"), m["c2"])]
    return []


def _piecewise(text: str, part: Part, roles: Roles) -> Parsed | None:
    """A piecewise answer joined into one formula of the role its conditions name: with pieces A
    (role = a) and B (role = b), ``A·(r - b)/(a - b) + B·(r - a)/(b - a)``, each piece at its value."""
    opts = part.formula
    assert opts is not None
    if not opts.cases:
        return None
    pieces = _pieces_of(text, [lab.lower() for lab in part.find.labels if len(lab) >= 2])
    if len(pieces) != 2:
        return None
    read = []
    for expr_text, condition in pieces:
        meant = _case_value(condition, opts.cases)
        if meant is None:
            return None
        try:
            read.append((_parse(expr_text, part, roles), meant))
        except FormulaParseError:
            return None
    (first, (role_a, a)), (second, (role_b, b)) = read
    if role_a != role_b or a == b:
        return None
    symbol = role_symbol(role_a)
    joined = (first.expr.subs(symbol, a) * (symbol - b) / (a - b)
              + second.expr.subs(symbol, b) * (symbol - a) / (b - a))
    symbols = {**first.role_symbols, **second.role_symbols, role_a: symbol}
    return Parsed(joined, text, MappingProxyType(symbols), first.linear | second.linear,
                  first.problems + second.problems, first.links)


# Words of three letters or more that no formula is written with (functions and a mean's words aside).
_PROSE_WORD = re.compile(r"(?<![\\A-Za-z])(?!(?:log|exp|sqrt|sum|mean|prod|sin|cos|tan|max|min|var)\b)[A-Za-z]{3,}")


def _instruction(source: str) -> bool:
    """Whether a reading is a sentence that names the part without any relation or operation ("(a) Write
    the log-likelihood l(p).", the question restated): no formula is given there."""
    return not re.search(r"[=≈+−*/^·×∑Σ]|\\(?:frac|sum|cdot|times)|\s-\s", source) \
        and len(_PROSE_WORD.findall(source)) >= 3


def find_expression(question: Question, part: Part, blocks: tuple[Block, ...],
                    everything: tuple[Block, ...] = ()) -> Answer | None:
    """The formula a student concludes a (non-loss) formula part with, parsed, definitions applied."""
    opts = part.formula
    assert opts is not None
    roles = roles_of(part)
    labels = [lab.lower() for lab in part.find.labels if len(lab) >= 2]
    # Labels written with symbols, compacted too: a PDF's text layer spaces one out, "l (p) = …" for "l(p) = …".
    # (Not "∂L", which compacts to "dl", too short, nor words, "log L" to "logl", which "loglik" holds.)
    spelled = [c for lab in part.find.labels if len(c := compact(lab)) >= 4 and not c.isalpha()]
    excludes = [ex.lower() for ex in part.find.exclude]
    best: tuple[float, int, Block, int, int, Parsed] | None = None
    readings: list[tuple[float, int, Block, int, int, Parsed]] = []
    failures: list[tuple[Block, int, int, str, int]] = []
    order = 0
    corrections = under_corrections(everything)
    for passage in part_passages(question, part, blocks, everything):
        spans = [(a, b, False) for a, b in _pieces(passage.block, passage.start, passage.end)]
        if opts.cases:  # a piecewise answer spans lines: the passage whole is a candidate too
            spans.append((passage.start, passage.end, True))
        last_named = False
        for a, b, whole in spans:
            text = visible(passage.block.text)[a:b]
            order += 1
            if not text.strip() or len(text) > 600:
                continue
            try:
                parsed = _piecewise(text, part, roles)
                if parsed is None:
                    if whole:
                        continue
                    parsed = _parse(text, part, roles)
            except FormulaParseError as exc:
                if any(lab in text.lower() for lab in labels):
                    failures.append((passage.block, a, b, str(exc), order))
                continue
            if opts.wrt not in parsed.role_symbols or _instruction(parsed.source):
                continue
            lower = text.lower()
            # what the part is not, in the reading that parsed ("ℓ′(p) = 0 ⇒ p̂ = x̄" reads p̂ = x̄)
            if any(ex in parsed.source.lower() for ex in excludes):
                continue
            score, _ = cue_score(passage.block.text, a, b)
            named = any(lab in lower for lab in labels)
            if not named and spelled and " " in text:
                squeezed = compact(text)  # (once per piece, not once per label)
                named = any(lab in squeezed for lab in spelled)
            # "        = y_k - p_k" on the next line continues the labelled chain above: its conclusion.
            continues = _CONTINUES.match(text) is not None and last_named
            score += 1.0 if named or continues else 0.0
            last_named = named or continues
            score += 0.5 if passage.named else 0.0
            if id(passage.block) in corrections:
                score += weight("correction")  # "## Corrections" over "- **Q3:** … the result is ∂L/∂z_k = p_k − y_k"
            readings.append((score, order, passage.block, a, b, parsed))
            if best is None or (score, order) >= (best[0], best[1]):
                best = readings[-1]
    if best is None:
        if not failures:
            return None
        block, a, b, error, _ = failures[-1]
        return Answer(part.id, block.text[a:b].strip(), {"unparsed": error}, excerpt(block, a, b), 0.3,
                      review=(f"the formula could not be read ({error}): check it by hand",))
    score, at, block, a, b, parsed = best
    names = {role: role for role in opts.roles}
    names.update(opts.arguments)
    review = (tuple(parsed.problems) if score < 1 else ()) + parsed.cautions
    if parsed.averaged and not any(m.averaged for m in part.mistakes):
        review += (f"{parsed.averaged}; check it by hand",)  # no mistake of the spec's grades it
    if (lost := _LOST_PARTIAL.search(block.text, a, b)) is not None:
        # "so L/ zk = pk yk": a PDF's text layer dropped the ∂ (and so, most likely, the formula's minus signs)
        review += (f"the formula's symbols look lost ({lost.group(0)!r}: a page's text without its ∂), so a sign "
                   f"or an operator may be missing too: check it by hand",)
    later = [f for f in failures if f[4] > at]
    if later and not any(lab in block.text[a:b].lower() for lab in labels):
        # "l′(p) = … = 0 ⇒ …, hence" read, "p̂ = 1 n^{n}∑" below it unreadable: the conclusion may be that
        failed, fa, fb, error, _ = later[-1]
        review += (f"a later line names this part but could not be read: {failed.text[fa:fb].strip()[:60]!r} "
                   f"({failed.file} line {failed.line_at(fa)}); check which formula the student concludes with",)
    return Answer(part.id, block.text[a:b].strip(), {"parsed": parsed}, excerpt(block, a, b),
                  confidence(score, True), review, details={"mathml": to_mathml(parsed.expr, names)},
                  alternatives=_runners_up(part.id, best, readings))


# A derivative whose "∂" a PDF's text layer dropped: "L/ zk", "pj/ zk", "f/ x" (a name, a slash, a space, a name).
_LOST_PARTIAL = re.compile(r"(?<![\w∂/])[A-Za-z][A-Za-z0-9_]{0,3}/[ \t]+[A-Za-z][A-Za-z0-9_]{0,3}(?![\w(])")
# A line or an aligned row with no left side: "        = y_k - p_k", "& =p_{k}-y_{k}", "&= …".
_CONTINUES = re.compile(r"\s*(?:&\s*)?=")
# A table's row: "| 3 | p_k − y_k |", "3 & $p_k - y_k$ \\".
_ROW = re.compile(r"\s*\||[^&\n]{0,12}&")


def _runners_up(part_id: str, best: tuple[float, int, Block, int, int, Parsed],
                readings: list[tuple[float, int, Block, int, int, Parsed]]) -> tuple[Answer, ...]:
    """Formulas written after the one graded and read nearly as firmly (within
    ``LIMITS.alternative_margin`` of its support), each different from it: the counterfactual
    grades them, and where one would earn otherwise (a closing table's row after the working's
    labelled chain) a person is asked."""
    out: list[Answer] = []
    seen = [best[5].expr]
    for score, order, block, a, b, parsed in sorted(readings, key=lambda r: (-r[0], -r[1])):
        if len(out) == LIMITS.formula_rivals or score < best[0] - LIMITS.alternative_margin:
            break
        if order < best[1] or block.kind == "code":
            continue  # the working's steps before the concluding formula, and a program's lines, are no rival answers
        if not _ROW.match(block.text[a:b]) and score < best[0]:
            continue  # a later formula less firmly about the part (another part's working) is no rival either
        if any(parsed.expr == other for other in seen):
            continue
        seen.append(parsed.expr)
        out.append(Answer(part_id, block.text[a:b].strip(), {"parsed": parsed}, excerpt(block, a, b),
                          confidence(score, True), details={"how": "another formula read for the part"}))
    return tuple(out)
