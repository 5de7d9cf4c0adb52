"""The desk's web application: Starlette routes over an output folder, for one person on this machine.

Safety, in the order a request meets it:

- the server listens on 127.0.0.1 only, and answers only to the Host names of this machine
  (a web page elsewhere cannot reach it by a name of its own: DNS rebinding);
- every request carries the random token of the printed URL: once in the address, which
  sets it as a cookie (HttpOnly, SameSite=Strict) and takes it out of the address; any
  request without it is refused;
- every form posts a CSRF token (derived from the secret token) and an Origin, when the
  browser sends one, of this server; a cross-site form has neither;
- every page is escaped by the report's templates and carries a Content-Security-Policy that
  runs only the desk's own script.

Anonymous mode shows pseudonyms ("Student 007") in every page and address, numbered in an
order drawn at random for the session, so that no view gives away who wrote what.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import re
import secrets
import threading
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote, urlencode

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from .. import api
from ..errors import GraderError, UsageError
from ..groups import answer_groups
from ..report.desk import DESK_CSP, render_desk_student, render_home, render_queue, render_question

COOKIE = "grader_desk"
#: Files of OUT the desk lets a person download, and their types.
EXPORTS = {"grades.csv": "text/csv", "moodle.csv": "text/csv", "canvas.csv": "text/csv",
           "overrides.csv": "text/csv", "results.json": "application/json"}
SCRIPT = Path(__file__).with_name("desk.js")
HOSTS = ["127.0.0.1", "localhost"]


class Desk:
    """What the desk knows across requests: the folder, the secret token, the pseudonyms."""

    def __init__(self, out: str | Path, *, token: str | None = None, anonymous: bool = False):
        self.out = Path(out)
        self.token = token or secrets.token_urlsafe(24)
        self.csrf = hmac.new(self.token.encode(), b"csrf", hashlib.sha256).hexdigest()
        self.anonymous = anonymous
        self._salt = secrets.token_bytes(16)
        self._lock = threading.Lock()  # one person's actions, one at a time: each rewrites the outputs
        self.messages: dict[str, str] = {}

    # --- the document as a person sees it ------------------------------------------------

    def machine_ids(self, document: dict) -> dict[str, str]:
        """Shown id -> real id (the same without anonymous mode)."""
        ids = [s["id"] for s in document["students"]]
        if not self.anonymous:
            return {i: i for i in ids}
        order = sorted(ids, key=lambda i: hmac.new(self._salt, i.encode(), hashlib.sha256).digest())
        width = max(3, len(str(len(ids))))
        return {f"Student {n:0{width}d}": i for n, i in enumerate(order, start=1)}

    def view(self) -> tuple[dict, dict[str, str]]:
        """results.json as shown (pseudonyms in anonymous mode), and shown id -> real id."""
        document = api.load_results(self.out)
        ids = self.machine_ids(document)
        if not self.anonymous:
            return document, ids
        shown = {real: name for name, real in ids.items()}
        students = []
        for s in document["students"]:
            s = _renamed(copy.deepcopy(s), s["id"], shown[s["id"]])
            students.append(s)
        students.sort(key=lambda s: s["id"])
        return {**document, "students": students}, ids

    def context(self, request: Request, page: str) -> dict[str, Any]:
        key = request.cookies.get(COOKIE, "")
        return {"csrf": self.csrf, "anonymous": self.anonymous, "page": page,
                "back": str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""),
                "message": self.messages.pop(key + ":message", ""), "error": self.messages.pop(key + ":error", "")}

    def act(self, request: Request, action: Callable[[], str]) -> None:
        """Run a person's action; its outcome is said on the next page."""
        key = request.cookies.get(COOKIE, "")
        with self._lock:
            try:
                self.messages[key + ":message"] = action()
            except GraderError as exc:
                self.messages[key + ":error"] = str(exc)


def _renamed(student: dict, real: str, name: str) -> dict:
    """A student's dict with the id replaced by a pseudonym wherever the grader wrote it.

    The id is replaced as a whole word only (the id "eve" leaves "every" alone), in file
    names, evidence, warnings, reasons, feedback and notes; the student's own words, in the
    excerpts, are theirs and stay as written.
    """
    whole = re.compile(r"(?<![\w])" + re.escape(real) + r"(?![\w])")

    def hide(text: Any) -> Any:
        return whole.sub(name, text) if isinstance(text, str) else text

    student["id"] = name
    student["files"] = [hide(f) for f in student["files"]]
    student["warnings"] = [hide(w) for w in student["warnings"]]
    if student.get("error"):
        student["error"] = hide(student["error"])
    for p in student["parts"]:
        p["feedback"] = hide(p.get("feedback"))
        p["review_reasons"] = [hide(r) for r in p.get("review_reasons", [])]
        if p.get("evidence"):
            p["evidence"]["file"] = hide(p["evidence"].get("file"))
    for n in student.get("notes", []):
        n["message"] = hide(n.get("message"))
        if n.get("evidence"):
            n["evidence"]["file"] = hide(n["evidence"].get("file"))
    return student


def _html(text: str) -> HTMLResponse:
    return HTMLResponse(text, headers=_SECURITY_HEADERS)


_SECURITY_HEADERS = {"Content-Security-Policy": DESK_CSP + "; frame-ancestors 'none'",
                     "X-Content-Type-Options": "nosniff",
                     "Referrer-Policy": "same-origin", "Cache-Control": "no-store", "X-Frame-Options": "DENY"}


def _safe_back(back: str, default: str) -> str:
    """Where to go after a form: a path of this desk only (never another site)."""
    return back if back.startswith("/") and not back.startswith("//") and "\\" not in back else default


def create_app(desk: Desk) -> Starlette:
    """The desk's application over ``desk.out``."""

    async def guard(request: Request, call_next):
        given = request.query_params.get("token")
        if given is not None:
            if not hmac.compare_digest(given, desk.token):
                return PlainTextResponse("wrong token: open the address 'grader serve' printed", status_code=403)
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
            response = RedirectResponse(target, status_code=303)
            response.set_cookie(COOKIE, desk.token, httponly=True, samesite="strict", path="/")
            return response
        if not hmac.compare_digest(request.cookies.get(COOKIE, ""), desk.token):
            return PlainTextResponse("open the address 'grader serve' printed (it holds the desk's token)",
                                     status_code=403)
        if request.method == "POST":
            origin = request.headers.get("origin")
            if origin is not None and origin != f"{request.url.scheme}://{request.headers.get('host')}":
                return PlainTextResponse("a form from another site is refused", status_code=403)
            form = await request.form()
            if not hmac.compare_digest(str(form.get("csrf", "")), desk.csrf):
                return PlainTextResponse("the form is stale or from elsewhere: reload the page", status_code=403)
            request.state.form = {k: str(v) for k, v in form.items()}
        return await call_next(request)

    def _part_title(pid: str) -> str:
        return next((p.get("title") or pid for p in api.load_results(desk.out)["parts"] if p["id"] == pid), pid)

    def real(ids: dict[str, str], shown: str) -> str:
        if shown not in ids:
            raise GraderError(f"no student '{shown}' in {desk.out / 'results.json'}")
        return ids[shown]

    async def home(request: Request) -> Response:
        document, _ = desk.view()
        page = request.url.path.strip("/") or "home"
        return _html(render_home(document, desk.context(request, page)))

    async def queue(request: Request) -> Response:
        document, _ = desk.view()
        part = request.query_params.get("part") or None
        if part is not None and part not in {p["id"] for p in document["parts"]}:
            part = None
        return _html(render_queue(document, desk.context(request, "queue"), part))

    async def question(request: Request) -> Response:
        document, _ = desk.view()
        pid = request.path_params["part"]
        part = next((p for p in document["parts"] if p["id"] == pid), None)
        if part is None:
            return PlainTextResponse(f"no part {pid}", status_code=404)
        rules = {r["answer"]: r for r in api.group_rules(desk.out) if r["part"] == pid}
        return _html(render_question(document, desk.context(request, "question"), part,
                                     answer_groups(document, pid), rules))

    async def student(request: Request) -> Response:
        document, _ = desk.view()
        sid = request.path_params["student"]
        found = next((s for s in document["students"] if s["id"] == sid), None)
        if found is None:
            return PlainTextResponse("no such student", status_code=404)
        return _html(render_desk_student(document, found, desk.context(request, "student")))

    def done(request: Request, default: str) -> Response:
        return RedirectResponse(_safe_back(str(request.state.form.get("back", "")), default), status_code=303)

    async def resolve(request: Request) -> Response:
        form = request.state.form
        _, ids = desk.view()

        def go() -> str:
            sid, part, action = real(ids, str(form.get("student"))), str(form.get("part")), str(form.get("action"))
            api.resolve(desk.out, sid, part, action=action)
            done_ = "the machine's grade accepted" if action == "accept" else "open for review again"
            return f"{form.get('student')}, {_part_title(part)}: {done_}"
        desk.act(request, go)
        return done(request, "/queue")

    async def override(request: Request) -> Response:
        form = request.state.form
        _, ids = desk.view()

        def go() -> str:
            sid, part = real(ids, str(form.get("student"))), str(form.get("part"))
            if form.get("remove"):
                api.override(desk.out, sid, part, remove=True)
                return f"{form.get('student')}, {_part_title(part)}: back to the machine's grade"
            score = _score(str(form.get("score", "")))
            written = api.override(desk.out, sid, part, score=score, note=str(form.get("note", "")))
            return f"{form.get('student')}, {_part_title(part)}: {score:g} points; total {written['score']:g}"
        desk.act(request, go)
        return done(request, "/queue")

    async def group(request: Request) -> Response:
        form = request.state.form
        part, answer = str(form.get("part")), str(form.get("answer"))

        def go() -> str:
            if form.get("remove"):
                reached = api.decide_group(desk.out, part, answer, remove=True)
                return f"group decision removed: {len(reached)} students back to their other grades"
            reached = api.decide_group(desk.out, part, answer, score=_score(str(form.get("score", ""))),
                                       note=str(form.get("note", "")))
            return f"group decision on {_part_title(part)}: {len(reached)} students changed"
        desk.act(request, go)
        return RedirectResponse(f"/question/{quote(part)}", status_code=303)

    async def export(request: Request) -> Response:
        name = request.path_params["name"]
        path = desk.out / name
        if name not in EXPORTS or not path.is_file():
            return PlainTextResponse(f"no {name} in {desk.out}", status_code=404)
        return FileResponse(path, media_type=EXPORTS[name], filename=name, headers={"Cache-Control": "no-store"})

    async def script(request: Request) -> Response:
        return FileResponse(SCRIPT, media_type="text/javascript", headers={"Cache-Control": "no-store"})

    async def favicon(request: Request) -> Response:
        return Response(status_code=204)  # none: the browser asks for one on every page

    routes = [Route("/favicon.ico", favicon),
        Route("/", home), Route("/questions", home), Route("/students", home), Route("/exports", home),
        Route("/queue", queue), Route("/question/{part:path}", question), Route("/student/{student:path}", student),
        Route("/resolve", resolve, methods=["POST"]), Route("/override", override, methods=["POST"]),
        Route("/group", group, methods=["POST"]), Route("/export/{name}", export), Route("/desk.js", script),
    ]
    return Starlette(routes=routes, middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=HOSTS),
                                                Middleware(BaseHTTPMiddleware, dispatch=guard)])


def _score(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise GraderError(f"the score {text!r} is not a number; write points, e.g. 1.5") from None


def serve(out: str | Path, *, port: int = 0, anonymous: bool = False, token: str | None = None,
          ready: Callable[[str], None] | None = None) -> None:
    """Run the desk on 127.0.0.1 until interrupted; ``ready`` receives the address with its token."""
    import socket

    import uvicorn

    api.load_results(Path(out))  # a folder that was never graded is said before anything listens
    desk = Desk(out, token=token, anonymous=anonymous)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as exc:
        sock.close()
        raise UsageError(f"port {port} on 127.0.0.1 cannot be used ({exc.strerror or exc}); give another --port, "
                         f"or none for a free one") from None
    url = f"http://127.0.0.1:{sock.getsockname()[1]}/?token={desk.token}"
    config = uvicorn.Config(create_app(desk), log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    if ready is not None:
        ready(url)
    server.run(sockets=[sock])
