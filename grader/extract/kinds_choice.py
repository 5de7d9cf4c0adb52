"""The reader of choice parts: which option a student chose (yes/no, true/false, (A)-(E), a short word,
or the phrases a spec lists, such as "fail to reject"), and the reason they gave, kept as evidence.

Spellings are matched whole-word and case-insensitively, the longest first, so ``fail to reject``
is never also read as ``reject`` and ``not significant`` never as ``significant``. Short spellings
(a letter, ``yes``, ``no``) are ordinary words in prose, so they count only where an answer stands:
at the start of a line or sentence, after "answer" or a colon, in bold or a box.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Answer, Block
from ..spec import ChoiceOption, Part, Question
from . import lexicon
from .lexicon import alternation
from .kinds_locate import Passage, confidence, cue_score, excerpt, part_passages, table_row_mark, visible

#: Spellings every course uses for common option names, added to the spec's own (why: students
#: write these without thinking, and a TA should not have to list them).
STANDARD_SPELLINGS: dict[str, tuple[str, ...]] = {
    "yes": ("yes", "yes,", "true that", "yep", "yeah", "yup"),  # informal ones too: students write as they speak
    "no": ("no", "no,", "nope", "nah"),
    "true": ("true", "T", "correct statement"),
    "false": ("false", "F", "incorrect statement"),
}
for _letter in "ABCDEFGH":
    STANDARD_SPELLINGS[_letter] = (f"({_letter})", f"option {_letter}", f"choice {_letter}", f"{_letter})")

#: Spellings this short are ordinary words: they count only where an answer stands.
SHORT = 3
#: Words that introduce a reason, and comparisons (a sign or in words) that argue one (lexicon.py).
_REASON_WORDS = re.compile(rf"\b(?:{alternation(lexicon.REASON_WORDS)})\b|[<>≤≥]|\\[lg]eq?\b|\\[lg]t\b"
                           rf"|\b(?:{alternation(lexicon.COMPARISON_WORDS)})\b", re.IGNORECASE)
_ANSWER_PLACE = re.compile(r"(?:^|[.!?:}|&]|\n|\banswer\s*(?:is)?|\*\*|\\boxed\{|\\textbf\{|=|\(\s*[a-z0-9]\s*\)"
                           r"|\b[a-z0-9][.)]"
                           # a hedge names its options as firmly: "so sometimes yes sometimes no", "partly yes"
                           r"|\b(?:sometimes|partly|partially|maybe|both|either|neither|nor)"
                           # a conclusion names its option as firmly: "… So yes and no."
                           r"|\b(?:so|hence|thus|therefore)"
                           # a table's cell ("| 4 | No |", "4 & No"): it holds the answer alone
                           r")[\s*>#\-$]*$", re.IGNORECASE)


# A line that starts with the question's or part's number only: "Q4      No.", "4) yes", "(b) No", "Q4 -- No".
_NUMBERED_LINE = re.compile(r"^[\s*#>\-]*(?:(?:q|question|ans|answer|problem|part)\.?\s*)?(?:\d{1,2}[a-z]?|\(?[a-z]\))"
                            r"\s*(?:[.):]|-{1,2}|[–—])?[\s*]*$", re.IGNORECASE)


def _at_answer_place(text: str, start: int) -> bool:
    """Whether a short word at ``start`` stands where an answer does (see the module's docstring)."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_ANSWER_PLACE.search(text[max(0, start - 30):start])
                or _NUMBERED_LINE.match(text[line_start:start]))


@dataclass(frozen=True)
class _Hit:
    option: str
    block: Block
    start: int
    end: int
    score: float
    why: str
    named: bool


def _spellings(option: ChoiceOption) -> tuple[str, ...]:
    extra = STANDARD_SPELLINGS.get(option.id, STANDARD_SPELLINGS.get(option.id.lower(), ()))
    return tuple(dict.fromkeys((*option.spellings, *extra)))


# A symbol with a subscript digit ("T1"), which students write T1, T_1, T_{1}, T₁, $T_1$ or \(T_{1}\) alike.
_SUBSCRIPTED = re.compile(r"^(?P<letter>[A-Za-z])(?:_?\{?(?P<digit>[0-9])\}?|(?P<sub>[₀-₉]))$")
_SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉"


def _word(word: str) -> str:
    """A spelling's word as a pattern: a subscripted symbol in any of its typesettings."""
    m = _SUBSCRIPTED.match(word)
    if m is None:
        return re.escape(word)
    digit = m["digit"] if m["digit"] is not None else str(_SUBSCRIPT_DIGITS.index(m["sub"]))
    return (rf"(?:\$|\\\(\s*)?{m['letter']}\s*(?:_?\s*\{{?\s*{digit}\s*\}}?|{_SUBSCRIPT_DIGITS[int(digit)]})"
            rf"(?:\s*\$|\s*\\\))?")


# "select T1" is written "T1 is selected" as often: a verb and its symbol, in the passive (a regular verb's -ed).
_VERB_SYMBOL = re.compile(r"^(?P<verb>[a-z]{3,})\s+(?P<symbol>\S*\d\S*|\S*[₀-₉]\S*)$")


def _pattern(spelling: str) -> re.Pattern:
    words = [_word(w) for w in spelling.split()]
    body = r"\s+".join(words)
    m = _VERB_SYMBOL.match(spelling)
    if m:
        verb = m["verb"]
        done = verb + ("d" if verb.endswith("e") else "ed")
        body = rf"(?:{body}|{_word(m['symbol'])}\s+(?:(?:is|was|gets|got|remains|stays)\s+)?{re.escape(done)})"
    lead = r"(?<![A-Za-z0-9_])" if spelling[:1].isalnum() else ""
    tail = r"(?![A-Za-z0-9_])" if spelling[-1:].isalnum() else ""
    flags = 0 if len(spelling) == 1 else re.IGNORECASE
    return re.compile(lead + body + tail, flags)


def _table(part: Part) -> list[tuple[re.Pattern, str, str]]:
    assert part.choice is not None
    rows = [(_pattern(s), o.id, s) for o in part.choice.options for s in _spellings(o) if s.strip()]
    return sorted(rows, key=lambda r: len(r[2]), reverse=True)


_HEDGE = re.compile(rf"\b(?:{alternation(lexicon.HEDGES)})\b", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:and|or|/|&)\s*$", re.IGNORECASE)

_NEGATION = (rf"(?:\b(?:{alternation(lexicon.NEGATIONS)})|n[’'`]t)\s+"
             rf"(?:(?:{alternation(lexicon.NEGATION_FILLERS)})\s+)*")
# A negation right before an option's spelling, in its clause: "we do not | reject the null".
_DENIED = re.compile(_NEGATION + r"$", re.IGNORECASE)
# A spelling that is itself a denial ("do not reject", "fail to reject"): what it denies follows.
_DENIAL = re.compile(r"^(?:[\w']+\s+){0,2}?" + _NEGATION, re.IGNORECASE)


# A stressed negation ("we do **not** reject", "do \\emph{not} reject"): its emphasis marks are blanked (same
# length, so positions hold) before spellings are matched, or the stressed word would not deny the option.
# Only a negation's: a stressed option ("I'd lean towards **yes**") keeps the marks that say it is the answer.
_NEGATION_WORDS = rf"(?:{alternation(lexicon.NEGATIONS)})"
_EMPHASIS = re.compile(rf"(?<![\w*\\])(\*\*|\*|__|_)({_NEGATION_WORDS})\1(?![\w*])", re.IGNORECASE)
_LATEX_EMPHASIS = re.compile(rf"\\(?:textbf|emph|textit|underline|uline|mathbf|textsc)\s*\{{({_NEGATION_WORDS})\}}",
                             re.IGNORECASE)


def _unemphasised(text: str) -> str:
    if "*" not in text and "_" not in text and "\\" not in text:
        return text
    text = _EMPHASIS.sub(lambda m: " " * len(m[1]) + m[2] + " " * len(m[1]), text)
    return _LATEX_EMPHASIS.sub(lambda m: " " * (m.start(1) - m.start()) + m[1] + " ", text)


# "<option>: False", "<option>? False", "<option> = 0": an option printed as a flag a program set to false denies it (a
# program's literal only: "… is not chosen: no evidence …" is prose).
_FALSE_AFTER = re.compile(r"\s*(?:[:=?]|==|->)\s*(?:False|FALSE|false|0)(?![\w.])")


#: Before an option's words on a program's line: a quote, a call's bracket, an assignment.
_IN_CODE = re.compile(r"['\"(=]")


def _denials(part: Part) -> list[tuple[str, str]]:
    """(what is denied, the option that denies it): "do not reject" makes ("reject", fail_to_reject)."""
    assert part.choice is not None
    found = []
    for option in part.choice.options:
        for spelling in _spellings(option):
            m = _DENIAL.match(spelling)
            if m and spelling[m.end():].strip():
                found.append((" ".join(spelling[m.end():].lower().split()), option.id))
    return sorted(found, key=lambda d: len(d[0]), reverse=True)


def _denied_option(part: Part, text: str, start: int, end: int, option: str) -> tuple[str, int] | None:
    """When a negation denies the spelling at ``start``: the option whose own spelling says so ("we are
    not accept it" is "do not accept"), or the empty string when no option says that (the hit is
    dropped), with where the negation starts. None when nothing denies it."""
    window = max(0, start - 40)
    clause = window + max((m.end() for m in re.finditer(r"[.;:!?\n]", text[window:start])), default=0)
    denial = _DENIED.search(text, clause, start)
    if denial is None:
        if _FALSE_AFTER.match(text, end):  # "reject: False": the program's flag says no
            return _denier(part, text, start, end, option, start)
        return None
    return _denier(part, text, start, end, option, denial.start())


def _denier(part: Part, text: str, start: int, end: int, option: str, at: int) -> tuple[str, int]:
    """The option whose own spelling denies the spelling at ``start`` (or "" when none does), from ``at``."""
    said = " ".join(text[start:end].lower().split())
    for denied, other in _denials(part):
        if other != option and (said.startswith(denied) or denied.startswith(said)):
            return other, at
    return "", at


# A modal just before an option ("we would reject", "we \emph{would} reject"): the option is supposed, not chosen.
_HYPOTHETICAL = re.compile(rf"\b(?:{alternation(lexicon.HYPOTHETICAL_WORDS)})\b[}}*_\s]*(?:\w+[}}*_\s]+)?$", re.IGNORECASE)
# A sentence's opening condition, up to the option ("If every sample were scaled by its own mean, …").
_CONDITION_OPENS = re.compile(r"(?:^|[.!?;:\n])[\s*_]*(?:if|suppose|supposing|assuming|were|had)\b[^.!?;:,\n]*$",
                              re.IGNORECASE)
_CONDITION_CLOSES = re.compile(r"[^.!?;:,\n]*,")


def _in_condition(text: str, start: int, end: int) -> bool:
    """Whether an option's words stand inside a conditional clause that opens their sentence and closes with a
    comma after them: the student supposes the option to argue against it ("If it did, …" is the same)."""
    return (_CONDITION_OPENS.search(text, max(0, start - 160), start) is not None
            and _CONDITION_CLOSES.match(text, end) is not None)


# What concludes a choice: a correction's or a decision's words opening the sentence that names the option.
_CONCLUDING = re.compile(rf"^[\s*_>#-]*(?:{alternation(lexicon.RETRACTION_WORDS)})\b"
                         rf"|\b(?:{alternation(lexicon.DECISION_WORDS)})", re.IGNORECASE)


def _hits(part: Part, text: str) -> list[tuple[int, int, str]]:
    taken: list[tuple[int, int]] = []
    found = []
    later = []
    for pattern, option, spelling in _table(part):
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if _HYPOTHETICAL.search(text, max(0, m.start() - 40), m.start()) or _in_condition(text, m.start(), m.end()):
                taken.append((m.start(), m.end()))  # "at α = 0.10 we would reject": supposed, not chosen
                continue
            if len(spelling.strip(",")) <= SHORT and not _at_answer_place(text, m.start()):
                later.append((m.start(), m.end(), option))
                continue
            taken.append((m.start(), m.end()))
            denied = _denied_option(part, text, m.start(), m.end(), option)
            if denied is None:
                found.append((m.start(), m.end(), option))
            elif denied[0]:  # "we do not reject the null": the option that says so, read from "not"
                found.append((denied[1], m.end(), denied[0]))
    # "Yes and no", "true/false": a short word joined to an option just read is named as firmly.
    for start, end, option in sorted(later):
        joined = [f for f in found if f[1] <= start and _JOINED.fullmatch(text[f[1]:start])]
        if joined and not any(a < end and start < b for a, b in taken):
            taken.append((start, end))
            found.append((start, end, option))
    return _without_asked(text, sorted(found))


# The question's own words offering its options ("Answer yes or no and justify.", "… — yes or no?"): a student who
# copies the question in names every option and chooses none.
_OFFERED = re.compile(r"\s*(?:or|/)\s*$", re.IGNORECASE)
# (the verb an instruction opens with, right before the options: not "Final answer: yes/no", the student's own)
_ASKED_BEFORE = re.compile(r"\b(?:answer|state|say|decide|write|indicate|choose|circle)[ \t]+(?:with[ \t]+)?$",
                           re.IGNORECASE)
_ASKED_AFTER = re.compile(r"[\s*_]*(?:\?|(?:,[ \t]*)?and[ \t]+(?:justify|explain|give)\b)", re.IGNORECASE)


def _without_asked(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` without the pairs of options the question's wording offers ("Answer yes or no and justify")."""
    asked: set[int] = set()
    for k in range(len(found) - 1):
        (a, b, first), (c, d, second) = found[k], found[k + 1]
        if first != second and _OFFERED.fullmatch(text, b, c) and (
                _ASKED_BEFORE.search(text, max(0, a - 30), a) or _ASKED_AFTER.match(text, d)):
            asked.update((k, k + 1))
    return [f for k, f in enumerate(found) if k not in asked]


def _concluded(hits: list["_Hit"]) -> "_Hit | None":
    """The last hit, when the sentence that names it opens with a correction's words or holds a decision's
    ("Correction: … we do not reject", "so my decision is: do not reject") and names no other option."""
    last = hits[-1]
    begin = _sentence_start(last.block.text, last.start)
    if any(h.block is last.block and h.start >= begin and h.option != last.option for h in hits):
        return None
    line = last.block.text.rfind("\n", 0, last.start) + 1
    sentence = last.block.text[begin:last.start]
    if _CONCLUDING.search(sentence) or _CONCLUDING.match(last.block.text[line:last.start]):
        return last
    return None


def _line_before(block: Block, blocks: tuple[Block, ...], order: dict[int, int]) -> str:
    """The last line of the block just before ``block`` in its file (with a newline), or ""."""
    at = order.get(id(block), 0)
    if at == 0:
        return ""
    previous = blocks[at - 1]
    if previous.file != block.file or previous.line + previous.text.count("\n") + 1 < block.line - 1:
        return ""
    return _unemphasised(visible(previous.text)).rsplit("\n", 1)[-1] + "\n"


def _reason(text: str, start: int, end: int) -> str:
    """The argument given with the choice: the rest of its sentence (and the sentence before, when this
    one starts with "so" or "hence"), when it argues: a comparison (``p = 0.07 > 0.05``), a word such as
    "because", or a few words of explanation."""
    a = _sentence_start(text, start)
    following = _SENTENCE_END.search(text, end)
    b = following.start() if following else len(text)
    newline = text.find("\n", end)
    b = min(b, newline) if newline >= 0 else b
    sentence = text[a:start] + " " + text[end:b]
    if re.match(r"\s*(?:so|hence|thus|therefore)\b", text[a:start], re.IGNORECASE) and a > 0:
        previous = _sentence_start(text, a - 1)
        sentence = text[previous:a] + sentence
    if not re.search(r"[A-Za-z]{3}", sentence.replace(text[start:end], "")) and following is not None:
        # "No. Because the order matters.": the option alone, its reason in the next sentence
        after = _SENTENCE_END.search(text, following.end())
        stop = after.start() if after else len(text)
        nxt = text[following.end():stop]
        # (or a sentence of explanation on the same line: "We fail to reject. At the 5 % level there is not
        # enough evidence that …")
        if _REASON_WORDS.match(nxt.strip()) or ("\n" not in text[end:stop].strip()
                                                and len(re.findall(r"[A-Za-z]{3,}", nxt)) >= 5):
            sentence += " " + nxt
    rest = " ".join(re.sub(r"[*$\\{}_]|\*\*", " ", sentence).split())
    words = re.findall(r"[A-Za-z]{3,}", rest)
    return rest[:400] if _REASON_WORDS.search(rest) or len(words) >= 5 else ""


# The lead of a line that gives the reason for a choice above it: "Reason:", "Justification -", "Because …".
_REASON_LEAD = re.compile(r"\s*(?:[*_]{0,2}(?:reason(?:ing)?|justification|why|argument)[*_]{0,2}\s*[:\-–—]|(?=because\b|since\b))",
                          re.IGNORECASE)


def _block_after(block: Block, blocks: tuple[Block, ...]) -> Block | None:
    """The block right after ``block`` among the question's blocks, if any."""
    at = next((i for i, b in enumerate(blocks) if b is block), -1)
    return blocks[at + 1] if 0 <= at < len(blocks) - 1 else None


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence (or line) holding ``pos`` starts."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, pos)]
    line = text.rfind("\n", 0, pos)
    for _ in range(3):  # a sentence wrapped over lines ("Since 0.072 > 0.05 we" / "do not have …") goes on
        if line <= 0 or not _WRAPPED.search(text, max(0, line - 2), line):
            break
        line = text.rfind("\n", 0, line)
    return max([line + 1, *ends])


# A line that ends mid-sentence: a lower-case word or a comma before its break.
_WRAPPED = re.compile(r"(?:[a-z]|,)\s?$")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z*$\\(]|$)|(?<=[.!?;])$")


# A footnote and code quoted inline ("\\footnote{… \\texttt{stats=True} …}", "`flag=False`"; not "`No`", a word set as
# code): asides and a program's words, no option the student chooses.
_ASIDE = re.compile(r"\\footnote\s*\{(?:[^{}]|\{[^{}]*\})*\}|\\texttt\s*\{(?:[^{}]|\{[^{}]*\})*\}|`[^`\n]*[=_(.][^`\n]*`")


def _without_asides(text: str) -> str:
    """``text`` with footnotes and inline code blanked (same length: positions hold)."""
    if "`" not in text and "\\footnote" not in text and "\\texttt" not in text:
        return text
    return _ASIDE.sub(lambda m: " " * len(m.group(0)), text)


# An option a form offers beside a box left unticked ("☐ Reject H₀" over "☒ Do not reject H₀", "- [ ] yes"), at its
# line's start: the student did not choose it.
_UNTICKED_BOXES = ("☐", "□", "⬜", "◻", "○", "◯", "[ ]", "( )")
_UNTICKED = re.compile(rf"^[ \t>*-]*(?:{'|'.join(map(re.escape, _UNTICKED_BOXES))})[^\n]*", re.MULTILINE)


def _without_unticked(text: str) -> str:
    """``text`` with the options left unticked blanked (same length: positions hold)."""
    if not any(box in text for box in _UNTICKED_BOXES):
        return text
    return _UNTICKED.sub(lambda m: " " * len(m.group(0)), text)


def _closing_row(hits: list[_Hit], best: _Hit, question: Question, part: Part) -> _Hit | None:
    """The last reading, after ``best``, on a closing table's row that names the part by the sheet's numbering
    ("| 3 (c) | Fail to reject … |"), where it names another option than ``best``."""
    if question.number is None or not hits or hits[-1] is best or hits[-1].option == best.option:
        return None
    last = hits[-1]  # (hits are in reading order: the last comes after ``best``)
    row = re.compile(table_row_mark(question.number, question.parts.index(part), len(question.parts)), re.IGNORECASE)
    return last if row.match(last.block.text, last.block.text.rfind("\n", 0, last.start) + 1) else None


def find_choice(question: Question, part: Part, blocks: tuple[Block, ...],
                everything: tuple[Block, ...] = ()) -> Answer | None:
    """The option a student chose for a choice part, with its reason as evidence."""
    hits: list[_Hit] = []
    passages = part_passages(question, part, blocks, everything)
    if not any(_hits(part, p.text) for p in passages):
        # The options' own words name the part (a decision stated under another part's label):
        # the question's whole text is read for them.
        passages = [Passage(b, 0, len(b.text), True) for b in blocks]
    order = {id(b): i for i, b in enumerate(everything or blocks)}
    for passage in passages:
        # An option's words may run over a line's end into the passage ("… p-value = 0.072; fail to" /
        # "reject the claim since …"), the line before in the passage's block or in the block before it: the
        # passage is read from that line, for what ends inside it.
        text = _without_unticked(_without_asides(_unemphasised(visible(passage.block.text))))
        lead = text.rfind("\n", 0, max(0, passage.start - 1)) + 1 if passage.start else 0
        before = "" if passage.start else _line_before(passage.block, everything or blocks, order)
        for start, end, option in _hits(part, before + text[lead:passage.end]):
            a, b = max(0, lead + start - len(before)), lead + end - len(before)
            if b <= passage.start:
                continue
            if passage.block.kind == "code" and _IN_CODE.search(
                    passage.block.text[passage.block.text.rfind("\n", 0, a) + 1:a]):
                continue  # "print('yes?', p < 0.05)": a program's string or call, not what it printed
            score, why = cue_score(passage.block.text, a, b)
            hits.append(_Hit(option, passage.block, a, b, score, why, passage.named))
    if not hits:
        return None
    top = max(h.score for h in hits)
    best = [h for h in hits if h.score == top][-1]
    review = []
    # A question of one part whose text names one option only: that is the part's choice, named or not.
    if not best.named and not (len(question.parts) == 1 and all(h.option == best.option for h in hits)):
        review.append("no label or marker of this part was found; the option was read from the question's text")
    others = sorted({h.option for h in hits if h.option != best.option and h.score >= top - 0.5})
    last = hits[-1]  # hits are in reading order
    begin = _sentence_start(last.block.text, last.start)
    closing = {h.option for h in hits if h.block is last.block and h.start >= begin}
    if len(closing) > 1 and not others:
        # "… So sometimes yes sometimes no.": the answer ends by naming both, whatever it leaned to
        best, others = last, sorted(closing - {last.option})
    if (row := _closing_row(hits, best, question, part)) is not None:
        # "| 3 (c) | Fail to reject H₀ … |" in a closing answers table after the working's "so reject H₀": the
        # table is the student's last word on the part; a person confirms it
        review.append(f"the working names {best.option!r} (line {best.block.line_at(best.start)}); the closing "
                      f"table's row names {row.option!r} (line {row.block.line_at(row.start)}), read as the "
                      f"student's last word: check it")
        best, others = row, []
    concluded = _concluded(hits)
    if concluded is not None and (others or concluded.option != best.option):
        # "(c) … so yes. Correction: … so no", "…; so my decision is: no": the
        # option the last correction or decision names is the one chosen, and a person confirms it
        review.append(f"the answer names {', '.join(repr(o) for o in sorted({h.option for h in hits}))}; "
                      f"{concluded.option!r} was read from its concluding sentence (line "
                      f"{concluded.block.line_at(concluded.start)}): check which option it commits to")
        best, others = concluded, []
    if others:
        # An answer that chooses two options ("yes and no", "it depends") has chosen none.
        review.append(f"the answer names {', '.join(repr(o) for o in [best.option, *others])} alike: it chooses "
                      f"none of them")
        return Answer(part.id, best.block.text[best.start:best.end], {"option": None, "named": [best.option, *others],
                                                                      "reason": ""},
                      excerpt(best.block, best.start, best.end), confidence(best.score, best.named), tuple(review),
                      details={"how": best.why})
    hedge = next((m for p in passages for m in [_HEDGE.search(p.text)] if m), None)
    if hedge is not None:
        review.append(f"the answer hedges ({hedge.group(0)!r}): check which option it commits to")
    reason = _reason(best.block.text, best.start, best.end)
    if not reason:
        # "No: it keeps the estimates from training": the option said twice (its word, then its phrase), the
        # argument around the other saying of it
        reason = next((r for h in reversed(hits) if h.option == best.option and h is not best
                       for r in [_reason(h.block.text, h.start, h.end)] if r), "")
    if not reason and not re.search(r"[A-Za-z]{3}", best.block.text[best.end:]) and (
            following := _block_after(best.block, blocks)):
        # "☒ Do not reject H₀" alone, then "Reason: the p-value 0.928 is much larger than α = 0.05.": a form's field
        # for the reason, under the choice
        lead = _REASON_LEAD.match(following.text)
        if lead is not None:
            reason = " ".join(following.text[lead.end():].split("\n", 1)[0].split())[:400]
    value = {"option": best.option, "reason": reason}
    if not reason and _bare(passages, best):
        value["bare"] = True  # "No." and nothing else: whether the rubric wants more, a person sees
    return Answer(part.id, best.block.text[best.start:best.end], value,
                  excerpt(best.block, best.start, best.end), confidence(best.score, best.named), tuple(review),
                  details={"how": best.why, "reason": reason})


#: Words of three letters or more an answer's text may hold and still be the option alone ("No.", "No, it doesn't.";
#: not "No (running stats)").
_BARE_WORDS = 1


def _bare(passages: list[Passage], best: "_Hit") -> bool:
    """Whether the part's text outside headings is the chosen option alone ("No.")."""
    words = 0
    for passage in passages:
        if passage.block.kind == "heading" or passage.block.file != best.block.file:
            continue  # (a program's comments that name the question are no words of this answer)
        text = passage.block.text[passage.start:passage.end]
        if text.lstrip().startswith("|"):
            text = text.split("\n", 1)[0]  # a closing table's row: its own line, not the rows after it
        words += len(_WORD.findall(text))  # (the option's own words too: "No – running statistics" argues)
        if words > _BARE_WORDS:
            return False
    return True


_WORD = re.compile(r"[A-Za-z]{3,}")
