"""The dashboard: a read-only Starlette app over any store.

Why Starlette and Jinja2: every view is a plain function building one dict (``views``),
so the web layer only has to route, negotiate HTML or JSON, and render templates; a
full framework's validation and dependency injection would add weight and no safety
here (the OpenAPI document is written by hand from the same route table, ``openapi``).
Jinja2 escapes every value by default, which is what untrusted article text needs.

A path ending in ``.json`` (``/timeline.json``, ``/index.json`` for ``/``) or a request
that accepts ``application/json`` gets the view's dict as JSON. Every asset is served by
the app itself and the pages ask for nothing outside the machine.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kansoku.export import JSON
from kansoku.knowledge import Knowledge, default_knowledge
from kansoku.store import StoreError, StoreReader, open_store
from kansoku.store.records import EventFilter
from kansoku.web import drawing, openapi
from kansoku.web.document import document_page
from kansoku.web.entity import entity_page
from kansoku.web.interface import load_interface
from kansoku.web.places import map_view
from kansoku.web.svg import web_link
from kansoku.web.timeline import TimelineQuery, timeline, valid_date
from kansoku.web.views import (
    Context,
    NotFound,
    actors,
    ask_view,
    event_page,
    figure_page,
    figures,
    findings,
    ledger_view,
    overview,
    search,
)

HERE = Path(__file__).parent
LANG_COOKIE = "kansoku_lang"
# The pages load only their own script, styles and images; inline SVG needs no more.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Vary": "Accept",  # the same path answers HTML or JSON
}

View = Callable[[StoreReader, Context, Request], JSON]


MAX_PAGE = 10**6  # past any store's end; keeps the offset a number SQLite takes


def _page_number(request: Request) -> int:
    try:
        return min(MAX_PAGE, max(0, int(request.query_params.get("page", "0"))))
    except ValueError:
        return 0


def _arg(request: Request, name: str) -> str | None:
    return request.query_params.get(name) or None


def _timeline_query(request: Request) -> TimelineQuery:
    return TimelineQuery(
        actor=_arg(request, "actor"), category=_arg(request, "category"),
        status=_arg(request, "status"), language=_arg(request, "lang"),
        source=_arg(request, "source"), since=valid_date(_arg(request, "since")),
        until=valid_date(_arg(request, "until")), page=_page_number(request),
    )  # fmt: skip


def _actors_filter(request: Request) -> EventFilter:
    return EventFilter(
        actor=_arg(request, "actor"), type=_arg(request, "category"),
        language=_arg(request, "lang"), since=valid_date(_arg(request, "since")),
        until=valid_date(_arg(request, "until")),
    )  # fmt: skip


def _pair(request: Request) -> tuple[str, str] | None:
    """``between=PRK,RUS``: the two states of the ledger (default: the topic's pair)."""
    ids = [i for i in request.query_params.get("between", "").split(",") if i]
    return (ids[0], ids[1]) if len(ids) == 2 else None


def _span(request: Request) -> tuple[int, int] | None:
    """The ``hl=START-END`` span a link asks the document page to highlight."""
    start, _, end = request.query_params.get("hl", "").partition("-")
    if start.isdigit() and end.isdigit() and int(start) < int(end):
        return int(start), int(end)
    return None


# path → (view, template); each also answers at path + ".json" (``/`` at ``/index.json``).
ROUTES: dict[str, tuple[View, str]] = {
    "/": (lambda s, c, r: overview(s, c), "overview.html"),
    "/timeline": (lambda s, c, r: timeline(s, c, _timeline_query(r)), "timeline.html"),
    "/actors": (lambda s, c, r: actors(s, c, _actors_filter(r)), "actors.html"),
    "/entities/{entity_id}": (
        lambda s, c, r: entity_page(s, c, r.path_params["entity_id"], _page_number(r)),
        "entity.html",
    ),
    "/events/{event_id}": (
        lambda s, c, r: event_page(s, c, r.path_params["event_id"]),
        "event.html",
    ),
    "/figures": (lambda s, c, r: figures(s, c, _arg(r, "kind")), "figures.html"),
    "/figures/{figure_id}": (
        lambda s, c, r: figure_page(s, c, r.path_params["figure_id"]),
        "figure.html",
    ),
    "/findings": (
        lambda s, c, r: findings(s, c, _arg(r, "kind"), _page_number(r)),
        "findings.html",
    ),
    "/documents/{doc_id}": (
        lambda s, c, r: document_page(s, c, r.path_params["doc_id"], _span(r)),
        "document.html",
    ),
    "/map": (
        lambda s, c, r: map_view(s, c, valid_date(_arg(r, "since")), valid_date(_arg(r, "until"))),
        "map.html",
    ),
    "/search": (
        lambda s, c, r: search(s, c, r.query_params.get("q", ""), _arg(r, "lang")),
        "search.html",
    ),
    "/ledger": (lambda s, c, r: ledger_view(s, c, _pair(r)), "ledger.html"),
    "/ask": (
        lambda s, c, r: ask_view(s, c, r.query_params.get("q", ""), _page_number(r)),
        "ask.html",
    ),
}


def create_app(db: str, knowledge: Knowledge | None = None) -> ASGIApp:
    """The dashboard over the store at ``db`` (opened read-only per request)."""
    if (
        not db.startswith(("postgresql://", "postgres://"))
        and not Path(db.removeprefix("sqlite:///")).is_file()
    ):
        raise StoreError(f"{db}: no such store (run `kansoku ingest` first)")
    open_store(db).close()  # a store that cannot be opened fails now, not on every request
    ctx = Context(knowledge or default_knowledge(), load_interface())
    templates = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    templates.globals["draw"] = drawing
    templates.filters["web_link"] = web_link

    @contextmanager
    def store() -> Iterator[StoreReader]:
        opened = open_store(db)
        try:
            yield opened
        finally:
            opened.close()

    def endpoint(view: View, template: str, as_json: bool) -> Callable[[Request], Response]:
        def handle(request: Request) -> Response:
            wants_json = as_json or "application/json" in request.headers.get("accept", "")
            try:
                with store() as reader:
                    data = view(reader, ctx, request)
            except NotFound as exc:
                return _error(404, str(exc), wants_json)
            except ValueError as exc:  # a parameter no view can read
                return _error(400, str(exc), wants_json)
            if wants_json:
                return _json(data)
            lang = _interface_language(request, ctx)
            page = templates.get_template(template).render(
                data=data, lang=lang, t=ctx.ui.table(lang), path=request.url.path,
                query=request.url.query,
            )  # fmt: skip
            return HTMLResponse(page)

        return handle

    routes: list[Route | Mount] = []
    for path, (view, template) in ROUTES.items():
        json_path = "/index.json" if path == "/" else path + ".json"
        routes.append(Route(json_path, endpoint(view, template, True)))
        routes.append(Route(path, endpoint(view, template, False)))
    routes += [
        Route("/openapi.json", lambda r: _json(openapi.document(ROUTES))),
        Route("/lang/{code}", _switch_language(ctx)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    # Outermost, so that static files, redirects, 404s and the 500 page of Starlette's own
    # error middleware carry the headers too, not only the views' responses.
    return SecurityHeaders(Starlette(routes=routes, middleware=[Middleware(ReadOnly)]))


class SecurityHeaders:
    """Every response, whatever produced it, says what the browser may load and run."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class ReadOnly:
    """The dashboard only reads: a request that sends a body (or a method other than
    GET/HEAD) is refused before any route sees it, so nothing large is ever read."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            length = headers.get(b"content-length", b"0")
            sends_body = not length.isdigit() or int(length) > 0
            if (
                scope["method"] not in ("GET", "HEAD")
                or sends_body
                or b"transfer-encoding" in headers
            ):
                refused = _error(405, "the dashboard is read-only: GET requests only", True)
                await refused(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _json(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False)
    return Response(body, status, media_type="application/json")


def _error(status: int, message: str, as_json: bool) -> Response:
    if as_json:
        return _json({"error": message}, status)
    page = f'<!doctype html><meta charset="utf-8"><title>kansoku</title><p>{escape(message)}</p>'
    return HTMLResponse(page + '<p><a href="/">kansoku</a></p>', status)


def _interface_language(request: Request, ctx: Context) -> str:
    lang = request.cookies.get(LANG_COOKIE, "en")
    return lang if lang in ctx.ui.languages else "en"


def _switch_language(ctx: Context) -> Callable[[Request], Response]:
    """Set the interface language (remembered in a cookie) and go back where the user was:
    only to a path of this site, never to another host."""

    def switch(request: Request) -> Response:
        code = request.path_params["code"]
        back = request.query_params.get("next", "/")
        parts = urlsplit(back)
        if parts.scheme or parts.netloc or not back.startswith("/") or back[1:2] in ("/", "\\"):
            back = "/"
        response = RedirectResponse(back, status_code=303)
        if code in ctx.ui.languages:
            response.set_cookie(LANG_COOKIE, code, max_age=365 * 86400, samesite="strict")
        return response

    return switch
