"""Statements, relations and values: which numbers are concluding values."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.extract.statements import Side, blank_struck_out, statements, value_of

PURE = [
    ("1,228,800", 1228800), ("1228800 multiplications", 1228800), ("12,28,800.", 1228800),
    ("53952 \\text{ (significantly lowered computation)}$$", 53952), ("\\boxed{-4.418 \\times 10^{-3}}", -0.004418),
    ("**53,952**", 53952), ("-0.0372 (rounded)", -0.0372), ("0.0044 and dE/dw21", 0.0044),
    ("$\\mathbf{1228800}$", 1228800), ("1.2288 \\times 10^{6}", 1228800), ("5.3952 × 10^4", 53952),
]
EXPRESSION = ["8 \\times 8 \\times 256", "0.5(1) + 0.5(1) + 1", "-2.209 \\times 10^{-3} \\times 2",
              "0.0418 * 0.88", "(0.5 - 0.87) \\cdot 0.87", "2 - 1", "75/3 \\times 2", "1/256 + 1/25", "3² Var(X)", "9 Var(X)", "2 E[X]", "\\sigma(2)", "x_1",
              "1 − P(no 6)", "1 - Φ(1.8)", "1 − \\Phi(1.8)"]  # a minus before a function of something


@pytest.mark.parametrize("text,value", PURE, ids=[t for t, _ in PURE])
def test_a_side_that_is_a_number_is_a_value(text, value):
    found = value_of(Side(" " + text, 0))
    assert found is not None and found.number.float == pytest.approx(value)


@pytest.mark.parametrize("text", EXPRESSION)
def test_a_side_that_starts_an_expression_is_no_value(text):
    assert value_of(Side(" " + text, 0)) is None


def test_boxed_and_bold_are_marked():
    assert value_of(Side("\\boxed{0.036}", 0)).boxed
    assert value_of(Side("**53952**", 0)).boxed
    assert not value_of(Side("53952", 0)).boxed


RELATIONS = [
    ("dE/dw11 = 0.0044", ["="]), ("x \\approx 0.0372", ["\\approx"]), ("total ≈ 1.2e6", ["≈"]),
    ("which is equal to 12,28,800", ["which is equal to"]), ("Answer: 53952", [":"]),
    ("a <= b", []), ("a == b", []), ("\\text{where x = 1} y", []),
    # a PDF table row with its column gap lost: the trailing value is the expression's
    ("∂E/∂w₁₁ = δₕx₁ 0.004432", ["=", "="]), ("total 53,952 (≈ 54K)", ["total", "≈"]),
    ("x = 2 3", ["="]),
    ("145/220 = 0.659 ~ 66%", ["=", " ~"]),         # a tilde between numbers: approximately
    ("~54K multiplications", []),                          # no symbol before the number: no column
    ("the loss = sum of errors", ["="]),
    ("the chance of at least one six comes out at roughly 0.42", ["comes out at"]),  # as "comes out to"
    ("it works out at 65.9 %", ["works out at"]),
]


@pytest.mark.parametrize("text,relations", RELATIONS, ids=[t for t, _ in RELATIONS])
def test_relations(text, relations):
    (stmt,) = statements(text)
    assert list(stmt.relations) == relations


def test_statements_split_at_rows_quads_commas_and_sentences_but_not_numbers():
    text = "w_{11} = 0.5 \\quad w_{21} = 0.5, x_1 = 1; t_1 = 0.5\\\\ b = 1,228,800. Next"
    pieces = [s.text.strip() for s in statements(text)]
    assert pieces == ["w_{11} = 0.5", "w_{21} = 0.5", "x_1 = 1", "t_1 = 0.5", "b = 1,228,800", "Next"]


#: (line, its statements): a sub-question's letter or numeral before a dot opens the line's answer,
#: it ends no sentence
LIST_LETTERS = [
    ("a. 1.1", ["a. 1.1"]),
    ("b. 1.7 − 1.21 = 0.49", ["b. 1.7 − 1.21 = 0.49"]),
    ("  ii. 0.49", ["ii. 0.49"]),
    ("(c). 4.41", ["(c). 4.41"]),
    ("The mean is 1.1. So the variance", ["The mean is 1.1", "So the variance"]),
]


@pytest.mark.parametrize("line,pieces", LIST_LETTERS)
def test_a_list_letter_is_no_sentence(line, pieces):
    assert [s.text.strip() for s in statements(line)] == pieces


def test_a_latex_thin_space_is_not_a_comma():
    (stmt,) = statements("h_1(1-h_1)\\, x_1 = 0.0044")
    assert stmt.sides[0].text.strip() == "h_1(1-h_1)\\, x_1"


def test_markdown_table_rows_relate_their_cells():
    (stmt,) = statements("| depthwise separable (total) | $53952$ |")
    assert value_of(stmt.sides[-1]).number.float == 53952


def test_struck_out_text_is_blanked_in_place():
    text = "~~= 0.0022~~ then = 0.0044 and \\sout{2764800} and 1̶7̶2̶8̶"
    blanked = blank_struck_out(text)
    assert len(blanked) == len(text) and "0.0022" not in blanked and "2764800" not in blanked
    assert not any(ch.isdigit() for ch in blanked[-8:])
    assert "0.0044" in blanked


#: (text, as read): where a text writes decimals with a comma ("0,5"), its other decimal commas are
#: decimals too; grouped thousands and bracketed pairs stay.
DECIMAL_COMMAS = [
    ("E[X] = 0·0,2 + 1·0,5 + 2·0,3 = 1,1", "E[X] = 0·0.2 + 1·0.5 + 2·0.3 = 1.1"),
    ("Var(3X−2) = 9 · 0,49 = 4,41", "Var(3X−2) = 9 · 0.49 = 4.41"),
    ("x = (1,1) and p = 0,5", "x = (1,1) and p = 0.5"),
    ("0,5 of 12,28,800 and 53,952", "0.5 of 12,28,800 and 53,952"),
    ("no decimal comma here: 1,5 and 2,25", "no decimal comma here: 1,5 and 2,25"),  # no "0,…": a list
]


@pytest.mark.parametrize("text, read", DECIMAL_COMMAS)
def test_decimal_commas_are_read_where_the_text_writes_them(text, read):
    from grader.extract.statements import decimal_points
    assert decimal_points(text) == read


#: Patterns written with their first character before their look-behind (so the engine jumps to
#: that character), against the pattern as first written: (name, as first written).
_REORDERED = [
    ("_COLUMN_GAP", r"(?<=[^\s=>→⇒⟹≈:])[ \t]{3,}(?=\S)"),  # no gap right after a relation
    ("_TABULAR_CELL", r"(?<!\\)&"),
    ("_DECIMAL_COMMA_SEEN", r"(?<![\d.,{}])0(?:,|\{,\})\d"),
    ("_SPACE_GROUPED", r"(?<![\d.,])\d{1,3} \d{3}(?![\d.,])"),
]


@pytest.mark.parametrize("name, written", _REORDERED, ids=[n for n, _ in _REORDERED])
@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=" \t\n0123456789.,{}\\&ab$=", max_size=40))
def test_reordered_patterns_match_as_written(name, written, text):
    import importlib

    pattern = getattr(importlib.import_module("grader.extract.statements"), name)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in re.finditer(written, text)]


@given(st.text(alphabet="|&=: \n\t\\abhilnex01.,;$()~*", max_size=40))
def test_a_statement_starts_at_its_piece_and_is_at_most_one_longer(text):
    """A reader that parses only some pieces (``statement_pieces``) picks them by their span: each
    statement starts where its piece does and is as long (a table row of one bar, one longer)."""
    from grader.extract.statements import statement_pieces, statements

    pieces, parsed = statement_pieces(text), statements(text)
    assert len(pieces) == len(parsed)
    for (offset, piece), stmt in zip(pieces, parsed):
        assert stmt.start == offset and len(piece) <= len(stmt.text) <= len(piece) + 1


#: What the readers test for before they run a pattern (a shortcut: a text without it is not searched):
#: (pattern's name, what every match of it holds, as the reader tests it).
_SHORTCUTS = [
    ("_STRUCK", lambda t: importlib.import_module("grader.extract.statements")._STRUCK_SIGN.search(t) is not None),
    ("_COLUMN_GAP", lambda t: "   " in t or "\t" in t),
    ("_QUAD", lambda t: "\\" in t),
    ("_PARALLEL", lambda t: "," in t and "=" in t),
    ("_SENTENCE_END", lambda t: "." in t),
    ("_TEXT_ARG", lambda t: "\\" in t),
    ("_EVENT", lambda t: "=" in t and "(" in t),
    ("_GIVEN_NOTE", lambda t: "=" in t and "(" in t),
    ("_PAIR_GAP", lambda t: "  " in t and "=" in t),
    ("_SCRIPT", lambda t: "{" in t),
    ("_LOST_COLUMN", lambda t: "=" in t and t.rstrip()[-1:].isdecimal()),
    ("_LOST_RESULT", lambda t: importlib.import_module("grader.extract.statements")._HAS_OPERATOR.search(t) is not None),
    ("_SCALAR_REPR", lambda t: any(name in t for name in ("float16(", "float32(", "float64(", "int32(", "int64(",
                                                          "tensor(", "array("))),
]


@pytest.mark.parametrize("name, holds", _SHORTCUTS, ids=[n for n, _ in _SHORTCUTS])
@settings(max_examples=600, deadline=None)
@given(text=st.text(alphabet=" \t\nab,.=()[]{}_^~<>\\/\u0335\u0336xtequadsoin01", max_size=40)
       | st.sampled_from(["~~x~~", "<del>1</del>", "\\sout{1}", "1\u0336", "a, b = 1, 2", "\\quad", "\\\\",
                          "\\text{a}", "P(X=1)", "w_{11}", "x.  Y", "a  \t b", "a   b", "a = x 1", "a = b) 10 \n",
                          "np.float64(0.5)", "tensor(1.0, grad_fn=<x>)", "array(2)", "int64(3)", "torch.float32(1e-3)"]))
def test_a_pattern_matches_only_where_its_shortcut_lets_it(name, holds, text):
    """The statements' readers skip a pattern on a text without what each of its matches holds: a
    pattern changed so that it matches without it would then be skipped where it should not be."""
    import importlib

    pattern = getattr(importlib.import_module("grader.extract.statements"), name)
    if pattern.search(text) is not None or pattern.fullmatch(text) is not None:
        assert holds(text)


#: Patterns a reader tries at a position only where the character there can open a match: (name, the characters).
_FIRST_CHARACTERS = [
    ("_BOTH_SIGNS", ("±", "\\", "+")),
    ("_MIDDOT_DECIMAL", ("0", "1")),
]


@pytest.mark.parametrize("name, first", _FIRST_CHARACTERS, ids=[n for n, _ in _FIRST_CHARACTERS])
@settings(max_examples=600, deadline=None)
@given(text=st.text(alphabet=" 019+-/±·\\pmcdot,;!", max_size=12)
       | st.sampled_from(["± 0.5", "\\pm 0.0044", "+/- 0.1", "+- 3", "1 \\cdot 8", "0 · 95", "1·5", "0\\cdot 25"]))
def test_a_pattern_tried_at_a_place_opens_with_its_first_characters(name, first, text):
    """``_value_of`` skips these patterns where the character at the place is none of ``first``: a pattern
    changed so that a match opens with another character would then be skipped where it should not be."""
    import importlib

    pattern = getattr(importlib.import_module("grader.extract.statements"), name)
    if pattern.match(text) is not None:
        assert text[:1] in first


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=" -()onetwhurdfiysvx0123,", max_size=30)
       | st.sampled_from(["one million two hundred (1,228,800)", "fifty-three thousand (53,952)", "two ( 5"]))
def test_number_words_then_digits_hold_a_bracket(text):
    """``_number_in_words`` tries the words-then-digits pattern only on a side with "(": every match holds one."""
    from grader.extract.statements import _WORDS_THEN_DIGITS

    if _WORDS_THEN_DIGITS.match(text) is not None:
        assert "(" in text


@settings(max_examples=600, deadline=None)
@given(text=st.text(alphabet=" \t\nabMY()[].-−eE0123+", max_size=40)
       | st.sampled_from(["E[X] 1.10E+00\nVar(X) 2.5e-3", "M[Y] 1.10E+00 \t\nQ(A given +) 8.76E-02\n", "a 1.5\nb 2"]))
def test_a_label_and_value_line_ends_in_a_digit(text):
    """``statement_pieces`` looks for label-and-value lines only where two lines end in a digit before their
    blanks: each line the pattern matches does."""
    from grader.extract.statements import _LABEL_VALUE_LINE, _lines_ending_in_a_digit

    assert sum(1 for _ in _LABEL_VALUE_LINE.finditer(text)) <= _lines_ending_in_a_digit(text)


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=" answerTOTALhcy∴\\.,:=*$0K\u212a\u0130ı", max_size=24)
       | st.sampled_from(["so the total is", "Therefore", "\\therefore x", "∴ 5", "in  all", "subtotal", "Ans: 3"]))
def test_the_answer_words_prefiltered_match_as_written(text):
    """The answer words' pattern, prefiltered with no match inside a word, finds what it finds as written."""
    from grader.extract.values import _ANSWER_WORDS, _ANSWER_WORDS_WRITTEN

    a, b = _ANSWER_WORDS_WRITTEN.search(text), _ANSWER_WORDS.search(text)
    assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1)))


def test_a_case_blind_letter_takes_what_the_cased_first_letters_write():
    """``_cased`` writes a case-blind phrase's first letter as a set tested with case: the set must hold every
    character case-blind matching takes for that letter (Python's folding), over every code point."""
    import sys

    from grader.extract.statements import _cased_first

    for letter in "abcdefghijklmnopqrstuvwxyz":
        blind = re.compile(letter, re.IGNORECASE)
        cased = re.compile(_cased_first(letter), re.IGNORECASE)
        takes = {chr(c) for c in range(sys.maxunicode + 1) if blind.fullmatch(chr(c))}
        assert takes == {chr(c) for c in range(sys.maxunicode + 1) if cased.fullmatch(chr(c))}, letter



@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=" 0123,.−+-()typoTYPOscratchthatſ\n", max_size=30)
       | st.sampled_from(["2764800 (scratch that, used the input size) 1228800", "0.0327 (typo) 0.0372",
                          "−5 ( Disregard )", "12,5 (mistake)"]))
def test_a_value_withdrawn_in_words_holds_a_number_then_its_bracket(text):
    """``blank_struck_out`` looks for a value withdrawn in words only where a number is followed by a bracket, and a
    bracket by a withdrawing word."""
    from grader.extract.statements import _BRACKET_THEN_WITHDRAWING, _DIGITS_THEN_BRACKET, _WITHDRAWN

    if _WITHDRAWN.search(text) is not None:
        assert _DIGITS_THEN_BRACKET.search(text) is not None
        assert _BRACKET_THEN_WITHDRAWING.search(text) is not None


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=" 0123().abQqANSWERanswervaluesultREſ\u212atofin\n", max_size=30)
       | st.sampled_from(["The answer to 1(b) is 3", "my VALUE for Q2 (a): 5", "correct reſult of 3(c)",
                          "final answer in question 12 b"]))
def test_an_answer_named_by_its_number_holds_one_of_the_nouns(text):
    """The scan looks for "the answer to 2(b)" only in a text that holds one of its nouns, case folded, and
    what the pattern matches from its noun on."""
    from grader.extract.values import _ANSWER_TO_ANYWHERE, _ANSWER_TO_FROM_NOUN, _ANSWER_TO_NOUNS

    if _ANSWER_TO_ANYWHERE.search(text) is not None:
        assert any(noun in text.casefold() for noun in _ANSWER_TO_NOUNS)
        assert _ANSWER_TO_FROM_NOUN.search(text) is not None


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ie.g aprox AB1 *\n,", max_size=24)
       | st.sampled_from(["i.e. 5", "e.g. A", "approx. 65.9", "It is 5. So", "**5.** Then", "x.  y", "3. A"]))
def test_a_sentence_ends_where_the_pattern_led_by_its_look_behinds_said(text):
    """``_SENTENCE_END``, led by its dot, finds the sentences' ends the pattern led by what stands before the dot
    found (not after "i.e", "e.g", "approx"; after a digit or a space only before a capital)."""
    import re

    from grader.extract.statements import _SENTENCE_END

    led_by_look_behinds = re.compile(r"(?<!\bi\.e)(?<!\be\.g)(?<!\bapprox)(?<=[^\d\s])\.(?:\*\*)?\s+"
                                     r"|(?<!\bi\.e)(?<!\be\.g)\.(?:\*\*)?\s+(?=[A-Z])")
    assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in led_by_look_behinds.finditer(text)]


_PHRASE_LISTS = ("STRONG_RELATION_WORDS", "CLAUSE_CONNECTIVES", "APPROX_WORDS", "MARKED_ANSWER_WORDS",
                 "WEAK_RELATION_WORDS")


@pytest.mark.parametrize("name", _PHRASE_LISTS)
@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="aceghilmnorstuwbdfqxyzAEIST ſıİ\u212a.,1", max_size=30)
       | st.sampled_from(["which is equal to 5", "is about 3", "So 5", "ſum 12", "in all 4", "i get 3", "Total 7",
                          "together 9", "rounds off to 2", "approx. 4", "ıs 3", "thus 1"]))
def test_phrases_grouped_by_their_first_letter_match_as_each_alone(name, text):
    """The relations' words share one test of a first letter (``_cased``): the same phrase matches, at the same
    places, as with each phrase written alone in the lexicon's order."""
    from grader.extract import lexicon
    from grader.extract.lexicon import alternation
    from grader.extract.statements import _cased, _cased_first

    phrases, boundary = getattr(lexicon, name), r"\b"
    grouped = re.compile(r"\b(?:" + _cased(phrases, boundary) + ")", re.IGNORECASE)
    alone = re.compile(r"\b(?:" + "|".join(_cased_first(alternation((p,))) + boundary for p in phrases) + ")",
                       re.IGNORECASE)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in alone.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="abPr()= _\\1Xé", max_size=24)
       | st.sampled_from(["P(N = 3) = 1/216", "Pr(X=1) = 0.2", "f(x = 2)", "abcd(x=1)", "\\left(w=0.5\\right)",
                          "é(x=1)", "(a=1)", "P(a)(b=2)"]))
def test_an_event_is_blanked_where_the_pattern_led_by_its_name_blanked_it(text):
    """``_EVENT``, led by its bracket (the function's name looked behind), blanks the same relations as the pattern
    led by the name did."""
    from grader.extract.statements import _EVENT

    led_by_the_name = re.compile(r"(?<![\\\w])[A-Za-z]{1,3}\((?=[^()]*=)[^()]*\)")
    blank = lambda m: m.group(0).replace("=", " ")  # noqa: E731
    assert _EVENT.sub(blank, text) == led_by_the_name.sub(blank, text)


#: Arithmetic, a space, and the number it comes to, ending a line or a cell: a relation's sign a PDF's text layer lost
#: (a working cell and an answer cell joined). (text, the gaps' text before each, or none.)
LOST_RESULTS = [
    ("| (a) standard conv | 8·8·256 × 5·5·3 1,228,800 |", ["| (a) standard conv | 8·8·256 × 5·5·3"]),
    ("P(D | +) = 0.0095/0.1085 0.0876", ["P(D | +) = 0.0095/0.1085"]),
    ("depthwise + pointwise 4,800 + 49,152 53,952", ["depthwise + pointwise 4,800 + 49,152"]),
    ("| 3 x 4 12 | 2 × 2 4 |", ["| 3 x 4", "| 3 x 4 12 | 2 × 2"]),
    ("standard 8 · 8 · 256 · 75 1,228,800 mults", ["standard 8 · 8 · 256 · 75"]),  # words may follow the number
    ("28·64 1792", ["28·64"]),
    ("standard convolution 8·8·256·5·5·3 | 1,228,800 |", ["standard convolution 8·8·256·5·5·3 "]),  # the bar
    ("total 4,800 + 49,152 53,925", ["total 4,800 + 49,152"]),  # a slip copying the result: still the claim
    ("standard \\times 8\\times 8 \\times 3 192", ["standard \\times 8\\times 8 \\times 3"]),
    ("8 × 8 × 256 75", []),  # the arithmetic does not come to it: a list, a count
    ("3 × 4 12 × 2", []),  # more arithmetic follows: no result
    ("a 2 × 3 grid, 6 filters", []),  # words between: the number is no result of the arithmetic
    ("on 2026-12-06 10", []),
    ("1,2 × 3 3.6", []),  # a decimal comma or a list: no number of the arithmetic
    ("0.0095/0.1085 0.09", []),  # further than the rounding a student writes
]


@pytest.mark.parametrize("text, before", LOST_RESULTS, ids=[t for t, _ in LOST_RESULTS])
def test_a_relation_sign_lost_between_arithmetic_and_its_result_is_found(text, before):
    from grader.extract.statements import lost_results

    assert [text[:at] for at in lost_results(text)] == before
