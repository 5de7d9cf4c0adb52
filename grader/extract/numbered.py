"""Answers read from a passage the student numbers as another question of the sheet.

A student who follows the sheet writes "q1 (a) = 0.00443" for question 1. When that passage's words
(often the working that follows an answer line, as in a notebook whose answers come after their code)
place it under another question, the reading may be right (a student who numbers their own way) or a
misread (question 1's value read for question 2): either way a person must say which, so the answer
says where and why rather than being graded silently.
"""

from __future__ import annotations

import dataclasses

from ..models import Answer, Block, Evidence
from ..spec import Spec
from .sections import Section


def flag_misnumbered(spec: Spec, sections: list[Section], answers: dict[str, Answer | None]) -> None:
    """Add a review reason to every answer read from a section whose own number is, on the sheet, another
    question's than the one its words decided, when its first line gives the number without the topic's
    words ("q1 (a) = 0.00443", not "Q.1 Convolution")."""
    sheet = {number: question for number, question in enumerate(spec.questions, start=1)}
    question_of = {p.id: q.id for q in spec.questions for p in q.parts}
    for section in sections:
        named = sheet.get(section.number) if section.number is not None else None
        if named is None or section.question is None or named.id == section.question or section.titled:
            continue  # ("Q.1 Convolution": a number beside its topic's words is the student's own numbering)
        for part_id, answer in answers.items():
            if (answer is None or answer.evidence is None or question_of.get(part_id) != section.question
                    or not any(_holds(block, answer.evidence) for block in section.blocks)):
                continue
            answers[part_id] = dataclasses.replace(answer, review=answer.review + (
                f"read from a passage the student numbers {section.number} ({answer.evidence.file} line "
                f"{answer.evidence.line}), the sheet's number of {named.title or named.id}, though its words "
                f"place it under this question: check which question it answers",))


def _holds(block: Block, evidence: Evidence) -> bool:
    return (block.file == evidence.file and block.cell == evidence.cell
            and block.line <= evidence.line <= block.end_line)
