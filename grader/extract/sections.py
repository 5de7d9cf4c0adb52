"""Split a document into question sections and match them to the spec's questions by content.

Students number questions as they like ("Question 3" may be the assignment's Q1) and
some write no headings at all, so a heading only says *where* a new section may start;
*which* question it answers is decided by the spec's keywords. A section without enough
keywords of its own continues the question before it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Callable

from ..models import Block, Document
from ..spec import Question, Spec
from . import lexicon
from .lexicon import alternation
from .normalize import Vocabulary, compact
from .statements import LEAD_BEFORE_PART

_HEADING_LINE = re.compile(
    r"""^\s*(?:\#{1,6}\s*)?(?:\*\*)?\s*
        (?:""" + alternation(lexicon.QUESTION_WORDS + lexicon.ANSWER_HEADING_WORDS) + r""")
        \s*(?:[.:#-]\s*)?\(?\d{1,2}\)?\s*(?:\([a-z]\))?\s*[.:)\-]?
        (?:\s.{0,80})?(?:\*\*)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_NUMBERED_TITLE = re.compile(r"^\s*(?:\#{1,6}\s*)?(?:\*\*)?\(?\d{1,2}[.)]\s*(?:[A-Z][^=$]{0,60})?(?:\*\*)?$"
                             # "**3**", "__4.__", "## 5", "## 1(a)": a number alone (and its part's
                             # letter), marked as a heading
                             r"|^\s*(?:\#{1,6}\s*|\*\*|__)\(?\d{1,2}(?:\s*\([a-h]\)|[a-h]\)?)?[.):]?\)?(?:\*\*|__)?\s*$"
                             # "### 4 — 3 marks", "## 1(a): first part", "### 2 (5 marks)": a Markdown heading's
                             # number, then a dash, a colon or a bracket and a short title of any words
                             r"|^\s*\#{1,6}\s*(?:\*\*|__)?\(?\d{1,2}(?:\s*\([a-h]\)|[a-h]\)?)?\)?\s*(?:[—–:-]|\((?![a-h]\)))"
                             r"[^=$\n]{0,60}$")
# A question's number as a student writes it before its answer: "Q2", "Question 2:",
# "## 2.", "2a)", "2(b)", "Q2 (a)". Group 1 is the number, group 2 a part letter.
_QUESTION_NUMBER = re.compile(
    r"""^\s*(?:\#{1,6}\s*)?(?:\*\*)?\s*
        (?:(?:""" + alternation(lexicon.QUESTION_WORDS + ("part",)) + r""")\s*(?:[.:#-]\s*)?)?
        \(?(\d{1,2})\)?\s*[.:]?\s*(?:\(([a-h])\)|([a-h])\))?""",
    re.IGNORECASE | re.VERBOSE)
# A line that starts with a question number *and* a part letter ("2a)", "Q2 (b)",
# "3(a)"): unambiguous even without a heading's look, so it starts a section of its own.
_NUMBERED_PART = re.compile(
    rf"^\s*(?:\*\*)?(?:(?:{alternation(lexicon.NUMBERING_WORDS)})\s*(?:[.:#-]\s*)?)?\d{{1,2}}\s*[.)]?\s*"
    r"(?:\([a-h]\)|[a-h]\)|\((?:i{1,3}|iv|vi{0,3})\))"  # ("2(ii)": a part numbered in roman)
    # "1a  0.0044", "Q2b: 53952": the letter run on to the number, then a gap or a colon (a terse
    # sheet's column; "1a." may be a step of the working)
    rf"|^\s*(?:\*\*)?(?:{alternation(lexicon.NUMBERING_WORDS)})\s*(?:[.:#-]\s*)?\d{{1,2}}[a-h](?:\*\*)?(?::|\s)"
    rf"|^\s*(?:\*\*)?\d{{1,2}}\.?[a-h](?:\*\*)?(?::|\s{{2,}}|\t)"  # ("2.a   1.2288 M" too)
    # "**3 a.** z = …", "__1b)__": a number and a part's letter set in bold together, a marker whatever follows
    rf"|^\s*(?:\*\*|__)\d{{1,2}}[ .]?[a-h][.):]?(?:\*\*|__)",
    re.IGNORECASE)
# "Q3. Generalised linear model …", "**Question 2:** the count is …": a question's number
# after its word opens its answer even on a line that goes on (a run-in heading).
_QUESTION_START = re.compile(rf"^\s*(?:\#{{1,6}}\s*)?(?:\*\*)?\s*(?:{alternation(lexicon.NUMBERING_WORDS)})\s*(?:[.:#-]\s*)?\d{{1,2}}"
                             r"(?:\s*\(?[a-h]\))?\s*(?:[.:)]|(?:\*\*)?\s*[—–]|(?:\*\*)\s*[.:)-]\s"
                             # "Question 3 (loss). If the counts follow …": a short title in brackets, then a stop
                             r"|\([^()\n]{2,40}\)[ \t]*[.:—–]"
                             r"|(?<=\S)(?:\*\*|__)\s+(?=\S))"  # "**Q4** Yes. …": a bold question word and number
                             # "**2** p̂ = 0.32 …": a bold number alone opens the line's answer
                             r"|^\s*(?:\*\*|__)\(?\d{1,2}[.):]?\)?(?:\*\*|__)\s+\S", re.IGNORECASE)
# "3) …": a number alone opens an answer only in a list of numbered answers (elsewhere
# "1) compute the forward pass" is a step of the working).
_NUMBERED_LINE = re.compile(r"^\s*(?:\*\*)?\d{1,2}\s*[.)](?:\*\*)?\s+\S"
                            r"|^\s*\d{1,2}(?:\s{2,}|\t)\S")  # "3   L = …": a column of numbers, as a terse sheet has
# "3: I wrote …", "5: 145/220": a number and a colon, likewise, on a line of its own after a blank line or a
# sentence's end ("stride⏎2: 26/2 = 13" is a wrapped line, not an answer).
_NUMBERED_COLON = re.compile(r"^\s*(?:\*\*)?\d{1,2}\s*:(?:\*\*)?\s+\S")
_ENDS_CLAUSE = re.compile(r"(?:^|[.:;!?)])\s*$")
# A heading that is a number and its bracket or dot alone: "2)", "3."
_NUMBERED_LINE_HEAD = re.compile(r"\s*(?:\*\*)?\d{1,2}\s*[.)](?:\*\*)?\s*$")
# A question's number alone on a line, underlined as plain text underlines a title ("3" over "-").
_UNDERLINED_NUMBER = re.compile(r"\s*(?:q|question)?\s*(\d{1,2})[.)]?[ \t]*\n[ \t]*[-=]+[ \t]*(?:\n|$)", re.IGNORECASE)
#: How many times more a block's words must be about another question than about the current one
#: for it to switch (a paragraph on one question that uses one word of another stays where it is).
_DOMINANCE = 4.0
#: Weight a section needs to claim a question rather than continue the previous one.
MIN_SCORE = 2.0
#: Weight a single block needs to switch question inside a section (no headings at all).
SWITCH_SCORE = 4.0


@dataclass(frozen=True)
class Section:
    """Consecutive blocks that answer one question (or none: a preamble)."""

    question: str | None
    blocks: tuple[Block, ...]
    heading: str | None
    scores: tuple[tuple[str, float], ...] = ()
    number: int | None = None
    """The question number its heading or first line gives ("Q2", "2a)"), if any."""
    titled: bool = False
    """Whether its first line names its question's topic as well ("Q.1 Convolution"): the number is then
    the student's own numbering, not a reference to the sheet's."""


# "\section*{Problem 3}" as Mathpix leaves it in Markdown: the title inside is the heading.
_LATEX_TITLE = re.compile(r"^\s*\\(?:sub)*section\*?\s*\{(.*)\}\s*$")


#: How much of a line the patterns of headings and numbered answers look at: all of them read a line's
#: start, and a heading is short. (Their leading runs of spaces overlap, which costs the square of a
#: run's length: a hostile line of spaces must not reach them whole.)
_HEAD_CHARS = 200


# A list's bullet before a numbered answer: "- 1(a) 0.421", "- **5(c)** …", or a question's word and number ("* Q2",
# "• Question 3:", a terse sheet's bulleted headings).
_BULLET_BEFORE_NUMBER = re.compile(rf"[-*+•][ \t]+(?=(?:\*\*|__)?(?:\d|(?:{alternation(lexicon.NUMBERING_WORDS)})\.?[ \t]*\d))",
                                   re.IGNORECASE)


def _without_bullet(line: str) -> str:
    """A line without a list's bullet before a question's word and number ("  * Q2" is the heading "Q2"; "- 1. …"
    stays a list's item)."""
    stripped = line.lstrip()
    if stripped[:1] in "-*+•" and (bullet := _BULLET_BEFORE_NUMBER.match(stripped)) is not None \
            and not stripped[bullet.end():bullet.end() + 1].isdigit():
        return stripped[bullet.end():]
    return line


# A numbered list's item whose text names its question by word and number: "1. **Q2(a):** …", "2) Question 3 — …"
# (an errata's list: the item's number counts the list, the question's names the answer).
_ITEM_BEFORE_QUESTION = re.compile(rf"\d{{1,2}}[.)][ \t]+(?=(?:\*\*|__)?(?:{alternation(lexicon.NUMBERING_WORDS)})"
                                   r"\.?[ \t]*\d)", re.IGNORECASE)


def _head(line: str) -> str:
    """The start of a line that a heading or a numbered answer is recognised by, without its indent
    (or the short lead that comes before the line's first numbered part)."""
    line = line.lstrip()
    if line[:1] in "-*+•" and (bullet := _BULLET_BEFORE_NUMBER.match(line)) is not None:
        line = line[bullet.end():]  # "- 1(a) 0.421": a list's bullet before the numbered answer
    elif line[:1].isdigit() and (item := _ITEM_BEFORE_QUESTION.match(line)) is not None:
        line = line[item.end():]  # "1. **Q2(a):** …": the question the item names
    if ":" in line[:62] and (lead := LEAD_BEFORE_PART.match(line)) is not None:
        line = line[lead.end():]
    return line[:_HEAD_CHARS]


# A heading's number in words ("One (a).", "Two.", "Question Three:", "Question three part a." as voice typing writes
# it): followed by a part's letter, a heading's stop or nothing, never by prose ("One of the weights …").
_NUMBER_WORD = {w: i for i, w in enumerate(lexicon.HEADING_NUMBER_WORDS, 1)}
_NUMBER_WORD_HEAD = re.compile(
    r"^(\s*(?:\#{1,6}\s*)?(?:\*\*)?\s*(?:(?:" + alternation(lexicon.QUESTION_WORDS + lexicon.ANSWER_HEADING_WORDS)
    + r")\s*[.:#-]?\s*)?)(" + "|".join(_NUMBER_WORD) + r")(?=\s*(?:\([a-h]\)|[.:)]|\*\*|$)|\s+part\s+\(?[a-h]\b)",
    re.IGNORECASE)


# A line that may open with a number in words (one search a block, before its lines are tried).
_NUMBER_WORD_LEAD = re.compile(r"(?im)^[\s#*]*(?:\w+\s*[.:#-]?\s*)?(?:"
                               + "|".join(lexicon.HEADING_NUMBER_WORDS) + r")\b")


# A question's heading in Chinese or Japanese: "第三题", "第 3 題", "问题 2", "問3" (the numerals one to twelve).
_CJK_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}
_CJK_QUESTION = re.compile(r"^(\s*(?:\#{1,6}\s*)?(?:\*\*)?\s*)(?:第\s*([一二三四五六七八九十]{1,2}|\d{1,2})\s*[题題问問]"
                           r"|(?:问题|問題|问|問)\s*([一二三四五六七八九十]{1,2}|\d{1,2})(?![\d题題]))")


def _cjk_number(numeral: str) -> int:
    """"三" is 3, "十二" is 12, "12" is 12."""
    if numeral.isdigit():
        return int(numeral)
    if len(numeral) == 2:  # 十一 … 十九 (and 二十 would be 20, past a sheet's questions)
        return 10 + _CJK_NUMERALS[numeral[1]] if numeral[0] == "十" else _CJK_NUMERALS[numeral[0]] * 10
    return _CJK_NUMERALS[numeral]


def _numbers_in_digits(block: Block) -> Block:
    """The block with its headings' numbers in words written in digits ("One (a)." is "1 (a).", "第三题" is "Q3") and a
    part said in words after its question's number as a marker ("Question 3 part a" is "Question 3 (a)"), so
    that the headings' tests and the readers' markers of a part ("1(a)", "(a)") find them as they find the
    digits. Done once, as the sections are first split (``split_heading_lines``)."""
    if block.kind in ("text", "heading") and ("第" in block.text or "问" in block.text or "問" in block.text):
        lines = block.text.split("\n")
        new = [_CJK_QUESTION.sub(lambda m: f"{m.group(1)}Q{_cjk_number(m.group(2) or m.group(3))} ", line)
               for line in lines]
        if new != lines:
            block = replace(block, text="\n".join(new))
    if block.kind not in ("text", "heading"):
        return block
    if _NUMBER_WORD_LEAD.search(block.text):
        lines = block.text.split("\n")
        new = [line[:len(line) - len(line.lstrip())] + _in_digits(line.lstrip()) for line in lines]
        if new != lines:
            block = replace(block, text="\n".join(new))
    if _PART_IN_WORDS.search(block.text):
        block = replace(block, text=_PART_IN_WORDS.sub(r"\1 (\2)", block.text))
    if ("===" in block.text or "---" in block.text) and _FRAMED_PART.search(block.text):
        block = replace(block, text=_FRAMED_PART.sub(r"\2 (\3)", block.text))
    return block


# A part's number framed by rules on a line of its own ("=== 1a ===", "--- Q2 (b) ---", a plain-text file's
# headings): written as the part's marker ("1 (a)"), which opens its question and names the part.
_FRAMED_PART = re.compile(r"(?im)^[ \t]*([-=])\1{2,}[ \t]*((?:q|question|part)?[ \t]*\d{1,2})[ \t]*\.?[ \t]*\(?([a-h])\)?"
                          r"[ \t]*\1{3,}[ \t]*$")


# A part said in words after its question's number ("Question 3 part a. The sample …", "Q2, part (b):", as voice
# typing and some sheets write it): written as the markers read a part ("Question 3 (a). The sample …").
_PART_IN_WORDS = re.compile(rf"(?im)^([ \t]*(?:\#{{1,6}}[ \t]*)?(?:\*\*)?[ \t]*(?:{alternation(lexicon.NUMBERING_WORDS)})"
                            rf"[ \t]*[.:#-]?[ \t]*\d{{1,2}}),?[ \t]*part[ \t]+\(?([a-h])\)?(?![A-Za-z0-9])")



def _in_digits(line: str) -> str:
    m = _NUMBER_WORD_HEAD.match(line)
    return line if m is None else f"{m.group(1)}{_NUMBER_WORD[m.group(2).lower()]}{line[m.end():]}"


def _title_text(line: str) -> str:
    """The heading's own words: a LaTeX title unwrapped, a Roman numeral after a question
    word as its number ("PART II" is "PART 2")."""
    # (each pattern below tried only on a line that holds what its matches hold: most lines, of every block,
    # hold no backslash and no capital I, V or X)
    m = _LATEX_TITLE.match(line) if "\\" in line else None
    line = m.group(1) if m else line
    if line[:1] in ".%/" and (comment := _LOG_COMMENT.match(line)) is not None:
        line = line[comment.end():]  # ". * Q5" in a Stata log, "% Q5" in MATLAB: a comment's title
    if "---" in line or "===" in line or "___" in line or "~~~" in line:
        line = _RULE_EDGES.sub("", line)  # "#------------ Q3": a comment's rule around the title
    if line[:1] in "[【<" and (bracketed := _BRACKETED_TITLE.fullmatch(line)) is not None:
        line = bracketed.group(1)  # "[Q3]", "【Question 2】": a title in brackets alone on its line
    roman = _ROMAN_HEADING.match(line) if "I" in line or "V" in line or "X" in line else None
    if roman and roman.group(2):
        line = f"{roman.group(1)}{_ROMAN[roman.group(2)]}{line[roman.end():]}"
    elif (lettered := _LETTER_HEADING.match(line)) is not None:
        # "Part C (third topic)": questions lettered in capitals, A for the first
        line = f"{lettered.group(1)}{ord(lettered.group(2)) - ord('A') + 1}{line[lettered.end():]}"
    return line


# A short title alone in square, lenticular or angle brackets: "[Q3]", "【Q2】", "<Question 4>".
_BRACKETED_TITLE = re.compile(r"[\[【<]\s*([^\[\]【】<>]{1,40}?)\s*[\]】>]\s*")
# A program log's comment mark before a title: Stata's ". *", MATLAB's "%", C's "//".
_LOG_COMMENT = re.compile(r"^[ \t]*(?:\.[ \t]*\*+|%+|//+)[ \t]*")
# A rule of dashes (or = _ ~) before or after a title on its line: "----------- Q3", "=== Problem 2 ===".
# (One run of rule characters and spaces each side: a run may not be split two ways, which would cost
# the square, or worse, of a long rule's length.)
_RULE_EDGES = re.compile(r"^[ \t]*[-=_~][-=_~ \t]*[-=_~](?=[ \t]|$)|(?<=[ \t])[-=_~][-=_~ \t]*$")


#: Roman numerals of questions, as headings write them.
_ROMAN = {r: i + 1 for i, r in enumerate(lexicon.ROMAN_NUMERALS)}
_ROMAN_HEADING = re.compile(
    r"^(\s*(?:\#{1,6}\s*)?(?:\*\*)?\s*(?i:" + alternation(lexicon.QUESTION_WORDS + lexicon.ANSWER_HEADING_WORDS)
    + r")\s*(?:[.:#-]\s*)?)(" + "|".join(sorted(_ROMAN, key=len, reverse=True)) + r")(?![A-Za-z0-9])")


# A question word and a capital letter standing alone ("Part C", "Problem B:"); never "(c)" or "Part c", a part's.
_LETTER_HEADING = re.compile(
    r"^(\s*(?:\#{1,6}\s*)?(?:\*\*)?\s*(?i:" + alternation(lexicon.QUESTION_WORDS + ("part", "section")) + r")\s+)([A-H])(?=\s*(?:[.:)—–-]\s|\(|\*\*|$))")


@functools.lru_cache(maxsize=4096)
def is_heading(line: str, vocab: Vocabulary | None = None) -> bool:
    """Whether a line looks like a question heading ("Qn 2", "## 3.", "Problem 2:", "Quesion 1").

    Cached: the sections ask it of a line up to four times (its lines split off, each block's and each
    segment's first line, a question's number), each time about 6 µs."""
    if len(line.strip()) > _HEAD_CHARS:
        return False
    line = _title_text(line.strip())
    if _HEADING_SHAPE.match(line) is None:
        return False  # both patterns read a question's number (a Roman one is a digit by now); most lines have none
    if vocab is not None:
        line = vocab.fix(line)
    return bool(_HEADING_LINE.match(line) or _NUMBERED_TITLE.match(line))


_DIGIT = re.compile(r"\d")
#: Where a line must have its first digit for ``_HEADING_LINE`` or ``_NUMBERED_TITLE`` to match it once the vocabulary
#: has fixed its words: after its marks and at most one word (the vocabulary changes runs of ASCII letters into
#: other runs of them, nothing else). A line of working or prose ("dE/dw11 = …", "The output is 28 …") is refused
#: by this one test, before its words are looked up for misspellings (a test holds it to both patterns).
_HEADING_SHAPE = re.compile(r"\s*(?:\#{1,6}\s*)?(?:\*\*|__)?\s*[^\W\d_]*\s*(?:[.:#-]\s*)?\(?\d")


# What a title never holds: a relation, math, a product of numbers.
_NO_TITLE = re.compile(r"[=$≈]|\\\(|\d\s*[×x*]\s*\d")
_VALUE_ALONE = re.compile(r"[\s*_$]*[-−]?\d[\d.,\s]*[\s*_$]*")
# A line that opens with an arrow concludes the working above it ("→ answer: 42.1", "⇒ p = 0.07").
_CONCLUDING_ARROW = re.compile(rf"[\s*_$]*(?:{alternation(lexicon.ARROWS + lexicon.ASCII_ARROWS)}|\\Rightarrow|\\implies|\\to\b)")


def _is_title(block: Block) -> bool:
    """A short stand-alone line that reads as a title: "Normal Convolution:", "Sigmoid"."""
    if block.kind == "heading":
        return True
    if block.kind != "text":
        return False
    lines = block.text.split("\n")
    if len(lines) > 3 or any(len(line.strip()) > 48 for line in lines):
        return False
    text = block.text.strip()
    if _VALUE_ALONE.fullmatch(text) or _CONCLUDING_ARROW.match(text):
        return False  # "**1,228,800**" alone, "→ 95% CI: 25.5% – 38.5%": a value set apart, not a title
    return not _NO_TITLE.search(text) and not text.endswith((".", ",", ";"))


def split_topic_changes(blocks: list[Block], keywords: Keywords, vocab: Vocabulary | None = None) -> list[Block]:
    """Long paragraphs cut where their sentences turn to another question.

    Some students answer everything in one paragraph ("… so 1,228,800 multiplications,
    whereas … Finally, when the output is a count, the loss is …"). A paragraph of several
    sentences is cut before a sentence whose keywords decide another question than the
    sentences before it; the pieces keep their place in the file (line numbers unchanged).
    """
    out: list[Block] = []
    for block in blocks:
        if block.kind != "text" or len(block.text) < _LONG_PARAGRAPH:
            out.append(block)
            continue
        cuts = [0] + [m.end() for m in _SENTENCE_START.finditer(block.text)]
        if len(cuts) < 2:  # one sentence: nothing to cut
            out.append(block)
            continue
        pieces, start, current = [], 0, None
        for a, b in zip(cuts, cuts[1:] + [len(block.text)]):
            topic, _ = _best(_scores(block.text[a:b], keywords, vocab))
            if topic is not None and current is not None and topic != current and a > start:
                pieces.append((start, a))
                start = a
            current = topic or current
        pieces.append((start, len(block.text)))
        for a, b in pieces:
            out.append(replace(block, text=block.text[a:b], line=block.line + block.text.count("\n", 0, a)))
    return out


#: A paragraph this long (characters) may answer several questions.
_LONG_PARAGRAPH = 300
# Where a sentence starts: after ". ", "! ", "? " (or a colon's ": ") and before a capital,
# a bracket, a bold mark or math; and where a line is a section's number and a title ("layer.⏎3 Next title⏎If …": a
# PDF's heading run into its paragraph, which the sentence before it does not go on into; not "12 Answer: 0.088", a
# printed file's line number before its line).
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z(*$\\])|(?<=\n)(?=[1-9][ \t]+[A-Z][a-z]+[^\n:=]*(?:\n|$))")


_BARE_NUMBER = re.compile(r"[ \t]*(\d{1,2})[ \t]*")
_RULE = re.compile(r"[ \t]*[-=]+[ \t]*")


def _bare_number_headings(blocks: tuple[Block, ...]) -> set[tuple[int, int]]:
    """(block, line) of numbers alone on their lines that number the answers: a PDF's enumerate or
    numbered sections give "1", "2", "3" with no dot. Only when every such line of the document, in
    reading order, counts 1, 2, 3 … (three or more): a page number or a fraction's broken
    denominator among them breaks the count, and then none is taken."""
    found = []
    for b, block in enumerate(blocks):
        lines = block.text.split("\n") if block.kind == "text" else []
        for i, line in enumerate(lines):
            if (m := _BARE_NUMBER.fullmatch(line)) is not None and not (
                    i + 1 < len(lines) and _RULE.fullmatch(lines[i + 1])):  # underlined: a title of its own
                found.append((b, i, int(m.group(1))))
    if len(found) < 3 or [n for _, _, n in found] != list(range(1, len(found) + 1)):
        return set()
    return {(b, i) for b, i, _ in found}


# A terse sheet's line that answers several questions, each opened by its word and number after a wide
# gap or a bar or semicolon between them ("Q3 p - y      Q4 no, …      Q5 145/220", an e-mail's "Q1: … | Q2: …
# | Q3: …"): cut before each, where the line opens with one too.
_QUESTION_WORD_NUMBER = rf"(?:{alternation(lexicon.NUMBERING_WORDS)})\s*\.?\s*\d{{1,2}}\b"
_LINE_OPENS_QUESTION = re.compile(rf"\s*(?:\*\*)?{_QUESTION_WORD_NUMBER}", re.IGNORECASE)
_GAP_THEN_QUESTION = re.compile(rf"(?:[ \t]{{3,}}|[ \t]*[|;][ \t]*)(?=(?:\*\*)?{_QUESTION_WORD_NUMBER})",
                                re.IGNORECASE)


def _questions_on_one_line(block: Block) -> list[Block]:
    """The block, its lines that answer several questions each cut into a block per question (on the same line)."""
    if block.kind != "text" or ("   " not in block.text and "|" not in block.text and ";" not in block.text):
        return [block]
    lines = block.text.split("\n")
    # (a table's header of questions, "Q1 | Q2 | Q3", answers none: each piece must hold more than its number)
    cut = [i for i, line in enumerate(lines) if _LINE_OPENS_QUESTION.match(line) and _GAP_THEN_QUESTION.search(line)
           and all(_LINE_OPENS_QUESTION.sub("", piece, count=1).strip(" \t*.:|")
                   for piece in _GAP_THEN_QUESTION.split(line) if piece.strip())]
    if not cut:
        return [block]
    out, start = [], 0
    for i in cut:
        if i > start:
            out.append(replace(block, text="\n".join(lines[start:i]), line=block.line + start))
        pieces = _GAP_THEN_QUESTION.split(lines[i])
        out.extend(replace(block, text=piece, line=block.line + i) for piece in pieces if piece.strip())
        start = i + 1
    if start < len(lines):
        out.append(replace(block, text="\n".join(lines[start:]), line=block.line + start))
    return out


# A row of a matrix written a row a line: numbers between brackets that end the line.
_MATRIX_ROW = re.compile(r"[ \t]*[\[(][ \t]*[-−+]?\d[\d.]*(?:[ \t,]+[-−+]?\d[\d.]*)+[ \t]*[\])][ \t]*$")


# A notebook's input prompt before a cell's first line, as a printed notebook (Jupyter's HTML printed to PDF)
# gives it: "In [3]: # Q2 Wald interval" is the heading its comment is.
# (its space may be a no-break space, as the HTML has it)
_INPUT_PROMPT = re.compile(r"In\s?\[\d*\]:\s*(?=#)")


def _without_prompt(line: str) -> str:
    return line[m.end():] if line.startswith("In") and (m := _INPUT_PROMPT.match(line)) is not None else line


# A line that ends inside an expression, at its operator ("… shape 14 × 14 ×", "= 4800 +"): the next line goes on.
# (an "x", a hyphen or a star only spaced: "8.7x" is a ratio that ends its sentence, "**0.0044**" bold)
# (after an operand: a rule of "=" or "-" under a title ends no expression)
_WRAPPED_AT_OPERATOR = re.compile(r"(?<=[\w)}\]])[ \t]*(?:[×·⋅+=−]|\\times|\\cdot|(?<=[ \t])\*|(?<=\d[ \t])[x-])[ \t]*$")


def split_heading_lines(blocks: tuple[Block, ...], vocab: Vocabulary | None = None) -> list[Block]:
    """Blocks with heading lines split off their paragraph ("Qn 1\\nFor the given …")."""
    out: list[Block] = []
    blocks = tuple(piece for block in map(_numbers_in_digits, blocks) for piece in _questions_on_one_line(block))
    bare = _bare_number_headings(blocks)
    for b, block in enumerate(blocks):
        if block.kind != "text" or ("\n" not in block.text and (b, 0) not in bare):
            out.append(block)
            continue
        lines = block.text.split("\n")
        start = 0
        numbered = False  # inside a list of numbered answers ("1a) …", "2b) …", "3) …")
        for i, line in enumerate(lines):
            if i and _WRAPPED_AT_OPERATOR.search(lines[i - 1]):
                continue  # "… of shape 14 × 14 ×" / "64.": the expression's rest, wrapped, opens no heading or part
            if (b, i) in bare:
                if i > start:
                    out.append(replace(block, text="\n".join(lines[start:i]), line=block.line + start))
                out.append(replace(block, text=line, line=block.line + i, kind="heading"))
                start = i + 1
            elif (is_heading(heading := _without_bullet(_without_prompt(line)), vocab)
                  and len(_title_text(heading.strip())) <= 60
                  and not (i + 1 < len(lines) and _MATRIX_ROW.search(line) and _MATRIX_ROW.fullmatch(lines[i + 1]))):
                # (not "Q2 ANSWER: W_new = [ 0.15 −0.2 0.45 ]" over "[ 0.1 0.5 −0.3 ]": a matrix's first row
                # ends it)
                if i > start:
                    out.append(replace(block, text="\n".join(lines[start:i]), line=block.line + start))
                out.append(replace(block, text=heading, line=block.line + i))
                start = i + 1
            elif _DIGIT.search(head := _head(line)) and (  # each of the four reads a number
                    _NUMBERED_PART.match(head) or _QUESTION_START.match(head) or (numbered and _NUMBERED_LINE.match(head))
                    or (numbered and _NUMBERED_COLON.match(head) and (i == 0 or _ENDS_CLAUSE.search(lines[i - 1])))):
                # "2a) 12*12*256*75 = 2764800": the answer to another question starts here;
                # after such lines, "3) L = …" does too.
                numbered = True
                if i > start:
                    out.append(replace(block, text="\n".join(lines[start:i]), line=block.line + start))
                    start = i
        if start < len(lines):
            out.append(replace(block, text="\n".join(lines[start:]), line=block.line + start))
    return out


#: Each question's keywords as ``_weigh`` tests them: (question id, ((compact form, weight, as written,
#: whether it must stand alone as a word), ...)), keywords with no compact form left out (they never count).
Keywords = tuple[tuple[str, tuple[tuple[str, float, str, bool], ...]], ...]


def question_keywords(questions: tuple[Question, ...]) -> Keywords:
    """The questions' keywords prepared for ``_weigh``: built once per spec (``SpecIndex.keywords``), not
    once per text weighed."""
    return tuple((q.id, tuple((compact(k.text), k.weight, k.text, bool(_SHORT_WORD.fullmatch(k.text.strip())))
                              for k in q.keywords if compact(k.text)))
                 for q in questions)


def _scores(text: str, keywords: Keywords, vocab: Vocabulary | None = None) -> dict[str, float]:
    fixed = vocab.fix(text) if vocab is not None else text
    return _weigh(compact(fixed), fixed, keywords)


def _weigh(c: str, text: str, keywords: Keywords) -> dict[str, float]:
    """Each question's keyword weights found in ``text`` (``c``: its compact form).

    A short keyword that is a plain word ("SE", "die", "BN") counts as a word of its own:
    found inside another ("because", "studied") it says nothing. Others are found in the
    compact text, whatever the spacing and markup ("v12" in "v_{12}", "\\lambda" as "λ").
    """
    # Most keywords are in no text: the substring test first, then the word test of a short one.
    return {qid: sum(weight for key, weight, keyword, short in table
                     if key in c and (not short or _short_keyword(keyword).search(text) is not None))
            for qid, table in keywords}


#: Keywords that must stand alone to count: words of three letters or fewer.
_SHORT_WORD = re.compile(r"[A-Za-z]{1,3}")


@functools.lru_cache(maxsize=1024)
def _short_keyword(keyword: str) -> re.Pattern:
    """``keyword`` as a word or number of its own; case-blind unless it has capitals ("SE")."""
    body = re.escape(keyword.strip())
    flags = 0 if any(ch.isupper() for ch in keyword) else re.IGNORECASE
    return re.compile(rf"(?<![A-Za-z]){body}(?![A-Za-z])", flags)


def _segment_scores(segment: list[Block], keywords: Keywords,
                    vocab: Vocabulary | None = None) -> dict[str, float]:
    """``_scores`` of a segment's text, from its blocks' compact forms (cached, and needed
    again block by block) joined, rather than the joined text compacted afresh."""
    fixed = [vocab.fix(b.text) if vocab is not None else b.text for b in segment]
    return _weigh("".join(map(compact, fixed)), "\n".join(fixed), keywords)


def _best(scores: dict[str, float]) -> tuple[str | None, float]:
    if not scores:
        return None, 0.0
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    (qid, top), runner = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0)
    return (qid, top) if top >= MIN_SCORE and top > runner else (None, top)


def _tie_broken_by_what_follows(scores: dict[str, float], following: list[str | None]) -> str | None:
    """A segment whose keywords tie between questions ("sum of squared errors" under a
    gradient heading) takes the tied question that the next decided segment answers."""
    top = max(scores.values(), default=0.0)
    tied = {q for q, v in scores.items() if v == top}
    if top < MIN_SCORE or len(tied) < 2:
        return None
    decided = next((q for q in following if q is not None), None)
    return decided if decided in tied else None


# A heading (marked as one: Markdown's #, LaTeX's \\paragraph) of one word and a number, and its part's letter.
_WORD_NUMBER_TITLE = re.compile(r"(?:\#{1,6}\s*)?(?:\*\*)?\s*[^\W\d_]{1,12}\.?\s*(\d{1,2})(?:\s*\(?[a-h]\)?)?"
                                r"\s*[.:)]?\s*(?:\*\*)?")


# A number framed by rules on its line, as a script's comments or a plain text title it ("# ------ 2 ------",
# "=== 3.1 ===": question 3's first part).
_FRAMED_NUMBER = re.compile(r"[#\s]*([-=*~_])\1{2,}[ \t]*(\d{1,2})(?:\.\d{1,2})?[ \t]*\1{3,}[ \t]*(?:\n|$)")


def _segment_number(block: Block, vocab: Vocabulary | None = None) -> int | None:
    """The question number the block that opens a segment gives: its first line's, or a number
    alone on a line underlined as a title ("3" over "-"), or framed by rules ("--- 2 ---")."""
    underlined = _UNDERLINED_NUMBER.match(block.text)
    if underlined is not None:
        return int(underlined.group(1))
    if (framed := _FRAMED_NUMBER.match(block.text)) is not None:
        return int(framed.group(2))
    if block.kind == "heading" and (titled := _WORD_NUMBER_TITLE.fullmatch(block.text.strip())) is not None:
        return int(titled.group(1))  # "# Zad. 4.", "### Aufgabe 2": a marked heading's word, any language's
    if block.kind == "heading" and (bare := _BARE_NUMBER.fullmatch(block.text)) is not None:
        return int(bare.group(1))  # a number alone that numbers the answers (``_bare_number_headings``)
    return question_number(block.text.strip().split("\n")[0], vocab)


def question_number(line: str, vocab: Vocabulary | None = None) -> int | None:
    """The question number a heading or a numbered part line gives ("Q2", "2a)"), if any."""
    head = _head(line)
    if not (is_heading(line, vocab) or _NUMBERED_PART.match(head) or _NUMBERED_LINE.match(head)
            or _QUESTION_START.match(head) or _NUMBERED_COLON.match(head)):
        return None
    line = _title_text(head)
    m = _QUESTION_NUMBER.match(vocab.fix(line) if vocab is not None else line)
    return int(m.group(1)) if m else None


def _numbering(spec: Spec, numbers: list[int | None], decided: list[str | None]) -> tuple[dict[int, str], bool]:
    """Which question each number the student writes stands for, and whether the numbers
    are to be trusted over keywords.

    Students usually follow the sheet's numbering (the spec's order), but not always (one
    calls the gradient question "Question 3"). Where keywords decided a numbered section,
    that is evidence of the student's numbering. When most such sections (at least two)
    agree with the sheet, the student follows it: a number then decides its section even
    against keywords ("Question 3" on a loss written with a sigmoid). When none contradicts
    it, the sheet's numbering decides the sections keywords could not; otherwise only the
    numbers the student's own sections showed are used.
    """
    sheet = {i + 1: q.id for i, q in enumerate(spec.questions)}
    # One piece of evidence per number: the first section its keywords decide ("Problem 1.1"
    # and "Problem 1.2" are one question's; the second's words may lean elsewhere).
    first: dict[int, str] = {}
    for n, q in zip(numbers, decided):
        if n is not None and q is not None:
            first.setdefault(n, q)
    pairs = list(first.items())
    agree = sum(sheet.get(n) == q for n, q in pairs)
    if agree >= 2 and agree > len(pairs) - agree:
        return sheet, True
    if agree == len(pairs):
        return sheet, False
    seen: dict[int, str] = {}
    for number, question in pairs:
        seen.setdefault(number, question)
    return seen, False


# A numbered answer's line that gives its value after a colon: "Q1 (a):  91/216", "Q2: (0.2553, 0.3847)".
_CLOSING_ANSWER = re.compile(r":\s*[-−(\[]?\s*\d")


def split_sections(document: Document, spec: Spec, vocab: Vocabulary | None = None,
                   keywords: Keywords | None = None, sheet_numbered: bool = False) -> list[Section]:
    """The document's sections in reading order, each matched to a question or to none.

    ``keywords`` are the spec's (``question_keywords``), prepared once by the spec's index; built here
    when not given. ``sheet_numbered``: the student has said their numbers are the sheet's (a legend that
    maps their labels to it), so a number decides its section whatever the keywords say."""
    if keywords is None:
        keywords = question_keywords(spec.questions)
    blocks = split_topic_changes(split_heading_lines(document.blocks, vocab), keywords, vocab)
    # 1. Segments: a heading or a title line starts one; a new file starts one too.
    segments: list[list[Block]] = []
    numbered = False  # in a list of numbered answers, where "3) …" opens the next one
    closed = False  # the block before was a numbered answer whole on its line: what follows is not its text
    for block in blocks:
        first_line = _head(block.text.strip().split("\n")[0])
        opens_answer = (_NUMBERED_PART.match(first_line) is not None or _QUESTION_START.match(first_line) is not None
                        or _UNDERLINED_NUMBER.match(block.text) is not None
                        or (block.text[:1] in "#-=*~_ \t" and _FRAMED_NUMBER.match(block.text) is not None))
        headed = is_heading(first_line, vocab)
        starts = (not segments or _is_title(block) or headed or opens_answer or closed
                  or (numbered and _NUMBERED_LINE.match(first_line) is not None)
                  or block.file != segments[-1][-1].file)
        # "Q1 (a):  91/216  (about 0.4213)" alone, after its working: the answer closes its question's text, and a
        # session's next lines (the next question's working) open a segment of their own
        closed = opens_answer and "\n" not in block.text.strip() and _CLOSING_ANSWER.search(first_line) is not None
        # "2)" alone on its line, or "1. <title>", as a heading, numbers the answers in the
        # list's own style as much as "Q2 (a)" does: "4. <answer> …" opens the next one
        numbered = numbered or opens_answer or (headed and (_NUMBERED_LINE_HEAD.match(first_line) is not None
                                                             or _NUMBERED_LINE.match(first_line) is not None))
        if starts:
            segments.append([block])
        else:
            segments[-1].append(block)
    # 2. Each segment claims the question its keywords point to, or continues the last.
    all_scores = [_segment_scores(segment, keywords, vocab) for segment in segments]
    # A text's scores, weighed once for the document (a segment's first line is weighed up to three times,
    # a segment of one block is weighed as that block is): every keyword of every question is looked for
    # in the text each time, about 10 µs. Read only: the dicts are shared.
    scored = {segment[0].text: found for segment, found in zip(segments, all_scores) if len(segment) == 1}

    def weighed(text: str) -> dict[str, float]:
        found = scored.get(text)
        if found is None:
            found = scored[text] = _scores(text, keywords, vocab)
        return found

    bests = [_best(scores)[0] for scores in all_scores]
    numbers = [_segment_number(segment[0], vocab) for segment in segments]
    numbering, trusted = _numbering(spec, numbers, bests)
    if sheet_numbered:
        numbering, trusted = {i + 1: q.id for i, q in enumerate(spec.questions)}, True
    sections: list[Section] = []
    current: str | None = None
    for index, segment in enumerate(segments):
        scores = all_scores[index]
        best = bests[index] or _tie_broken_by_what_follows(scores, bests[index + 1:])
        if numbers[index] is not None and (best is None or trusted):
            # "Q2" with working but none of its topic's words; or any number of a student
            # who follows the sheet's numbering
            best = numbering.get(numbers[index], best)  # type: ignore[arg-type]
        if best is not None:
            current = best
        heading = segment[0].text.strip().split("\n")[0] if _is_title(segment[0]) or is_heading(
            segment[0].text.strip().split("\n")[0], vocab) else None
        # 3. Inside a segment, a block that is strongly about another question (and not at
        # all about this one) starts a new section: submissions without headings.
        run: list[Block] = []
        number = numbers[index]
        # Under a heading that gives the sheet's number of a question and words of its topic,
        # the student has said what follows answers it: a block leaves it only on twice the
        # evidence (a sentence naming another question's method under "Q3 – <topic>" is still
        # Q3's working), and a block back on the heading's question returns to it. (A bare "Q4"
        # heading, or "Q4: will hand in on paper", says less: what follows may be another answer.)
        numbered_segment = (number is not None and trusted and best is not None
                            and weighed(segment[0].text.strip().split("\n")[0]).get(best, 0.0) > 0)
        switch = SWITCH_SCORE * (2 if numbered_segment else 1)
        # A segment with no heading and no number was given its question by its strongest blocks; until a block
        # speaks of that question, a block about another one alone is that one's ("…each hidden unit…"
        # before the convolution's paragraph, in a sheet of paragraphs with no numbers).
        untitled, spoke = heading is None and number is None, False
        for block in segment:
            own = weighed(block.text)
            other, top = _best(own)
            numbered_here = block is segment[0] and number is not None and trusted
            returning = (numbered_segment and other == best and current != best and top >= SWITCH_SCORE
                         and top > 2 * own.get(current or "", 0.0))
            leading = (untitled and not spoke and other is not None and other != current and top >= MIN_SCORE
                       and own.get(current or "", 0.0) == 0)
            spoke = spoke or own.get(current or "", 0.0) > 0
            if returning or leading or (other is not None and other != current and top >= switch and not numbered_here
                                        and own.get(current or "", 0.0) * _DOMINANCE <= top):
                if run:
                    sections.append(Section(current, tuple(run), heading, tuple(sorted(scores.items())), number,
                                            _titled(run[0], current, weighed)))
                    heading, number = None, None
                run, current, spoke = [], other, True
            run.append(block)
        if run:
            sections.append(Section(current, tuple(run), heading, tuple(sorted(scores.items())), number,
                                    _titled(run[0], current, weighed)))
    return sections


def _titled(block: Block, question: str | None, weighed: Callable[[str], dict[str, float]]) -> bool:
    """Whether the first line of ``block`` holds words of ``question``'s topic (``weighed``: a text's scores)."""
    return question is not None and weighed(block.text.strip().split("\n")[0]).get(question, 0.0) > 0


def question_numbers(sections: list[Section]) -> dict[str, frozenset[int]]:
    """Question id -> the numbers the student gives it (from its numbered sections)."""
    found: dict[str, set[int]] = {}
    for section in sections:
        if section.question is not None and section.number is not None:
            found.setdefault(section.question, set()).add(section.number)
    return {q: frozenset(n) for q, n in found.items()}
