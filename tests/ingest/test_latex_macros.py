"""A LaTeX source's own simple macros are expanded where they are used, line for line."""

from __future__ import annotations

import pytest

from grader.ingest.latex import expand_macros

#: (source, the line that uses the macro, as expanded)
MACROS = [
    ("\\newcommand{\\ans}[1]{\\boxed{#1}}\n$x = \\ans{0.0372}$", "$x = \\boxed{0.0372}$"),
    ("\\newcommand\\pd[2]{\\frac{\\partial #1}{\\partial #2}}\n$\\pd{E}{w}$", "$\\frac{\\partial E}{\\partial w}$"),
    # TeX's own \def, its arguments as "#1#2" before the body
    ("\\def\\res#1{\\fbox{$#1$}}\n= \\res{4.432\\times 10^{-3}}", "= \\fbox{$4.432\\times 10^{-3}$}"),
    ("\\def\\sg{\\sigma}\n$h = \\sg(2)$", "$h = \\sigma(2)$"),
    ("\\def\\ratio#1#2{#1/#2}\n$\\ratio{145}{220}$", "$145/220$"),
    # a macro that names itself is expanded a bounded number of times, never forever
    ("\\def\\loop{\\loop x}\n\\loop", "\\loop x x x x x"),
]


@pytest.mark.parametrize("source,line", MACROS)
def test_a_documents_own_macro_is_expanded_where_it_is_used(source, line):
    expanded = expand_macros(source).split("\n")
    assert len(expanded) == source.count("\n") + 1 and expanded[-1] == line


#: (source, a line the page shows, a line it does not): what TeX never typesets is no text of the submission
SKIPPED = [
    ("\\begin{document}\n\\iffalse\nFirst thought: $L = (y - \\hat y)^2$\n\\fi\n$L = \\mu - y\\log\\mu$\n\\end{document}",
     "$L = \\mu - y\\log\\mu$", "(y - \\hat y)^2"),
    ("\\begin{document}\nkept \\iffalse old: 4800 \\fi and 53952\n\\end{document}", "53952", "4800"),
    ("\\begin{document}\n\\begin{comment}\n(b) 49152\n\\end{comment}\n(b) 53952\n\\end{document}", "53952", "49152"),
    # a commented-out \iffalse opens nothing
    ("\\begin{document}\n% \\iffalse\n(b) 53952\n\\end{document}", "53952", "iffalse"),
]


@pytest.mark.parametrize("source,shown,hidden", SKIPPED)
def test_what_tex_never_typesets_is_not_read(source, shown, hidden):
    from grader.ingest.latex import latex_blocks

    blocks = latex_blocks(source, "a.tex")
    text = "\n".join(b.text for b in blocks)
    assert shown in text and hidden not in text
    assert all(source.split("\n")[b.line - 1].strip() for b in blocks)  # lines keep their numbers
