"""A bounded load test on 127.0.0.1: 50 concurrent clients for a few seconds against the
dashboard served by uvicorn; every response must be right: the store does not change,
so each answer under load must be, byte for byte, the one a single client got before.
Prints the latency p95 (a figure to watch, not a pass mark: speed is measured by
`kansoku bench`)."""

from __future__ import annotations

import asyncio
import time

import httpx

CLIENTS = 50
SECONDS = 3.0
PATHS = ["/index.json", "/timeline.json", "/search.json?q=北朝鮮", "/figures.json", "/"]


def test_fifty_clients_get_correct_answers(dashboard: str):
    expected = {path: httpx.get(dashboard + path, timeout=30).content for path in PATHS}
    assert all(b"coverage" in body for body in expected.values())  # real answers

    async def client(http: httpx.AsyncClient, n: int, until: float, times: list[float]) -> int:
        done = 0
        while time.monotonic() < until:
            path = PATHS[(n + done) % len(PATHS)]
            started = time.monotonic()
            response = await http.get(dashboard + path)
            times.append(time.monotonic() - started)
            assert response.status_code == 200, path
            assert response.content == expected[path], path
            done += 1
        return done

    async def run() -> tuple[int, list[float]]:
        times: list[float] = []
        limits = httpx.Limits(max_connections=CLIENTS)
        async with httpx.AsyncClient(limits=limits, timeout=30) as http:
            until = time.monotonic() + SECONDS
            counts = await asyncio.gather(*(client(http, n, until, times) for n in range(CLIENTS)))
        return sum(counts), times

    total, times = asyncio.run(run())
    assert total >= CLIENTS, "every client got at least one answer"
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(f"\n{total} requests by {CLIENTS} clients in {SECONDS:.0f} s; p95 {p95 * 1000:.0f} ms")
