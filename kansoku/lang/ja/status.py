"""How sure a Japanese sentence is of a fact: the words after it in its own clause
(可能性, 方針, 否定), a hedge it stands in, a headline's ending, an agreement to do it.
claims.py reads who says so; this, the status the words give."""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Token

from kansoku.lang.ja import syntax
from kansoku.lang.ja.lexicon import Lexicon

_READS = "kansoku.reads"  # Doc.user_data: each token's _read, once found


def _read(word: Token) -> str:
    """A word as written with the adverb before it and the endings after it (全く+ない,
    強化し+て+いく), and its lemma. Kept per token: each status marker is looked for in
    the same words, for every fact of the sentence."""
    found: dict[int, str] = word.doc.user_data.setdefault(_READS, {})
    read = found.get(word.i)
    if read is None:
        read = found[word.i] = _read_word(word)
    return read


def _read_word(word: Token) -> str:
    adverbs = "".join(c.text for c in word.children if c.dep_ == "advmod" and c.i == word.i - 1)
    endings = "".join(
        c.text + "".join(f.text for f in c.children if f.dep_ == "fixed")
        for c in word.children
        if c.dep_ in ("aux", "mark") and c.i > word.i
    )
    return adverbs + word.text + endings + word.lemma_


def _status_scope(
    token: Token, lex: Lexicon, stop: Token | None
) -> tuple[list[Token], list[Token], list[Token]]:
    """The words after the fact, in its own clause, that can say how sure it is; those a
    hedge or a denial can stand in; and what an intent joined by て/し also covers."""
    words: list[Token] = []  # the words after the fact that can say how sure it is
    reach: list[Token] = []  # and those a hedge or a denial can stand in (可能性は否定できない)
    intended: list[Token] = []  # past a て/し-joined clause: what an intent also covers
    described = False
    current = token
    for head in syntax.ancestors(token):
        if stop is not None and head.i == stop.i:
            break
        # A clause joined with て/し/が is a separate statement: 非難しているが、…否定して
        # いる does not make the accusation a denial. Only an intent reaches back over a
        # plain て/し (協力して…構築する用意がある: both are what it is ready to do).
        # (A clause the parser hung on a noun describes none when it ends in が.)
        ends = [c for c in current.children if c.i > current.i]
        joined = any(c.dep_ == "mark" and c.text in lex.clause_breaks for c in ends)
        # …を発射し、…試験だった可能性がある: the fact's own clause closed by し/て and a
        # comma, however the parser hangs it, is joined.
        joined = joined or (current is token and _closed_by_comma(ends))
        if joined or current.dep_ in ("advcl", "conj"):
            # …and only with no subject of its own (…を配置し、さらに1万人が到着する見通し).
            own_subject = any(
                c.dep_ == "nsubj" and not any(m in _read(c) for m in lex.status_markers["planned"])
                for c in head.children
                if c.i > current.i
            )  # (用意がある: the intent's own noun is no subject)
            if not own_subject and not any(c.text in lex.clause_breaks for c in ends):
                later = [h for h in [head, *syntax.ancestors(head)] if stop is None or h.i < stop.i]
                # …守る用意がある: the intent is the subject noun of the later verb.
                intended = later + [c for h in later for c in h.children if c.dep_ == "nsubj"]
            break
        reach.append(head)
        if not described:
            words.append(head)
        # A clause describing a noun is hedged by that noun (派遣する計画) and by nothing
        # after it (発射したICBMは…可能性がある: the launch happened).
        described = described or current.dep_ == "acl"
        current = head
    return words, reach, intended


def _closed_by_comma(ends: list[Token]) -> bool:
    """The clause ends in the continuative し/て followed by a comma."""
    texts = [c.text for c in ends if c.dep_ in ("aux", "mark", "punct")]
    return any(a in ("し", "て") and b == "、" for a, b in pairwise(texts))


def marker_status(
    token: Token, text: str, lex: Lexicon, stop: Token | None
) -> tuple[str | None, Token | None]:
    """possible / planned / denied from the words after the fact in its own clause, and
    the word that says so when it is a verb of the clause (…の派遣を否定した: 否定)."""
    words, reach, intended = _status_scope(token, lex, stop)
    # The tail of the fact's own bunsetsu (派遣する方針, 投入へ) is read as text.
    tail = text[token.idx + len(token.text) : token.idx + len(token.text) + 8]
    tail = tail.split("、")[0].split("。")[0]
    clause = re.split(r"[、。]", text[token.idx + len(token.text) :])[0]
    # Before the hedges: a sign is a hedge (兆候がある), no sign seen is a denial.
    if _no_sign(clause, lex) or _no_plan(clause, lex):
        return "denied", None  # 交戦している兆候はまだない: no sign of it; 訪ロする計画はない
    hedged = next((w for w in reach if text.startswith(lex.hedges, w.idx)), None)
    if hedged is not None or _listed_under(text[token.idx + len(token.text) :], lex):
        return "possible", None  # 参加する可能性は否定できない
    if any(q in clause for q in lex.open_questions):
        return "possible", None  # 派兵に踏み切るかどうかは不透明: whether is open
    for status in ("denied", "possible", "planned"):
        markers = lex.status_markers[status]
        # What is denied is denied with what describes it (議論された事項は全くない).
        scope = reach if status == "denied" else words
        said_by = next((w for w in scope if any(m in _read(w) for m in markers)), None)
        if said_by is not None or any(m in tail for m in markers):
            return status, said_by
    planned = lex.status_markers["planned"]
    if any(m in _read(w) for w in intended for m in planned):
        return "planned", None
    # A headline's ending governs its own statement only (平壌入り　会談へ, 派兵、戦線投入へ:
    # the arrival and the dispatch are told as done, what follows as planned).
    statement = syntax.HEADLINE_GAP.split(text[token.idx :])[0].split("、")[0]
    statement = statement.rstrip("。 ")
    if tail.endswith("へ") or statement.endswith(("へ", "か", "か?", "か？")):
        return ("planned" if tail.endswith("へ") or statement.endswith("へ") else "possible"), None
    credited = _credited_headline_status(token, text)
    if credited is not None:
        return credited, None
    if _asked(text[token.idx :]):
        return "possible", None  # a headline's question (増派は?) asserts nothing
    agreed = text[token.idx + len(token.text) :].split("。")[0][:_AGREED_REACH]
    if any(m in agreed for m in lex.agreed_to) and token.text not in lex.agreement_occasions:
        return "planned", None
    return None, None


# How far after the fact the words of an agreement to do it may stand (…を解放し、…を釈放
# することなどで合意: the first act is agreed too).
_AGREED_REACH = 40


def _no_sign(clause: str, lex: Lexicon) -> bool:
    """交戦している兆候はない, 参加した形跡は今のところ見られない: no sign of the fact seen."""
    if not lex.sign_nouns:
        return False
    signs = "|".join(map(re.escape, lex.sign_nouns))
    unseen = "|".join(map(re.escape, lex.unseen_endings))
    return (
        re.match(rf"[^、。]{{0,12}}?(?:{signs})[はも][^、。]{{0,8}}?(?:{unseen})", clause)
        is not None
    )


def _no_plan(clause: str, lex: Lexicon) -> bool:
    """訪問する計画はない, 派遣する予定は現時点でない, 訪ロ「計画ない」: a plan said not to
    exist is the act denied."""
    if not lex.absent_plans:
        return False
    plans = "|".join(map(re.escape, lex.absent_plans))
    return (
        re.match(
            rf"[^、。]{{0,12}}?(?:{plans})[はも]?[^、。]{{0,8}}?(?:ない|なし|ありません)", clause
        )
        is not None
    )


def _listed_under(rest: str, lex: Lexicon) -> bool:
    """…を要求したり、…を呼び込む可能性も: an act listed with たり under a possibility."""
    marks = "|".join(map(re.escape, lex.listing_marks))
    listed = re.match(rf"[^、。]*?(?:{marks})、([^、。]*)", rest)
    return listed is not None and any(m in listed[1] for m in lex.status_markers["possible"])


def _credited_headline_status(token: Token, text: str) -> str | None:
    """…投入へ 韓国情報機関が確認, …派遣か 韓国情報機関: the headline's own ending, before
    the credit that closes it, says what is planned or only asked."""
    headline = _without_credit(text)
    if headline == text.rstrip("。 "):
        return None
    own = headline[token.idx + len(token.text) :].split("、")[0]
    if own.endswith("へ"):
        return "planned"
    return "possible" if headline.endswith(("か", "か?", "か？")) else None


def _without_credit(text: str) -> str:
    """A headline without the last word set off by a space, where its credit stands
    (…追加派遣か 韓国情報機関): what the headline itself ends with."""
    return re.sub(r"[ 　][^\s、。「」]+$", "", text.rstrip("。 "))


def _asked(rest: str) -> bool:
    """The fact is in the question the text ends with: nothing but its own words (no
    comma, space or full stop) between it and the question mark."""
    rest = rest.rstrip()
    return rest.endswith(("?", "？")) and not re.search(r"[、。\s]", rest)
