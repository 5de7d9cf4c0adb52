"""A student's own LaTeX typeset as MathML, made safe to embed in a report.

latex2mathml converts LaTeX, but it copies ``\\text{…}`` verbatim into the markup, so its
output is never trusted: it is parsed as XML and rebuilt from an allow-list of
presentation-MathML elements and attributes, with every text escaped. Anything that does
not parse, or is too long, is not typeset at all (the report still shows the source text).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from functools import lru_cache

from markupsafe import Markup

#: Presentation-MathML elements a typeset formula may contain.
ELEMENTS = frozenset({
    "math", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "msub", "msup", "msubsup", "mfrac", "msqrt",
    "mroot", "mover", "munder", "munderover", "mtable", "mtr", "mtd", "mstyle", "mpadded", "mphantom",
    "menclose", "merror", "semantics", "annotation",
})
#: Attributes they may carry (values are escaped, and none of them can hold a script or a URL).
ATTRIBUTES = frozenset({
    "display", "mathvariant", "stretchy", "fence", "form", "accent", "accentunder", "separator", "lspace",
    "rspace", "width", "height", "depth", "linethickness", "columnalign", "rowalign", "columnspacing",
    "rowspacing", "displaystyle", "scriptlevel", "movablelimits", "notation", "largeop", "symmetric",
})
#: Longest LaTeX source typeset; longer formulas are shown as text only.
MAX_SOURCE = 2000

_NAMESPACE = re.compile(r"^\{[^}]*\}")
_SAFE_VALUE = re.compile(r"^[A-Za-z0-9 .%#:-]{0,40}$")


def looks_like_latex(text: str) -> bool:
    """Whether a formula is written in LaTeX (a command such as ``\\log``), worth typesetting."""
    return bool(re.search(r"\\[A-Za-z]+", text))


@lru_cache(maxsize=512)
def latex_to_mathml(source: str) -> Markup | None:
    """Safe MathML for a LaTeX formula, or None when it cannot be typeset safely."""
    if not source.strip() or len(source) > MAX_SOURCE:
        return None
    try:
        from latex2mathml.converter import convert

        raw = convert(source.strip().strip("$"))
        root = ET.fromstring(raw)
    except Exception:  # the converter fails on odd input in many ways; the text is still shown
        return None
    return Markup(_rebuild(root))


def _rebuild(node: ET.Element) -> str:
    tag = _NAMESPACE.sub("", node.tag) if isinstance(node.tag, str) else ""
    inner = html.escape(node.text or "", quote=False)
    inner += "".join(_rebuild(child) + html.escape(child.tail or "", quote=False) for child in node)
    if tag not in ELEMENTS:
        return inner  # an element we do not allow: keep only its text, escaped
    attrs = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in sorted(node.attrib.items())
                    if name in ATTRIBUTES and _SAFE_VALUE.match(value))
    if tag == "math":
        attrs = ' xmlns="http://www.w3.org/1998/Math/MathML"' + attrs
    return f"<{tag}{attrs}>{inner}</{tag}>"
