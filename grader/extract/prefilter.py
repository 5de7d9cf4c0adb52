"""A regular expression that skips, cheaply, the places where no match of it can start.

Python's engine tries a pattern at every position of the text. For a pattern whose first
element is a literal or a plain set of characters it jumps ahead to the next such character;
for the readers' largest patterns (a case-blind alternation of words and symbols, each led
by a look-behind) it cannot, and tries every alternative at every position: the relations of
every statement took a tenth of extraction. ``prefiltered(pattern)`` returns the same pattern
led by a look-ahead for the characters a match can start with, each behind the assertions
that lead to it (``\\b`` before a word, ``(?<=\\d)`` before ``\\s*~``): the engine still
visits every position, but gives up at most of them after one test of a character.

The look-ahead is worked out from the pattern itself (Python's own parse of it, so a word
added to the lexicon is covered without anyone editing this), as a superset: wherever a
match can start it lets the engine through, so the new pattern matches exactly what the old
one matches, at the same places, with the same groups. What the analysis does not know (a
negated literal, any character, a back-reference, a pattern that can match the empty string,
verbose mode) leaves the pattern as it is; an assertion it cannot write back is left out of
the look-ahead, which then lets more through (never less).
"""

from __future__ import annotations

import re

try:  # Python 3.11 and later
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

#: Every character outside ASCII, as a set's range: case-blind matching folds some of them
#: onto ASCII letters (the Kelvin sign onto "k"), so a case-blind start lets them all through.
_NON_ASCII = "\\x80-\\U0010ffff"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_AT = {_c.AT_BEGINNING: "^", _c.AT_BEGINNING_STRING: "\\A", _c.AT_BOUNDARY: "\\b", _c.AT_NON_BOUNDARY: "\\B",
       _c.AT_END: "$", _c.AT_END_STRING: "\\Z"}
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())
_ATOMIC = getattr(_c, "ATOMIC_GROUP", None)

#: What a match can start with: the assertions before it (written as a pattern, "" for none)
#: -> the items of a character set (``[...]`` syntax) it can start with behind them.
Starts = dict[str, set[str]]


class _Unknown(Exception):
    """The analysis cannot bound the first character: the pattern is left as it is."""


def prefiltered(pattern: re.Pattern, *, mid_word: bool = True) -> re.Pattern:
    """``pattern`` led by a look-ahead for where its matches can start (see the module).

    ``mid_word=False`` is the caller's word that no match starts at an ASCII letter right after
    another (every word of it stands after a word boundary, as the relations' do; a test holds it):
    such places, most of a text's letters, are then refused after the first test, instead of after
    each way a match can start was tried there in turn."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.VERBOSE | re.LOCALE):
        return pattern
    starts: Starts = {}
    try:
        empty, _ = _sequence(list(_p.parse(pattern.pattern, pattern.flags)), starts, bool(pattern.flags & re.I), "")
    except (_Unknown, re.error):
        return pattern
    if empty or not starts:
        return pattern  # a match may be empty: it may start anywhere
    every = set().union(*starts.values())
    # The sets hold every character a match can start with, each case of a letter and every character
    # outside ASCII written out (``_literal``, ``_set``): tested with case, they let the same through,
    # without Python compiling a case-blind range over all of Unicode code point by code point (17 ms
    # for the relations' pattern at every start) or folding the case of each character it tests.
    cased = "(?-i:{})" if pattern.flags & re.I else "{}"
    ways = "|".join(f"(?={cased.format(_class(items))}){guard}" if guard else cased.format(_class(items))
                    for guard, items in sorted(starts.items()))
    # One test of the character first, which fails at most positions; then the assertions that go with it.
    test = (f"(?={cased.format(_class(every))})" + ("" if mid_word else "(?!(?-i:(?<=[A-Za-z])[A-Za-z]))")
            + (f"(?={ways})" if any(starts) else ""))
    try:
        return re.compile(f"{test}(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global flags written inside the pattern, say
        return pattern


def _class(items: set[str]) -> str:
    """A set's items as ``[...]`` (tested with case), in one order whatever the set's. A set that
    holds every character outside ASCII is written as the ASCII characters it does not hold,
    negated (``[^...]``): the same characters, one test each, and compiled in microseconds (a
    range up to U+10FFFF takes Python 3 ms, at every start, for each set that holds one)."""
    if _NON_ASCII not in items:
        return f"[{''.join(sorted(items))}]"
    rest = items - {_NON_ASCII}
    held = re.compile(f"[{''.join(sorted(rest))}]") if rest else None
    missing = [code for code in range(128) if held is None or not held.match(chr(code))]
    return f"[^{''.join(_char(code) for code in missing)}]" if missing else r"[\s\S]"


def _sequence(items: list, starts: Starts, ignore_case: bool, guard: str) -> tuple[bool, str]:
    """Add what the sequence can start with, behind ``guard`` (assertions met on the way).
    Returns whether it can match the empty string and, if so, the assertions that then hold."""
    for op, av in items:
        if op is _c.AT:
            guard += _AT.get(av, "")
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            guard += _assertion(op, av, ignore_case)
        elif op is _c.LITERAL:
            starts.setdefault(guard, set()).update(_literal(av, ignore_case))
            return False, guard
        elif op is _c.IN:
            starts.setdefault(guard, set()).update(_set(av, ignore_case))
            return False, guard
        elif op is _c.BRANCH:
            ends = [_sequence(list(branch), starts, ignore_case, guard) for branch in av[1]]
            if not any(empty for empty, _ in ends):
                return False, guard
            # "(?:^\\s*|(?<=,\\s))so": what holds after whichever way through consumed nothing
            locals_ = {after[len(guard):] for empty, after in ends if empty}
            guard += locals_.pop() if len(locals_) == 1 else f"(?:{'|'.join(sorted(locals_))})"
        elif op is _c.SUBPATTERN:
            _group, add, remove, body = av
            if (add | remove) & ~re.I:
                raise _Unknown(op)  # flags of its own other than case: its categories and anchors differ
            case = (ignore_case or bool(add & re.I)) and not remove & re.I
            empty, guard = _sequence(list(body), starts, case, guard)
            if not empty:
                return False, guard
        elif op in _REPEATS:
            low, _high, body = av
            empty, after = _sequence(list(body), starts, ignore_case, guard)
            if not empty and low > 0:
                return False, guard
            guard = after if low > 0 else guard  # skipped (or taken without consuming: no weaker)
        elif _ATOMIC is not None and op is _ATOMIC:
            empty, guard = _sequence(list(av), starts, ignore_case, guard)
            if not empty:
                return False, guard
        else:  # any character, a negated literal, a back-reference, a conditional
            raise _Unknown(op)
    return True, guard


def _char(code: int) -> str:
    """A code point as it may stand inside a set, whatever it is."""
    char = chr(code)
    return char if char.isascii() and char.isalnum() else f"\\U{code:08x}"


def _literal(code: int, ignore_case: bool) -> set[str]:
    """The set items a literal starts a match with; case-blind, every character that may fold onto it too."""
    char = chr(code)
    if not ignore_case or (char.isascii() and not char.isalpha()):
        return {_char(code)}
    if char.isascii():
        return {char, char.swapcase(), _NON_ASCII}
    if char.isalpha() or char.lower() != char or char.upper() != char:
        return {_char(code), _LETTERS, _NON_ASCII}
    return {_char(code)}  # no case to fold: "≈"


def _set(items: list, ignore_case: bool) -> set[str]:
    """The set items of ``[...]``; case-blind, every character that may fold onto one of them too."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out |= _literal(av, ignore_case)
        elif op is _c.RANGE:
            out.add(f"{_char(av[0])}-{_char(av[1])}")
            if ignore_case:
                out |= {_LETTERS, _NON_ASCII}
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # a negated set
            raise _Unknown(op)
    return out


def _assertion(op, av: tuple, ignore_case: bool) -> str:
    """A look-behind of characters and sets, written back as a pattern that accepts wherever it
    accepts (a case-blind one's sets widened, or, refused, narrowed to the characters written),
    or "" where it cannot be: it is then left out."""
    direction, body = av
    if direction > 0:
        return ""  # a look-ahead at the start is checked by the pattern itself
    positive = op is _c.ASSERT
    pieces = []
    for item_op, item in body:
        items = [(_c.LITERAL, item)] if item_op is _c.LITERAL else item if item_op is _c.IN else None
        if items is None or any(o is _c.NEGATE for o, _ in items):
            return ""
        try:
            pieces.append(_class(_set(items, ignore_case and positive)))
        except _Unknown:
            return ""
    return f"(?-i:(?{'<=' if positive else '<!'}{''.join(pieces)}))"
