"""Where a part is answered, for the readers of the newer answer kinds (tuple, array, interval, choice).

A question's blocks are cut into passages, each about one part: a line that starts with a
part's marker ("(b)", "b)") or names one of its labels ("final value", "result") starts
that part's passage, which runs until another part's marker or label. Text before any
part is named belongs to no part, except in a question whose parts are all of one kind
and few (then the reader looks everywhere in the question, and says so).

The readers then look for their kind of answer inside the part's passages and prefer one
stated as the answer (words such as "answer", "therefore", a box or bold) over working,
the last among equals: the value that concludes the part.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..models import Block
from ..spec import Part, Question
from .evidence import excerpt
from .index import is_specific
from .rules import LIMITS, weight
from .statements import CORRECTION_OPENING, RETRACTION, blank_struck_out, corrects, decimal_points, superseded

#: Words that present a statement as the answer, and how much each adds to a candidate's score (why).
ANSWER_CUES: tuple[tuple[str, float, str], ...] = (
    (r"\b(?:final\s+answer|answer|ans\.?|result)\b", 2.0, "names the answer"),
    (r"\b(?:therefore|hence|thus|so\s+we|we\s+conclude|conclusion|decision)\b|∴|\\therefore", 1.0,
     "a conclusion follows"),
)
_CUES = [(re.compile(p, re.IGNORECASE), w, why) for p, w, why in ANSWER_CUES]
#: What may follow a cue that ends its line: punctuation, a bold or colon mark.
_ENDS_LINE = re.compile(r"[\s.,:;*_]*$")
#: Brackets that open with a word (not an answer's: "(answer: …)", "(i.e. …)") after what the line states
#: first, a word and then a space (a tuple's "(None, 14, 14, 64)" is none): an aside of working beside the
#: answer ("(grad [[…]])", "(conv 28x28x64 then pool)", "(v1 said 28×28×64, …)").
_ASIDE = re.compile(r"(?<=\S)[ \t]*\((?!\s*(?:final|answer|ans|result|i\.?\s?e|that\s+is)\b)(?=\s*[A-Za-z][A-Za-z0-9]+[ \t]+[^\s,])"
                    r"[^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)", re.IGNORECASE)
#: "Final shape: 14 × 14 × 64": "final" a few words before the value, no number between ("final answer" is a cue).
# A Markdown heading's marker and a dash before a value, the value's name between: "### Q1(a) — ", "## 2b – ",
# "### Q2 — W_new = ".
_HEADING_ANSWER = re.compile(r"#{1,6}[ \t]+[^\n—–]{1,30}?[ \t][—–][ \t]+(?:[^\n=—–]{1,30}=[ \t]*)?")
_FINAL_BEFORE = re.compile(r"\bfinal\b(?!\s+answer)[^\d\n]{0,30}$", re.IGNORECASE)
#: Marks around the value itself, with their weight and why.
_MARKS = [(re.compile(r"\\boxed\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\\fbox\{[^{}]*\}"), 3.0,
           "a box is how a student marks the answer"),
          (re.compile(r"\*\*[^*\n]{1,200}\*\*|__[^_\n]{1,200}__|\\textbf\{[^{}]*\}|\\mathbf\{[^{}]*\}"), 1.5,
           "bold marks the answer")]


@dataclass(frozen=True)
class Passage:
    """A run of one block's text that is about one part."""

    block: Block
    start: int
    end: int
    named: bool
    """Whether a label or marker of the part named it (False: the question's text, read as a fallback)."""

    @property
    def text(self) -> str:
        """The passage's text, crossed-out pieces blanked (same length, so positions hold)."""
        return visible(self.block.text)[self.start:self.end]


# LaTeX spacing inside a written value: "(0.2507,\ 0.3893)", "1{,}792" is left to the number reader.
_SPACING = re.compile(r"(?<!\\)\\[ ,;:!]|~(?!~)")


# What any crossed-out piece or LaTeX spacing starts with: a text without one is shown as it is.
_MAY_BE_MARKED = re.compile(r"[~\\<\u0335\u0336\u0338]")


def visible(text: str) -> str:
    """``text`` with crossed-out pieces replaced by spaces, so that nothing in them is read, and LaTeX
    spacing commands by spaces (same length: positions in the block hold)."""
    text = decimal_points(text)
    if _MAY_BE_MARKED.search(text) is None:
        return text
    text = blank_struck_out(text)
    return _SPACING.sub(lambda m: " " * len(m.group(0)), text)


# A label that is one letter with a hat: "p̂", "\hat{p}", "\hat p".
_HATTED_LETTER = re.compile(r"(?P<a>[A-Za-z])\u0302|\\hat\s*\{?\s*(?P<b>[A-Za-z])\s*\}?")


def label_pattern(label: str) -> str:
    """A label as a pattern: its words with any spacing or hyphen between, whole words at its ends."""
    words = [re.escape(w) for w in label.split()]
    body = r"[\s\-]*".join(words)
    if (hat := _HATTED_LETTER.fullmatch(label)) is not None:
        # "p^ = 0.32": a hat typed as a caret with nothing raised, as the formula reader reads it
        body = rf"(?:{body}|(?<![A-Za-z\\]){hat['a'] or hat['b']}\^(?=\s*(?:=|≈|:=)))"
    lead = r"(?<![A-Za-z0-9])" if label[:1].isalnum() else ""
    tail = r"(?![A-Za-z0-9])" if label[-1:].isalnum() else ""
    return lead + body + tail


def labels_pattern(labels: list[str]) -> str:
    """Any of ``labels`` as one pattern (each as ``label_pattern`` writes it)."""
    return "|".join(f"(?:{label_pattern(lab)})" for lab in labels)


# What may stand before a sub-question marker at a line's start: bullets, bold, \textbf{, a correction's words,
# and the question's own number ("**Q1 a)**", "Ans 1 (b)", "1.(a)").
_MARKER_LEAD = (r"(?m)^[ \t>*#\-$|]*(?:\*\*|__|\\textbf\{|\\item\s*)?[ \t]*"
                rf"(?:{CORRECTION_OPENING})?"  # ("Correction to Q2 (a): …" names its part wherever it stands)
                # (a list's number, then the marker in bold: "1. **Q2(a):** …", an errata's item)
                r"(?:(?:q|question|ans|answer|problem|part)?[ \t.]*\d{1,2}[ \t.:)]*(?:\*\*|__)?)?")

_MARKER_TAIL = r"(?![A-Za-z0-9])"


def _marker_lead(number: int | None) -> str:
    """``_MARKER_LEAD``, and where the sheet numbers the question, a table's row led by another question's number is
    not this question's ("| 5 (c) | 7.41 |" in a closing table names question 5's (c), not question 3's)."""
    if number is None:
        return _MARKER_LEAD
    return (r"(?m)^(?![ \t]*\|[ \t]*(?:\*\*)?(?:q|question|problem)?[ \t.]*(?!" + str(number) + r"(?!\d))\d)"
            + _MARKER_LEAD.removeprefix("(?m)^"))

#: Finders by question, the question kept with them (an id is reused once its object is gone).
_FINDERS: dict[int, tuple[Question, tuple[tuple[re.Pattern, str], ...]]] = {}
_FINDERS_MAX = 256


def _finders(question: Question) -> tuple[tuple[re.Pattern, str], ...]:
    """(pattern, part id) for every part's labels and markers; markers count only at a line's start."""
    cached = _FINDERS.get(id(question))
    if cached is not None and cached[0] is question:
        return cached[1]
    found = []
    for part in question.parts:
        for label in part.find.labels:
            if label.strip():
                found.append((re.compile(label_pattern(label.strip()), re.IGNORECASE), part.id))
        for marker in part.find.markers:
            if marker.strip():
                found.append((re.compile(_marker_lead(question.number) + _marker_body(marker.strip()) + _MARKER_TAIL,
                                         re.IGNORECASE), part.id))
        if question.number is not None:
            found.append((re.compile(table_row_mark(question.number, question.parts.index(part),
                                                    len(question.parts)), re.IGNORECASE), part.id))
            if len(question.parts) > 1:
                found.append((re.compile(inline_mark(question.number, question.parts.index(part)), re.IGNORECASE),
                              part.id))
    if len(_FINDERS) >= _FINDERS_MAX:  # a long-lived process (the TA's desk) loads specs again and again
        _FINDERS.clear()
    _FINDERS[id(question)] = (question, tuple(found))
    return _FINDERS[id(question)][1]


def _marker_body(marker: str) -> str:
    """A marker as a pattern: a space may stand between its question's number and the part's bracket
    ("Q2 (a)" is "q2(a)", "2 (b)" is "2(b)")."""
    return re.sub(r"(?<=\d)(?=\\\()", "[ \\t]*", re.escape(marker))


def table_row_mark(number: int, position: int, parts: int) -> str:
    """A closing answers table's row naming a part by the sheet's numbering in its first cell:
    "| 4 | No |", "| Q4 | …", "| 1b | …", "| 1(b) | …", "| 1.2 | …", "1(b) & …" (the part's letter
    or ordinal, which a question of one part may leave out), the cell perhaps going on with words
    that say what the row holds ("| 2 the matrix asked for | [[…]] |", "| 1 (b) how many | 640 |")."""
    letter = "abcdefgh"[position] if position < 8 else "?"
    sub = rf"(?:[ \t]*\(?{letter}\)?|\.{position + 1})"
    return (_TABLE_ROW_LEAD + rf"(?:q|question|problem|ex|exercise)?[ \t.]*"
            rf"{number}{sub if parts > 1 else sub + '?'}(?:\*\*)?(?:[ \t]+{_ROW_WORDS})?[ \t]*(?=\||&)")


#: What leads a part's numbered mark inside a line: a separator of a list of answers ("Final answers: Q1(a) 14 × 14
#: × 64 | Q1(b) 1792 | Q5 65.91 %").
_INLINE_LEAD = r"(?m)(?<=[|;:])[ \t]*(?:\*\*)?"


def inline_mark(number: int, position: int) -> str:
    """A part named by the sheet's numbering after a list's separator inside a line: "…: Q1(a) 14 × 14 × 64 |
    Q1(b) 1792 | …", "; 2b) 53952" (the question's number, the part's letter in brackets or before one)."""
    letter = "abcdefgh"[position] if position < 8 else "?"
    return (_INLINE_LEAD + rf"(?:(?:q|question|problem)[ \t.]*)?{number}[ \t]*(?:\({letter}\)|{letter}\))"
            r"(?:\*\*)?(?=[ \t:])")


#: What a row's first cell may add after the number: words (a letter first, no digit to start a value).
_ROW_WORDS = r"[^\W\d_][^|&\n]{0,80}?"


_TABLE_ROW_LEAD = r"(?m)^[ \t]*(?:\|[ \t]*|\\hline[ \t]*)?(?:\*\*)?"


def part_passages(question: Question, part: Part, blocks: tuple[Block, ...],
                  everything: tuple[Block, ...] = ()) -> list[Passage]:
    """The passages of ``blocks`` about ``part``, in reading order.

    When no passage names the part, the question's text that names no other part is returned
    (``named`` False: the reader's answer is then flagged). When the question's blocks hold
    nothing for the part, passages of the whole document (``everything``) named by one of the
    part's labels are returned, also unnamed: the question's section was not recognised.
    """
    named = _named_passages(question, part, blocks)
    # A summary elsewhere that names the part by its question's number ("| 1(a) | … |", "| 4 | No |")
    # restates the final answer: its passages join the question's own, in reading order, and stand
    # for the part where the question's own text never names it.
    summary = _summaries(question, part, blocks, everything)
    if not any(p.named for p in named):
        # where the question's own text never names the part, only a table's row does ("| 4 | No |"):
        # the row alone, not what follows it
        summary = _table_rows(summary)
    if any(p.named for p in named) or summary:
        order = {id(b): i for i, b in enumerate(everything)}
        return sorted([p for p in named if p.named] + summary, key=lambda p: (order.get(id(p.block), -1), p.start))
    unclaimed = [p for p in named if not p.named]
    if unclaimed:
        return unclaimed
    if everything:
        labelled = [p for p in _named_passages(question, part, everything, markers=False) if p.named]
        return [Passage(p.block, p.start, p.end, False) for p in labelled]
    return []


def labelled_elsewhere(question: Question, part: Part, blocks: tuple[Block, ...],
                       everything: tuple[Block, ...]) -> list[Passage]:
    """The lines outside the question's own ``blocks`` that a label of the part no ordinary word could be
    names ("2 W_new = [[…]]" in an opening list of results, numbered otherwise than the sheet): where the
    question's own text never names the part, the student's stated answer may stand there."""
    labels = [lab.strip() for lab in part.find.labels if len(lab.strip()) >= 3 and is_specific(lab.strip())]
    if not labels or not everything:
        return []
    pattern = re.compile(labels_pattern(labels), re.IGNORECASE)
    own = {id(b) for b in blocks}
    found = []
    for block in everything:
        if id(block) in own:
            continue
        for m in pattern.finditer(block.text):
            start = block.text.rfind("\n", 0, m.start()) + 1
            end = block.text.find("\n", m.end())
            found.append(Passage(block, start, len(block.text) if end < 0 else end, True))
    return found


def summary_rows(question: Question, part: Part, blocks: tuple[Block, ...], everything: tuple[Block, ...]
                 ) -> tuple[Block, ...]:
    """The rows of a closing answers table outside the question's own ``blocks`` that name the part by
    the sheet's numbering ("| Q3 loss | y log z − z |"), each as a block of its own line: for the
    readers that take whole blocks (a loss)."""
    return tuple(dataclasses.replace(row.block, text=row.block.text[row.start:row.end],
                                     line=row.block.line_at(row.start))
                 for row in _table_rows(_summaries(question, part, blocks, everything)))


def _summaries(question: Question, part: Part, blocks: tuple[Block, ...], everything: tuple[Block, ...]
               ) -> list[Passage]:
    """Passages outside the question's own ``blocks`` that name the part by the sheet's numbering."""
    own = {id(b) for b in blocks}
    return [p for p in _named_passages(question, part, tuple(b for b in everything if id(b) not in own),
                                       markers=False, numbered_only=True) if p.named]


def _table_rows(passages: list[Passage]) -> list[Passage]:
    """Of summary passages, the table rows that name the part: each its first line, with the rows under it whose
    first cell is empty (the question's number written once for its rows: "2 & ∂f/∂A & …" over "& A_new & …")."""
    return [_with_rows_under(row) for row in map(_first_line, passages) if _TABLE_CELL.search(row.text)]


# A table row whose first cell is empty: "  & A_new & …", "|   | A_new | … |".
_EMPTY_FIRST_CELL = re.compile(r"[ \t]*(?:&|\|[ \t]*\|)")
#: The most rows one number spans: a question's rows in a summary, not a table of data under it.
_ROWS_UNDER = 6


def _with_rows_under(row: Passage) -> Passage:
    text, end = row.block.text, row.end
    for _ in range(_ROWS_UNDER):
        if text[end:end + 1] != "\n" or _EMPTY_FIRST_CELL.match(text, end + 1) is None:
            break
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return row if end == row.end else Passage(row.block, row.start, end, row.named)


def unclaimed_passages(question: Question, part: Part, blocks: tuple[Block, ...]) -> list[Passage]:
    """The question's text that names no part (``named`` False), whether or not the part is named
    elsewhere: where a label points back at what is written before it ("so W_new is the last array
    above"), the answer is in this text, not in the label's passage."""
    return _passages(question, part, blocks)[1]


def _named_passages(question: Question, part: Part, blocks: tuple[Block, ...], *, markers: bool = True,
                    numbered_only: bool = False) -> list[Passage]:
    """Passages named by the part (``named``) and, when there are none, the text no part names."""
    passages, loose = _passages(question, part, blocks, markers=markers, numbered_only=numbered_only)
    if numbered_only:
        return passages or loose  # a closing table's rows, each its own (see ``_passages``)
    return _merged(passages) if passages else loose


def _passages(question: Question, part: Part, blocks: tuple[Block, ...], *, markers: bool = True,
              numbered_only: bool = False) -> tuple[list[Passage], list[Passage]]:
    """The passages the part names, and the text no part names."""
    finders = _finders(question) if markers else _label_finders(question, numbered_only)
    passages: list[Passage] = []
    loose: list[Passage] = []
    current: str | None = None
    file = None
    for block in blocks:
        if block.file != file:
            # a passage never runs on into another file of the folder ("main.pdf" then "sections/sgd.tex", the
            # same text twice): each file names its parts again
            current, file = None, block.file
        if numbered_only and block.kind == "heading":
            # a summary's row that names the part by its number names nothing past the next heading: no other
            # part's name would close it, and the sections after it are other questions'
            current = None
        # (position, part, whether a marker, whether a label of one plain word: "output", whether a numbered mark
        # inside a list of answers on one line)
        hits = sorted([(m.start(), pid, (mark := pattern.pattern.startswith("(?m)")),
                        not mark and _PLAIN_WORD.fullmatch(m.group(0).strip()) is not None,
                        pattern.pattern.startswith(_INLINE_LEAD))
                       for pattern, pid in finders for m in pattern.finditer(block.text)]
                      + [(*hit, False) for hit in (_corrected_parts(question, block.text)
                                                   if markers and RETRACTION.match(block.text) else [])])
        cuts: list[tuple[int, str | None]] = [(0, current)]
        restore: tuple[int, str | None] | None = None  # (where, whose): the passage a mention interrupted, after it
        for pos, pid, marker, plain, inline in hits:
            if restore is not None and (pos >= restore[0] or pid != cuts[-1][1]):
                if pos >= restore[0]:
                    cuts.append(restore)
                restore = None  # (another part named on the mention's line: no going back)
            line_start = block.text.rfind("\n", 0, pos) + 1
            if not marker and RETRACTION.match(block.text, line_start):
                # "Edit: with the corrected rate 0.12 the answer is yes": a correction goes on
                # with the part above it, whatever other part's label it mentions
                continue
            # A label starts its part's passage at the start of its line: the value may stand before it
            # on that line only in a table row, which the line keeps whole. In a paragraph on one long
            # line, at the start of its clause ("… so the shape is 7 × 7 × 32 and the layer has … = 896
            # weights": the shape stays with the text before).
            start = line_start
            if plain and any(line_start <= p < pos and q != pid and mark for p, q, mark, _, _ in hits):
                # "b) For every output position …": a word label ("output") inside the passage another part's
                # marker opens on its line is that part's prose, not a claim of its own
                continue
            # (also on a short line that names another part before: "4 l(p) = …, p^ = Σx/n")
            other_before = any(line_start <= p < pos and q != pid for p, q, _, _, _ in hits)
            if inline and (block.text[line_start:pos].lstrip().startswith("|") or "&" in block.text[line_start:pos]):
                continue  # a table's row ("| 4(b) | p̂ = x̄ |"): its own marks name it, from the row's start
            if inline:
                start = pos  # "…: Q1(a) 14 × 14 × 64 | Q1(b) 1792": from its own mark to the next one
            elif (pos - line_start > LIMITS.paragraph_line or other_before) \
                    and not _TABLE_CELL.search(block.text, line_start, pos):
                clause = max(block.text.rfind(sep, line_start, pos) for sep in _CLAUSE_SEPARATORS)
                start = clause + 1 if clause >= 0 else line_start
                if clause < 0 and other_before:
                    if (inline := _MARK_BEFORE.search(block.text, max(line_start, pos - _MARK_REACH), pos)) is not None:
                        start = inline.start()  # "Q4a l(p) = …   Q4b p_hat = …": from the part's own mark on
                    elif any(line_start <= p < pos and q != pid and mark for p, q, mark, _, _ in hits):
                        # "(c) we keep the claim since the p-value > 0.05", "(c) Cov(2U, V) = 2 Cov(U, V) = 0.6": another
                        # part's name inside what a marker opened, no clause between, is a term of that part's answer
                        continue
            line_end = block.text.find("\n", pos)
            if start == line_start and start and ("⎢" in (line := block.text[line_start:len(block.text) if line_end < 0
                                                                       else line_end]) or "⎜" in line):
                # "⎡ 0.15 0.10 ⎤" over "M = ⎢ −0.20 0.50 ⎥": a drawn matrix's name stands by its middle row,
                # its top rows above it are the named matrix's (as far up as a matrix's height)
                for _ in range(_DRAWN_ROWS):
                    if not start:
                        break
                    above = block.text.rfind("\n", 0, start - 1) + 1
                    lead = block.text[above:start].lstrip()[:1]
                    if lead not in ("⎡", "⎢", "⎛", "⎜"):
                        break
                    start = above
                    if lead in ("⎡", "⎛"):
                        break  # the matrix's top
            # (in a closing table each row that names the part is a passage of its own, "| 2 | … | 0.32 |" then
            # "| 2 | … | [0.2554, 0.3847] |": its first line is what the table says, ``_table_rows``)
            before = cuts[-1][1]
            cuts.append((start if pid != before or numbered_only else cuts[-1][0], pid))
            if pos > line_start + _LEAD_CHARS and pid != before and before is not None and line_end >= 0 \
                    and _SENTENCE_ENDS.search(block.text, max(pos, line_end - _MARK_REACH), line_end) is not None:
                # "… not significantly more: the p-value 0.0719 is above 0.05." then "**Final: fail to reject H₀**":
                # another part named in a sentence that ends its line is mentioned; the line after goes on with
                # the passage the mention interrupted
                restore = (line_end + 1, before)
        if restore is not None:
            cuts.append(restore)
        for i, (pos, owner) in enumerate(cuts):
            end = cuts[i + 1][0] if i + 1 < len(cuts) else len(block.text)
            if owner == part.id and end > pos:
                passages.append(Passage(block, pos, end, True))
            elif owner is None and end > pos:
                loose.append(Passage(block, pos, end, False))
        current = cuts[-1][1]
    return passages, loose


_TABLE_CELL = re.compile(r"\||(?<!\\)&")
#: A label this far into its line is said in a sentence, not set at its head ("**p-value:**", "- p-value =").
_LEAD_CHARS = 12
#: How far before a label its part's mark, and before a line's end its sentence's stop, are looked for (a hostile line
#: of dots or spaces stays linear).
_MARK_REACH = 40
#: How many rows above its name a drawn matrix's top may stand.
_DRAWN_ROWS = 40
# A sentence that ends its line (markup after its stop aside).
_SENTENCE_ENDS = re.compile(r"[.!?][*_)\]\s]*\Z")
# A part's mark right before its label inside a line ("   Q4b p_hat", " (b) p̂"), after a gap or a space: where the
# part's passage starts, not at the label after it (which would leave the mark to the part before).
_MARK_BEFORE = re.compile(r"(?<!\S)(?:(?:q|question)?\s*\d{1,2}\s*\.?\s*\(?[a-h]\)|(?:q|question)\s*\d{1,2}\s*\.?\s*[a-h]"
                          r"|\d{1,2}[a-h]|\([a-h]\))[.:)]?[ \t*_$]*\Z", re.IGNORECASE)  # ("(b) **p̂ = …": bold between)
# A label that is one plain word ("output", "parameters"), as the text writes it where it was found (not a
# symbol: "z", "p" name quantities).
_PLAIN_WORD = re.compile(r"[A-Za-z]{4,}")
# "Edit: … so my answer to 1a is 7×7×64": a correction names the part it corrects by its marker in a sentence.
_ANSWER_TO = re.compile(r"\b(?:answer|value|result)\s+(?:to|for|of|in)\s+(?:q(?:uestion)?\s*)?"
                        r"(?P<m>\d{1,2}\s*\.?\s*\(?[a-h]\)?|\([a-h]\))(?!\w)", re.IGNORECASE)


def _corrected_parts(question: Question, text: str) -> list[tuple[int, str, bool, bool]]:
    """Where a correction's sentence names a part by its marker ("my answer to 1a is …"): that sentence on
    is the part's passage (as a marker at a line's start would make it)."""
    found = []
    for m in _ANSWER_TO.finditer(text):
        said = re.sub(r"[\s.()]", "", m["m"]).lower()
        pid = next((p.id for p in question.parts for marker in p.find.markers
                    if re.sub(r"[\s.()]", "", marker).lower().removeprefix("q") == said), None)
        if pid is not None:
            start = max(text.rfind(sep, 0, m.start()) for sep in (". ", "\n", ": ")) + 1
            found.append((start, pid, True, False))
    return found
#: Where a clause of a paragraph starts: after these (" and " keeps its words with the clause it opens).
_CLAUSE_SEPARATORS = (". ", "; ", ", ", " and ")


def _first_line(passage: Passage) -> Passage:
    """A summary's passage is its row: the line that names the part ("| 4 | No |", "Q2: 0.32 ± 0.065"),
    not what follows it to the next part's name."""
    end = passage.block.text.find("\n", passage.start)
    return passage if end < 0 or end >= passage.end else Passage(passage.block, passage.start, end, passage.named)


def _label_finders(question: Question, numbered_only: bool = False) -> tuple[tuple[re.Pattern, str], ...]:
    """The finders that name a part anywhere in a submission: its labels, and its markers that hold the
    question's number ("5b", "Q1(a)"); a bare "(a)" names a part only inside its question. With
    ``numbered_only``, only those markers."""
    lead = _marker_lead(question.number)
    return tuple((pattern, pid) for pattern, pid in _finders(question)
                 if (not pattern.pattern.startswith("(?m)") and not numbered_only)
                 or pattern.pattern.startswith((_TABLE_ROW_LEAD, _INLINE_LEAD))
                 or (pattern.pattern.startswith(lead)
                     and re.search(r"\d", pattern.pattern[len(lead):-len(_MARKER_TAIL)])))


def _merged(passages: list[Passage]) -> list[Passage]:
    merged: list[Passage] = []
    for p in passages:
        if merged and merged[-1].block is p.block and merged[-1].end >= p.start:
            last = merged[-1]
            merged[-1] = Passage(p.block, last.start, max(last.end, p.end), last.named or p.named)
        else:
            merged.append(p)
    return merged


def cue_score(text: str, start: int, end: int) -> tuple[float, str]:
    """How clearly the line around ``text[start:end]`` presents it as the answer, and why (what is
    crossed out on the line presents nothing: "\\sout{Answer: (28, 28, 64)}")."""
    text = visible(text)
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a:len(text) if b < 0 else b]
    before = text[text.rfind("\n", 0, max(a - 1, 0)) + 1:max(a - 1, 0)] if a else ""
    score, why = 0.0, []
    for pattern, cue_weight, reason in _CUES:
        # A cue that ends its line ("… = u_k. Therefore⏎∂f/∂u_k = u_k − v_k", "Final answer:⏎…") announces the
        # next line's statement, not its own line's.
        if any(not _ENDS_LINE.match(line, m.end()) for m in pattern.finditer(line)) \
                or any(_ENDS_LINE.match(before, m.end()) for m in pattern.finditer(before)):
            score += cue_weight
            why.append(reason)
    # A box or bold counts when it holds the value itself, not a bold heading elsewhere on the line.
    for pattern, mark_weight, reason in _MARKS:
        if any(m.start() <= start - a and end - a <= m.end() for m in pattern.finditer(line)):
            score += mark_weight
            why.append(reason)
    if line.startswith("#") and (titled := _HEADING_ANSWER.match(line)) is not None and titled.end() == start - a:
        score += weight("heading_answer")
        why.append("the part's heading states it")
    if _FINAL_BEFORE.search(line, 0, start - a) is not None:
        score += weight("final_before")
        why.append("said to be final")
    if "(" in line and any(m.start() <= start - a and end - a <= m.end() for m in _ASIDE.finditer(line)):
        score += weight("in_aside")
        why.append("inside an aside in brackets")
    if superseded(text, start):
        score += weight("superseded")
        why.append("in a clause about an earlier version")
    return score, "; ".join(why) or "the last such value of the part"


def under_corrections(everything: tuple[Block, ...]) -> frozenset[int]:
    """The ids of the blocks under a heading that says they correct the answers above ("## Corrections (added
    after the study group)", "### Errata"), to the next heading of their file."""
    if not any(b.kind == "heading" and corrects(b.text) for b in everything):
        return frozenset()
    out, under, file = set(), False, None
    for block in everything:
        if block.file != file:
            under, file = False, block.file
        if block.kind == "heading":
            under = corrects(block.text)
        elif under:
            out.add(id(block))
    return frozenset(out)


def confidence(score: float, named: bool) -> float:
    """A reader's confidence from its best candidate's cue score and whether the part was named."""
    base = 0.8 if named else 0.55
    return min(0.95, base + 0.05 * score)
