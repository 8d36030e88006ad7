"""Shared fixtures: the team's sample pages, a fresh SQLite store, a real HTTP server."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
import yaml

from kansoku.demo import BUNDLED_SAMPLES
from kansoku.knowledge import Knowledge, default_knowledge
from kansoku.model import Document, Event
from kansoku.pipeline import ingest, process
from kansoku.store import open_store

TESTS = Path(__file__).parent
DATA = TESTS / "data"
SHARED = TESTS.parent.parent / "shared"


@pytest.fixture(scope="session")
def samples() -> Path:
    return BUNDLED_SAMPLES


@pytest.fixture(scope="session")
def expectations() -> dict:
    with (DATA / "samples.expect.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    """The bundled knowledge, loaded once for the whole session."""
    return default_knowledge()


@cache
def _reading_every_page() -> Knowledge:
    """The bundled knowledge reading every page with the topic's words, whoever it names:
    the readers' tests write sentences about any states (the page filter has its own)."""
    knowledge = default_knowledge()
    return replace(knowledge, topic=replace(knowledge.topic, read_pages_naming=()))


@cache
def _processed(text: str, published: str, url: str | None = None) -> Document:
    doc = Document(source="t.txt", raw_sha256="0", body=text, published=published, url=url)
    return process(doc, _reading_every_page())


@pytest.fixture(scope="session")
def facts():
    """facts(text, published=..., language="ja", url=None) → the Document the whole
    pipeline makes of a text written for a test, in the language it must be identified
    as (cached: each text is read once per session)."""

    def run(
        text: str, published: str = "2024-11-20", language: str = "ja", url: str | None = None
    ) -> Document:
        doc = _processed(text, published, url)
        assert doc.language == language, f"not identified as {language}: {text}"
        return doc

    return run


@cache
def state_of(entity_id: str | None) -> str | None:
    return default_knowledge().gazetteer.state_or_self(entity_id)


def states(event: Event) -> tuple[str | None, str | None]:
    """The states on each side of an event (a leader or an agency stands for its state)."""
    return state_of(event.actor), state_of(event.target)


def on(doc: Document, trigger: str) -> list[Event]:
    """The events a test text's Document made on a trigger word (failing with what was
    found)."""
    found = [e for e in doc.events if trigger in e.trigger]
    assert found, f"no event on {trigger} in {doc.text!r}; events: {doc.events}"
    return found


def one(doc: Document, *types: str) -> Event:
    """The first event of one of these types in a test text's Document (failing with what
    was found)."""
    found = [e for e in doc.events if e.type in types]
    assert found, f"no {'/'.join(types)} event in {doc.text!r}; events: {doc.events}"
    return found[0]


@pytest.fixture(scope="session")
def english(facts):
    """facts() for a text written in English: english(text, published=..., url=...)."""

    def run(text: str, published: str = "2024-11-20", url: str | None = None) -> Document:
        return facts(text, published, "en", url)

    return run


@pytest.fixture(scope="session")
def korean(facts):
    """facts() for a text written in Korean: korean(text, published=..., url=...)."""

    def run(text: str, published: str = "2024-11-20", url: str | None = None) -> Document:
        return facts(text, published, "ko", url)

    return run


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "kansoku.db")


@pytest.fixture
def store(db_path: str):
    s = open_store(db_path)
    yield s
    s.close()


class Route:
    def __init__(self, body: bytes = b"", status: int = 200, headers: dict | None = None):
        self.body, self.status, self.headers = body, status, headers or {}


class WebServer:
    """A real HTTP server on 127.0.0.1 serving the routes a test sets."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                route = routes.get(self.path) or Route(b"not found", 404)
                self.send_response(route.status)
                for key, value in route.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
            status: int = 200, headers: dict | None = None) -> str:  # fmt: skip
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[path] = Route(body, status, {"Content-Type": content_type, **(headers or {})})
        return self.base + path

    def redirect(self, path: str, to: str) -> str:
        self.routes[path] = Route(b"", 302, {"Location": to})
        return self.base + path


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite file holding the team's sample articles, built once per session and only
    read by the tests that use it (the dashboard, report, answers and tabular exports)."""
    path = str(tmp_path_factory.mktemp("samples") / "samples.db")
    s = open_store(path)
    try:
        assert ingest([str(BUNDLED_SAMPLES)], s).ok
    finally:
        s.close()
    return path


def fetch(app, path: str, **headers: str) -> httpx.Response:
    """GET ``path`` from an ASGI app in-process (httpx's ASGI transport)."""

    async def run() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            return await c.get(path, headers=headers)

    return asyncio.run(run())


@pytest.fixture(scope="session")
def dashboard(sample_db: str) -> Iterator[str]:
    """``kansoku serve``'s app on the sample store, served by uvicorn on 127.0.0.1 (a free
    port) for the session: its base URL."""
    import uvicorn

    from kansoku.web.app import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(sample_db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the dashboard did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def web() -> Iterator[WebServer]:
    server = WebServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


# -- PostgreSQL (issue #14) ------------------------------------------------------------------
# A server of the machine's PostgreSQL binaries for the session (tests/pgserver.py), started
# on first use and stopped at the end; each test that needs one gets a new database.
# Skipped where PostgreSQL is not installed, except under `make test`, which installs it
# and sets KANSOKU_REQUIRE_POSTGRES: there a missing server fails rather than skips.


@pytest.fixture(scope="session")
def postgres_server():
    from pgserver import PostgresServer, bindir

    found = bindir()
    if found is None:
        if os.environ.get("KANSOKU_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL is not installed, and make test should have installed it")
        pytest.skip("PostgreSQL is not installed (make test installs Debian's)")
    server = PostgresServer(found)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """The URL of a new, empty database on the session's PostgreSQL server."""
    return postgres_server.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db(request, tmp_path):
    """new_db(name) → where a new store goes, once per backend: a SQLite file under the
    test's folder (a Path), or a new database on the session's server (its URL)."""
    if request.param == "sqlite":
        return lambda name: tmp_path / f"{name}.db"
    server = request.getfixturevalue("postgres_server")
    return lambda name: server.new_database()


# -- end of PostgreSQL -----------------------------------------------------------------------
