"""HTTP(S) fetching with bounded time, size and redirects (httpx)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

MAX_BYTES = 10 * 1024 * 1024
USER_AGENT = "kansoku/0.1 (+offline news analysis)"


class FetchError(Exception):
    pass


@dataclass
class Response:
    url: str  # after redirects
    content_type: str
    charset: str | None
    body: bytes


class Fetcher:
    """One HTTP client for a batch; use as a context manager."""

    def __init__(self, timeout: float = 15.0, max_bytes: int = MAX_BYTES, max_redirects: int = 5):
        self.max_bytes = max_bytes
        self.client = httpx.Client(
            timeout=timeout,
            follow_redirects=True,
            max_redirects=max_redirects,
            headers={"User-Agent": USER_AGENT},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def get(self, url: str) -> Response:
        try:
            with self.client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise FetchError(f"HTTP {resp.status_code}")
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"larger than {self.max_bytes} bytes")
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"larger than {self.max_bytes} bytes")
                    chunks.append(chunk)
                content_type = resp.headers.get("content-type", "")
                return Response(
                    url=str(resp.url),
                    content_type=content_type.split(";")[0].strip().lower(),
                    charset=resp.charset_encoding,
                    body=b"".join(chunks),
                )
        except httpx.TooManyRedirects as exc:
            raise FetchError("too many redirects") from exc
        except httpx.TimeoutException as exc:
            raise FetchError("timed out") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{type(exc).__name__}: {exc}") from exc
