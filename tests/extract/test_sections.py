"""Sections: headings of every style, and questions matched by content, not number."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.extract.sections import is_heading, split_sections
from grader.models import Block, Document

HEADINGS = ["Question 1", "Qn 2", "Q.3", "Q3)", "Problem 2", "## 3.", "Ans 2:", "**Question 3**", "Q 1 (a)",
            "Exercise 1", "Task 2", "1.", "2) Backpropagation", "**3**", "__4.__", "## 5",
            "# 1(a)", "## 2 (b)", "**1a**"]  # a number and its part's letter, marked as a heading (\\paragraph{1(a)})
NOT_HEADINGS = ["The answer is 3", "w_{11} = 0.5", "Quite a long sentence that goes on and on",
                "8 x 8 x 256", "Qualitatively, the loss is convex", "3", "**0.0372**"]


@pytest.mark.parametrize("line", HEADINGS)
def test_heading_styles(line):
    assert is_heading(line)


@pytest.mark.parametrize("line", NOT_HEADINGS)
def test_not_headings(line):
    assert not is_heading(line)


def _doc(*texts: str) -> Document:
    blocks, line = [], 1
    for t in texts:
        blocks.append(Block(t, "a.md", line))
        line += t.count("\n") + 2
    return Document("s", tuple(blocks))


def test_question_numbers_do_not_decide_the_question(spec):
    doc = _doc("Question 1", "The Poisson loss is the negative log likelihood.",
               "Question 3", "The number of multiplications for the depthwise separable convolution",
               "Question 2", "The gradient by backpropagation through the sigmoid units")
    got = [(s.question, s.blocks[0].text) for s in split_sections(doc, spec)]
    assert [q for q, _ in got] == ["poisson", "conv", "backprop"]


def test_without_headings_paragraphs_switch_question_by_content(spec):
    doc = _doc("For the Poisson likelihood the loss is z - y log z.",
               "For the convolution, the depthwise separable convolution needs 53952 multiplications.",
               "For backpropagation, the gradient dE/dw11 through the sigmoid is 0.0044.")
    assert [s.question for s in split_sections(doc, spec)] == ["poisson", "conv", "backprop"]


def test_a_preamble_answers_no_question(spec):
    doc = _doc("GNR 638 Assignment 2", "Jane Doe (200070001)", "Question 1",
               "depthwise separable convolution multiplications")
    assert [s.question for s in split_sections(doc, spec)][:2] == [None, None]


# A short keyword that is a plain word counts only as a word of its own; others match in the
# compact text whatever the markup. (keyword, text, found)
SHORT_KEYWORDS = [
    ("SE", "the SE is 0.033", True),
    ("SE", "because the sample is large", False),   # inside another word: says nothing
    ("SE", "the se is 0.033", False),               # an abbreviation keeps its capitals
    ("die", "a fair die is rolled", True),
    ("die", "students studied the sample", False),
    ("mse", "the MSE loss", True),
    ("w11", "the gradient w.r.t. $w_{11}$", True),   # a symbol: compact text, markup ignored
    ("\\lambda", "L = y ln λ − λ", True),
    ("confidence interval", "a Confidence-Interval of 95 %", True),
]


@pytest.mark.parametrize("keyword,text,found", SHORT_KEYWORDS)
def test_a_short_keyword_is_a_word_of_its_own(keyword, text, found):
    from grader.extract.normalize import compact
    from grader.extract.sections import question_keywords, _weigh
    from grader.spec import Keyword, Question
    keywords = question_keywords((Question("q", "Q", (Keyword(keyword, 1),), ()),))
    assert _weigh(compact(text), text, keywords) == {"q": 1 if found else 0}


def test_a_paragraph_without_a_heading_switches_question_despite_a_short_keyword_inside_a_word():
    from grader.spec import Keyword, Question
    questions = (Question("ci", "CI", (Keyword("interval", 5), Keyword("SE", 1)), ()),
                 Question("test", "Test", (Keyword("coin", 4), Keyword("p-value", 3)), ()))
    spec = type("S", (), {"questions": questions})()
    doc = _doc("**Voters.** The interval is 0.255 to 0.385.",
               "**Coin.** Because 218 heads is far from 200, the p-value of the coin is 7.2 %.")
    assert [s.question for s in split_sections(doc, spec)] == ["ci", "test"]


def test_a_sheet_numbering_is_trusted_on_one_piece_of_evidence_per_number(spec):
    # "Problem 1.2"'s words lean to another question; "Problem 1.1" already said what 1 is, and
    # "Problem 3" (no topic words of its own) is then read by the sheet's numbering.
    doc = _doc("**Problem 1.1** — the gradient by backpropagation through the sigmoid: dE/dw11 = 0.0044",
               "**Problem 1.2** — with the squared error, the Poisson-like count of errors gives 0.037",
               "**Problem 2** — the convolution needs 1,228,800 multiplications",
               "**Problem 3** — L = z - y log z")
    got = [s.question for s in split_sections(doc, spec)]
    assert got == ["backprop", "backprop", "conv", "poisson"], got


@pytest.mark.parametrize("line", ["**Problem 2** — p̂ = 0.32", "**Q3** – z = 1.8", "**Problem 4**: the MLE",
                                  "**Q4** Yes. The batch's own statistics"])
def test_a_bold_run_in_question_number_opens_an_answer(line):
    from grader.extract.sections import _QUESTION_START
    assert _QUESTION_START.match(line)


def test_a_bold_number_opening_a_line_starts_its_question(spec):
    # "**2** 1,228,800 …": a bold number alone opens the answer, as "Q2." would
    doc = _doc("**1** The gradient by backpropagation through the sigmoid: dE/dw11 = 0.0044",
               "**2** 1,228,800 and 53,952",  # no topic words: its number decides
               "**3** The Poisson loss is the negative log likelihood.")
    assert [s.question for s in split_sections(doc, spec)] == ["backprop", "conv", "poisson"]


#: (blocks, the question each block is read for): how a student's numbering and headings hold a
#: question's working together, or hand over to the next question
NUMBERING = [
    # under a heading with the question's number and topic, a block whose words lean elsewhere
    # ("as for a Poisson count" in a convolution's working) is still this question's working...
    (("## Q1 – Backpropagation", "dE/dw11 = 0.0044", "## Q2 – Convolution", "Counting as for a Poisson count, each output takes its own products.",
      "4,800 + 49,152 = 53,952 multiplications"), ["backprop", "backprop", "conv", "conv", "conv"]),
    # ...and a block back on the heading's question returns to it
    (("## Q1 – Backpropagation", "dE/dw11 = 0.0044", "## Q3 – Poisson loss",
      "The depthwise separable convolution from Q2 has nothing to do with it:",
      "so the Poisson loss is the negative log likelihood: L = z - y log z"),
     ["backprop", "backprop", "poisson", "conv", "poisson"]),
    # without headings, a paragraph far more about another question switches to it, though it
    # mentions a word of the one before ("filter" in the loss's paragraph)
    (("For the convolution, 1,228,800 multiplications, then 53,952 depthwise separable.",
      "For the Poisson loss of count data, no filter: the likelihood of a count gives the loss L = z - y log z."),
     ["conv", "poisson"]),
    # a number alone, underlined as plain text underlines a title, opens its question
    (("1\n-\ndE/dw11 = 0.0044 by backpropagation", "2\n-\n1,228,800 multiplications",
      "3\n-\nL = z - y log z"), ["backprop", "conv", "poisson"]),
    # "1. Title" headings number the answers: a later "3. …" opens question 3
    (("1. Backpropagation", "dE/dw11 = 0.0044 through the sigmoid", "2. Convolution", "1,228,800 multiplications",
      "3. L = z - y log z"), ["backprop", "backprop", "conv", "conv", "poisson"]),
]


@pytest.mark.parametrize("texts,questions", NUMBERING)
def test_numbering_and_headings_hold_a_question_together(spec, texts, questions):
    read = {block.text: section.question for section in split_sections(_doc(*texts), spec) for block in section.blocks}
    assert [read.get(text) for text in texts] == questions


@given(st.text(alphabet=" #*()._:-QqAaNnSsWwEeRrPpTtIiVvXx\\{}1234567890٣", max_size=30))
def test_a_heading_needs_a_number(line):
    """``is_heading`` looks no further at a line without a digit (once a Roman numeral is one): neither
    heading pattern matches such a line."""
    from grader.extract.sections import _DIGIT, _HEADING_LINE, _NUMBERED_TITLE, _title_text

    title = _title_text(line.strip())
    if _DIGIT.search(title) is None:
        assert not _HEADING_LINE.match(title) and not _NUMBERED_TITLE.match(title)


@given(st.text(alphabet=" \t#*_()._:-—–QqAaNnSsWwEeRrPpTtIiBbCcOoUu1234567890٣", max_size=30))
def test_a_numbered_answer_needs_a_number(head):
    """``split_heading_lines`` tries the patterns of a numbered answer only on a line with a digit."""
    from grader.extract.sections import _DIGIT, _NUMBERED_LINE, _NUMBERED_PART, _QUESTION_START

    if _DIGIT.search(head) is None:
        assert not any(p.match(head) for p in (_NUMBERED_PART, _QUESTION_START, _NUMBERED_LINE))


@pytest.mark.parametrize("line", ["Question II", "## PART III:", "Qn 2", "**3.**", "Problem 4:"])
def test_headings_with_a_number_or_a_roman_one(line):
    from grader.extract.sections import is_heading

    assert is_heading(line)


#: (a document's one block, the question of each line that holds a value, or None where the
#: numbers alone on their lines are not taken): a PDF's enumerate or numbered sections give "1", "2",
#: "3" alone on their lines; counting 1, 2, 3 … they number the answers.
BARE_NUMBERS = [
    ("1\nBy the chain rule: 0.0044 and 0.0372.\n2\nIt needs 1,228,800, and 53,952 the other way.\n3\nL = z - y log z",
     ["backprop", "conv", "poisson"]),
    # a number out of the count (a page's number, a broken fraction's denominator): none is taken
    ("1\nWorking on paper: 0.0044 and 0.0372.\n2\nIt needs 1,228,800, and 53,952 the other way.\n7\nL = z - y log z",
     None),
]


@pytest.mark.parametrize("text,questions", BARE_NUMBERS)
def test_numbers_alone_on_their_lines_number_the_answers_when_they_count(spec, text, questions):
    sections = split_sections(_doc(text), spec)
    values = ("0.0044", "1,228,800", "z - y log z")
    read = [next((s.question for s in sections for b in s.blocks if v in b.text), "unread") for v in values]
    if questions is None:
        assert len({s.question for s in sections if any(v in b.text for b in s.blocks for v in values)}) <= 1
    else:
        assert read == questions


#: Questions numbered in words ("One (a).", "Two.", "Question Three:") number the answers as digits do;
#: a number word that begins prose does not.
NUMBER_WORDS = [
    ("One (a).\nBy the chain rule: 0.0044 and 0.0372.\nTwo.\nIt needs 1,228,800, and 53,952 the other way.\n"
     "Three.\nL = z - y log z", ["backprop", "conv", "poisson"]),
    ("## Question One\nBy the chain rule: 0.0044 and 0.0372.\n## Question Two:\nIt needs 1,228,800, and 53,952 the "
     "other way.\n## Question Three\nL = z - y log z", ["backprop", "conv", "poisson"]),
]


@pytest.mark.parametrize("text,questions", NUMBER_WORDS)
def test_questions_numbered_in_words(spec, text, questions):
    sections = split_sections(_doc(text), spec)
    values = ("0.0044", "1,228,800", "z - y log z")
    assert [next((s.question for s in sections for b in s.blocks if v in b.text), "unread") for v in values] == questions


@pytest.mark.parametrize("line", ["One of the weights is 0.5", "Two layers of sigmoid units", "one"])
def test_a_number_word_that_begins_prose_is_no_question_number(line):
    from grader.extract.sections import question_number

    assert question_number(line) is None


@pytest.mark.parametrize("word", ["Zad.", "Aufgabe", "Ejercicio", "Task"])
def test_a_marked_heading_of_a_word_in_any_language_and_a_number_numbers_the_answers(spec, word):
    """"# Zad. 2." (Polish), "# Aufgabe 2": the heading is marked as one; its number numbers the answer, as "Q2" does,
    though its word is no question word the reader knows and the answer names no topic."""
    blocks = [Block(f"# {word} 1.", "a.md", 1, kind="heading"), Block("0.0044 and 0.0372.", "a.md", 2),
              Block(f"# {word} 2.", "a.md", 4, kind="heading"), Block("1,228,800 and 53,952.", "a.md", 5),
              Block(f"# {word} 3.", "a.md", 7, kind="heading"), Block("No.", "a.md", 8)]
    sections = split_sections(Document("s", tuple(blocks)), spec)
    assert [s.question for s in sections if any("No." in b.text for b in s.blocks)] == ["poisson"]


def test_a_numbered_answer_alone_on_its_line_closes_its_question_s_text(spec):
    """A console session whose answer lines follow their working: the next question's working after "Q2 (a):
    1228800" is not question 2's text, however its keywords read."""
    doc = _doc(">>> 0.5 * 0.88 * 0.104  # backpropagation through the sigmoid", "Q1 (a):  0.0044",
               ">>> 8*8*256*75  # the standard convolution's multiplications", "Q2 (a):  1228800",
               ">>> # the Poisson loss: negative log likelihood, lambda - y log lambda", "Q3:  lambda - y log lambda")
    got = [(s.question, s.blocks[0].text) for s in split_sections(doc, spec)]
    assert ("conv", ">>> 8*8*256*75  # the standard convolution's multiplications") in got, got
    assert not any(q == "backprop" and text.startswith(">>> 8*8") for q, text in got), got


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=" #*\\{}sectionPartQuestion IVXivx12.:", max_size=30)
       | st.sampled_from(["\\section*{Problem 3}", "\\subsection{Q2}", "PART II", "Question IV:", "## Part iii",
                          "Problem X.", "part VI (a)"]))
def test_a_title_pattern_matches_only_where_its_shortcut_lets_it(text):
    """``_title_text`` tries a LaTeX title only on a line with a backslash, and a Roman numeral's heading only on
    one with a capital I, V or X: every match of each holds one."""
    from grader.extract.sections import _LATEX_TITLE, _ROMAN_HEADING

    if _LATEX_TITLE.match(text) is not None:
        assert "\\" in text
    if _ROMAN_HEADING.match(text) is not None:
        assert "I" in text or "V" in text or "X" in text


# A header's lead (a name, a roll number, a course's code) before a terse sheet's run-on answers names no
# question; a summing-up sentence's lead ("So: 1(a) …, CI = …") is no header, and the line is not made a
# question's start.
@pytest.mark.parametrize("line, header", [
    ("Karan 22B0611 - A2: 1a) 0.00443  1b) 0.0372  1c) -", True),
    ("Asha (roll 17) : 5(a) 1.1  5(b) 0.49", True),
    ("So: 1(a) 0.4213, 1(b) 0.0876, CI = (0.3154, 0.3246)", False),
    ("Answers: 1a) 0.0044", False),
    ("Karan 22B0611 - A2: the answers follow", False),
])
def test_a_header_before_run_on_answers(line, header):
    from grader.extract.statements import LEAD_BEFORE_PART
    assert (LEAD_BEFORE_PART.match(line) is not None) == header


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t#*_.:-()1234abQqnueoitsrpblmxkſ\u212aASWE=/", max_size=28)
       | st.sampled_from(["Quesion 1", "## Problme 2:", "**Qn 3**", "__4.__", "## 1(a)", "Exercize 5 - loss", "  (2)",
                          "Task: 3", "queſtion 4", "Answr 2", "Solutoin 3 (b)", "1. The output", "Part 2"]))
def test_a_heading_has_its_number_where_the_shape_says(line):
    """``is_heading`` refuses, before the vocabulary fixes its words, a line whose first digit stands where neither
    heading pattern can read it: every line either pattern matches once fixed has the shape."""
    from grader.extract.index import SpecIndex
    from grader.extract.sections import _HEADING_LINE, _HEADING_SHAPE, _NUMBERED_TITLE, _title_text
    from grader.spec_loader import load_spec

    vocab = SpecIndex.of(load_spec("reference/gnr638_a2.yaml")).vocabulary
    titled = _title_text(line.strip())
    fixed = vocab.fix(titled)
    if _HEADING_LINE.match(fixed) or _NUMBERED_TITLE.match(fixed):
        assert _HEADING_SHAPE.match(titled) is not None


@pytest.mark.parametrize("text, read", [
    # a part said in words after its question's number is written as the markers read it, line for line
    ("Question three part a. The sample proportion is 0.545.", "Question 3 (a). The sample proportion is 0.545."),
    ("Q2, part (b): 53952", "Q2 (b): 53952"),
    ("=== 1a ===\nconv output side = 28", "1 (a)\nconv output side = 28"),
    # ... never across a line's end: "Problem 1" over " part a." keeps its two lines
    ("Problem 1\n part a.  Padding 1 with kernel 3", "Problem 1\n part a.  Padding 1 with kernel 3"),
])
def test_a_part_numbered_in_words_or_framed_reads_as_its_marker(text, read):
    from grader.extract.sections import _numbers_in_digits

    mended = _numbers_in_digits(Block(text, "a.txt", 1)).text
    assert mended == read and mended.count("\n") == text.count("\n")
