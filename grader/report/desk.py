"""The pages of the TA's desk (``grader serve``): the review queue, a question's answer groups, a student.

Rendered by the same autoescaping Jinja2 environment as the reports, from the results
document and what the desk passes (pseudonyms, the form's CSRF token); nothing is graded
here. The student's page is the report itself, with a person's actions beside each part.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from .render import _environment, render_student
from .stats import at_stake, review_queue, summary

#: The desk's pages allow its own script (served by the desk itself) and forms posted to it.
DESK_CSP = ("default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data: 'self'; "
            "form-action 'self'; base-uri 'none'")


#: The desk's forms post to the desk itself, which checks their Origin: the browser sends it for "same-origin".
DESK_REFERRER = "same-origin"


def _page(template: str, **context: Any) -> str:
    return _environment().get_template(template).render(csp=DESK_CSP, referrer=DESK_REFERRER, at_stake=at_stake,
                                                         **context)


def render_queue(document: dict, desk: dict, part: str | None = None) -> str:
    """The review queue: every flagged part no person decided, the most points at stake first."""
    queue = review_queue(document)
    parts = {p["id"]: p for p in document["parts"]}
    shown = [(s, p) for s, p in queue if part is None or p["id"] == part]
    return _page("desk_queue.html", doc=document, desk=desk, queue=shown, total=len(queue), part=part,
                 parts=parts, summary=summary(document))


def render_question(document: dict, desk: dict, part: dict, groups: list, rules: dict) -> str:
    """One part across the class, its answers grouped, each group with its students and a decision form."""
    return _page("desk_question.html", doc=document, desk=desk, part=part, groups=groups, rules=rules)


def render_desk_student(document: dict, student: dict, desk: dict) -> str:
    """A student's report with the desk's actions beside each part."""
    return render_student(document, student, desk=desk, csp=DESK_CSP, referrer=DESK_REFERRER)


def render_home(document: dict, desk: dict) -> str:
    """The desk's start: the questions, the students and the exports."""
    return _page("desk_home.html", doc=document, desk=desk, summary=summary(document),
                 queue=review_queue(document))


def script_tag(src: str) -> Markup:
    """The desk's own script, from the desk (the CSP allows 'self' only)."""
    return Markup('<script src="') + src + Markup('" defer></script>')
