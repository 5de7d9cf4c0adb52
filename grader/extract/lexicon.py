"""The words the reader knows, as data: what people write around an answer.

Every list here is English (and the Indian English of the first course) as students write
it; the patterns of the readers are built from them, so adding a word is adding a row,
not editing a regular expression. Entries are regular-expression fragments: a space in a
phrase matches any run of white space, and ``s?``/``(?:…)?`` mark optional letters. Order
matters only where one phrase begins another (the longer first).

Nothing here knows an assignment: a course's own words (its labels, keywords, parameter
names) live in its spec.
"""

from __future__ import annotations

from fractions import Fraction

from .. import numbers

#: Relations that say "this is the value" ("= 53,952", "comes to 53,952").
STRONG_RELATION_WORDS = (
    "which is equal to", "is equal to", "equal to", "equals", "comes? (?:out )?(?:to|at)(?: be)?",
    "is approximately", "approximately", "is (?:about|roughly|around)", "amounts? to", "results? in",
    "works? out (?:to|at)(?: be)?", "is given by", "reduces to", "simplifies to", "becomes",
    "in total", "a total of", "which is", "that is", "(?:which|that|this|it) makes", "gives", "giving",
    "rounds? (?:off )?to", "rounded (?:off )?to", "rounding to",
)
#: Arrows that say "gives" or "therefore" ("Result ➜ 1,228,800", "⇒ p = 0.07"), as glyphs...
ARROWS = ("⇒", "⟹", "⟶", "→", "➜", "➔", "➙", "➛", "➝", "➞", "➡", "⇨")
#: ...and as plain text types them (longest first: "-->" is no "-" before "->").
ASCII_ARROWS = ("==>", "=>", "-->", "->")
#: Connectives that relate a value when they open a clause before a number ("so 53,952").
CLAUSE_CONNECTIVES = ("so", "thus", "hence", "therefore")
#: Words that open a clause and name nothing ("so σ² = …"): a short label may follow them.
OPENING_WORDS = CLAUSE_CONNECTIVES + ("then", "and", "now", "finally")
#: Relations that only count when the subject names a part or says "answer" ("is", "I get").
WEAK_RELATION_WORDS = ("is", "are", "will be", "(?:i )?(?:get|gets|got|obtain|obtained|need|needs|requires?|takes?)")
#: Verbs that report a result ("For v2 I get 0.0372"): such a value is no stated given.
RESULT_VERBS = ("get", "got", "obtain", "need", "require", "take")

#: The word "answer" in the other languages students write their answers in, with Latin letters: Spanish,
#: Portuguese, French, German, Italian, Dutch, and Hinglish's "jawab" ("Réponse : 1 792 paramètres"). (Not their
#: "result": "je garde ce résultat" closes a part's working as often as it states its answer.)
FOREIGN_ANSWER_WORDS = ("respuesta", "resposta", "réponse", "reponse", "antwort", "risposta", "antwoord", "jawab")
#: ...the words for a question ("Questão 2", "Aufgabe 3", "Pregunta 1") and a solution in the same languages.
FOREIGN_QUESTION_WORDS = ("pregunta", "ejercicio", "questão", "questao", "exercício", "exercice", "aufgabe", "frage",
                          "domanda", "esercizio", "vraag", "opgave", "problema")
FOREIGN_SOLUTION_WORDS = ("solución", "solucion", "solução", "solucao", "lösung", "losung", "soluzione", "oplossing")

#: ...and "in total" in German and Italian ("Lernbare Parameter insgesamt: 1.792"; Spanish, French and Portuguese
#: write "total").
FOREIGN_TOTAL_WORDS = ("insgesamt", "totale")

#: Words after a value in a bracket that say it is the exact form of the rounded one before it ("roughly 1.2 million
#: (1,228,800 exactly)", "≈ 54k (53,952 to be exact)").
EXACT_WORDS = ("exactly", "exact", "precisely", "to be exact", "to be precise", "unrounded")

#: Words that present a value as the answer ("Total =", "Ans: 53952", "final answer").
ANSWER_WORDS = (*FOREIGN_ANSWER_WORDS, *FOREIGN_TOTAL_WORDS,
                "answer", "ans", "final", "finally", "total", "totally", "overall", "altogether", "result",
                "required", "in all", "exact", "exactly", "therefore", "hence", "thus",
                # "… = 49 152. Sum: **53 952**", "…, sum is 53952": the word alone before a colon or "is", as "Total:"
                # is (not "the sum of x_i = 64", "diagonal sum = 145", nor "sum = 2 × (…) = 0.0422": steps)
                "(?<![A-Za-z]\\x20)(?<![A-Za-z]\\t)sum(?=[\\x20\\t*_]*(?::|\\||is\\b))")
#: ...of which these mark a conclusion only weakly ("hence σ(2) = 0.88" is working).
WEAK_ANSWER_WORDS = frozenset({"therefore", "hence", "thus"})
#: Answer words that may follow the value ("= 53952 multiplications in total").
TRAILING_ANSWER_WORDS = ("in total", "in all", "total", "overall", "altogether")
#: Answer words that make a relation of their own before a marked value ("total **53,952**").
MARKED_ANSWER_WORDS = (*FOREIGN_ANSWER_WORDS, "total", "sum", "answer", "ans", "result", "final", "in all", "altogether",
                       "together", "combined")

#: Words that open a retraction or a second look at an answer ("Recheck: …", "Edit: …").
RETRACTION_WORDS = ("recheck", "re-check", "corrections?", "corrected", "errata", "revised", "edit", "erratum", "update", "oops",
                    "wait", "on second thought", "i made a mistake", "mistake above",
                    # "actually it's 0.0372, I swapped the digits": a value restated as what it really is
                    "actually,?\\s+(?:it'?s|it\\s+is|it\\s+should\\s+be|(?:that|this)\\s+should\\s+be)",
                    "p\\.?\\s?s", "post-?script", "addendum",
                    "(?:please\\s+)?(?:ignore|disregard|scratch)\\s+(?:the|that|all|everything|what\\s+i\\s+wrote)\\s+above")  # "P.S. — my signs in Q1 are wrong …"
#: Words that say a part was left unanswered ("(a) … started it but couldn't finish in time (not attempted)"): a value
#: read for the part elsewhere (a diagram's given, the question's working) is then likely no answer of it.
UNATTEMPTED_WORDS = ("not attempted", "did not attempt", "didn't attempt", "not answered", "could not finish",
                     "couldn't finish", "did not finish", "didn't finish", "ran out of time", "left (?:it )?blank",
                     "(?<=\\()skipped(?=\\))", "not done")
#: Words in brackets right after a value that withdraw it, as striking it out would ("2764800 (scratch
#: that) 1228800"); "wrong" alone is not one: "(wrong sign convention in the notes)" may comment on a right value.
WITHDRAWING_WORDS = ("scratch that", "strike that", "ignore (?:this|that|it)", "disregard", "typo", "not this",
                     "crossed out", "struck out", "withdrawn", "mistake")
#: Words that say what follows in their clause is an earlier version the student replaced ("Correction: my first
#: draft used 1.645 and got (0.266, 0.374); the interval above is the one I submit", "originally I had 0.0372").
SUPERSEDED_WORDS = ("(?:my\\s+)?first\\s+(?:draft|attempt|try|version)", "originally", "initially",
                    "(?:my\\s+)?(?:earlier|previous|old)\\s+(?:draft|attempt|version|answer|value)")
#: Words that say a value is approximate ("≈", "about 54K").
#: Words that say a line checks the answer a second way ("check: …", "as a quick check", "sanity check", "to
#: verify"): its values are the check's working, not the conclusion.
CHECK_WORDS = ("check", "checked", "checking", "double-check", "cross-check", "sanity check", "verify", "verified",
               "verifying", "verification")
#: Words that set a value up as a what-if beside the answer ("For comparison, had the kernel been 5x5: … =
#: 1,228,800", "(for comparison, the Wald interval would be …)", "What-ifs:"): the value of another problem, not the
#: student's answer to this one.
WHAT_IF_WORDS = ("for comparison", "for reference only", "what[- ]ifs?", "not asked",
                 "had (?:the|it|we|i|they|you|one|this)\\b[^.\\n]{0,40}?\\bbeen", "would have been")
#: Words after a factor that make it a ratio between two answers ("53,952 multiplications (23× fewer)", "about 22.8
#: times cheaper"): a comparison, no product of the set-up.
RATIO_WORDS = ("fewer", "less", "smaller", "cheaper", "faster", "slower", "more", "larger", "bigger", "greater",
               "reduction", "savings?", "speed-?up")
APPROX_WORDS = ("approx(?:imately|\\.)?", "about", "around", "roughly", "nearly")
#: Scale words after a number, and their factors ("1.2 million", "12 lakh", "4.43 thousandths"): the
#: words of the one table of scales (``numbers.SCALE_WORDS``, each with why), not its letters and
#: abbreviations ("K", "Mn"), which the reader takes only where they stand alone (``SCALE_LETTERS``).
SCALE_WORDS = {word: 10**power if power >= 0 else Fraction(1, 10**-power)
               for word, (power, _) in numbers.SCALE_WORDS.items() if word.islower() and len(word) > 2}
#: Scale letters after a number ("54K", "1.2288 M"): only where they stand alone.
SCALE_LETTERS = {"k": 1000, "m": 10**6}
#: Number words that count in hundreds or more (``numbers.WORD_SCALES``): a number spelt with one is a
#: count, which prose never says by accident ("one", "two" are everyday words).
COUNT_SCALE_WORDS = tuple(numbers.WORD_SCALES)
#: Number words ("fifty-three thousand … (53,952)").
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
                "thousand", "million", "lakh", "crore", "and", "point")
#: ...the words that are numbers themselves (not the "and" and "point" between them).
SPELLED_NUMBERS = tuple(w for w in NUMBER_WORDS if w not in ("and", "point"))

#: Words that deny what follows ("we do not reject", "failing to reject", "are not reject"): an
#: option's spelling after one of them is that option denied, never chosen.
NEGATIONS = ("not", "n[’'`]t", "never", "cannot", "fail(?:s|ed|ing)? to", "unable to",
             "no (?:need|reason|grounds?|basis|cause|justification|evidence) (?:to|for)",
             "(?:insufficient|not enough|too little) (?:evidence|grounds?|reason) to",
             # "we do not have evidence to reject", "there is no significant evidence to reject", "we lack evidence to"
             "(?:not|n[’'`]t) have (?:any |enough |sufficient |significant )?(?:evidence|grounds?|reason|proof) to",
             "no (?:significant|sufficient|statistical|strong) (?:evidence|grounds?) to",
             "lack(?:s|ing)? (?:the |any |sufficient )?(?:evidence|grounds?) to")
#: Words between a negation and the option it denies ("do not *simply* reject", "not to reject").
NEGATION_FILLERS = ("to", "be", "simply", "really", "therefore", "so", "yet", "able to")

#: Words that introduce a choice's reason ("No, because the running averages are used").
REASON_WORDS = ("because", "since", "as", "due to", "given that", "the reason", "so that", "which means", "whereas",
                "while", "instead", "rather than")
#: A comparison in words argues a choice ("p is not below 0.05 → fail to reject", "p-value vs alpha"); an arrow
#: alone is no reason ("p ≈ 0.072 → fail to reject" compares with nothing).
COMPARISON_WORDS = ("exceeds", "(?:greater|less|larger|smaller|more|bigger) than", "below", "above", "under", "over",
                    "beyond", "within", "vs", "versus", "compared (?:to|with)")
#: Words that make an option hypothetical ("at α = 0.10 we would reject", "we could reject if …"): named,
#: not chosen.
HYPOTHETICAL_WORDS = ("would", "could", "might", "would have", "could have")
#: Phrases that conclude a choice after the working ("my decision is", "final answer"): an option after
#: one of them, the last named, is the one chosen.
DECISION_WORDS = ("my decision is", "my decision:", "decision:", "final decision", "final answer", "my final answer",
                  "in conclusion", "conclusion:", "therefore", "so the answer is", "hence")
#: Phrases that hedge a choice ("It depends on how the layer is run … both can happen"): the option
#: read may not be the one the student commits to.
HEDGES = ("it depends", "that depends", "depends on how", "depends on whether", "both can happen",
          "both are possible", "can be either", "either way", "could go either way")

#: Phrases that leave two values of a part undecided ("One-tailed: … = 0.03 / Two-tailed: … = 0.06 / I think it is
#: one of these two, I could not decide"): the part is graded at the value that earns less, and flagged.
UNDECIDED = ("one of these", "one of the two", "which one is", "which of these", "which of the two", "could not decide",
             "couldn't decide", "can't decide", "cannot decide", "not sure which", "either of these", "either one",
             "not sure what", "unsure which", "unsure what", "both are possible", "both could be", "both may be",
             "either answer", "not sure whether", "unsure whether", "unclear whether", "clear to me whether",
             "not clear whether", "give both", "leave both", "leaving both",
             # "I wasn't sure which SE the question wants"
             "wasn[’']t sure which", "wasn[’']t sure what")

#: Phrases that commit to one of the values a doubt left open ("Not sure what is meant: … 4,800 … 53,952. I'll go
#: with the second → 53,952"): the value on their line is the student's choice, not one of two offered.
COMMITMENTS = ("i'll go with", "i will go with", "i go with", "going with", "i'll take", "i will take", "i choose",
               "i'll choose", "i pick", "i'll pick", "i'll stick with", "i will stick with", "my answer is",
               "my final answer", "i'll use", "i will use",
               # "My interval:" after three tried ("… so 1.645 is the 95 % value. My interval:")
               "my (?:interval|estimate|value|result)\\s*(?:is|:)")

#: Words right after a value that say the student doubts it ("49,152? (not sure which one)").
DOUBT_WORDS = ("not sure", "unsure", "not certain", "no idea", "doubt", "i guess", "or maybe", "maybe")

#: Words a question's heading starts with ("Question 2", "Qn 1", "Problem 3", "Ans 2").
QUESTION_WORDS = ("question", "ques", "qn", "q", "problem", "prob", "exercise", "ex", "task", *FOREIGN_QUESTION_WORDS)
#: Words that make a problem value's name another quantity of the working ("net input", "weighted input"): a
#: value after them is no stated value of the problem. (Not "hidden" or "output": "output layer bias is 0.2"
#: states a bias.)
QUANTITY_MODIFIERS = frozenset({"net", "total", "weighted", "summed", "combined", "pre-activation", "effective"})
#: Question numbers in capital Roman numerals, from one ("Question II", "| III (a) | … |"), in order.
ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
#: Words that may stand before a question's number in a part's marker ("Q2 (a)", "Ans 1 (b)", "Sol 3(a)").
NUMBERING_WORDS = ("question", "ques", "qn", "q", "problem", "prob", "answer", "ans", "solution", "sol",
                   *FOREIGN_QUESTION_WORDS, *FOREIGN_ANSWER_WORDS, *FOREIGN_SOLUTION_WORDS)
#: ...and words that may head an answer's section too.
ANSWER_HEADING_WORDS = ("ans", "answer", "solution", "part", *FOREIGN_ANSWER_WORDS, *FOREIGN_SOLUTION_WORDS)
#: Question numbers in words, as a heading writes them ("One (a).", "Question Two:"), from one.
HEADING_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                        "twelve")
#: Ordinal words that name a matrix's row ("first row (0.15, −0.2, 0.45)", "2nd row: …"), in order.
ROW_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
#: ... and their short forms, in the same order.
ROW_ORDINALS_SHORT = ("1st", "2nd", "3rd", "4th", "5th", "6th")
#: Heading words a misspelling must not hide ("Quesion 2").
HEADING_WORDS = frozenset({"question", "problem", "exercise", "answer", "solution", "assignment"})

#: What the depth of a shape is called beside its height × width ("14 × 14 with 64 channels", "64
#: feature maps of 14 × 14"): not "filters" or "kernels", which a kernel's size follows ("64 filters of 3 × 3").
DEPTH_WORDS = ("channels", "feature maps", "activation maps", "maps", "planes")
#: What a shape's height × width is called before its depth is named ("a 14 by 14 map with 64 channels").
SHAPE_NOUNS = ("feature maps?", "maps?", "grids?", "tensors?", "volumes?", "images?", "outputs?", "arrays?")
#: Words of an operation's window beside a height × width ("a 2x2 pool", "a 3×3 kernel", "window 2x2, stride 2"),
#: each word's endings too ("pooling", "kernels"): the size describes the operation, it is no answer's shape.
WINDOW_WORDS = ("pool", "window", "kernel", "filter", "block", "patch", "stride", "receptive field")

#: Functions of the working in every course's notation ("f(2) = 0.88" is a step): a spec adds its
#: own (``working_functions``: "net", "σ").
WORKING_FUNCTIONS = ("f", "g", "h")
#: Short English words, never symbols of the working ("so in total … = 53,952").
SHORT_WORDS = frozenset({"so", "as", "is", "it", "we", "to", "of", "in", "be", "or", "an", "at", "by", "on", "if",
                         "us", "and", "the", "then", "thus", "hence", "i"})
#: English words of one letter, which may stand before a name ("I took x = …").
ONE_LETTER_WORDS = ("I", "a", "A")
#: Words inside formulas that are no prose ("(lam_i - y_i log lam_i)" is the formula's bracket).
FORMULA_WORDS = frozenset({"log", "exp", "sum", "mean", "frac", "hat", "lambda", "theta", "sigma", "left", "right",
                           "text", "mathrm", "cdot", "times"})


def alternation(phrases: tuple[str, ...] | frozenset[str]) -> str:
    """A regular-expression alternation of ``phrases``, a space matching any white space."""
    return "|".join(p.replace(" ", r"\s+") for p in phrases)
