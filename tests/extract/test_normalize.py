"""Normalisation for matching: compact forms and where a label names a text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grader.extract.normalize import (bracketed_displayed_rows, compact, label_position, rejoin_wrapped_numbers,
                                      unwrapped_script_words)


@pytest.mark.parametrize("text, same_as", [
    (r"\frac{\partial E}{\partial w_{11}}", "dE/dw11"),
    ("∂E/∂w₁₁", "dE/dw11"),
    (r"\frac{M_{\text{separable}}}{M_{\text{standard}}}", "M_separable / M_standard"),  # \text{} inside \frac
    (r"N_{\text{dws}}/N_{\text{std}}", "Ndws/Nstd"),
    ("depth-wise separable", "depthwise separable"),
    (r"\mathbf{Total}", "total"),
    (r"p\text{-value}", "p-value"),    # the hyphen inside a wrapper's braces
])
def test_spellings_of_one_thing_compact_alike(text, same_as):
    assert compact(text) == compact(same_as)


@pytest.mark.parametrize("text, label, found", [
    ("J(β) = Σ …", "J(", True),  # a label that ends in "(" names a text that starts with it
    ("L(z,y)", "L(", True),
    ("L", "L", True),
    ("L = z - y log z", "L", True),
    ("log L(z)", "L(", False),  # short labels name only the head of a text
    ("total multiplications", "L", False),
    ("the standard convolution", "standard convolution", True),  # longer ones, anywhere
])
def test_where_a_label_names_a_text(text, label, found):
    assert (label_position(compact(text), compact(label)) >= 0) is found


@pytest.mark.parametrize("text", ["depthwize seperable", "a Poission loss", "Quesion 2: b_1 = 0.5", "abcd abcde",
                                  "naïve depthwize-seperable", "x1depthwize2", "", "ÉCOLE seperable"])
def test_the_vocabulary_looks_only_at_words_it_could_fix(text):
    """``Vocabulary.fix`` reads runs of five letters or more (shorter words are never fixed): the
    same runs of letters as all of them, taken whole."""
    import re

    from grader.extract.normalize import _FIXABLE_WORD

    assert _FIXABLE_WORD.findall(text) == [w for w in re.findall(r"[A-Za-z]+", text) if len(w) >= 5]


def test_without_spaces_drops_what_the_pattern_dropped():
    """``compact``'s white space is ``str.split``'s: the same characters as ``\\s`` in a pattern, all of them."""
    from grader.extract.normalize import _without_spaces

    every = "".join(map(chr, range(0x110000)))
    pattern = re.compile(r"[\s_{}$&~*`]+")
    assert _without_spaces(every) == pattern.sub("", every)


@given(st.text(alphabet=" \t\n\r\x0b\x0c\x1c\x85\xa0\u2000\u2028\u3000_{}$&~*`a-Zé−", max_size=30))
def test_hyphen_and_spaces_as_the_patterns_had_them(text):
    from grader.extract.normalize import _HYPHEN, _without_spaces

    assert _HYPHEN.sub("", text) == re.sub(r"(?<=[a-zA-Z])-(?=[a-zA-Z])", "", text)
    assert _without_spaces(text) == re.sub(r"[\s_{}$&~*`]+", "", text)


def test_ascii_lower_changes_what_the_table_changes_for_every_code_point():
    """``compact`` lower-cases ASCII letters only (Σ, a sum, stays itself): ``_ascii_lower`` gives what
    translating by the table gives, for every character: all that ``str.lower`` keeps, in one text
    with ASCII letters, and each that it changes alone and among letters and a Σ."""
    from grader.extract.normalize import _ASCII_LOWER, _ascii_lower

    beyond = [chr(code) for code in range(0x80, 0x110000)]
    kept = "".join(c for c in beyond if c.lower() == c)
    text = "AbZ" + "Q".join(kept[i:i + 1000] for i in range(0, len(kept), 1000))
    assert _ascii_lower(text) == text.translate(_ASCII_LOWER)
    for char in (c for c in beyond if c.lower() != c):
        for text in (char, f"Ab{char}Z", f"{char}Σ{char}x"):
            assert _ascii_lower(text) == text.translate(_ASCII_LOWER), hex(ord(char))


def test_subscripts_are_translated_where_a_text_has_one():
    from grader.extract.normalize import _SUBSCRIPT_CHARS, _SUBSCRIPTS

    every = "".join(map(chr, range(0x110000)))
    kept = _SUBSCRIPT_CHARS.sub("", every)
    assert kept.translate(_SUBSCRIPTS) == kept and len(kept) == len(every) - len(_SUBSCRIPTS)


_WORDS = ["depthwise", "depthwize", "separable", "seperable", "Poisson", "Poission", "standard", "Standerd",
          "convolution", "the", "pointwise", "weights", "Quesion", "question", "xyzzy"]


@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=6).map(" ".join), max_size=8))
def test_the_vocabulary_fixes_every_text_as_word_by_word(texts):
    """What ``fix`` remembers of the words it left alone (its fast way through a text) never changes
    a text's fix: each text reads as its words fixed one by one, however many texts came before."""
    from grader.extract.normalize import _FIXABLE_WORD, Vocabulary

    vocabulary = Vocabulary({"depthwise", "separable", "Poisson", "standard", "convolution", "question"})
    reference = Vocabulary(set(vocabulary.words))
    for text in texts + texts:
        assert vocabulary.fix(text) == _FIXABLE_WORD.sub(lambda m: reference._word(m.group(0)), text)


# A number a line break (or math OCR's space) cut after a grouping comma, made whole on its first line;
# every line keeps its number, and lists and pairs stay as they are.
@pytest.mark.parametrize("text, mended", [
    ("Total = 1,228,\n800 multiplications.", "Total = 1,228,800\n multiplications."),
    ("= 4,800 + 49,152 = 53,\n952 in all", "= 4,800 + 49,152 = 53,952\n in all"),
    ("$$= 1{,}228{,}\n800$$", "$$= 1{,}228{,}800\n$$"),
    ("& =1,228, 800", "& =1,228,800"),
    ("\\text { Total } & =53, 952", "\\text { Total } & =53,952"),
    ("x = 1, 2,\n100", "x = 1, 2,\n100"),          # a list's items
    ("[1,\n 100]", "[1,\n 100]"),                  # a print's continuation line
    ("0.5,\n100", "0.5,\n100"),                    # a decimal is no group
    ("(4, 800)", "(4, 800)"),                        # a pair
    ("x = 4, 800 and y", "x = 4, 800 and y"),        # a lone group amid a sentence
    ("1,228, 800, 900", "1,228, 800, 900"),          # a list after all
    # grouped by spaces on an equation's right side, cut at a space (text pasted from a PDF)
    ("i.e. 64 256 75 = 1 228\n800 multiplications.", "i.e. 64 256 75 = 1 228 800\n multiplications."),
    ("= 12\u2009345\n678 in all", "= 12\u2009345\u2009678\n in all"),
    ("values 1 228\n800 more", "values 1 228\n800 more"),  # no relation before: a list's numbers
    ("x = 1 228\n8000", "x = 1 228\n8000"),                 # four digits are no group
    # an interval cut after its comma, whole on its first line with what follows it
    ("is (0.255,\n0.385) or (0.259, 0.387), depending\nnext", "is (0.255, 0.385) or (0.259, 0.387), depending\n\nnext"),
    ("[0.2553,\n0.3847].", "[0.2553, 0.3847].\n"),
    ("x = (1,\n2, 3)", "x = (1,\n2, 3)"),                   # a triple is no pair cut
    # an operation a wrapped line cut before its operator: the second line moved up whole, a blank line in its place
    ("By Bayes, P(D | +) = 0.0095\n/ 0.1085 = 0.0876, i.e. 8.76%.", "By Bayes, P(D | +) = 0.0095 / 0.1085 = 0.0876, i.e. 8.76%.\n"),
    ("x = 8 × 8\n× 256 = 16384", "x = 8 × 8 × 256 = 16384\n"),
    ("the answer is 7\n/ means per", "the answer is 7\n/ means per"),  # no number after the operator
    # ... or between a number and the bracketed factor it multiplies
    ("p-value is 2(1 − Φ(1.75)) = 2\n(0.0401) = 0.0801.", "p-value is 2(1 − Φ(1.75)) = 2(0.0401) = 0.0801.\n"),
    ("x = 2\n(a) the next part = 3", "x = 2\n(a) the next part = 3"),  # a marker, no factor
    ("x = 2\n(0.5) is what I had", "x = 2\n(0.5) is what I had"),      # no relation after the bracket
    # a count in words a wrapped line cut: the words that go on moved up, the rest of the line left
    ("so the total is one million two hundred twenty eight thousand\neight hundred multiplications.",
     "so the total is one million two hundred twenty eight thousand eight hundred\n multiplications."),
    ("There are eight times eight times two hundred\nfifty six outputs",
     "There are eight times eight times two hundred fifty six\n outputs"),
    ("Question two\ntwo hundred fifty six filters", "Question two\ntwo hundred fifty six filters"),  # a heading
    ("and the values we get are one, two, three, four and five\nsix seven", # no scale word: no count
     "and the values we get are one, two, three, four and five\nsix seven"),
])
def test_a_number_cut_after_its_grouping_comma_is_made_whole(text, mended):
    assert rejoin_wrapped_numbers(text) == mended
    assert mended.count("\n") == text.count("\n")


@given(st.text(alphabet="ab\\^ =≈:x1\n_{}Z", max_size=24)
       | st.sampled_from(["p^ = 0.3", "\\p^ = 1", "ab^ = 2", "x^:= 4", "q^ ≈ 0.5, r^= 1", "^ = 1", "y^2 = 4"]))
def test_the_caret_read_as_a_hat_as_the_formula_reader_reads_it(text):
    """``compact`` reads a hat typed as a caret where the formula reader's ``CARET_HAT`` does, its pattern led by the
    caret (the letter before it stays, the caret becomes the hat)."""
    from grader._formula_parser import CARET_HAT
    from grader.extract.normalize import _CARET_AFTER_LETTER

    assert _CARET_AFTER_LETTER.sub("\u0302", text) == CARET_HAT.sub("\\1\u0302", text)


@given(st.sampled_from(["question", "depthwise", "separable", "convolution", "gradient", "poisson", "multiplications"])
       .flatmap(lambda w: st.tuples(st.just(w), st.integers(0, len(w) - 1), st.sampled_from("xaeiost"),
                                    st.sampled_from(["drop", "swap", "put", "twice"])))
       | st.tuples(st.text(alphabet="abcdeilnopqrstuz", min_size=5, max_size=12), st.just(0), st.just("a"),
                   st.just("none")))
def test_the_vocabulary_counts_edits_only_where_the_letters_allow(case):
    """A word one or two edits away from the vocabulary's is fixed as every word of it compared in full would fix it:
    the letters a word holds (a set, two letters an edit at most) refuse only words the edits could not reach."""
    from grader.extract.normalize import Vocabulary, _within

    word, at, letter, how = case
    if how == "drop":
        word = word[:at] + word[at + 1:]
    elif how == "swap":
        word = word[:at] + letter + word[at + 1:]
    elif how == "put":
        word = word[:at] + letter + word[at:]
    elif how == "twice":
        word = word[:at] + letter + letter + word[at + 1:]
    vocab = Vocabulary({"question", "depthwise", "separable", "convolution", "gradient", "poisson", "multiplications",
                        "questions", "gradients", "separation"})
    lower = word.lower()
    if len(lower) < 5 or lower in vocab.words:
        return
    budget = 2 if len(lower) >= 9 else 1
    close = [w for w in vocab.words if abs(len(w) - len(lower)) <= budget and _within(lower, w, budget)]
    assert vocab._word(word) == (close[0] if len(close) == 1 else word)


# What the reader reads of a block besides its words: capital Roman question numbers before a part's marker in
# digits, a printed dictionary of answers one entry a line, Markdown's inline code as its text.
@pytest.mark.parametrize("text, read", [
    ("| II (ii) | 53,925 |", "| 2(ii) | 53,925 |"),
    ("III.(a) 0.5", "3(a) 0.5"),
    ("I (think) so", "I (think) so"),                  # a pronoun, then no marker
    ("Part II (b) is easy", "Part II (b) is easy"),    # not at the line's start
])
def test_a_roman_question_number_before_a_marker_reads_in_digits(text, read):
    from grader.extract.normalize import arabic_question_numbers
    assert arabic_question_numbers(text) == read


@pytest.mark.parametrize("text, read", [
    ("Out[7]: {'Q1a': 0.4213, 'Q1b': 0.0876, 'Q2': (0.26, 0.38)}\nafter",
     "Out[7]: Q1a: 0.4213\nQ1b: 0.0876\nQ2: (0.26, 0.38)\nafter"),
    # a page's wrapping inside a key or a value is dropped; string values lose their quotes
    ("{'Q3c': 'fail to reject', 'Q\n4a': 'sum(x*l\nog(p))'}", "Q3c: fail to reject\nQ4a: sum(x*log(p))"),
    ("answers = {'Q1a': round(p, 4), 'Q1b': 0.0876}", "answers = {'Q1a': round(p, 4), 'Q1b': 0.0876}"),  # the program
    ("{'a': 1}", "{'a': 1}"),                                   # one entry is no table
    ("{'a': 1, 'b': ", "{'a': 1, 'b': "),                        # not closed: as written
])
def test_a_printed_dictionary_of_answers_reads_one_entry_a_line(text, read):
    from grader.extract.normalize import unfold_printed_dicts
    assert unfold_printed_dicts(text) == read


@pytest.mark.parametrize("text, read", [
    ("`VarX = 0.49`; `VarY = 4.41`", " VarX = 0.49 ;  VarY = 4.41 "),
    ("```python\nx = 1\n```", "```python\nx = 1\n```"),     # a fence is no inline code
])
def test_inline_code_reads_as_its_text(text, read):
    from grader.extract.normalize import without_inline_code_marks
    assert without_inline_code_marks(text) == read
    assert len(read) == len(text)


@pytest.mark.parametrize("text, read", [
    ("p-value in percent: ✅ **7.19**", "p-value in percent:   **7.19**"),
    ("👉 **1,792**", "  **1,792**"),
    ("~~0.037~~ ❌ then ➜ 0.0372", "~~0.037~~ ❌ then ➜ 0.0372"),   # a cross withdraws, an arrow gives: kept
])
def test_pictographs_before_a_result_read_as_spaces(text, read):
    from grader.extract.normalize import without_pictographs
    assert without_pictographs(text) == read


@pytest.mark.parametrize("text, read", [
    ("$[\\num{0.2553},\\ \\num{0.3847}]$", "$[0.2553,\\ 0.3847]$"),
    ("\\num{1.2e3} and \\SI{3}{\\metre}", "1.2e3 and \\SI{3}{\\metre}"),
    ("\\num{a}", "\\num{a}"),
])
def test_siunitx_numbers_read_as_numbers(text, read):
    from grader.extract.normalize import without_num_macros
    assert without_num_macros(text) == read


def test_dictionaries_are_tried_a_bounded_number_of_times_per_block():
    # each try may read 6,000 characters: a block of many unclosed "{'" lines is not read squared, so a dictionary
    # after twenty failed tries is left as printed
    from grader.extract.normalize import _DICTS_TRIED, unfold_printed_dicts
    failed = "{'a': 1, 'b\n" * _DICTS_TRIED
    assert unfold_printed_dicts(failed + "{'x': 1, 'y': 2}") == failed + "{'x': 1, 'y': 2}"
    assert unfold_printed_dicts("{'x': 1, 'y': 2}") == "x: 1\ny: 2"


@pytest.mark.parametrize("text, mended", [
    # MATLAB's display of a row vector under its name: the row in brackets, line for line
    ("ci =\n      0.2553    0.3847\n", "ci =\n      [0.2553    0.3847]\n"),
    ("ans =\n\n    14    14    64\n\n", "ans =\n\n    [14    14    64]\n\n"),
    ("  ci =\n      0.2553    0.3847", "  ci =\n      [0.2553    0.3847]"),
    # ... not a matrix's first row, a single number, nor numbers after prose
    ("W =\n    0.15    0.10\n   -0.20    0.50\n", "W =\n    0.15    0.10\n   -0.20    0.50\n"),
    ("z =\n    1.8073\n", "z =\n    1.8073\n"),
    ("so the ends are\n 0.2553 0.3847\n", "so the ends are\n 0.2553 0.3847\n"),
])
def test_a_row_vector_displayed_under_its_name_is_bracketed(text, mended):
    assert bracketed_displayed_rows(text) == mended


@pytest.mark.parametrize("text, mended", [
    (r"W_{\text{new}} = W - 0.1", r"W_{new} = W - 0.1"),
    (r"N_{\mathrm{std}}/N_{ \text{dws} }", r"N_{std}/N_{dws}"),
    (r"\text{new } W", r"\text{new } W"),  # a word in the text, not in an index, stays
])
def test_an_upright_word_in_an_index_is_the_word(text, mended):
    assert unwrapped_script_words(text) == mended
