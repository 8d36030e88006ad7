"""Properties of the English number and date readers, on generated text (issue #13).

The readers run on whatever a page holds: they must never raise, every span they report
must be a span of the sentence they read, and a number written in the usual ways must
read back to itself. The number reader is called as the sentence reader calls it, on a
sentence with no entity mentions (what it counts comes from the words after it).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kansoku.knowledge import default_knowledge
from kansoku.lang.en.arguments import Parsed
from kansoku.lang.en.claims import source_marker, speeches
from kansoku.lang.en.dates import DateRules, find_dates
from kansoku.lang.en.quantities import read_quantities
from kansoku.lang.en.reader import Words
from kansoku.lang.en.words import tokenize
from kansoku.reading import DateMention, Quantity

# Fixed example order, so a CI failure is the one seen locally; no example database.
PROPERTY = settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

QUALIFIERS = {"exact", "about", "at_least", "at_most", "up_to", "several"}
# ASCII digits only: ISO values are compared and sorted as text.
ISO = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


def words() -> Words:
    return default_knowledge().language("en").words  # type: ignore[attr-defined]


def date_rules() -> DateRules:
    return words().dates


def quantities(text: str) -> list[Quantity]:
    """The counted numbers the sentence reader takes from ``text``."""
    w = words()
    p = Parsed.of(text, tokenize(text), [], w.lexicon)
    return [
        r.quantity for r in read_quantities(p, w.numbers, w.units, source_marker(p), speeches(p))
    ]


# Control characters, direction overrides, zero-width joiners and spaces, a combining
# accent, and letters whose lower case is longer than they are (İ): tokens are compared
# in lower case, offsets must stay those of the text as written.
ODD = ["\x00", "\x1f", "\x7f", "\r", "\t", "\u202e", "\u202d", "\u200d", "\u200b", "\ufeff",
       "\u0301", "\u00a0", "İ", "ß", "ﬁ", "\U0001f600"]  # fmt: skip
NUMBER_PIECES = [
    *"0123456789,.-–—$",
    "one", "two", "five", "twelve", "twenty", "fifty", "hundred", "a", "an", "dozen",
    "thousand", "million", "mil", "bn", "m", "billion", "hundreds", "thousands",
    "tens of thousands", "of", "some", "about", "more than", "over", "up to", "as many as",
    "fewer than", "between", "and", "to", "troops", "soldiers", "shells", "rounds", "tons",
    "barrels", "oil", "killed", "wounded", "North Korea", "sent", "could", "said", "cap",
    "according to", "US$", "won", " ", " ", " ", ".",
]  # fmt: skip
DATE_PIECES = [
    *"0123456789,.-",
    "Jan", "Feb.", "February", "Sept.", "May", "June", "Dec", "29", "30", "31", "00", "2024",
    "1999", "20٢٤", "２０２４", "in", "since", "early", "mid", "late", "last", "this", "on", "next", "Tuesday",
    "friday", "yesterday", "tomorrow", "last month", "next month", "earlier this year",
    "last year", "next year", "will", "plans", "st", "th", " ", " ", " ",
]  # fmt: skip


def text_of(pieces: list[str]) -> st.SearchStrategy[str]:
    """Strings glued from the reader's own words, odd characters and arbitrary text."""
    piece = st.one_of(
        st.sampled_from(pieces),
        st.sampled_from(ODD),
        st.text(max_size=3),
        st.integers(0, 10**9).map(str),
    )
    return st.lists(piece, max_size=24).map("".join)


def references() -> st.SearchStrategy[str | None]:
    day = st.dates(date(1950, 1, 1), date(2100, 12, 31))
    return st.one_of(st.none(), day.map(date.isoformat), day.map(lambda d: d.isoformat()[:7]))


def assert_spans(text: str, found: list[Quantity] | list[DateMention]) -> None:
    for item in found:
        assert 0 <= item.start < item.end <= len(text), (item, text)
        assert text[item.start : item.end] == item.text, (item, text)


def assert_calendar(value: str) -> None:
    """An ISO date at some precision that names a real day, month or year."""
    assert ISO.fullmatch(value), value
    parts = [int(p) for p in value.split("-")]
    date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


# -- numbers ---------------------------------------------------------------------------


@PROPERTY
@given(text_of(NUMBER_PIECES))
def test_numbers_never_raise_and_report_spans_of_the_text(text: str) -> None:
    for q in quantities(text):
        assert_spans(text, [q])
        assert q.qualifier in QUALIFIERS
        assert q.value_max is None or q.value < q.value_max, (q, text)


# Number words the data lists, and what a newspaper writes with them.
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
         8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen",
         20: "twenty", 30: "thirty", 40: "forty", 50: "fifty"}  # fmt: skip
SCALES = {10**2: "hundred", 10**3: "thousand", 10**6: "million", 10**9: "billion"}


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[int, str]:
    """(value, as written): 12000, 12,000, 12 thousand, 1.25 million, twelve thousand,
    one-thousand, twenty-five, two hundred."""
    form = draw(st.sampled_from(["digits", "commas", "scaled", "decimal", "words", "hyphen"]))
    if form in ("digits", "commas"):
        n = draw(st.integers(1, 10**12))
        return n, (str(n) if form == "digits" else f"{n:,}")
    scale = draw(st.sampled_from(sorted(SCALES)))
    if form == "scaled":
        k = draw(st.integers(1, 999))
        return k * scale, f"{k} {SCALES[scale]}"
    if form == "decimal":  # 1.5 million; not 1.5 hundred, which no one writes
        scale = draw(st.sampled_from([10**3, 10**6, 10**9]))
        cents = draw(st.integers(101, 999).filter(lambda c: c % 10))  # 1.15 million
        return cents * scale // 100, f"{cents // 100}.{cents % 100:02d} {SCALES[scale]}"
    tens = draw(st.sampled_from([20, 30, 40, 50]))
    ones = draw(st.integers(1, 9))
    if form == "hyphen":  # twenty-five, twenty-five thousand
        word = f"{WORDS[tens]}-{WORDS[ones]}"
        scaled = draw(st.booleans())
        return (tens + ones) * (scale if scaled else 1), word + (f" {SCALES[scale]}" * scaled)
    k = draw(st.sampled_from(sorted(WORDS)))
    if draw(st.booleans()):
        return k * scale, f"{WORDS[k]}-{SCALES[scale]}"  # one-thousand
    return k * scale, f"{WORDS[k]} {SCALES[scale]}"


SHARED_SCALES = (1_000, 1_000_000, 1_000_000_000)
QUALIFIED = {"": "exact", "about ": "about", "some ": "about", "more than ": "at_least",
             "up to ": "up_to", "fewer than ": "at_most"}  # fmt: skip


@PROPERTY
@given(written_numbers(), st.sampled_from(sorted(QUALIFIED)))
def test_a_formatted_number_reads_back_to_itself(number: tuple[int, str], before: str) -> None:
    n, written = number
    text = f"North Korea sent {before}{written} troops to Russia."
    found = [(q.text, q.value, q.value_max, q.qualifier) for q in quantities(text)]
    assert found == [(f"{written} troops", n, None, QUALIFIED[before])], text


@PROPERTY
@given(st.integers(1, 10**9), st.integers(1, 10**9), st.sampled_from(["-", "–", " to ", "and"]))
def test_a_formatted_range_reads_back_low_to_high(a: int, b: int, sep: str) -> None:
    low, high = sorted((a, b))
    # 11 to 12,000: a bound of one or two digits before a round scale shares it (news
    # writes the thousands once); tested in test_quantities.
    assume(
        not (
            low < 100 and any(high % s == 0 and high / 10 <= low * s < high for s in SHARED_SCALES)
        )
    )
    if sep == "and":
        text = f"North Korea sent between {low:,} and {high:,} troops."
    else:
        text = f"North Korea sent {low:,}{sep}{high:,} troops."
    found = [(q.value, q.value_max) for q in quantities(text)]
    if low == high:  # no range: the second number is the count
        assert found == [(high, None)], text
    else:
        assert found == [(low, high)], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("North Korea sent twenty-five troops.", 25),
        ("North Korea sent forty-two thousand troops.", 42_000),
        ("North Korea sent two hundred troops.", 200),
        ("North Korea sent three hundred thousand shells.", 300_000),
        ("North Korea sent 8.03 million shells.", 8_030_000),
        ("North Korea sent 2.01 thousand troops.", 2_010),
    ],
)
def test_written_numbers_read_exactly(text: str, value: int) -> None:
    # Found by hypothesis: twenty-five read as 20 (the five was taken as a scale of 1),
    # two hundred as 2 (hundred was a number word, not a scale), 1.1 hundred as
    # 110.00000000000001 (binary floating point, which also made 8.03 million
    # 8029999.999999999).
    (q,) = quantities(text)
    assert q.value == value


# -- dates -----------------------------------------------------------------------------


@PROPERTY
@given(text_of(DATE_PIECES), references())
def test_dates_never_raise_and_resolve_to_real_calendar_dates(
    text: str, reference: str | None
) -> None:
    for d in find_dates(text, reference, date_rules()):
        assert_spans(text, [d])
        if d.value is not None:
            assert_calendar(d.value)


@PROPERTY
@given(text_of(DATE_PIECES), st.text(max_size=12) | st.sampled_from(
    ["0001-01-01", "0001-01-06", "9999-12-31", "9999-12", "0000-00-00", "2024-02-30"]
))  # fmt: skip
def test_dates_never_raise_whatever_the_reference(text: str, reference: str) -> None:
    # A page's metadata may carry any date: the edges of the calendar must not crash the
    # reader (a date outside it is left unresolved).
    for d in find_dates(text, reference, date_rules()):
        assert_spans(text, [d])
        if d.value is not None:
            assert_calendar(d.value)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


@PROPERTY
@given(
    st.integers(1900, 2099),
    st.integers(1, 12),
    st.integers(1, 31),
    st.sampled_from(["{d} {m} {y}", "{m} {d}, {y}", "{m3}. {d}, {y}"]),
    references(),
)
def test_an_absolute_date_reads_as_written_or_not_at_all(
    year: int, month: int, day: int, form: str, reference: str | None
) -> None:
    try:
        real: str | None = date(year, month, day).isoformat()
    except ValueError:
        real = None  # 31 June: no date at all
    name = MONTHS[month - 1]
    written = form.format(d=day, m=name, m3=name[:3], y=year)
    found = find_dates(f"The treaty was signed on {written}.", reference, date_rules())
    assert [d.value for d in found if d.value and len(d.value) == 10] == ([real] if real else [])


@PROPERTY
@given(st.dates(date(1990, 1, 1), date(2090, 12, 31)), st.integers(1, 12), st.integers(1, 31))
def test_a_day_without_its_year_is_a_real_day_on_or_before_the_report(
    reference: date, month: int, day: int
) -> None:
    text = f"The envoy arrived on {MONTHS[month - 1]} {day}."
    for d in find_dates(text, reference.isoformat(), date_rules()):
        if d.value is not None and len(d.value) == 10:
            resolved = date.fromisoformat(d.value)
            assert (resolved.month, resolved.day) == (month, day)
            assert resolved <= reference, (text, reference)


@PROPERTY
@given(
    st.dates(date(1990, 1, 1), date(2090, 12, 31)),
    st.sampled_from(["yesterday", "last month", "next month", "last year", "earlier this year",
                     "last Friday", "on Tuesday"]),
)  # fmt: skip
def test_relative_words_resolve_at_their_precision(reference: date, words_: str) -> None:
    (d,) = find_dates(f"The talks ended {words_}.", reference.isoformat(), date_rules())
    assert d.value is not None
    precision = 4 if "year" in words_ else 7 if "month" in words_ else 10
    assert len(d.value) == precision
    assert_calendar(d.value)
    if precision == 10:
        assert timedelta(0) <= reference - date.fromisoformat(d.value) <= timedelta(days=7)


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("The envoy arrived on Feb. 29.", "2023-03-31", "2020-02-29"),
        ("The envoy arrived on June 31.", "2024-07-10", None),
        ("The envoy arrived yesterday.", "0001-01-01", None),
        ("The envoy arrives next year.", "9999-12-31", None),
        ("Shipments have grown since 20٢٤.", "2024-11-20", "2024"),
    ],
)
def test_dates_are_real_days_in_ascii(text: str, reference: str, value: str | None) -> None:
    # Found by hypothesis: Feb. 29 told in 2000-01 came out as "1999-02-29" (and 29
    # February 1900 as "1900-02-29"). June 31 and yesterday on 0001-01-01 (which raised
    # OverflowError) are the same faults, fixed with it. "since 20٢٤" came back as
    # written, not as 2024 (found once digits of other scripts were generated).
    (d,) = find_dates(text, reference, date_rules())
    assert d.value == value
