"""Why a person should look at a part with no answer: the submission holds what the reader could
not place, so a silent zero would be a misread.

Each rule here adds a reason to ``missing_review`` for a part with no answer (never for code
parts, whose absence is a file's): values matched to no question, a document where nothing
was placed, a question's numbered answers read as another's, a part's own label written
where no answer to it was read.
"""

from __future__ import annotations

import re

from ..models import Answer, Block
from ..spec import Part, Spec
from .index import is_specific
from .kinds_locate import labels_pattern
from .rules import LIMITS
from .sections import Section
from .statements import statements, value_of
from .values import numbers_in


def kinds_of(spec: Spec) -> dict[str, str]:
    """Part id -> its kind."""
    return {p.id: p.kind for p in spec.parts}


def unmatched_text(sections: list[Section], answers: dict[str, Answer | None], missing_review: dict[str, str],
                    spec: Spec) -> None:
    """A part with no answer where the submission holds answers the reader could not place: a
    person reads them, never a silent zero.

    - Text that states values ("x = 0.0044") matched to no question (a preamble's "Roll No.:
      210260011" does not count: a colon is a weak relation).
    - A question no section was matched to, while another section holds more numbered answer
      lines than its own question has parts ("1) 1228800  2) 53952  3) L = …  4) 0.00443"
      read as one question).
    """
    kinds = kinds_of(spec)

    def flag(part_id: str, why: str) -> None:
        if answers.get(part_id) is None and part_id not in missing_review and kinds[part_id] != "code":
            missing_review[part_id] = why

    if not any(answers.get(p) is None and p not in missing_review and kind != "code"
               for p, kind in kinds.items()):
        return  # every part is answered or flagged already: nothing below could flag one (the loose text unread)
    loose = [b for s in sections if s.question is None for b in s.blocks]
    values = [b for i, b in enumerate(loose) if any(value_of(side) is not None and not weak
                                                    for stmt in statements(b.text)
                                                    for side, weak in zip(stmt.sides[1:], stmt.weak))
              or _printed_output(b, loose[i - 1] if i else None)]
    if values:
        first, last = values[0], values[-1]
        for part_id in answers:
            flag(part_id, f"no answer to this part was recognised, and {first.file} lines {first.line}–"
                          f"{last.end_line} hold values matched to no question: check there by hand")
    _nothing_placed(sections, answers, flag, kinds)
    found = {s.question for s in sections if s.question is not None}
    read = [a.evidence for a in answers.values() if a is not None and a.evidence is not None]
    # (an answer read from the cell, or, in a page with no cells, from the output's own lines)
    printed = [b for s in sections for i, b in enumerate(s.blocks)
               if _printed_output(b, s.blocks[i - 1] if i else None)
               and not any(e.file == b.file and (e.cell == b.cell if b.cell is not None else b.line <= e.line <= b.end_line)
                           for e in read)]
    if printed:
        # "14 14 3", "0.6590909" printed by cells the sections gave to other questions (a notebook of bare code and
        # outputs): a question that no section was matched to may be answered there
        for question in spec.questions:
            if question.id not in found:
                for part in question.parts:
                    where = f"cell {printed[0].cell}" if printed[0].cell is not None else f"line {printed[0].line}"
                    flag(part.id, f"no section was matched to this part's question, and {printed[0].file} prints "
                                  f"values no answer was read from ({where}): check there by hand")
    parts_of = {q.id: len(q.parts) for q in spec.questions}
    crowded = [s for s in sections if s.question is not None
               and sum(len(_ANSWER_LINE.findall(b.text)) for b in s.blocks) > parts_of.get(s.question, 0)]
    if not crowded:
        return
    where = crowded[0].blocks[0]
    for question in spec.questions:
        if question.id not in found:
            for part in question.parts:
                flag(part.id, f"no section was matched to this part's question, and {where.file} from line "
                              f"{where.line} holds more numbered answers than its own question has parts: "
                              f"check there by hand")


# A notebook's output prompt, as an export to HTML or PDF prints it on a line of its own: "Out[5]:".
_OUT_PROMPT = re.compile(r"[ \t]*Out[ \t]*\[[ \t]*\d*[ \t]*\]:[ \t]*")


def _printed_output(block: Block, before: Block | None) -> bool:
    """Whether ``block`` is what a notebook's cell printed ("14 14 3", "0.6590909"), holding a number: a result
    as firm as "x = 0.66" (the cell's source is the block before it, of the same cell; in a notebook exported to
    HTML or PDF, the "Out[5]:" prompt before it)."""
    if before is None or before.file != block.file or not any(c.isdigit() for c in block.text):
        return False
    return (block.kind == "code" and block.cell is not None and before.cell == block.cell) or (
        "Out" in before.text and _OUT_PROMPT.fullmatch(before.text) is not None)


def _nothing_placed(sections: list[Section], answers: dict[str, Answer | None], flag, kinds: dict[str, str]) -> None:
    """No part found at all in a document that holds numbers enough for every part (working,
    not just a header's roll number and date): its words
    are ones the spec does not know (another language, a layout of its own), so every part is a
    person's to read, never a silent zero. A program's comments alone do not count: a student
    who hands in only code answers only the code parts."""
    gradable = [p for p, kind in kinds.items() if kind != "code"]
    if not gradable or any(answers.get(p) is not None for p in gradable):
        return
    blocks = tuple(b for s in sections for b in s.blocks if not b.file.endswith(".py"))
    if not blocks or numbers_in(blocks) < LIMITS.unplaced_numbers_per_part * len(gradable):
        return  # a header's roll number and date are no answers
    for part_id in gradable:
        flag(part_id, f"no part was found in {blocks[0].file}, though it holds numbers enough for every part "
                      f"(another language, or a layout the reader does not follow?): check by hand")


#: A numbered line that holds a value: "1) 1228800", "4. 0.00443", "(3) L = y ln λ − λ".
_ANSWER_LINE = re.compile(r"^\s*\(?\d{1,2}[.)]\s*[^\n]*\d", re.MULTILINE)




def label_unread(spec: Spec, blocks: tuple[Block, ...], answers: dict[str, Answer | None],
                 missing_review: dict[str, str]) -> None:
    """A part with no answer whose own label the student wrote ("half-life", "dJ/dθ", "P(A | B)"):
    the answer is likely there in a form the reader did not follow, so a person looks. Only a
    label that is no ordinary word counts (several words, or symbols): "standard" or "mean"
    written anywhere says nothing."""
    kinds = kinds_of(spec)
    for part in spec.parts:
        if answers.get(part.id) is not None or part.id in missing_review or kinds[part.id] == "code":
            continue
        found = _first_label(part, blocks)
        if found is not None:
            label, block, line, opens = found
            missing_review[part.id] = (f"no answer to this part was read, though {block.file} line {line} "
                                       f"names it ({label!r}): check there by hand")
            # the question's other parts with no answer are likely beside a line that gives the label a number,
            # under names the spec lacks ("standard : 1228800" over "dw-sep : 53952")
            for other in next(q for q in spec.questions if part in q.parts).parts if opens else ():
                if answers.get(other.id) is None and other.id not in missing_review and kinds[other.id] != "code":
                    missing_review[other.id] = (f"no answer to this part was read, though {block.file} line {line} "
                                                f"names another part of its question ({label!r}): check there by hand")


_WORDS_LABEL = re.compile(r"[A-Za-z]{4,}(?:[ -][A-Za-z]+)*")


def _first_label(part: Part, blocks: tuple[Block, ...]) -> tuple[str, Block, int, bool] | None:
    """The first of the part's specific labels written anywhere, or of any of its labels of words (an ordinary
    word too) that opens a line and gives a number there ("standard : 1228800", a program's print): the part's
    value stated, in a line the reader placed elsewhere. And whether it was the latter."""
    labels = [lab.strip() for lab in part.find.labels if len(lab.strip()) >= 3]
    specific = [lab for lab in labels if is_specific(lab)]
    words = [lab for lab in labels if _WORDS_LABEL.fullmatch(lab)]  # ("p =" opens many a line of working)
    anywhere = re.compile(labels_pattern(specific), re.IGNORECASE) if specific else None
    opening = re.compile(rf"(?m)^[ \t#>*-]*({labels_pattern(words)})[ \t]*(?:[:=][ \t]*|[ \t]{{2,}}|\t)[-−]?\d",
                         re.IGNORECASE) if words else None
    for block in blocks:
        if anywhere is not None and (m := anywhere.search(block.text)) is not None:
            return m.group(0), block, block.line_at(m.start()), False
        if opening is not None and (m := opening.search(block.text)) is not None:
            return m.group(1), block, block.line_at(m.start(1)), True
    return None



def numbered_unread(spec: Spec, sections: list[Section], answers: dict[str, Answer | None],
                    missing_review: dict[str, str]) -> None:
    """A question no section was matched to, while a line opens with its number on the sheet
    ("5  72.4%", "Q4 No, it uses the stored values"): its answers are likely there, numbered but without
    the topic's words, so each of its parts with no answer is a person's to read."""
    kinds = kinds_of(spec)
    matched = {s.question for s in sections if s.question is not None}
    blocks = [b for s in sections for b in s.blocks if not b.file.endswith(".py")]
    for number, question in enumerate(spec.questions, start=1):
        if question.id in matched:
            continue
        # ("Ans 5." opens with 5: a dot after the number ends it; "5.2" or "5,3" does not open with 5)
        opening = re.compile(rf"^[ \t>*#-]*(?:(?:q|question|ans|answer)\.?\s*)?{number}(?![\d,]|\.\d)\s*"
                             rf"(?:[a-h]\b|\([a-h]\))?\s*[.):]?\s*\S", re.IGNORECASE | re.MULTILINE)
        for block in blocks:
            m = opening.search(block.text)
            if m is None:
                continue
            line = block.line_at(m.start())
            for part in question.parts:
                if answers.get(part.id) is None and part.id not in missing_review and kinds[part.id] != "code":
                    missing_review[part.id] = (f"no section was matched to this part's question, and {block.file} "
                                               f"line {line} opens with its number ({number}): check there by hand")
            break
