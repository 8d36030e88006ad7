"""Figures: counted numbers that measure something the topic cares about.

A quantity (numbers.py) becomes a figure only when its counter belongs to a kind in
units.yaml and one of that kind's nouns stands in the same clause, nearest winning:
特殊部隊1500人 → troops, 死者は少なくとも100人 → casualties, 数百万発のロケット弾 →
rockets, 約1100億円 → money. Dates, ages, model numbers and counts of things outside the
profile (専門家パネル(8人)) never become figures.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from kansoku.lang.ja import syntax
from kansoku.lang.ja.claims import Framed, claim_for
from kansoku.lang.ja.lexicon import Lexicon, alternation
from kansoku.lang.ja.numbers import NumberWords, find_quantities
from kansoku.lang.units import Units
from kansoku.model import Mention
from kansoku.reading import Claim, Quantity, QuantityReading

_WINDOW_BEFORE = 14  # characters of the clause before a number searched for its noun
_WINDOW_AFTER = 12
_CLAUSE_BREAK = "、。，,;；「」"


def _clause_window(text: str, q: Quantity) -> tuple[str, int, str]:
    """Text before and after the quantity within its clause (and where `before` starts)."""
    lo = q.start
    while lo > 0 and q.start - lo < _WINDOW_BEFORE and text[lo - 1] not in _CLAUSE_BREAK:
        lo -= 1
    hi = q.end
    while hi < len(text) and hi - q.end < _WINDOW_AFTER and text[hi] not in _CLAUSE_BREAK:
        hi += 1
    # After the number only its own noun counts (3000人の兵士), not the next phrase's
    # (数百人に上るとの米軍関係者の見方).
    particle = re.search(r"[にをはとでもへ]", text[q.end : hi])
    if particle:
        hi = q.end + particle.start()
    return text[lo : q.start], lo, text[q.end : hi]


def classify(
    text: str, q: Quantity, units: Units, words: NumberWords | None = None
) -> tuple[str, str, str | None] | None:
    """(kind, unit, measure) of a quantity, or None when it measures nothing the profile
    tracks. The measure tells counts of one kind apart (死者 killed, 負傷者 wounded)."""
    if q.counter in units.currencies:
        return units.money_kind, units.currencies[q.counter], None
    before, _, after = _clause_window(text, q)
    outcome = _outcome(text, q, units)
    if outcome is not None:
        kind, measure = outcome
        return kind, units.kinds[kind].unit_for(q.counter), measure
    best: tuple[int, int, str, str] | None = None
    for kind, spec in units.kinds.items():
        if q.counter not in spec.counters:
            continue
        for noun in spec.nouns:
            at = before.rfind(noun)
            if at >= 0:
                candidate = (
                    len(before) - (at + len(noun)),
                    -len(noun),
                    kind,
                    spec.unit_for(q.counter),
                )
                best = min(best, candidate) if best else candidate
            at = after.find(noun)
            if at >= 0:
                candidate = (at, -len(noun), kind, spec.unit_for(q.counter))
                best = min(best, candidate) if best else candidate
    if best is None and words is not None:
        best = _subject_amounting(text, q, units, words)
    if best is None:
        return _moved(text, q, units)
    return best[2], best[3], _measure(before, after, units) or _additional(text, q, units)


def _subject_amounting(
    text: str, q: Quantity, units: Units, words: NumberWords
) -> tuple[int, int, str, str] | None:
    """労働者が昨年以降、約2万人に上る / 労働者は、今年に入り1万人に達した: the subject of
    a verb of amounting, set off by a comma and a time phrase, is what is counted."""
    # The qualifier may hold the verb (1万人を超える: at least).
    told = text[q.start : q.end] + text[q.end : q.end + 4]
    if not any(verb in told for verb in words.amount_verbs):
        return None
    opening = re.search(
        r"([^、。「」]{1,12})[がは]、?([^、。「」がはを]{0,12})、?$", text[: q.start]
    )
    if opening is None:
        return None
    subject = opening.group(1)
    for kind, spec in units.kinds.items():
        if q.counter in spec.counters:
            noun = next((n for n in sorted(spec.nouns, key=len, reverse=True)
                         if subject.endswith(n)), None)  # fmt: skip
            if noun is not None:
                return (0, -len(noun), kind, spec.unit_for(q.counter))
    return None


def _additional(text: str, q: Quantity, units: Units) -> str | None:
    """兵士約3000人を追加で派遣した, 新たに約2000人が: sent on top of those before, a count
    of its own, told by a word of the clause around the count, not only by its noun."""
    before, _, _ = _clause_window(text, q)
    after = re.split(r"[、。]", text[q.end : q.end + _WINDOW_AFTER])[0]
    near = before + text[q.start : q.end] + after
    words = (w for w, m in units.measures.items() if m == "additional")
    return "additional" if any(w in near for w in words) else None


def _moved(text: str, q: Quantity, units: Units) -> tuple[str, str, None] | None:
    """A bare count of what the verb after it moves (約2000人が鉄道で帰国した)."""
    verbs = alternation(units.moved_by)
    told = re.match(rf"[^、。]{{0,4}}?[がはもを][^、。]{{0,12}}?(?P<verb>{verbs})", text[q.end :])
    if told is None:
        return None
    kind = units.moved_by[told.group("verb")]
    spec = units.kinds[kind]
    return (kind, spec.unit_for(q.counter), None) if q.counter in spec.counters else None


_COORDINATED = re.compile(r"(や|と|・|、|及び|および|ならびに)")


def _measure(before: str, after: str, units: Units) -> str | None:
    """What the count counts within its kind: the measure noun nearest before it, with the
    ones coordinated to it (作業員や工兵6000人 counts both), else the first after it."""
    pattern = alternation(units.measures)
    found = list(re.finditer(pattern, before))
    chain = found[-1:]
    for previous in reversed(found[:-1]):
        if not _COORDINATED.fullmatch(before[previous.end() : chain[0].start()]):
            break
        chain.insert(0, previous)
    if not chain:
        chain = list(re.finditer(pattern, after))[:1]
    named = frozenset(units.measures[m.group()] for m in chain)
    if not named:
        return None
    return units.measure_sets.get(named) or "+".join(sorted(named))


def _outcome(text: str, q: Quantity, units: Units) -> tuple[str, str] | None:
    """Losses told by the verb after the counted people (7万6000人以上の兵士が死傷した):
    the (kind, measure) of units.yaml's outcomes, when the count's counter fits the kind."""
    verbs = alternation(units.outcomes)
    # 100人が死亡, 3人を新たに捕虜にした: the people counted, then what befell them.
    told = re.match(
        rf"[^、。]{{0,12}}?[がはもを][^、。がはもを]{{0,6}}?(?P<verb>{verbs})", text[q.end :]
    )
    # 死傷した北朝鮮の兵士は約300人に上る: what befell them, told of the noun counted.
    told = told or re.search(
        rf"(?P<verb>{verbs})(?:し|され)?た[^、。がはをに]{{1,14}}[がは]$", text[: q.start]
    )
    if told is None:
        return None
    kind, measure = units.outcomes[told.group("verb")]
    return (kind, measure) if q.counter in units.kinds[kind].counters else None


# A case particle ending a phrase between an entity and a count (ロシアの港へ8000個):
# the entity belongs to that phrase, not to what is counted. (北朝鮮兵の死者は100人: は
# and が mark the counted noun itself.)
_CASE_PARTICLE = re.compile(r"[にをでとへや](?=[^ぁ-ゖ]|$)")


# A part of a whole (北朝鮮兵のうち、約500人が死亡): the count is some of the whole's,
# so the whole's owner is its owner. At most a short noun between the owner and のうち.
_PARTITIVE = re.compile(r"[^、。をにがは]{0,6}のうち[、,]?")


def _owners(text: str, q: Quantity, mentions: list[Mention], place_words: str) -> list[str]:
    """Whose troops or shells, when the number's own noun phrase says so, nearest first:
    北朝鮮の特殊部隊約1500人, 北朝鮮兵1万人, 3000人の北朝鮮兵士. An entity followed by a
    particle or a comma heads a clause of its own, and one followed by a place word
    (ロシア西部のクルスク州に兵士1万人) says where they go, not whose they are."""
    _, lo, _ = _clause_window(text, q)
    phrase_break = re.compile(rf"[がにをでとへもやは]|.*、|(?:{place_words})")
    following, before = [], []
    for m in mentions:
        between = text[m.end : q.start]
        if m.start >= q.end and text[q.end : m.start] in ("", "の"):
            following.append(m.entity_id)  # the counted thing itself names its owner
        elif m.end <= q.start and _PARTITIVE.fullmatch(between):
            before.append((q.start - m.end, m.entity_id))  # some of whose they are
        elif (
            lo <= m.start
            and m.end <= q.start
            and not (phrase_break.match(between) or _CASE_PARTICLE.search(between))
        ):
            before.append((q.start - m.end, m.entity_id))
    return following + [entity_id for _, entity_id in sorted(before)]


_TOPIC = re.compile(r"(側|当局)?(は|では)")


def _topic(text: str, q: Quantity, mentions: list[Mention]) -> str | None:
    """The nearest topic before the count (北朝鮮は3000人の兵士を…, ウクライナ側は7万人
    の兵士が死傷): whose the count is when nothing closer says."""
    topics = [m for m in mentions if m.end <= q.start and _TOPIC.match(text, m.end)]
    return max(topics, key=lambda m: m.start).entity_id if topics else None


# The source of the whole sentence: its estimate (推計によると) is every number's.
_SOURCE_OF_ALL = ("によると", "によれば", "では")


def _estimated(text: str, q: Quantity, token: Token | None, framed: Framed, units: Units) -> bool:
    """The source gives the number as its estimate: an estimate word right before it
    (推定で1万人), the source's estimate as the sentence's source (…の推計によると), or a
    verb of estimating whose own clause holds it (…400万発が積まれていたと推定: not the
    clause joined before, 1万個が輸送され、…)."""
    if any(text[max(0, q.start - 4) : q.start].endswith(w) for w in units.estimate_words):
        return True
    if any(w + m in text for w in units.estimate_words for m in _SOURCE_OF_ALL):
        return True
    speech = framed.speech_token
    if token is None or speech is None or not any(w in speech.text for w in units.estimate_words):
        return False
    return syntax.in_last_clause(token, speech)


def _classified(
    text: str, units: Units, words: NumberWords
) -> tuple[list[Quantity], list[tuple[str, str, str | None] | None]]:
    """The sentence's quantities and what each measures (None: nothing the profile
    tracks), read from the text alone."""
    # 上限の50万バレル: a limit, not an amount, nor the kind of a bare count beside it.
    quantities = [
        q for q in find_quantities(text, words)
        if not _clause_window(text, q)[0].removesuffix("の").endswith(units.limit_words)
        and not _capped_at(text, q, words)
    ]  # fmt: skip
    return quantities, [classify(text, q, units, words) for q in quantities]


def _capped_at(text: str, q: Quantity, words: NumberWords) -> bool:
    """年間30万バレルに制限している, 20万トンまでに制限: a cap a rule sets, no amount;
    兵士1人あたり: the unit of a rate, no count."""
    if words.per_unit_after and text.startswith(words.per_unit_after, q.end):
        return True
    after = re.sub(r"^(?:まで|以内|以下)", "", text[q.end : q.end + 8])
    return bool(words.limit_after) and after.startswith(words.limit_after)


def may_read_quantity(text: str, units: Units, words: NumberWords) -> bool:
    """Whether ``read_quantities`` can find anything in ``text`` once it is parsed: a
    count of a kind the profile tracks (the parse is read only for those)."""
    return any(_classified(text, units, words)[1])


def read_quantities(
    text: str,
    parsed: Doc,
    mentions: list[Mention],
    lex: Lexicon,
    units: Units,
    words: NumberWords,
) -> list[QuantityReading]:
    """The counted numbers of one parsed sentence that measure something the profile
    tracks, with whose they are and who says so."""
    readings = []
    place_words = alternation(units.place_words)
    quantities, kinds = _classified(text, units, words)
    for q, kind_unit in zip(quantities, kinds, strict=True):
        if kind_unit is None:
            # …3000人の兵士を配置し、さらに12000人が到着: a bare count continues the kind
            # of another count with the same counter in the sentence.
            kind_unit = next(
                (k for other, k in zip(quantities, kinds, strict=True)
                 if k and other is not q and other.counter == q.counter
                 and k[0] != units.money_kind),
                None,
            )  # fmt: skip
        if kind_unit is None:
            continue
        kind, unit, measure = kind_unit
        token = syntax.token_at(parsed, q.end - 1)
        framed = (
            claim_for(token, text, mentions, lex, event=False)
            if token is not None
            else Framed(Claim())
        )
        claim = framed.claim
        if claim.status in ("asserted", "reported") and _estimated(text, q, token, framed, units):
            claim = replace(claim, status="estimated")
        owners = tuple(_owners(text, q, mentions, place_words))
        topic = _topic(text, q, mentions)
        readings.append(QuantityReading(q, kind, unit, measure, owners, claim, topic))
    return readings
