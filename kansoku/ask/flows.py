"""Questions about what flows between the two states ("What has Russia given North
Korea?", in any language): answered from the exchange ledger's rows, one
line per item, each cited by the sentence that best tells it (``best_evidence``)."""

from __future__ import annotations

from kansoku.ask.cite import Citer
from kansoku.ask.records import AnswerLine, AskedEvent, Disagreement, Page, Understood
from kansoku.ask.words import AskRules
from kansoku.knowledge import Knowledge
from kansoku.ledger import LedgerEvidence, LedgerRow, ledger
from kansoku.store import StoreReader
from kansoku.store.records import Evidence


def asks_for_flows(u: Understood, knowledge: Knowledge) -> bool:
    """A what-question about an act that sends things (give, send, supply…)."""
    return u.shape == "what" and _sending(u, knowledge) is not None


def _sending(u: Understood, knowledge: Knowledge) -> AskedEvent | None:
    return next((e for e in u.events if knowledge.categories.sends(e.category, e.mode)), None)


def flows_answer(
    store: StoreReader,
    u: Understood,
    knowledge: Knowledge,
    rules: AskRules,
    citer: Citer,
    page: Page,
) -> tuple[list[AnswerLine], list[Disagreement], str | None, int]:
    """One line per ledger row (a few per pair of states: never paged)."""
    giver, receiver = _direction(u, knowledge)
    pair = (giver, receiver) if giver and receiver else None
    rows = [
        r for r in ledger(store, knowledge, pair)
        if giver in (None, r.giver.id) and receiver in (None, r.receiver.id)
    ]  # fmt: skip
    lines = [line for row in rows if (line := _row_line(row, citer))]
    disputed = [
        Disagreement("unconfirmed", f"{r.giver.name_en} → {r.receiver.name_en} {r.item}: only "
                     + ", ".join(r.statuses) + " reports", (), tuple(r.events))
        for r in rows if r.unconfirmed
    ]  # fmt: skip
    summary = ", ".join(f"{r.item} ({r.giver.id}→{r.receiver.id})" for r in rows) or None
    return lines, disputed, summary, len(rows)


def _direction(u: Understood, knowledge: Knowledge) -> tuple[str | None, str | None]:
    """The giving and receiving states the question names (either may be left open)."""
    state = knowledge.gazetteer.state_of
    sent = _sending(u, knowledge)
    giver = state(sent.actors[0]) if sent and sent.actors else None
    receiver = state(sent.targets[0]) if sent and sent.targets else None
    named = [e.state for e in u.entities if e.state and e.state not in (giver, receiver)]
    if giver is None and receiver is not None and named:
        giver = named[0]
    elif receiver is None and giver is not None and named:
        receiver = named[0]
    return giver, receiver


# Statuses that tell the flow as a fact first, then those that hedge, plan or deny it.
_CITED_FIRST = {"asserted": 0, "reported": 0, "possible": 1, "planned": 2, "denied": 3}


def best_evidence(row: LedgerRow) -> LedgerEvidence | None:
    """The sentence that best shows a row: one telling the flow as done (not a plan, a
    guess or a denial), a statement rather than a headline or a question, with a date;
    among equals the first the ledger lists."""

    def rank(e: LedgerEvidence) -> tuple[int, bool, bool]:
        return (_CITED_FIRST.get(e.status, len(_CITED_FIRST)), e.headline, not e.date)

    return min(row.evidence, key=rank, default=None)


def _row_line(row: LedgerRow, citer: Citer) -> AnswerLine | None:
    first = best_evidence(row)
    if first is None:
        return None
    cited = citer.cite(Evidence(first.doc_id, first.start, first.end, first.quote))
    amounts = "; ".join(f"{a.quantity} ({a.date or 'undated'})" for a in row.amounts)
    what = f"{row.giver.name_en} → {row.receiver.name_en}: {row.item}"
    return AnswerLine(
        fact_id=first.event_id, fact="event", date=row.period[0], date_basis=None,
        source=", ".join(sorted(row.sources)) or None, source_id=None, status=first.status,
        quote=first.quote, doc_id=first.doc_id, url=cited.url, outlet=cited.outlet,
        published=cited.published, event=what + (f" [{amounts}]" if amounts else ""),
        who=(row.giver.name_en,), reports=len(row.evidence), start=first.start,
    )  # fmt: skip
