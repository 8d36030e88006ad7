"""Calendar arithmetic for the Japanese date grammar: dates at the precision the text
gives them, as (year, month, day) with the unknown parts None."""

from __future__ import annotations

from datetime import MAXYEAR, MINYEAR, date

# (year, month, day) at the precision known: (2024, None, None) is "2024".
Ymd = tuple[int, int | None, int | None]


def level(v: Ymd) -> int:
    return 1 + (v[1] is not None) + (v[2] is not None)


def valid(v: Ymd) -> bool:
    if v[1] is None or v[2] is None:
        return True
    try:
        date(v[0], v[1], v[2])
    except ValueError:
        return False
    return True


def cmp(a: Ymd, b: Ymd) -> int:
    """Compare at the precision both have: 2024-06 equals 2024-06-19."""
    ta = tuple(x for x in a if x is not None)
    tb = tuple(x for x in b if x is not None)
    n = min(len(ta), len(tb))
    return (ta[:n] > tb[:n]) - (ta[:n] < tb[:n])


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    q, r = divmod(m - 1 + k, 12)
    return y + q, r + 1


def infer(month: int | None, day: int | None, ref: Ymd | None, forward: bool) -> Ymd | None:
    """Complete a date written without its year (and month): the latest one on or before
    ``ref``, or with ``forward`` the first one on or after it."""
    if ref is None:
        return None
    y, m = ref[0], month if month is not None else ref[1]
    if m is None:
        return None
    step = 1 if forward else -1
    # A 29 February may be eight years away; anything else is found within two steps.
    for _ in range(9):
        cand = (y, m, day)
        if valid(cand) and cmp(cand, ref) * step >= 0:
            return cand
        if month is None:
            y, m = add_months(y, m, step)
        else:
            y += step
    return None


def in_calendar(v: Ymd | None) -> Ymd | None:
    """``v`` if its year is one a date can have (1 to 9999), else None."""
    return v if v is not None and MINYEAR <= v[0] <= MAXYEAR else None


def iso(v: Ymd | None) -> str | None:
    if v is None:
        return None
    return "-".join(f"{x:04d}" if i == 0 else f"{x:02d}" for i, x in enumerate(v) if x is not None)


def to_date(v: Ymd) -> date:
    y, m, d = v
    assert m is not None and d is not None, "only called at day precision"
    return date(y, m, d)


def ymd(d: date) -> Ymd:
    return d.year, d.month, d.day
