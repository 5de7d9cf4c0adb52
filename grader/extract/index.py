"""What extraction needs of a spec, prepared once: its vocabulary, each question's labels
and parameter names.

Built once per spec (``SpecIndex.of``) and passed to the readers, instead of module caches
keyed by ``id()`` of spec objects (an id is reused once its object is gone). The index also
owns the one text-keyed memo of the readers that is not an ``lru_cache``: which part labels
a passage holds, asked for the same statements by every question's scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..spec import Question, Spec
from . import lexicon
from .normalize import Vocabulary, compact, label_position, words
from .sections import Keywords, question_keywords

#: Label hits remembered per question before the memo starts afresh (a class's distinct lines).
_MAX_REMEMBERED = 100_000


# A function of one short argument, as a label names it ("Cov(Y)", "M[Y]", "\\mathrm{Cov}(Y)").
_APPLIED = re.compile(r"^([a-zα-ω]{1,8})[(\[]([a-zα-ω0-9²]{1,3})[)\]]$")
# A derivative in Leibniz's notation, as ``compact`` writes it: "dl/dzk" (∂L/∂z_k), "de/dv3".
_DERIVATIVE = re.compile(r"^d([a-zα-ω]{1,3})/d([a-zα-ω][a-zα-ω0-9_]{0,5})$")
# A power of one digit: "^2", "^{2}".
_POWER = re.compile(r"\^\{?(\d)\}?")
# Words that open a clause and name nothing: "so τ² = 0.25", "hence Cov Y = …".
_LEAD_WORDS = re.compile(rf"^\W*(?:(?:{lexicon.alternation(lexicon.OPENING_WORDS)}|i\.?e\.?|∴|{lexicon.alternation(lexicon.ARROWS)}|=>)[\s,:]+)+",
                         re.IGNORECASE)


def label_spellings(label: str) -> tuple[str, ...]:
    """A compact label and the other ways people apply the same function to the same argument:
    "cov(y)" is also written "Cov Y", "Cov[Y]"; "m[y]" also "MY", "M(Y)"."""
    spellings = [label]
    if "^" in label:
        spellings.append(_POWER.sub(r"\1", label))  # "τ^2" is also written "τ²", which ``compact`` reads "τ2"
    applied = _APPLIED.match(label)
    if applied is not None:
        name, arg = applied.groups()
        spellings += [f"{name}({arg})", f"{name}[{arg}]", f"{name}{arg}"]
    derivative = _DERIVATIVE.match(label)
    if derivative is not None:
        # "dL/dv3" is written in words too: "the derivative of L with respect to v3", "gradient of L wrt v3"
        of, by = derivative.groups()
        spellings += [f"{noun}of{of}{wrt}{by}" for noun in ("derivative", "gradient")
                      for wrt in ("withrespectto", "wrt", "w.r.t.")]
    return tuple(dict.fromkeys(spellings))


# A label's last word in the plural: "ripe apples", "number of crates" (not "loss", "gradients of").
_PLURAL_END = re.compile(r"[A-Za-z]{3,}[^sS\W]s\s*$")


def _singular(label: str) -> tuple[str, ...]:
    """A specific label whose last word is plural, in the singular too: students write "the ripe
    apple is …" for "ripe apples" (an ordinary word alone, "apples", is left as it is:
    its singular names too much)."""
    if not is_specific(label) or _PLURAL_END.search(label) is None:
        return ()
    return (compact(label.rstrip()[:-1]),)


def is_specific(label: str) -> bool:
    """Whether a label cannot be an ordinary word: several words ("depthwise separable") or
    symbols ("dE/dw11"), not "standard"."""
    return bool(re.search(r"[^A-Za-z]", label.strip())) and not re.fullmatch(r"[A-Za-z]+[\s-]*", label.strip())


def symbol_pattern(functions: tuple[str, ...] = ()) -> re.Pattern:
    """A subject that is a bare symbol (A_1, O_1, B, h1) or a function of the working applied to
    something: the reader's own ``f``, ``g``, ``h`` and the spec's ``working_functions``."""
    names = sorted({*lexicon.WORKING_FUNCTIONS, *(n.lower() for n in functions)}, key=len, reverse=True)
    called = "|".join(map(re.escape, names))
    return re.compile(rf"^(?:[a-zα-ω]{{1,2}}'?\d{{0,3}}'?|(?:{called})'?\(.*\)|[a-zα-ω]\d?\^?\(?\d?\)?)$")


@dataclass(frozen=True)
class Names:
    """A question's parameter names, in the forms the scan compares."""

    single: dict[str, str]
    """Compact spelling of a parameter's name -> the parameter."""
    groups: dict[str, tuple[str, ...]]
    """Compact spelling of a group's name -> its members."""
    spelled: dict[str, str]
    """Compact spelling -> the name as ``words`` writes it."""
    order: tuple[tuple[str, bool, tuple[str, ...]], ...]
    """(spelling to match, whether case is ignored, what it names), longest names first,
    parameters before groups: the order in which a subject's last words are tried."""
    endings: tuple[tuple[str, ...], tuple[str, ...]] = field(init=False, repr=False)
    """The spellings of ``order`` that ignore case, and those that keep it: a subject that ends
    in none of them names nothing (one test each, before ``order`` is walked)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "endings", (tuple(o[0] for o in self.order if o[1]),
                                             tuple(o[0] for o in self.order if not o[1])))

    @classmethod
    def of(cls, question: Question) -> Names:
        single = {compact(n): p.name for p in question.parameters for n in p.names}
        groups = {compact(n): g.members for g in question.groups for n in g.names}
        spelled = {compact(n): words(n) for p in question.parameters for n in p.names}
        spelled.update({compact(n): words(n) for g in question.groups for n in g.names})
        order = []
        for table, scalar in ((single, True), (groups, False)):
            for name in sorted(table, key=len, reverse=True):
                # Symbols keep their case (B_1 is not b_1); word names do not.
                fold = " " in spelled[name] or len(spelled[name]) > 3
                order.append((spelled[name].lower() if fold else spelled[name], fold,
                              (table[name],) if scalar else table[name]))
        return cls(single, groups, spelled, tuple(order))  # type: ignore[arg-type]


@dataclass(frozen=True)
class QuestionIndex:
    """One question's labels and names, and the memo of label hits in its passages."""

    question: Question
    labels: tuple[tuple[str, str, bool], ...]
    """(compact label, part id, specific) for every label of the question's parts."""
    finder: re.Pattern | None
    """One search for every label of three or more characters: most statements hold none."""
    names: Names
    vocabulary: Vocabulary | None
    symbol: re.Pattern
    """A subject that is a bare symbol of the working (A_1, h1, σ(2) where the spec names σ)."""
    short_labels: tuple[tuple[str, str, bool], ...] = ()
    """The ``labels`` of one or two characters: the only ones to try where ``finder`` finds nothing."""
    symbols: tuple[str, ...] = ()
    """Compact spellings of the labels written with symbols ("Cov(Y)", "τ^2"), not words ("parameters")."""
    _hits: dict[tuple[str, bool], tuple[tuple[int, str], ...]] = field(default_factory=dict, repr=False)
    markers: tuple[tuple[str, int, str], ...] = field(init=False, repr=False)
    """(marker in lower case, its length as the spec writes it, part id) of each sub-question marker
    of the question's parts ("(a)", "a)"), in the spec's order: lowered once, not per statement."""
    marker_heads: tuple[str, ...] = field(init=False, repr=False)
    """The markers in lower case: a statement that opens with none of them opens with no part's marker."""

    def __post_init__(self) -> None:
        markers = tuple((m.lower(), len(m), p.id) for p in self.question.parts for m in p.find.markers)
        object.__setattr__(self, "markers", markers)
        object.__setattr__(self, "marker_heads", tuple(m for m, _, _ in markers))

    @classmethod
    def of(cls, question: Question, vocabulary: Vocabulary | None, functions: tuple[str, ...] = ()) -> QuestionIndex:
        spelled = [(part.id, label, label_spellings(compact(label)) + _singular(label))
                   for part in question.parts for label in part.find.labels if compact(label)]
        table = tuple(dict.fromkeys((spelling, pid, is_specific(label)) for pid, label, spellings in spelled
                                    for spelling in spellings))
        long = sorted({label for label, _, _ in table if len(label) >= 3}, key=len, reverse=True)
        finder = re.compile("|".join(map(re.escape, long))) if long else None
        return cls(question, table, finder, Names.of(question), vocabulary, symbol_pattern(functions),
                   tuple(entry for entry in table if len(entry[0]) < 3),
                   tuple(dict.fromkeys(spelling for _, label, spellings in spelled if re.search(r"[^A-Za-z\s-]", label)
                                       for spelling in spellings if len(spelling) >= 2)))

    @property
    def specific_labels(self) -> list[str]:
        return [label for label, _, specific in self.labels if specific]

    def hits(self, text: str, *, specific: bool = False) -> list[tuple[int, str]]:
        """(position, part id) of every part label in ``text``'s compact form.

        With ``specific``, only labels that cannot be ordinary words count. Misspelled label
        words count too ("depthwize seperable"), through the spec's vocabulary.
        """
        key = (text, specific)
        cached = self._hits.get(key)
        if cached is not None:
            return list(cached)
        c = compact(self.vocabulary.fix(text) if self.vocabulary is not None else text)
        anywhere = self.finder is not None and self.finder.search(c) is not None
        hits = []
        # Where no label of three characters or more is in the text, only the short ones are tried.
        for label, part_id, is_specific_label in self.labels if anywhere else self.short_labels:
            if specific and not is_specific_label:
                continue
            end = label_position(c, label)
            if end >= 0 and not c.startswith("^", end):  # "E X^2" is another quantity than "E X"
                hits.append((end, part_id))
        if self.short_labels and (lead := _LEAD_WORDS.match(text)) is not None:
            # A short label names a text only at its head: after the clause's opening word too.
            rest = compact(text[lead.end():])
            offset = len(c) - len(rest)
            hits += [(offset + end, part_id) for label, part_id, is_specific_label in self.short_labels
                     if not (specific and not is_specific_label) and (end := label_position(rest, label)) >= 0
                     and (offset + end, part_id) not in hits]
        hits.sort()
        if len(self._hits) > _MAX_REMEMBERED:
            self._hits.clear()
        self._hits[key] = tuple(hits)
        return hits

    def opens_with_label(self, text: str) -> bool:
        """Whether ``text`` starts with a label written in symbols: "4 Cov Y", "4τ²" are a
        coefficient times a named quantity, an expression rather than the value 4 ("1,792
        parameters" is a count and what it counts)."""
        c = compact(text).lstrip("*·⋅")
        return bool(c) and c.startswith(self.symbols)

    def forget(self) -> None:
        """Forget the passages seen (the benchmarks' cold figures)."""
        self._hits.clear()


@dataclass(frozen=True)
class SpecIndex:
    """Everything extraction prepares from a spec, once."""

    spec: Spec
    vocabulary: Vocabulary
    questions: dict[str, QuestionIndex]
    keywords: Keywords
    """Every question's keywords, as the sections weigh them."""

    @classmethod
    def of(cls, spec: Spec) -> SpecIndex:
        texts = [k.text for q in spec.questions for k in q.keywords]
        texts += [label for p in spec.parts for label in p.find.labels]
        vocabulary = Vocabulary({w for t in texts for w in re.findall(r"[A-Za-z]+", t)} | lexicon.HEADING_WORDS)
        return cls(spec, vocabulary, {q.id: QuestionIndex.of(q, vocabulary, spec.working_functions)
                                         for q in spec.questions}, question_keywords(spec.questions))

    def forget(self) -> None:
        """Forget every passage seen: label hits and misspelling fixes (the cold figures)."""
        for question in self.questions.values():
            question.forget()
        self.vocabulary._texts.clear()
