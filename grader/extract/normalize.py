"""Text normalisation for matching labels and keywords across LaTeX, Unicode and plain text.

``compact("\\frac{\\partial E}{\\partial w_{11}}") == compact("dE/dw11") == "de/dw11"``: the
same words and symbols, however typeset, compare equal.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉⁰¹²³⁴⁵⁶⁷⁸⁹ᵢⱼₙ", "0123456789" "0123456789" "ijn")
_FRAC = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_WRAPPERS = re.compile(r"\\(text|mathrm|mathbf|mathit|operatorname|textbf|textit|emph|boldsymbol|bm|mathsf|mathcal)\s*")
_DROP_CMDS = re.compile(r"\\(left|right|big|Big|bigg|Bigg|displaystyle|textstyle|quad|qquad|,|;|!|:)(?![a-zA-Z])")
_SCRIPT_BRACES = re.compile(r"([_^])\{([^{}]*)\}")
_SPACE = re.compile(r"[\s_{}$&~*`]+")
_GREEK = {"\\sigma": "σ", "\\lambda": "λ", "\\mu": "μ", "\\theta": "θ", "\\partial": "d", "∂": "d",
          "\\times": "x", "\\cdot": "·", "\\approx": "≈", "\\hat": "", "\\widehat": ""}
_GREEK_RE = re.compile("|".join(re.escape(k) for k in sorted(_GREEK, key=len, reverse=True)))


@lru_cache(maxsize=65536)
def compact(text: str) -> str:
    """Lower-case text with LaTeX markup, spaces, hyphens, braces and subscripts removed."""
    text = text.translate(_SUBSCRIPTS)
    text = _GREEK_RE.sub(lambda m: _GREEK[m.group(0)], text)
    text = _SCRIPT_BRACES.sub(r"\1\2", text)  # w_{11} -> w_11, so \frac{..}{..} has no nested braces
    for _ in range(3):  # nested fractions, innermost first
        new = _FRAC.sub(r"\1/\2", text)
        if new == text:
            break
        text = new
    text = _WRAPPERS.sub("", text)
    text = _DROP_CMDS.sub(" ", text)
    text = text.replace("−", "-").replace("–", "-").replace("×", "x")
    text = re.sub(r"(?<=[a-zA-Z])-(?=[a-zA-Z])", "", text)  # depth-wise -> depthwise
    text = _SPACE.sub("", text)
    return text.lower()


@lru_cache(maxsize=65536)
def words(text: str) -> str:
    """Like ``compact`` but keeps case and one space between words: for telling names
    (``B_1`` is not ``b_1``) from words."""
    text = text.translate(_SUBSCRIPTS)
    text = _GREEK_RE.sub(lambda m: _GREEK[m.group(0)], text)
    text = _SCRIPT_BRACES.sub(r"\1\2", text)
    text = _WRAPPERS.sub("", text)
    text = _DROP_CMDS.sub(" ", text)
    text = re.sub(r"[_{}$&~*`\\]+", "", text)
    return " ".join(text.split())


def label_position(text_compact: str, label_compact: str) -> int:
    """Where a compact label ends in a compact text, or -1.

    A label of one or two characters ("L" from ``\\mathcal{L}``) names the text only when it
    is the whole of it or its head ("L(z, y)"); longer ones may stand anywhere.
    """
    if not label_compact:
        return -1
    if len(label_compact) >= 3:
        pos = text_compact.rfind(label_compact)
        return -1 if pos < 0 else pos + len(label_compact)
    if text_compact == label_compact or text_compact.startswith((label_compact + "(", label_compact + "=")):
        return len(label_compact)
    return -1
