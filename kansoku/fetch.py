"""HTTP(S) fetching with bounded time, size and redirects (httpx).

What a page may make kansoku fetch is limited:

- only ``http`` and ``https``: a ``file:``, ``ftp:`` or ``gopher:`` address is refused,
  named on the command line or reached by a redirect;
- at most ``MAX_BYTES`` of body, counted after decompression (a gzip bomb stops there), and
  a declared ``Content-Length`` above it is refused before reading;
- ``timeout`` seconds for the whole page, redirects included, however slowly it trickles;
- at most ``MAX_REDIRECTS`` redirects, each checked like the first address;
- an address on this machine or its private network (loopback, private, link-local, the
  cloud metadata address, in any spelling: ``localhost``, ``0x7f000001``, ``127.1``,
  ``[::ffff:127.0.0.1]``) only when the address the reader gave is itself there. A page,
  a redirect or a feed entry from elsewhere cannot send kansoku to it; a reader may ingest
  a page served on their own machine on purpose.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

MAX_BYTES = 10 * 1024 * 1024
TIMEOUT = 30.0  # seconds for one page, first request to last byte
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
USER_AGENT = "kansoku/0.1 (+offline news analysis)"


class FetchError(Exception):
    pass


@dataclass
class Response:
    url: str  # after redirects
    content_type: str
    charset: str | None
    body: bytes


def internal_address(host: str) -> str | None:
    """The address ``host`` stands for when it is on this machine or a private network
    (whatever its spelling), else None; a name that does not resolve is not internal (its
    request fails anyway)."""
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return name
    try:
        infos = socket.getaddrinfo(name, None)
    except (socket.gaierror, UnicodeError, ValueError):
        return None
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if not ip.is_global or ip.is_multicast:
            return str(ip)
    return None


def _scheme_and_host(url: str) -> tuple[str, str]:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchError(f"not a valid address ({exc})") from exc
    return parsed.scheme.lower(), parsed.host


class Fetcher:
    """One HTTP client for a batch; use as a context manager."""

    def __init__(
        self,
        timeout: float = TIMEOUT,
        max_bytes: int = MAX_BYTES,
        max_redirects: int = MAX_REDIRECTS,
    ):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        # Redirects are followed here, not by httpx: each new address is checked first.
        self.client = httpx.Client(
            timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT}
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def get(self, url: str, via: str | None = None) -> Response:
        """The page at ``url``; ``via`` is the address that named it (a feed), which
        decides whether it may be on this machine or a private network."""
        deadline = time.monotonic() + self.timeout
        scheme, host = _scheme_and_host(via or url)
        trusted_inside = scheme in SCHEMES and internal_address(host) is not None
        self._check(url, trusted_inside, "is" if via is None else "links to")
        for _ in range(self.max_redirects + 1):
            try:
                target = self._request(url, deadline)
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out (no whole page within {self.timeout:g} s)") from exc
            except httpx.HTTPError as exc:
                raise FetchError(_http_error(exc)) from exc
            if isinstance(target, Response):
                return target
            url = target
            self._check(url, trusted_inside, "redirected to")
        raise FetchError(f"too many redirects (more than {self.max_redirects})")

    def _check(self, url: str, trusted_inside: bool, how: str) -> None:
        scheme, host = _scheme_and_host(url)
        if scheme not in SCHEMES:
            if how == "is":
                raise FetchError(f"only http:// and https:// addresses are fetched, not {scheme}:")
            raise FetchError(f"{how} a {scheme}: address ({url}): refused")
        if not host:
            raise FetchError(f"not a valid address (no host name): {url}")
        inside = internal_address(host)
        if inside and not trusted_inside:
            raise FetchError(
                f"{how} {host} ({inside}), an address on this machine or its private network: "
                "refused, as the address given is not there itself"
            )

    def _request(self, url: str, deadline: float) -> Response | str:
        """The response, or the address it redirects to."""
        with self.client.stream("GET", url, timeout=_remaining(deadline)) as resp:
            if resp.is_redirect:
                return urljoin(str(resp.url), resp.headers["location"])
            if resp.status_code >= 400:
                raise FetchError(f"HTTP {resp.status_code} ({resp.reason_phrase or 'error'})")
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError(
                    f"larger than {self.max_bytes:,} bytes (it says {int(declared):,})"
                )
            chunks, size = [], 0
            for chunk in resp.iter_bytes():  # decompressed: the cap holds for a gzip bomb
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(f"larger than {self.max_bytes:,} bytes")
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("deadline", request=resp.request)
                chunks.append(chunk)
            content_type = resp.headers.get("content-type", "")
            return Response(
                url=str(resp.url),
                content_type=content_type.split(";")[0].strip().lower(),
                charset=resp.charset_encoding,
                body=b"".join(chunks),
            )


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpx.TimeoutException("deadline")
    return left


def _http_error(exc: httpx.HTTPError) -> str:
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({exc or 'connection failed'})"
    if isinstance(exc, httpx.DecodingError):
        return "the body's compression is broken"
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return f"not a valid address ({exc})"
    return f"{type(exc).__name__}: {exc}"
