"""Cited answers to an analyst's questions, without a language model.

``ask(store, question, knowledge)`` reads a question in Japanese, English or Korean with
the machinery that reads the articles (``kansoku.ask.reading``), maps what it understood
to the store's figure series, events or findings, and answers with stored facts only:
every line is a figure or an event with the sentence that tells it, its outlet, address
and date. When nothing in the question maps to what kansoku tracks, or the store holds
nothing that matches, the answer says so (``answered`` false) and what it did understand.

``answer_json(answer)`` is the answer as JSON (``kansoku ask --json``, ``/ask.json``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kansoku.ask.cite import Citer
from kansoku.ask.events import event_answer, findings_answer
from kansoku.ask.figures import figure_answer
from kansoku.ask.flows import asks_for_flows, flows_answer
from kansoku.ask.reading import read_question
from kansoku.ask.records import (
    Answer,
    AnswerLine,
    AskedEntity,
    AskedEvent,
    Disagreement,
    Page,
    Understood,
)
from kansoku.ask.words import AskRules, QuestionWords, load_question_words, question_words_for
from kansoku.knowledge import Knowledge
from kansoku.model import PAGE_DATE_BASES
from kansoku.store import StoreReader

__all__ = [
    "Answer",
    "AnswerLine",
    "AskedEntity",
    "AskedEvent",
    "Disagreement",
    "Page",
    "QuestionWords",
    "Understood",
    "answer_json",
    "answer_text",
    "ask",
    "load_question_words",
    "question_words_for",
    "read_question",
]


def ask(
    store: StoreReader,
    question: str,
    knowledge: Knowledge,
    words: QuestionWords | None = None,
    language: str | None = None,
    today: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Answer:
    """Answer ``question`` from ``store``: the lines that answer it, each a stored fact
    with its quote, and where sources disagree. ``language`` overrides the identified
    one; ``today`` is the date relative dates in the question count from. The lines cite
    ``limit`` facts (None: the rules' max_events or max_figures) from ``offset``, the best
    and most recent first; ``Answer.matched`` counts them all."""
    page = Page(limit if limit is None else max(0, limit), max(0, offset))
    words = words or question_words_for(knowledge)
    understood = read_question(question, knowledge, words, language, today)
    if understood.language not in words.languages:
        reason = (
            f"kansoku reads questions in {', '.join(sorted(words.languages))}; this one was "
            f"identified as {understood.language or 'no language'}."
        )
        return Answer(question, understood, False, (), (), reason)
    # What flows between the states is the ledger's to answer, before any event list.
    route = flows_answer if asks_for_flows(understood, knowledge) else _route(understood)
    if route is None:
        return Answer(question, understood, False, (), (), _unmapped(understood))
    citer = Citer(store, knowledge)
    with store.snapshot():  # every line from one state of the store
        lines, disagreements, summary, matched = route(
            store, understood, knowledge, words.rules, citer, page
        )
    if not lines:
        reason = f"Understood {describe(understood)}; the store holds no fact that matches it."
        if matched:  # a page past the end
            reason = (
                f"Understood {describe(understood)}; {matched} facts match, none from {offset}."
            )
        return Answer(question, understood, False, (), (), reason, None, matched, page)
    return Answer(
        question, understood, True, tuple(lines), tuple(disagreements), None, summary,
        matched, page,
    )  # fmt: skip


# A part of the store that answers: the page's lines, the disagreements, a one-line
# summary, how many facts match in all.
Route = Callable[
    [StoreReader, Understood, Knowledge, AskRules, Citer, Page],
    tuple[list[AnswerLine], list[Disagreement], str | None, int],
]


def _route(u: Understood) -> Route | None:
    """Which part of the store answers: figure series for a count, events for what
    happened, findings for where sources disagree; None when nothing maps."""
    if u.shape == "how_many":
        return figure_answer if u.kinds else None
    if u.shape == "findings":
        if u.kinds and not u.events:
            return figure_answer
        return event_answer if u.events or u.denial else findings_answer
    if u.events or u.denial:
        return event_answer
    if u.kinds:
        return event_answer if u.shape in ("when", "who") else figure_answer
    return None


def _unmapped(u: Understood) -> str:
    what = describe(u)
    if u.shape == "how_many":
        return (
            f"Understood {what}, but no counted quantity kansoku tracks (troops, shells, "
            "missiles, containers, casualties, money, oil…) is named: there is no series "
            "to answer with."
        )
    return (
        f"Understood {what}, but no event, counted quantity or disagreement kansoku tracks "
        "is named: this question is outside what kansoku can map to its records."
    )


def describe(u: Understood) -> str:
    """What was understood, in a phrase: language, shape, entities, kinds, events, period."""
    parts = [f"a question in {u.language}" if u.language else "no language"]
    if u.shape:
        parts.append(f"asking {u.shape.replace('_', ' ')}")
    if u.entities:
        parts.append("about " + ", ".join(f"{e.name} ({e.id})" for e in u.entities))
    if u.kinds:
        parts.append("counting " + "/".join(u.kinds) + (f" ({u.measure})" if u.measure else ""))
    if u.events:
        events = [e.category + (f"/{e.mode}" if e.mode else "") for e in u.events]
        parts.append("events " + ", ".join(dict.fromkeys(events)))
    if u.denial:
        parts.append("a denial")
    if u.since or u.until:
        parts.append(f"from {u.since or '…'} to {u.until or '…'}")
    return ", ".join(parts)


def understood_json(u: Understood) -> dict[str, Any]:
    return {
        "language": u.language,
        "shape": u.shape,
        "question_words": list(u.question_words),
        "entities": [
            {"id": e.id, "name": e.name, "kind": e.kind, "text": e.text, "state": e.state}
            for e in u.entities
        ],
        "kinds": list(u.kinds),
        "measure": u.measure,
        "unit": u.unit,
        "owners": list(u.owners),
        "events": [
            {
                "type": e.category,
                "mode": e.mode,
                "text": e.text,
                "actors": list(e.actors),
                "targets": list(e.targets),
            }
            for e in u.events
        ],
        "denial": u.denial,
        "deniers": list(u.deniers),
        "since": u.since,
        "until": u.until,
        "summary": describe(u),
    }


def _number(value: float | None) -> int | float | None:
    return int(value) if value is not None and float(value).is_integer() else value


def line_json(line: AnswerLine) -> dict[str, Any]:
    """One answer line: ``value`` or ``event`` first, then date, source, quote, doc_id,
    url (the contract's keys, in order), then what else the line knows."""
    head: dict[str, Any] = (
        {"value": _number(line.value)} if line.fact == "figure" else {"event": line.event}
    )
    head.update(
        date=line.date,
        source=line.source,
        quote=line.quote,
        doc_id=line.doc_id,
        url=line.url,
        start=line.start,
    )
    head.update(
        fact=line.fact, fact_id=line.fact_id, status=line.status, source_id=line.source_id,
        outlet=line.outlet, published=line.published, date_basis=line.date_basis,
    )  # fmt: skip
    if line.fact == "figure":
        head.update(
            value_max=_number(line.value_max), qualifier=line.qualifier, unit=line.unit,
            kind=line.kind, measure=line.measure, as_written=line.as_written,
            series=line.series, subject=line.who[0] if line.who else None,
        )  # fmt: skip
    else:
        head.update(who=list(line.who), reports=line.reports)
    return head


def answer_json(answer: Answer, coverage: dict[str, Any] | None = None) -> dict[str, Any]:
    """The answer as ``{"question", "understood", "answered", "answer", "disagreements"}``
    (in that order), then ``reason``, ``summary`` and, when given, ``coverage``: how much
    of the store was read (the dashboard's counts), so a reader of an answer, or of its
    absence, knows where to read by hand."""
    obj = {
        "question": answer.question,
        "understood": understood_json(answer.understood),
        "answered": answer.answered,
        "answer": [line_json(line) for line in answer.lines],
        "disagreements": [
            {
                "kind": d.kind,
                "summary": d.summary,
                "figure_ids": list(d.figure_ids),
                "event_ids": list(d.event_ids),
                "finding_id": d.finding_id,
            }
            for d in answer.disagreements
        ],
        "reason": answer.reason,
        "summary": answer.summary,
        "matched": answer.matched,
        "offset": answer.page.offset,
    }
    if coverage is not None:
        obj["coverage"] = coverage
    return obj


def answer_text(answer: Answer, coverage: str | None = None) -> list[str]:
    """The answer for a terminal: what was understood, how much was read (``coverage``,
    told in a line, when given), then each line with its quote, outlet and date, then the
    disagreements (or why it is not answered)."""
    out = [f"understood: {describe(answer.understood)}"]
    if coverage:
        out.append(f"read: {coverage}")
    if not answer.answered:
        return [*out, f"not answered: {answer.reason}"]
    out.append(f"answer: {answer.summary}")
    if answer.matched > len({line.fact_id for line in answer.lines}):
        shown = len({line.fact_id for line in answer.lines})
        out.append(
            f"showing {shown} of {answer.matched} matching facts from {answer.page.offset} "
            "(--offset and --limit for others)"
        )
    for line in answer.lines:
        out.append("- " + _head(line))
        cited = ", ".join(filter(None, [line.outlet, line.published, line.url, line.doc_id]))
        out.append(f"    “{' '.join(line.quote.split())}” ({cited})")
    if answer.disagreements:
        out.append("disagreements:")
        out += [f"- {d.kind}: {d.summary}" for d in answer.disagreements]
    return out


def _head(line: AnswerLine) -> str:
    when = line.date or "undated"
    if line.date_basis in PAGE_DATE_BASES:
        when = f"reported on {when}"
    what = f"{line.kind}: {line.as_written}" if line.fact == "figure" else line.event or ""
    if line.fact == "figure" and line.measure:
        what += f" ({line.measure})"
    said = line.source or "unattributed"
    who = f" [{', '.join(line.who)}]" if line.who and line.fact == "event" else ""
    return f"{when}  {what}{who} — {said}, {line.status}"
