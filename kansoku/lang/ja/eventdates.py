"""Which of a sentence's dates is an event's: the one the grammar ties to its word.

A date written in another clause is that clause's (a relative clause describing a noun,
a clause that sets a time for another: "since the war began"), a verb of saying's lead
date is when it was told, and a point the text compares with (以来初めて) dates nothing.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from kansoku.lang.ja import syntax
from kansoku.lang.ja.lexicon import Lexicon, alternation
from kansoku.reading import DateMention

_BEFORE_WITHIN = 30  # characters before an act: これまでに、ロシアへ約1万人の兵士を


def is_reference_date(text: str, date: DateMention, lex: Lexicon) -> bool:
    """2020年8月以来初めて: a point the text compares with, not when anything happened."""
    since = date.text.endswith(lex.reference_dates) or text.startswith(
        lex.reference_dates, date.end
    )
    rest = text[date.end : date.end + 12].split("、")[0]
    # 発射は昨年12月20日以来。: a sentence closed by its since-phrase tells "the first since"
    after = text[date.end :]
    word = next((w for w in lex.reference_dates if after.startswith(w)), "")
    closed = after[len(word) :].strip().startswith("。") or not after[len(word) :].strip()
    return since and (closed or any(word in rest for word in lex.comparisons))


_PREDICATES = ("VERB", "ADJ", "AUX")
LEAD_WITHIN = 25  # a paragraph's lead date stands near the start of its sentence


def is_lead(text: str, date: DateMention) -> bool:
    """A sentence's lead date (安保理は28日、…): near the start, past a wire dateline
    (［ソウル 18日 ロイター］ -, 【ソウル共同】), and set off by a comma."""
    return text[date.end : date.end + 1] == "、" and near_start(text, date)


def near_start(text: str, date: DateMention) -> bool:
    """The date stands near the start of its sentence, past a wire dateline."""
    opening = DATELINE.match(text)
    start = date.start - opening.end() if opening else date.start
    return 0 <= start < LEAD_WITHIN


# A wire dateline opening a sentence: 【ソウル共同】, ［ワシントン 29日 ロイター］ -
DATELINE = re.compile(r"^\s*[【\[［][^】\]］]{1,40}[】\]］]\s*[-–—]?\s*")


def _in_other_clause(
    pred: Token, trigger: tuple[int, int], date: DateMention, lex: Lexicon
) -> bool:
    """The date is written inside a clause that modifies a noun or sets a point in time
    for another, and ``pred`` is not in that clause: 昨年6月に締結した条約に基づき派遣した
    (June dates the signing, not the sending), 戦争が始まって以来供与している. A clause
    describing the event word itself dates it (昨年8月に始まった越境攻撃)."""
    token = syntax.token_at(pred.doc, max(date.end - 1, date.start))
    if token is None:
        return False
    text = syntax.text_of(pred.doc)
    if text[date.end : trigger[0]] in ("から", "より", "に"):
        return False  # …が交換された12月4日から発効した: the date the act itself takes
    if _done_at(lex.occasion_nouns).search(text, date.end, trigger[0]):
        return False  # 6月に訪れて会談した時に署名した: done on that occasion
    if _described_date(pred, date):
        return True  # 侵攻を始めた2022年以降: the year of the clause that describes it
    chain = [token, *syntax.ancestors(token)]
    clause = next(
        (t for t in chain if t.pos_ in _PREDICATES and not _particle_verb(text, date, t, lex)),
        None,
    )
    if clause is None or clause.i == pred.i or clause in syntax.ancestors(pred):
        # 2023年の会談以来、提供してきた: a date of the noun a since-phrase counts from.
        nouns = chain[1 : chain.index(clause)] if clause is not None else chain[1:]
        # (今年以降、: the date's own since-word, no noun between it and the date)
        nouns = [t for t in nouns if t.i != token.i + 1 or t.text not in lex.reference_dates]
        return any(
            t.i > token.i
            and (t.text.startswith(lex.reference_dates) or t.text in lex.reference_clauses)
            for t in nouns
        )  # 2023年9月の会談の後、: the meeting's date, the act came after it
    if clause.dep_ == "acl" or syntax.modifies_noun(clause):
        if clause.lemma_ in lex.measuring_verbs:
            return False  # …から千両分に相当する弾薬を送った: the sending's date
        if is_lead(text, date) and not _described_date(pred, date):
            return False  # 金総書記は19日、平壌を訪れた大統領と署名した: the main verb's
        described = clause.head if clause.dep_ == "acl" else syntax.following_noun(clause)
        return described is None or not trigger[0] <= described.idx < trigger[1]
    return _sets_a_time(clause, lex)


# A lead date of the meeting or session the sentence's act is done at: 12日の閣議で、
_OCCASION_LEAD = re.compile(r"の[^、。「」の]{1,8}?で(?:は)?、")


def occasion_lead(text: str, date: DateMention, lex: Lexicon) -> bool:
    """政府は12日の閣議で、…を決めた: the day of the meeting the sentence's act is done at
    leads it as a comma after the day would; not a press conference's or a statement's
    day (12日の記者会見で、…と述べた), which is the telling's."""
    return (
        _OCCASION_LEAD.match(text, date.end) is not None
        and near_start(text, date)
        and _occasion(lex.statement_occasions).match(text, date.end) is None
    )


def _described_date(pred: Token, date: DateMention) -> bool:
    """A clause describes the date itself (ロシアが侵攻を始めた2022年以降): the date is
    that clause's act's, a point another act is counted from. Set off by a comma, it is
    the time of what follows (条約締結から1年となった19日、祝電を交換した)."""
    if syntax.text_of(pred.doc).startswith("、", date.end) and not date.since:
        return False  # (…を始めた2022年以降、: a point counted from all the same)
    for tok in pred.doc:
        if not date.start <= tok.idx < date.end:
            continue
        for child in tok.children:
            if child.i < tok.i and child.idx < date.start and child.dep_ == "acl":
                return child.i != pred.i
    return False


def _deadline(text: str, date: DateMention, lex: Lexicon) -> bool:
    """来年3月までに: a point by which the act comes (not a range's end: 8日から13日まで)."""
    return date.end_value is None and text.startswith(lex.deadlines, date.end)


def told_before_the_report(text: str, trigger_start: int, lex: Lexicon) -> bool:
    """これまでに…派遣した, かつて…供与した: a word in the stretch before an act that places
    it before the report or sums it up to now; not the report's month (seventeenth pass)."""
    before = text[max(0, trigger_start - _BEFORE_WITHIN) : trigger_start]
    return any(word in before for word in lex.before_the_report)


def counts_from_another_time(
    text: str, trigger_start: int, dates: list[DateMention], chosen: DateMention | None,
    lex: Lexicon,
) -> bool:  # fmt: skip
    """An act with no date of its own told after a point it counts from (6月の条約締結
    以来、…派遣した; 2023年9月の会談の後、…本格化させた): its date is unknown, neither that
    point nor the report's month."""
    if chosen is not None:
        return False
    for date in dates:
        if date.end > trigger_start:
            continue
        stretch = text[date.end : trigger_start].split("、")[0]
        if (
            date.since
            or _deadline(text, date, lex)
            or any(w in stretch for w in (*lex.reference_dates, *lex.after_words))
        ):
            return True
    return False


@cache
def _done_at(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """…を行った際に, …した時、: the clause closes on the occasion an act is done at."""
    return re.compile(rf"[たる](?:{alternation(nouns)})(?:に|には|、)")


# After a date, the occasion a statement was made at: 12日の記者会見で、 / 5日の声明では
# / 8日付の記事で (lexicon ``statement_occasions``; 19日の会談で is the act's own date).
@cache
def _occasion(occasions: tuple[str, ...]) -> re.Pattern[str]:
    words = alternation(occasions)
    return re.compile(rf"(?:付け?)?の[^、。「」]{{0,8}}?(?:{words})(?:において|にて|では|で)、?")


def _dates_the_telling(pred: Token, date: DateMention, speech: Token | None, lex: Lexicon) -> bool:
    """国情院は4日、北朝鮮が派遣したと明らかにした: a lead date set off by a comma before
    the quoted clause's own が-subject is when it was told, not when it was done; so is a
    date of the occasion the statement was made at (12日の記者会見で、北朝鮮が…と述べた)."""
    if speech is None or speech.i <= pred.i:
        return False
    if _in_telling_after(pred, date, speech):
        return True  # …と朝鮮中央通信が20日伝えた: the day of the report
    if is_lead(syntax.text_of(pred.doc), date) and speech.text.startswith(lex.acknowledging_verbs):
        return date.end <= pred.idx  # 北朝鮮は28日、…派兵したことを認めた: owned up to then
    text = syntax.text_of(pred.doc)
    occasion = _occasion(lex.statement_occasions).match(text, date.end)
    end = occasion.end() if occasion else date.end
    if text[end : end + 1] == "、":
        end += 1
    elif occasion is None:
        return False
    after = syntax.token_at(pred.doc, end)
    if after is None:
        return False
    between = pred.doc[after.i : pred.i]
    return any(syntax.particle(t) == "が" and pred in syntax.ancestors(t) for t in between)


def _in_telling_after(pred: Token, date: DateMention, speech: Token) -> bool:
    """A date after the told clause, in the clause of the verb that tells it."""
    token = syntax.token_at(pred.doc, max(date.end - 1, date.start))
    if token is None or token.i <= pred.i or token.i > speech.i:
        return False
    chain = syntax.ancestors(token)
    return (token is speech or speech in chain) and pred not in chain


def _particle_verb(text: str, date: DateMention, verb: Token, lex: Lexicon) -> bool:
    """8日から13日にかけ, 今年に入って: a verb that is part of a particle right after the
    date."""
    joined = text[date.end : verb.idx + len(verb.text)]
    return any(p.startswith(joined) for p in (*lex.compound_particles, *lex.period_openers))


def _sets_a_time(clause: Token, lex: Lexicon) -> bool:
    """始まって以来、 / 終えた後、: the words after the clause's verb and its endings."""
    last = max([clause.i, *(c.i for c in clause.children if c.dep_ in ("aux", "mark"))])
    if last + 1 >= len(clause.doc):
        return False
    after = clause.doc[last + 1]
    return after.text.startswith(lex.reference_clauses) and after.dep_ != "aux"


def _content_of_plan(pred: Token, lex: Lexicon) -> bool:
    """来月、平壌を訪問する予定だ: a clause before a word of plan or likelihood is what is
    planned, the main news of its sentence, not a clause describing a noun apart."""
    head = pred.head if pred.dep_ == "acl" else syntax.following_noun(pred)
    if head is None:
        return False
    words = lex.status_markers.get("planned", ()) + lex.status_markers.get("possible", ())
    return head.text.startswith(words)


def _content_of_fact(pred: Token, lex: Lexicon) -> bool:
    """…に寄港し、…を積み出していたことが分かった: a clause before こと (or a fact noun) as
    the subject is the news itself, dated as the sentence dates it, not a clause
    describing a thing."""
    head = pred.head if pred.dep_ == "acl" else syntax.following_noun(pred)
    if head is None or head.text not in ("こと", "事実", *lex.fact_nouns):
        return False
    # (…に加えることを了解した: the object of a decision is dated by its lead, as before)
    return syntax.text_of(pred.doc).startswith("が", head.idx + len(head.text))


def _content_of_statement(pred: Token, lex: Lexicon) -> bool:
    """2日、…を非難する共同声明を発表した: a clause describing a statement is what the
    statement says, dated as its issuing is."""
    head = pred.head if pred.dep_ == "acl" else syntax.following_noun(pred)
    return head is not None and head.text.startswith(lex.statement_nouns)


def _hedged_relative(pred: Token) -> bool:
    """供与されたとみられるミサイル: a clause quoted by a hedge that itself describes a noun
    is a clause describing that noun."""
    return (
        pred.dep_ == "ccomp"
        and pred.head.dep_ == "acl"
        and any(c.text == "と" and c.dep_ == "case" for c in pred.children)
    )


def describes_noun_apart(pred: Token, lex: Lexicon) -> bool:
    """A verb in a clause describing a noun other than a fact made a noun or a plan
    (北朝鮮から供与されたミサイルを発射した): its act is background to the sentence's
    news, as old as the text says and no older; the report's date does not date it."""
    if pred.pos_ != "VERB" and not any(c.dep_ == "aux" for c in pred.children):
        return False
    head = syntax.following_noun(pred.head if _hedged_relative(pred) else pred)
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.text in lex.function_nouns or head.text.startswith(
        (*lex.fact_nouns, *lex.reference_clauses)
    ):
        return False  # …した事実, …を終えたあと: the clause is the news or sets a time
    return not _content_of_plan(pred, lex)


def date_for(
    pred: Token,
    trigger: tuple[int, int],
    dates: list[DateMention],
    lex: Lexicon,
    speech: Token | None = None,
) -> DateMention | None:
    """The date written nearest before the trigger, else after it; never a reference
    point (2020年8月以来初めて).

    A trigger in a relative clause (…12月4日、新たに締結された条約が発効した) only takes a
    date written inside that clause: the sentence's lead date is the main verb's.
    """
    text = syntax.text_of(pred.doc)
    usable = [
        d for d in dates
        if not is_reference_date(text, d, lex) and not _in_other_clause(pred, trigger, d, lex)
        and not _deadline(text, d, lex)
        and (not _dates_the_telling(pred, d, speech, lex) or _since_of_the_count(pred, d, text, lex))
    ]  # fmt: skip
    relative = pred.dep_ == "acl" or syntax.modifies_noun(pred) or _hedged_relative(pred)
    if relative and not any(
        c(pred, lex) for c in (_content_of_plan, _content_of_fact, _content_of_statement)
    ):
        inside = pred.left_edge.idx
        # ロシアが昨年、北朝鮮に引き渡した小麦は: the clause starts at its own subject, which
        # the parser hung on the main verb; a date after that subject is the clause's.
        subjects = syntax.subject_above(pred) + [
            c for c in pred.children if c.i < pred.i and syntax.particle(c) == "が"
        ]
        own = [t.idx + len(t.text) for t in subjects]
        usable = [
            d for d in usable
            if (inside <= d.start < pred.idx + len(pred.text) and text[d.end : d.end + 1] != "、")
            or (own and min(own) <= d.start < pred.idx)
            or _since_of_the_count(pred, d, text, lex)
        ]  # fmt: skip
    before = [d for d in usable if d.end <= trigger[0]]
    after = [
        d for d in usable if d.start >= trigger[0] and not _clause_closed(pred.doc, trigger[1], d)
    ]
    if before:
        return max(before, key=lambda d: d.end)
    if after:
        return min(after, key=lambda d: d.start)
    return None


def _clause_closed(parsed: Doc, end: int, date: DateMention) -> bool:
    """A clause closes between the event word and a date written after it (兵士を派遣し、
    12月には1万人に達する: December is when the number is reached, not the sending)."""
    for tok in parsed:
        if end <= tok.idx < date.start and tok.text == "、" and tok.i > 0:
            before = parsed[tok.i - 1]
            if before.pos_ in ("VERB", "AUX") or before.text in ("て", "し"):
                return True
    return False


def _since_of_the_count(pred: Token, date: DateMention, text: str, lex: Lexicon) -> bool:
    """送り出された労働者が昨年以降、約2万人に上る: a since-date of the count the clause's
    noun reaches tells since when the clause's act has gone on."""
    noun = syntax.subject_described(pred)
    if noun is None or not noun.idx < date.start < noun.head.idx:
        return False
    return date.text.endswith(lex.reference_dates) or text.startswith(lex.reference_dates, date.end)


def dated_later(
    text: str, dates: list[DateMention], lex: Lexicon
) -> tuple[str, DateMention] | None:
    """(event word, date) when a sentence opens by dating the act the sentence before told,
    with the word as its topic: 訪問は先月中旬で、… / 到着は先月下旬だったという."""
    opened = _DATED_TOPIC((*lex.anaphora, *lex.dated_topic_openers), lex.source_markers).match(text)
    if opened is None:
        return None
    # 追加派遣が今年1月に行われた: a word ending in an event word names that event
    word = next(
        (opened.group("word")[i:] for i in range(len(opened.group("word")))
         if opened.group("word")[i:] in lex.triggers),
        None,
    )  # fmt: skip
    if word is None:
        return None
    date = next(
        (d for d in dates if d.calendar and opened.end() <= d.start <= opened.end() + 1), None
    )
    if date is None:
        return None
    # 会談は14日、モスクワで行われた: the date set off by a comma, the clause held then.
    held = _HELD.search(text[date.end :]) is not None
    if not (held or text.startswith(lex.dated_endings, date.end)):
        return None
    return word, date


# The verb of a sentence saying when an act took place (…で行われた。).
# (訪問は10日から3日間の日程で行われた: the day it began)
_HELD = re.compile(
    r"^(?:、|から)[^、。「」]{0,20}(?:行われ|開かれ|開催され|実施され)[^、。「」]{0,6}。?$"
)


@cache
def _DATED_TOPIC(openers: tuple[str, ...], credits: tuple[str, ...]) -> re.Pattern[str]:
    pointers = "|".join(re.escape(a) for a in openers)
    tellers = "|".join(re.escape(c) for c in credits)
    # 国情院は、派遣が昨年末に行われたと…: after a short topic, a が-subject too;
    # 通信によると、会談は16日に…: after who tells it.
    return re.compile(
        rf"^(?:[^、。「」]{{1,12}}は、|[^、。「」]{{1,25}}?(?:{tellers})、)?(?:(?:{pointers})\s*)?"
        rf"(?P<word>[^\s、。はがをにの]{{1,6}})(?:は|が)、?"
    )


def judged_act(token: Token, pred: Token, date: DateMention | None, lex: Lexicon) -> bool:
    """An act named as a noun that a word of judging or answering takes as its object
    (北朝鮮によるロシアへの弾道ミサイルの移転を非難した, …の軍事協力を協議する会合): a date
    outside its own phrase is the judging's (G7外相は12日、…), and the report's month is
    not the act's either."""
    if pred is not token or token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "ROOT":
        return False
    if date is not None and token.left_edge.idx <= date.start < token.idx + len(token.text):
        return False  # 昨年6月の締結: a date of its own
    if syntax.text_of(token.doc).startswith(lex.about_markers, token.idx + len(token.text)):
        return True  # 報道官は28日、北朝鮮兵の派遣について説明した: the telling's day
    for head in syntax.ancestors(token):
        if head.text.startswith(lex.judging_words):
            return True  # …の協力に懸念を抱いている: the judging noun, carried by a verb
        if head.pos_ in _PREDICATES or any(c.dep_ == "aux" for c in head.children):
            return False
    return False
